/**
 * An exclusion from being approached that came is said as the sources say it: "Toegevoegd dat
 * zorgaanbieders fysiotherapie met een landelijke behandelindex hoger dan 150 niet door ons
 * worden benaderd" reads "worden zorgaanbieders met ‘landelijke behandelindex hoger dan 150’
 * niet meer benaderd".
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { TEMPLATES } from "../../compiler/diff/templates.js";
import { model, variant } from "./base.js";

const rule = (id: string, name: string, condition: string) => `      ${id}:
        naam: ${name}
        tekst: Zorgaanbieders met ${name}.
        voorwaarde: ${condition}
        bij_onbekend: onwaar
`;

/** A group of exclusions from being approached in chapter 4, for `careTypes`, with `rules`. */
const group = (careTypes: string, rules: string) => [
  [
    "\ndatumregels:\n",
    `  niet_benaderd:
    titel: Uitzonderingen hierop zijn
    hoofdstuk: procedure
    soort: benaderingsuitsluiting
    zorgsoorten: ${careTypes}
    regels:
${rules}
datumregels:
`,
  ],
] as const;

const INDEX = rule("index_hoog_benaderen", "landelijke behandelindex hoger dan 150", "behandelindex > 150");
const NO_OFFER = rule("geen_aanbod", "geen contractaanbod gewenst", "keurmerk");

function sentences(after: readonly (readonly [string, string])[], before: readonly (readonly [string, string])[] = []) {
  const result = diffModels(model(variant(before)), model(variant(after)));
  expect(result.diagnostics).toEqual([]);
  return result.report.sections.flatMap((s) => s.items.map((i) => [s.title, i.change.class, i.sentence]));
}

describe("an exclusion from being approached that came", () => {
  it("names the providers it is about", () => {
    expect(sentences(group("[fysiotherapie]", INDEX))).toEqual([
      ["Fysiotherapie", "strenger", "In hoofdstuk 4 worden zorgaanbieders met ‘landelijke behandelindex hoger dan 150’ niet meer benaderd."],
    ]);
  });

  it("joins several by ‘of’, each being enough on its own", () => {
    const both = group("[fysiotherapie]", INDEX + NO_OFFER);
    expect(sentences(both)).toEqual([
      ["Fysiotherapie", "strenger", "In hoofdstuk 4 worden zorgaanbieders met ‘landelijke behandelindex hoger dan 150’ of ‘geen contractaanbod gewenst’ niet meer benaderd."],
    ]);
    expect(TEMPLATES.regel_toegevoegd({ a: {}, raw: { soort: "uitzondering op het benaderen", naam: ["a", "b", "c"] }, voor: "" })).toBe("worden zorgaanbieders met ‘a’, ‘b’ of ‘c’ niet meer benaderd.");
  });

  it("names the care types where the section’s heading does not, after ‘benaderd’", () => {
    expect(TEMPLATES.regel_toegevoegd({ a: {}, raw: { soort: "uitzondering op het benaderen", naam: "a" }, voor: " voor fysiotherapie" })).toBe(
      "worden zorgaanbieders met ‘a’ niet meer benaderd voor fysiotherapie.",
    );
  });

  it("says that it went as before", () => {
    expect(sentences([], group("[fysiotherapie]", INDEX))).toEqual([
      ["Fysiotherapie", "soepeler", "In hoofdstuk 4 is de uitzondering op het benaderen ‘landelijke behandelindex hoger dan 150’ vervallen."],
    ]);
  });
});
