/**
 * What the printed document needs beyond the screen, and texts that are more than a paragraph:
 * a list in a table cell, a cross-reference that names its chapter (print shows it instead of a
 * page number), a chapter's footnotes at its end with linked markers, and the print rules of
 * web/beleid.css for the "Voornemen" legend and cross-references.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { renderDocument } from "../../compiler/render/document.js";
import { inlineText, parseFootnotes } from "../../compiler/render/prose.js";
import { dietetiekSource } from "./dietetiek.js";
import { model, chapter } from "./models.js";

describe("a list in a table cell", () => {
  it("renders the diplomas of the Prothesen row of Hulpmiddelen 2026-07 as a list after the cell's sentence", () => {
    const document = renderDocument(model("policies/hulpmiddelen/2026-07.policy")).content.value;
    const row = /<tr><th scope="row">(?:<span[^>]*>)*Prothesen.*?<\/tr>/s.exec(document)?.[0] ?? "";
    expect(row).toContain("<td>SEMH-certificaat OIM, en minimaal in het bezit van diploma:<ul><li>Bemetel primair orthopedisch instrumentenmaker, of;</li>");
    expect(row.split("<li>").length - 1).toBe(4);
    expect(row).toContain("<li>Adviseur Gezondheidstechnische Voorzieningen (orthopedisch technicus, orthopedisch technoloog)</li></ul></td>");
    expect(row).not.toContain("- Bemetel");
    // A cell of one line stays a line, without a paragraph around it.
    expect(document).toContain("<td>ISO-certificaat en WDTM Ketenkeurmerk</td>");
  });
});

describe("a cross-reference to a heading", () => {
  it("is marked as one and names the chapter of the heading, for print", () => {
    const document = renderDocument(model("policies/paramedische-zorg/2026-07.policy")).content.value;
    expect(document).toContain('zie <span class="verwijzing" data-hoofdstuk="4">‘<a href="#tekst-geen_aanbod">Geen aanbod ontvangen</a>’</span>.');
  });

  it("has no chapter number when the links do not know it", () => {
    const links = { headingHref: () => "#tekst-x" };
    expect(inlineText("zie ‘X’ op pagina 3.", links).value).toBe('zie <span class="verwijzing">‘<a href="#tekst-x">X</a>’</span>.');
  });
});

describe("footnotes", () => {
  it("reads a text of '¹ …' lines as footnotes, and nothing else", () => {
    expect(parseFootnotes("¹ Een bron | RIVM\n² Een tweede\n¹⁰ De tiende")).toEqual([
      { number: "1", marker: "¹", text: "Een bron | RIVM" },
      { number: "2", marker: "²", text: "Een tweede" },
      { number: "10", marker: "¹⁰", text: "De tiende" },
    ]);
    expect(parseFootnotes("¹ Een bron\nGewone tekst")).toBeUndefined();
    expect(parseFootnotes("Een ruimte van 20 m².")).toBeUndefined();
    expect(parseFootnotes("¹Zonder spatie")).toBeUndefined();
  });

  it("puts the notes of Mondzorg 2025 chapter 2.1 at its end, each marker linked to its note and back", () => {
    const document = renderDocument(model("policies/mondzorg/2025.policy")).content.value;
    const section = chapter(document, "2.1");
    expect(section).toContain('gezondheid<a class="voetnootteken" id="voetnootteken-2-1-1" href="#voetnoot-2-1-1" aria-label="voetnoot 1">¹</a>.');
    expect(section).toContain('zorglandschap<a class="voetnootteken" id="voetnootteken-2-1-2" href="#voetnoot-2-1-2" aria-label="voetnoot 2">²</a>.');
    const notes = section.slice(section.indexOf('<div class="voetnoten">'));
    expect(section.indexOf('<div class="voetnoten">')).toBeGreaterThan(section.indexOf("Groene Initiatieven"));
    expect(notes).toContain('<p id="voetnoot-2-1-1"><a class="voetnootteken" href="#voetnootteken-2-1-1" aria-label="terug naar de tekst bij voetnoot 1">¹</a> Het effect van de Nederlandse zorg op het milieu.');
    expect(notes).toContain('<p id="voetnoot-2-1-2"><a class="voetnootteken" href="#voetnootteken-2-1-2" aria-label="terug naar de tekst bij voetnoot 2">²</a> Green Deal Samen werken aan duurzame zorg');
    // The notes are not also a paragraph in the middle of the chapter, and appear once.
    expect(document.split("Methode voor milieuvoetafdruk").length - 1).toBe(1);
    expect(document.split('<div class="voetnoten">').length - 1).toBe(1);
  });

  it("links only markers of the chapter's notes, and a note back only when the text has its marker", () => {
    const source = `${dietetiekSource(2027)}teksten:
  ruimte:
    hoofdstuk: voorwaarden
    tekst: Een behandelruimte van 30 m³ volstaat¹.
  noten:
    hoofdstuk: voorwaarden
    tekst: |-
      ¹ Richtlijn praktijkruimte
      ² Een noot zonder teken in de tekst
  elders:
    hoofdstuk: overeenkomst
    tekst: In een ander hoofdstuk¹.
`;
    const result = compileText("dietetiek/2027.policy", source);
    if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
    const document = renderDocument(result.model).content.value;
    const section = chapter(document, "3");
    expect(section).toContain('30 m³ volstaat<a class="voetnootteken" id="voetnootteken-3-1" href="#voetnoot-3-1" aria-label="voetnoot 1">¹</a>.');
    expect(section).toContain('<p id="voetnoot-3-1"><a class="voetnootteken" href="#voetnootteken-3-1"');
    expect(section).toContain('<p id="voetnoot-3-2">² Een noot zonder teken in de tekst</p>');
    // Chapter 4 has no notes: its ¹ stays as written.
    expect(chapter(document, "4")).toContain("In een ander hoofdstuk¹.");
  });

  it("links no superscript digit in a chapter without footnotes", () => {
    const document = renderDocument(model("policies/paramedische-zorg/2026-07.policy")).content.value;
    expect(document).not.toContain("voetnoot");
  });
});

describe("the print rules", () => {
  const css = readFileSync("web/beleid.css", "utf8");
  const print = css.slice(css.indexOf("@media print {"));

  it("keeps the 'Voornemen' legend with chapter 1 instead of on a page of its own", () => {
    expect(print).toMatch(/\.voornemen-uitleg \{\s*break-before: page;\s*break-after: avoid;/);
    expect(print).toMatch(/\.voornemen-uitleg \+ \.hoofdstuk\.niveau-1 \{\s*break-before: auto;/);
  });

  it("underlines a cross-reference and adds its chapter", () => {
    expect(print).toMatch(/\.verwijzing a \{\s*text-decoration: underline;/);
    expect(print).toContain('content: " (hoofdstuk " attr(data-hoofdstuk) ")";');
  });
});
