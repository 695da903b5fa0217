/**
 * `beleid fmt [paden…] [--check]`: brings .policy files into the canonical layout (see
 * compiler/format/). With `--check` nothing is written; the files that would change are listed
 * and the exit code is 1, for CI; `--verschil` also shows what would change, as a unified diff.
 * With `--json` standard output is one JSON document: per file its status and diagnostics.
 */

import { createTwoFilesPatch } from "diff";
import { formatFiles, type FormatFilesResult, type FormattedFile } from "../../compiler/format/formatFile.js";
import { partialLayoutNote } from "../../compiler/format/formatPolicy.js";
import { EXIT_ERRORS, EXIT_OK, type CliIo } from "../cli/io.js";
import { diagnosticsJson, policyFilesFrom, printDiagnostics } from "./shared.js";

export interface FmtOptions {
  readonly check?: boolean;
  readonly verschil?: boolean;
  readonly json?: boolean;
}

const files = (n: number): string => (n === 1 ? "1 bestand" : `${n} bestanden`);

/** What happened to a file, in the words of `--json`. */
type FmtStatus = "opgemaakt" | "ongewijzigd" | "zou-veranderen" | "fout";

const failedFile = (file: FormattedFile): boolean => file.diagnostics.length > 0 || file.writeError !== undefined;

function statusOf(file: FormattedFile, check: boolean): FmtStatus {
  if (failedFile(file)) return "fout";
  if (!file.changed) return "ongewijzigd";
  return check ? "zou-veranderen" : "opgemaakt";
}

const patchOf = (file: FormattedFile): string => createTwoFilesPatch(file.path, file.path, file.before ?? "", file.after ?? "", "zoals het is", "opgemaakt");

export async function runFmt(paths: string[], options: FmtOptions, io: CliIo): Promise<number> {
  const found = policyFilesFrom(paths, io);
  // --verschil shows what --check would report, so it writes nothing either.
  const check = options.check === true || options.verschil === true;
  const result = formatFiles(found, { check });
  const changed = result.files.filter((f) => f.changed);
  const failed = result.files.filter(failedFile);
  const exitCode = failed.length > 0 || (check && changed.length > 0) ? EXIT_ERRORS : EXIT_OK;
  if (options.json) {
    io.stdout(JSON.stringify(fmtJson(result, check, options.verschil === true, exitCode === EXIT_OK), null, 2) + "\n");
    return exitCode;
  }
  printDiagnostics(result.diagnostics, result.sources, io);
  for (const file of result.files) if (file.partial) io.stderr(`${partialLayoutNote(file.path, file.partial)}\n`);
  for (const file of result.files) if (file.writeError) io.stderr(`${file.writeError}\n`);
  if (check) {
    if (changed.length > 0) {
      io.stdout(`${changed.length === 1 ? "Dit bestand is" : "Deze bestanden zijn"} niet opgemaakt (voer ‘beleid fmt’ uit):\n${changed.map((f) => `  ${f.path}\n`).join("")}`);
      if (options.verschil) {
        for (const file of changed) io.stdout(`\n${patchOf(file)}`);
      }
    } else if (failed.length === 0) {
      io.stdout(`${files(result.files.length)} gecontroleerd: alles is opgemaakt.\n`);
    }
    return exitCode;
  }
  const written = changed.filter((f) => !f.writeError);
  const unchanged = result.files.length - written.length - failed.length;
  const parts = [`${files(written.length)} opgemaakt`, `${unchanged} ongewijzigd`];
  if (failed.length > 0) parts.push(`${failed.length} niet opgemaakt vanwege een fout`);
  io.stdout(`${parts.join(", ")}.\n`);
  return exitCode;
}

/**
 * The result of `beleid fmt --json`: `geslaagd` as in `build --json` (the exit code is 0), and
 * per file its status, its diagnostics as `check --json` gives them, why it could not be
 * written (`fout`), why only part of the layout was applied (`gedeeltelijk`) and, with
 * `--verschil`, what would change (`verschil`, a unified diff).
 */
function fmtJson(result: FormatFilesResult, check: boolean, verschil: boolean, passed: boolean) {
  return {
    formatVersion: 1,
    geslaagd: passed,
    controle: check,
    bestanden: result.files.map((file) => ({
      pad: file.path,
      status: statusOf(file, check),
      diagnosen: diagnosticsJson(file.diagnostics, result.sources),
      ...(file.writeError !== undefined ? { fout: file.writeError } : {}),
      ...(file.partial !== undefined ? { gedeeltelijk: partialLayoutNote(file.path, file.partial) } : {}),
      ...(verschil && file.changed ? { verschil: patchOf(file) } : {}),
    })),
  };
}
