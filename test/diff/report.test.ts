/**
 * The change report end to end: a realistic pair of versions (several changes at once, as a
 * yearly update brings) as golden files in every format, the `beleid diff` command with its
 * exit codes, and `beleid build` writing a report for each pair of consecutive versions.
 */

import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { compileText } from "../../compiler/compile.js";
import { cli } from "../helpers.js";
import { BASE, model, variant } from "./base.js";

/** The older version: PREM a factor, a higher threshold, a later deadline, no exception route. */
const OLDER = variant(
  [
    ["versie: 2026-07", "versie: 2026-04"],
    ["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 160"],
    ["datum: 2025-10-24", "datum: 2025-11-01"],
    ["        uitzondering:\n          voorwaarde: uitzondering\n          route: Vraag een uitzondering aan via zorginkoop@caresq.nl.\n", "        status: voornemen\n"],
    ["tekst: Op het gebied van verduurzaming is een uniforme tekst opgesteld.", "tekst: Op het gebied van verduurzaming werken wij samen met ZN."],
  ],
  BASE,
);
/** The newer version also names the selection group anew and gives the behandelindex a minimum. */
const NEWER = variant(
  [
    ["versie: 2026-07", "versie: 2026-07\nvorige: 2026-04"],
    ["    titel: Selectie op de behandelindex", "    titel: Selectie op basis van de landelijke behandelindex"],
    ["    omschrijving: De landelijke behandelindex.\n", "    omschrijving: De landelijke behandelindex.\n    minimum: 0\n"],
  ],
  BASE,
);

describe("a realistic change report", () => {
  const result = diffModels(model(OLDER, "voorbeeld/2026-04.policy"), model(NEWER, "voorbeeld/2026-07.policy"));

  it.each(["tekst", "md", "html", "json"] as const)("as %s matches the golden file", async (format) => {
    const extension = format === "tekst" ? "txt" : format;
    await expect(renderReport(result.report, format)).toMatchFileSnapshot(`../golden/reports/voorbeeld.${extension}`);
  });

  it("has a fingerprint per change that does not depend on the wording", () => {
    const items = result.report.sections.flatMap((s) => s.items);
    expect(new Set(items.map((i) => i.fingerprint)).size).toBe(items.length);
    for (const item of items) expect(item.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

function writePair(): string {
  const dir = mkdtempSync(join(tmpdir(), "beleid-diff-"));
  mkdirSync(join(dir, "voorbeeld"));
  writeFileSync(join(dir, "voorbeeld", "2026-04.policy"), OLDER);
  writeFileSync(join(dir, "voorbeeld", "2026-07.policy"), NEWER);
  return dir;
}

describe("beleid diff", () => {
  it("prints the report, exit 0, and --fail-on strenger gives exit 1", async () => {
    const dir = writePair();
    const run = await cli(["diff", "voorbeeld/2026-04.policy", "voorbeeld/2026-07.policy"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Wijzigingen ten opzichte van het inkoopbeleid 2026 van april");
    expect(run.stdout).toContain("de grens verlaagd van 160 naar 150. [strenger]");
    const failing = await cli(["diff", "voorbeeld/2026-04.policy", "voorbeeld/2026-07.policy", "--fail-on", "strenger"], { cwd: dir });
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain("strengere wijzigingen (--fail-on strenger)");
  });

  it("says so when nothing changed, with exit code 3", async () => {
    const dir = writePair();
    const run = await cli(["diff", "voorbeeld/2026-07.policy", "voorbeeld/2026-07.policy"], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("Er zijn geen wijzigingen.");
  });

  it("gives JSON with a format version and typed arguments", async () => {
    const dir = writePair();
    const run = await cli(["diff", "voorbeeld/2026-04.policy", "voorbeeld/2026-07.policy", "--format", "json"], { cwd: dir });
    const json = JSON.parse(run.stdout);
    expect(json.formatVersion).toBe(4);
    expect(json.oud).toEqual({ bestand: expect.stringMatching(/voorbeeld\/2026-04\.policy$/), titel: "Inkoopbeleid Voorbeeldzorg 2026", versie: "2026-04" });
    const threshold = json.wijzigingen.find((w: { soort: string }) => w.soort === "drempel_gewijzigd");
    expect(threshold).toMatchObject({ klasse: "strenger", zorgsoorten: ["fysiotherapie"], hoofdstuk: { oud: "3.1", nieuw: "3.1" }, sleutel: "regel:index_hoog", argumenten: { oud: "160", nieuw: "150", richting: "verlaagd" } });
  });

  it("rejects an unknown format as a usage error", async () => {
    const dir = writePair();
    const run = await cli(["diff", "voorbeeld/2026-04.policy", "voorbeeld/2026-07.policy", "--format", "pdf"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("‘pdf’ is geen geldige waarde");
  });
});

describe("beleid build", () => {
  it("writes a report for each pair of consecutive versions", async () => {
    const dir = writePair();
    const run = await cli(["build", "voorbeeld", "--out", "uit"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 wijzigingsverslag");
    for (const extension of ["md", "html", "json"]) expect(existsSync(join(dir, "uit/wijzigingen/voorbeeld/2026-04_2026-07." + extension))).toBe(true);
    expect(readFileSync(join(dir, "uit/wijzigingen/voorbeeld/2026-04_2026-07.md"), "utf8")).toContain("# Wijzigingen ten opzichte van het inkoopbeleid 2026 van april");
  });
});

describe("a text about some care types", () => {
  const tagged = (text: string): string =>
    variant([["    onderwerp: het thema verduurzaming van de zorgsector\n", "    onderwerp: het thema verduurzaming van de zorgsector\n    zorgsoorten: [fysiotherapie]\n"]], text);

  it("is reported under those care types, not under Algemeen", () => {
    const before = tagged(BASE);
    const after = tagged(variant([["tekst: Op het gebied van verduurzaming is een uniforme tekst opgesteld.", "tekst: Op het gebied van verduurzaming werken wij samen met ZN."]]));
    const { report } = diffModels(model(before), model(after));
    expect(report.sections.map((s) => [s.title, s.items.map((i) => i.sentence)])).toEqual([
      ["Fysiotherapie", ["In hoofdstuk 2.1 is het thema verduurzaming van de zorgsector aangepast."]],
    ]);
  });

  it("names an unknown care type with BL302 at the key", () => {
    const text = variant([["    onderwerp: het thema verduurzaming van de zorgsector\n", "    onderwerp: het thema verduurzaming van de zorgsector\n    zorgsoorten: [logopedie]\n"]]);
    const result = compileText("voorbeeld.policy", text);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["BL302"]);
    const position = result.sources.get("voorbeeld.policy")!.positionOf(result.diagnostics[0]!.span.start);
    expect(text.split("\n")[position.line - 1]).toBe("    zorgsoorten: [logopedie]");
  });
});

describe("the HTML report", () => {
  it("compares a rule once when two changes of it follow each other", async () => {
    const { compileFile } = await import("../../compiler/compile.js");
    const older = compileFile("policies/paramedische-zorg/2026-04.policy").model!;
    const newer = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
    const html = renderReport(diffModels(older, newer).report, "html", false);
    const items = html.split("<li ").slice(1);
    expect(html.match(/<summary>Vergelijk de regel<\/summary>/g)?.length).toBe(items.filter((li) => li.includes("Vergelijk de regel")).length);
    // The second change of the same rule (the exception route added) has no comparison of its own.
    const second = items.find((li) => li.includes("uitzondering kan aanvragen"));
    expect(second).toBeDefined();
    expect(second).not.toContain("Vergelijk de regel");
    expect(items.find((li) => li.includes("niet langer een voornemen"))).toContain("Vergelijk de regel");
  });
});

describe("the order of a chapter's changes", () => {
  it("follows the chapter's volgorde, also for an agreement's text", async () => {
    const { group, policyWith, rule } = await import("../analyse/policy.js");
    const version = (condition: string, agreement: string) =>
      // The rule only for `een`, so that both changes stand under the heading of that care type.
      policyWith(group("g", "randvoorwaarde", rule("r", condition), "[een]"))
        .replace('h: { nummer: "3", titel: Voorwaarden }', 'h: { nummer: "3", titel: Voorwaarden, volgorde: [overeenkomst een, groep g] }')
        .replace("    naam: Een\n    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }", `    naam: Een\n    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: ${agreement} }`);
    const older = compileText("proef.policy", version("a", "Een overeenkomst."));
    const newer = compileText("proef.policy", version("a en b", "Een andere overeenkomst."));
    expect([...older.diagnostics, ...newer.diagnostics].filter((d) => d.severity === "fout")).toEqual([]);
    const items = diffModels(older.model!, newer.model!).report.sections.flatMap((s) => s.items.map((i) => i.change.kind));
    expect(items.indexOf("contracttekst_gewijzigd")).toBeGreaterThanOrEqual(0);
    expect(items.indexOf("contracttekst_gewijzigd")).toBeLessThan(items.indexOf("voorwaarde_gewijzigd"));
  });
});
