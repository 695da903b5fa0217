/**
 * An exclusion's exception: its condition is read like any rule's (aangescherpt, versoepeld),
 * its route is a procedure in free text that beleid cannot read, so a route that reads
 * otherwise is onbepaald, and only a route's spelling is redactioneel.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

const ROUTE = "route: Vraag een uitzondering aan via zorginkoop@caresq.nl.";
const CONDITION = "          voorwaarde: uitzondering\n";
const NARROWER = "          voorwaarde: uitzondering en behandelindex <= 175\n          bij_onbekend: onwaar\n";

function items(after: readonly (readonly [string, string])[]) {
  const older = model(variant([]));
  const newer = model(variant(after));
  const of = (a: typeof older, b: typeof older) => diffModels(a, b).report.sections.flatMap((s) => s.items.map((i) => [i.sentence, i.change.class]));
  return { forward: of(older, newer), backward: of(newer, older) };
}

describe("a changed exception", () => {
  it("with another route is onbepaald: how to ask for it changed", () => {
    const sentence = "In hoofdstuk 3.1 is gewijzigd hoe een zorgaanbieder een uitzondering kan aanvragen op de uitsluiting ‘landelijke behandelindex hoger dan 150’.";
    expect(items([[ROUTE, "route: Vraag vóór 1 oktober 2025 een uitzondering aan via zorginkoop@caresq.nl of het aanvraagformulier."]])).toEqual({
      forward: [[sentence, "onbepaald"]],
      backward: [[sentence, "onbepaald"]],
    });
  });

  it("with a route spelled otherwise is redactioneel", () => {
    expect(items([[ROUTE, "route: Vraag een uitzondering aan via Zorginkoop@Caresq.nl."]]).forward).toEqual([
      ["In hoofdstuk 3.1 is de tekst over het aanvragen van een uitzondering op de uitsluiting ‘landelijke behandelindex hoger dan 150’ aangepast; de manier van aanvragen is niet veranderd.", "redactioneel"],
    ]);
  });

  it("with a narrower condition says that the condition for the exception was tightened, and mirrors", () => {
    expect(items([[CONDITION, NARROWER]])).toEqual({
      forward: [["In hoofdstuk 3.1 is de voorwaarde voor een uitzondering op de uitsluiting ‘landelijke behandelindex hoger dan 150’ aangescherpt.", "strenger"]],
      backward: [["In hoofdstuk 3.1 is de voorwaarde voor een uitzondering op de uitsluiting ‘landelijke behandelindex hoger dan 150’ versoepeld.", "soepeler"]],
    });
  });

  it("with a narrower condition and another route is onbepaald, and says both", () => {
    expect(items([[CONDITION, NARROWER], [ROUTE, "route: Vraag een uitzondering aan via het aanvraagformulier."]]).forward).toEqual([
      [
        "In hoofdstuk 3.1 is de voorwaarde voor een uitzondering op de uitsluiting ‘landelijke behandelindex hoger dan 150’ aangescherpt; ook is gewijzigd hoe een zorgaanbieder die uitzondering aanvraagt.",
        "onbepaald",
      ],
    ]);
  });

  it("that counts an unknown value as met is versoepeld", () => {
    const unknown = (value: string) => `          voorwaarde: uitzondering en behandelindex <= 175\n          bij_onbekend: ${value}\n`;
    const older = model(variant([[CONDITION, unknown("onwaar")]]));
    const newer = model(variant([[CONDITION, unknown("waar")]]));
    expect(diffModels(older, newer).report.sections.flatMap((s) => s.items.map((i) => [i.sentence, i.change.class]))).toEqual([
      ["In hoofdstuk 3.1 is de voorwaarde voor een uitzondering op de uitsluiting ‘landelijke behandelindex hoger dan 150’ versoepeld.", "soepeler"],
    ]);
  });
});
