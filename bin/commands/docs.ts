/**
 * `beleid docs [paden…] [--out dist]`: compiles every policy and, only when none has an error,
 * writes the static site to `<out>/site/` — per policy version the document and the checker,
 * an index, and the evaluators and runtime the checker runs, and removes the pages an earlier
 * run wrote there that no longer belong. All files change together or not at all.
 */

import { projectFormatCache } from "../../compiler/emit/formatCache.js";
import { relative, resolve, sep } from "node:path";
import { planBuild, siteDirectory } from "../../compiler/build.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { summariseDiagnostics } from "../../compiler/diagnostics/render.js";
import { writeBuildOutputs } from "../../compiler/outputManifest.js";
import { removedNote } from "./build.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { countLine, diagnosticsJson, policyFilesFrom, printDiagnostics } from "./shared.js";

export interface DocsOptions {
  readonly out: string;
  readonly json?: boolean;
}

export async function runDocs(paths: string[], options: DocsOptions, io: CliIo): Promise<number> {
  const files = policyFilesFrom(paths, io);
  const siteDir = siteDirectory(resolve(io.cwd, options.out));
  const plan = await planBuild(files, resolve(io.cwd, options.out), { formatCache: projectFormatCache(files, io.cwd) });
  const failed = hasErrors(plan.diagnostics);
  const outputs = plan.outputs.filter((o) => o.path.startsWith(siteDir + sep));
  // Only shared files (policies/algemeen): a site without a single document is not what was asked.
  const documents = plan.evaluators.length;
  if (!failed && documents === 0) {
    throw new UsageError(
      `${files.length === 1 ? "Dit bestand bevat" : `Deze ${files.length} bestanden bevatten`} geen inkoopbeleid: een gedeeld bestand (zonder eigen titel en versie) krijgt geen eigen document. Geef de beleidsstukken die het opnemen, of de map policies.`,
    );
  }
  // The site's part of the output folder's record: pages of a policy removed since are removed.
  const result = failed ? undefined : writeBuildOutputs(outputs, { outDir: resolve(io.cwd, options.out), sources: files, scope: "site", projectDirs: [io.cwd] });
  if (result?.warning) io.stderr(`waarschuwing: ${result.warning}\n`);
  const removed = (result?.removed ?? []).map((path) => relative(io.cwd, path));
  const written = outputs.map((o) => relative(io.cwd, o.path));
  if (options.json) {
    io.stdout(
      JSON.stringify({ formatVersion: 1, geslaagd: !failed, bestanden: files, site: relative(io.cwd, siteDir) || ".", geschreven: failed ? [] : written, verwijderd: removed, diagnosen: diagnosticsJson(plan.diagnostics, plan.sources) }, null, 2) + "\n",
    );
    return failed ? EXIT_ERRORS : EXIT_OK;
  }
  printDiagnostics(plan.diagnostics, plan.sources, io);
  if (failed) {
    io.stderr(`${countLine(files.length, plan.diagnostics)}\nEr is niets geschreven: los eerst de fouten op.\n`);
    return EXIT_ERRORS;
  }
  // One parenthesis: "(52 bestanden, 1 waarschuwing)".
  const warnings = plan.diagnostics.length > 0 ? `, ${summariseDiagnostics(plan.diagnostics)}` : "";
  const site = relative(io.cwd, siteDir) || ".";
  io.stdout(
    `${documents === 1 ? "1 beleidsdocument met controlepagina" : `${documents} beleidsdocumenten met controlepagina's`} geschreven naar ${site}/ (${written.length} bestanden${warnings}${removedNote(removed.length)}).\nBekijk de site met ‘beleid serve’; de documenten kunt u ook vanaf schijf openen (${site}/index.html), de controlepagina's alleen via een webserver.\n`,
  );
  return EXIT_OK;
}
