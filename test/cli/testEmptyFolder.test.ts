/**
 * `beleid test` and a folder where a file is expected: a folder named x.policy (or
 * x.test.yaml) without a test file in it is searched like any folder, and never passed over in
 * silence. Named alone it is a usage error (exit code 2) that says it is a folder and what is
 * missing in it; named next to other paths, or met while searching a folder, a warning on
 * standard error that it was skipped, in the words `check` uses. Real folders, in a temp dir.
 */

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

const VALID = readFileSync("test/fixtures/diagnostics/BL011/invoer.policy", "utf8").replace('tekst: ""', "tekst: De praktijk staat in het kwaliteitsregister.");
/** One case for VALID, so a run of it passes. */
const TESTS = "taalversie: 1\ngevallen:\n  - naam: In het register\n    feiten: { behandelindex: 120, kwaliteitsregister: ja, rechtsvorm: bv }\n    verwacht: { in_aanmerking: ja }\n";
const base = mkdtempSync(join(tmpdir(), "beleid-testmap-"));

/** A folder with one good policy and its test file, and `extra` laid next to it. */
function project(name: string, extra: (policies: string) => void): string {
  const dir = join(base, name);
  mkdirSync(join(dir, "policies"), { recursive: true });
  writeFileSync(join(dir, "policies", "goed.policy"), VALID);
  writeFileSync(join(dir, "policies", "goed.test.yaml"), TESTS);
  extra(join(dir, "policies"));
  return dir;
}

const SKIPPED_IN_FOLDER = "waarschuwing: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in; overgeslagen.\n";

beforeAll(() => {
  process.env.CACHE_DIR = join(base, ".cache");
});

describe("beleid test with a folder named x.policy", () => {
  it("empty and named alone: a usage error that says it is a folder with nothing in it", async () => {
    const dir = project("leeg-alleen", (policies) => mkdirSync(join(policies, "map.policy")));
    const run = await cli(["test", "policies/map.policy"], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      "",
      "fout: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden en geen testbestanden (.test.yaml) in.\n",
    ]);
  });

  it("the same message as { fout: gebruik } with --json", async () => {
    const dir = project("leeg-json", (policies) => mkdirSync(join(policies, "map.policy")));
    const run = await cli(["test", "--json", "policies/map.policy"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      fout: "gebruik",
      bericht: "‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden en geen testbestanden (.test.yaml) in.",
    });
  });

  it("with a policy but no test file in it, named alone: says the test files are missing", async () => {
    const dir = project("zonder-test", (policies) => {
      mkdirSync(join(policies, "map.policy"));
      writeFileSync(join(policies, "map.policy", "binnen.policy"), VALID);
    });
    const run = await cli(["test", "policies/map.policy"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, "fout: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen testbestanden (.test.yaml) in.\n"]);
  });

  it("empty and named next to another path: a warning that it is skipped, and the other tests run", async () => {
    const dir = project("leeg-naast", (policies) => mkdirSync(join(policies, "map.policy")));
    const run = await cli(["test", "policies/goed.policy", "policies/map.policy"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      "waarschuwing: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden en geen testbestanden (.test.yaml) in; overgeslagen.\n",
    );
    // (The in-process CLI names a file outside the test's own working directory by its full path.)
    expect(run.stdout).toMatch(/^✓ \S*policies\/goed.test.yaml: 1 van 1 geval geslaagd$/m);
  });

  it("empty and met while searching a folder: the warning check gives, and the run goes on", async () => {
    const dir = project("leeg-gevonden", (policies) => mkdirSync(join(policies, "map.policy")));
    for (const args of [["test"], ["test", "policies"], ["test", "--json", "policies"]]) {
      const run = await cli(args, { cwd: dir });
      expect([run.code, run.stderr], args.join(" ")).toEqual([0, SKIPPED_IN_FOLDER]);
    }
    // In the same words as check.
    const check = await cli(["check", "policies"], { cwd: dir });
    expect(check.stderr.startsWith(SKIPPED_IN_FOLDER)).toBe(true);
  });

  it("with a policy and its test file in it: searched as a folder, no warning", async () => {
    const dir = project("vol", (policies) => {
      mkdirSync(join(policies, "map.policy"));
      writeFileSync(join(policies, "map.policy", "binnen.policy"), VALID);
      writeFileSync(join(policies, "map.policy", "binnen.test.yaml"), TESTS);
    });
    for (const args of [["test", "policies"], ["test", "policies/map.policy"]]) {
      const run = await cli(args, { cwd: dir });
      expect([run.code, run.stderr], args.join(" ")).toEqual([0, ""]);
      expect(run.stdout).toContain("policies/map.policy/binnen.test.yaml");
    }
  });

  it("with only a test file in it, met while searching: not called skipped, since its test file runs", async () => {
    const dir = project("alleen-test", (policies) => {
      mkdirSync(join(policies, "map.policy"));
      writeFileSync(join(policies, "map.policy", "binnen.test.yaml"), TESTS);
    });
    const run = await cli(["test", "policies"], { cwd: dir });
    expect(run.stderr).not.toContain("overgeslagen");
    expect(run.stdout).toContain("map.policy/binnen.test.yaml");
  });
});

describe("beleid test with a folder named x.test.yaml", () => {
  it("empty, met while searching: a warning that it is skipped, in the words of the error when it is named alone", async () => {
    const dir = project("testmap-gevonden", (policies) => mkdirSync(join(policies, "oud.test.yaml")));
    const run = await cli(["test", "policies"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([0, "waarschuwing: ‘policies/oud.test.yaml’ is een map, geen testbestand, en er staan geen testbestanden (.test.yaml) in; overgeslagen.\n"]);
  });

  it("empty and named alone: a usage error that says it is a folder", async () => {
    const dir = project("testmap-alleen", (policies) => mkdirSync(join(policies, "oud.test.yaml")));
    const run = await cli(["test", "policies/oud.test.yaml"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, "fout: ‘policies/oud.test.yaml’ is een map, geen testbestand, en er staan geen testbestanden (.test.yaml) in.\n"]);
  });
});

describe("a folder with any other name", () => {
  it("without test files: the error it always gave", async () => {
    const dir = project("gewoon", (policies) => mkdirSync(join(policies, "leeg")));
    const run = await cli(["test", "policies/leeg"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, "fout: Geen testbestanden (.test.yaml) gevonden in ‘policies/leeg’.\n"]);
  });
});
