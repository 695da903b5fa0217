/**
 * The engines of the benchmark (bench/engines) decide as the compiled evaluator does, also on
 * shares at the boundary of 30%: 3 of 10 (which a float computes as 30.000000000000004) and 30
 * of 100 meet the factor, 29 of 97 does not, in every engine. (The numbers of fysiotherapeuten
 * are whole numbers; the runtime's rounding of decimal shares is tested in
 * test/compiler/decimals.test.ts.)
 */

import { describe, expect, it } from "vitest";
import { createCel } from "../../bench/engines/cel.js";
import { handwrittenFysiotherapie } from "../../bench/engines/handwritten.js";
import { createJsonRulesEngine } from "../../bench/engines/jsonRulesEngine.js";
import type { Decision, Engine } from "../../bench/engines/types.js";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { generateProviders } from "../../compiler/facts/dataset.js";
import type { Beslissing } from "../../runtime/decision.js";

const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
const engines: Engine[] = [{ name: "handgeschreven", decide: handwrittenFysiotherapie }, createCel(), createJsonRulesEngine()];

describe("the benchmark's engines", async () => {
  const evaluator = await loadEvaluator(model);
  const expected = (facts: Record<string, unknown>): Decision => {
    const b = evaluator.beoordeel("fysiotherapie", facts) as Beslissing;
    return { overeenkomst: b.overeenkomst?.id ?? null, benaderd: b.benaderd };
  };
  const providers = [...generateProviders(model, { count: 300, seed: 2026, careType: "fysiotherapie" })] as Record<string, unknown>[];

  it("agree with the compiled evaluator on generated providers", async () => {
    for (const facts of providers) {
      const want = expected(facts);
      for (const engine of engines) expect(await engine.decide(facts), engine.name).toEqual(want);
    }
  });

  it("agree on shares at the boundary of 30%", async () => {
    // Providers who get an agreement, with only the specialised-care factor left to decide.
    const eligible = providers.filter((f) => expected(f).overeenkomst !== null).slice(0, 5);
    expect(eligible.length).toBeGreaterThan(0);
    let factorMet = 0;
    for (const base of eligible) {
      for (const [part, total] of [[3, 10], [30, 100], [9, 30], [29, 97], [2, 7]]) {
        const facts = { ...base, fysiotherapeuten: total, fysiotherapeuten_verbijzonderd: part, minste_uren_verbijzonderd: 24 };
        const want = expected(facts);
        for (const engine of engines) expect(await engine.decide(facts), `${engine.name}: ${part} van ${total}`).toEqual(want);
        const without = expected({ ...facts, fysiotherapeuten_verbijzonderd: 0 });
        if (want.overeenkomst !== without.overeenkomst) factorMet++;
      }
    }
    // 3 of 10, 30 of 100 and 9 of 30 are exactly 30%: the factor counts for them (29 of 97 and
    // 2 of 7 are less).
    expect(factorMet).toBe(eligible.length * 3);
  });
});
