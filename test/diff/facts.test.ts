/**
 * The range of a fact (`minimum`, `maximum`, `geheel`, `niet_groter_dan`) is reported, one
 * sentence per fact under the care types that read it. A range says which values the evaluator
 * accepts, not what a provider must meet: onbepaald, as a fact's changed values are.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { model, variant } from "./base.js";

const INDEX = "    omschrijving: De landelijke behandelindex.\n";
const SHARE = "    omschrijving: Het aandeel in loondienst.\n";

/** The base policy with `lines` added to the fact whose description line is `fact`. */
const withRange = (fact: string, lines: string) => variant(lines === "" ? [] : [[fact, `${fact}${lines}`]]);

function items(older: string, newer: string) {
  return diffModels(model(older), model(newer)).report.sections.flatMap((s) => s.items.map((i) => ({ section: s.title, sentence: i.sentence, class: i.change.class })));
}

describe("a fact's range", () => {
  it.each([
    ["a minimum of zero", INDEX, "", "    minimum: 0\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer negatief zijn (minimum 0)."],
    ["another minimum", INDEX, "", "    minimum: 10\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer kleiner zijn dan 10."],
    ["a minimum of zero that went", INDEX, "    minimum: 0\n", "", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) voortaan ook negatief zijn (voorheen minimum 0)."],
    ["a raised minimum", INDEX, "    minimum: 0\n", "    minimum: 10\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer kleiner zijn dan 10 (voorheen minimum 0)."],
    ["a lowered minimum", INDEX, "    minimum: 10\n", "    minimum: 0\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) voortaan ook kleiner zijn dan 10 (minimum 0)."],
    ["a maximum", INDEX, "", "    maximum: 1500\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer groter zijn dan 1.500."],
    ["a maximum that went", INDEX, "    maximum: 1500\n", "", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) voortaan ook groter zijn dan 1.500."],
    ["a lowered maximum", INDEX, "    maximum: 1500\n", "    maximum: 500\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer groter zijn dan 500 (voorheen maximum 1.500)."],
    ["a raised maximum", INDEX, "    maximum: 500\n", "    maximum: 1500\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) voortaan ook groter zijn dan 500 (maximum 1.500)."],
    ["a whole number", INDEX, "", "    geheel: ja\n", "In hoofdstuk 3.1 moet de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) voortaan een geheel getal zijn."],
    ["no longer a whole number", INDEX, "    geheel: ja\n", "", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) voortaan ook een getal met decimalen zijn."],
    ["a minimum and a whole number", INDEX, "", "    minimum: 0\n    geheel: ja\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer negatief zijn (minimum 0) en moet voortaan een geheel getal zijn."],
    ["a decimal bound", INDEX, "", "    minimum: 2.5\n", "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer kleiner zijn dan 2,5."],
  ])("%s", (_name, fact, before, after, sentence) => {
    expect(items(withRange(fact, before), withRange(fact, after))).toEqual([{ section: "Fysiotherapie", sentence, class: "onbepaald" }]);
  });

  it("of a percentage is written with %, and a new minimum and maximum are one range", () => {
    expect(items(withRange(SHARE, ""), withRange(SHARE, "    minimum: 0\n    maximum: 100\n"))).toEqual([
      { section: "Voorbeeldzorg", sentence: "In hoofdstuk 3.1 moet het aandeel in loondienst (randvoorwaarde ‘ten minste 50% in loondienst’) voortaan een waarde van 0% tot en met 100% hebben.", class: "onbepaald" },
    ]);
    expect(items(withRange(SHARE, "    minimum: 0\n    maximum: 100\n"), withRange(SHARE, ""))).toEqual([
      { section: "Voorbeeldzorg", sentence: "In hoofdstuk 3.1 heeft het aandeel in loondienst (randvoorwaarde ‘ten minste 50% in loondienst’) geen minimum en maximum meer (voorheen 0% tot en met 100%).", class: "onbepaald" },
    ]);
    expect(items(withRange(SHARE, "    minimum: 10.5\n    maximum: 90\n"), withRange(SHARE, "    minimum: 0\n    maximum: 100\n"))[0]?.sentence).toBe(
      "In hoofdstuk 3.1 mag het aandeel in loondienst (randvoorwaarde ‘ten minste 50% in loondienst’) voortaan ook kleiner zijn dan 10,5% (minimum 0%) en mag voortaan ook groter zijn dan 90% (maximum 100%).",
    );
  });

  it("of an amount is written as money", () => {
    const amount = (lines: string) =>
      variant([
        ["  aanvraagdatum:\n", `  omzet:\n    type: bedrag\n    omschrijving: De omzet.\n${lines}  aanvraagdatum:\n`],
        ["        voorwaarde: aandeel_loondienst >= 50%", "        voorwaarde: omzet >= € 1500"],
      ]);
    expect(items(amount("    minimum: 0\n"), amount("    minimum: 1000.5\n"))[0]?.sentence).toBe("In hoofdstuk 3.1 mag de omzet (randvoorwaarde ‘ten minste 50% in loondienst’) niet langer kleiner zijn dan € 1.000,50 (voorheen minimum € 0).");
  });

  it("stands under the care types whose evaluation reads the fact", () => {
    // behandelindex: only fysiotherapie's exclusion; aandeel_loondienst: every care type.
    const sections = items(variant([]), variant([[INDEX, `${INDEX}    minimum: 0\n`], [SHARE, `${SHARE}    maximum: 100\n`]])).map((i) => i.section);
    expect(sections).toEqual(["Voorbeeldzorg", "Fysiotherapie"]);
  });

  it("comes after the changes in chapters of the same care types", () => {
    const newer = variant([
      [INDEX, `${INDEX}    minimum: 0\n`],
      ["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 140"],
    ]);
    expect(items(variant([]), newer).map((i) => i.sentence)).toEqual([
      "In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ de grens verlaagd van 150 naar 140.",
      "In hetzelfde hoofdstuk mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer negatief zijn (minimum 0).",
    ]);
  });

  it("of a fact no care type reads stands under Algemeen", () => {
    const unread = (lines: string) => variant([["  aanvraagdatum:\n", `  fysiotherapeuten:\n    type: getal\n    omschrijving: Het aantal fysiotherapeuten.\n${lines}  aanvraagdatum:\n`]]);
    expect(items(unread(""), unread("    geheel: ja\n"))).toEqual([{ section: "Algemeen", sentence: "In het beleid moet het aantal fysiotherapeuten voortaan een geheel getal zijn.", class: "onbepaald" }]);
  });

  it("of a fact only a new care type reads is part of that care type's news", () => {
    const fact = (lines: string) => ["  aanvraagdatum:\n", `  therapeuten:\n    type: getal\n    omschrijving: Het aantal therapeuten.\n${lines}  aanvraagdatum:\n`] as const;
    const logopedie = [
      "  oefentherapie:\n    naam: Oefentherapie\n",
      "  logopedie:\n    naam: Logopedie\n    overeenkomst:\n      soort: doorlopend\n      hoofdstuk: procedure\n      tekst: De zorgovereenkomst loopt door.\n  oefentherapie:\n    naam: Oefentherapie\n",
    ] as const;
    const group = [
      "\ndatumregels:",
      "  logopedisten:\n    titel: Logopedisten\n    hoofdstuk: basis\n    soort: randvoorwaarde\n    zorgsoorten: [logopedie]\n    regels:\n      twee_therapeuten:\n        naam: twee therapeuten\n        tekst: Er werken twee therapeuten.\n        voorwaarde: therapeuten >= 2\n\ndatumregels:",
    ] as const;
    const kinds = diffModels(model(variant([fact("")])), model(variant([fact("    minimum: 0\n"), logopedie, group]))).changes.map((c) => c.kind);
    expect(kinds).toContain("zorgsoort_toegevoegd");
    expect(kinds).not.toContain("feit_bereik_gewijzigd");
  });

  it("follows a fact that was renamed with was", () => {
    const newer = variant([
      ["  behandelindex:\n    type: getal\n", "  landelijke_behandelindex:\n    was: behandelindex\n    type: getal\n"],
      [INDEX, `${INDEX}    minimum: 0\n`],
      ["voorwaarde: behandelindex > 150", "voorwaarde: landelijke_behandelindex > 150"],
    ]);
    expect(items(variant([]), newer).filter((i) => i.sentence.includes("(minimum 0)"))).toEqual([
      { section: "Fysiotherapie", sentence: "In hetzelfde hoofdstuk mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer negatief zijn (minimum 0).", class: "onbepaald" },
    ]);
  });

  it("names the whole a part may not exceed (niet_groter_dan)", () => {
    const parts = (lines: string) =>
      variant([
        [
          "  aanvraagdatum:\n",
          `  therapeuten:\n    type: getal\n    omschrijving: Het aantal therapeuten.\n  fte:\n    type: getal\n    omschrijving: Het aantal FTE.\n  verbijzonderd:\n    type: getal\n    omschrijving: Het aantal verbijzonderde therapeuten.\n${lines}  aanvraagdatum:\n`,
        ],
      ]);
    const sentence = (older: string, newer: string) => items(parts(older), parts(newer)).map((i) => i.sentence);
    expect(sentence("", "    niet_groter_dan: therapeuten\n")).toEqual(["In het beleid mag het aantal verbijzonderde therapeuten niet langer groter zijn dan het aantal therapeuten."]);
    expect(sentence("    niet_groter_dan: therapeuten\n", "")).toEqual(["In het beleid mag het aantal verbijzonderde therapeuten voortaan ook groter zijn dan het aantal therapeuten."]);
    expect(sentence("    niet_groter_dan: fte\n", "    niet_groter_dan: therapeuten\n    minimum: 0\n")).toEqual([
      "In het beleid mag het aantal verbijzonderde therapeuten niet langer negatief zijn (minimum 0) en mag voortaan niet groter zijn dan het aantal therapeuten (voorheen het aantal FTE).",
    ]);
  });

  it("is not reported when only the description or unit changed", () => {
    expect(items(withRange(INDEX, "    minimum: 0\n"), variant([[INDEX, "    omschrijving: De behandelindex van Vektis.\n    eenheid: punten\n    minimum: 0\n"]]))).toEqual([]);
  });

  it("is in the JSON report with its old and new bounds", () => {
    const { report } = diffModels(model(withRange(INDEX, "    minimum: 0\n")), model(withRange(INDEX, "    minimum: 10\n    geheel: ja\n")));
    const [change] = JSON.parse(renderReport(report, "json")).wijzigingen;
    expect(change).toMatchObject({
      soort: "feit_bereik_gewijzigd",
      klasse: "onbepaald",
      sectie: "Fysiotherapie",
      zorgsoorten: ["fysiotherapie"],
      // In the chapter of the rule that reads it; the key stays.
      hoofdstuk: { oud: "3.1", nieuw: "3.1" },
      sleutel: "feit:behandelindex",
      argumenten: { feit: "behandelindex", minimum_oud: "0", minimum_nieuw: "10", minimum_richting: "verhoogd", geheel_oud: "nee", geheel_nieuw: "ja" },
      zin: "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer kleiner zijn dan 10 (voorheen minimum 0) en moet voortaan een geheel getal zijn.",
    });
    expect(Object.keys(change.argumenten)).not.toContain("maximum_oud");
  });
});
