/**
 * A file whose content is already what would be written is left as it is (the same inode and
 * modification time), so a rebuild does not wake up what watches the output folder; the
 * summary says how many files are new or changed. The files that do change still change all
 * together (compiler/output.ts).
 */

import { cpSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeOutputs } from "../../compiler/output.js";
import { cli } from "../helpers.js";

const identity = (path: string) => {
  const stats = statSync(path);
  return { ino: stats.ino, mtimeMs: stats.mtimeMs };
};

/** Sets the modification time of `path` an hour back, so a rewrite would surely show. */
function age(path: string): void {
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(path, hourAgo, hourAgo);
}

describe("writeOutputs leaves a file with the same content alone", () => {
  it("writes only the new and changed files, and returns them", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-ongewijzigd-"));
    expect(writeOutputs([{ path: join(dir, "a.txt"), content: "a" }, { path: join(dir, "b.txt"), content: "b" }])).toEqual([join(dir, "a.txt"), join(dir, "b.txt")]);
    for (const name of ["a.txt", "b.txt"]) age(join(dir, name));
    const [a, b] = [identity(join(dir, "a.txt")), identity(join(dir, "b.txt"))];
    const written = writeOutputs([
      { path: join(dir, "a.txt"), content: "a" },
      { path: join(dir, "b.txt"), content: "b, gewijzigd" },
      { path: join(dir, "c.txt"), content: "c" },
    ]);
    expect(written).toEqual([join(dir, "b.txt"), join(dir, "c.txt")]);
    expect(identity(join(dir, "a.txt"))).toEqual(a);
    expect(identity(join(dir, "b.txt"))).not.toEqual(b);
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe("b, gewijzigd");
    expect(readFileSync(join(dir, "c.txt"), "utf8")).toBe("c");
  });

  it("compares bytes, not only the size", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-ongewijzigd-"));
    writeFileSync(join(dir, "a.txt"), "abc");
    expect(writeOutputs([{ path: join(dir, "a.txt"), content: "abd" }])).toEqual([join(dir, "a.txt")]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("abd");
  });
});

describe("beleid build after a change to one policy", () => {
  it("rewrites only what changed and says how many", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "beleid-ongewijzigd-"));
    for (const domain of ["algemeen", "mondzorg", "geboortezorg"]) cpSync(join("policies", domain), join(cwd, "policies", domain), { recursive: true });
    const first = await cli(["build"], { cwd });
    expect(first.code).toBe(0);
    // The first build writes everything: no remark about changes.
    expect(first.stdout).toMatch(/geschreven naar dist\/ \(\d+ bestanden\)\.\nBekijk de site met ‘beleid serve’; de documenten kunt u ook vanaf schijf openen \(dist\/site\/index\.html\), de controlepagina.s alleen via een webserver\.\n$/);
    const runtime = join(cwd, "dist/runtime/index.js");
    const geboortezorg = join(cwd, "dist/policies/geboortezorg/2025.js");
    const mondzorg = join(cwd, "dist/site/mondzorg/2025.html");
    for (const path of [runtime, geboortezorg, mondzorg]) age(path);
    const before = { runtime: identity(runtime), geboortezorg: identity(geboortezorg), mondzorg: identity(mondzorg) };

    const same = await cli(["build"], { cwd });
    expect(same.stdout).toMatch(/geschreven naar dist\/ \(\d+ bestanden, alle ongewijzigd\)\.\nBekijk de site met ‘beleid serve’; de documenten kunt u ook vanaf schijf openen \(dist\/site\/index\.html\), de controlepagina.s alleen via een webserver\.\n$/);
    expect(identity(mondzorg)).toEqual(before.mondzorg);

    const policy = join(cwd, "policies/mondzorg/2025.policy");
    writeFileSync(policy, readFileSync(policy, "utf8").replace(/^titel: (.*)$/m, "titel: $1 (herzien)"));
    const changed = await cli(["build", "--json"], { cwd });
    const json = JSON.parse(changed.stdout) as { geschreven: string[]; gewijzigd: string[] };
    expect(json.gewijzigd).toContain("dist/site/mondzorg/2025.html");
    expect(json.gewijzigd).not.toContain("dist/runtime/index.js");
    expect(json.gewijzigd.length).toBeLessThan(json.geschreven.length);
    expect(json.gewijzigd.every((path) => json.geschreven.includes(path))).toBe(true);
    expect(identity(runtime)).toEqual(before.runtime);
    expect(identity(geboortezorg)).toEqual(before.geboortezorg);
    expect(identity(mondzorg)).not.toEqual(before.mondzorg);
    expect(readFileSync(mondzorg, "utf8")).toContain("(herzien)");
    // Still recorded: a later build knows the untouched files are its own.
    const record = JSON.parse(readFileSync(join(cwd, "dist/.beleid-uitvoer.json"), "utf8")) as { bestanden: Record<string, unknown> };
    expect(Object.keys(record.bestanden)).toContain("runtime/index.js");

    writeFileSync(policy, readFileSync(policy, "utf8").replace(" (herzien)", " (nogmaals herzien)"));
    const text = await cli(["build"], { cwd });
    expect(text.stdout).toMatch(/geschreven naar dist\/ \(\d+ bestanden, waarvan \d+ nieuw of gewijzigd\)\.\nBekijk de site met ‘beleid serve’; de documenten kunt u ook vanaf schijf openen \(dist\/site\/index\.html\), de controlepagina.s alleen via een webserver\.\n$/);
  }, 60_000);
});
