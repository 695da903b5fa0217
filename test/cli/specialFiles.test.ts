/**
 * Special files where a .policy file is expected, named or met while searching a folder: a
 * loop of symbolic links, a link to nothing, a named pipe (FIFO). Each is a usage error (exit
 * code 2) that says what the path is, for check, build, fmt and test alike; nothing waits on
 * the pipe. A folder whose name ends in .policy is searched as a folder; an empty one met while
 * searching is named as skipped. Real special files, in a temp dir.
 */

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { specialPaths } from "../../bin/commands/shared.js";
import { cli } from "../helpers.js";

const VALID = readFileSync("test/fixtures/diagnostics/BL011/invoer.policy", "utf8").replace('tekst: ""', "tekst: De praktijk staat in het kwaliteitsregister.");
const base = mkdtempSync(join(tmpdir(), "beleid-speciaal-"));
const COMMANDS = ["check", "build", "fmt", "test"] as const;

/** A folder with one good policy (and its test file) and `extra` laid next to it. */
function project(name: string, extra: (dir: string) => void): string {
  const dir = join(base, name);
  mkdirSync(join(dir, "policies"), { recursive: true });
  writeFileSync(join(dir, "policies", "goed.policy"), VALID);
  writeFileSync(join(dir, "policies", "goed.test.yaml"), "gevallen: []\n");
  extra(join(dir, "policies"));
  return dir;
}

const LOOP = "‘policies/lus.policy’ is een kring van symbolische koppelingen: ze verwijzen naar elkaar en komen bij geen bestand uit; beleid leest alleen gewone bestanden.";
const FIFO = "‘policies/fifo.policy’ is geen gewoon bestand maar een named pipe (FIFO); beleid leest alleen gewone bestanden.";

beforeAll(() => {
  process.env.CACHE_DIR = join(base, ".cache");
});

describe("a loop of symbolic links", () => {
  const dir = project("lus", (policies) => {
    symlinkSync("lus.policy", join(policies, "lus.policy"));
  });

  it.each(COMMANDS)("named, %s says it is a loop, not that the path does not exist", async (command) => {
    const run = await cli([command, "policies/lus.policy"], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", `fout: ${LOOP}\n`]);
  });

  it.each(COMMANDS)("met in a folder, %s refuses it instead of passing over it", async (command) => {
    const run = await cli([command, "policies"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, `fout: ${LOOP}\n`]);
  });

  it("with --json the same message as { fout: gebruik }", async () => {
    const run = await cli(["fmt", "--check", "--json", "policies"], { cwd: dir });
    expect([run.code, JSON.parse(run.stdout)]).toEqual([2, { fout: "gebruik", bericht: LOOP }]);
  });
});

describe("a named pipe (FIFO) whose name ends in .policy", () => {
  const dir = project("fifo", (policies) => {
    execFileSync("mkfifo", [join(policies, "fifo.policy")]);
  });

  it.each(COMMANDS)("named, %s says it is no regular file, and does not wait for a writer", async (command) => {
    const run = await cli([command, "policies/fifo.policy"], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", `fout: ${FIFO}\n`]);
  });

  it.each(COMMANDS)("met in a folder, %s refuses it, without waiting", async (command) => {
    const run = await cli([command, "policies"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([2, `fout: ${FIFO}\n`]);
  });

  it("a FIFO as the test file of a policy is refused too", async () => {
    const other = project("fifo-test", (policies) => {
      writeFileSync(join(policies, "b.policy"), VALID);
      execFileSync("mkfifo", [join(policies, "b.test.yaml")]);
    });
    const named = await cli(["test", "policies/b.policy"], { cwd: other });
    expect([named.code, named.stderr]).toEqual([2, "fout: ‘policies/b.test.yaml’ is geen gewoon bestand maar een named pipe (FIFO); beleid leest alleen gewone bestanden.\n"]);
    const folder = await cli(["test", "policies"], { cwd: other });
    expect([folder.code, folder.stderr]).toEqual([2, "fout: ‘policies/b.test.yaml’ is geen gewoon bestand maar een named pipe (FIFO); beleid leest alleen gewone bestanden.\n"]);
  });

  it("next to a loop: both named in one message", async () => {
    const both = project("beide", (policies) => {
      execFileSync("mkfifo", [join(policies, "fifo.policy")]);
      symlinkSync("lus.policy", join(policies, "lus.policy"));
    });
    const run = await cli(["check", "policies"], { cwd: both });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "fout: Deze paden kunnen niet worden gelezen: ‘policies/fifo.policy’ is geen gewoon bestand maar een named pipe (FIFO); ‘policies/lus.policy’ is een kring van symbolische koppelingen: ze verwijzen naar elkaar en komen bij geen bestand uit. Beleid leest alleen gewone bestanden.\n",
    );
  });
});

describe("a symbolic link to nothing", () => {
  const dir = project("los", (policies) => {
    symlinkSync("weg.policy", join(policies, "los.policy"));
  });

  it.each(["check", "fmt"])("named or met in a folder, %s says where it points", async (command) => {
    for (const path of ["policies/los.policy", "policies"]) {
      const run = await cli([command, path], { cwd: dir });
      expect([run.code, run.stderr]).toEqual([2, "fout: ‘policies/los.policy’ is een symbolische koppeling naar ‘weg.policy’, en dat bestaat niet; beleid leest alleen gewone bestanden.\n"]);
    }
  });

  it("a link to nothing without the extension, met in a folder, is passed over like any other file", async () => {
    const other = project("los-anders", (policies) => {
      symlinkSync("weg.txt", join(policies, "notities.txt"));
    });
    const run = await cli(["check", "policies"], { cwd: other });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("notities");
    expect(run.stdout).toContain("1 beleidsbestand gecontroleerd");
  });
});

describe("a link to a folder above it", () => {
  it("is searched once: each policy is read once, not again at every level of the loop", async () => {
    const dir = project("terug", (policies) => {
      symlinkSync("..", join(policies, "terug"));
    });
    const run = await cli(["check", "policies"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 beleidsbestand gecontroleerd");
  });
});

describe("a folder whose name ends in .policy, met in a folder", () => {
  it("is searched as a folder: the policies in it are read", async () => {
    const dir = project("map-vol", (policies) => {
      mkdirSync(join(policies, "map.policy"));
      writeFileSync(join(policies, "map.policy", "binnen.policy"), VALID);
    });
    const run = await cli(["check", "policies"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain("map.policy’");
    expect(run.stdout).toContain("2 beleidsbestanden gecontroleerd");
  });

  it.each(["check", "fmt"])("without policies in it, %s says it is skipped, and goes on", async (command) => {
    const dir = project(`map-leeg-${command}`, (policies) => {
      mkdirSync(join(policies, "map.policy"));
    });
    const run = await cli([command, "policies"], { cwd: dir });
    expect(run.code).toBe(0);
    // First, before the diagnostics of the policies that were read (check warns about this fixture).
    expect(run.stderr.startsWith("waarschuwing: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in; overgeslagen.\n")).toBe(true);
    expect(run.stdout).toContain("1 ");
  });
});

describe("paths in messages stand between ‘…’", () => {
  it("a path that does not exist, one or more", async () => {
    const one = await cli(["check", "nergens"], { cwd: base });
    expect([one.code, one.stderr]).toEqual([2, "fout: Het pad ‘nergens’ bestaat niet.\n"]);
    const two = await cli(["fmt", "nergens", "ook-niet.policy"], { cwd: base });
    expect([two.code, two.stderr]).toEqual([2, "fout: De paden ‘nergens’ en ‘ook-niet.policy’ bestaan niet.\n"]);
    const test = await cli(["test", "nergens"], { cwd: base });
    expect([test.code, test.stderr]).toEqual([2, "fout: Het pad ‘nergens’ bestaat niet.\n"]);
    const testPolicy = await cli(["test", "nergens.policy"], { cwd: base });
    expect([testPolicy.code, testPolicy.stderr]).toEqual([2, "fout: Het pad ‘nergens.policy’ bestaat niet.\n"]);
  });

  it("a folder without policies or test files", async () => {
    mkdirSync(join(base, "leeg"), { recursive: true });
    mkdirSync(join(base, "ook-leeg"), { recursive: true });
    const one = await cli(["check", "leeg"], { cwd: base });
    expect([one.code, one.stderr]).toEqual([2, "fout: Geen .policy-bestanden gevonden in ‘leeg’.\n"]);
    const two = await cli(["build", "leeg", "ook-leeg"], { cwd: base });
    expect([two.code, two.stderr]).toEqual([2, "fout: Geen .policy-bestanden gevonden in ‘leeg’ en ‘ook-leeg’.\n"]);
    const test = await cli(["test", "leeg"], { cwd: base });
    expect([test.code, test.stderr]).toEqual([2, "fout: Geen testbestanden (.test.yaml) gevonden in ‘leeg’.\n"]);
  });
});

describe("a path that cannot be read (not testable as root, so the message alone)", () => {
  it("says whether permission is lacking, or gives the system's code", () => {
    expect(specialPaths([{ path: "policies/geheim", kind: "ontoegankelijk" }])).toBe(
      "‘policies/geheim’ kan niet worden gelezen: er is geen toestemming om het (of de map waarin het staat) te lezen.",
    );
    expect(specialPaths([{ path: "policies/kapot.policy", kind: "ontoegankelijk", code: "EIO" }])).toBe("‘policies/kapot.policy’ kan niet worden gelezen (EIO).");
  });
});
