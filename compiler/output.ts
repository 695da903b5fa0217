/**
 * Writing outputs safely: every file is written to a temporary file next to it and renamed
 * into place, so an interrupted build leaves the previous file intact and never a partial one.
 */

import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
