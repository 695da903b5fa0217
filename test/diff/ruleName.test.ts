/**
 * A rule whose name (`naam`) changed and nothing else: the name is what the check page and the
 * explanation of a decision show, so the report says it, as redactioneel. Found by the 2027
 * tester: a new name, with `was` or under the same key, was never reported.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

type Replacements = readonly (readonly [string, string])[];

function items(before: Replacements, after: Replacements) {
  const of = (a: string, b: string) =>
    diffModels(model(a), model(b)).report.sections.flatMap((s) => s.items.map((i) => ({ section: s.title, kind: i.change.kind, class: i.change.class, sentence: i.sentence, args: i.change.args })));
  const [older, newer] = [variant(before), variant(after)];
  return { forward: of(older, newer), backward: of(newer, older) };
}

const RENAMED: Replacements = [["naam: landelijke behandelindex hoger dan 150", "naam: behandelindex hoger dan 150"]];

describe("a rule with a new name", () => {
  it("under the same key is reported as redactioneel, by both names", () => {
    const { forward, backward } = items([], RENAMED);
    expect(forward).toEqual([
      {
        section: "Fysiotherapie",
        kind: "regel_naam_gewijzigd",
        class: "redactioneel",
        sentence: "In hoofdstuk 3.1 is de naam van de uitsluiting ‘landelijke behandelindex hoger dan 150’ gewijzigd in ‘behandelindex hoger dan 150’.",
        args: { soort: "uitsluiting", naam: "behandelindex hoger dan 150", oude_naam: "landelijke behandelindex hoger dan 150" },
      },
    ]);
    expect(backward.map((i) => i.sentence)).toEqual(["In hoofdstuk 3.1 is de naam van de uitsluiting ‘behandelindex hoger dan 150’ gewijzigd in ‘landelijke behandelindex hoger dan 150’."]);
  });

  it("with a new key and `was` too", () => {
    const withWas: Replacements = [["      index_hoog:\n        naam: landelijke behandelindex hoger dan 150", "      index_boven_150:\n        was: index_hoog\n        naam: behandelindex hoger dan 150"]];
    expect(items([], withWas).forward.map((i) => [i.kind, i.class, i.sentence])).toEqual([
      ["regel_naam_gewijzigd", "redactioneel", "In hoofdstuk 3.1 is de naam van de uitsluiting ‘landelijke behandelindex hoger dan 150’ gewijzigd in ‘behandelindex hoger dan 150’."],
    ]);
  });

  it("is said once, in the sentence of another change of the rule", () => {
    const lowered: Replacements = [...RENAMED, ["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 140"]];
    expect(items([], lowered).forward.map((i) => [i.kind, i.sentence])).toEqual([
      ["drempel_gewijzigd", "In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ (nu ‘behandelindex hoger dan 150’) de grens verlaagd van 150 naar 140."],
    ]);
  });
});
