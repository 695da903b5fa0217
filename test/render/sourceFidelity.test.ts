/**
 * The document shows what the source shows: a footnote marker only where the source has one
 * (not the exponent of "m²"), the counts the document writes itself by the change report's rule,
 * tables as the source lays them out (rows that say the same as one row, the source's words in
 * the cells) and a list that a table's introduction continues.
 */

import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import type { PolicyModel } from "../../compiler/model.js";
import { countWord } from "../../compiler/diff/format.js";
import { countInWords } from "../../compiler/render/dutch.js";
import { renderDocument } from "../../compiler/render/document.js";
import { tierCondition } from "../../compiler/render/parts/tiers.js";
import { inlineText, isFootnoteMarker } from "../../compiler/render/prose.js";
import { dietetiekSource } from "./dietetiek.js";

function compiled(source: string): PolicyModel {
  const result = compileText("dietetiek/2027.policy", source);
  if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join("; "));
  return result.model;
}

function chapter(document: string, number: string): string {
  const id = `hoofdstuk-${number.replace(/\./g, "-")}`;
  const start = document.indexOf(`<section class="hoofdstuk`, document.indexOf(`id="${id}"`) - 200);
  const next = document.indexOf(`<section class="hoofdstuk`, start + 1);
  return document.slice(start, next === -1 ? undefined : next);
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
