/**
 * An exclusion's exception route that repeats the threshold ("hoger dan 150") and changed only
 * where the threshold's number changed is said in the threshold's sentence, not as a second,
 * onbepaald change of how to ask for an exception (compiler/diff/routeWithThreshold.ts).
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { model, variant } from "./base.js";

const ROUTE = "route: Vraag een uitzondering aan via zorginkoop@caresq.nl.";
const route = (n: number, rest = "via zorginkoop@caresq.nl") => `route: Hebt u een behandelindex hoger dan ${n}, vraag dan een uitzondering aan ${rest}.`;
const threshold = (n: number) => ["voorwaarde: behandelindex > 150", `voorwaarde: behandelindex > ${n}`] as const;

function items(before: readonly (readonly [string, string])[], after: readonly (readonly [string, string])[]) {
  const [older, newer] = [model(variant(before)), model(variant(after))];
  const of = (a: typeof older, b: typeof older) => diffModels(a, b).report.sections.flatMap((s) => s.items.map((i) => [i.sentence, i.change.class]));
  return { forward: of(older, newer), backward: of(newer, older) };
}

describe("a threshold whose exception route repeats it", () => {
  it("is one change when the route changed only with the threshold", () => {
    expect(items([[ROUTE, route(150)]], [[ROUTE, route(140)], threshold(140)])).toEqual({
      forward: [["In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ de grens verlaagd van 150 naar 140; ook de tekst van de uitzonderingsroute is daarop aangepast.", "strenger"]],
      backward: [["In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ de grens verhoogd van 140 naar 150; ook de tekst van de uitzonderingsroute is daarop aangepast.", "soepeler"]],
    });
  });

  it("is counted once in the report, and JSON has the threshold only", () => {
    const report = diffModels(model(variant([[ROUTE, route(150)]])), model(variant([[ROUTE, route(140)], threshold(140)]))).report;
    expect(report.counts).toEqual({ strenger: 1, soepeler: 0, onbepaald: 0, redactioneel: 0 });
    expect(JSON.parse(renderReport(report, "json")).wijzigingen.map((w: { soort: string }) => w.soort)).toEqual(["drempel_gewijzigd"]);
  });

  it("stays two changes when the route changed in other words too", () => {
    const { forward } = items([[ROUTE, route(150)]], [[ROUTE, route(140, "via het aanvraagformulier")], threshold(140)]);
    expect(forward).toEqual([
      ["In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ de grens verlaagd van 150 naar 140.", "strenger"],
      ["In hetzelfde hoofdstuk is gewijzigd hoe een zorgaanbieder een uitzondering kan aanvragen op de uitsluiting ‘landelijke behandelindex hoger dan 150’.", "onbepaald"],
    ]);
  });

  it("stays two changes when the route's number is not the threshold's", () => {
    const { forward } = items([[ROUTE, route(150)]], [[ROUTE, route(130)], threshold(140)]);
    expect(forward.map(([, cls]) => cls)).toEqual(["strenger", "onbepaald"]);
  });
});
