/**
 * The language features as plain functions on an analysed text (what the server answers),
 * including the moments while typing when the YAML itself is broken.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Workspace } from "../../compiler/lsp/analysis.js";
import { completionsAt, definitionAt, hoverAt } from "../../compiler/lsp/features.js";

const PATH = "policies/paramedische-zorg/2026-07.policy";
const original = readFileSync(PATH, "utf8");

describe("language features", () => {
  it("complete in an expression from the last good model while the YAML does not parse", () => {
    const workspace = new Workspace(() => undefined);
    workspace.analyse(PATH, original);
    const typing = original.replace("        voorwaarde: behandelindex > 150\n", '        voorwaarde: "beh\n');
    const offset = typing.indexOf('voorwaarde: "beh') + 'voorwaarde: "beh'.length;
    const analysis = workspace.analyse(PATH, typing);
    expect(analysis.result.diagnostics.map((d) => d.code)).toContain("BL001");
    const labels = completionsAt(analysis, offset).map((c) => c.label);
    expect(labels).toContain("behandelindex");
    expect(labels).toContain("aandeel");
  });

  it("complete chapter keys after hoofdstuk:", () => {
    const workspace = new Workspace(() => undefined);
    const analysis = workspace.analyse(PATH, original);
    const offset = original.indexOf("hoofdstuk: specifiek") + "hoofdstuk: spec".length;
    const entries = completionsAt(analysis, offset);
    expect(entries.map((e) => e.label)).toEqual(expect.arrayContaining(["specifiek", "basis", "caresq"]));
    expect(entries.find((e) => e.label === "basis")).toMatchObject({ kind: "hoofdstuk", detail: "hoofdstuk 3.1" });
  });

  it("explain functions, built-ins and table columns", () => {
    const analysis = new Workspace(() => undefined).analyse(PATH, original);
    const at = (needle: string, inside: number) => original.indexOf(needle) + inside;
    expect(hoverAt(analysis, at("aandeel(fysiotherapeuten_verbijzonderd", 2))?.markdown).toContain("**aandeel(deel, totaal)** — functie");
    expect(hoverAt(analysis, at("vektis[zorgsoort].agb_codes", 9))?.markdown).toContain("**zorgsoort** — vaste waarde");
    expect(hoverAt(analysis, at("vektis[zorgsoort].agb_codes", 20))?.markdown).toContain("**agb_codes** — kolom van tabel ‘Vektis registratie’ (verzameling)");
    expect(definitionAt(analysis, at("vektis[zorgsoort].agb_codes", 20))?.start).toBe(original.indexOf("agb_codes:\n"));
  });

  it("answer nothing where there is nothing to say", () => {
    const analysis = new Workspace(() => undefined).analyse(PATH, original);
    expect(hoverAt(analysis, original.indexOf("Caresq"))).toBeUndefined();
    expect(completionsAt(analysis, original.indexOf("titel: Inkoopbeleid") + 8)).toEqual([]);
  });
});
