/**
 * New tier minimums (`differentiatie.overeenkomsten.X.factoren`) are classed by what they do
 * to every combination of factors a provider can meet, together with factors that came or
 * went: a raised minimum only moves providers down (strenger), a lowered one only up
 * (soepeler), and a new factor with a raised minimum cuts both ways (onbepaald).
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

const THIRD_FACTOR: readonly [string, string] = [
  "        voorwaarde: prem\n\ndatumregels:",
  "        voorwaarde: prem\n      extra_factor:\n        naam: extra\n        tekst: De praktijk doet iets extra.\n        voorwaarde: register\n\ndatumregels:",
];
const A_RAISED: readonly [string, string] = ["A: { naam: Zorgovereenkomst A, factoren: 2 }", "A: { naam: Zorgovereenkomst A, factoren: 3 }"];

function classes(before: readonly (readonly [string, string])[], after: readonly (readonly [string, string])[]) {
  const older = model(variant(before));
  const newer = model(variant(after));
  const of = (a: typeof older, b: typeof older) => diffModels(a, b).report.sections.flatMap((s) => s.items.map((i) => [i.change.kind, i.change.class]));
  return { forward: of(older, newer), backward: of(newer, older) };
}

describe("new tier minimums", () => {
  it("are strenger when a minimum is raised, soepeler when it is lowered", () => {
    expect(classes([THIRD_FACTOR], [THIRD_FACTOR, A_RAISED])).toEqual({
      forward: [["overeenkomsten_drempels_gewijzigd", "strenger"]],
      backward: [["overeenkomsten_drempels_gewijzigd", "soepeler"]],
    });
  });

  it("are onbepaald with a new factor: two old factors drop from A to B, the new one alone rises from C to B", () => {
    expect(classes([], [THIRD_FACTOR, A_RAISED])).toEqual({
      forward: [["regel_toegevoegd", "onbepaald"]],
      backward: [["regel_verwijderd", "onbepaald"]],
    });
  });

  it("are soepeler with a new factor when the minimums only go down", () => {
    const fourth: readonly [string, string] = ["        voorwaarde: register\n\ndatumregels:", "        voorwaarde: register\n      vierde_factor:\n        naam: vierde\n        tekst: De praktijk doet nog iets.\n        voorwaarde: keurmerk\n\ndatumregels:"];
    expect(classes([THIRD_FACTOR, A_RAISED], [THIRD_FACTOR, fourth])).toEqual({
      forward: [["regel_toegevoegd", "soepeler"]],
      backward: [["regel_verwijderd", "strenger"]],
    });
  });
});
