/**
 * The engines of the benchmark (bench/engines) decide as the compiled evaluator does, also on
 * decimal data: a share of exactly 30% (5.1 of 17 FTE, which a float computes as
 * 29.999999999999996) meets the factor in every engine, as beleid rounds it to 9 decimals.
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

  it("agree on shares just at 30% written with decimals", async () => {
    // Providers who get an agreement, with only the specialised-care factor left to decide.
    const eligible = providers.filter((f) => expected(f).overeenkomst !== null).slice(0, 5);
    expect(eligible.length).toBeGreaterThan(0);
    let factorMet = 0;
    for (const base of eligible) {
      for (const [part, total] of [[5.1, 17], [8.7, 29], [10.2, 34], [0.29, 1], [5.09, 17]]) {
        const facts = { ...base, fysiotherapeuten: total, fysiotherapeuten_verbijzonderd: part, minste_uren_verbijzonderd: 24 };
        const want = expected(facts);
        for (const engine of engines) expect(await engine.decide(facts), `${engine.name}: ${part} van ${total}`).toEqual(want);
        const without = expected({ ...facts, fysiotherapeuten_verbijzonderd: 0 });
        if (want.overeenkomst !== without.overeenkomst) factorMet++;
      }
    }
    // 5.1 of 17, 8.7 of 29 and 10.2 of 34 are exactly 30%: the factor counts for them.
    expect(factorMet).toBe(eligible.length * 3);
  });
});
