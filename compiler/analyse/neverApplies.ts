/**
 * BL408: a rule whose `van_toepassing_als` is never true, whatever the facts: the rule then
 * never counts for anyone (`van_toepassing_als: x > 10 en x < 5`). Decided over the finite
 * space of the expression (space.ts); silent when that space cannot be built.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import { decideValues, readsFacts, TRUE } from "./outcomes.js";

export function neverApplies(model: PolicyModel): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const rule of model.rules) {
    const when = rule.appliesWhen?.expr;
    if (!when || rule.careTypes.length === 0 || !readsFacts(model, when, rule.careTypes)) continue;
    const [mask = TRUE] = decideValues(model, { expressions: [when], careTypes: rule.careTypes }, [when]) ?? [];
    if ((mask & TRUE) === 0) result.push(diagnostic("BL408", when.span, { regel: rule.id }));
  }
  return result;
}
