/**
 * Dates in the planning that do not fit the contract year:
 * - BL406: a deadline on or after the first day of the contract year; the procurement's
 *   deadlines come before the year starts, so the year is probably wrong;
 * - BL412: any date more than a year before the contract year (before 1 January of the year
 *   before): the procurement for a year runs in the year before it, so such a date was
 *   probably left standing when the policy was copied for a new year.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";

export function lateDeadlines(model: PolicyModel): Diagnostic[] {
  const start = `${model.meta.year}-01-01`;
  const yearBefore = `${model.meta.year - 1}-01-01`;
  const found: Diagnostic[] = [];
  for (const m of model.milestones) {
    if (m.date === undefined) continue;
    const args = { onderwerp: m.subject, datum: m.date, jaar: model.meta.year };
    if (m.kind === "deadline" && m.date >= start) found.push(diagnostic("BL406", m.dateSpan ?? m.span, args));
    else if (m.date < yearBefore) found.push(diagnostic("BL412", m.dateSpan ?? m.span, args));
  }
  return found;
}
