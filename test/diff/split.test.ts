/**
 * A care type purchased separately (`afgesplitst_van`): the report says it is no longer under
 * the care type it fell under, not that a new kind of provider came, and an `afgesplitst_van`
 * that names no care type of the previous version is BL606, never a silent guess.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import { model, OEFEN, OEFEN_ROW, variant } from "./base.js";

const WITHOUT_OEFEN = [
  [OEFEN, ""],
  [OEFEN_ROW, ""],
] as const;
const split = (from: string) => [[OEFEN, `${OEFEN}    afgesplitst_van: ${from}\n`]] as const;

function diff(before: readonly (readonly [string, string])[], after: readonly (readonly [string, string])[]) {
  const result = diffModels(model(variant(before)), model(variant(after)));
  return {
    items: result.report.sections.flatMap((s) => s.items.map((i) => ({ kind: i.change.kind, class: i.change.class, sentence: i.sentence }))),
    diagnostics: result.diagnostics.map((d) => `${d.code}: ${d.message}${d.hint ? ` (${d.hint})` : ""}`),
  };
}

describe("afgesplitst_van", () => {
  it("reports a care type split off from another as purchased separately, onbepaald", () => {
    const { items, diagnostics } = diff(WITHOUT_OEFEN, split("fysiotherapie"));
    expect(diagnostics).toEqual([]);
    expect(items).toEqual([
      {
        kind: "zorgsoort_afgesplitst",
        class: "onbepaald",
        sentence: "In hoofdstuk 4 wordt de zorgsoort ‘Oefentherapie’ voortaan apart ingekocht (voorheen onder ‘Fysiotherapie’), met een eigen zorgovereenkomst.",
      },
    ]);
  });

  it("names the care type by its name in the older version", () => {
    const renamed = [...WITHOUT_OEFEN, ["naam: Fysiotherapie", "naam: Fysiotherapie (oud)"]] as const;
    const { items } = diff(renamed, split("fysiotherapie"));
    expect(items.map((i) => i.sentence)).toContain("In hoofdstuk 4 wordt de zorgsoort ‘Oefentherapie’ voortaan apart ingekocht (voorheen onder ‘Fysiotherapie (oud)’), met een eigen zorgovereenkomst.");
  });

  it("is BL606 when it names no care type of the previous version, with the closest key as hint, and the care type is then added", () => {
    const { items, diagnostics } = diff(WITHOUT_OEFEN, split("fysiotherapy"));
    expect(diagnostics).toEqual([
      "BL606: ‘afgesplitst_van: fysiotherapy’ bij de zorgsoort ‘oefentherapie’ noemt geen zorgsoort van de vorige versie. (Bedoelt u ‘fysiotherapie’? ‘afgesplitst_van’ noemt de zorgsoort van de vorige versie waaronder deze zorgsoort viel.)",
    ]);
    expect(items.map((i) => i.kind)).toEqual(["zorgsoort_toegevoegd"]);
  });

  it("is BL606 also for a care type only the newer version has", () => {
    // Split off from a care type that is itself new: there was nothing to fall under.
    expect(diff(WITHOUT_OEFEN, split("oefentherapie")).diagnostics.map((d) => d.slice(0, 6))).toEqual(["BL606:"]);
  });

  it("says nothing once the care type is in both versions", () => {
    const { items, diagnostics } = diff(split("fysiotherapie"), split("fysiotherapie"));
    expect({ items, diagnostics }).toEqual({ items: [], diagnostics: [] });
    // Nor when the newer version leaves it out: it is only about the version it came in.
    expect(diff(split("fysiotherapie"), []).items).toEqual([]);
  });

  it("is a key of a care type, by its form", () => {
    const result = model(variant(split("fysiotherapie")));
    expect(result.careTypes.find((c) => c.id === "oefentherapie")?.splitFrom?.id).toBe("fysiotherapie");
    expect(() => model(variant(split('"fysio therapie"')))).toThrow(/BL007/);
  });

  it("makes the bemiddelingsbureaus of geboortezorg 2026 split off from kraamzorg", () => {
    const older = compileFile("policies/geboortezorg/2025.policy").model!;
    const newer = compileFile("policies/geboortezorg/2026.policy").model!;
    const items = diffModels(older, newer).report.sections.flatMap((s) => s.items);
    const bemiddeling = items.filter((i) => i.change.careTypes.includes("bemiddelingsbureaus") && i.change.key === "zorgsoort:bemiddelingsbureaus");
    expect(bemiddeling.map((i) => [i.change.kind, i.change.class, i.sentence])).toEqual([
      [
        "zorgsoort_afgesplitst",
        "onbepaald",
        "In hoofdstuk 3 wordt de zorgsoort ‘Bemiddelingsbureaus en ZZP samenwerkingsverbanden’ voortaan apart ingekocht (voorheen onder ‘Kraamzorg’), met een eigen zorgovereenkomst.",
      ],
    ]);
  });
});
