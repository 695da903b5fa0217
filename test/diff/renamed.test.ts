/**
 * A renamed rule is named by both its names (a reader of the old version knows the old one),
 * and a group's introduction that changed along with the status of one of its rules is told in
 * that rule's sentence ("; ook de tekst is aangepast"), not as a change of its own.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

function sentences(before: readonly (readonly [string, string])[], after: readonly (readonly [string, string])[]): string[] {
  const report = diffModels(model(variant(before)), model(variant(after))).report;
  return report.sections.flatMap((s) => s.items.map((i) => i.sentence));
}

const RENAMED: readonly (readonly [string, string])[] = [
  ["naam: landelijke behandelindex hoger dan 150", "naam: landelijke behandelindex hoger dan 140"],
  ["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 140"],
];

describe("a renamed rule", () => {
  it("is named by its old name and its new one", () => {
    expect(sentences([], RENAMED)).toEqual([
      "In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ (nu ‘landelijke behandelindex hoger dan 140’) de grens verlaagd van 150 naar 140.",
    ]);
  });

  it("is named by both the other way round too", () => {
    expect(sentences(RENAMED, [])).toEqual([
      "In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 140’ (nu ‘landelijke behandelindex hoger dan 150’) de grens verhoogd van 140 naar 150.",
    ]);
  });

  it("with the same name is named once", () => {
    expect(sentences([], [["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 140"]])).toEqual([
      "In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ de grens verlaagd van 150 naar 140.",
    ]);
  });

  it("that stops being an intention is named by both, and not merged with another rule", () => {
    const intention: readonly (readonly [string, string])[] = [["        bij_onbekend: onwaar\n        uitzondering:", "        bij_onbekend: onwaar\n        status: voornemen\n        uitzondering:"]];
    expect(sentences(intention, [["naam: landelijke behandelindex hoger dan 150", "naam: behandelindex hoger dan 150"]])).toEqual([
      "In hoofdstuk 3.1 is de uitsluiting ‘landelijke behandelindex hoger dan 150’ (nu ‘behandelindex hoger dan 150’) niet langer een voornemen, maar definitief.",
    ]);
  });
});

describe("a group's introduction", () => {
  const intention: readonly (readonly [string, string])[] = [
    ["        bij_onbekend: onwaar\n        uitzondering:", "        bij_onbekend: onwaar\n        status: voornemen\n        uitzondering:"],
    ["    zorgsoorten: [fysiotherapie]\n    regels:\n      index_hoog:", "    zorgsoorten: [fysiotherapie]\n    inleiding: Wij overwegen selectie op de behandelindex.\n    regels:\n      index_hoog:"],
  ];
  const definitive: readonly (readonly [string, string])[] = [
    ["    zorgsoorten: [fysiotherapie]\n    regels:\n      index_hoog:", "    zorgsoorten: [fysiotherapie]\n    inleiding: Wij selecteren op de behandelindex.\n    regels:\n      index_hoog:"],
  ];

  it("changed with the status of its rule is said in that rule's sentence", () => {
    expect(sentences(intention, definitive)).toEqual([
      "In hoofdstuk 3.1 is de uitsluiting ‘landelijke behandelindex hoger dan 150’ niet langer een voornemen, maar definitief; ook de tekst is aangepast.",
    ]);
  });

  it("changed on its own is a change of its own", () => {
    expect(sentences(definitive, [["    zorgsoorten: [fysiotherapie]\n    regels:\n      index_hoog:", "    zorgsoorten: [fysiotherapie]\n    inleiding: Wij selecteren voortaan op de behandelindex.\n    regels:\n      index_hoog:"]])).toEqual([
      "In hoofdstuk 3.1 is de tekst bij ‘Selectie op de behandelindex’ aangepast.",
    ]);
  });
});
