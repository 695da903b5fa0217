/**
 * A paragraph with a heading of its own (`kop`) added to or removed from a subject that both
 * versions have, as the CSRD paragraph in the theme verduurzaming (mondzorg 2025): the report
 * names it by its heading, "bij het thema … is de paragraaf ‘…’ opgenomen" (or "vervallen"),
 * instead of only calling the theme "aangepast".
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

const THEME_TEXT = "    tekst: Op het gebied van verduurzaming is een uniforme tekst opgesteld.\n";
const CSRD = `  csrd:
    hoofdstuk: themas
    kop: CSRD (Corporate Sustainability Reporting Directive)
    tekst: Een nieuwe ontwikkeling is de Europese CSRD.
`;
const FOLLOWING = `  csrd_uitvraag:
    hoofdstuk: themas
    tekst: De zorgverzekeraars stemmen de uitvraag onderling af.
`;

const withTexts = (...texts: string[]) => model(variant([[THEME_TEXT, THEME_TEXT + texts.join("")]]));
const base = withTexts();

function items(older: ReturnType<typeof model>, newer: ReturnType<typeof model>) {
  return diffModels(older, newer).report.sections.flatMap((s) => s.items.map((i) => [s.title, i.change.kind, i.change.class, i.sentence]));
}

describe("a paragraph with a heading of its own within a subject", () => {
  it("is named when added, and only it: the theme itself is not 'aangepast'", () => {
    expect(items(base, withTexts(CSRD))).toEqual([
      ["Algemeen", "tekst_toegevoegd", "onbepaald", "In hoofdstuk 2.1 is bij het thema verduurzaming van de zorgsector de paragraaf ‘CSRD (Corporate Sustainability Reporting Directive)’ opgenomen."],
    ]);
  });

  it("is named as vervallen when removed: the mirror, with the same key and arguments", () => {
    expect(items(withTexts(CSRD), base)).toEqual([
      ["Algemeen", "tekst_verwijderd", "onbepaald", "In hoofdstuk 2.1 is bij het thema verduurzaming van de zorgsector de paragraaf ‘CSRD (Corporate Sustainability Reporting Directive)’ vervallen."],
    ]);
    const forward = diffModels(base, withTexts(CSRD)).changes;
    const backward = diffModels(withTexts(CSRD), base).changes;
    expect(backward.map((c) => [c.key, c.args, c.chapter.old, c.careTypes])).toEqual(forward.map((c) => [c.key, c.args, c.chapter.new, c.careTypes]));
    expect(forward.map((c) => c.key)).toEqual(["paragraaf:csrd"]);
  });

  it("keeps other added paragraphs a change of the theme, next to the named paragraph", () => {
    expect(items(base, withTexts(CSRD, FOLLOWING)).map((i) => i[3])).toEqual([
      "In hoofdstuk 2.1 is het thema verduurzaming van de zorgsector aangepast.",
      "In hetzelfde hoofdstuk is bij het thema verduurzaming van de zorgsector de paragraaf ‘CSRD (Corporate Sustainability Reporting Directive)’ opgenomen.",
    ]);
  });

  it("a paragraph without a heading is still a change of the theme", () => {
    expect(items(base, withTexts(FOLLOWING)).map((i) => i[3])).toEqual(["In hoofdstuk 2.1 is het thema verduurzaming van de zorgsector aangepast."]);
  });

  it("a new theme with its own heading is still a passage about that theme", () => {
    const theme = `  inkoop:
    hoofdstuk: themas
    kop: Inkoop
    onderwerp: het thema inkoop
    tekst: Wij kopen zorg in.
`;
    expect(items(base, withTexts(theme, CSRD)).map((i) => i[3])).toEqual(["In hoofdstuk 2.1 is een passage opgenomen over het thema inkoop."]);
  });

  it("a changed paragraph with a heading is a change of its theme, as before", () => {
    const changed = withTexts(CSRD.replace("de Europese CSRD.", "de Europese CSRD-richtlijn."));
    expect(items(withTexts(CSRD), changed).map((i) => i[3])).toEqual(["In hoofdstuk 2.1 is het thema verduurzaming van de zorgsector aangepast."]);
  });
});

describe("mondzorg 2024 → 2025", () => {
  it("names the CSRD the source lists on its first page", () => {
    const older = compileFile("policies/mondzorg/2024.policy").model!;
    const newer = compileFile("policies/mondzorg/2025.policy").model!;
    const sentences = diffModels(older, newer).report.sections.flatMap((s) => s.items.map((i) => i.sentence));
    expect(sentences).toContain("In hetzelfde hoofdstuk is bij het thema verduurzaming van de zorgsector de paragraaf ‘CSRD (Corporate Sustainability Reporting Directive)’ opgenomen.");
    const back = diffModels(newer, older).report.sections.flatMap((s) => s.items.map((i) => i.sentence));
    expect(back).toContain("In hetzelfde hoofdstuk is bij het thema verduurzaming van de zorgsector de paragraaf ‘CSRD (Corporate Sustainability Reporting Directive)’ vervallen.");
  });
});
