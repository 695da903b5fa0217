/**
 * Writing outputs safely: every file is written to a temporary file next to it and renamed
 * into place, so an interrupted build leaves the previous file intact and never a partial one.
 * A set of files is first written completely as temporary files and only then renamed, so a
 * failure (a full disk, a folder that is a file) leaves the previous outputs as they were.
 * What the file system refuses becomes an `OutputError` with a Dutch message, not a crash.
 */

import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface OutputFile {
  readonly path: string;
  readonly content: string;
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
  return new OutputError(`De uitvoer kan niet worden geschreven naar ‘${path}’: ${REASONS[code] ?? (error as Error).message}.`);
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

function tempPath(path: string): string {
  return join(dirname(path), `.beleid-tmp-${process.pid}-${counter++}-${basename(path)}`);
}

export function writeFileAtomic(path: string, content: string): void {
  writeOutputs([{ path, content }]);
}

/** Writes all files, each atomically; when one cannot be written, none is changed. */
export function writeOutputs(files: readonly OutputFile[]): void {
  const temps = files.map((file) => ({ ...file, temp: tempPath(file.path) }));
  let current: OutputFile | undefined;
  try {
    for (const file of temps) {
      current = file;
      mkdirSync(dirname(file.path), { recursive: true });
      writeFileSync(file.temp, file.content);
    }
  } catch (error) {
    for (const { temp } of temps) removeQuietly(temp);
    throw outputError((current as OutputFile).path, error);
  }
  for (const [i, { temp, path }] of temps.entries()) {
    try {
      renameSync(temp, path);
    } catch (error) {
      // Rare once every temporary file was written (a folder in the way): the files renamed
      // before this one are complete; the rest stay as they were.
      for (const rest of temps.slice(i)) removeQuietly(rest.temp);
      throw outputError(path, error);
    }
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
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw outputError(path, error);
  }
  const stream = createWriteStream(temp);
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
