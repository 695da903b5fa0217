/**
 * The language features as plain functions on an analysed text (what the server answers),
 * including the moments while typing when the YAML itself is broken.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("complete the entries of a chapter's volgorde: the kinds, then the keys of that kind in the chapter", () => {
    const workspace = new Workspace(() => undefined);
    workspace.analyse(PATH, original);
    const line = "      - groep reumatoide_artritis\n";
    const at = original.indexOf(line);
    const kinds = workspace.analyse(PATH, original.replace(line, "      - gr\n"));
    const kindEntries = completionsAt(kinds, at + "      - gr".length);
    expect(kindEntries.map((e) => e.label)).toEqual(["tekst", "groep", "tabel", "datumregel", "overeenkomst", "differentiatie", "overeenkomsten", "planning"]);
    expect(kindEntries.find((e) => e.label === "groep")).toMatchObject({ kind: "onderdeel", insertText: "groep " });
    // While typing the key the YAML still parses; the groups of this chapter are offered.
    const keys = workspace.analyse(PATH, original.replace(line, "      - groep reu\n"));
    const groups = completionsAt(keys, at + "      - groep reu".length).map((e) => e.label);
    expect(groups).toEqual(expect.arrayContaining(["paramedisch_algemeen", "reumatoide_artritis", "gli"]));
    expect(groups).not.toContain("selectie_behandelindex");
    // Not in a volgorde: no such entries.
    expect(completionsAt(keys, original.indexOf("hoofdstuk: specifiek") + 3).some((e) => e.kind === "onderdeel")).toBe(false);
  });

  it("explain a volgorde entry and go to the part it names", () => {
    const analysis = new Workspace(() => undefined).analyse(PATH, original);
    const at = original.indexOf("      - groep reumatoide_artritis") + "      - groep reu".length;
    expect(hoverAt(analysis, at)?.markdown).toMatch(/^\*\*reumatoide_artritis\*\* — groep ‘/);
    expect(definitionAt(analysis, at)?.start).toBe(original.indexOf("  reumatoide_artritis:\n", original.indexOf("\ngroepen:")) + 2);
  });

  it("explain functions, built-ins and table columns", () => {
    const analysis = new Workspace(() => undefined).analyse(PATH, original);
    const at = (needle: string, inside: number) => original.indexOf(needle) + inside;
    expect(hoverAt(analysis, at("aandeel(fysiotherapeuten_verbijzonderd", 2))?.markdown).toContain("**aandeel(deel, totaal)** — functie");
    expect(hoverAt(analysis, at("vektis[zorgsoort].agb_codes", 9))?.markdown).toContain("**zorgsoort** — vaste waarde");
    expect(hoverAt(analysis, at("vektis[zorgsoort].agb_codes", 20))?.markdown).toContain("**agb_codes** — kolom van tabel ‘Vektis registratie’ (verzameling)");
    expect(definitionAt(analysis, at("vektis[zorgsoort].agb_codes", 20))?.start).toBe(original.indexOf("agb_codes:\n"));
  });

  it("name the part of the care a selective purchase is about", () => {
    const analysis = new Workspace(() => undefined).analyse(PATH, original);
    const at = original.indexOf("      parkinsonnet:\n") + 8;
    expect(hoverAt(analysis, at)?.markdown).toMatch(/^\*\*aangesloten bij ParkinsonNet\*\* — selectieve inkoop van paramedische zorg bij de ziekte van Parkinson, hoofdstuk 3\.3/);
  });

  it("explain from the last good model while the YAML does not parse, at places in the current text", () => {
    const workspace = new Workspace(() => undefined);
    workspace.analyse(PATH, original);
    // A quote that is not closed: the YAML does not parse up to the end of the file.
    const typing = original.replace("  selectie_behandelindex:\n", '  selectie_behandelindex: "\n');
    expect(typing).not.toBe(original);
    const analysis = workspace.analyse(PATH, typing);
    expect(analysis.data).toBeUndefined();
    const at = (needle: string, inside: number) => typing.indexOf(needle) + inside;

    const inExpression = hoverAt(analysis, at("voorwaarde: behandelindex > 150", 14));
    expect(inExpression?.markdown).toContain("**behandelindex** — feit (getal)");
    expect(inExpression?.markdown).toContain("Bereik: ten minste 0; een andere waarde weigert de evaluator.");
    expect(inExpression?.span.start).toBe(at("voorwaarde: behandelindex > 150", 12));
    expect(hoverAt(analysis, at("\n  behandelindex:\n", 5))?.markdown).toBe(inExpression?.markdown);
    expect(hoverAt(analysis, at("behandelindex_hoger_dan_150:", 3))?.markdown).toContain("> Indien de zorgaanbieder een landelijke behandelindex hoger dan 150 heeft");
    expect(hoverAt(analysis, at("aandeel(fysiotherapeuten_verbijzonderd", 2))?.markdown).toContain("**aandeel(deel, totaal)** — functie");
    expect(hoverAt(analysis, at("hoofdstuk: specifiek", 13))?.markdown).toContain("**Hoofdstuk 2.3**");
    expect(hoverAt(analysis, at("titel: Inkoopbeleid", 9))).toBeUndefined();
  });

  it("show what an alias used as an expression refers to, and go to its anchor", () => {
    const path = "policies/hulpmiddelen/2026-07.policy";
    const plain = readFileSync(path, "utf8");
    // A backslash in a comment makes the load stage use the yaml library instead of its own reader.
    for (const text of [plain, plain.replace("\n", "\n# C:\\beleid\n")]) {
      const analysis = new Workspace(() => undefined).analyse(path, text);
      const offset = text.indexOf("van_toepassing_als: *zonder_onderhandeling") + "van_toepassing_als: *zon".length;
      const hover = hoverAt(analysis, offset);
      const line = text.slice(0, text.indexOf("&zonder_onderhandeling")).split("\n").length;
      expect(hover?.markdown).toContain(`‘&zonder_onderhandeling’ (regel ${line})`);
      expect(hover?.markdown).toContain('niet (geselecteerd_voor_onderhandeling en zorgsoort niet in ["disv", "dieetpreparaten"])');
      expect(hover?.span.start).toBe(text.indexOf("*zonder_onderhandeling"));
      expect(definitionAt(analysis, offset)?.start).toBe(text.indexOf("&zonder_onderhandeling"));
      // On the anchored expression itself, the names are explained as usual.
      expect(hoverAt(analysis, text.indexOf("(geselecteerd_voor_onderhandeling en") + 3)?.markdown).toContain("**geselecteerd_voor_onderhandeling** — feit");
    }
  });

  it("answer nothing where there is nothing to say", () => {
    const analysis = new Workspace(() => undefined).analyse(PATH, original);
    expect(hoverAt(analysis, original.indexOf("Caresq"))).toBeUndefined();
    expect(completionsAt(analysis, original.indexOf("titel: Inkoopbeleid") + 8)).toEqual([]);
  });

  it("compare a policy with its previous version, as beleid check does, from the previous version's open text", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-lsp-vorige-"));
    const older = readFileSync("test/fixtures/diagnostics/BL310/vorige.policy", "utf8");
    writeFileSync(join(dir, "2026.policy"), older);
    const newer = readFileSync("test/fixtures/diagnostics/BL310/invoer.policy", "utf8").replace('versie: "2027"\n', 'versie: "2027"\nvorige: "2026"\n');
    const open = new Map<string, string>();
    const workspace = new Workspace((path) => open.get(path));
    const codes = () => workspace.analyse(join(dir, "2027.policy"), newer).result.diagnostics.filter((d) => d.severity === "fout").map((d) => d.code);
    expect(codes()).toEqual(["BL310"]);
    // The previous version, open and edited to have the key: no error, without saving it.
    open.set(join(dir, "2026.policy"), older.replace("      register:\n", "      registr:\n"));
    expect(codes()).toEqual([]);
  });

  it("explain, complete and go to the fact after niet_groter_dan, a care type in zorgsoorten, an included file and the previous version", () => {
    const analysis = new Workspace(() => undefined).analyse(PATH, original);
    const whole = original.indexOf("niet_groter_dan: fysiotherapeuten") + "niet_groter_dan: fysio".length;
    expect(hoverAt(analysis, whole)?.markdown).toMatch(/^\*\*fysiotherapeuten\*\* — feit \(getal\)/);
    expect(definitionAt(analysis, whole)?.start).toBe(original.indexOf("  fysiotherapeuten:\n") + 2);
    const facts = completionsAt(analysis, whole).map((e) => e.label);
    expect(facts).toContain("fysiotherapeuten");
    expect(facts).not.toContain("vektis");

    const included = definitionAt(analysis, original.indexOf("  - ../algemeen/2026.policy") + 8);
    expect(included).toEqual({ file: join("policies", "algemeen", "2026.policy"), start: 0, end: 0 });
    const previous = definitionAt(analysis, original.indexOf("vorige: 2026-04") + 10);
    expect(previous).toEqual({ file: join("policies", "paramedische-zorg", "2026-04.policy"), start: 0, end: 0 });

    const birthPath = "policies/geboortezorg/2025.policy";
    const birth = readFileSync(birthPath, "utf8");
    const birthAnalysis = new Workspace(() => undefined).analyse(birthPath, birth);
    const entry = birth.indexOf("zorgsoorten: [verloskunde]") + "zorgsoorten: [verlos".length;
    expect(hoverAt(birthAnalysis, entry)?.markdown).toMatch(/^\*\*verloskunde\*\* — zorgsoort ‘/);
    expect(definitionAt(birthAnalysis, entry)?.start).toBe(birth.indexOf("\n  verloskunde:\n", birth.indexOf("\nzorgsoorten:")) + 3);
  });
});
