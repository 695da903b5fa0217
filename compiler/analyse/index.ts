/**
 * Static analysis of a checked policy: warnings about things that are allowed but almost
 * certainly not meant — a tier table with a gap, tier names out of order, a fact nobody uses,
 * a deadline after the contract year has begun. Runs after the checker, on the model only.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import { factsFor } from "../queries.js";

export function analysePolicy(model: PolicyModel): Diagnostic[] {
  if (model.kind !== "inkoopbeleid") return [];
  return [...tierTables(model), ...unusedFacts(model), ...lateDeadlines(model)];
}

function tierTables(model: PolicyModel): Diagnostic[] {
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

function unusedFacts(model: PolicyModel): Diagnostic[] {
  const used = new Set<string>();
  for (const careType of model.careTypes) for (const fact of factsFor(model, careType.id)) used.add(fact.id);
  return model.facts.filter((f) => !used.has(f.id) && f.declarationOf === undefined).map((f) => diagnostic("BL405", f.span, { feit: f.id }));
}

function lateDeadlines(model: PolicyModel): Diagnostic[] {
  const start = `${model.meta.year}-01-01`;
  return model.milestones
    .filter((m) => m.kind === "deadline" && m.date !== undefined && m.date >= start)
    .map((m) => diagnostic("BL406", m.span, { onderwerp: m.subject, datum: m.date ?? "", jaar: model.meta.year }));
}
