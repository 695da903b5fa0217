/**
 * The function library of the policy language, as the generated evaluators call it. Each
 * function returns `null` (unknown) when an argument is unknown, except `bekend`. The Dutch
 * names and documentation are in `compiler/check/functions.ts` and `docs/taal.md`.
 */

import type { Maybe } from "./logic.js";
import { rounded } from "./rounding.js";

/** aantal(verzameling) */
export function aantal(collection: Maybe<readonly unknown[]>): Maybe<number> {
  return collection === null ? null : collection.length;
}

/**
 * aandeel(deel, totaal): the percentage `deel` is of `totaal`, rounded as every calculation
 * (aandeel(0.29, 1) is 29, not 28.999999999999996); unknown when the total is 0.
 */
export function aandeel(part: Maybe<number>, total: Maybe<number>): Maybe<number> {
  if (part === null || total === null || total === 0) return null;
  const share = (part * 100) / total;
  return rounded(share, Math.abs(share));
}

/** als(voorwaarde, dan, anders) */
export function als<T>(condition: Maybe<boolean>, then: Maybe<T>, otherwise: Maybe<T>): Maybe<T> {
  if (condition === null) return null;
  return condition ? then : otherwise;
}

/** bekend(waarde): never unknown itself. */
export function bekend(value: unknown): boolean {
  return value !== null;
}

/** naar_beneden(getal) */
export function naarBeneden(value: Maybe<number>): Maybe<number> {
  return value === null ? null : Math.floor(value);
}

/** naar_boven(getal) */
export function naarBoven(value: Maybe<number>): Maybe<number> {
  return value === null ? null : Math.ceil(value);
}

/** afronden(getal): half rounds away from zero, as people round. */
export function afronden(value: Maybe<number>): Maybe<number> {
  if (value === null) return null;
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** min(a, b) for numbers and ISO dates. */
export function kleinste<T extends number | string>(a: Maybe<T>, b: Maybe<T>): Maybe<T> {
  return a === null || b === null ? null : a <= b ? a : b;
}

/** max(a, b) for numbers and ISO dates. */
export function grootste<T extends number | string>(a: Maybe<T>, b: Maybe<T>): Maybe<T> {
  return a === null || b === null ? null : a >= b ? a : b;
}

/** Looks up a table cell by a key known only at run time; unknown when the row is missing. */
export function opzoeken<T>(column: Readonly<Record<string, T>>, key: Maybe<string>): Maybe<T> {
  if (key === null || !Object.prototype.hasOwnProperty.call(column, key)) return null;
  return column[key] ?? null;
}
