/**
 * A cache on disk of code formatted by prettier, so `beleid build` only formats code it has
 * not formatted before: formatting is two thirds of a build (measured, bench/README.md), and
 * most builds change one policy or none.
 *
 * The cache is content-addressed: an entry's name is a hash of everything the formatted text
 * depends on (the unformatted code, prettier's version, the options with the parser, and this
 * file's entry format), so an entry can never be stale; a changed input simply has another
 * name. Entries are written to a temporary file and renamed into place, so a reader sees a
 * whole entry or none, also when two builds run at once (they write the same bytes). Each
 * entry also holds a hash of its own text, checked on every read: an entry damaged on disk is
 * formatted again and replaced. The cache is an optimisation only: when it cannot be read or
 * written the code is simply formatted, never an error.
 *
 * Entries that have not been used for 30 days are removed when new entries are written.
 */

import findCacheDirectory from "find-cache-directory";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { packageRoot } from "../packageRoot.js";

/** Changes when the layout of an entry changes, so old entries are never misread. */
const ENTRY_FORMAT = "beleid-opmaak 1";
const UNUSED_DAYS = 30;

let prettierVersion: string | undefined;

/** Read from prettier's package.json: loading prettier itself costs 0.1 s, which a warm build never pays. */
function installedPrettierVersion(): string {
  if (prettierVersion === undefined) {
    const path = createRequire(import.meta.url).resolve("prettier/package.json");
    prettierVersion = (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
  }
  return prettierVersion;
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

let counter = 0;

export class FormatCache {
  private wroteEntry = false;

  constructor(readonly directory: string) {}

  /** The formatted `code`: from the cache when this exact input was formatted before, otherwise from `format` (and then stored). */
  async format(code: string, options: object, format: () => Promise<string>): Promise<string> {
    const key = sha256(`${ENTRY_FORMAT}\n${installedPrettierVersion()}\n${JSON.stringify(options)}\n${code}`);
    const path = join(this.directory, `${key}.txt`);
    const cached = this.read(path);
    if (cached !== undefined) return cached;
    const formatted = await format();
    this.write(path, formatted);
    return formatted;
  }

  /** Removes entries unused for 30 days; called once per process after the first new entry, so a build that formats nothing never pays for it. */
  prune(now = Date.now()): void {
    try {
      for (const name of readdirSync(this.directory)) {
        const path = join(this.directory, name);
        const stat = statSync(path);
        if (now - stat.mtimeMs > UNUSED_DAYS * 86_400_000) rmSync(path, { force: true });
      }
    } catch {
      // Another build may be removing the same entries; the next build tries again.
    }
  }

  private read(path: string): string | undefined {
    let entry: string;
    try {
      entry = readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
    const header = entry.indexOf("\n");
    const text = entry.slice(header + 1);
    if (header < 0 || entry.slice(0, header) !== `${ENTRY_FORMAT} ${sha256(text)}`) return undefined;
    try {
      // The modification time says when the entry was last used (see prune).
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // A read-only cache still serves its entries.
    }
    return text;
  }

  private write(path: string, text: string): void {
    const temp = `${path}.${process.pid}-${counter++}.tmp`;
    try {
      mkdirSync(this.directory, { recursive: true });
      writeFileSync(temp, `${ENTRY_FORMAT} ${sha256(text)}\n${text}`);
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
}

/**
 * The cache `beleid build` uses: `node_modules/.cache/beleid/opmaak` of the project holding
 * the policy files (the convention of nyc, AVA and babel-loader; `CACHE_DIR` overrides it),
 * else that of beleid's own installation; none when neither is writable.
 */
export function projectFormatCache(policyFiles: readonly string[], cwd: string): FormatCache | undefined {
  const directory = findCacheDirectory({ name: "beleid", cwd, files: policyFiles.length > 0 ? [...policyFiles] : undefined }) ?? findCacheDirectory({ name: "beleid", cwd: packageRoot() });
  return directory === undefined ? undefined : new FormatCache(join(directory, "opmaak"));
}
