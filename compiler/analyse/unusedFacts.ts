/**
 * BL405: a declared fact that no rule, date rule or table cell of any care type reads. It is
 * still asked of providers in forms, without making any difference.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import { factsFor } from "../queries.js";

export function unusedFacts(model: PolicyModel): Diagnostic[] {
  const used = new Set<string>();
  for (const careType of model.careTypes) for (const fact of factsFor(model, careType.id)) used.add(fact.id);
  return model.facts.filter((f) => !used.has(f.id) && f.declarationOf === undefined).map((f) => diagnostic("BL405", f.span, { feit: f.id }));
}
