/**
 * BL404: an agreement of a differentiated care type that no eligible provider can reach,
 * because fewer factors than it asks can hold at once — a factor is never met, two factors
 * exclude each other, or a factor excludes a base condition. The number of factors that can
 * hold at once comes from combinations.ts, where it is an upper bound, so the warning is only
 * given when the agreement is out of reach for certain.
 *
 * Meeting more factors never gives a lower agreement: the evaluators choose the agreement
 * with the highest minimum reached, so that is true by construction and is proven by a test
 * (test/analyse/monotone.test.ts), not checked here.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import { careTypeCombinations, ruleList } from "./eligibility.js";

export function unreachableTiers(model: PolicyModel): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const careType of model.careTypes) {
    const tiers = careType.differentiation?.tiers;
    if (!tiers) continue;
    const { eligible } = careTypeCombinations(model, careType);
    if (eligible.conflict) continue; // nobody is eligible at all: BL409 or BL403
    const dead = eligible.deadFactors.map((r) => r.id);
    for (const tier of tiers) {
      if (tier.factors <= eligible.maxFactors) continue;
      const hint = dead.length > 0 ? `Nooit voldaan bij een zorgaanbieder die in aanmerking komt: ${ruleList(dead)}.` : undefined;
      result.push(
        diagnostic(
          "BL404",
          tier.span,
          { overeenkomst: tier.name, zorgsoort: careType.name, aantal: tier.factors, factoren: tier.factors === 1 ? "differentiatiefactor" : "differentiatiefactoren", hooguit: eligible.maxFactors },
          hint,
        ),
      );
    }
  }
  return result;
}
