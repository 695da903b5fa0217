/**
 * Meeting more differentiation factors never gives a lower agreement, and an eligible provider
 * lands in exactly one agreement: the one with the highest minimum it reaches. The evaluators
 * choose the agreement that way by construction, so this is proven here, not warned about
 * (compiler/analyse/unreachableTiers.ts).
 *
 * For every differentiated care type of every encoded policy the factors are replaced by
 * declarations the test sets directly, and the other rules are left out (all met); then every
 * combination of factors is decided by the compiled evaluator and the reference interpreter.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { createInterpreter } from "../../compiler/interpret/index.js";
import type { CareType, Fact, PolicyModel, Rule } from "../../compiler/model.js";
import { rulesFor } from "../../compiler/queries.js";
import type { Besluit } from "../../runtime/decision.js";

/** The policy reduced to the factors of one care type, each a yes/no fact `factor_<i>`. */
function factorsOnly(model: PolicyModel, careType: CareType): { model: PolicyModel; factors: number } {
  const factorRules = rulesFor(model, careType.id).filter((r) => r.kind === "differentiatiefactor" && r.status === "definitief");
  const facts: Fact[] = factorRules.map((r, i) => ({ id: `factor_${i}`, type: "ja/nee", description: `Factor ${r.id}.`, span: r.span }));
  const rules: Rule[] = factorRules.map((r, i) => {
    const { appliesWhen: _a, exception: _e, whenUnknown: _w, ...rest } = r;
    return { ...rest, careTypes: [careType.id], logic: { kind: "verklaring", fact: `factor_${i}` } };
  });
  return { model: { ...model, facts, rules, dateRules: [], careTypes: [careType] }, factors: rules.length };
}


const cases: { file: string; model: PolicyModel; careType: CareType }[] = [];
for (const file of [...findPolicyFiles(["policies"]).files, "test/fixtures/kenmerken/kenmerken.policy"]) {
  const model = compileFile(file).model;
  for (const careType of model?.careTypes ?? []) if (model && careType.differentiation) cases.push({ file, model, careType });
}

describe("more factors never give a lower agreement", () => {
  it("is tested on every differentiated care type", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases.map((c) => [`${c.file} ${c.careType.id}`, c] as const))("%s", async (_, { model, careType }) => {
    const reduced = factorsOnly(model, careType);
    expect(reduced.factors).toBeLessThanOrEqual(12);
    const compiled = await loadEvaluator(reduced.model);
    const interpreter = createInterpreter(reduced.model);
    const tiers = careType.differentiation?.tiers ?? [];
    const rank = (b: Besluit) => (b.overeenkomst === null ? -1 : (tiers.find((t) => t.id === b.overeenkomst?.id)?.factors ?? Number.NaN));
    const decide = (set: number): Besluit => {
      const facts: Record<string, boolean> = {};
      for (let i = 0; i < reduced.factors; i++) facts[`factor_${i}`] = (set & (1 << i)) !== 0;
      const decision = compiled.besluit(careType.id, facts);
      expect(interpreter.besluit(careType.id, facts)).toEqual(decision);
      return decision;
    };
    const decisions = Array.from({ length: 1 << reduced.factors }, (_, set) => decide(set));
    decisions.forEach((decision, set) => {
      const met = set.toString(2).replace(/0/g, "").length;
      // Exactly one agreement: the highest minimum that is reached, or none when none is.
      const reached = tiers.filter((t) => t.factors <= met).sort((a, b) => b.factors - a.factors)[0];
      expect(decision.overeenkomst?.id ?? null).toBe(reached?.id ?? null);
      expect(decision.inAanmerking).toBe(reached !== undefined);
      // One more factor: never a lower agreement, never out of eligibility.
      for (let i = 0; i < reduced.factors; i++) {
        if ((set & (1 << i)) !== 0) continue;
        expect(rank(decisions[set | (1 << i)] as Besluit)).toBeGreaterThanOrEqual(rank(decision));
      }
    });
  });
});
