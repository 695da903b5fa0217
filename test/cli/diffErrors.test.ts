/**
 * The errors of `beleid diff` and of the file of providers (`--aanbieders`, also for `beleid
 * eval`), for a person and for a program: every error with `--format json` (diff) or `--json`
 * (eval) is one JSON document on standard output, with the Dutch message on standard error;
 * and the exit codes follow `beleid --help`: a missing or unreadable input file is an error
 * in the input (1, as for `--feiten`), a wrong name or a wrong policy path wrong use (2).
 */

import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

const OLDER = "policies/paramedische-zorg/2026-04.policy";
const NEWER = "policies/paramedische-zorg/2026-07.policy";
const dir = mkdtempSync(join(tmpdir(), "beleid-diff-fouten-"));

/** Standard output as exactly one JSON document (JSON.parse refuses anything before or after it). */
const oneJson = (stdout: string): unknown => JSON.parse(stdout);

describe("a file of providers that is missing, a folder or cannot be read: an error in the input, exit 1 (was 2)", () => {
  const commands = {
    diff: (file: string, json: boolean) => ["diff", OLDER, NEWER, "--aanbieders", file, ...(json ? ["--format", "json"] : [])],
    eval: (file: string, json: boolean) => ["eval", NEWER, "-z", "fysiotherapie", "--aanbieders", file, "--werkers", "0", ...(json ? ["--json"] : [])],
  };
  const missing = join(dir, "bestaat-niet.csv");
  const folder = join(dir, "map.csv");
  mkdirSync(folder);
  // Reading /proc/self/mem from its start fails with EIO: a file that breaks while it is read.
  const broken = join(dir, "kapot.csv");
  symlinkSync("/proc/self/mem", broken);

  it.each(Object.keys(commands) as (keyof typeof commands)[])("beleid %s --aanbieders", async (command) => {
    const args = commands[command];
    for (const [file, message] of [
      [missing, `Het bestand met zorgaanbieders ‘${missing}’ bestaat niet.`],
      [folder, `‘${folder}’ is een map; geef het bestand met zorgaanbieders.`],
      [broken, `${broken}: Het bestand kan niet worden gelezen (EIO).`],
    ] as const) {
      const text = await cli(args(file, false));
      expect([text.code, text.stdout, text.stderr]).toEqual([1, "", `fout: ${message}\n`]);
      const json = await cli(args(file, true));
      expect([json.code, oneJson(json.stdout), json.stderr]).toEqual([1, { fout: "aanbiedersbestand", bericht: message }, `fout: ${message}\n`]);
    }
  });

  it("a wrong extension stays wrong use (exit 2), also when the file does not exist; with JSON as { fout: gebruik }", async () => {
    const message = `--aanbieders ‘${join(dir, "x.json")}’: de bestandsnaam moet eindigen op .csv (CSV), of op .jsonl of .ndjson (JSON-regels: één object per regel). Een bestand met één JSON-object per regel heet .jsonl.`;
    const diff = await cli(commands.diff(join(dir, "x.json"), true));
    expect([diff.code, oneJson(diff.stdout), diff.stderr]).toEqual([2, { fout: "gebruik", bericht: message }, `fout: ${message}\n`]);
    const evalRun = await cli(commands.eval(join(dir, "x.json"), true));
    expect([evalRun.code, oneJson(evalRun.stdout)]).toEqual([2, { fout: "gebruik", bericht: message }]);
  });
});

describe("beleid diff --format json: every error as one JSON document on standard output", () => {
  const diffJson = (...args: string[]) => cli(["diff", ...args, "--format", "json"]);

  it.each([
    ["a policy path that does not exist", ["bestaat-niet.policy", NEWER], "Het pad ‘bestaat-niet.policy’ bestaat niet."],
    ["a folder", ["policies/mondzorg", NEWER], "‘policies/mondzorg’ is een map; geef één .policy-bestand (in deze map: 2024.policy, 2025.policy)."],
    ["a file that is not a .policy file", ["test/fixtures/fysio-feiten.json", NEWER], "‘test/fixtures/fysio-feiten.json’ is geen .policy-bestand; beleid leest en schrijft alleen .policy-bestanden (of de .policy-bestanden in een map)."],
    [
      "a shared file",
      ["policies/algemeen/2025.policy", NEWER],
      "‘policies/algemeen/2025.policy’ is een gedeeld bestand, zonder eigen titel en versie; vergelijk twee versies van een inkoopbeleid dat het opneemt (het verslag noemt ook de wijzigingen in de gedeelde hoofdstukken).",
    ],
  ])("%s: wrong use, exit 2, { fout: gebruik } (was: text on standard error only)", async (_case, args, message) => {
    const run = await diffJson(...args);
    expect([run.code, oneJson(run.stdout), run.stderr]).toEqual([2, { fout: "gebruik", bericht: message }, `fout: ${message}\n`]);
    // As text, standard output stays empty.
    const text = await cli(["diff", ...args]);
    expect([text.code, text.stdout, text.stderr]).toEqual([2, "", `fout: ${message}\n`]);
  });

  it("a policy with errors: its diagnostics, exit 1, { fout: beleid, diagnosen } as beleid eval --json gives them", async () => {
    const broken = join(dir, "leeg.policy");
    writeFileSync(broken, "");
    const run = await diffJson(OLDER, broken);
    expect(run.code).toBe(1);
    expect(oneJson(run.stdout)).toMatchObject({ fout: "beleid", bericht: `Het beleid ‘${broken}’ kan niet worden gebruikt: 1 fout.`, diagnosen: [{ code: "BL011" }] });
    expect(run.stderr).toContain("fout BL011");
    const text = await cli(["diff", OLDER, broken]);
    expect([text.code, text.stdout]).toEqual([1, ""]);
    const other = join(dir, "ook-leeg.policy");
    writeFileSync(other, "");
    const both = await diffJson(other, broken);
    expect(oneJson(both.stdout)).toMatchObject({ fout: "beleid", bericht: `De beleidsstukken ‘${other}’ en ‘${broken}’ kunnen niet worden gebruikt: 2 fouten.` });
  });

  it("two versions the diff cannot compare (was: names a rule the older version lacks): { fout: beleid }", async () => {
    const copy = join(dir, "paramedische-zorg");
    mkdirSync(copy, { recursive: true });
    mkdirSync(join(dir, "algemeen"), { recursive: true });
    for (const name of ["2025.policy", "2026.policy"]) writeFileSync(join(dir, "algemeen", name), readFileSync(join("policies/algemeen", name), "utf8"));
    const text = readFileSync(NEWER, "utf8").replace("      behandelindex_hoger_dan_150:\n", "      behandelindex_hoger_dan_150:\n        was: bestaat_niet\n");
    expect(text).toContain("was: bestaat_niet");
    writeFileSync(join(copy, "2026-07.policy"), text);
    writeFileSync(join(copy, "2026-04.policy"), readFileSync(OLDER, "utf8"));
    const run = await diffJson(join(copy, "2026-04.policy"), join(copy, "2026-07.policy"));
    expect(run.code).toBe(1);
    const error = oneJson(run.stdout) as { fout: string; bericht: string; diagnosen: { code: string; ernst: string }[] };
    expect(error.fout).toBe("beleid");
    expect(error.bericht).toMatch(/^De versies ‘.*2026-04\.policy’ en ‘.*2026-07\.policy’ kunnen niet worden vergeleken: 1 fout/);
    expect(error.diagnosen.some((d) => d.code === "BL310")).toBe(true);
  });

  it("a file of providers that cannot be used as a whole: { fout: aanbiedersbestand }, exit 1", async () => {
    const data = join(dir, "leeg.csv");
    writeFileSync(data, "");
    const run = await diffJson(OLDER, NEWER, "--aanbieders", data);
    expect([run.code, oneJson(run.stdout)]).toEqual([1, { fout: "aanbiedersbestand", bericht: `${data}: Het bestand is leeg: de eerste regel moet de kolomnamen (de feiten) bevatten.` }]);
  });
});

describe("an error in the options themselves, with the report asked as JSON", () => {
  it.each([
    ["--format", "json"],
    ["--format=json"],
    ["--vorm", "json"],
    ["--vorm=json"],
  ])("%s %s: { fout: gebruik } on standard output, exit 2", async (...asJson) => {
    const unknown = await cli(["diff", OLDER, NEWER, ...asJson, "--onbekend"]);
    expect(unknown.code).toBe(2);
    expect(oneJson(unknown.stdout)).toMatchObject({ fout: "gebruik", bericht: expect.stringContaining("--onbekend") });
    const missingArgument = await cli(["diff", OLDER, NEWER, ...asJson, "--aanbieders"]);
    expect(missingArgument.code).toBe(2);
    expect(oneJson(missingArgument.stdout)).toMatchObject({ fout: "gebruik" });
  });

  it("an unknown form (--format xml) is text only: beleid cannot know JSON was meant", async () => {
    const run = await cli(["diff", OLDER, NEWER, "--format", "xml"]);
    expect([run.code, run.stdout]).toEqual([2, ""]);
  });
});
