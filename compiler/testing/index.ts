/**
 * Runs policy test files: finds the policy of each, compiles it once, checks the suite,
 * loads the evaluator and runs the cases. Used by `beleid test` and by the project's own
 * test suite.
 */

import { compileFile } from "../compile.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { loadEvaluator, type LoadedEvaluator } from "../evaluate.js";
import type { PolicyModel } from "../model.js";
import { SourceFiles } from "../span.js";
import { computeCoverage, type Coverage } from "./coverage.js";
import { runSuite, type CaseResult } from "./run.js";
import { buildSuite, readTestFile } from "./suite.js";

export interface FileResult {
  readonly testFile: string;
  readonly policyFile: string;
  readonly results: readonly CaseResult[];
  /** Cases that did not run because of an error in them (see the diagnostics). */
  readonly skipped: number;
  /** Coverage of this file's cases over its policy. */
  readonly coverage?: Coverage;
}

export interface TestRun {
  readonly files: readonly FileResult[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceFiles;
  readonly passed: number;
  readonly failed: number;
}

export async function runTestFiles(testFiles: readonly string[]): Promise<TestRun> {
  const sources = new SourceFiles();
  const diagnostics: Diagnostic[] = [];
  const policies = new Map<string, { model?: PolicyModel; evaluator?: LoadedEvaluator }>();
  const files: FileResult[] = [];
  for (const path of testFiles) {
    const read = readTestFile(path, sources);
    diagnostics.push(...read.diagnostics);
    if (!read.data) continue;
    let policy = policies.get(read.policyFile);
    if (!policy) {
      const compiled = compileFile(read.policyFile, {}, sources);
      policy = compiled.model && !hasErrors(compiled.diagnostics) ? { model: compiled.model, evaluator: await loadEvaluator(compiled.model) } : {};
      if (!policy.model) {
        // A policy that does not exist is said once, at the test file (BL008 would point into the missing file).
        const missing = compiled.diagnostics.some((d) => d.code === "BL008" && d.span.file === read.policyFile);
        if (!missing) diagnostics.push(...compiled.diagnostics);
        const reason = missing ? "het bestaat niet" : "het beleid zelf heeft fouten (zie beleid check)";
        diagnostics.push(diagnostic("BL508", { file: read.path, start: 0, end: 0 }, { pad: read.policyFile, reden: reason }));
      }
      policies.set(read.policyFile, policy);
    }
    if (!policy.model || !policy.evaluator) continue;
    const built = buildSuite(read, policy.model);
    diagnostics.push(...built.diagnostics);
    if (!built.suite) continue;
    const results = runSuite(policy.evaluator, built.suite);
    const decisions = results.flatMap((r) => (r.decision ? [r.decision] : []));
    files.push({ testFile: read.path, policyFile: read.policyFile, results, skipped: built.suite.skipped, coverage: computeCoverage(policy.model, decisions) });
  }
  const all = files.flatMap((f) => f.results);
  return { files, diagnostics, sources, passed: all.filter((r) => r.passed).length, failed: all.filter((r) => !r.passed).length };
}
