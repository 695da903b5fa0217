/**
 * `beleid check [paden…]`: reports every diagnostic of the named policies, nothing else.
 */

import { checkFiles, versionDiagnostics } from "../../compiler/build.js";
import { projectCompileCache } from "../../compiler/cache/compileCache.js";
import { hasErrors, sortDiagnostics } from "../../compiler/diagnostics/diagnostic.js";
import { EXIT_ERRORS, EXIT_OK, type CliIo } from "../cli/io.js";
import { countLine, diagnosticsJson, policyFilesFrom, printDiagnostics } from "./shared.js";

export interface CheckOptions {
  readonly json?: boolean;
}

export async function runCheck(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const files = policyFilesFrom(paths, io);
  const compileCache = projectCompileCache(files, io.cwd);
  const checked = checkFiles(files, compileCache ? { compileCache } : {});
  const { compiled, sources } = checked;
  // Without errors, each policy is also compared with its previous version, as build does.
  const diagnostics = hasErrors(checked.diagnostics) ? checked.diagnostics : sortDiagnostics([...checked.diagnostics, ...versionDiagnostics(compiled, sources, compileCache)]);
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          formatVersion: 1,
          // Whether the exit code is 0, in the word build, docs, fmt and test use for it.
          geslaagd: !hasErrors(diagnostics),
          bestanden: files,
          fouten: diagnostics.filter((d) => d.severity === "fout").length,
          waarschuwingen: diagnostics.filter((d) => d.severity === "waarschuwing").length,
          diagnosen: diagnosticsJson(diagnostics, sources),
        },
        null,
        2,
      ) + "\n",
    );
  } else {
    printDiagnostics(diagnostics, sources, io);
    io.stdout(countLine(files.length, diagnostics) + "\n");
  }
  return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_OK;
}
