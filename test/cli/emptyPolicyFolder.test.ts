/**
 * A folder named like a policy (`map.policy/`) with no .policy file in it, named on the command
 * line: every command that takes policy paths says so, as `beleid test` does, in one wording.
 * Named alone it is a usage error (exit code 2; with --json `{ fout: "gebruik" }`); named next
 * to a policy, a warning on standard error that it was skipped, and the command does its work
 * on the rest. Also with the slash a shell adds to a folder. Real folders, in a temp dir.
 */

import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runBuildWatch } from "../../bin/commands/buildWatch.js";
import type { CliIo } from "../../bin/cli/io.js";
import { findPolicyFiles } from "../../compiler/files.js";
import type { Clock, Watcher } from "../../compiler/watch/watchBuild.js";
import { cli } from "../helpers.js";
import { projectWithEmptyFolder, VALID_POLICY } from "./emptyFolderProject.js";

const base = mkdtempSync(join(tmpdir(), "beleid-lege-map-"));

/** A project with one good policy and its test file, and an empty folder policies/map.policy. */
const project = (name: string) => projectWithEmptyFolder(base, name);

const ERROR = "‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in.";
const WARNING = "waarschuwing: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in; overgeslagen.\n";
// beleid test looks for test files as well, and says that both are missing, in the same sentence.
const TEST_ERROR = "‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden en geen testbestanden (.test.yaml) in.";
const TEST_WARNING = "waarschuwing: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden en geen testbestanden (.test.yaml) in; overgeslagen.\n";

/** Each command that takes policy paths, with what it needs besides them (an output folder in the project). */
const COMMANDS: Record<string, { args: (dir: string) => string[]; error: string; warning: string }> = {
  check: { args: () => ["check"], error: ERROR, warning: WARNING },
  build: { args: (dir) => ["build", "--out", join(dir, "uit")], error: ERROR, warning: WARNING },
  docs: { args: (dir) => ["docs", "--out", join(dir, "uit")], error: ERROR, warning: WARNING },
  fmt: { args: () => ["fmt"], error: ERROR, warning: WARNING },
  test: { args: () => ["test"], error: TEST_ERROR, warning: TEST_WARNING },
};

beforeAll(() => {
  process.env.CACHE_DIR = join(base, ".cache");
});

describe.each(Object.keys(COMMANDS))("beleid %s with an empty folder named map.policy", (command) => {
  const { args, error, warning } = COMMANDS[command] as (typeof COMMANDS)[string];

  it("named alone: a usage error that says it is a folder with nothing in it; nothing written", async () => {
    const dir = project(`${command}-alleen`);
    const run = await cli([...args(dir), "policies/map.policy"], { cwd: dir });
    expect([run.code, run.stdout, run.stderr]).toEqual([2, "", `fout: ${error}\n`]);
    expect(existsSync(join(dir, "uit"))).toBe(false);
  });

  it("named alone with --json: the same message as { fout: gebruik }", async () => {
    const dir = project(`${command}-alleen-json`);
    const run = await cli([...args(dir), "--json", "policies/map.policy"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({ fout: "gebruik", bericht: error });
  });

  it("named next to a policy: a warning that it was skipped, and the policy is done", async () => {
    const dir = project(`${command}-naast`);
    const run = await cli([...args(dir), "policies/goed.policy", "policies/map.policy"], { cwd: dir });
    expect(run.code).toBe(0);
    // First, before any diagnostics of the policy (check warns about this fixture).
    expect(run.stderr.startsWith(warning)).toBe(true);
    expect(run.stderr.split(warning).length).toBe(2);
    expect(run.stdout).not.toBe("");
  });

  it("named next to a policy with --json: exit code 0, the warning on standard error, JSON of the policy alone", async () => {
    const dir = project(`${command}-naast-json`);
    const run = await cli([...args(dir), "--json", "policies/map.policy", "policies/goed.policy"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.startsWith(warning)).toBe(true);
    const json = JSON.parse(run.stdout) as { geslaagd: boolean };
    expect(json.geslaagd).toBe(true);
    expect(run.stdout).not.toContain("map.policy");
  });

  it("named with the slash a shell adds to a folder: the same, under the name as written", async () => {
    const dir = project(`${command}-schuine-streep`);
    const alone = await cli([...args(dir), "policies/map.policy/"], { cwd: dir });
    expect([alone.code, alone.stderr]).toEqual([2, `fout: ${error.replace("map.policy’", "map.policy/’")}\n`]);
    const next = await cli([...args(dir), "policies/goed.policy", "policies/map.policy/"], { cwd: dir });
    expect(next.code).toBe(0);
    expect(next.stderr.startsWith(warning.replace("map.policy’", "map.policy/’"))).toBe(true);
  });
});

describe("beleid build --watch", () => {
  it("names the skipped folder once, not again before every build", async () => {
    const dir = project("bewaken");
    let out = "";
    let err = "";
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => "", colour: false, cwd: dir };
    // A watcher and a clock the test drives: a change to the policy, and the pause after it.
    const changes: ((name: string | null) => void)[] = [];
    const watcher: Watcher = { watch: (_dir, onChange) => (changes.push(onChange), { close: () => undefined }) };
    const timers: (() => void)[] = [];
    const clock: Clock = { setTimeout: (callback) => timers.push(callback), clearTimeout: () => undefined };
    let stop!: () => void;
    const stopped = new Promise<void>((done) => (stop = done));
    const running = runBuildWatch(["policies/goed.policy", "policies/map.policy"], "uit", io, stopped, { watcher, clock });
    const waitFor = async (times: number) => {
      while (out.split("Wacht op wijzigingen").length <= times) await new Promise((done) => setTimeout(done, 20));
    };
    await waitFor(1);
    for (const onChange of changes) onChange("goed.policy");
    for (const callback of timers.splice(0)) callback();
    await waitFor(2);
    stop();
    expect(await running).toBe(0);
    expect(err.split(WARNING).length).toBe(2);
  });
});

describe("the commands that take one policy", () => {
  it("eval and diff: the usage error of check", async () => {
    const dir = project("een-beleid");
    const evaluate = await cli(["eval", "policies/map.policy", "--feiten", "-"], { cwd: dir, stdin: "{}" });
    expect([evaluate.code, evaluate.stderr]).toEqual([2, `fout: ${ERROR}\n`]);
    const diff = await cli(["diff", "policies/goed.policy", "policies/map.policy"], { cwd: dir });
    expect([diff.code, diff.stderr]).toEqual([2, `fout: ${ERROR}\n`]);
  });
});

describe("two empty folders named, and nothing else", () => {
  it("check: a warning for each, then the usage error that no policy was found", async () => {
    const dir = project("twee");
    mkdirSync(join(dir, "policies", "ander.policy"));
    const run = await cli(["check", "policies/map.policy", "policies/ander.policy"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([
      2,
      WARNING +
        "waarschuwing: ‘policies/ander.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in; overgeslagen.\n" +
        "fout: Geen .policy-bestanden gevonden in ‘policies/map.policy’ en ‘policies/ander.policy’.\n",
    ]);
  });
});

describe("an empty folder named map.policy inside a folder named alone", () => {
  it("check: the folder inside is skipped with a warning, the one named is the usage error", async () => {
    const dir = project("binnen");
    mkdirSync(join(dir, "policies", "map.policy", "oud.policy"));
    const run = await cli(["check", "policies/map.policy"], { cwd: dir });
    expect([run.code, run.stderr]).toEqual([
      2,
      "waarschuwing: ‘policies/map.policy/oud.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in; overgeslagen.\n" + `fout: ${ERROR}\n`,
    ]);
  });
});

describe("findPolicyFiles", () => {
  it("names an empty folder with the extension whether it is named or found, once, and no other folder", () => {
    const dir = project("vinden");
    mkdirSync(join(dir, "policies", "leeg"));
    mkdirSync(join(dir, "policies", "vol.policy"));
    writeFileSync(join(dir, "policies", "vol.policy", "a.policy"), VALID_POLICY);
    const map = join(dir, "policies", "map.policy");
    expect(findPolicyFiles([map]).emptyPolicyFolders).toEqual([map]);
    expect(findPolicyFiles([`${map}/`]).emptyPolicyFolders).toEqual([`${map}/`]);
    expect(findPolicyFiles([join(dir, "policies")]).emptyPolicyFolders).toEqual([map]);
    expect(findPolicyFiles([map, join(dir, "policies")]).emptyPolicyFolders).toEqual([map]);
    expect(findPolicyFiles([join(dir, "policies", "leeg"), join(dir, "policies", "vol.policy")]).emptyPolicyFolders).toEqual([]);
    // With another extension, the folder is named for that one only.
    expect(findPolicyFiles([map], ".test.yaml").emptyPolicyFolders).toEqual([]);
  });
});
