/**
 * BL410: a differentiation factor that never counts for a provider who is eligible — its
 * condition excludes a base condition or an exclusion (`randvoorwaarde: x <= 150`,
 * `factor: x > 200`), or its own condition and applicability exclude each other. Proven
 * over the finite spaces of combinations.ts. A factor whose condition or applicability is
 * never true on its own is already reported as BL403 or BL408.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel, Rule } from "../model.js";
import { careTypeCombinations } from "./eligibility.js";
import { decideValues, TRUE } from "./outcomes.js";

export function deadFactors(model: PolicyModel): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const careType of model.careTypes) {
    if (!careType.differentiation) continue;
    const { eligible } = careTypeCombinations(model, careType);
    if (eligible.conflict) continue;
    for (const factor of eligible.deadFactors) {
      if (neverTrueOnItsOwn(model, factor)) continue;
      result.push(diagnostic("BL410", factor.span, { regel: factor.id, zorgsoort: careType.name }));
    }
  }
  return result;
}

/** The condition or the applicability alone is never true (BL403, BL408). */
function neverTrueOnItsOwn(model: PolicyModel, rule: Rule): boolean {
  const parts = [...(rule.logic.kind === "voorwaarde" ? [rule.logic.condition.expr] : []), ...(rule.appliesWhen ? [rule.appliesWhen.expr] : [])];
  return parts.some((expr) => {
    const [mask = TRUE] = decideValues(model, { expressions: [expr], careTypes: rule.careTypes }, [expr]) ?? [];
    return (mask & TRUE) === 0;
  });
}
