/**
 * `beleid build [paden…] [--out dist]`: compiles every policy and, only when none has an
 * error, writes the evaluators, the runtime and the site (`<out>/site/`), and removes what an
 * earlier build wrote there that no longer belongs (see `compiler/outputManifest.ts`). All
 * files change together or not at all.
 */

import { relative, resolve } from "node:path";
import { planBuild } from "../../compiler/build.js";
import { projectCompileCache } from "../../compiler/cache/compileCache.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { projectFormatCache } from "../../compiler/emit/formatCache.js";
import { writeBuildOutputs } from "../../compiler/outputManifest.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { runBuildWatch } from "./buildWatch.js";
import { countLine, diagnosticsJson, policyFilesFrom, printDiagnostics } from "./shared.js";

/** The output folder as the user would write it: relative below the working directory. */
function shownDir(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel === "" ? "." : rel.startsWith("..") ? dir : rel;
}

/** How many outputs of an earlier build were removed, for the status line. */
export function removedNote(count: number): string {
  return count === 0 ? "" : count === 1 ? "; 1 verouderd bestand verwijderd" : `; ${count} verouderde bestanden verwijderd`;
}

export interface BuildOptions {
  readonly out: string;
  readonly json?: boolean;
  readonly watch?: boolean;
}

export async function runBuild(paths: string[], options: BuildOptions, io: CliIo): Promise<number> {
  if (options.watch) {
    if (options.json) throw new UsageError("--watch en --json gaan niet samen.");
    return runBuildWatch(paths, options.out, io);
  }
  const files = policyFilesFrom(paths, io);
  const outDir = resolve(io.cwd, options.out);
  const compileCache = projectCompileCache(files, io.cwd);
  const plan = await planBuild(files, outDir, { formatCache: projectFormatCache(files, io.cwd), ...(compileCache ? { compileCache } : {}) });
  const failed = hasErrors(plan.diagnostics);
  const result = failed ? undefined : writeBuildOutputs(plan.outputs, { outDir, sources: files, projectDirs: [io.cwd] });
  if (result?.warning) io.stderr(`waarschuwing: ${result.warning}\n`);
  const removed = (result?.removed ?? []).map((path) => relative(io.cwd, path));
  const written = plan.outputs.map((o) => relative(io.cwd, o.path));
  if (options.json) {
    io.stdout(
      JSON.stringify({ formatVersion: 1, geslaagd: !failed, bestanden: files, geschreven: failed ? [] : written, verwijderd: removed, diagnosen: diagnosticsJson(plan.diagnostics, plan.sources) }, null, 2) + "\n",
    );
    return failed ? EXIT_ERRORS : EXIT_OK;
  }
  printDiagnostics(plan.diagnostics, plan.sources, io);
  if (failed) {
    io.stderr(`${countLine(files.length, plan.diagnostics)}\nEr is niets geschreven: los eerst de fouten op.\n`);
    return EXIT_ERRORS;
  }
  const evaluators = plan.evaluators.length;
  const reports = plan.outputs.filter((o) => o.path.endsWith(".md") && o.path.includes(`${"wijzigingen"}`)).length;
  const warnings = plan.diagnostics.length > 0 ? ` (${summariseDiagnostics(plan.diagnostics)})` : "";
  io.stdout(
    `${files.length === 1 ? "1 beleidsbestand" : `${files.length} beleidsbestanden`} gecompileerd${warnings}; ${evaluators === 1 ? "1 evaluator" : `${evaluators} evaluators`}${reports > 0 ? `, ${reports === 1 ? "1 wijzigingsverslag" : `${reports} wijzigingsverslagen`}` : ""}, de runtime en de site geschreven naar ${shownDir(io.cwd, outDir)}/ (${written.length} bestanden${removedNote(removed.length)}).\n`,
  );
  return EXIT_OK;
}
