/**
 * Runs policy test files: finds the policy of each, compiles it once, checks the suite,
 * loads the evaluator and runs the cases. Used by `beleid test` and by the project's own
 * test suite.
 */

import { compileFile } from "../compile.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { loadEvaluator, type LoadedEvaluator } from "../evaluate.js";
import { displayPath, loadPolicyFile } from "../load/loadPolicy.js";
import type { PolicyModel } from "../model.js";
import { SourceFiles } from "../span.js";
import { computeCoverage, type Coverage } from "./coverage.js";
import { runSuite, type CaseResult } from "./run.js";
import { buildSuite, readTestFile } from "./suite.js";

export interface FileResult {
  readonly testFile: string;
  readonly policyFile: string;
  readonly results: readonly CaseResult[];
  /**
   * Cases that did not run because of an error (see the diagnostics). When the file as a whole
   * could not run (`run: false`), all its cases, if they could be counted; otherwise 0.
   */
  readonly skipped: number;
  /**
   * False when none of the file's cases could run because of an error in the file as a whole
   * (invalid YAML, an unknown field outside the cases) or in its policy.
   */
  readonly run: boolean;
  /** Errors reported in this test file (or about its policy, BL508). */
  readonly errors: number;
  /** Coverage of this file's cases over its policy; not when none of them ran. */
  readonly coverage?: Coverage;
}

export interface TestRun {
  readonly files: readonly FileResult[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceFiles;
  readonly passed: number;
  readonly failed: number;
  /** Cases that did not run because of an error (those that could be counted). */
  readonly skipped: number;
  /**
   * Policies among `options.policies` that no test file is about (a shared file, `soort:
   * gedeeld`, is never tested itself and is not named).
   */
  readonly untested: readonly string[];
}

export interface TestRunOptions {
  /** The policies the test files were found with (a folder): those without tests are named. */
  readonly policies?: readonly string[];
}

/** A shared file (`soort: gedeeld`) has no cases of its own; a policy that cannot be read counts as a policy. */
export function isSharedFile(path: string): boolean {
  const loaded = loadPolicyFile(path, new SourceFiles());
  return loaded.file?.data.soort === "gedeeld";
}

export async function runTestFiles(testFiles: readonly string[], options: TestRunOptions = {}): Promise<TestRun> {
  const sources = new SourceFiles();
  const diagnostics: Diagnostic[] = [];
  const policies = new Map<string, { model?: PolicyModel; evaluator?: LoadedEvaluator }>();
  const files: FileResult[] = [];
  const tested = new Set<string>();
  for (const path of testFiles) {
    const read = readTestFile(path, sources);
    tested.add(read.policyFile);
    const before = diagnostics.length;
    /** The file's summary when none of its cases can run. */
    const notRun = (): FileResult => ({
      testFile: read.path,
      policyFile: read.policyFile,
      results: [],
      skipped: read.caseCount ?? 0,
      run: false,
      errors: diagnostics.slice(before).filter((d) => d.severity === "fout").length,
    });
    diagnostics.push(...read.diagnostics);
    if (!read.data) {
      files.push(notRun());
      continue;
    }
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
    if (!policy.model || !policy.evaluator) {
      // The policy's own errors are said once, at its first test file; each file still has its line.
      files.push({ ...notRun(), errors: Math.max(1, notRun().errors) });
      continue;
    }
    const built = buildSuite(read, policy.model);
    diagnostics.push(...built.diagnostics);
    const errors = diagnostics.slice(before).filter((d) => d.severity === "fout").length;
    if (!built.suite) {
      files.push({ ...notRun(), errors });
      continue;
    }
    const results = runSuite(policy.evaluator, built.suite);
    const decisions = results.flatMap((r) => (r.decision ? [r.decision] : []));
    const coverage = results.length > 0 ? { coverage: computeCoverage(policy.model, decisions) } : {};
    files.push({ testFile: read.path, policyFile: read.policyFile, results, skipped: built.suite.skipped, run: true, errors, ...coverage });
  }
  const all = files.flatMap((f) => f.results);
  const untested = (options.policies ?? []).map(displayPath).filter((p, i, list) => list.indexOf(p) === i && !tested.has(p) && !isSharedFile(p));
  return {
    files,
    diagnostics,
    sources,
    passed: all.filter((r) => r.passed).length,
    failed: all.filter((r) => !r.passed).length,
    skipped: files.reduce((sum, f) => sum + f.skipped, 0),
    untested,
  };
}
