/**
 * Writing outputs safely: every file is written to a temporary file next to it and renamed
 * into place, so an interrupted build leaves the previous file intact and never a partial one.
 * A set of files changes all together or not at all: first every target is checked (a folder
 * where a file goes, a file where a folder goes, a folder that cannot be written) and every
 * temporary file written; only then are they renamed, and should a rename still fail, the
 * files already replaced are put back from backups kept until the last rename succeeded. Files
 * to be removed (outputs of an earlier build that no longer belong, see `outputManifest.ts`)
 * are part of the same set: removed after every rename, and put back should one removal fail.
 * A file whose bytes are already what would be written is left as it is (the same inode and
 * modification time), so a rebuild does not wake up whatever watches the output folder.
 * What the file system refuses becomes an `OutputError` with a Dutch message, not a crash.
 *
 * Writing a set is synchronous on purpose: a signal handler (Ctrl-C, see
 * bin/commands/interrupt.ts) runs only between sets, never halfway one, so an interrupted
 * command finds the outputs either all old or all new and no temporary file or backup left.
 */

import { accessSync, constants, copyFileSync, createWriteStream, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { basename, dirname, join, resolve } from "node:path";
import { displayPath } from "./displayPath.js";

export interface OutputFile {
  readonly path: string;
  readonly content: string;
  /**
   * The policy files this output is made from (an evaluator: its policy; a change report: both
   * versions); none for outputs of the build as a whole (the runtime, the site). Recorded in the
   * output folder's manifest, to tell later which outputs belong to a policy that is gone.
   */
  readonly sources?: readonly string[];
}

/** An output that cannot be written; the message says where and why, in Dutch. */
export class OutputError extends Error {
  override name = "OutputError";
}

const REASONS: Readonly<Record<string, string>> = {
  ENOTDIR: "een deel van het pad is een bestand, geen map",
  EISDIR: "daar staat een map",
  // mkdir over a file: the recursive mkdir says EEXIST where a plain one says ENOTDIR.
  EEXIST: "een deel van het pad is een bestand, geen map",
  EACCES: "geen toestemming om daar te schrijven",
  EPERM: "geen toestemming om daar te schrijven",
  EROFS: "het bestandssysteem is alleen-lezen",
  ENOSPC: "de schijf is vol",
  EDQUOT: "de schijfruimte (het quotum) is op",
  ENAMETOOLONG: "de naam is te lang",
  ENOENT: "de map bestaat niet en kan niet worden gemaakt",
};

/** `error` as an OutputError about `path`; anything that is not a file-system error stays as it is. */
export function outputError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !code.startsWith("E")) return error;
  return new OutputError(`De uitvoer kan niet worden geschreven naar ‘${displayPath(path)}’: ${REASONS[code] ?? (error as Error).message}.`);
}

/** `error` as an OutputError about an outdated output that cannot be removed. */
function removalError(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== "string" || !code.startsWith("E")) return error;
  const reason = code === "EACCES" || code === "EPERM" ? "geen toestemming om het te verwijderen" : REASONS[code];
  return new OutputError(`Het verouderde uitvoerbestand ‘${displayPath(path)}’ kan niet worden verwijderd: ${reason ?? (error as Error).message}.`);
}

/** The OutputError for a problem found before writing, with the reason the file system would give. */
function refusal(path: string, code: keyof typeof REASONS): OutputError {
  return new OutputError(`De uitvoer kan niet worden geschreven naar ‘${displayPath(path)}’: ${REASONS[code]}.`);
}

/**
 * Whether `a` and `b` name the same existing file: the same path, a symbolic link to it or a
 * hard link (the same inode). For refusing to write the output over the input.
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const [first, second] = [statSync(a), statSync(b)];
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

let counter = 0;

/** Removes a temporary file; one that cannot be removed (or never existed) is left alone. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing useful to do: the message about the first failure says what went wrong.
  }
}

/**
 * A short tag for the name of `path`: any name a file system allows (up to 255 bytes) must be
 * writable, so the temporary name cannot hold the whole name next to a prefix.
 */
function nameTag(name: string): string {
  return createHash("sha256").update(name).digest("hex").slice(0, 12);
}

/**
 * A hidden name next to `path`, `.beleid-tmp-<pid>-<n>-<tag of the name>` (some 40
 * characters, whatever the length of the name); `tag` tells a backup (`vorig-`) from a
 * temporary file.
 */
export function tempPath(path: string, tag = ""): string {
  return join(dirname(path), `.beleid-tmp-${tag}${process.pid}-${counter++}-${nameTag(basename(path))}`);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Checks that `path` can become a file without touching anything: no folder stands there, the
 * nearest existing ancestor is a folder we may write in, and no other target of the same set
 * (`targets`) is to become a file where this one needs a folder. Returns the folders that are
 * missing and will be made, the deepest first.
 */
function checkTarget(path: string, targets: ReadonlySet<string>): string[] {
  try {
    if (lstatSync(path).isDirectory()) throw refusal(path, "EISDIR");
  } catch (error) {
    if (error instanceof OutputError) throw error;
    if (errorCode(error) !== "ENOENT") throw outputError(path, error);
  }
  const missing: string[] = [];
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    try {
      if (!statSync(dir).isDirectory()) throw refusal(path, "ENOTDIR");
      accessSync(dir, constants.W_OK);
      return missing;
    } catch (error) {
      if (error instanceof OutputError) throw error;
      if (errorCode(error) !== "ENOENT" || dirname(dir) === dir) throw outputError(path, error);
      if (targets.has(dir)) throw refusal(path, "ENOTDIR");
      missing.push(dir);
    }
  }
}

/**
 * Makes `dir` and the folders above it that are missing, one by one from the top. Not
 * `mkdirSync(…, { recursive: true })`: in Node 20 that never returns below a folder where no
 * folder can be made (`/proc`).
 */
function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = dir; !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if (errorCode(error) !== "EEXIST") throw error; // made meanwhile (by another build): fine
    }
  }
}

export function writeFileAtomic(path: string, content: string): void {
  writeOutputs([{ path, content }]);
}

/** Whether the file at `path` (a file, not a link) holds exactly `content`. */
function sameContent(path: string, content: string): boolean {
  try {
    const stats = lstatSync(path);
    if (!stats.isFile()) return false;
    const wanted = Buffer.from(content);
    return stats.size === wanted.length && readFileSync(path).equals(wanted);
  } catch {
    return false;
  }
}

interface Pending {
  readonly path: string;
  readonly content: string;
  readonly temp: string;
  /** The previous file at `path`, kept (as a hard link or a copy) until every rename succeeded. */
  backup: string | undefined;
}

/**
 * Writes all files, each atomically, and removes the files `remove` names; when one cannot be
 * written or removed, none is changed. Folders made for files that are then not written are
 * removed again when they are empty. A file to remove that is already gone is no problem. A
 * file that already holds exactly its content is not written again. Returns the paths
 * (absolute) of the files that were written: new or changed.
 */
export function writeOutputs(files: readonly OutputFile[], remove: readonly string[] = []): string[] {
  const pending: Pending[] = files
    .filter((file) => !sameContent(resolve(file.path), file.content))
    .map((file) => ({ path: resolve(file.path), content: file.content, temp: tempPath(resolve(file.path)), backup: undefined }));
  const removals: Removal[] = remove.map((path) => ({ path: resolve(path), backup: undefined }));
  const targets = new Set(pending.map((file) => file.path));
  // 1. Check every target before touching anything.
  const made = new Set<string>();
  for (const file of pending) for (const dir of checkTarget(file.path, targets)) made.add(dir);

  const undo = () => {
    for (const file of pending) {
      removeQuietly(file.temp);
      if (file.backup) removeQuietly(file.backup);
    }
    for (const file of removals) if (file.backup) removeQuietly(file.backup);
    // The deepest folders first; a folder someone else put a file in meanwhile stays.
    for (const dir of [...made].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty or already gone: leave it.
      }
    }
  };

  // 2. Write every temporary file and keep a backup of every file that will be replaced.
  let current: Pending | Removal | undefined = pending[0];
  try {
    for (const file of pending) {
      current = file;
      makeFolders(dirname(file.path));
      writeFileSync(file.temp, file.content);
    }
    for (const file of pending) {
      current = file;
      file.backup = backUp(file.path);
    }
    for (const file of removals) {
      current = file;
      file.backup = backUp(file.path);
    }
  } catch (error) {
    undo();
    // A file to remove that cannot even be backed up (a read-only folder) is named as such.
    const failed = current as Pending | Removal;
    throw "content" in failed ? outputError(failed.path, error) : removalError(failed.path, error);
  }

  // 3. Rename. A failure here is rare (something changed since the check); the files already
  // renamed are then put back, so the set is unchanged after all.
  for (const [i, file] of pending.entries()) {
    try {
      renameSync(file.temp, file.path);
    } catch (error) {
      const unrestored = restore(pending.slice(0, i).reverse());
      undo();
      const failure = outputError(file.path, error);
      if (!(failure instanceof OutputError) || unrestored.length === 0) throw failure;
      throw new OutputError(`${failure.message} De vorige versie van ${unrestored.map(({ path, backup }) => `‘${displayPath(path)}’ staat nog in ‘${displayPath(backup)}’`).join(", ")}.`);
    }
  }
  // 4. Remove, last: a removal that fails puts back everything renamed and removed before it.
  for (const [i, file] of removals.entries()) {
    if (!file.backup) continue; // already gone
    try {
      // unlink, not rm: rm retries a refused removal (EPERM, an immutable file) as a folder
      // and then reports ENOTDIR, which would blame the path.
      unlinkSync(file.path);
    } catch (error) {
      const unrestored = restore([...removals.slice(0, i).reverse(), ...[...pending].reverse()]);
      undo();
      const failure = removalError(file.path, error);
      if (!(failure instanceof OutputError) || unrestored.length === 0) throw failure;
      throw new OutputError(`${failure.message} De vorige versie van ${unrestored.map(({ path, backup }) => `‘${displayPath(path)}’ staat nog in ‘${displayPath(backup)}’`).join(", ")}.`);
    }
  }
  for (const file of [...pending, ...removals]) if (file.backup) removeQuietly(file.backup);
  return pending.map((file) => file.path);
}

/** A file to remove, with its backup once made. */
interface Removal {
  readonly path: string;
  backup: string | undefined;
}

/**
 * A backup of the file at `path`, or undefined when there is none: a hard link (no copying,
 * and the file itself stays in place), or a copy where the file system has no hard links.
 */
function backUp(path: string): string | undefined {
  try {
    lstatSync(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
  const backup = tempPath(path, "vorig-");
  try {
    linkSync(path, backup);
  } catch {
    copyFileSync(path, backup);
  }
  return backup;
}

/**
 * Puts back the previous files of `renamed` (new files are removed); returns those whose
 * backup could not be put back, which then keep their backup.
 */
function restore(renamed: (Pending | Removal)[]): { path: string; backup: string }[] {
  const unrestored: { path: string; backup: string }[] = [];
  for (const file of renamed) {
    try {
      if (file.backup) renameSync(file.backup, file.path);
      else rmSync(file.path, { force: true });
      file.backup = undefined;
    } catch {
      if (file.backup) {
        unrestored.push({ path: file.path, backup: file.backup });
        file.backup = undefined; // kept: undo() must not remove it
      }
    }
  }
  return unrestored;
}

/** How long a temporary file of a process that is gone is left alone (it may be another machine's). */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/**
 * Removes the temporary files of earlier writes to `path` whose process was killed (kill -9,
 * a power cut) before it could remove them: the process is not running, and the file has not
 * been written to for ten minutes (a process of that number on another machine sharing the
 * folder would still be writing). Backups (`vorig-`) are never removed: they may be the only
 * copy of a previous file.
 */
function removeAbandoned(path: string): void {
  const name = basename(path);
  // Versions before the short tag put the whole name at the end.
  const ends = [`-${nameTag(name)}`, `-${name}`];
  let entries: string[];
  try {
    entries = readdirSync(dirname(path)).filter((e) => e.startsWith(".beleid-tmp-") && ends.some((end) => e.endsWith(end)));
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = /^\.beleid-tmp-(\d+)-\d+-/.exec(entry)?.[1];
    if (pid === undefined || Number(pid) === process.pid || running(Number(pid))) continue;
    const file = join(dirname(path), entry);
    try {
      if (Date.now() - statSync(file).mtimeMs > ABANDONED_AFTER_MS) unlinkSync(file);
    } catch {
      // Gone meanwhile, or not ours to remove: leave it.
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM"; // running, as another user
  }
}

/** A file written piece by piece (a million result rows) and put in place only when complete. */
export interface AtomicStream {
  /** Resolves when the stream can take more (back-pressure). */
  write(text: string): Promise<void>;
  /** Closes the temporary file and renames it into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the previous file at `path` stays as it was. */
  abort(): void;
}

export function openFileAtomic(path: string): AtomicStream {
  const temp = tempPath(path);
  let fd: number;
  try {
    // A folder in the way is told now, not after the last of a million rows.
    checkTarget(resolve(path), new Set());
    makeFolders(dirname(resolve(path)));
    removeAbandoned(path);
    // Opened now, not when the stream gets to it: abort() (on Ctrl-C) must find the file to remove.
    fd = openSync(temp, "w");
  } catch (error) {
    throw error instanceof OutputError ? error : outputError(path, error);
  }
  const stream = createWriteStream(temp, { fd });
  let failure: unknown;
  stream.on("error", (error) => {
    failure = outputError(path, error);
  });
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure as Error);
        if (stream.write(text)) return resolve();
        // Wait for room, or for the error that ends the stream (then there is never room).
        const done = () => {
          stream.off("drain", done);
          stream.off("error", done);
          if (failure) reject(failure as Error);
          else resolve();
        };
        stream.once("drain", done);
        stream.once("error", done);
      }),
    commit: () =>
      new Promise((resolve, reject) => {
        stream.end(() => {
          if (failure) return reject(failure as Error);
          try {
            renameSync(temp, path);
            resolve();
          } catch (error) {
            removeQuietly(temp);
            reject(outputError(path, error) as Error);
          }
        });
      }),
    abort: () => {
      stream.destroy();
      removeQuietly(temp);
    },
  };
}
