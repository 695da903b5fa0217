/**
 * BL409 and BL411: rules that exclude each other, so that no provider can ever be eligible
 * for a care type (two base conditions, or a condition and an exclusion: `x <= 150` and
 * `uitsluiting: x < 200`), or be approached (approach conditions and approach exclusions).
 * Proven over the finite spaces of combinations.ts; a single rule that can never be met is
 * BL403's to report, so only conflicts between two or more rules are reported here.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import { careTypeCombinations, ruleList } from "./eligibility.js";

export function conflictingConditions(model: PolicyModel): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const careType of model.careTypes) {
    const { eligible, approached } = careTypeCombinations(model, careType);
    const conflict = eligible.conflict;
    if (conflict && conflict.length >= 2) {
      const last = conflict[conflict.length - 1];
      if (last) result.push(diagnostic("BL409", last.span, { zorgsoort: careType.name, regels: ruleList(conflict.map((r) => r.id)) }));
    }
    const noApproach = approached.conflict;
    if (careType.agreement.kind === "nieuw" && noApproach && noApproach.length >= 2) {
      const last = noApproach[noApproach.length - 1];
      if (last) result.push(diagnostic("BL411", last.span, { organisatie: model.meta.organisation, zorgsoort: careType.name, regels: ruleList(noApproach.map((r) => r.id)) }));
    }
  }
  return result;
}
