/**
 * A table in both versions is compared whole: its title, its introduction and the titles of
 * the columns the document shows, besides its rows; and a row is named in a sentence as the
 * document names it (the source's words for the key, the column that names the rows, the care
 * type's name, or the key as printed), while the JSON report keeps the rows' keys.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import type { PolicyModel } from "../../compiler/model.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { model, variant } from "./base.js";

const FILE = "policies/hulpmiddelen/2026-07.policy";
const HULPMIDDELEN = readFileSync(FILE, "utf8");

function compiled(text: string): PolicyModel {
  const result = compileText(FILE, text);
  if (!result.model) throw new Error(renderDiagnostics(result.diagnostics, result.sources, { colour: false }));
  return result.model;
}

function items(older: PolicyModel, newer: PolicyModel) {
  const result = diffModels(older, newer);
  expect(result.diagnostics).toEqual([]);
  return result.report.sections.flatMap((s) => s.items.map((i) => [s.title, i.change.kind, i.change.class, i.sentence]));
}

/** The certification schema of Hulpmiddelen 2026-07 with its title, introduction and a row changed, as the tester did. */
const EDITED = variant(
  [
    ["    titel: Benodigd certificaat, keurmerk en/of registratie\n    hoofdstuk: voorwaarden", "    titel: Benodigde certificaten, keurmerken en registraties\n    hoofdstuk: voorwaarden"],
    ["In onderstaand schema\n      vindt u meer informatie:", "In het schema hieronder\n      vindt u meer informatie:"],
    ['eis: certificaten bevat "SEMH-certificaat OSB"', 'eis: certificaten bevat "SEMH-certificaat OSB" of certificaten bevat "ISO-certificaat"'],
    ["      looptijd: { titel: Looptijd, type: tekst }", "      looptijd: { titel: Looptijd van de zorgovereenkomst, type: tekst }"],
  ],
  HULPMIDDELEN,
);

describe("a table in both versions", () => {
  it("reports its title, its introduction, a column title and a row named as the document names it", () => {
    expect(items(compiled(HULPMIDDELEN), compiled(EDITED))).toEqual([
      ["Hulpmiddelen", "tabel_titel_gewijzigd", "redactioneel", "In hoofdstuk 3 is de titel van de tabel ‘Benodigd certificaat, keurmerk en/of registratie’ gewijzigd in ‘Benodigde certificaten, keurmerken en registraties’."],
      ["Hulpmiddelen", "tekst_gewijzigd", "onbepaald", "In hetzelfde hoofdstuk is de tekst bij de tabel ‘Benodigde certificaten, keurmerken en registraties’ aangepast."],
      ["Hulpmiddelen", "kolomkop_gewijzigd", "redactioneel", "In hoofdstuk 4 is in de tabel ‘Doorlopende zorgovereenkomst’ de kolomkop ‘Looptijd’ gewijzigd in ‘Looptijd van de zorgovereenkomst’."],
      // The schema names the row in its first column ("Orthopedisch schoeisel"), not by the care type (Orthopedische schoenen) or the key.
      ["Orthopedische schoenen", "tabelrijen_gewijzigd", "soepeler", "In hoofdstuk 3 is in de tabel ‘Benodigde certificaten, keurmerken en registraties’ de rij ‘Orthopedisch schoeisel’ gewijzigd."],
    ]);
  });

  it("mirrors in the reverse diff, and the JSON report keeps the rows' keys", () => {
    const backward = items(compiled(EDITED), compiled(HULPMIDDELEN));
    expect(backward.map((i) => i[3])).toContain(
      "In hoofdstuk 3 is de titel van de tabel ‘Benodigde certificaten, keurmerken en registraties’ gewijzigd in ‘Benodigd certificaat, keurmerk en/of registratie’.",
    );
    expect(backward.map((i) => i[3])).toContain("In hoofdstuk 4 is in de tabel ‘Doorlopende zorgovereenkomst’ de kolomkop ‘Looptijd van de zorgovereenkomst’ gewijzigd in ‘Looptijd’.");
    const json = JSON.parse(renderReport(diffModels(compiled(HULPMIDDELEN), compiled(EDITED)).report, "json"));
    const row = json.wijzigingen.find((w: { soort: string }) => w.soort === "tabelrijen_gewijzigd");
    expect(row.argumenten.rijen).toEqual(["orthopedische_schoenen"]);
    // The table's old title too, as a renamed rule's old name (the sentence before says it changed).
    expect(row.argumenten.oude_tabel).toBe("Benodigd certificaat, keurmerk en/of registratie");
    expect(row.zin).toContain("de rij ‘Orthopedisch schoeisel’");
  });

  it("reports no title the document does not print: the column that names the rows, a condition that restates a text column", () => {
    const hidden = variant(
      [
        ["        titel: Hulpmiddel (zoals in het schema)", "        titel: Hulpmiddel (zoals in de bron)"],
        ["        titel: Eis\n", "        titel: Eis van de evaluator\n"],
      ],
      HULPMIDDELEN,
    );
    expect(items(compiled(HULPMIDDELEN), compiled(hidden))).toEqual([]);
  });

  it("reads an introduction written as a bullet or as a paragraph as the same words", () => {
    const paragraph = variant([["    inleiding: >-\n      - Bij een aantal", "    inleiding: >-\n      Bij een aantal"]], HULPMIDDELEN);
    expect(items(compiled(paragraph), compiled(HULPMIDDELEN))).toEqual([]);
  });
});

describe("a table of the small policy", () => {
  const diff = (after: readonly (readonly [string, string])[], before: readonly (readonly [string, string])[] = []) => items(model(variant(before)), model(variant(after)));

  it("names the key's column by its title, and the key's words for a row", () => {
    expect(diff([["sleutel: { titel: Zorgsoort, zorgsoort: ja }", "sleutel: { titel: Soort zorg, zorgsoort: ja }"]])).toEqual([
      ["Algemeen", "kolomkop_gewijzigd", "redactioneel", "In hoofdstuk 4 is in de tabel ‘Vektis registratie’ de kolomkop ‘Zorgsoort’ gewijzigd in ‘Soort zorg’."],
    ]);
    const words = [['oefentherapie: { agb: ["07"] }', 'oefentherapie: { sleutel: { tekst: Oefentherapie (Cesar en Mensendieck) }, agb: ["07", "24"] }']] as const;
    expect(diff(words)).toEqual([
      ["Oefentherapie", "tabelrijen_gewijzigd", "onbepaald", "In hoofdstuk 4 is in de tabel ‘Vektis registratie’ de rij ‘Oefentherapie (Cesar en Mensendieck)’ gewijzigd."],
    ]);
    // A removed row as the older version named it.
    expect(diff([['      oefentherapie: { agb: ["07"] }\n', ""]], words).map((i) => i[3])).toContain(
      "In hoofdstuk 4 is uit de tabel ‘Vektis registratie’ de rij ‘Oefentherapie (Cesar en Mensendieck)’ vervallen.",
    );
  });

  it("names the rows of a table without care types by their key as the document prints it", () => {
    const table = `  contact:
    titel: Bereikbaarheid
    hoofdstuk: planning
    sleutel: { titel: Onderwerp }
    kolommen:
      adres: { titel: Adres, type: tekst }
    rijen:
      vragen_zorginkoop: { adres: zorginkoop@caresq.nl }
`;
    const before = [["\nplanning:\n", `${table}\nplanning:\n`]] as const;
    const after = [["\nplanning:\n", `${table}      vragen_declaraties: { adres: declaraties@caresq.nl }\n\nplanning:\n`]] as const;
    expect(diff(after, before)).toEqual([["Algemeen", "tabelrijen_toegevoegd", "onbepaald", "In hoofdstuk 5 is aan de tabel ‘Bereikbaarheid’ de rij ‘Vragen declaraties’ toegevoegd."]]);
  });

  it("calls an introduction with only another spelling redactioneel, other words onbepaald", () => {
    const intro = (text: string) => [["    hoofdstuk: procedure\n    sleutel:", `    hoofdstuk: procedure\n    inleiding: ${text}\n    sleutel:`]] as const;
    expect(diff(intro("Per zorgsoort de AGB-codes."), intro("Per zorgsoort de AGB codes."))).toEqual([
      ["Algemeen", "tekst_gewijzigd", "redactioneel", "In hoofdstuk 4 is de tekst bij de tabel ‘Vektis registratie’ aangepast."],
    ]);
    expect(diff(intro("De AGB-codes die gelden."), intro("De AGB-codes die wij vragen."))[0]?.slice(1, 3)).toEqual(["tekst_gewijzigd", "onbepaald"]);
    // An introduction that came: a changed text as well.
    expect(diff(intro("De AGB-codes."))).toEqual([["Algemeen", "tekst_gewijzigd", "onbepaald", "In hoofdstuk 4 is de tekst bij de tabel ‘Vektis registratie’ aangepast."]]);
  });
});
