/**
 * `beleid test` with an empty folder named x.policy that is both named and met while searching
 * another named folder (`beleid test policies policies/map.policy`): one warning, with all that
 * is missing in it, not a second one about the same folder in other words.
 */

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers.js";
import { projectWithEmptyFolder } from "./emptyFolderProject.js";

const base = mkdtempSync(join(tmpdir(), "beleid-testmap-twee-"));

/** A project with one good policy and its test file, and an empty folder policies/map.policy. */
const project = (name: string) => projectWithEmptyFolder(base, name);

const ONCE = "waarschuwing: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden en geen testbestanden (.test.yaml) in; overgeslagen.\n";

beforeAll(() => {
  process.env.CACHE_DIR = join(base, ".cache");
});

describe("an empty x.policy folder named and met while searching", () => {
  it.each([
    [["test", "policies", "policies/map.policy"], ONCE],
    [["test", "policies/map.policy", "policies"], ONCE],
    // Named twice: once, as it was first written.
    [["test", "policies", "policies/map.policy/", "policies/map.policy"], ONCE.replace("map.policy’", "map.policy/’")],
  ])("is said once, in the words for a named folder: %j", async (args, warning) => {
    const run = await cli(args, { cwd: project(args.join("_").replace(/[^a-z_]/g, "")) });
    expect([run.code, run.stderr]).toEqual([0, warning]);
    expect(run.stdout).toMatch(/goed\.test\.yaml: 1 van 1 geval geslaagd$/m);
  });

  it("searched twice without being named, is said once too", async () => {
    const run = await cli(["test", "policies", "policies/"], { cwd: project("tweemaal") });
    expect([run.code, run.stderr]).toEqual([0, "waarschuwing: ‘policies/map.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in; overgeslagen.\n"]);
  });
});
