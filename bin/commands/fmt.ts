/**
 * `beleid fmt [paden…] [--check]`: brings .policy files into the canonical layout (see
 * compiler/format/). With `--check` nothing is written; the files that would change are listed
 * and the exit code is 1, for CI; `--verschil` also shows what would change, as a unified diff.
 */

import { createTwoFilesPatch } from "diff";
import { formatFiles } from "../../compiler/format/formatFile.js";
import { partialLayoutNote } from "../../compiler/format/formatPolicy.js";
import { EXIT_ERRORS, EXIT_OK, type CliIo } from "../cli/io.js";
import { policyFilesFrom, printDiagnostics } from "./shared.js";

export interface FmtOptions {
  readonly check?: boolean;
  readonly verschil?: boolean;
}

const files = (n: number): string => (n === 1 ? "1 bestand" : `${n} bestanden`);

export async function runFmt(paths: string[], options: FmtOptions, io: CliIo): Promise<number> {
  const found = policyFilesFrom(paths, io);
  // --verschil shows what --check would report, so it writes nothing either.
  const check = options.check === true || options.verschil === true;
  const result = formatFiles(found, { check });
  printDiagnostics(result.diagnostics, result.sources, io);
  const changed = result.files.filter((f) => f.changed);
  for (const file of result.files) if (file.partial) io.stderr(`${partialLayoutNote(file.path, file.partial)}\n`);
  for (const file of result.files) if (file.writeError) io.stderr(`${file.writeError}\n`);
  const failed = result.files.filter((f) => f.diagnostics.length > 0 || f.writeError);
  if (check) {
    if (changed.length > 0) {
      io.stdout(`${changed.length === 1 ? "Dit bestand is" : "Deze bestanden zijn"} niet opgemaakt (voer ‘beleid fmt’ uit):\n${changed.map((f) => `  ${f.path}\n`).join("")}`);
      if (options.verschil) {
        for (const file of changed) io.stdout(`\n${createTwoFilesPatch(file.path, file.path, file.before ?? "", file.after ?? "", "zoals het is", "opgemaakt")}`);
      }
    } else if (failed.length === 0) {
      io.stdout(`${files(result.files.length)} gecontroleerd: alles is opgemaakt.\n`);
    }
    return changed.length > 0 || failed.length > 0 ? EXIT_ERRORS : EXIT_OK;
  }
  const written = changed.filter((f) => !f.writeError);
  const unchanged = result.files.length - written.length - failed.length;
  const parts = [`${files(written.length)} opgemaakt`, `${unchanged} ongewijzigd`];
  if (failed.length > 0) parts.push(`${failed.length} niet opgemaakt vanwege een fout`);
  io.stdout(`${parts.join(", ")}.\n`);
  return failed.length > 0 ? EXIT_ERRORS : EXIT_OK;
}
