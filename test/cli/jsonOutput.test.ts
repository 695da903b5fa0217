/**
 * The JSON a CI reads: `beleid fmt --json` (per file its status and check's diagnostics, a usage
 * error as `{ fout, bericht }`), `geslaagd` in `beleid check --json`, and `beleid test --json` in the vocabulary of `build --json`:
 * `geslaagd` is whether the run passed, the counts are `aantal…` (formatVersion 2).
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { cli } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "beleid-json-"));
const VALID = readFileSync("test/fixtures/diagnostics/BL011/invoer.policy", "utf8").replace('tekst: ""', "tekst: De praktijk staat in het kwaliteitsregister.");
const FORMATTED = formatPolicyText(VALID).text;
// The same policy with quotes the canonical layout does not have.
const MESSY = FORMATTED.replace("titel: Inkoopbeleid Voorbeeld 2026", 'titel: "Inkoopbeleid Voorbeeld 2026"');

interface FmtJson {
  formatVersion: number;
  geslaagd: boolean;
  controle: boolean;
  bestanden: { pad: string; status: string; diagnosen: { code: string }[]; verschil?: string }[];
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  process.env.CACHE_DIR = join(dir, ".cache");
});

describe("beleid fmt --json", () => {
  it("the fixture differs from its layout only in the quotes", () => {
    expect(formatPolicyText(MESSY)).toMatchObject({ changed: true, text: FORMATTED });
  });

  it("--check: zou-veranderen and ongewijzigd per file, geslaagd false, exit 1, nothing written", async () => {
    const messy = file("rommelig.policy", MESSY);
    const tidy = file("netjes.policy", FORMATTED);
    const run = await cli(["fmt", "--check", "--json", messy, tidy], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([1, ""]);
    const json = JSON.parse(run.stdout) as FmtJson;
    expect(json).toEqual({
      formatVersion: 1,
      geslaagd: false,
      controle: true,
      bestanden: [
        { pad: messy, status: "zou-veranderen", diagnosen: [] },
        { pad: tidy, status: "ongewijzigd", diagnosen: [] },
      ],
    });
    expect(readFileSync(messy, "utf8")).toBe(MESSY);
  });

  it("--verschil adds what would change, as a unified diff", async () => {
    const messy = file("verschil.policy", MESSY);
    const run = await cli(["fmt", "--verschil", "--json", messy], { cwd: dir });
    expect(run.code).toBe(1);
    const verschil = (JSON.parse(run.stdout) as FmtJson).bestanden[0]?.verschil ?? "";
    expect(verschil).toContain('-titel: "Inkoopbeleid Voorbeeld 2026"\n+titel: Inkoopbeleid Voorbeeld 2026\n');
    expect(readFileSync(messy, "utf8")).toBe(MESSY);
  });

  it("without --check: opgemaakt, the file written, geslaagd true, exit 0; all formatted: alles ongewijzigd", async () => {
    const messy = file("schrijven.policy", MESSY);
    const run = await cli(["fmt", "--json", messy], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(JSON.parse(run.stdout)).toEqual({ formatVersion: 1, geslaagd: true, controle: false, bestanden: [{ pad: messy, status: "opgemaakt", diagnosen: [] }] });
    expect(readFileSync(messy, "utf8")).toBe(FORMATTED);
    const again = await cli(["fmt", "--check", "--json", messy], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ geslaagd: true, bestanden: [{ status: "ongewijzigd" }] });
  });

  it("a file fmt cannot read: status fout, with the diagnostics beleid check --json gives", async () => {
    const broken = file("kapot.policy", Buffer.from(VALID.replace("titel: Voorwaarden zorgovereenkomst", "titel: Financi\u00eble afspraken"), "latin1"));
    const check = JSON.parse((await cli(["check", "--json", broken], { cwd: dir })).stdout) as { diagnosen: unknown[] };
    for (const args of [["fmt", "--json", broken], ["fmt", "--check", "--json", broken]]) {
      const run = await cli(args, { cwd: dir });
      expect([run.code, run.stderr], args.join(" ")).toEqual([1, ""]);
      const json = JSON.parse(run.stdout) as FmtJson;
      expect(json.geslaagd).toBe(false);
      expect(json.bestanden).toEqual([{ pad: broken, status: "fout", diagnosen: check.diagnosen }]);
    }
  });

  it("a usage error is { fout: gebruik, bericht } on standard output, exit 2", async () => {
    const run = await cli(["fmt", "--check", "--json", "nergens.policy"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ fout: "gebruik", bericht: "Het pad ‘nergens.policy’ bestaat niet." });
  });
});

describe("beleid check --json", () => {
  it("has geslaagd too: false with an error, true with only warnings", async () => {
    const broken = file("fout.policy", VALID.replace("titel: Inkoopbeleid Voorbeeld 2026\n", ""));
    const failed = await cli(["check", "--json", broken], { cwd: dir });
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({ formatVersion: 1, geslaagd: false });
    const passed = await cli(["check", "--json", file("goed.policy", FORMATTED)], { cwd: dir });
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({ formatVersion: 1, geslaagd: true, fouten: 0 });
  });
});

describe("beleid test --json", () => {
  it("geslaagd is whether the run passed, as in build --json; the counts are aantal…", async () => {
    const run = await cli(["test", "--json", "policies/mondzorg"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown> & { bestanden: Record<string, unknown>[] };
    expect(json).toMatchObject({ formatVersion: 2, geslaagd: true, aantalMislukt: 0, aantalNietUitgevoerd: 0 });
    expect(json.aantalGeslaagd).toBeGreaterThan(0);
    expect(json).not.toHaveProperty("mislukt");
    expect(json).not.toHaveProperty("nietUitgevoerd");
    expect(json.bestanden[0]).toMatchObject({ uitgevoerd: true, aantalNietUitgevoerd: 0 });
  });

  it("a failing case: geslaagd false, with the count in aantalMislukt", async () => {
    const project = mkdtempSync(join(tmpdir(), "beleid-json-test-"));
    for (const folder of ["mondzorg", "algemeen"]) cpSync(`policies/${folder}`, join(project, folder), { recursive: true });
    const testFile = join(project, "mondzorg", "2025.test.yaml");
    // The first case expects the opposite of what the policy decides.
    writeFileSync(testFile, readFileSync(testFile, "utf8").replace("    verwacht:\n      in_aanmerking: ja\n", "    verwacht:\n      in_aanmerking: nee\n"));
    const run = await cli(["test", "--json", join(project, "mondzorg", "2025.policy")]);
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { geslaagd: boolean; aantalGeslaagd: number; aantalMislukt: number; bestanden: { gevallen: { geslaagd: boolean }[] }[] };
    expect(json).toMatchObject({ formatVersion: 2, geslaagd: false, aantalMislukt: 1, aantalNietUitgevoerd: 0 });
    expect(json.aantalGeslaagd).toBe((json.bestanden[0]?.gevallen.length ?? 0) - 1);
  });
});
