/**
 * BL406: a deadline of the procurement on or after the first day of the contract year; such
 * deadlines come before the year starts, so the year is probably wrong.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";

export function lateDeadlines(model: PolicyModel): Diagnostic[] {
  const start = `${model.meta.year}-01-01`;
  return model.milestones
    .filter((m) => m.kind === "deadline" && m.date !== undefined && m.date >= start)
    .map((m) => diagnostic("BL406", m.dateSpan ?? m.span, { onderwerp: m.subject, datum: m.date ?? "", jaar: model.meta.year }));
}
