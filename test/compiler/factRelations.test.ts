/**
 * A fact that may not be greater than another (`niet_groter_dan`): the evaluator (checked
 * entry points and the quick check before them), the reference interpreter and `beleid eval`'s
 * validator refuse a part greater than its whole with one message, and compare nothing while
 * either is unknown; the checker refuses a relation with an unknown fact or another type; the
 * generated providers keep the part within the whole.
 */

import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { generateProviders } from "../../compiler/facts/dataset.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import { createInterpreter } from "../../compiler/interpret/index.js";
import { oneCareTypePolicy } from "../analyse/policy.js";
import { thrownProblems as thrown } from "../runtime/feitenFout.js";

const FACTS = `  therapeuten:
    type: getal
    omschrijving: Het aantal therapeuten.
    geheel: ja
    minimum: 0
  verbijzonderd:
    type: getal
    omschrijving: Het aantal therapeuten dat verbijzonderde zorg verleent.
    geheel: ja
    minimum: 0
    niet_groter_dan: therapeuten
    onbekend: Nog niet geteld.
`;

const policy = (facts = FACTS) =>
  oneCareTypePolicy({
    title: "Verband",
    facts,
    soort: "randvoorwaarde",
    rules: "      r:\n        tekst: Regel r.\n        voorwaarde: aandeel(verbijzonderd, therapeuten) >= 30%\n        bij_onbekend: onwaar\n",
  });

describe("a fact not greater than another", () => {
  const model = compileText("proef.policy", policy()).model!;
  const message = "‘verbijzonderd’ kan niet groter zijn dan ‘therapeuten’, maar is 5 en ‘therapeuten’ is 3.";

  it("refuses a part greater than its whole in the evaluator, the interpreter and beleid eval, with one message", async () => {
    const evaluator = await loadEvaluator(model);
    const facts = { therapeuten: 3, verbijzonderd: 5 };
    expect(() => evaluator.besluit("een", facts)).toThrow(message);
    expect(() => evaluator.beoordeel("een", facts)).toThrow(message);
    expect(() => createInterpreter(model).besluit("een", facts)).toThrow(message);
    const problems = [{ feit: "verbijzonderd", soort: "verband", melding: message }];
    expect(careTypeFactsValidator(model, "een")(facts)).toEqual(problems);
    expect(thrown(() => evaluator.besluit("een", facts))).toEqual(problems);
    expect(thrown(() => createInterpreter(model).besluit("een", facts))).toEqual(problems);
  });

  it("accepts a part equal to its whole, and compares nothing when the part is unknown", async () => {
    const evaluator = await loadEvaluator(model);
    for (const facts of [
      { therapeuten: 3, verbijzonderd: 3 },
      { therapeuten: 0, verbijzonderd: 0 },
      { therapeuten: 3, verbijzonderd: null },
    ]) {
      expect(evaluator.besluit("een", facts)).toEqual(createInterpreter(model).besluit("een", facts));
      expect(careTypeFactsValidator(model, "een")(facts)).toEqual([]);
    }
  });

  it("says only what is wrong with a fact itself while it is not usable on its own", async () => {
    const evaluator = await loadEvaluator(model);
    const facts = { therapeuten: 3, verbijzonderd: 5.5 };
    const own = "‘verbijzonderd’ moet een geheel getal van ten minste 0 zijn (of null als het onbekend is), maar is het getal 5.5.";
    expect(() => evaluator.besluit("een", facts)).toThrow(own);
    expect(() => evaluator.besluit("een", facts)).not.toThrow("kan niet groter zijn");
    expect(careTypeFactsValidator(model, "een")(facts)).toEqual([{ feit: "verbijzonderd", soort: "bereik", melding: own }]);
    expect(thrown(() => evaluator.besluit("een", facts))).toEqual([{ feit: "verbijzonderd", soort: "bereik", melding: own }]);
  });

  it("leaves facts that are no object at all to their own message", () => {
    for (const facts of [null, [], "feiten"]) expect(careTypeFactsValidator(model, "een")(facts)).toEqual([{ feit: "", soort: "geen_object", melding: expect.stringContaining("De feiten moeten een object zijn") }]);
  });

  it("is in FEITEN for those who build a form", async () => {
    const evaluator = (await loadEvaluator(model)) as unknown as { FEITEN: Record<string, unknown> };
    expect(evaluator.FEITEN.verbijzonderd).toMatchObject({ nietGroterDan: "therapeuten" });
  });

  it("keeps generated providers within the whole", () => {
    const rows = [...generateProviders(model, { count: 500, seed: 7 })];
    const parts = rows.filter((r) => typeof r.verbijzonderd === "number");
    expect(parts.length).toBeGreaterThan(100);
    for (const r of parts) expect(r.verbijzonderd as number).toBeLessThanOrEqual(r.therapeuten as number);
  });

  it("must name a number of the same type", () => {
    const errors = (relation: string, extra = "") =>
      compileText("proef.policy", policy(FACTS.replace("niet_groter_dan: therapeuten", `niet_groter_dan: ${relation}`) + extra)).diagnostics.filter((d) => d.severity === "fout").map((d) => [d.code, d.message, d.hint]);
    expect(errors("therapeutn")).toEqual([["BL201", "‘therapeutn’ is geen feit, tabel of vaste waarde van dit beleid.", "Bedoelt u ‘therapeuten’?"]]);
    expect(errors("verbijzonderd")).toEqual([["BL218", "‘verbijzonderd’ kan niet groter zijn dan zichzelf; noem een ander feit.", undefined]]);
    expect(errors("p", "  p:\n    type: percentage\n    omschrijving: Een percentage.\n")).toEqual([
      ["BL218", "‘verbijzonderd’ (getal) kan alleen worden vergeleken met een feit van hetzelfde type, maar ‘p’ is van het type percentage.", undefined],
    ]);
  });

  it("may not go round in a circle, nor leave no value", () => {
    const errors = (facts: string) => compileText("proef.policy", policy(facts)).diagnostics.filter((d) => d.severity === "fout").map((d) => [d.code, d.message]);
    const circle = FACTS.replace("    geheel: ja\n    minimum: 0\n  verbijzonderd:", "    geheel: ja\n    minimum: 0\n    niet_groter_dan: verbijzonderd\n  verbijzonderd:");
    expect(errors(circle)).toEqual([["BL218", "‘therapeuten’ en ‘verbijzonderd’ begrenzen elkaar in een kring (‘therapeuten’ ≤ ‘verbijzonderd’ ≤ ‘therapeuten’); dan zijn ze altijd gelijk. Laat één ‘niet_groter_dan’ weg."]]);
    const none = FACTS.replace("    geheel: ja\n    minimum: 0\n  verbijzonderd:", "    geheel: ja\n    minimum: 0\n    maximum: 5\n  verbijzonderd:").replace("    minimum: 0\n    niet_groter_dan", "    minimum: 7\n    niet_groter_dan");
    expect(errors(none)).toEqual([["BL218", "‘verbijzonderd’ is ten minste 7 en ‘therapeuten’ ten hoogste 5: ‘verbijzonderd’ is dan altijd groter, en de evaluator zou elke waarde weigeren."]]);
    expect(errors(FACTS.replace("niet_groter_dan: therapeuten", 'niet_groter_dan: ""'))[0]?.[1]).toContain("de sleutel van een ander feit");
  });

  it("keeps a chain of parts within their wholes in generated providers, without piling them on the whole", () => {
    const chain = `${FACTS}  hoog:
    type: getal
    omschrijving: Het aantal hooggespecialiseerde therapeuten.
    geheel: ja
    minimum: 0
    niet_groter_dan: verbijzonderd
`;
    const model = compileText("proef.policy", policy(chain)).model!;
    const rows = [...generateProviders(model, { count: 2000, seed: 11 })];
    let equal = 0;
    for (const r of rows) {
      const [t, v, h] = [r.therapeuten, r.verbijzonderd, r.hoog] as (number | null)[];
      if (typeof v === "number") expect(v).toBeLessThanOrEqual(t as number);
      if (typeof h === "number" && typeof v === "number") expect(h).toBeLessThanOrEqual(v);
      if (typeof v === "number" && v === t) equal++;
    }
    expect(equal).toBeLessThan(rows.length / 4);
  });
});
