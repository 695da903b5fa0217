/**
 * A heading that reads otherwise under the same key: a chapter's title and a group's title
 * (its heading in the document). Redactioneel, as a moved rule is: the rules under it are the
 * same.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { model, variant } from "./base.js";

function items(older: string, newer: string) {
  return diffModels(model(older), model(newer)).report.sections.flatMap((s) => s.items.map((i) => [s.title, i.sentence, i.change.class]));
}

describe("a group's title", () => {
  it("is reported under the care types of the group", () => {
    expect(items(variant([]), variant([["    titel: Randvoorwaarden\n", "    titel: Basiseisen\n"]]))).toEqual([
      ["Voorbeeldzorg", "In hoofdstuk 3.1 is het kopje ‘Randvoorwaarden’ gewijzigd in ‘Basiseisen’.", "redactioneel"],
    ]);
  });

  it("of a group that also moved names both chapters, next to its moved rules", () => {
    const newer = variant([["    titel: Differentiatiefactoren\n    hoofdstuk: gedifferentieerd", "    titel: Factoren voor gedifferentieerde inkoop\n    hoofdstuk: procedure"]]);
    expect(items(variant([]), newer)).toEqual([
      ["Fysiotherapie", "In hoofdstuk 4 (voorheen 3.2) is het kopje ‘Differentiatiefactoren’ gewijzigd in ‘Factoren voor gedifferentieerde inkoop’.", "redactioneel"],
      ["Fysiotherapie", "De differentiatiefactoren ‘keurmerk’ en ‘PREM’ staan nu in hoofdstuk 4 (voorheen 3.2).", "redactioneel"],
    ]);
  });

  it("that changed along with its introduction is two sentences", () => {
    const newer = variant([["    titel: Selectie op de behandelindex\n", "    titel: Selectie op basis van de behandelindex\n    inleiding: Wij selecteren op de landelijke behandelindex.\n"]]);
    expect(items(variant([]), newer)).toEqual([
      ["Fysiotherapie", "In hoofdstuk 3.1 is het kopje ‘Selectie op de behandelindex’ gewijzigd in ‘Selectie op basis van de behandelindex’.", "redactioneel"],
      ["Fysiotherapie", "In hetzelfde hoofdstuk is de tekst bij ‘Selectie op basis van de behandelindex’ aangepast.", "onbepaald"],
    ]);
  });

  it("that only moved on a year is the yearly rollover", () => {
    const older = variant([
      ["jaar: 2026", "jaar: 2025"],
      ["datum: 2025-10-24", "datum: 2024-10-24"],
      ["looptijd: 2026-2027", "looptijd: 2025-2026"],
      ["tekst: Caresq biedt een tweejarige zorgovereenkomst 2026-2027 aan.", "tekst: Caresq biedt een tweejarige zorgovereenkomst 2025-2026 aan."],
      ["    titel: Selectie op de behandelindex\n", "    titel: Selectie op de behandelindex 2025\n"],
    ]);
    const newer = variant([["    titel: Selectie op de behandelindex\n", "    titel: Selectie op de behandelindex 2026\n"]]);
    expect(items(older, newer)).toEqual([["Algemeen", "Voor het contractjaar 2026 zijn datums en jaartallen op vier plaatsen van 2025 naar 2026 opgeschoven; dat is verder geen wijziging.", "redactioneel"]]);
  });

  it("is in the JSON report with the old and the new title", () => {
    const { report } = diffModels(model(variant([])), model(variant([["    titel: Randvoorwaarden\n", "    titel: Basiseisen\n"]])));
    expect(JSON.parse(renderReport(report, "json")).wijzigingen).toMatchObject([
      { soort: "groep_titel_gewijzigd", klasse: "redactioneel", sleutel: "groep:algemeen", hoofdstuk: { oud: "3.1", nieuw: "3.1" }, argumenten: { oud: "Randvoorwaarden", nieuw: "Basiseisen" } },
    ]);
  });
});

describe("a chapter's title", () => {
  it("is reported, and a new number with it in a sentence of its own", () => {
    expect(items(variant([]), variant([['procedure: { nummer: "4", titel: Inkoopprocedure }', 'procedure: { nummer: "4.1", titel: Procedure }']]))).toEqual([
      ["Algemeen", "Hoofdstuk ‘Procedure’ heeft het nummer 4.1 gekregen (voorheen 4).", "redactioneel"],
      ["Algemeen", "In hetzelfde hoofdstuk is de titel gewijzigd van ‘Inkoopprocedure’ in ‘Procedure’.", "redactioneel"],
    ]);
  });
});
