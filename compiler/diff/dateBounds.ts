/**
 * A date threshold as a provider reads it. The comparison of a rule's condition (compareRulePair.ts)
 * finds a changed date; the report names the day a provider may be on at the latest (or the
 * earliest), not the date as the condition writes it, and across a change of contract year the date
 * as the older version wrote it. A strict bound moves the day by one.
 */

import { plusDagen } from "../../runtime/dates.js";
import type { Rule, TExpr } from "../model.js";
import type { Comparison } from "./conditions.js";
import { narrowerClass } from "./context.js";
import { shiftDate } from "./years.js";

/** A date literal moved back by `years` (the literal the old version wrote). */
export function unshiftLiteral(e: TExpr, years: number): TExpr {
  return e.kind === "literal" && typeof e.value === "string" ? { ...e, value: shiftDate(e.value, -years) } : e;
}

/**
 * A date threshold as providers read it, from the side of the bound where they are in order
 * (the rule holds, or for an exclusion does not): the last day they may be on ("uiterste
 * datum") or the first ("vroegste datum"). A strict bound leaves the date as written out, so
 * `aanvraagdatum < 2026-10-01` has 30 september 2026 as its last day (`shift` -1), and
 * `aanvraagdatum > 2026-10-01` 2 oktober 2026 as its first (+1). Undefined when the date is no
 * such bound (`=`, `tussen`, a date in a calculation): the sentence then says "datumgrens",
 * with the date as written.
 */
export function allowedDay(change: { readonly comparison?: Comparison }, rule: Rule): { grens: string; shift: number } | undefined {
  const c = change.comparison;
  if (!c) return undefined;
  // In order where the comparison holds, unless it is under a `niet` or the rule excludes.
  const inOrderWhenHolds = (c.polarity === 1) === (narrowerClass(rule.kind) === "strenger");
  const upper = (c.operator === "<" || c.operator === "<=") === inOrderWhenHolds;
  const included = (c.operator === "<=" || c.operator === ">=") === inOrderWhenHolds;
  return { grens: upper ? "uiterste datum" : "vroegste datum", shift: included ? 0 : upper ? -1 : 1 };
}

/** A date (jjjj-mm-dd) moved by `days` days. */
export function addDays(iso: string, days: number): string {
  return days === 0 ? iso : (plusDagen(iso, days) ?? iso);
}

/** A date literal moved by `days` days. */
export function shiftDay(e: TExpr, days: number): TExpr {
  if (days === 0 || e.kind !== "literal" || typeof e.value !== "string") return e;
  return { ...e, value: addDays(e.value, days) };
}
