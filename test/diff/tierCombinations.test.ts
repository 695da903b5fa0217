/**
 * The class of new tiers, for every combination of factors a provider can meet: a requirement
 * that becomes a factor constrains the old version (a provider that did not meet it was not
 * eligible at all), and a changed number of tiers is classed like new minimums, with the tier
 * that went (or came) named in the sentence. Found by the tester who wrote the 2027 policies.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

type Replacements = readonly (readonly [string, string])[];

function items(before: Replacements, after: Replacements) {
  const of = (a: string, b: string) =>
    diffModels(model(a), model(b)).report.sections.flatMap((s) => s.items.map((i) => ({ kinds: [i.change.kind, ...i.change.consequences.map((c) => c.kind)], class: i.change.class, sentence: i.sentence })));
  const [older, newer] = [variant(before), variant(after)];
  return { forward: of(older, newer), backward: of(newer, older) };
}

const END_OF_FACTORS = "        voorwaarde: prem\n\ndatumregels:";
/** A requirement for fysiotherapie only, in a group of its own. */
const AS_REQUIREMENT: readonly [string, string] = [
  END_OF_FACTORS,
  `        voorwaarde: prem
  extra_eisen:
    titel: Extra eisen
    hoofdstuk: basis
    soort: randvoorwaarde
    zorgsoorten: [fysiotherapie]
    regels:
      extra:
        naam: geregistreerd
        tekst: De praktijk is geregistreerd.
        voorwaarde: register

datumregels:`,
];
/** The same rule as a third differentiation factor. */
const AS_FACTOR: readonly [string, string] = [
  END_OF_FACTORS,
  `        voorwaarde: prem
      extra:
        naam: geregistreerd
        tekst: De praktijk is geregistreerd.
        voorwaarde: register

datumregels:`,
];
const A_3: readonly [string, string] = ["A: { naam: Zorgovereenkomst A, factoren: 2 }", "A: { naam: Zorgovereenkomst A, factoren: 3 }"];
const B_2: readonly [string, string] = ["B: { naam: Zorgovereenkomst B, factoren: 1 }", "B: { naam: Zorgovereenkomst B, factoren: 2 }"];
const WITHOUT_C: readonly [string, string] = ["        C: { naam: Zorgovereenkomst C, factoren: 0 }\n", ""];

describe("a requirement that becomes a factor, with new tier minimums", () => {
  it("is soepeler: who was eligible keeps the same tier, who failed the requirement now qualifies", () => {
    // A 2→3, B 1→2, C 0: with both old factors and the former requirement, A as before; with
    // one old factor and the former requirement, B as before; without the requirement, not
    // eligible before and now B or C.
    const { forward, backward } = items([AS_REQUIREMENT], [AS_FACTOR, A_3, B_2]);
    expect(forward).toEqual([
      {
        kinds: ["regel_soort_gewijzigd", "overeenkomsten_drempels_gewijzigd"],
        class: "soepeler",
        sentence:
          "In hoofdstuk 3.2 (voorheen 3.1) is ‘geregistreerd’ opgenomen als differentiatiefactor en niet langer als randvoorwaarde. Hiermee zijn de zorgovereenkomsten anders ingedeeld naar het aantal differentiatiefactoren: voorheen Zorgovereenkomst A bij twee factoren, Zorgovereenkomst B bij één factor en Zorgovereenkomst C zonder differentiatiefactoren, nu Zorgovereenkomst A bij drie factoren, Zorgovereenkomst B bij twee factoren en Zorgovereenkomst C zonder differentiatiefactoren.",
      },
    ]);
    // And the reverse: a factor that becomes a requirement excludes who does not meet it.
    expect(backward.map((i) => [i.kinds[0], i.class])).toEqual([["regel_soort_gewijzigd", "strenger"]]);
  });

  it("is still onbepaald when a free new factor comes with the raised minimums", () => {
    // Only a factor that was a requirement constrains the old version: a new factor without a
    // past lets two old factors drop from A to B while the new one alone rises from C to B.
    expect(items([], [AS_FACTOR, A_3]).forward.map((i) => [i.kinds[0], i.class])).toEqual([["regel_toegevoegd", "onbepaald"]]);
  });
});

describe("a changed number of tiers", () => {
  it("is strenger when the tier without factors goes, and names it", () => {
    const { forward, backward } = items([], [WITHOUT_C]);
    expect(forward).toEqual([
      {
        kinds: ["overeenkomsten_aantal_gewijzigd"],
        class: "strenger",
        sentence:
          "In hoofdstuk 3.2 is het aantal zorgovereenkomsten teruggebracht van drie naar twee. Zorgovereenkomst C (zonder differentiatiefactoren) is vervallen: zorgaanbieders zonder differentiatiefactoren komen niet meer in aanmerking.",
      },
    ]);
    expect(backward).toEqual([
      {
        kinds: ["overeenkomsten_aantal_gewijzigd"],
        class: "soepeler",
        sentence:
          "In hoofdstuk 3.2 is het aantal zorgovereenkomsten uitgebreid van twee naar drie. Zorgovereenkomst C (zonder differentiatiefactoren) is toegevoegd: zorgaanbieders zonder differentiatiefactoren komen voortaan in aanmerking.",
      },
    ]);
  });

  it("names where the providers of a tier that went end up", () => {
    // B (one factor) goes: those providers get C.
    const { forward } = items([], [["        B: { naam: Zorgovereenkomst B, factoren: 1 }\n", ""]]);
    expect(forward).toEqual([
      {
        kinds: ["overeenkomsten_aantal_gewijzigd"],
        class: "strenger",
        sentence:
          "In hoofdstuk 3.2 is het aantal zorgovereenkomsten teruggebracht van drie naar twee. Zorgovereenkomst B (bij één differentiatiefactor) is vervallen: zorgaanbieders met één differentiatiefactor krijgen voortaan Zorgovereenkomst C.",
      },
    ]);
  });

  it("is classed with the factor that caused it", () => {
    // A third factor and C gone: a provider with no factor loses its agreement, one with the
    // new factor alone rises from C to B.
    const { forward } = items([], [AS_FACTOR, WITHOUT_C]);
    expect(forward.map((i) => [i.kinds, i.class])).toEqual([[["regel_toegevoegd", "overeenkomsten_aantal_gewijzigd"], "onbepaald"]]);
  });
});
