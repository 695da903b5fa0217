/**
 * BL401 and BL402: the table of agreements of a differentiated care type — a lowest agreement
 * that still asks for factors (a gap: eligible providers without factors get nothing), and
 * agreement names out of order (B asks more factors than A).
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";

export function tierTables(model: PolicyModel): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const careType of model.careTypes) {
    const tiers = careType.differentiation?.tiers;
    if (!tiers || tiers.length === 0) continue;
    const lowest = tiers[tiers.length - 1];
    if (lowest && lowest.factors > 0) {
      result.push(diagnostic("BL401", careType.differentiation!.span, { zorgsoort: careType.name, aantal: lowest.factors, factoren: lowest.factors === 1 ? "differentiatiefactor" : "differentiatiefactoren" }));
    }
    // Tiers sorted by factors (most first) should have names in order: A before B. The first
    // pair out of order is named (A 1, B 2, C 0: B asks more than A).
    // Only for names that end in a letter of order (Zorgovereenkomst A, B, …): Basis and Plus
    // say their order in words.
    const letter = (name: string) => /(?:^|\s)([A-Z])$/.exec(name)?.[1];
    if (!tiers.every((t) => letter(t.name) !== undefined)) continue;
    const byFactors = [...tiers].sort((a, b) => b.factors - a.factors);
    for (let i = 0; i + 1 < byFactors.length; i++) {
      const more = byFactors[i]!;
      const fewer = byFactors[i + 1]!;
      if (more.factors > fewer.factors && (letter(more.name) as string) > (letter(fewer.name) as string)) {
        result.push(diagnostic("BL402", careType.differentiation!.span, { zorgsoort: careType.name, hoogste: more.name, laagste: fewer.name }));
        break;
      }
    }
  }
  return result;
}
