/**
 * The function library of the policy language for the reference interpreter, by the Dutch
 * names authors write (docs/taal.md, "Functies"). Unknown in, unknown out, except
 * `bekend`; `aandeel` is also unknown when the total is 0, and rounds its result as the
 * arithmetic operators do.
 *
 * Calendar arithmetic (adding months, days between dates) is taken from `runtime/dates.ts`:
 * that is a small date library, not part of what the compiler translates, and a second copy
 * would only add a second place for calendar mistakes. Everything else is written here again.
 */

import { dagenTussen, eersteVanMaand, eersteVanVolgendeMaand, plusDagen, plusMaanden } from "../../runtime/dates.js";
import { toDecimals, type Value } from "./values.js";

type Implementation = (args: readonly Value[]) => Value;

const num = (v: Value) => v as number;
const text = (v: Value) => v as string;

/** The percentage `part` is of `total` (not 0), rounded as every calculation is. */
function percentage(part: number, total: number): number {
  const share = (part * 100) / total;
  return toDecimals(share, Math.abs(share));
}

/** Applies `f` when no argument is unknown. */
const strict =
  (f: (args: readonly Value[]) => Value): Implementation =>
  (args) =>
    args.some((a) => a === null) ? null : f(args);

export const INTERPRETED_FUNCTIONS: ReadonlyMap<string, Implementation> = new Map<string, Implementation>([
  ["aantal", strict(([c]) => (c as readonly Value[]).length)],
  ["aandeel", strict(([part, total]) => (num(total ?? 0) === 0 ? null : percentage(num(part ?? 0), num(total ?? 0))))],
  ["als", ([condition, then, otherwise]) => (condition === null || condition === undefined ? null : condition ? (then ?? null) : (otherwise ?? null))],
  ["bekend", ([v]) => v !== null],
  ["eerste_van_maand", strict(([d]) => eersteVanMaand(text(d ?? null)))],
  ["eerste_van_volgende_maand", strict(([d]) => eersteVanVolgendeMaand(text(d ?? null)))],
  ["jaar", strict(([d]) => Number(text(d ?? "").slice(0, 4)))],
  ["plus_dagen", strict(([d, n]) => plusDagen(text(d ?? null), num(n ?? null)))],
  ["plus_maanden", strict(([d, n]) => plusMaanden(text(d ?? null), num(n ?? null)))],
  ["dagen_tussen", strict(([a, b]) => dagenTussen(text(a ?? null), text(b ?? null)))],
  ["min", strict(([a, b]) => ((a as number | string) <= (b as number | string) ? (a ?? null) : (b ?? null)))],
  ["max", strict(([a, b]) => ((a as number | string) >= (b as number | string) ? (a ?? null) : (b ?? null)))],
  ["naar_beneden", strict(([x]) => Math.floor(num(x ?? 0)))],
  ["naar_boven", strict(([x]) => Math.ceil(num(x ?? 0)))],
  // Half rounds away from zero, as people round: afronden(-2.5) = -3.
  ["afronden", strict(([x]) => Math.sign(num(x ?? 0)) * Math.round(Math.abs(num(x ?? 0))))],
]);
