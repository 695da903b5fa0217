/**
 * Every encoded policy compiles without diagnostics, and its tests (the .test.yaml beside it,
 * run by `beleid test`) pass; for the current version of each domain every rule and every
 * agreement is covered.
 */

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { runTestFiles } from "../../compiler/testing/index.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";

const policyFiles = findPolicyFiles(["policies"]).files;
const testFiles = findPolicyFiles(["policies"], ".test.yaml").files.filter((f) => f.endsWith(".test.yaml"));

/** The newest version in each domain folder (versions sort as text: 2025 < 2026-04 < 2026-07). */
function currentVersions(): Set<string> {
  const current = new Set<string>();
  for (const domain of readdirSync("policies")) {
    if (domain === "algemeen") continue;
    const versions = readdirSync(join("policies", domain)).filter((f) => f.endsWith(".policy")).sort();
    const newest = versions[versions.length - 1];
    if (newest) current.add(join("policies", domain, newest));
  }
  return current;
}

describe("encoded policies", () => {
  it.each(policyFiles)("%s compiles without diagnostics", (file) => {
    const result = compileFile(file);
    expect(renderDiagnostics(result.diagnostics, result.sources, { colour: false })).toBe("");
  });

  it("every policy of a domain has a test file", () => {
    for (const file of policyFiles.filter((f) => !f.includes("algemeen"))) {
      expect(testFiles, file).toContain(file.replace(/\.policy$/, ".test.yaml"));
    }
  });
});

describe("policy tests", async () => {
  const run = await runTestFiles(testFiles);
  const current = currentVersions();

  it("load without diagnostics", () => {
    expect(renderDiagnostics(run.diagnostics, run.sources, { colour: false })).toBe("");
  });

  for (const file of run.files) {
    describe(file.testFile, () => {
      it.each(file.results.map((r) => [r.testCase.name, r] as const))("%s", (_name, result) => {
        expect(result.differences.join("\n")).toBe("");
      });
      if (current.has(file.policyFile)) {
        it("covers every rule in both outcomes and every agreement", () => {
          expect(file.coverage?.gaps).toEqual([]);
        });
      }
    });
  }
});
