/**
 * `beleid diff <oud.policy> <nieuw.policy> [--format tekst|md|html|json] [--fail-on strenger]`:
 * the Dutch change report between two versions of a policy.
 *
 * Exit codes: 0 changes reported; 3 no changes at all; 1 a policy has errors, --fail-on
 * found a change of that class, or the file of providers (--aanbieders) cannot be read as a
 * whole (with --format json also as `{ "fout": "aanbiedersbestand", "bericht": … }` on
 * standard output) or has rows a care type cannot use (after the report, with why on
 * standard error: as `beleid eval --aanbieders`; before "no changes", 3); 2 wrong use.
 */

import { createReadStream } from "node:fs";
import { projectCompileCache, type CompileCache } from "../../compiler/cache/compileCache.js";
import type { CompileResult } from "../../compiler/compile.js";
import type { ImpactTable } from "../../compiler/diff/impact.js";
import type { PolicyModel } from "../../compiler/model.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport, summaryLine, type ReportFormat } from "../../compiler/diff/render.js";
import { SourceFiles } from "../../compiler/span.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { onePolicyFile, printDiagnostics, providersFile, rowsFileFormat } from "./shared.js";

/** No differences between the two versions. */
export const EXIT_NO_CHANGES = 3;

export interface DiffOptions {
  readonly format: ReportFormat;
  readonly failOn?: "strenger" | "soepeler" | "onbepaald";
  /** A dataset of providers to evaluate with both versions. */
  readonly aanbieders?: string;
}

/** The impact tables, or why the file of providers cannot be read as a whole (an error in the input). */
async function impactOf(older: PolicyModel, newer: PolicyModel, path: string, io: CliIo): Promise<{ readonly tables: ImpactTable[] } | { readonly problem: string }> {
  const full = providersFile(path, io).path;
  const format = rowsFileFormat(path, "--aanbieders");
  // Loaded only for --aanbieders: the CSV reader and the evaluator cost every other diff ~20 ms.
  const [{ computeImpact }, { loadEvaluator }, { RowsError }] = await Promise.all([
    import("../../compiler/diff/impact.js"),
    import("../../compiler/evaluate.js"),
    import("../../compiler/facts/rows.js"),
  ]);
  const evaluators = { older: await loadEvaluator(older), newer: await loadEvaluator(newer) };
  try {
    return { tables: await computeImpact(older, newer, evaluators, createReadStream(full), format) };
  } catch (error) {
    if (error instanceof RowsError) {
      const hint = error.missingColumns.length > 0 ? ` Een passend proefbestand maakt u met: beleid aanbieders ${newer.file} --ook ${older.file} --uit aanbieders.csv` : "";
      return { problem: `${path}: ${error.message}${hint}` };
    }
    throw error;
  }
}

/**
 * Why rows of the file of providers could not be used, per care type and per fact and kind of
 * problem (as the summary of `beleid eval --aanbieders` counts them); undefined when every row
 * could be used. Rows only one version refuses are not counted here: the report names them.
 */
function unusableRows(tables: readonly ImpactTable[], file: string): string | undefined {
  const rejected = tables.filter((t) => t.afgewezen > 0);
  if (rejected.length === 0) return undefined;
  const count = (n: number) => n.toLocaleString("nl-NL");
  const lines = [`Niet elke rij van ${file} is bruikbaar. Een rij is niet beoordeeld voor een zorgsoort die een feit nodig heeft dat in die rij niet bruikbaar is; per zorgsoort en probleem (een rij met meer problemen telt bij elk daarvan mee):`];
  for (const table of rejected) {
    lines.push(`  ${table.zorgsoort}: ${count(table.afgewezen)} ${table.afgewezen === 1 ? "rij" : "rijen"} niet beoordeeld`);
    for (const group of table.afgewezenPerProbleem) lines.push(`    ${count(group.aantal).padStart(10)}  ${group.omschrijving}`);
  }
  lines.push(`Met beleid eval <beleid> --zorgsoort <zorgsoort> --aanbieders ${file} --uit resultaten.csv staat elke afgekeurde rij met de reden in resultaten.csv.`);
  return lines.join("\n") + "\n";
}

/** From the cache of compiled results when it has them; the compiler itself (~80 ms to load) is loaded only when needed. */
async function compileCached(path: string, sources: SourceFiles, cache: CompileCache | undefined): Promise<CompileResult> {
  const cached = cache?.lookup(path, {}, sources);
  if (cached) return cached;
  const { compileFile } = await import("../../compiler/compile.js");
  return cache ? cache.compileFile(path, {}, sources, compileFile) : compileFile(path, {}, sources);
}

export async function runDiff(oldFile: string, newFile: string, options: DiffOptions, io: CliIo): Promise<number> {
  const oldPath = onePolicyFile(oldFile, io);
  const newPath = onePolicyFile(newFile, io);
  const sources = new SourceFiles();
  const cache = projectCompileCache([oldPath, newPath], io.cwd);
  const older = await compileCached(oldPath, sources, cache);
  const newer = await compileCached(newPath, sources, cache);
  const diagnostics = [...older.diagnostics, ...newer.diagnostics];
  if (!older.model || !newer.model || hasErrors(diagnostics)) {
    printDiagnostics(diagnostics, sources, io);
    return EXIT_ERRORS;
  }
  for (const [path, model] of [[oldFile, older.model], [newFile, newer.model]] as const) {
    if (model.kind === "gedeeld") {
      throw new UsageError(`‘${path}’ is een gedeeld bestand, zonder eigen titel en versie; vergelijk twee versies van een inkoopbeleid dat het opneemt (het verslag noemt ook de wijzigingen in de gedeelde hoofdstukken).`);
    }
  }
  const result = diffModels(older.model, newer.model);
  printDiagnostics([...diagnostics, ...result.diagnostics], sources, io);
  if (hasErrors(result.diagnostics)) return EXIT_ERRORS;
  const impact = options.aanbieders !== undefined ? await impactOf(older.model, newer.model, options.aanbieders, io) : undefined;
  // An error in the file of providers: exit code 1, as with `beleid eval --aanbieders`.
  if (impact && "problem" in impact) return (await import("./evalBulk.js")).providersFileError(impact.problem, options.format === "json", io);
  io.stdout(renderReport(result.report, options.format, io.colour, impact?.tables));
  const total = Object.values(result.report.counts).reduce((a, b) => a + b, 0);
  // Rows a care type could not use: why, and exit code 1, as `beleid eval --aanbieders` does.
  const unusable = impact && "tables" in impact ? unusableRows(impact.tables, options.aanbieders as string) : undefined;
  if (unusable) io.stderr(unusable);
  if (options.failOn && result.report.counts[options.failOn] > 0) {
    io.stderr(`Het verslag bevat ${result.report.counts[options.failOn]} ${options.failOn === "strenger" ? "strengere" : options.failOn === "soepeler" ? "soepelere" : "onbepaalde"} ${result.report.counts[options.failOn] === 1 ? "wijziging" : "wijzigingen"} (--fail-on ${options.failOn}).\n`);
    return EXIT_ERRORS;
  }
  if (unusable) return EXIT_ERRORS;
  if (total === 0) {
    if (options.format === "tekst") return EXIT_NO_CHANGES;
    io.stderr(summaryLine(result.report) + "\n");
    return EXIT_NO_CHANGES;
  }
  return EXIT_OK;
}
