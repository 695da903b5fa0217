/**
 * `beleid check [paden…]`: reports every diagnostic of the named policies, nothing else.
 */

import { checkFiles } from "../../compiler/build.js";
import { projectCompileCache } from "../../compiler/cache/compileCache.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { EXIT_ERRORS, EXIT_OK, type CliIo } from "../cli/io.js";
import { countLine, diagnosticsJson, policyFilesFrom, printDiagnostics } from "./shared.js";

export interface CheckOptions {
  readonly json?: boolean;
}

export async function runCheck(paths: string[], options: CheckOptions, io: CliIo): Promise<number> {
  const files = policyFilesFrom(paths, io);
  const compileCache = projectCompileCache(files, io.cwd);
  const { diagnostics, sources } = checkFiles(files, compileCache ? { compileCache } : {});
  if (options.json) {
    io.stdout(
      JSON.stringify(
        {
          formatVersion: 1,
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
