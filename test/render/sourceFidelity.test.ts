/**
 * The document shows what the source shows: a footnote marker only where the source has one
 * (not the exponent of "m²"), the counts the document writes itself by the change report's rule,
 * tables as the source lays them out (rows that say the same as one row, the source's words in
 * the cells) and a list that a table's introduction continues.
 */

import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { group, policyWith, rule } from "../analyse/policy.js";
import type { PolicyModel } from "../../compiler/model.js";
import { countWord } from "../../compiler/diff/format.js";
import { countInWords } from "../../compiler/render/dutch.js";
import { renderDocument } from "../../compiler/render/document.js";
import { tierCondition } from "../../compiler/render/parts/tiers.js";
import { inlineText, isFootnoteMarker } from "../../compiler/render/prose.js";
import { dietetiekSource } from "./dietetiek.js";
import { model, chapter } from "./models.js";

function compiled(source: string): PolicyModel {
  const result = compileText(source.includes("domein: proef") ? "proef.policy" : "dietetiek/2027.policy", source);
  if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
  return result.model;
}

describe("footnote markers", () => {
  const links = {
    headingHref: () => undefined,
    footnoteMarker: (n: string) => ({ href: `#voetnoot-${n}`, id: undefined }),
  };
  const linked = (text: string) => [...inlineText(text, links).value.matchAll(/aria-label="voetnoot (\d+)">/g)].map((m) => m[1]);

  it("are superscript digits after a word or a closing mark, not an exponent", () => {
    expect(linked("gezondheid¹ en het zorglandschap.²")).toEqual(["1", "2"]);
    expect(linked("een ruimte van 20 m², 3 cm³ of 2 km² en x²")).toEqual([]);
    expect(linked("10⁶ deeltjes")).toEqual([]);
    expect(isFootnoteMarker("gezondheid¹", "gezondheid".length)).toBe(true);
    expect(isFootnoteMarker("20 m²", "20 m".length)).toBe(false);
  });

  it("leave 'm²' alone in a chapter that has a footnote ², and link the real marker", () => {
    const document = renderDocument(
      compiled(`${dietetiekSource(2027)}teksten:
  ruimte:
    hoofdstuk: voorwaarden
    tekst: Een behandelruimte van ten minste 20 m² volstaat¹, mits goed geventileerd².
  noten:
    hoofdstuk: voorwaarden
    tekst: |-
      ¹ Richtlijn praktijkruimte
      ² Richtlijn ventilatie
`),
    ).content.value;
    const section = chapter(document, "3");
    expect(section).toContain("ten minste 20 m² volstaat");
    expect(section).not.toContain('m<a class="voetnootteken"');
    expect(section).toContain('volstaat<a class="voetnootteken" id="voetnootteken-3-1" href="#voetnoot-3-1" aria-label="voetnoot 1">¹</a>');
    expect(section).toContain('geventileerd<a class="voetnootteken" id="voetnootteken-3-2" href="#voetnoot-3-2" aria-label="voetnoot 2">²</a>.');
  });
});

describe("counts the document writes itself", () => {
  it("follow the change report's rule, with the same function", () => {
    for (let n = 0; n <= 1200; n++) expect(countInWords(n)).toBe(countWord(n));
    expect([20, 21, 30, 45, 100, 200, 250].map(countInWords)).toEqual(["twintig", "21", "dertig", "45", "honderd", "tweehonderd", "250"]);
    expect(tierCondition({ factors: 30 })).toBe("Voldoet aan de algemene voorwaarden en dertig differentiatiefactoren");
    expect(tierCondition({ factors: 1 })).toBe("Voldoet aan de algemene voorwaarden en één differentiatiefactor");
  });
});

/** The text content of an HTML fragment, whitespace collapsed. */
function text(markup: string): string {
  return markup.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
}

/** The rows of a table as text, by the id of its section. */
function rows(document: string, tableId: string): string[] {
  const start = document.indexOf(`tabel-${tableId}"`);
  const table = document.slice(start, document.indexOf("</table>", start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => text(m[1] ?? "")).slice(1);
}

describe("tables and lists as in the source", () => {
  const schema = (introduction: string) => `tabellen:
  schema:
    titel: Benodigd certificaat
    hoofdstuk: h
    inleiding: ${introduction}
    sleutel: { titel: Zorgsoort, zorgsoort: ja }
    kolommen:
      benodigd: { titel: Benodigd, type: tekst }
      eis: { titel: Eis, type: voorwaarde }
    rijen:
      een: { benodigd: v1-certificaat, eis: 's bevat "v1"' }
      twee: { benodigd: v1-certificaat, eis: 's bevat "v1"' }
`;
  const list = group("lijst", "randvoorwaarde", rule("r_a", "a") + rule("r_b", "b"));
  const perSourceRow = group("per_rij", "randvoorwaarde", rule("r_v1", "schema[zorgsoort].eis"));

  it("ends the list before a table with the bullet that the table's introduction is, without a heading between them", () => {
    const document = renderDocument(compiled(`${policyWith(list + perSourceRow)}${schema("'- Bij een aantal zorgsoorten is een certificaat nodig. Zie het schema:'")}`)).content.value;
    expect(document).toContain('<li id="regel-r_b" class="regel">Regel r_b.</li><li>Bij een aantal zorgsoorten is een certificaat nodig. Zie het schema:</li></ul>');
    expect(document).not.toContain("<h3 id=\"tabel-schema\"");
    expect(document).toContain('<section class="opzoektabel" id="tabel-schema">');
    expect(document.split("Bij een aantal zorgsoorten").length - 1).toBe(1);
    // An introduction that is a paragraph stays the table's own, under its heading.
    const paragraph = renderDocument(compiled(`${policyWith(list + perSourceRow)}${schema("Zie het schema.")}`)).content.value;
    expect(paragraph).toContain('<h3 id="tabel-schema">Benodigd certificaat</h3>\n<p>Zie het schema.</p>');
  });

  it("prints the rows of one rule that read the same as one row, as the source's row, and other rows as they are", () => {
    const document = renderDocument(compiled(`${policyWith(list + perSourceRow)}${schema("Zie het schema.")}`)).content.value;
    expect(rows(document, "schema")).toEqual(["Een, Twee v1-certificaat"]);
    expect(document).toContain('<th scope="row"><span id="regel-r_v1" class="regel">Een, Twee</span></th>');
    // Without a rule per source row, every row is a row of its own (a term per hulpmiddel).
    const without = renderDocument(compiled(`${policyWith(list)}${schema("Zie het schema.")}`)).content.value;
    expect(rows(without, "schema")).toEqual(["Een v1-certificaat", "Twee v1-certificaat"]);
  });

  it("shows chapter 3 of Hulpmiddelen 2026-07 as the source: the last bullet in its list, the ISO-certificaat row once", () => {
    const document = renderDocument(model("policies/hulpmiddelen/2026-07.policy")).content.value;
    const section = chapter(document, "3");
    const randvoorwaarden = section.slice(section.indexOf('id="groep-hulpmiddelen_randvoorwaarden"'), section.indexOf("</ul>", section.indexOf('id="groep-hulpmiddelen_randvoorwaarden"')));
    expect(randvoorwaarden.split("<li").length - 1).toBe(7);
    expect(text(randvoorwaarden)).toMatch(/kwaliteit van zorg; Bij een aantal inhoudelijke standaardzorgovereenkomsten .* In onderstaand schema vindt u meer informatie:$/);
    expect(section).not.toMatch(/<p>\s*Bij een aantal inhoudelijke/);
    expect(section).not.toContain('<h3 id="tabel-certificering">');
    const schemaRows = rows(section, "certificering");
    expect(schemaRows[0]).toBe(
      "BAHA, communicatiehulpmiddelen, compensatie arm, hand en vingerfunctie, compressietherapie, CPAP, infuustherapie, insulinepompen, kinderrevalidatie, ligorthesen, vernevelaars, MRA, revalidatiehulpmiddelen, solo apparatuur, sondevoedingszorg, slaap positie trainer, slijmuitzuigapparatuur, TENS, tracheostoma, visuele hulpmiddelen, wek- en waarschuwing, zuurstof ISO-certificaat",
    );
    expect(schemaRows.map((row) => row.split(" ")[0])).toEqual(["BAHA,", "Elastische", "Mammaprothesen", "Orthopedisch", "Audiciens", "Low", "Medische", "Orthesen", "Personenalarmering", "Prothesen", "Haarwerken"]);
    // Chapter 4's table of terms lists every hulpmiddel on a row of its own, as the source does.
    expect(rows(document, "doorlopende_overeenkomsten").length).toBeGreaterThan(10);
  });
});
