/**
 * A rule for selective purchase (soort: selectieve_inkoop) in the change report: named "voorwaarde
 * voor selectieve inkoop", and classed like a requirement, except that a requirement that
 * becomes one costs a provider that fails it only that part of the care: soepeler.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

const SELECTIVE = `  parkinson:
    titel: Zorg bij de ziekte van Parkinson
    hoofdstuk: basis
    soort: selectieve_inkoop
    zorgsoorten: [fysiotherapie]
    regels:
      parkinsonnet:
        naam: aangesloten bij ParkinsonNet
        tekst: Deze zorg kopen wij selectief in bij zorgaanbieders met een keurmerk.
        deelzorg: zorg bij de ziekte van Parkinson
        voorwaarde: keurmerk
`;
const REQUIREMENT = SELECTIVE.replace("    soort: selectieve_inkoop\n", "    soort: randvoorwaarde\n").replace("        deelzorg: zorg bij de ziekte van Parkinson\n", "");

const withGroup = (group: string) => variant([["\ndatumregels:", `${group}\ndatumregels:`]]);

function items(older: string, newer: string) {
  return diffModels(model(older), model(newer)).report.sections.flatMap((s) => s.items.map((i) => [i.sentence, i.change.class]));
}

describe("a rule for selective purchase", () => {
  it("that is new is named as a condition for selective purchase, and is strenger", () => {
    expect(items(variant([]), withGroup(SELECTIVE))).toEqual([["In hoofdstuk 3.1 is een voorwaarde voor selectieve inkoop opgenomen: ‘aangesloten bij ParkinsonNet’.", "strenger"]]);
  });

  it("that a requirement became is soepeler, and the reverse strenger", () => {
    expect(items(withGroup(REQUIREMENT), withGroup(SELECTIVE))).toEqual([
      ["In hoofdstuk 3.1 is ‘aangesloten bij ParkinsonNet’ opgenomen als voorwaarde voor selectieve inkoop en niet langer als randvoorwaarde.", "soepeler"],
    ]);
    expect(items(withGroup(SELECTIVE), withGroup(REQUIREMENT))).toEqual([
      ["In hoofdstuk 3.1 is ‘aangesloten bij ParkinsonNet’ opgenomen als randvoorwaarde en niet langer als voorwaarde voor selectieve inkoop.", "strenger"],
    ]);
  });
});
