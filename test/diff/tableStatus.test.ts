/**
 * A table whose `status` changed (voornemen ↔ definitief) is reported as a rule's status is,
 * in both directions, and named by its new title when it got one.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import type { PolicyModel } from "../../compiler/model.js";
import { model, variant } from "./base.js";

const DEFINITIVE = variant([]);
const INTENDED = variant([["    hoofdstuk: procedure\n    sleutel: { titel: Zorgsoort", "    hoofdstuk: procedure\n    status: voornemen\n    sleutel: { titel: Zorgsoort"]]);

function items(older: PolicyModel, newer: PolicyModel) {
  const result = diffModels(older, newer);
  expect(result.diagnostics).toEqual([]);
  return result.report.sections.flatMap((s) => s.items.map((i) => [i.change.kind, i.change.class, i.sentence]));
}

describe("a table's status", () => {
  it("is reported when an intended table becomes definitive, and the other way round", () => {
    expect(items(model(INTENDED), model(DEFINITIVE))).toEqual([["tabel_status_gewijzigd", "onbepaald", "In hoofdstuk 4 is de tabel ‘Vektis registratie’ niet langer een voornemen, maar definitief."]]);
    expect(items(model(DEFINITIVE), model(INTENDED))).toEqual([["tabel_status_gewijzigd", "onbepaald", "In hoofdstuk 4 is de tabel ‘Vektis registratie’ niet langer definitief, maar een voornemen."]]);
  });

  it("names a renamed table by its new title, and keeps the old one in JSON", () => {
    const renamed = variant([["    titel: Vektis registratie", "    titel: Registratie bij Vektis"]]);
    const older = model(INTENDED);
    const newer = model(renamed);
    expect(items(older, newer).map((i) => i[2])).toEqual([
      "In hoofdstuk 4 is de titel van de tabel ‘Vektis registratie’ gewijzigd in ‘Registratie bij Vektis’.",
      "In hetzelfde hoofdstuk is de tabel ‘Registratie bij Vektis’ niet langer een voornemen, maar definitief.",
    ]);
    const json = JSON.parse(renderReport(diffModels(older, newer).report, "json"));
    const change = json.wijzigingen.find((w: { soort: string }) => w.soort === "tabel_status_gewijzigd");
    expect(change.argumenten).toEqual({ tabel: "Registratie bij Vektis", oude_tabel: "Vektis registratie", oud: "voornemen", nieuw: "definitief" });
  });
});
