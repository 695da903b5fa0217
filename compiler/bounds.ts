/**
 * Bounds: a comparison of something with a number or date, read as the values it lets through.
 * Shared by the change report (diff/conditions.ts: did a threshold move, or is `<= 5` → `< 6`
 * the same bound?) and the checks (analyse/staleNames.ts: does "hoger dan 140" in a name draw
 * the boundary the condition draws?). A date is a whole day and a whole-number fact (`geheel:
 * ja`) a whole number, so a strict bound on them is the non-strict bound one step further in:
 * `< 2025-10-25` is `<= 2025-10-24`, `< 6` is `<= 5`. Other numbers keep the limit as written.
 */

import { plusDagen } from "../runtime/dates.js";
import type { PolicyModel, TExpr } from "./model.js";

/** The order comparisons, the ones that bound what they compare. */
export type BoundOperator = "<" | "<=" | ">" | ">=";

/** The same comparison read from the other side: `c > x` is `x < c`. */
export const MIRRORED: Readonly<Record<BoundOperator, BoundOperator>> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

const isBoundOperator = (op: string): op is BoundOperator => op === "<" || op === "<=" || op === ">" || op === ">=";

/**
 * Whether an expression only takes whole values, so that `< 6` and `<= 5` let the same providers
 * through: a fact with `geheel: ja` in both versions (compareRulePair.ts says which). Dates
 * need no such answer: a date is always a whole day.
 */
export type WholeValued = (e: TExpr) => boolean;

/**
 * The things that only take whole values in every one of `models` (the two versions a change
 * report compares): a fact with `geheel: ja` in each, and the contract year.
 */
export function wholeIn(...models: readonly PolicyModel[]): WholeValued {
  const whole = (m: PolicyModel, id: string) => m.facts.some((f) => f.id === id && f.integer === true);
  return (e) => e.kind === "contractjaar" || (e.kind === "fact" && models.every((m) => whole(m, e.fact)));
}

/** A comparison of something with a literal, read as a bound on it: `x > 140` is a lower bound 140, not included. */
export interface Bound {
  readonly subject: TExpr;
  readonly upper: boolean;
  readonly limit: TExpr;
  /** The operator read with the limit on the right: `2026-10-01 > x` is `x < 2026-10-01`. */
  readonly operator: BoundOperator;
}

/** The comparison `e` as a bound, or undefined when it is no order comparison of something with a literal. */
export function boundOf(e: TExpr): Bound | undefined {
  if (e.kind !== "binary") return undefined;
  const operator = e.operator;
  if (!isBoundOperator(operator)) return undefined;
  // `x > c` bounds x from below; `c > x` from above.
  if (e.right.kind === "literal" && e.left.kind !== "literal") return { subject: e.left, upper: operator.startsWith("<"), limit: e.right, operator };
  if (e.left.kind === "literal" && e.right.kind !== "literal") return { subject: e.right, upper: operator.startsWith(">"), limit: e.left, operator: MIRRORED[operator] };
  return undefined;
}

/** A date (jjjj-mm-dd) moved by `days` days. */
function addDays(iso: string, days: number): string {
  return days === 0 ? iso : (plusDagen(iso, days) ?? iso);
}

/**
 * The last whole number an upper bound lets through, or the first of a lower bound, with the
 * operator read with the number on the right: `< 6` and `<= 5.5` let 5 through at most, `> 5`
 * lets 6 through at the least.
 */
export function wholeLimit(operator: BoundOperator, value: number): number {
  const strict = operator === "<" || operator === ">";
  if (operator === "<" || operator === "<=") return strict ? Math.ceil(value) - 1 : Math.floor(value);
  return strict ? Math.floor(value) + 1 : Math.ceil(value);
}

/**
 * The last value an upper bound lets through, or the first of a lower bound, and whether the
 * limit is that value (`<=`, `>=`) or just past it (`<`, `>`). A date is a whole day, so
 * `< 2025-10-25` lets 24 oktober through at the latest, as `<= 2025-10-24` does; so is a whole
 * number, so `< 6` is `<= 5`. Other numbers keep the limit: `< 5` and `<= 5` differ.
 */
export function allowedLimit(b: Bound, whole: WholeValued): { readonly value: number | string; readonly included: boolean } | undefined {
  const strict = b.operator === "<" || b.operator === ">";
  const value = b.limit.kind === "literal" ? b.limit.value : undefined;
  if (b.limit.type.kind === "datum" && typeof value === "string") return { value: strict ? addDays(value, b.upper ? -1 : 1) : value, included: true };
  if (typeof value !== "number") return undefined;
  if (!whole(b.subject)) return { value, included: !strict };
  return { value: wholeLimit(b.operator, value), included: true };
}

/**
 * How a bound on the same thing from the same side moved, its limit or operator or both, read
 * as the values it lets through (see `allowedLimit`): `> 140` → `>= 140` lets 140 in (wider),
 * `>= 5` → `> 5` keeps 5 out (narrower), `<= 2025-10-24` → `< 2025-10-25` is the same bound.
 * The caller makes sure both bound the same thing; undefined when they bound it from other
 * sides, or their limits are of another type (a fact that became a percentage).
 */
export function boundChange(a: Bound, b: Bound, whole: WholeValued): "narrower" | "wider" | "same" | undefined {
  if (a.upper !== b.upper || a.limit.type.kind !== b.limit.type.kind) return undefined;
  const [x, y] = [allowedLimit(a, whole), allowedLimit(b, whole)];
  if (!x || !y || typeof x.value !== typeof y.value) return undefined;
  const moved = x.value === y.value ? 0 : x.value < y.value ? 1 : -1;
  if (moved === 0 && x.included === y.included) return "same";
  // A lower bound that rises, or at the same limit leaves it out, lets fewer through; an upper bound mirrors that.
  const tighter = moved !== 0 ? (a.upper ? moved < 0 : moved > 0) : !y.included;
  return tighter ? "narrower" : "wider";
}
