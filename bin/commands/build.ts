/**
 * `beleid build [paden…] [--out dist]`: compiles every policy and, only when none has an
 * error, writes the evaluators, the runtime and the site (`<out>/site/`), and removes what an
 * earlier build wrote there that no longer belongs (see `compiler/outputManifest.ts`). All
 * files change together or not at all.
 */

import { realpathSync } from "node:fs";
import { setImmediate as setImmediatePromise } from "node:timers/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { planBuild } from "../../compiler/build.js";
import { projectCompileCache } from "../../compiler/cache/compileCache.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { projectFormatCache } from "../../compiler/emit/formatCache.js";
import { writeBuildOutputs } from "../../compiler/outputManifest.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { runBuildWatch } from "./buildWatch.js";
import { onInterrupt } from "./interrupt.js";
import { countLine, diagnosticsJson, policyFilesFrom, printDiagnostics } from "./shared.js";

/**
 * The last line of a build's summary, in the words of `beleid docs`: how to look at the site. The
 * checker pages load their evaluator as a module, which a browser refuses from file://.
 */
function serveHint(cwd: string, outDir: string): string {
  const serve = resolve(cwd, outDir) === resolve(cwd, "dist") ? "beleid serve" : `beleid serve --out ${shownDir(cwd, outDir)}`;
  return `Bekijk de site met ‘${serve}’; de documenten kunt u ook vanaf schijf openen (${shownDir(cwd, outDir)}/site/index.html), de controlepagina's alleen via een webserver.\n`;
}

/** The output folder as the user would write it: relative below the working directory. */
function shownDir(cwd: string, dir: string): string {
  const rel = relative(cwd, dir);
  return rel === "" ? "." : rel.startsWith("..") ? dir : rel;
}

/**
 * How many files were written and how many of them are new or changed, for the status line:
 * "123 bestanden, waarvan 2 nieuw of gewijzigd". A file with the same content is not written
 * again (output.ts), so a rebuild often changes only a few.
 */
export function writtenNote(total: number, changed: number): string {
  const files = total === 1 ? "1 bestand" : `${total} bestanden`;
  if (changed === total) return files;
  if (changed === 0) return total === 1 ? `${files}, ongewijzigd` : `${files}, alle ongewijzigd`;
  return `${files}, waarvan ${changed} nieuw of gewijzigd`;
}

/**
 * Refuses (a usage error, exit code 2, before anything is written) an output folder that is a
 * folder of policies or holds one: `--out .` would put the evaluators next to the policies in
 * `policies/<domein>/` and a `package.json` in `policies/`, and a later build could remove or
 * refuse them as outputs. The rule: no policy of the build may lie in the output folder or
 * below it (links followed). An output folder inside the policies' folder (`policies/dist`) is
 * fine: nothing is written next to a policy there.
 */
export function refuseOutputOverInput(files: readonly string[], outDir: string, cwd: string): void {
  const out = realOrSame(outDir);
  const within = files.filter((file) => {
    const rel = relative(out, realOrSame(resolve(cwd, file)));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  });
  if (within.length === 0) return;
  const shown = shownDir(cwd, outDir);
  const example = relative(cwd, resolve(cwd, within[0] as string)) || (within[0] as string);
  throw new UsageError(
    `De uitvoermap ‘${shown}’ bevat zelf beleidsbestanden (zoals ‘${example}’): de evaluators en de site zouden dan tussen de beleidsbestanden komen te staan. Er is niets geschreven. Kies met --out een aparte map voor de uitvoer, bijvoorbeeld --out dist.`,
  );
}

/** The real path of `path` (links resolved), or `path` itself when it does not exist (yet). */
function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realOrSame(parent), basename(path));
  }
}

/**
 * Resolves once the event loop has polled for events at least once, which is when Node runs
 * the handler of a signal that arrived while synchronous work was going on: two turns, as the
 * first may end before the loop polls again.
 */
async function signalsHandled(): Promise<void> {
  await setImmediatePromise();
  await setImmediatePromise();
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
  refuseOutputOverInput(files, outDir, io.cwd);
  // Ctrl-C or SIGTERM: the outputs are written in one synchronous step (output.ts), so the
  // handler runs either before it (nothing changed) or after it (everything written), never
  // halfway; it says which.
  let done = false;
  const stopInterrupt = onInterrupt(() =>
    done ? `Afgebroken, maar pas nadat de uitvoer volledig was geschreven naar ${shownDir(io.cwd, outDir)}/.\n` : "Afgebroken; er is niets gewijzigd.\n",
  );
  let result: ReturnType<typeof writeBuildOutputs> | undefined;
  let plan: Awaited<ReturnType<typeof planBuild>>;
  let failed: boolean;
  try {
    const compileCache = projectCompileCache(files, io.cwd);
    plan = await planBuild(files, outDir, { formatCache: projectFormatCache(files, io.cwd), ...(compileCache ? { compileCache } : {}) });
    failed = hasErrors(plan.diagnostics);
    // Compiling hardly ever gives the event loop a turn: a Ctrl-C that came meanwhile is handled
    // now, before anything is written.
    if (!failed) await signalsHandled();
    result = failed ? undefined : writeBuildOutputs(plan.outputs, { outDir, sources: files, projectDirs: [io.cwd] });
    done = !failed;
  } finally {
    // A signal that came while writing is handled now, before the handler is taken away (which
    // would drop it).
    await signalsHandled();
    stopInterrupt();
  }
  if (result?.warning) io.stderr(`waarschuwing: ${result.warning}\n`);
  const removed = (result?.removed ?? []).map((path) => relative(io.cwd, path));
  const written = plan.outputs.map((o) => relative(io.cwd, o.path));
  const changed = (result?.changed ?? []).map((path) => relative(io.cwd, path));
  if (options.json) {
    io.stdout(
      JSON.stringify({ formatVersion: 1, geslaagd: !failed, bestanden: files, geschreven: failed ? [] : written, gewijzigd: changed, verwijderd: removed, diagnosen: diagnosticsJson(plan.diagnostics, plan.sources) }, null, 2) + "\n",
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
    `${files.length === 1 ? "1 beleidsbestand" : `${files.length} beleidsbestanden`} gecompileerd${warnings}; ${evaluators === 1 ? "1 evaluator" : `${evaluators} evaluators`}${reports > 0 ? `, ${reports === 1 ? "1 wijzigingsverslag" : `${reports} wijzigingsverslagen`}` : ""}, de runtime en de site geschreven naar ${shownDir(io.cwd, outDir)}/ (${writtenNote(written.length, changed.length)}${removedNote(removed.length)}).\n${serveHint(io.cwd, outDir)}`,
  );
  return EXIT_OK;
}
