/**
 * One rule for paths in messages (compiler/displayPath.ts): relative to the working directory
 * when inside it, else absolute. Run as a real process from a folder of its own, so the
 * working directory is that folder: write errors, the lock of another build, files beleid did
 * not write and BL604 name `dist/…`, not the whole path from the root.
 */

import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BELEID = resolve("build/bin/beleid.js");

/** A folder with one policy (and the general policy it includes), as a project would be. */
function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), "beleid-paden-"));
  cpSync(resolve("policies/algemeen"), join(cwd, "policies/algemeen"), { recursive: true });
  cpSync(resolve("policies/geboortezorg/2026.policy"), join(cwd, "policies/geboortezorg/2026.policy"));
  return cwd;
}

function beleid(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [BELEID, ...args], { cwd, encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("paths in messages", () => {
  it("a write error names the output relative to the working directory, or absolute outside it", () => {
    const cwd = project();
    writeFileSync(join(cwd, "bestand"), "geen map");
    const inside = beleid(cwd, "build", "--out", "bestand/dist");
    expect(inside.code).toBe(1);
    expect(inside.stderr).toMatch(/^fout: De uitvoer kan niet worden geschreven naar ‘bestand\/dist\/[^‘’]+’: een deel van het pad is een bestand, geen map\.$/m);
    const elsewhere = mkdtempSync(join(tmpdir(), "beleid-elders-"));
    writeFileSync(join(elsewhere, "bestand"), "geen map");
    const outside = beleid(cwd, "build", "--out", join(elsewhere, "bestand"));
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain(`naar ‘${join(elsewhere, "bestand")}/`);
  });

  it("the lock of another build names the folder and the lock file relative", () => {
    const cwd = project();
    mkdirSync(join(cwd, "dist"));
    // The test runner itself is a running process that is not this build.
    writeFileSync(join(cwd, "dist/.beleid-bezig"), String(process.pid));
    const run = beleid(cwd, "build");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`fout: In ‘dist’ schrijft op dit moment een ander beleid-proces (proces ${process.pid}); er is niets geschreven. Probeer het opnieuw als dat klaar is; loopt er geen build meer, verwijder dan ‘dist/.beleid-bezig’.`);
  });

  it("a file beleid did not write is named relative", () => {
    const cwd = project();
    expect(beleid(cwd, "build").code).toBe(0);
    writeFileSync(join(cwd, "dist/runtime/decision.js"), "// met de hand aangepast\n");
    const run = beleid(cwd, "build");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Er is niets geschreven: ‘dist/runtime/decision.js’ is niet door beleid geschreven");
  });

  it("BL604 names the evaluator both policies would become relative", () => {
    const cwd = mkdtempSync(join(tmpdir(), "beleid-paden-"));
    cpSync(resolve("test/fixtures/diagnostics/BL604/invoer.policy"), join(cwd, "policies/invoer.policy"));
    cpSync(resolve("test/fixtures/diagnostics/BL604/ander/invoer.policy"), join(cwd, "policies/ander/invoer.policy"));
    const run = beleid(cwd, "build");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("hun evaluators zouden allebei dist/policies/voorbeeld/invoer.js worden.");
  });
});
