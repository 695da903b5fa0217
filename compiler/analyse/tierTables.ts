/**
 * BL401 and BL402: the table of agreements of a differentiated care type — a lowest agreement
 * that still asks for factors (a gap: eligible providers without factors get nothing), and
 * agreement names in reverse order (B asks more factors than A).
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
    // Tiers sorted by factors (most first) should have names in order: A before B.
    const names = tiers.map((t) => t.name);
    const sorted = [...names].sort((a, b) => a.localeCompare(b, "nl"));
    if (names.join("\u0000") !== sorted.join("\u0000") && names.slice().reverse().join("\u0000") === sorted.join("\u0000")) {
      result.push(diagnostic("BL402", careType.differentiation!.span, { zorgsoort: careType.name, hoogste: names[0] ?? "", laagste: names[names.length - 1] ?? "" }));
    }
  }
  return result;
}
