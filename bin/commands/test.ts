/**
 * `beleid test [paden…] [--dekking] [--strikt] [--json]`: runs the test cases that live next
 * to the policies (`2026-07.test.yaml` beside `2026-07.policy`), prints each failure with a
 * readable difference and ends with `N geslaagd, M mislukt`.
 */

import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { findPolicyFiles, type FoundFiles } from "../../compiler/files.js";
import type { Coverage } from "../../compiler/testing/coverage.js";
import { isSharedFile, runTestFiles, type FileResult, type TestRun } from "../../compiler/testing/index.js";
import pc from "picocolors";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { diagnosticsJson, emptyFolder, missingPaths, printDiagnostics, quotedList, skippedFolderWarning, specialPaths, type FolderContent } from "./shared.js";
import { statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

export interface TestOptions {
  readonly dekking?: boolean;
  readonly strikt?: boolean;
  readonly json?: boolean;
}

/**
 * The test files to run and, for a folder, the policies in it (to name those without tests).
 * A path that does not exist, and a test file or policy that is no regular file (a loop of
 * symbolic links, a named pipe: reading it would wait forever), are usage errors, in the
 * words `check` uses for them. A folder whose name ends in .policy (or .test.yaml) is searched
 * as a folder; when it holds no test file, that is said instead of passing over it in silence:
 * named alone, a usage error; named next to other paths or met while searching, a warning on
 * standard error, as `check` gives it for an empty x.policy folder. Each folder is said once:
 * one that is named and also met while searching, in the words for the named one.
 */
function testFilesFrom(paths: readonly string[], io: CliIo): { testFiles: string[]; policies: string[] } {
  const named = paths.length > 0 ? paths : ["policies"];
  const result: string[] = [];
  const policies: string[] = [];
  // Folders skipped while searching, by their full path: each said once, also when two named folders hold it.
  const warnings = new Map<string, string>();
  // Named folders whose name ends in .policy (or .test.yaml) without a test file in them, with what is missing.
  const emptyNamedFolders: { path: string; full: string; missing: FolderContent[] }[] = [];
  for (const path of named) {
    const full = resolve(io.cwd, path);
    // A path found in a folder, shown under the folder as the user wrote it.
    const shown = (p: string) => (p === full ? path : join(path, relative(full, p)));
    const refuse = (found: FoundFiles) => {
      if (found.missing.length > 0) throw new UsageError(missingPaths([path]));
      if (found.special.length > 0) throw new UsageError(specialPaths(found.special.map((p) => ({ ...p, path: shown(p.path) }))));
    };
    if (path.endsWith(".policy")) {
      const found = findPolicyFiles([full]);
      refuse(found);
      const isFile = found.files.includes(full);
      const sibling = full.replace(/\.policy$/, ".test.yaml");
      const siblingFound = findPolicyFiles([sibling], ".test.yaml");
      if (isFile && siblingFound.missing.length > 0) {
        // A shared file has no cases of its own: its chapters are tested with the policies that include it.
        if (isSharedFile(full)) throw new UsageError(`‘${path}’ is een gedeeld bestand (soort: gedeeld) en heeft geen eigen tests; test de beleidsstukken die het opnemen.`);
        throw new UsageError(`Er is geen testbestand voor ‘${path}’ (verwacht: ‘${path.replace(/\.policy$/, ".test.yaml")}’).`);
      }
      if (isFile && siblingFound.special.length > 0) throw new UsageError(specialPaths(siblingFound.special.map((p) => ({ ...p, path: path.replace(/\.policy$/, ".test.yaml") }))));
      if (isFile) {
        result.push(sibling);
        continue;
      }
      // A folder whose name ends in .policy: searched as a folder, below.
    }
    const found = findPolicyFiles([full], ".test.yaml");
    refuse(found);
    const testFiles = found.files.filter((f) => f.endsWith(".test.yaml"));
    result.push(...testFiles);
    // A folder: its policies too, so a version without a test file is named, not passed over.
    const folderPolicies = findPolicyFiles([full]);
    if (folderPolicies.special.length > 0) throw new UsageError(specialPaths(folderPolicies.special.map((p) => ({ ...p, path: shown(p.path) }))));
    policies.push(...folderPolicies.files);
    // Folders met in this one that look like a file but hold nothing to run: in the words of check.
    // (An x.policy folder with only a test file in it is not skipped: the test file runs, and says its policy is missing.)
    // The folder named itself is said below, with all that is missing in it.
    const skipped = folderPolicies.emptyPolicyFolders.filter((folder) => folder !== full && !testFiles.some((f) => f.startsWith(`${folder}${sep}`)));
    for (const folder of skipped) if (!warnings.has(folder)) warnings.set(folder, skippedFolderWarning(shown(folder), ["beleid"]));
    for (const folder of found.emptyPolicyFolders) if (folder !== full && !warnings.has(folder)) warnings.set(folder, skippedFolderWarning(shown(folder), ["tests"]));
    const bare = path.replace(/[/\\]+$/, "");
    if (testFiles.length === 0 && (bare.endsWith(".policy") || bare.endsWith(".test.yaml")) && statSync(full).isDirectory()) {
      emptyNamedFolders.push({ path, full, missing: folderPolicies.files.length === 0 && bare.endsWith(".policy") ? ["beleid", "tests"] : ["tests"] });
    }
  }
  // A folder also named is said below, with all that is missing in it, and not here in other words.
  const namedEmpty = new Set(emptyNamedFolders.map((f) => f.full));
  for (const [folder, warning] of warnings) if (!namedEmpty.has(folder)) io.stderr(warning);
  // Named alone and empty: the usage error says what it is (after the folders skipped inside it, as check does).
  const onlyFolder = emptyNamedFolders[0];
  if (result.length === 0 && named.length === 1 && onlyFolder !== undefined) throw new UsageError(`${emptyFolder(onlyFolder.path, onlyFolder.missing)}.`);
  const said = new Set<string>();
  for (const folder of emptyNamedFolders) {
    if (said.has(folder.full)) continue;
    said.add(folder.full);
    io.stderr(skippedFolderWarning(folder.path, folder.missing));
  }
  if (result.length === 0) throw new UsageError(`Geen testbestanden (.test.yaml) gevonden in ${quotedList(named)}.`);
  return { testFiles: [...new Set(result)], policies };
}

function coverageComplete(run: TestRun): boolean {
  return run.files.every((f) => !f.coverage || f.coverage.gaps.length === 0);
}

const cases = (n: number) => `${n} ${n === 1 ? "geval" : "gevallen"}`;
const byErrors = (n: number) => (n > 1 ? `door ${n} fouten` : "door een fout");

/** The test file's line: how many cases passed, and how many did not run because of an error. */
function fileLine(file: FileResult): string {
  const failures = file.results.filter((r) => !r.passed).length;
  const notRun = `${byErrors(file.errors)} (zie de meldingen)`;
  if (!file.run && file.skipped === 0) return `${file.testFile}: niet uitgevoerd ${notRun}`;
  if (file.results.length === 0 && file.skipped > 0) return `${file.testFile}: ${cases(file.skipped)} niet uitgevoerd ${notRun}`;
  const skipped = file.skipped > 0 ? `; ${cases(file.skipped)} niet uitgevoerd ${notRun}` : "";
  const total = file.results.length;
  return `${file.testFile}: ${total - failures} van ${total} ${total === 1 ? "geval" : "gevallen"} geslaagd${skipped}`;
}

/** `N geslaagd, M mislukt`, with what did not run and the policies without tests. */
function summaryLine(run: TestRun): string {
  const parts = [`${run.passed} geslaagd`, `${run.failed} mislukt`];
  if (run.skipped > 0) parts.push(`${run.skipped} niet uitgevoerd`);
  const uncounted = run.files.filter((f) => !f.run && f.skipped === 0).length;
  if (uncounted > 0) parts.push(`${uncounted} ${uncounted === 1 ? "testbestand" : "testbestanden"} niet uitgevoerd`);
  const errors = run.diagnostics.filter((d) => d.severity === "fout").length;
  let line = parts.join(", ");
  if (errors > 0) line += run.skipped > 0 || uncounted > 0 ? ` ${byErrors(errors)} (zie de meldingen)` : `; ${summariseDiagnostics(run.diagnostics)} (zie de meldingen)`;
  if (run.untested.length > 0) line += `; ${run.untested.length === 1 ? "1 beleid heeft" : `${run.untested.length} beleidsstukken hebben`} geen testbestand`;
  return line;
}

export async function runTest(paths: string[], options: TestOptions, io: CliIo): Promise<number> {
  const { testFiles, policies } = testFilesFrom(paths, io);
  const run = await runTestFiles(testFiles, { policies });
  const strictFailures = options.strikt === true && (!coverageComplete(run) || run.untested.length > 0);
  const failed = run.failed > 0 || hasErrors(run.diagnostics) || strictFailures;
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          // Version 2 (December 2026): `geslaagd` is whether the run passed (the exit code is
          // 0), as in `build --json`; the counts are `aantal…` (version 1 had the number of
          // passed cases in `geslaagd`, and `mislukt` and `nietUitgevoerd`).
          formatVersion: 2,
          geslaagd: !failed,
          aantalGeslaagd: run.passed,
          aantalMislukt: run.failed,
          aantalNietUitgevoerd: run.skipped,
          bestanden: run.files.map((f) => ({
            testbestand: f.testFile,
            beleid: f.policyFile,
            uitgevoerd: f.run,
            gevallen: f.results.map((r) => ({ naam: r.testCase.name, zorgsoort: r.testCase.careType, geslaagd: r.passed, verschillen: r.differences })),
            aantalNietUitgevoerd: f.skipped,
            dekking: f.coverage ? coverageJson(f.coverage) : undefined,
          })),
          zonderTestbestand: run.untested,
          // Why a --strikt run failed, when the tests themselves passed.
          ...(options.strikt === true ? { strikt: { dekkingVolledig: coverageComplete(run), elkBeleidGetest: run.untested.length === 0 } } : {}),
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
    io.stdout(`${failures.length === 0 && file.skipped === 0 && file.run ? c.green("✓") : c.red("✗")} ${fileLine(file)}\n`);
    for (const failure of failures) {
      const line = run.sources.get(file.testFile)?.positionOf(failure.testCase.span.start).line ?? 0;
      io.stdout(`  ${c.red("✗")} ${failure.testCase.name} ${c.dim(`(${file.testFile}:${line}, ${failure.testCase.careType})`)}\n`);
      for (const difference of failure.differences) io.stdout(`      ${difference}\n`);
    }
    // With --strikt an incomplete coverage fails the run: its gaps are listed, also without --dekking.
    if (file.coverage && (options.dekking || (options.strikt === true && file.coverage.gaps.length > 0))) {
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
  // A policy in the folder without a test file: named, and with --strikt a failure.
  for (const policy of run.untested) {
    const mark = options.strikt ? c.red("✗") : c.yellow("!");
    io.stdout(`${mark} ${policy}: geen testbestand (verwacht: ${policy.replace(/\.policy$/, ".test.yaml")})\n`);
  }
  io.stdout(`\n${summaryLine(run)}\n`);
  if (options.strikt && !coverageComplete(run)) io.stdout("De dekking is niet volledig (--strikt).\n");
  if (options.strikt && run.untested.length > 0) io.stdout(`Niet elk beleid heeft een testbestand (--strikt).\n`);
  return failed ? EXIT_ERRORS : EXIT_OK;
}

/** A policy's coverage for `--json`, in the words of the text output. */
function coverageJson(coverage: Coverage) {
  return {
    regels: { gedekt: coverage.rules.covered, totaal: coverage.rules.total },
    zorgovereenkomsten: { gedekt: coverage.tiers.covered, totaal: coverage.tiers.total },
    ontbreekt: coverage.gaps.map((gap) => ({ soort: gap.kind, id: gap.id, ...(gap.careType !== undefined ? { zorgsoort: gap.careType } : {}), ontbreekt: gap.missing })),
  };
}
