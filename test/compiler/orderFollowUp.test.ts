/**
 * A part that `volgorde` names, but that the load stage cut out for an error already told (a
 * table without its `titel`), gets no follow-on BL317 ‘Hoofdstuk … heeft geen tabel …’; a part
 * that is not written at all still does.
 */

import { describe, expect, it } from "vitest";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

/** A policy whose chapter h places table `beroepen` by `volgorde`; `table` is the table's own lines. */
function withTable(table: string, order = "[groep g, tabel beroepen]"): string {
  return policyWith(group("g", "randvoorwaarde", rule("r", "a")))
    .replace('  h: { nummer: "3", titel: Voorwaarden }\n', `  h: { nummer: "3", titel: Voorwaarden, volgorde: ${order} }\n`)
    .concat(`tabellen:\n  beroepen:\n${table}    hoofdstuk: h\n    sleutel: { titel: Zorgsoort, zorgsoort: ja }\n    kolommen:\n      beroep: { titel: Beroep, type: tekst }\n    rijen:\n      een: { beroep: Podotherapeut }\n`);
}

function errors(text: string) {
  const result = compile(text);
  return result.diagnostics.filter((d) => d.severity === "fout").map((d) => ({ code: d.code, message: d.message }));
}

describe("a table that volgorde places", () => {
  it("is valid with its title, so the cases below have only their own errors", () => {
    expect(errors(withTable("    titel: Beroepen\n"))).toEqual([]);
  });

  it("cut out for a missing titel is told once, without a follow-on BL317", () => {
    const found = errors(withTable(""));
    expect(found.map((d) => d.code)).toEqual(["BL004"]);
    expect(found[0]?.message).toContain("titel");
  });

  it("that is not written at all is still BL317", () => {
    const found = errors(withTable("    titel: Beroepen\n", "[groep g, tabel beroepen, tabel vektis]"));
    expect(found.map((d) => d.code)).toEqual(["BL317"]);
    expect(found[0]?.message).toContain("Hoofdstuk 3 (‘h’) heeft geen tabel ‘vektis’");
  });
});

describe("a text that volgorde places", () => {
  it("cut out for a missing tekst is told once, without a follow-on BL317", () => {
    const text = policyWith(group("g", "randvoorwaarde", rule("r", "a")))
      .replace('  h: { nummer: "3", titel: Voorwaarden }\n', '  h: { nummer: "3", titel: Voorwaarden, volgorde: [tekst inleiding, groep g] }\n')
      .concat("teksten:\n  inleiding:\n    hoofdstuk: h\n");
    expect(errors(text).map((d) => d.code)).toEqual(["BL004"]);
  });
});
