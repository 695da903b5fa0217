/**
 * The reference interpreter (compiler/interpret) against the compiled evaluators: for every
 * care type of every policy in policies/ (and the language-features fixture), random facts,
 * often on the policy's thresholds, give the same decision and the same explanation from
 * both, and the compiled decision alone equals the decision in its explanation. Also: both
 * reject unusable facts with the same `FeitenFout`.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { variant } from "../diff/base.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { createInterpreter, interpretDecision } from "../../compiler/interpret/index.js";
import { factThresholds } from "../../compiler/facts/thresholds.js";
import { factsArbitrary } from "./factArbitrary.js";

const FILES = [...findPolicyFiles(["policies"]).files, "test/fixtures/kenmerken/kenmerken.policy"];
/** Runs per care type; modest, so the whole suite stays fast as policies are added. */
const RUNS = 40;

for (const file of FILES) {
  const model = compileFile(file).model;
  // Shared files (soort: gedeeld) have no care types; a policy that does not compile fails
  // in the policy tests.
  if (!model || model.careTypes.length === 0) continue;
  describe(`interpreter = compiled evaluator: ${file}`, async () => {
    const compiled = await loadEvaluator(model);
    const interpreter = createInterpreter(model);
    for (const careType of model.careTypes) {
      it(`${careType.id}: same decision and explanation for random facts on the thresholds`, () => {
        fc.assert(
          fc.property(factsArbitrary(model, careType.id), (facts) => {
            const besluit = compiled.besluit(careType.id, facts);
            const beslissing = compiled.beoordeel(careType.id, facts);
            expect(interpreter.besluit(careType.id, facts)).toEqual(besluit);
            expect(interpretDecision(model, careType.id, facts)).toEqual(beslissing);
            // The decision-only function (rules in line, short-circuited) decides as the explaining one.
            const { inAanmerking, benaderd, overeenkomst } = beslissing;
            expect({ inAanmerking, benaderd, overeenkomst }).toEqual(besluit);
          }),
          { numRuns: RUNS, seed: 20260701 },
        );
      });
    }
  });
}

describe("interpreter", () => {
  const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;

  it("finds the thresholds of the fysiotherapie rules", () => {
    const t = factThresholds(model, "fysiotherapie");
    expect(t.get("behandelindex")?.numbers).toEqual(expect.arrayContaining([149, 150, 151]));
    expect(t.get("werkdagen_tot_eerste_afspraak")?.numbers).toEqual(expect.arrayContaining([4, 5, 6]));
    expect(t.get("laatste_contractjaar")?.numbers).toEqual(expect.arrayContaining([2022, 2023, 2024]));
    expect(t.get("aanvraagdatum")?.dates).toEqual(expect.arrayContaining(["2025-12-31", "2026-01-01", "2026-01-02"]));
    expect(t.get("agb_soort_onderneming")?.texts).toEqual(expect.arrayContaining(["04"]));
  });

  it("rejects unusable facts with the same FeitenFout as the compiled evaluator", async () => {
    const compiled = await loadEvaluator(model);
    const facts = { behandelindex: "hoog" };
    const fromCompiled = (() => {
      try {
        compiled.beoordeel("fysiotherapie", facts);
      } catch (error) {
        return error as Error;
      }
    })();
    expect(fromCompiled?.name).toBe("FeitenFout");
    expect(() => interpretDecision(model, "fysiotherapie", facts)).toThrow(fromCompiled?.message);
    expect(() => createInterpreter(model).besluit("tandarts", {})).toThrow(/Onbekende zorgsoort ‘tandarts’/);
  });
});

describe("voorwaarden_voldaan and in_aanmerking in an approach rule", () => {
  // The base policy of the change-report tests, with an approach rule on one of the two names.
  const policy = (name: string) =>
    variant([
      [
        "\ndatumregels:",
        `  benadering:\n    titel: Benadering\n    hoofdstuk: procedure\n    soort: benaderingsvoorwaarde\n    zorgsoorten: [fysiotherapie]\n    regels:\n      benaderd_als:\n        tekst: Wij benaderen de zorgaanbieders die aan de voorwaarden voldoen.\n        voorwaarde: ${name}\n\ndatumregels:`,
      ],
    ]);
  const excluded = { behandelindex: 160, uitzondering: false, register: true, aandeel_loondienst: 60, interventie: "CooL", keurmerk: true, prem: true, aanvraagdatum: null };

  // An exclusion is a reason not to offer an agreement: the excluded provider is not approached
  // under either name (docs/taal.md).
  it.each([
    ["voorwaarden_voldaan", false],
    ["in_aanmerking", false],
  ])("%s: an excluded provider who meets the conditions is approached: %s", async (name, approached) => {
    const model = compileText("voorbeeld.policy", policy(name as string)).model!;
    const compiled = await loadEvaluator(model);
    const decision = compiled.besluit("fysiotherapie", excluded);
    expect(decision).toEqual({ inAanmerking: false, benaderd: approached, overeenkomst: null });
    expect(createInterpreter(model).besluit("fysiotherapie", excluded)).toEqual(decision);
  });

  it("in_aanmerking outside an approach rule is BL217", () => {
    const text = variant([["        voorwaarde: register\n", "        voorwaarde: register en in_aanmerking\n"]]);
    expect(compileText("voorbeeld.policy", text).diagnostics.map((d) => d.code)).toEqual(["BL217"]);
  });
});

describe("an agreement with a name of its own", () => {
  it("is offered under that name by both engines, and the default name is 'Zorgovereenkomst <zorgsoort>'", async () => {
    const text = variant([["      tekst: De meerjarige zorgovereenkomst loopt door in 2026.\n", "      tekst: De meerjarige zorgovereenkomst loopt door in 2026.\n      naam: Zorgovereenkomst Oefentherapie 2025-2026\n"]]);
    const facts = { behandelindex: 100, uitzondering: false, register: true, aandeel_loondienst: 60, interventie: "CooL", keurmerk: true, prem: true, aanvraagdatum: null };
    const model = compileText("voorbeeld.policy", text).model!;
    const decision = (await loadEvaluator(model)).besluit("oefentherapie", facts);
    expect(decision.overeenkomst).toEqual({ id: "oefentherapie", naam: "Zorgovereenkomst Oefentherapie 2025-2026" });
    expect(createInterpreter(model).besluit("oefentherapie", facts)).toEqual(decision);
    const plain = compileText("voorbeeld.policy", variant([])).model!;
    expect((await loadEvaluator(plain)).besluit("oefentherapie", facts).overeenkomst?.naam).toBe("Zorgovereenkomst Oefentherapie");
  });
});

describe("the explanation of not being approached", () => {
  it("advises to apply only a provider who would get an agreement", async () => {
    const text = variant([
      [
        "\ndatumregels:",
        "  benadering:\n    titel: Benadering\n    hoofdstuk: procedure\n    soort: benaderingsvoorwaarde\n    zorgsoorten: [fysiotherapie]\n    regels:\n      register_bekend:\n        naam: geregistreerd\n        tekst: Wij benaderen geregistreerde zorgaanbieders.\n        voorwaarde: register\n\ndatumregels:",
      ],
    ]);
    const model = compileText("voorbeeld.policy", text).model!;
    const evaluator = await loadEvaluator(model);
    const facts = { behandelindex: 100, uitzondering: false, register: false, aandeel_loondienst: 60, interventie: "CooL", keurmerk: true, prem: true, aanvraagdatum: null };
    // Not registered: no agreement either (the register is also a randvoorwaarde), so no advice to apply.
    const refused = evaluator.beoordeel("fysiotherapie", facts).toelichting;
    expect(refused).toContain("Caresq benadert u niet uit zichzelf: u voldoet niet aan ‘geregistreerd’.");
    expect(createInterpreter(model).beoordeel("fysiotherapie", facts).toelichting).toEqual(refused);
  });
});
