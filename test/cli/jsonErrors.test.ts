/**
 * With --json a program reads standard output, so it gets every error there as JSON too (and a
 * person still reads it on standard error); and the exit codes follow `beleid --help`.
 */

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";

describe("errors with --json", () => {
  it("facts that are not JSON: an error in the input (exit 1), as JSON on standard output", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", "-", "--json"], { stdin: "{" });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ fout: "feitenbestand" });
    expect(run.stderr).toMatch(/^fout: De feiten in de standaardinvoer zijn geen geldige JSON/);
    const missing = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", "bestaat-niet.json"]);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([1, "", "fout: Het feitenbestand ‘bestaat-niet.json’ bestaat niet.\n"]);
  });

  it("a wrong care type or path: a usage error (exit 2), as JSON on standard output", async () => {
    const careType = await cli(["eval", POLICY, "-z", "onzin", "-f", "-", "--json"], { stdin: "{}" });
    expect(careType.code).toBe(2);
    expect(JSON.parse(careType.stdout)).toMatchObject({ fout: "gebruik", bericht: expect.stringContaining("Onbekende zorgsoort ‘onzin’") });
    const path = await cli(["check", "--json", "bestaat-niet.policy"]);
    expect([path.code, JSON.parse(path.stdout)]).toEqual([2, { fout: "gebruik", bericht: "Het pad ‘bestaat-niet.policy’ bestaat niet." }]);
    // Without --json standard output stays empty.
    expect((await cli(["check", "bestaat-niet.policy"])).stdout).toBe("");
  });

  it("a policy with errors: its diagnostics as JSON", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-json-"));
    writeFileSync(join(dir, "leeg.policy"), "");
    const run = await cli(["eval", join(dir, "leeg.policy"), "-f", "-", "--json"], { stdin: "{}" });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ fout: "beleid", bericht: `Het beleid ‘${join(dir, "leeg.policy")}’ kan niet worden gebruikt: 1 fout.`, diagnosen: [{ code: "BL011" }] });
  });

  it("facts the policy refuses: every problem, and the message a person reads as `bericht`, like every other error", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", "-", "--json"], { stdin: JSON.stringify({ behandelindex: "hoog" }) });
    expect(run.code).toBe(1);
    const error = JSON.parse(run.stdout) as { fout: string; bericht: string; problemen: { feit: string }[] };
    expect(error.fout).toBe("feiten");
    expect(error.bericht).toMatch(/^\d+ feiten zijn niet bruikbaar voor Fysiotherapie/);
    expect(error.problemen.find((p) => p.feit === "behandelindex")).toMatchObject({ melding: expect.stringContaining("moet een getal") });
  });

  it("a missing fact that the facts hold misspelt: the problem names the key as a probable typo", async () => {
    const facts = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;
    const { skf_keurmerk: value, ...rest } = facts;
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", "-", "--json"], { stdin: JSON.stringify({ ...rest, skf_keurmerkk: value }) });
    expect(run.code).toBe(1);
    const error = JSON.parse(run.stdout) as { problemen: { feit: string; melding: string }[] };
    expect(error.problemen).toEqual([{ feit: "skf_keurmerk", soort: "ontbreekt", melding: expect.stringMatching(/ In de feiten staat wel ‘skf_keurmerkk’: bedoelt u ‘skf_keurmerk’\?$/) }]);
  });

  it("a misspelt name: the hint's suggestion as `vervanging`, for the span from begin to eind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-json-"));
    const text = readFileSync(POLICY, "utf8").replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindx > 150");
    expect(text).toContain("behandelindx");
    // Beside a copy of the shared file it includes (../algemeen/2026.policy).
    mkdirSync(join(dir, "paramedische-zorg"));
    cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
    writeFileSync(join(dir, "paramedische-zorg", "fout.policy"), text);
    const run = await cli(["check", "--json", join(dir, "paramedische-zorg", "fout.policy")]);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { diagnosen: { code: string; vervanging?: string; begin: { offset: number }; eind: { offset: number } }[] }).diagnosen.find((d) => d.vervanging !== undefined);
    expect(found).toMatchObject({ code: "BL201", vervanging: "behandelindex" });
    expect(text.slice(found!.begin.offset, found!.eind.offset)).toBe("behandelindx");
  });
});

describe("help", () => {
  it("for a command that does not exist is a usage error", async () => {
    const run = await cli(["help", "onzin"]);
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", "fout: Onbekende opdracht ‘onzin’. De opdrachten staan in ‘beleid --help’.\n"]);
    expect((await cli(["help", "diff"])).code).toBe(0);
  });
});

describe("beleid docs", () => {
  it("with only shared files writes nothing and says why (was an empty site, exit 0)", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-docs-"));
    const run = await cli(["docs", "--out", out, "policies/algemeen"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "fout: Deze 3 bestanden bevatten geen inkoopbeleid: een gedeeld bestand (zonder eigen titel en versie) krijgt geen eigen document. Geef de beleidsstukken die het opnemen, of de map policies.\n",
    );
    expect(existsSync(join(out, "site"))).toBe(false);
  });

  it("with one shared file says so in a whole sentence", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-docs-"));
    const run = await cli(["docs", "--out", out, "policies/algemeen/2025.policy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "fout: Dit bestand bevat geen inkoopbeleid: een gedeeld bestand (zonder eigen titel en versie) krijgt geen eigen document. Geef de beleidsstukken die het opnemen, of de map policies.\n",
    );
    expect(existsSync(join(out, "site"))).toBe(false);
  });
});
