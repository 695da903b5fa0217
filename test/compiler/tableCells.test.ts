/**
 * A bad cell of a table is told once, by its own diagnostic (BL004, BL005, BL011), and only that
 * cell is cut out: the table stays, so ‘volgorde’ and the rules that name it find it (no
 * follow-on BL317 ‘Hoofdstuk 3 heeft geen tabel …’). A column named `sleutel` is BL215 with what
 * `sleutel` is for, also when the rows fill it, and nothing else.
 */

import { describe, expect, it } from "vitest";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

/** A policy with table `beroepen` (keyed by care type) in chapter h, placed by `volgorde`, whose rows are `rows` and a rule that reads it. */
function withTable(rows: string, columns = "      beroep: { titel: Beroep, type: tekst }\n      grens: { titel: Grens, type: getal }\n"): string {
  return policyWith(group("g", "randvoorwaarde", rule("r", "y > beroepen[zorgsoort].grens")))
    .replace('  h: { nummer: "3", titel: Voorwaarden }\n', '  h: { nummer: "3", titel: Voorwaarden, volgorde: [groep g, tabel beroepen] }\n')
    .concat(`tabellen:\n  beroepen:\n    titel: Beroepen\n    hoofdstuk: h\n    sleutel: { titel: Zorgsoort, zorgsoort: ja }\n    kolommen:\n${columns}    rijen:\n${rows}`);
}

/** The errors: code, the text pointed at, message and hint. */
function errors(text: string) {
  const result = compile(text);
  return result.diagnostics.filter((d) => d.severity === "fout").map((d) => ({ code: d.code, at: result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "", message: d.message, hint: d.hint }));
}

const twee = "      twee: { beroep: Tweede, grens: 2 }\n";

describe("a bad cell of a table", () => {
  it("is valid as the rows are written here, so each case below has only its own error", () => {
    expect(errors(withTable(`      een: { beroep: { waarde: Podotherapeut, tekst: Podotherapeut (26) }, grens: 1 }\n${twee}`))).toEqual([]);
  });

  it.each([
    ["a text without its value", "{ tekst: Podotherapeut (26) }", "BL004", "Het verplichte veld ‘waarde’ ontbreekt in ‘beroep’ van rij ‘een’."],
    ["a value without the source's words", "{ waarde: Podotherapeut }", "BL004", "Het verplichte veld ‘tekst’ ontbreekt in ‘beroep’ van rij ‘een’."],
    ["empty words", '{ waarde: Podotherapeut, tekst: "" }', "BL011", "‘tekst’ van ‘beroep’ van rij ‘een’ mag niet leeg zijn."],
    ["a map as its value", "{ waarde: { naam: Podotherapeut }, tekst: Podotherapeut }", "BL005", "Hier wordt een waarde of een lijst van waarden verwacht, maar er staat een lijst van sleutels met waarden."],
  ])("%s is told once, and the table stays for volgorde and the rule", (_what, cell, code, message) => {
    const found = errors(withTable(`      een: { beroep: ${cell}, grens: 1 }\n${twee}`));
    expect(found.map((d) => [d.code, d.message])).toEqual([[code, message]]);
    expect(found.map((d) => d.code)).not.toContain("BL317");
  });

  it("is told once per row, and the other cells of its row still count", () => {
    const found = errors(withTable("      een: { beroep: { tekst: Een }, grens: 1 }\n      twee: { beroep: { waarde: { a: b }, tekst: Twee }, grens: twee }\n"));
    expect(found.map((d) => d.code)).toEqual(["BL004", "BL005", "BL211"]);
  });
});

describe("a row that is no map of cells", () => {
  it("is told once; the table stays with its other rows", () => {
    const found = errors(withTable(`      een: Podotherapeut\n${twee}`));
    expect(found.map((d) => [d.code, d.at])).toEqual([["BL005", "Podotherapeut"]]);
  });
});

describe("a column named sleutel", () => {
  const hint = "‘sleutel’ is in een rij de plaats voor de woorden van de bron bij de sleutel (sleutel: { tekst: \"…\" }); geef de kolom een andere naam.";
  const columns = "      sleutel: { titel: Sleutel, type: tekst }\n      grens: { titel: Grens, type: getal }\n";

  it("is BL215 with what sleutel is for, and only that, when the rows fill it", () => {
    const found = errors(withTable("      een: { sleutel: Een, grens: 1 }\n      twee: { sleutel: [Twee, Drie], grens: 2 }\n", columns));
    expect(found).toEqual([{ code: "BL215", at: "sleutel", message: "‘sleutel’ is geen geldige naam.", hint }]);
  });

  it("is BL215 alone when the rows leave it empty", () => {
    expect(errors(withTable("      een: { grens: 1 }\n      twee: { grens: 2 }\n", columns)).map((d) => d.code)).toEqual(["BL215"]);
  });
});
