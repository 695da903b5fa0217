/**
 * The record of what beleid wrote in an output folder (`<out>/.beleid-uitvoer.json`), so a
 * later build removes exactly its own outputs that no longer belong — those of a policy that
 * was deleted, renamed or moved, or turned into a shared file — and never a file it did not
 * write. Per file the record holds a SHA-256 of what was written and the policy files it was
 * made from; a recorded file is removed only when it is still exactly what beleid wrote.
 *
 * An output is stale when this build does not write it and it is in the part of the folder
 * this command writes (`scope`: `site/` for `beleid docs`, everything for `beleid build`) and
 * either it belongs to the build as a whole (the runtime, the site) or one of its policies is
 * among this build's files or no longer exists. So `beleid build policies/mondzorg` leaves the
 * evaluators of other domains alone. The removals and the new record are written together with
 * the outputs by `writeOutputs`: all or nothing.
 */

import { createHash } from "node:crypto";
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, writeSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { displayPath } from "./displayPath.js";
import { OutputError, writeOutputs, type OutputFile } from "./output.js";
import { opsomming } from "../runtime/sentences.js";

/** The file name of the record, in the output folder. */
export const MANIFEST_NAME = ".beleid-uitvoer.json";

interface ManifestEntry {
  readonly sha256: string;
  /** The policy files the output was made from, relative to the output folder. */
  readonly bronnen?: readonly string[];
}

interface Manifest {
  readonly formatVersion: 1;
  readonly toelichting: string;
  readonly bestanden: Readonly<Record<string, ManifestEntry>>;
}

const EXPLANATION =
  "De bestanden die beleid in deze map heeft geschreven. beleid verwijdert alleen bestanden uit deze lijst die het niet meer schrijft, en alleen als ze niet zijn veranderd. Niet met de hand aanpassen.";

export interface WriteBuildOptions {
  /** The output folder (`--out`); the record lives there. */
  readonly outDir: string;
  /** The policy files of this build. */
  readonly sources: readonly string[];
  /**
   * The project folders (where beleid runs, the folders it watches): only a policy in one of
   * them that no longer exists makes its outputs stale. A recorded policy path that does not lead
   * into them (the project or the output folder moved, or was reached through a link) is not
   * taken for a removed policy. The working directory by default.
   */
  readonly projectDirs?: readonly string[];
  /** The folder below `outDir` this command writes (`site` for `beleid docs`); all of it by default. */
  readonly scope?: string;
}

export interface WriteBuildResult {
  /** The outputs of earlier builds that were removed (absolute paths). */
  readonly removed: readonly string[];
  /**
   * The outputs that were written because they are new or changed (absolute paths, the record
   * not counted); an output that already held exactly its content is left untouched.
   */
  readonly changed: readonly string[];
  /** Set when the record could not be read: outputs no longer built may have stayed. */
  readonly warning?: string;
}

function sha256(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** `path` relative to `dir` with forward slashes, or undefined when it is not inside `dir`. */
function inside(dir: string, path: string): string | undefined {
  const rel = relative(dir, resolve(path));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

/**
 * The record in `outDir`: empty when there is none, and also when it cannot be read (then
 * nothing is removed, and `unreadable` says so).
 */
function readManifest(outDir: string): { entries: Record<string, ManifestEntry>; unreadable: boolean } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(outDir, MANIFEST_NAME), "utf8"));
  } catch (error) {
    return { entries: {}, unreadable: (error as NodeJS.ErrnoException).code !== "ENOENT" };
  }
  const files = (parsed as Partial<Manifest> | null)?.bestanden;
  if ((parsed as Partial<Manifest> | null)?.formatVersion !== 1 || typeof files !== "object" || files === null) return { entries: {}, unreadable: true };
  const entries: Record<string, ManifestEntry> = {};
  for (const [path, entry] of Object.entries(files)) {
    const bronnen = (entry as Partial<ManifestEntry> | null)?.bronnen;
    if (typeof entry?.sha256 !== "string" || (bronnen !== undefined && !(Array.isArray(bronnen) && bronnen.every((b) => typeof b === "string")))) continue;
    // A path out of the folder (a hand-edited record) is never followed.
    if (inside(outDir, join(outDir, path)) !== path) continue;
    entries[path] = entry;
  }
  return { entries, unreadable: false };
}

/**
 * Whether `path` really lies in `outDir`: no link on the way leads out of it, and it is not a
 * link itself (beleid writes none). A hand-edited record could otherwise name a file elsewhere.
 */
function reallyInside(outDir: string, path: string): boolean {
  try {
    if (lstatSync(path).isSymbolicLink()) return false;
    return inside(realpathSync(outDir), realpathSync(path)) !== undefined;
  } catch {
    return false;
  }
}

/** Whether the recorded file at `path` is still exactly what beleid wrote. */
function unchanged(path: string, entry: ManifestEntry): boolean {
  try {
    return sha256(readFileSync(path)) === entry.sha256;
  } catch {
    return false; // gone, or a folder now: nothing to remove
  }
}

/**
 * Writes `outputs` into `outDir` with the record of them, and removes the outputs of earlier
 * builds that are stale (see above); all atomically, as `writeOutputs` does.
 */
export function writeBuildOutputs(outputs: readonly OutputFile[], options: WriteBuildOptions): WriteBuildResult {
  const outDir = resolve(options.outDir);
  const release = lock(outDir);
  try {
    return writeLocked(outputs, options, outDir);
  } finally {
    release();
  }
}

/** The file that says a beleid process is writing in an output folder (its process id). */
const LOCK_NAME = ".beleid-bezig";

/**
 * Claims `outDir` for this process while it reads the record and writes: two builds at once
 * would each write a record without the other's files. A claim of a process that no longer
 * runs is taken over. A folder that does not exist yet needs no claim.
 */
function lock(outDir: string): () => void {
  if (!existsSync(outDir)) return () => {};
  const path = join(outDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return () => {}; // cannot claim: writing will say why
      const pid = Number(readFileSafely(path));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && running(pid)) {
        throw new OutputError(`In ‘${displayPath(outDir)}’ schrijft op dit moment een ander beleid-proces (proces ${pid}); er is niets geschreven. Probeer het opnieuw als dat klaar is; loopt er geen build meer, verwijder dan ‘${displayPath(path)}’.`);
      }
      rmSync(path, { force: true }); // left by a process that stopped
    }
  }
  return () => {};
}

function readFileSafely(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return "";
  }
}

function writeLocked(outputs: readonly OutputFile[], options: WriteBuildOptions, outDir: string): WriteBuildResult {
  const scope = options.scope === undefined ? "" : `${options.scope.split(sep).join("/").replace(/\/$/, "")}/`;
  const current = new Set(options.sources.map((file) => resolve(file)));
  const projectDirs = (options.projectDirs ?? [process.cwd()]).map((dir) => resolve(dir));
  // A recorded policy counts as built now, or as removed when it is no longer in the project.
  const builtOrGone = (bron: string) => {
    const path = resolve(outDir, bron);
    return current.has(path) || (!existsSync(path) && projectDirs.some((dir) => inside(dir, path) !== undefined));
  };
  removeLeftovers(outDir);
  const { entries: previous, unreadable } = readManifest(outDir);
  const hasRecord = existsSync(join(outDir, MANIFEST_NAME)) && !unreadable;
  if (hasRecord) refuseForeignFiles(outDir, outputs, previous);
  const record: Record<string, ManifestEntry> = {};
  for (const output of outputs) {
    const path = inside(outDir, output.path);
    if (path === undefined) continue;
    const bronnen = output.sources?.map((file) => relative(outDir, resolve(file)).split(sep).join("/"));
    record[path] = { sha256: sha256(output.content), ...(bronnen && bronnen.length > 0 ? { bronnen } : {}) };
  }
  const remove: string[] = [];
  for (const [path, entry] of Object.entries(previous)) {
    if (path in record || path === MANIFEST_NAME) continue;
    const full = join(outDir, path);
    // Stale when every policy it was made from was built now or is gone: a change report to a
    // version outside a partial build stays.
    const stale = path.startsWith(scope) && (entry.bronnen === undefined || entry.bronnen.every(builtOrGone));
    if (!stale) {
      if (existsSync(full)) record[path] = entry; // another policy's, still there: kept and remembered
      continue;
    }
    // A file changed since it was written is no longer beleid's: left alone, and forgotten.
    if (unchanged(full, entry) && reallyInside(outDir, full)) {
      remove.push(full);
      // Still recorded until it is gone: a build stopped halfway removes it the next time.
      record[path] = entry;
    }
  }
  const sorted = Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const manifest: Manifest = { formatVersion: 1, toelichting: EXPLANATION, bestanden: sorted };
  // The record last: when an output cannot be written, the error names that output.
  const manifestPath = join(outDir, MANIFEST_NAME);
  const changed = writeOutputs([...outputs, { path: manifestPath, content: JSON.stringify(manifest, null, 2) + "\n" }], remove).filter((path) => path !== resolve(manifestPath));
  for (const file of remove) removeEmptyFolders(dirname(file), outDir);
  const warning = unreadable
    ? `De lijst van wat beleid eerder in deze map schreef (${join(outDir, MANIFEST_NAME)}) kon niet worden gelezen; er is een nieuwe geschreven. Bestanden van een beleid dat sindsdien is verwijderd, kunnen daardoor zijn blijven staan: maak de map eventueel eenmalig leeg.`
    : undefined;
  return { removed: remove, changed, ...(warning !== undefined ? { warning } : {}) };
}

/** The refusal below; `files` are the files in the way (absolute), so a watch can wait for them to go. */
export class ForeignFilesError extends OutputError {
  constructor(
    message: string,
    readonly files: readonly string[],
  ) {
    super(message);
  }
}

/**
 * A file where an output goes that beleid did not write (not in the record), or that was
 * changed since it wrote it, is the user's: the build stops before writing anything rather than
 * overwrite it. Only with a record: a folder without one (from before records were kept) is
 * taken as beleid's.
 */
function refuseForeignFiles(outDir: string, outputs: readonly OutputFile[], previous: Readonly<Record<string, ManifestEntry>>): void {
  const foreign: string[] = [];
  for (const output of outputs) {
    const path = inside(outDir, output.path);
    if (path === undefined || path === MANIFEST_NAME) continue;
    let content: Buffer;
    try {
      content = readFileSync(output.path);
    } catch {
      continue; // nothing there (or a folder: writeOutputs says so)
    }
    const digest = sha256(content);
    if (digest === sha256(output.content)) continue; // the same bytes: nothing is lost
    if (previous[path]?.sha256 !== digest) foreign.push(output.path);
  }
  if (foreign.length === 0) return;
  const quoted = foreign.slice(0, 5).map((f) => `‘${displayPath(f)}’`);
  const named = foreign.length > 5 ? `${quoted.join(", ")} en nog ${foreign.length - 5}` : opsomming(quoted);
  const one = foreign.length === 1;
  throw new ForeignFilesError(
    `Er is niets geschreven: ${named} ${one ? "is" : "zijn"} niet door beleid geschreven of sindsdien veranderd, en zou${one ? "" : "den"} worden overschreven. Verplaats ${one ? "dat bestand" : "die bestanden"}, of verwijder ${one ? "het als het weg mag" : "ze als ze weg mogen"}.`,
    foreign.map((file) => resolve(file)),
  );
}

/** Whether process `pid` still runs (one of another user counts as running). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files and backups (`.beleid-tmp-<pid>-…`, output.ts) that a build
 * stopped halfway left in `dir` and below: only those of a process that no longer runs, so a
 * build running at the same time keeps its own. Links are not followed.
 */
function removeLeftovers(dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeLeftovers(path);
    else if (entry.isFile()) {
      const pid = /^\.beleid-tmp-(?:vorig-)?(\d+)-/.exec(entry.name)?.[1];
      if (pid === undefined || running(Number(pid))) continue;
      try {
        rmSync(path, { force: true });
      } catch {
        // Left for a later build; this one writes its own files under other names.
      }
    }
  }
}

/** Removes `dir` and its parents below `outDir` while they are empty; a folder with anything in it stays. */
function removeEmptyFolders(dir: string, outDir: string): void {
  for (let current = dir; inside(outDir, current) !== undefined; current = dirname(current)) {
    try {
      rmdirSync(current);
    } catch {
      return;
    }
  }
}
