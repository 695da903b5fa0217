/**
 * `beleid test [paden…] [--dekking] [--strikt] [--json]`: runs the test cases that live next
 * to the policies (`2026-07.test.yaml` beside `2026-07.policy`), prints each failure with a
 * readable difference and ends with `N geslaagd, M mislukt`.
 */

import { existsSync } from "node:fs";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { runTestFiles, type TestRun } from "../../compiler/testing/index.js";
import pc from "picocolors";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { diagnosticsJson, printDiagnostics } from "./shared.js";
import { resolve } from "node:path";

export interface TestOptions {
  readonly dekking?: boolean;
  readonly strikt?: boolean;
  readonly json?: boolean;
}

function testFilesFrom(paths: readonly string[], io: CliIo): string[] {
  const named = paths.length > 0 ? paths : ["policies"];
  const result: string[] = [];
  for (const path of named) {
    const full = resolve(io.cwd, path);
    if (path.endsWith(".policy")) {
      const sibling = full.replace(/\.policy$/, ".test.yaml");
      if (!existsSync(full)) throw new UsageError(`Het bestand ‘${path}’ bestaat niet.`);
      if (!existsSync(sibling)) throw new UsageError(`Bij ‘${path}’ hoort geen testbestand (verwacht: ${sibling.slice(io.cwd.length + 1)}).`);
      result.push(sibling);
      continue;
    }
    const found = findPolicyFiles([full], ".test.yaml");
    if (found.missing.length > 0) throw new UsageError(`Dit pad bestaat niet: ${path}.`);
    result.push(...found.files.filter((f) => f.endsWith(".test.yaml")));
  }
  if (result.length === 0) throw new UsageError(`Geen testbestanden (.test.yaml) gevonden in ${named.join(", ")}.`);
  return [...new Set(result)];
}

function coverageComplete(run: TestRun): boolean {
  return run.files.every((f) => !f.coverage || f.coverage.gaps.length === 0);
}

export async function runTest(paths: string[], options: TestOptions, io: CliIo): Promise<number> {
  const run = await runTestFiles(testFilesFrom(paths, io));
  const failed = run.failed > 0 || hasErrors(run.diagnostics) || (options.strikt === true && !coverageComplete(run));
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          formatVersion: 1,
          geslaagd: run.passed,
          mislukt: run.failed,
          bestanden: run.files.map((f) => ({
            testbestand: f.testFile,
            beleid: f.policyFile,
            gevallen: f.results.map((r) => ({ naam: r.testCase.name, zorgsoort: r.testCase.careType, geslaagd: r.passed, verschillen: r.differences })),
            nietUitgevoerd: f.skipped,
            dekking: f.coverage,
          })),
          diagnosen: diagnosticsJson(run.diagnostics, run.sources),
        },
        null,
        2,
      ) + "\n",
    );
    return failed ? EXIT_ERRORS : EXIT_OK;
  }
  const c = pc.createColors(io.colour);
  printDiagnostics(run.diagnostics, run.sources, io);
  for (const file of run.files) {
    const failures = file.results.filter((r) => !r.passed);
    const passed = file.results.length - failures.length;
    const skipped = file.skipped > 0 ? `; ${file.skipped} ${file.skipped === 1 ? "geval" : "gevallen"} niet uitgevoerd door een fout (zie de meldingen)` : "";
    io.stdout(`${failures.length === 0 && file.skipped === 0 ? c.green("✓") : c.red("✗")} ${file.testFile}: ${passed} van ${file.results.length} ${file.results.length === 1 ? "geval" : "gevallen"} geslaagd${skipped}\n`);
    for (const failure of failures) {
      const line = run.sources.get(file.testFile)?.positionOf(failure.testCase.span.start).line ?? 0;
      io.stdout(`  ${c.red("✗")} ${failure.testCase.name} ${c.dim(`(${file.testFile}:${line}, ${failure.testCase.careType})`)}\n`);
      for (const difference of failure.differences) io.stdout(`      ${difference}\n`);
    }
    if (options.dekking && file.coverage) {
      const cov = file.coverage;
      const rules = cov.rules.total === 1 ? "regel" : "regels";
      const tiers = cov.tiers.total === 1 ? "zorgovereenkomst" : "zorgovereenkomsten";
      io.stdout(`  Dekking van ${file.policyFile}: ${cov.rules.covered} van ${cov.rules.total} ${rules}, ${cov.tiers.covered} van ${cov.tiers.total} ${tiers}.\n`);
      for (const gap of cov.gaps) {
        const what = gap.kind === "regel" ? `regel ‘${gap.id}’` : `zorgovereenkomst ‘${gap.id}’ van ${gap.careType}`;
        io.stdout(`    - ${what}: ${gap.missing.join(", ")}\n`);
      }
    }
  }
  // With errors in a policy or test file some cases did not run: say so in the summary.
  const errors = hasErrors(run.diagnostics) ? `; niet alle gevallen zijn uitgevoerd: ${summariseDiagnostics(run.diagnostics)} (zie de meldingen)` : "";
  io.stdout(`\n${run.passed} geslaagd, ${run.failed} mislukt${errors}\n`);
  if (options.strikt && !coverageComplete(run)) io.stdout("De dekking is niet volledig (--strikt).\n");
  return failed ? EXIT_ERRORS : EXIT_OK;
}
