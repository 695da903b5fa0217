/**
 * Pieces the commands share: finding the files a user named, and printing diagnostics.
 */

import { accessSync, constants, createReadStream, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { renderDiagnostics, summariseDiagnostics, diagnosticToJson } from "../../compiler/diagnostics/render.js";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.js";
import type { RowFormat } from "../../compiler/facts/chunks.js";
import { findPolicyFiles, type SpecialPath } from "../../compiler/files.js";
import type { PolicyModel } from "../../compiler/model.js";
import type { SourceFiles } from "../../compiler/span.js";
import { closestName } from "../../compiler/suggest.js";
import { EXIT_ERRORS, UsageError, whyUnreadable, type CliIo } from "../cli/io.js";

/**
 * The .policy files under `paths` (default: `policies/`), or a usage error: for a path that
 * does not exist, for a named file that is not a .policy file (it is never read as a policy,
 * let alone rewritten by `fmt`), for a .policy path, named or found in a folder, that is no
 * regular file (a loop of symbolic links, a link to nothing, a named pipe: read, it would make
 * the command wait forever), and when no .policy file is found at all. A folder with a name
 * that ends in .policy is searched as a folder; when nothing is in it, that is said, as
 * `beleid test` says it: named alone, a usage error; named next to other paths or found while
 * searching, a warning on standard error that it was skipped.
 */
/**
 * The skipped folders already named to each user (each CliIo): `build --watch` looks for the
 * files again before it starts and at every change, and says each one once.
 */
const warnedFolders = new WeakMap<CliIo, Set<string>>();

export function policyFilesFrom(paths: readonly string[], io: CliIo): string[] {
  const named = paths.length > 0 ? paths : ["policies"];
  const searched = named.map((p) => (resolve(io.cwd, p) === resolve(p) ? p : resolve(io.cwd, p)));
  const found = findPolicyFiles(searched);
  // A path is shown as the user wrote it; one found in a folder, under the folder as written.
  const shown = (p: string) => {
    const i = searched.findIndex((s) => p === s || p.startsWith(`${s}${sep}`));
    return i < 0 ? p : `${named[i]}${p.slice((searched[i] as string).length)}`;
  };
  if (found.missing.length > 0) {
    throw new UsageError(paths.length === 0 ? "Er zijn geen paden opgegeven en de map ‘policies/’ bestaat hier niet." : missingPaths(found.missing.map(shown)));
  }
  if (found.special.length > 0) throw new UsageError(specialPaths(found.special.map((p) => ({ ...p, path: shown(p.path) }))));
  if (found.other.length > 0) throw new UsageError(notPolicyFiles(found.other.map(shown)));
  // Named alone and empty: the usage error says what it is (after the folders skipped inside it).
  const alone = found.files.length === 0 && paths.length === 1 && found.emptyPolicyFolders.includes(searched[0] as string) ? (searched[0] as string) : undefined;
  const warned = warnedFolders.get(io) ?? new Set<string>();
  warnedFolders.set(io, warned);
  for (const folder of found.emptyPolicyFolders) {
    const warning = skippedFolderWarning(shown(folder), ["beleid"]);
    if (folder !== alone && !warned.has(warning)) io.stderr(warning);
    warned.add(warning);
  }
  if (alone !== undefined) throw new UsageError(`${emptyFolder(shown(alone), ["beleid"])}.`);
  if (found.files.length === 0) throw new UsageError(`Geen .policy-bestanden gevonden in ${quotedList(named)}.`);
  return found.files;
}

/** What a command looks for in a folder: policies (.policy) or test files (.test.yaml). */
export type FolderContent = "beleid" | "tests";

/**
 * Said of a folder whose name ends in .policy (or .test.yaml) in which the command found
 * nothing it looks for (`missing`), as a sentence without its full stop: ‘x.policy’ is een map,
 * geen .policy-bestand, en er staan geen .policy-bestanden in. Named alone, this is the usage
 * error; named next to other paths or found while searching, see `skippedFolderWarning`.
 */
export function emptyFolder(path: string, missing: readonly FolderContent[]): string {
  const what = path.replace(/[/\\]+$/, "").endsWith(".test.yaml") ? "testbestand" : ".policy-bestand";
  const names: Record<FolderContent, string> = { beleid: "geen .policy-bestanden", tests: "geen testbestanden (.test.yaml)" };
  return `‘${path}’ is een map, geen ${what}, en er staan ${missing.map((m) => names[m]).join(" en ")} in`;
}

/** The warning, a line for standard error, that such a folder (see `emptyFolder`) was skipped. */
export function skippedFolderWarning(path: string, missing: readonly FolderContent[]): string {
  return `waarschuwing: ${emptyFolder(path, missing)}; overgeslagen.\n`;
}

/** ‘a’, ‘b’ en ‘c’. */
export function quotedList(paths: readonly string[]): string {
  const quoted = paths.map((p) => `‘${p}’`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} en ${quoted.at(-1)}`;
}

/** The usage error for named paths that do not exist. */
export function missingPaths(paths: readonly string[]): string {
  return paths.length === 1 ? `Het pad ‘${paths[0]}’ bestaat niet.` : `De paden ${quotedList(paths)} bestaan niet.`;
}

/** What a path that is no regular file is, as the rest of a sentence that names it. */
function specialReason(path: SpecialPath): string {
  switch (path.kind) {
    case "lus":
      return "is een kring van symbolische koppelingen: ze verwijzen naar elkaar en komen bij geen bestand uit";
    case "koppeling-naar-niets":
      return `is een symbolische koppeling naar ‘${path.target ?? "?"}’, en dat bestaat niet`;
    case "fifo":
      return "is geen gewoon bestand maar een named pipe (FIFO)";
    case "socket":
      return "is geen gewoon bestand maar een socket";
    case "apparaat":
      return "is geen gewoon bestand maar een apparaat";
    case "ontoegankelijk":
      return path.code === undefined ? "kan niet worden gelezen: er is geen toestemming om het (of de map waarin het staat) te lezen" : `kan niet worden gelezen (${path.code})`;
  }
}

/**
 * The usage error for .policy paths that are no regular file. Refused rather than skipped,
 * also when found in a folder: a run that passes over a policy would look complete.
 */
export function specialPaths(paths: readonly SpecialPath[]): string {
  // Said of what is there but is no file; a path that cannot be read is said as such.
  const end = paths.some((p) => p.kind !== "ontoegankelijk") ? "beleid leest alleen gewone bestanden." : "";
  if (paths.length === 1) return `‘${paths[0]?.path}’ ${specialReason(paths[0] as SpecialPath)}${end ? `; ${end}` : "."}`;
  return `Deze paden kunnen niet worden gelezen: ${paths.map((p) => `‘${p.path}’ ${specialReason(p)}`).join("; ")}.${end ? ` ${end.charAt(0).toUpperCase()}${end.slice(1)}` : ""}`;
}

/** The usage error for named files that are not .policy files, with the command for a test file. */
function notPolicyFiles(paths: readonly string[]): string {
  if (paths.length > 1) return `Deze bestanden zijn geen .policy-bestanden: ${paths.map((p) => `‘${p}’`).join(", ")}. Geef .policy-bestanden of mappen.`;
  const path = paths[0] as string;
  if (path.endsWith(".test.yaml")) return `‘${path}’ is een testbestand, geen .policy-bestand; voer het uit met ‘beleid test ${path}’.`;
  return `‘${path}’ is geen .policy-bestand; beleid leest en schrijft alleen .policy-bestanden (of de .policy-bestanden in een map).`;
}

/**
 * The one .policy file a command works on (`eval`, `diff`, `aanbieders`): a folder is a usage
 * error that names the files in it, instead of silently taking the first of them.
 */
export function onePolicyFile(path: string, io: CliIo): string {
  // A missing path or a folder without policy files is already a usage error here.
  const files = policyFilesFrom([path], io);
  const folder = resolve(io.cwd, path);
  if (statSync(folder).isDirectory()) {
    const names = files.map((f) => relative(folder, resolve(io.cwd, f)));
    const shown = names.length > 6 ? [...names.slice(0, 6), "…"] : names;
    throw new UsageError(`‘${path}’ is een map; geef één .policy-bestand (in deze map: ${shown.join(", ")}).`);
  }
  return files[0] as string;
}

/**
 * The absolute path and size of the file of providers the user named (`--aanbieders`), or why
 * it cannot be read: missing, a folder, no permission. That is an error in the input (exit
 * code 1, `"fout": "aanbiedersbestand"` with JSON), as an unreadable `--feiten` file is.
 */
export function providersFile(path: string, io: CliIo): { readonly path: string; readonly size: number } | { readonly problem: string } {
  const full = resolve(io.cwd, path);
  try {
    const stats = statSync(full);
    if (stats.isDirectory()) return { problem: `‘${path}’ is een map; geef het bestand met zorgaanbieders.` };
    // Not opened: a named pipe would wait here for a writer.
    accessSync(full, constants.R_OK);
    return { path: full, size: stats.size };
  } catch (error) {
    return { problem: `Het bestand met zorgaanbieders ‘${path}’ ${whyUnreadable(error)}.` };
  }
}

/**
 * The bytes of the file of providers (`providersFile`'s path). A file that fails while it is
 * read (a disk error) is a `RowsError`, an error in the input as a whole, not a crash.
 */
export async function* providersBytes(full: string, highWaterMark?: number): AsyncGenerator<Buffer> {
  try {
    for await (const piece of createReadStream(full, highWaterMark !== undefined ? { highWaterMark } : {})) yield piece as Buffer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.syscall === undefined) throw error;
    // Loaded here: every command reads this file, few read providers (papaparse).
    const { RowsError } = await import("../../compiler/facts/chunks.js");
    throw new RowsError(`Het bestand ${whyUnreadable(error)}.`);
  }
}

/**
 * An error in the file of providers as a whole (missing or unreadable, a missing column, not
 * UTF-8, separated by tabs, empty), for `beleid eval --aanbieders` and `beleid diff
 * --aanbieders`: an error in the input, exit code 1; with JSON output also on standard output
 * as `{ "fout": "aanbiedersbestand", "bericht": … }`, as `beleid eval --feiten` gives
 * `feitenbestand`.
 */
export function providersFileError(message: string, json: boolean, io: CliIo): number {
  io.stderr(`fout: ${message}\n`);
  if (json) io.stdout(JSON.stringify({ fout: "aanbiedersbestand", bericht: message }, null, 2) + "\n");
  return EXIT_ERRORS;
}

/**
 * The format of a file of providers, by its extension: `.csv`, or `.jsonl`/`.ndjson` for JSON
 * lines. Any other name is a usage error, so a CSV file is never written under a `.json` name
 * and a JSON file is never read as CSV.
 */
export function rowsFileFormat(path: string, option: string): RowFormat {
  if (/\.csv$/i.test(path)) return "csv";
  if (/\.(jsonl|ndjson)$/i.test(path)) return "jsonl";
  const json = /\.json$/i.test(path) ? " Een bestand met één JSON-object per regel heet .jsonl." : "";
  throw new UsageError(`${option} ‘${path}’: de bestandsnaam moet eindigen op .csv (CSV), of op .jsonl of .ndjson (JSON-regels: één object per regel).${json}`);
}

/**
 * How many diagnostics of one code the text output shows; the rest are counted in a line at
 * the end (a policy with 40,000 unused facts would otherwise fill the terminal). `--json` gives
 * them all.
 */
export const DIAGNOSTICS_PER_CODE = 100;

export function printDiagnostics(diagnostics: readonly Diagnostic[], sources: SourceFiles, io: CliIo): void {
  if (diagnostics.length === 0) return;
  const text = renderDiagnostics(diagnostics, sources, { colour: io.colour, perCode: DIAGNOSTICS_PER_CODE });
  const cut = diagnostics.length > DIAGNOSTICS_PER_CODE && /^Nog .* niet getoond\.$/m.test(text);
  io.stderr(text + (cut ? "\nMet --json komen alle meldingen." : "") + "\n\n");
}

export function diagnosticsJson(diagnostics: readonly Diagnostic[], sources: SourceFiles) {
  return diagnostics.map((d) => diagnosticToJson(d, sources));
}

export function countLine(files: number, diagnostics: readonly Diagnostic[]): string {
  const subject = files === 1 ? "1 beleidsbestand" : `${files} beleidsbestanden`;
  return `${subject} gecontroleerd: ${summariseDiagnostics(diagnostics)}.`;
}

/** The care type to evaluate: the one named, or the policy's only one when none is named. */
export function chooseCareType(model: PolicyModel, file: string, zorgsoort: string | undefined): string {
  requireCareType(model, file, zorgsoort);
  if (zorgsoort !== undefined) return zorgsoort;
  const ids = model.careTypes.map((c) => c.id);
  if (ids.length === 1) return ids[0] as string;
  throw new UsageError(`Kies met --zorgsoort welke zorgsoort u wilt beoordelen; dit beleid heeft er ${ids.length}: ${ids.join(", ")}.`);
}

/**
 * Stops with a usage error unless `model` has the care type `zorgsoort`: for a shared file
 * (no care types at all) that it is one, otherwise which care types there are, with the
 * closest name when it looks like a typo.
 */
export function requireCareType(model: PolicyModel, file: string, zorgsoort: string | undefined): void {
  if (model.careTypes.length === 0) throw new UsageError(`‘${file}’ is een gedeeld bestand zonder zorgsoorten; kies een inkoopbeleid dat het opneemt.`);
  if (zorgsoort === undefined || model.careTypes.some((c) => c.id === zorgsoort)) return;
  const ids = model.careTypes.map((c) => c.id);
  const suggestion = closestName(zorgsoort, ids);
  throw new UsageError(`Onbekende zorgsoort ‘${zorgsoort}’.${suggestion ? ` Bedoelt u ‘${suggestion}’?` : ""} Zorgsoorten in dit beleid: ${ids.join(", ")}.`);
}
