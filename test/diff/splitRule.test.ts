/**
 * A rule that moves with a care type split off from the one it applied to (`afgesplitst_van`,
 * the rule's key unchanged) did not go: the report says it now applies to the new care type
 * instead, under the care type it left, and not "vervallen". Found by the 2027 tester
 * (partusassistentie split off from kraamzorg).
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, OEFEN, OEFEN_ROW, variant } from "./base.js";

type Replacements = readonly (readonly [string, string])[];

/** A requirement in a group of its own, for the care types `careTypes`. */
const group = (careTypes: string, name = "oefenruimte aanwezig", condition = "register") => [
  "\ndatumregels:",
  `  oefenruimte:
    titel: Oefenruimte
    hoofdstuk: basis
    soort: randvoorwaarde
    zorgsoorten: [${careTypes}]
    regels:
      oefenruimte:
        naam: ${name}
        tekst: De praktijk heeft een oefenruimte.
        voorwaarde: ${condition}

datumregels:`,
] as const;

const WITHOUT_OEFEN: Replacements = [
  [OEFEN, ""],
  [OEFEN_ROW, ""],
];
const SPLIT: Replacements = [[OEFEN, `${OEFEN}    afgesplitst_van: fysiotherapie\n`]];

function items(before: Replacements, after: Replacements) {
  const of = (a: string, b: string) =>
    diffModels(model(a), model(b)).report.sections.flatMap((s) => s.items.map((i) => ({ section: s.title, kind: i.change.kind, class: i.change.class, sentence: i.sentence })));
  const [older, newer] = [variant(before), variant(after)];
  return { forward: of(older, newer), backward: of(newer, older) };
}

describe("a rule that moves with a split-off care type", () => {
  it("applies to the new care type instead, under the care type it left", () => {
    const { forward, backward } = items([...WITHOUT_OEFEN, group("fysiotherapie")], [...SPLIT, group("oefentherapie")]);
    expect(forward).toEqual([
      {
        section: "Fysiotherapie",
        kind: "regel_zorgsoort_gewijzigd",
        // For fysiotherapie a requirement less; for oefentherapie it still holds, now for its own agreement.
        class: "soepeler",
        sentence: "In hoofdstuk 3.1 geldt de randvoorwaarde ‘oefenruimte aanwezig’ voortaan voor de zorgsoort ‘Oefentherapie’ in plaats van voor fysiotherapie.",
      },
      {
        section: "Oefentherapie",
        kind: "zorgsoort_afgesplitst",
        class: "onbepaald",
        // Named in the chapter of its own rules, which the moved rule now is.
        sentence: "In hoofdstuk 3.1 wordt de zorgsoort ‘Oefentherapie’ voortaan apart ingekocht (voorheen onder ‘Fysiotherapie’), met een eigen zorgovereenkomst.",
      },
    ]);
    // Merged back: the mirror.
    expect(backward).toEqual([
      {
        section: "Fysiotherapie",
        kind: "regel_zorgsoort_gewijzigd",
        class: "strenger",
        sentence: "In hoofdstuk 3.1 geldt de randvoorwaarde ‘oefenruimte aanwezig’ voortaan voor de zorgsoort ‘Fysiotherapie’ in plaats van voor oefentherapie.",
      },
      {
        section: "Oefentherapie",
        kind: "zorgsoort_samengevoegd",
        class: "onbepaald",
        sentence: "In hoofdstuk 3.1 wordt de zorgsoort ‘Oefentherapie’ niet langer apart ingekocht, maar weer onder ‘Fysiotherapie’; daarvoor is er geen eigen zorgovereenkomst meer.",
      },
    ]);
  });

  it("names the rule by both names when it was renamed, and tells a change of the rule itself under the new care type", () => {
    const { forward } = items([...WITHOUT_OEFEN, group("fysiotherapie")], [...SPLIT, group("oefentherapie", "eigen oefenruimte", "register en keurmerk")]);
    expect(forward.map((i) => [i.section, i.kind, i.class, i.sentence])).toEqual([
      [
        "Fysiotherapie",
        "regel_zorgsoort_gewijzigd",
        "soepeler",
        "In hoofdstuk 3.1 geldt de randvoorwaarde ‘oefenruimte aanwezig’ (nu ‘eigen oefenruimte’) voortaan voor de zorgsoort ‘Oefentherapie’ in plaats van voor fysiotherapie.",
      ],
      ["Oefentherapie", "voorwaarde_gewijzigd", "strenger", "In hoofdstuk 3.1 is de randvoorwaarde ‘oefenruimte aanwezig’ aangescherpt tot ‘eigen oefenruimte’."],
      ["Oefentherapie", "zorgsoort_afgesplitst", "onbepaald", "In hetzelfde hoofdstuk wordt de zorgsoort ‘Oefentherapie’ voortaan apart ingekocht (voorheen onder ‘Fysiotherapie’), met een eigen zorgovereenkomst."],
    ]);
  });

  it("still goes for the care types it left that the new care type was not split off from", () => {
    // A rule for a care type that is not split keeps being reported as it was: here a rule
    // that simply went from fysiotherapie, with oefentherapie new and not split off.
    const { forward } = items([...WITHOUT_OEFEN, group("fysiotherapie")], [group("oefentherapie")]);
    expect(forward.map((i) => [i.section, i.kind, i.class])).toEqual([
      ["Fysiotherapie", "regel_verwijderd", "soepeler"],
      ["Oefentherapie", "zorgsoort_toegevoegd", "soepeler"],
    ]);
  });
});
