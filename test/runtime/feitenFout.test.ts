/**
 * FeitenFout for a program: each problem has its kind (`soort`), the problems are frozen, and
 * `toJSON` gives the error as plain data, which (unlike the error) survives a structured
 * clone. A text that is a possible value in another Unicode composition is said to be so.
 */

import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { factsObjectSchema } from "../../compiler/emit/factsSchema.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { coerceFactValue } from "../../compiler/facts/coerce.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import { createInterpreter } from "../../compiler/interpret/index.js";
import { controleerFeiten, FeitenFout, type FeitBeschrijving, type FeitProbleem } from "../../runtime/facts.js";
import { oneCareTypePolicy } from "../analyse/policy.js";
import { thrownProblems } from "./feitenFout.js";

const specs: FeitBeschrijving[] = [
  { id: "aantal", type: "getal", omschrijving: "Het aantal.", minimum: 0, geheel: true },
  { id: "deel", type: "getal", omschrijving: "Een deel.", nietGroterDan: "aantal" },
  { id: "skf", type: "ja/nee", omschrijving: "SKF-keurmerk." },
  { id: "beroep", type: "keuze", omschrijving: "Het beroep.", waarden: ["Diëtist", "Fysiotherapeut"] },
  { id: "beroepen", type: "verzameling", omschrijving: "De beroepen.", waarden: ["Diëtist", "Fysiotherapeut"] },
  { id: "start", type: "datum", omschrijving: "Startdatum." },
];

const problems = (facts: unknown): readonly FeitProbleem[] => {
  try {
    controleerFeiten(specs, facts, "Fysiotherapie");
  } catch (error) {
    return (error as FeitenFout).problemen;
  }
  return [];
};

const kinds = (facts: unknown) => problems(facts).map((p) => [p.feit, p.soort]);

const NFD = "Die\u0308tist";

describe("the kind of each problem", () => {
  const usable = { aantal: 3, deel: 2, skf: true, beroep: "Diëtist", beroepen: ["Diëtist"], start: "2026-01-01" };

  it("tells missing, unknown, wrong type, not a possible value, out of range and part greater than whole apart", () => {
    expect(kinds({ ...usable, skf: undefined, beroep: 3, start: 20260101 }).filter(([f]) => f !== "skf")).toEqual([
      ["beroep", "type"],
      ["start", "type"],
    ]);
    const { skf: _skf, ...withoutSkf } = usable;
    expect(kinds(withoutSkf)).toEqual([["skf", "ontbreekt"]]);
    expect(kinds({ ...usable, skf: null })).toEqual([["skf", "onbekend"]]);
    expect(kinds({ ...usable, skf: "ja", aantal: "3" })).toEqual([["aantal", "type"], ["skf", "type"]]);
    expect(kinds({ ...usable, aantal: Infinity })).toEqual([["aantal", "type"]]);
    expect(kinds({ ...usable, beroep: "Logopedist", beroepen: ["Fysiotherapeut", "Fysiotherapeut"], start: "2026-02-30" })).toEqual([
      ["beroep", "waarde"],
      ["beroepen", "waarde"],
      ["start", "waarde"],
    ]);
    expect(kinds({ ...usable, beroepen: "Diëtist" })).toEqual([["beroepen", "type"]]);
    expect(kinds({ ...usable, aantal: -1 })).toEqual([["aantal", "bereik"]]);
    expect(kinds({ ...usable, aantal: 2.5 })).toEqual([["aantal", "bereik"]]);
    expect(kinds({ ...usable, deel: 4 })).toEqual([["deel", "verband"]]);
    expect(kinds([])).toEqual([["", "geen_object"]]);
    expect(kinds(new Map())).toEqual([["", "geen_object"]]);
  });
});

describe("FeitenFout", () => {
  const fout = (() => {
    try {
      controleerFeiten(specs, { aantal: -1 }, "Fysiotherapie");
    } catch (error) {
      return error as FeitenFout;
    }
    throw new Error("no FeitenFout");
  })();

  it("freezes its problems, as their readonly type says, and leaves the caller's list alone", () => {
    expect(Object.isFrozen(fout.problemen)).toBe(true);
    for (const p of fout.problemen) expect(Object.isFrozen(p)).toBe(true);
    expect(() => (fout.problemen as FeitProbleem[]).push({ feit: "x", soort: "type", melding: "x" })).toThrow(TypeError);
    const own: FeitProbleem[] = [{ feit: "a", soort: "type", melding: "‘a’ is fout." }];
    new FeitenFout("Fysiotherapie", own);
    expect(Object.isFrozen(own)).toBe(false);
    expect(Object.isFrozen(own[0])).toBe(false);
  });

  it("loses its problems in a structured clone, but not as plain data (toJSON)", () => {
    // What postMessage does to an Error: name and message only.
    const cloned = structuredClone(fout) as unknown as Record<string, unknown>;
    expect(cloned.message).toBe(fout.message);
    expect(cloned.problemen).toBeUndefined();
    const data = fout.toJSON();
    expect(data).toEqual({ naam: "FeitenFout", melding: fout.message, problemen: fout.problemen.map((p) => ({ ...p })) });
    expect(structuredClone(data)).toEqual(data);
    expect(JSON.parse(JSON.stringify(fout))).toEqual(data);
    expect(data.problemen.map((p) => p.soort)).toContain("bereik");
  });
});

describe("a possible value in another Unicode composition", () => {
  it("is refused, saying that it is composed differently, not that it is not a possible value", () => {
    const [beroep] = problems({ aantal: 1, deel: 1, skf: true, beroep: NFD, beroepen: [], start: "2026-01-01" });
    expect(beroep).toEqual({
      feit: "beroep",
      soort: "waarde",
      melding: `‘beroep’ is de tekst "${NFD}", anders samengesteld (Unicode) dan de mogelijke waarde "Diëtist": gebruik de gebruikelijke vorm (NFC).`,
    });
    const [beroepen] = problems({ aantal: 1, deel: 1, skf: true, beroep: "Diëtist", beroepen: ["Fysiotherapeut", NFD, "Logopedist"], start: "2026-01-01" });
    expect(beroepen?.melding).toBe(
      `‘beroepen’ bevat "Logopedist", maar mogelijke waarden zijn: "Diëtist", "Fysiotherapeut". ‘beroepen’ bevat "${NFD}", anders samengesteld (Unicode) dan de mogelijke waarde "Diëtist": gebruik de gebruikelijke vorm (NFC).`,
    );
    expect(beroepen?.melding).not.toMatch(new RegExp(`bevat "${NFD}", maar mogelijke`));
  });

  it("is said the same way in a CSV cell", () => {
    const fact = { id: "beroep", type: "keuze", description: "Het beroep.", values: ["Diëtist"] } as unknown as Parameters<typeof coerceFactValue>[0];
    expect(coerceFactValue(fact, NFD)).toEqual({ problem: `‘beroep’ is ‘${NFD}’, anders samengesteld (Unicode) dan de mogelijke waarde ‘Diëtist’: gebruik de gebruikelijke vorm (NFC).`, soort: "waarde" });
  });

  const FACTS = `  beroep:
    type: keuze
    omschrijving: Het beroep.
    waarden: [Diëtist, Fysiotherapeut]
  beroepen:
    type: verzameling
    omschrijving: De beroepen.
    waarden: [Diëtist, Fysiotherapeut]
`;
  const model = compileText(
    "proef.policy",
    oneCareTypePolicy({ title: "Samenstelling", facts: FACTS, soort: "randvoorwaarde", rules: "      r:\n        tekst: Regel r.\n        voorwaarde: beroep = \"Diëtist\" en beroepen bevat \"Diëtist\"\n" }),
  ).model!;

  it.each([
    [{ beroep: NFD, beroepen: [] }],
    [{ beroep: "Diëtist", beroepen: [NFD] }],
  ])("is refused by the evaluator, the interpreter, the facts schema and beleid eval alike: %j", async (facts) => {
    const evaluator = await loadEvaluator(model);
    const fromValidator = careTypeFactsValidator(model, "een")(facts);
    expect(fromValidator).toHaveLength(1);
    expect(fromValidator[0]?.melding).toContain("anders samengesteld (Unicode)");
    expect(thrownProblems(() => evaluator.besluit("een", facts))).toEqual(fromValidator);
    expect(thrownProblems(() => evaluator.beoordeel("een", facts))).toEqual(fromValidator);
    expect(thrownProblems(() => createInterpreter(model).besluit("een", facts))).toEqual(fromValidator);
    // The schema in any validator, not only through beleid's translation.
    const validate = new Ajv({ strict: false }).compile(factsObjectSchema(model.facts.filter((f) => f.id === "beroep" || f.id === "beroepen")));
    expect(validate(facts)).toBe(false);
    expect(validate({ beroep: "Diëtist", beroepen: ["Diëtist"] })).toBe(true);
  });
});
