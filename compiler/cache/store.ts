/**
 * The disk store under both caches of the CLI: formatted evaluators (`emit/formatCache.ts`)
 * and compiled models (`compileCache.ts`). It knows nothing of what it stores: an entry is a
 * name (a hash the cache computes from everything the entry depends on) and bytes.
 *
 * On disk an entry is one file: a header line `<format> <SHA-256 of the payload>` and the
 * payload. It is written to a temporary file and renamed into place, so a reader sees a whole
 * entry or none, also when two processes write the same entry at once. Every read checks the
 * header: an entry of another format or damaged on disk reads as missing, and is then made
 * and written again. The store is an optimisation only: whatever cannot be read or written is
 * simply missing, never an error.
 *
 * Reading an entry touches its modification time; entries unused for 30 days are removed the
 * first time a process writes an entry, so a command that finds everything never pays for it.
 */

import findCacheDirectory from "find-cache-directory";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../packageRoot.js";

const UNUSED_DAYS = 30;

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

let counter = 0;

export class CacheStore {
  private wroteEntry = false;

  /**
   * @param format names the layout of the entries; it changes when that layout changes, so
   *   old entries are never misread.
   * @param extension of the entry files (`.txt`, `.bin`).
   */
  constructor(
    readonly directory: string,
    private readonly format: string,
    private readonly extension: string,
  ) {}

  /** The payload stored under `name`, or undefined when there is none (or it is damaged). */
  read(name: string): Buffer | undefined {
    const path = this.pathOf(name);
    let payload: Buffer;
    try {
      const bytes = readFileSync(path);
      const header = bytes.indexOf(10);
      if (header < 0) return undefined;
      payload = bytes.subarray(header + 1);
      if (bytes.subarray(0, header).toString("utf8") !== `${this.format} ${sha256(payload)}`) return undefined;
    } catch {
      return undefined;
    }
    try {
      // The modification time says when the entry was last used (see prune).
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // A read-only cache still serves its entries.
    }
    return payload;
  }

  /** Stores `payload` under `name`; silently does nothing when that is not possible. */
  write(name: string, payload: Uint8Array): void {
    const path = this.pathOf(name);
    const temp = `${path}.${process.pid}-${counter++}.tmp`;
    try {
      mkdirSync(this.directory, { recursive: true });
      writeFileSync(temp, Buffer.concat([Buffer.from(`${this.format} ${sha256(payload)}\n`, "utf8"), payload]));
      renameSync(temp, path);
    } catch {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Nothing more to do: the cache is an optimisation.
      }
      return;
    }
    if (!this.wroteEntry) {
      this.wroteEntry = true;
      this.prune();
    }
  }

  /** Removes entries unused for 30 days. */
  prune(now = Date.now()): void {
    try {
      for (const name of readdirSync(this.directory)) {
        const path = join(this.directory, name);
        if (now - statSync(path).mtimeMs > UNUSED_DAYS * 86_400_000) rmSync(path, { force: true });
      }
    } catch {
      // Another process may be removing the same entries; the next one tries again.
    }
  }

  private pathOf(name: string): string {
    return join(this.directory, `${name}${this.extension}`);
  }
}

/**
 * The folder `node_modules/.cache/beleid/<part>` of the project that holds the policy files
 * (the convention of nyc, AVA and babel-loader; `CACHE_DIR` overrides it), else that of
 * beleid's own installation; undefined when neither can be used.
 */
export function projectCacheDirectory(policyFiles: readonly string[], cwd: string, part: string): string | undefined {
  const directory = findCacheDirectory({ name: "beleid", cwd, files: policyFiles.length > 0 ? [...policyFiles] : undefined }) ?? findCacheDirectory({ name: "beleid", cwd: packageRoot() });
  return directory === undefined ? undefined : join(directory, part);
}
