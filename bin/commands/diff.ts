/**
 * `beleid diff <oud.policy> <nieuw.policy> [--format tekst|md|html|json] [--fail-on strenger]`:
 * the Dutch change report between two versions of a policy.
 *
 * Exit codes: 0 changes reported; 3 no changes at all; 1 a policy has errors, --fail-on
 * found a change of that class, or the file of providers (--aanbieders) is missing or cannot
 * be read as a whole, or has rows a care type cannot use (after the report, with why in it:
 * as `beleid eval --aanbieders`; before "no changes", 3); 2 wrong use.
 *
 * With `--format json` standard output is one JSON document: the report, or the error
 * (`{ "fout": "beleid" | "aanbiedersbestand" | "gebruik", … }`), as `--json` gives it for the
 * other commands; the message for a person is on standard error. Not yet for the errors
 * commander finds in the options themselves (cli/program.ts looks for `--json` only).
 */

import { projectCompileCache, type CompileCache } from "../../compiler/cache/compileCache.js";
import type { CompileResult } from "../../compiler/compile.js";
import type { ImpactTable } from "../../compiler/diff/impact.js";
import type { PolicyModel } from "../../compiler/model.js";
import type { RowFormat } from "../../compiler/facts/rows.js";
import { hasErrors, type Diagnostic } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport, summaryLine, type ReportFormat } from "../../compiler/diff/render.js";
import { SourceFiles } from "../../compiler/span.js";
import { EXIT_ERRORS, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from "../cli/io.js";
import { diagnosticsJson, onePolicyFile, printDiagnostics, providersBytes, providersFile, providersFileError, rowsFileFormat } from "./shared.js";

/** No differences between the two versions. */
export const EXIT_NO_CHANGES = 3;

export interface DiffOptions {
  readonly format: ReportFormat;
  readonly failOn?: "strenger" | "soepeler" | "onbepaald";
  /** A dataset of providers to evaluate with both versions. */
  readonly aanbieders?: string;
}

/** The impact tables, or why the file of providers cannot be read as a whole (an error in the input). */
async function impactOf(older: PolicyModel, newer: PolicyModel, path: string, full: string, format: RowFormat): Promise<{ readonly tables: ImpactTable[] } | { readonly problem: string }> {
  // Loaded only for --aanbieders: the CSV reader and the evaluator cost every other diff ~20 ms.
  const [{ computeImpact }, { loadEvaluator }, { RowsError }] = await Promise.all([
    import("../../compiler/diff/impact.js"),
    import("../../compiler/evaluate.js"),
    import("../../compiler/facts/rows.js"),
  ]);
  const evaluators = { older: await loadEvaluator(older), newer: await loadEvaluator(newer) };
  try {
    return { tables: await computeImpact(older, newer, evaluators, providersBytes(full), format) };
  } catch (error) {
    if (error instanceof RowsError) {
      const hint = error.missingColumns.length > 0 ? ` Een passend proefbestand maakt u met: beleid aanbieders ${newer.file} --ook ${older.file} --uit aanbieders.csv` : "";
      return { problem: `${path}: ${error.message}${hint}` };
    }
    throw error;
  }
}

/**
 * Rows of the file of providers that a care type could not use: the report says why, per care
 * type and per fact and kind of problem (compiler/diff/render.ts, `afgewezenPerProbleem` in
 * JSON); standard error says that this is why the exit code is 1, and how to see every such
 * row. Undefined when every row could be used. Rows only one version refuses are not counted
 * here: they are no error in the file.
 */
function unusableRows(tables: readonly ImpactTable[], file: string): string | undefined {
  if (tables.every((t) => t.afgewezen === 0)) return undefined;
  return `Niet elke rij van ${file} is bruikbaar; waarom, staat per zorgsoort in het verslag. Met beleid eval <beleid> --zorgsoort <zorgsoort> --aanbieders ${file} --uit resultaten.csv staat elke afgekeurde rij met de reden in resultaten.csv.\n`;
}

/**
 * A policy with errors (or two versions that cannot be compared): the diagnostics on standard
 * error and, with `--format json`, also on standard output as `{ "fout": "beleid", "bericht":
 * …, "diagnosen": … }`, as `beleid eval --json` gives them. Exit code 1.
 */
function policyErrors(diagnostics: readonly Diagnostic[], bericht: string, sources: SourceFiles, options: DiffOptions, io: CliIo): number {
  printDiagnostics(diagnostics, sources, io);
  if (options.format === "json") io.stdout(JSON.stringify({ fout: "beleid", bericht, diagnosen: diagnosticsJson(diagnostics, sources) }, null, 2) + "\n");
  return EXIT_ERRORS;
}

/** The `bericht` of a policy that cannot be used: which of the two, and how many errors and warnings. */
function unusablePolicies(files: readonly string[], diagnostics: readonly Diagnostic[]): string {
  const named = files.map((f) => `‘${f}’`).join(" en ");
  return `${files.length === 1 ? `Het beleid ${named} kan` : `De beleidsstukken ${named} kunnen`} niet worden gebruikt: ${summariseDiagnostics(diagnostics)}.`;
}

/** From the cache of compiled results when it has them; the compiler itself (~80 ms to load) is loaded only when needed. */
async function compileCached(path: string, sources: SourceFiles, cache: CompileCache | undefined): Promise<CompileResult> {
  const cached = cache?.lookup(path, {}, sources);
  if (cached) return cached;
  const { compileFile } = await import("../../compiler/compile.js");
  return cache ? cache.compileFile(path, {}, sources, compileFile) : compileFile(path, {}, sources);
}

export async function runDiff(oldFile: string, newFile: string, options: DiffOptions, io: CliIo): Promise<number> {
  try {
    return await diff(oldFile, newFile, options, io);
  } catch (error) {
    // A program that asked for JSON reads standard output: a usage error reaches it there too,
    // as it does with --json for every other command (cli/program.ts).
    if (options.format !== "json" || !(error instanceof UsageError)) throw error;
    io.stderr(`fout: ${error.message}\n`);
    io.stdout(JSON.stringify({ fout: "gebruik", bericht: error.message }, null, 2) + "\n");
    return EXIT_USAGE;
  }
}

async function diff(oldFile: string, newFile: string, options: DiffOptions, io: CliIo): Promise<number> {
  const json = options.format === "json";
  // The file of providers before the policies are compiled: a wrong name is wrong use (exit
  // code 2), a missing or unreadable file an error in the input (exit code 1).
  const providers = options.aanbieders !== undefined ? { format: rowsFileFormat(options.aanbieders, "--aanbieders"), file: providersFile(options.aanbieders, io) } : undefined;
  if (providers && "problem" in providers.file) return providersFileError(providers.file.problem, json, io);
  const oldPath = onePolicyFile(oldFile, io);
  const newPath = onePolicyFile(newFile, io);
  const sources = new SourceFiles();
  const cache = projectCompileCache([oldPath, newPath], io.cwd);
  const older = await compileCached(oldPath, sources, cache);
  const newer = await compileCached(newPath, sources, cache);
  const diagnostics = [...older.diagnostics, ...newer.diagnostics];
  if (!older.model || !newer.model || hasErrors(diagnostics)) {
    const broken = ([[oldFile, older], [newFile, newer]] as const).filter(([, r]) => !r.model || hasErrors(r.diagnostics)).map(([file]) => file);
    return policyErrors(diagnostics, unusablePolicies(broken, diagnostics), sources, options, io);
  }
  for (const [path, model] of [[oldFile, older.model], [newFile, newer.model]] as const) {
    if (model.kind === "gedeeld") {
      throw new UsageError(`‘${path}’ is een gedeeld bestand, zonder eigen titel en versie; vergelijk twee versies van een inkoopbeleid dat het opneemt (het verslag noemt ook de wijzigingen in de gedeelde hoofdstukken).`);
    }
  }
  const result = diffModels(older.model, newer.model);
  if (hasErrors(result.diagnostics)) {
    const all = [...diagnostics, ...result.diagnostics];
    return policyErrors(all, `De versies ‘${oldFile}’ en ‘${newFile}’ kunnen niet worden vergeleken: ${summariseDiagnostics(all)}.`, sources, options, io);
  }
  printDiagnostics([...diagnostics, ...result.diagnostics], sources, io);
  const impact = providers && "path" in providers.file ? await impactOf(older.model, newer.model, options.aanbieders as string, providers.file.path, providers.format) : undefined;
  // An error in the file of providers: exit code 1, as with `beleid eval --aanbieders`.
  if (impact && "problem" in impact) return providersFileError(impact.problem, json, io);
  io.stdout(renderReport(result.report, options.format, io.colour, impact?.tables));
  const total = Object.values(result.report.counts).reduce((a, b) => a + b, 0);
  // Rows a care type could not use: exit code 1, as `beleid eval --aanbieders` gives.
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
