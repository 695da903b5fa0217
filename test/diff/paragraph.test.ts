/**
 * The own rules of a new (or dropped) care type outside the chapter it is introduced in, when
 * their whole group is that care type's, are named by that group's title: the paragraph the
 * document has. Mondzorg 2025 models "CBT’s … kunnen een zorgovereenkomst aanvragen" with
 * conditions for being approached; a CBT is not approached, it applies and is then offered an
 * agreement: the rules are named as conditions for a contract offer, which says both.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, OEFEN, OEFEN_ROW, variant } from "./base.js";

const WITHOUT_OEFEN = [
  [OEFEN, ""],
  [OEFEN_ROW, ""],
] as const;

/** Oefentherapie's own conditions in 3.1 and, in chapter 4, how to apply; `careTypes` of the second group. */
const ownGroups = (careTypes = "[oefentherapie]") =>
  [
    [
      "groepen:\n",
      `groepen:
  oefen_basis:
    titel: Oefentherapie - randvoorwaarden
    hoofdstuk: basis
    soort: randvoorwaarde
    zorgsoorten: [oefentherapie]
    regels:
      oefen_keurmerk:
        naam: keurmerk oefentherapie
        tekst: De praktijk heeft het keurmerk.
        voorwaarde: keurmerk
  oefen_aanvraag:
    titel: Oefentherapie
    hoofdstuk: procedure
    soort: benaderingsvoorwaarde
    zorgsoorten: ${careTypes}
    regels:
      oefen_aangevraagd:
        naam: zorgovereenkomst aangevraagd voor 1 september 2025
        tekst: Praktijken voor oefentherapie vragen voor 1 september 2025 een zorgovereenkomst aan.
        zorgsoorten: [oefentherapie]
        voorwaarde: bekend(aanvraagdatum) en aanvraagdatum < 2025-09-01
        bij_onbekend: onwaar
`,
    ],
  ] as const;

function report(before: readonly (readonly [string, string])[], after: readonly (readonly [string, string])[]) {
  const result = diffModels(model(variant(before)), model(variant(after)));
  expect(result.diagnostics).toEqual([]);
  return result.report.sections.flatMap((s) => s.items.map((i) => ({ kind: i.change.kind, class: i.change.class, sentence: i.sentence })));
}

describe("the own paragraph of a new care type", () => {
  it("is named by its group's title, not by the kind of its rules", () => {
    expect(report(WITHOUT_OEFEN, ownGroups())).toEqual([
      { kind: "zorgsoort_toegevoegd", class: "soepeler", sentence: "In hoofdstuk 3.1 is de zorgsoort ‘Oefentherapie’ toegevoegd, met een eigen zorgovereenkomst." },
      {
        kind: "regel_toegevoegd",
        class: "onbepaald",
        sentence: "In hoofdstuk 4 is de paragraaf ‘Oefentherapie’ opgenomen, met de voorwaarde voor een contractaanbod ‘zorgovereenkomst aangevraagd voor 1 september 2025’.",
      },
    ]);
  });

  it("is named so when the care type goes too", () => {
    expect(report(ownGroups(), WITHOUT_OEFEN)).toContainEqual({
      kind: "regel_verwijderd",
      class: "onbepaald",
      sentence: "In hoofdstuk 4 is de paragraaf ‘Oefentherapie’ vervallen, met de voorwaarde voor een contractaanbod ‘zorgovereenkomst aangevraagd voor 1 september 2025’.",
    });
  });

  it("names several rules of the paragraph after a colon, and rules of another kind by their kind", () => {
    const [from, to] = ownGroups()[0]!;
    const second = "        bij_onbekend: onwaar\n      oefen_voorwaarden:\n        naam: de voorwaarden van hoofdstuk 3.1\n        tekst: Praktijken die voldoen aan hoofdstuk 3.1.\n        voorwaarde: keurmerk\n";
    const two: (readonly [string, string])[] = [[from, to.replace("        bij_onbekend: onwaar\n", second)]];
    expect(report(WITHOUT_OEFEN, two).map((i) => i.sentence)).toContain(
      "In hoofdstuk 4 is de paragraaf ‘Oefentherapie’ opgenomen, met de voorwaarden voor een contractaanbod: ‘zorgovereenkomst aangevraagd voor 1 september 2025’ en ‘de voorwaarden van hoofdstuk 3.1’.",
    );
    const requirement: (readonly [string, string])[] = [[from, to.replace("    hoofdstuk: procedure\n    soort: benaderingsvoorwaarde", "    hoofdstuk: procedure\n    soort: randvoorwaarde")]];
    expect(report(WITHOUT_OEFEN, requirement).map((i) => i.sentence)).toContain(
      "In hoofdstuk 4 is de paragraaf ‘Oefentherapie’ opgenomen, met de randvoorwaarde ‘zorgovereenkomst aangevraagd voor 1 september 2025’.",
    );
  });

  it("is not a paragraph when the group is shared with a care type that stays: then the kind of rule is named", () => {
    const items = report(WITHOUT_OEFEN, ownGroups("[fysiotherapie, oefentherapie]"));
    expect(items.map((i) => i.sentence)).toContain("In hoofdstuk 4 is een voorwaarde om benaderd te worden opgenomen: ‘zorgovereenkomst aangevraagd voor 1 september 2025’.");
  });
});
