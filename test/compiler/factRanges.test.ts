/**
 * A fact's range (`minimum`, `maximum`, `geheel`): the evaluator, the reference interpreter and
 * the facts schema refuse a value outside it with the same message; the checker refuses a
 * range on a fact that is no number, and a range that no value fits.
 */

import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { factsObjectSchema } from "../../compiler/emit/factsSchema.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import { createInterpreter } from "../../compiler/interpret/index.js";
import { oneCareTypePolicy } from "../analyse/policy.js";
import { thrownProblems as thrown } from "../runtime/feitenFout.js";

const FACTS = `  aandeel:
    type: percentage
    omschrijving: Het aandeel in loondienst.
    minimum: 0
    maximum: 100
  aantal:
    type: getal
    omschrijving: Het aantal therapeuten.
    geheel: ja
    minimum: 0
  kosten:
    type: bedrag
    omschrijving: De kosten.
    maximum: 1000
    onbekend: Nog niet bekend.
`;

const policy = (facts = FACTS) =>
  oneCareTypePolicy({
    title: "Bereik",
    facts,
    soort: "randvoorwaarde",
    rules: "      r:\n        tekst: Regel r.\n        voorwaarde: aandeel >= 50% en aantal >= 1 en kosten <= € 500\n        bij_onbekend: onwaar\n",
  });

describe("the range of a fact", () => {
  const model = compileText("proef.policy", policy()).model!;

  it.each([
    [{ aandeel: 120, aantal: 2, kosten: 10 }, "‘aandeel’ moet een percentage van 0 tot en met 100 (een getal, 30 voor 30%) zijn, maar is het getal 120."],
    [{ aandeel: -1, aantal: 2, kosten: 10 }, "‘aandeel’ moet een percentage van 0 tot en met 100 (een getal, 30 voor 30%) zijn, maar is het getal -1."],
    [{ aandeel: 60, aantal: 2.5, kosten: 10 }, "‘aantal’ moet een geheel getal van ten minste 0 zijn, maar is het getal 2.5."],
    [{ aandeel: 60, aantal: -3, kosten: 10 }, "‘aantal’ moet een geheel getal van ten minste 0 zijn, maar is het getal -3."],
    [{ aandeel: 60, aantal: 2, kosten: 1500 }, "‘kosten’ moet een bedrag in euro van ten hoogste 1000 (een getal) zijn (of null als het onbekend is), maar is het getal 1500."],
  ])("refuses %j in the evaluator, the interpreter and the schema, with one message", async (facts, message) => {
    const evaluator = await loadEvaluator(model);
    expect(() => evaluator.besluit("een", facts)).toThrow(message);
    expect(() => evaluator.beoordeel("een", facts)).toThrow(message);
    expect(() => createInterpreter(model).besluit("een", facts)).toThrow(message);
    const problems = [{ feit: Object.keys(facts).find((k) => message.startsWith(`‘${k}’`)), soort: "bereik", melding: message }];
    expect(careTypeFactsValidator(model, "een")(facts)).toEqual(problems);
    expect(thrown(() => evaluator.besluit("een", facts))).toEqual(problems);
    expect(thrown(() => createInterpreter(model).besluit("een", facts))).toEqual(problems);
  });

  it("accepts the bounds themselves, and null for a fact that may be unknown", async () => {
    const evaluator = await loadEvaluator(model);
    for (const facts of [
      { aandeel: 0, aantal: 0, kosten: 1000 },
      { aandeel: 100, aantal: 7, kosten: null },
    ]) {
      expect(evaluator.besluit("een", facts)).toEqual(createInterpreter(model).besluit("een", facts));
      expect(careTypeFactsValidator(model, "een")(facts)).toEqual([]);
    }
  });

  it("is in the JSON Schema as minimum, maximum and integer", () => {
    const schema = factsObjectSchema(model.facts) as { properties: Record<string, unknown> };
    expect(schema.properties.aandeel).toMatchObject({ type: "number", minimum: 0, maximum: 100 });
    expect(schema.properties.aantal).toMatchObject({ type: "integer", minimum: 0 });
    expect(schema.properties.kosten).toMatchObject({ type: ["number", "null"], maximum: 1000 });
    expect(new Ajv({ strict: true }).compile(schema)({ aandeel: 100, aantal: 3, kosten: null })).toBe(true);
  });

  it("is only for numbers, and must let some value through", () => {
    const codes = (facts: string) => compileText("proef.policy", policy(FACTS + facts)).diagnostics.filter((d) => d.severity === "fout").map((d) => [d.code, d.message]);
    expect(codes("  datum_x:\n    type: datum\n    omschrijving: Een datum.\n    minimum: 0\n")).toEqual([["BL003", "Onbekend veld ‘minimum’ in feit ‘datum_x’ (type datum)."]]);
    expect(codes("  p:\n    type: percentage\n    omschrijving: Een percentage.\n    geheel: ja\n")).toEqual([["BL003", "Onbekend veld ‘geheel’ in feit ‘p’ (type percentage)."]]);
    expect(codes("  q:\n    type: getal\n    omschrijving: Een getal.\n    minimum: 10\n    maximum: 5\n")).toEqual([["BL218", "Het maximum van ‘q’ (5) is kleiner dan het minimum (10); geen waarde zou goed zijn."]]);
  });
});
