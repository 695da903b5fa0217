/**
 * Writing outputs safely: every file is written to a temporary file next to it and renamed
 * into place, so an interrupted build leaves the previous file intact and never a partial one.
 */

import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

let counter = 0;

export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.beleid-tmp-${process.pid}-${counter++}-${basename(path)}`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Writes all files; each one atomically. */
export function writeOutputs(files: readonly OutputFile[]): void {
  for (const file of files) writeFileAtomic(file.path, file.content);
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
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.beleid-tmp-${process.pid}-${counter++}-${basename(path)}`);
  const stream = createWriteStream(temp);
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        if (stream.write(text)) resolve();
        else stream.once("drain", resolve);
      }),
    commit: () =>
      new Promise((resolve, reject) => {
        stream.end(() => {
          if (failure) return reject(failure);
          try {
            renameSync(temp, path);
            resolve();
          } catch (error) {
            rmSync(temp, { force: true });
            reject(error as Error);
          }
        });
      }),
    abort: () => {
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}
