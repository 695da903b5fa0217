/**
 * A table cell with the source's words next to the value a condition compares
 * (`{ waarde: Fysiotherapeut, tekst: "Fysiotherapeut (04)" }`) and a row with the source's words
 * for its key (`sleutel: { tekst: "…" }`): checked, printed by the document, kept by beleid fmt,
 * reported as wording only when only the words change, and invisible to the evaluator.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { diffModels } from "../../compiler/diff/index.js";
import { emitPolicy } from "../../compiler/emit/index.js";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { renderDocument } from "../../compiler/render/document.js";
import { model, variant } from "../diff/base.js";

const COLUMNS = "      agb: { titel: AGB-code, type: verzameling }\n";
const ROWS = '      fysiotherapie: { agb: ["04", "90"] }\n      oefentherapie: { agb: ["07"] }\n';

/** The base policy's Vektis table with a text column `beroep` and the given rows. */
function withRows(rows: string, extraColumn = ""): string {
  return variant([
    [COLUMNS, `${COLUMNS}      beroep: { titel: Beroep, type: tekst }\n${extraColumn}`],
    [ROWS, rows],
  ]);
}

const PLAIN = withRows('      fysiotherapie: { agb: ["04", "90"], beroep: Fysiotherapeut }\n      oefentherapie: { agb: ["07"], beroep: Oefentherapeut }\n');
const WORDS = withRows(
  '      fysiotherapie: { agb: ["04", "90"], beroep: { waarde: Fysiotherapeut, tekst: "Fysiotherapeut (04)" } }\n' +
    '      oefentherapie: { sleutel: { tekst: Oefentherapie (Cesar en Mensendieck) }, agb: ["07"], beroep: Oefentherapeut }\n',
);

function diagnosticsOf(text: string): string {
  const result = compileText("voorbeeld.policy", text);
  return renderDiagnostics(result.diagnostics, result.sources, { colour: false });
}

function items(older: string, newer: string) {
  return diffModels(model(older), model(newer)).report.sections.flatMap((s) => s.items.map((i) => [s.title, i.sentence, i.change.class]));
}

function table(text: string) {
  const found = model(text).tables.find((t) => t.id === "codes");
  if (!found) throw new Error("geen tabel codes");
  return found;
}

describe("checking", () => {
  it("keeps the value as the cell and the words beside it", () => {
    const rows = table(WORDS).rows;
    expect(rows[0]?.cells.beroep).toEqual({ type: "tekst", value: "Fysiotherapeut" });
    expect(rows[0]?.texts).toEqual({ beroep: "Fysiotherapeut (04)" });
    expect(rows[0]?.keyText).toBeUndefined();
    expect(rows[1]?.texts).toBeUndefined();
    expect(rows[1]?.keyText).toBe("Oefentherapie (Cesar en Mensendieck)");
    // The cells are those of the plain form.
    expect(rows.map((r) => r.cells)).toEqual(table(PLAIN).rows.map((r) => r.cells));
  });

  it("takes the words for a set and a number too", () => {
    const text = withRows('      fysiotherapie: { agb: { waarde: ["04", "90"], tekst: "04, 90" }, beroep: x, aantal: { waarde: "3", tekst: drie } }\n      oefentherapie: { agb: ["07"], beroep: y, aantal: "1" }\n', "      aantal: { titel: Aantal, type: getal }\n");
    const row = table(text).rows[0];
    expect(row?.cells.agb).toEqual({ type: "verzameling", value: ["04", "90"] });
    expect(row?.cells.aantal).toEqual({ type: "getal", value: 3 });
    expect(row?.texts).toEqual({ agb: "04, 90", aantal: "drie" });
  });

  it("refuses the words in a condition column, with the reason", () => {
    const text = withRows('      fysiotherapie: { agb: ["04"], beroep: x, eis: { waarde: register, tekst: Register } }\n      oefentherapie: { agb: ["07"], beroep: y, eis: register }\n', "      eis: { titel: Eis, type: voorwaarde }\n");
    const shown = diagnosticsOf(text);
    expect(shown).toContain(`voorbeeld.policy:132:${'      fysiotherapie: { agb: ["04"], beroep: x, eis: '.length + 1} fout BL005: Hier wordt in kolom ‘eis’ (een voorwaarde) alleen de voorwaarde verwacht, maar er staat een voorwaarde met een tekst.`);
    expect(shown).toContain("hint: Het document toont een voorwaarde zelf in woorden. Wilt u de woorden van de bron tonen, zet ze dan in een kolom van het type tekst");
    expect(shown.match(/ fout /g)).toHaveLength(1);
  });

  it("refuses empty words, an unknown field, a missing value and a column named sleutel", () => {
    // The first diagnostic for a row of fysiotherapie, and where in the row's line it points.
    const first = (row: string, at: string, message: string) => {
      const line = `      fysiotherapie: ${row}`;
      const shown = diagnosticsOf(withRows(`${line}\n      oefentherapie: { agb: ["07"], beroep: Oefentherapeut }\n`)).split("\n")[0];
      expect(shown).toBe(`voorbeeld.policy:131:${line.indexOf(at) + 1} fout ${message}`);
    };
    first('{ agb: ["04"], beroep: { waarde: x, tekst: "" } }', '""', "BL011: ‘tekst’ van ‘beroep’ van rij ‘fysiotherapie’ mag niet leeg zijn.");
    first('{ agb: ["04"], beroep: { waarde: x, tekst: "  " } }', '"  "', "BL011: De tekst van de cel ‘beroep’ in rij ‘fysiotherapie’ van tabel ‘codes’ mag niet leeg zijn.");
    first('{ agb: ["04"], beroep: { waarde: x, tekst: y, noot: z } }', "noot", "BL003: Onbekend veld ‘noot’ in ‘beroep’ van rij ‘fysiotherapie’.");
    first('{ agb: ["04"], beroep: { tekst: y } }', "beroep", "BL004: Het verplichte veld ‘waarde’ ontbreekt in ‘beroep’ van rij ‘fysiotherapie’.");
    first('{ agb: ["04"], beroep: x, sleutel: { tekst: "" } }', '""', "BL011: ‘tekst’ van ‘sleutel’ van rij ‘fysiotherapie’ mag niet leeg zijn.");
    first('{ agb: ["04"], beroep: x, sleutel: { waarde: x, tekst: y } }', "waarde", "BL003: Onbekend veld ‘waarde’ in ‘sleutel’ van rij ‘fysiotherapie’.");
    const column = diagnosticsOf(withRows(ROWS.replace(/ }\n/g, ", beroep: x }\n"), "      sleutel: { titel: Sleutel, type: tekst }\n"));
    expect(column.split("\n")[0]).toBe("voorbeeld.policy:130:7 fout BL215: ‘sleutel’ is geen geldige naam.");
    expect(column).toContain('hint: ‘sleutel’ is in een rij de plaats voor de woorden van de bron bij de sleutel (sleutel: { tekst: "…" }); geef de kolom een andere naam.');
    expect(column.match(/ fout /g)).toHaveLength(1);
  });
});

describe("the document", () => {
  it("prints the source's words for the cell and the key", () => {
    const document = renderDocument(model(WORDS)).content.value;
    expect(document).toContain("<td>Fysiotherapeut (04)</td>");
    expect(document).not.toContain("<td>Fysiotherapeut</td>");
    expect(document).toContain('<th scope="row">Oefentherapie (Cesar en Mensendieck)</th>');
    expect(document).toContain('<th scope="row">Fysiotherapie</th>');
  });

  it("of paramedische zorg 2026-07 shows the Vektis table as the source does", () => {
    const text = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8");
    const result = compileText("policies/paramedische-zorg/2026-07.policy", text);
    if (!result.model) throw new Error("compileert niet");
    const document = renderDocument(result.model).content.value;
    const vektis = document.slice(document.indexOf('id="tabel-vektis"'), document.indexOf("</table>", document.indexOf('id="tabel-vektis"')));
    for (const words of ["Fysiotherapeut (04)", "Oefentherapeut (07)", "Logopedist (05)", "Huidtherapeut", "Diëtist (24)", "Ergotherapeut (88)", "Leefstijlcoach", "Podotherapeut"]) {
      expect(vektis).toContain(`<td>${words}</td>`);
    }
    expect(vektis).toContain('<th scope="row">Gecombineerde Leefstijl Interventie vrijgevestigden</th>');
  });
});

describe("the change report", () => {
  it("calls other words for the same values redactioneel", () => {
    expect(items(PLAIN, WORDS)).toEqual([
      ["Voorbeeldzorg", "In hoofdstuk 4 zijn in de tabel ‘Vektis registratie’ twee rijen gewijzigd: ‘Fysiotherapie’ en ‘Oefentherapie (Cesar en Mensendieck)’.", "redactioneel"],
    ]);
  });

  it("sees no change where the words are those the value already printed", () => {
    const same = withRows('      fysiotherapie: { agb: ["04", "90"], beroep: { waarde: Fysiotherapeut, tekst: Fysiotherapeut } }\n      oefentherapie: { agb: ["07"], beroep: Oefentherapeut }\n');
    expect(items(PLAIN, same)).toEqual([]);
    // A set as the document prints it, and the care type's own name for the key.
    const printed = withRows('      fysiotherapie: { sleutel: { tekst: Fysiotherapie }, agb: { waarde: ["04", "90"], tekst: 04 en 90 }, beroep: Fysiotherapeut }\n      oefentherapie: { agb: ["07"], beroep: Oefentherapeut }\n');
    expect(items(PLAIN, printed)).toEqual([]);
  });

  it("reports a changed value as before, also when the words stay", () => {
    const changed = WORDS.replace("waarde: Fysiotherapeut,", "waarde: Fysiotherapeut2,");
    const [item, ...rest] = items(WORDS, changed);
    expect(rest).toEqual([]);
    expect(item?.[1]).toBe("In hoofdstuk 4 is in de tabel ‘Vektis registratie’ de rij ‘Fysiotherapie’ gewijzigd.");
    expect(item?.[2]).toBe("onbepaald");
  });
});

describe("beleid fmt", () => {
  it("keeps the form, puts the key's words first and the value before the words", () => {
    const messy = withRows('      fysiotherapie: { agb: ["04", "90"], beroep: { tekst: "Fysiotherapeut (04)", waarde: Fysiotherapeut }, sleutel: { tekst: "Fysio" } }\n      oefentherapie: { agb: ["07"], beroep: Oefentherapeut }\n');
    const formatted = formatPolicyText(messy).text;
    expect(formatted).toContain('      fysiotherapie: { sleutel: { tekst: Fysio }, agb: ["04", "90"], beroep: { waarde: Fysiotherapeut, tekst: Fysiotherapeut (04) } }\n');
    expect(formatPolicyText(formatted).text).toBe(formatted);
    expect(table(formatted).rows).toEqual(table(messy).rows.map((r) => ({ ...r, span: expect.anything() })));
  });

  it("writes a number or date in a cell with words as it writes a plain cell", () => {
    const text = withRows('      fysiotherapie: { agb: ["04"], beroep: Fysiotherapeut, aantal: { waarde: "3", tekst: drie } }\n      oefentherapie: { agb: ["07"], beroep: Oefentherapeut, aantal: "1" }\n', "      aantal: { titel: Aantal, type: getal }\n");
    expect(formatPolicyText(text).text).toContain('      fysiotherapie: { agb: ["04"], beroep: Fysiotherapeut, aantal: { waarde: 3, tekst: drie } }\n      oefentherapie: { agb: ["07"], beroep: Oefentherapeut, aantal: 1 }\n');
  });
});

describe("the evaluator", () => {
  it("of paramedische zorg 2026-07 is the same without the source's words", async () => {
    const path = "policies/paramedische-zorg/2026-07.policy";
    const text = readFileSync(path, "utf8");
    const plain = text.replace(/\{ waarde: ([^,{}]+), tekst: [^{}]+ \}/g, "$1").replace(/sleutel: \{ tekst: [^{}]+ \}, /g, "");
    expect(plain).not.toBe(text);
    expect(plain).not.toMatch(/\{ waarde:|sleutel: \{ tekst/);
    const emit = async (source: string) => {
      const result = compileText(path, source);
      if (!result.model) throw new Error("compileert niet");
      return emitPolicy(result.model, { runtimeImport: "../../runtime/index.js", sourceName: "2026-07.policy" });
    };
    expect(await emit(text)).toEqual(await emit(plain));
  });
});
