/**
 * A policy file with a long name that the file system allows: `build` writes every output,
 * including `<name>.feiten.schema.json` at the limit of 255 bytes, because the hidden
 * temporary files and backups next to them have a short name of their own
 * (`.beleid-tmp-<pid>-<n>-<tag>`), not the whole target name behind a prefix.
 */

import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openFileAtomic } from "../../compiler/output.js";
import { cli } from "../helpers.js";

/** Whether this file system takes a name of 255 bytes (most do; ENAMETOOLONG past that). */
function allowsLongNames(dir: string): boolean {
  try {
    writeFileSync(join(dir, "x".repeat(255)), "");
    rmSync(join(dir, "x".repeat(255)));
    return true;
  } catch {
    return false;
  }
}

const root = mkdtempSync(join(tmpdir(), "beleid-lang-"));

describe.skipIf(!allowsLongNames(root))("a long policy file name", () => {
  it.each([240, 255])("builds, and builds again after a change, when the longest output name is %i characters", async (longest) => {
    const cwd = join(root, String(longest));
    mkdirSync(join(cwd, "policies/zorg"), { recursive: true });
    cpSync(resolve("policies/algemeen"), join(cwd, "policies/algemeen"), { recursive: true });
    const stem = "a".repeat(longest - ".feiten.schema.json".length);
    const policy = join(cwd, "policies/zorg", `${stem}.policy`);
    const source = readFileSync("policies/geboortezorg/2026.policy", "utf8");
    writeFileSync(policy, source);
    const first = await cli(["build"], { cwd });
    expect(first.stderr).not.toContain("fout");
    expect(first.code).toBe(0);
    const schema = join(cwd, "dist/policies/geboortezorg", `${stem}.feiten.schema.json`);
    expect(existsSync(schema)).toBe(true);
    // A second build that changes the outputs keeps backups of the old ones while renaming.
    writeFileSync(policy, source.replace(/^titel: (.*)$/m, "titel: $1 (herzien)"));
    const second = await cli(["build"], { cwd });
    expect(second.stderr).not.toContain("fout");
    expect(second.code).toBe(0);
    expect(readdirSync(join(cwd, "dist/policies/geboortezorg")).filter((name) => name.startsWith(".beleid-tmp-"))).toEqual([]);
  });
});

describe("the short temporary name", () => {
  it("still lets the next write remove what a killed process left behind, of the old and the new form", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-achtergelaten-"));
    const tag = (name: string) => createHash("sha256").update(name).digest("hex").slice(0, 12);
    const hourAgo = new Date(Date.now() - 3_600_000);
    // Process ids this high are not handed out (the maximum on Linux is 4194304).
    const left = [`.beleid-tmp-99999999-0-${tag("uit.csv")}`, ".beleid-tmp-99999999-1-uit.csv", `.beleid-tmp-99999999-2-${tag("ander.csv")}`];
    for (const name of left) {
      writeFileSync(join(dir, name), "half");
      utimesSync(join(dir, name), hourAgo, hourAgo);
    }
    const out = openFileAtomic(join(dir, "uit.csv"));
    await out.write("nieuw\n");
    await out.commit();
    expect(readdirSync(dir).sort()).toEqual([`.beleid-tmp-99999999-2-${tag("ander.csv")}`, "uit.csv"].sort());
  });
});
