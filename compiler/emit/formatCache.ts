/**
 * A cache on disk of formatted code, so `beleid build` only formats code it has not formatted
 * before: most builds change one policy or none. `emitPolicy` keeps its evaluators and
 * declarations here, under the checked model they were emitted from (with the compiler's
 * fingerprint); any other code under its own text.
 *
 * The cache is content-addressed: an entry's name is a hash of everything the formatted text
 * depends on (the input, prettier's version, the options, and this file's entry format), so
 * an entry can never be stale; a changed input simply has another name. Storing is `cache/store.ts`: atomic writes, a checksum checked on every read (a
 * damaged entry is formatted again and replaced), entries unused for 30 days removed, and
 * nothing that cannot be read or written is ever an error: the code is simply formatted.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CacheStore, projectCacheDirectory, sha256 } from "../cache/store.js";

/** Changes when the layout of an entry changes, so old entries are never misread. */
const ENTRY_FORMAT = "beleid-opmaak 1";

let prettierVersion: string | undefined;

/** Read from prettier's package.json: loading prettier itself costs 0.1 s, which a warm build never pays. */
function installedPrettierVersion(): string {
  if (prettierVersion === undefined) {
    const path = createRequire(import.meta.url).resolve("prettier/package.json");
    prettierVersion = (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
  }
  return prettierVersion;
}

export class FormatCache {
  private readonly store: CacheStore;

  constructor(readonly directory: string) {
    this.store = new CacheStore(directory, ENTRY_FORMAT, ".txt");
  }

  /** The formatted `code` (or code made from `code`): from the cache when this exact input was formatted before, otherwise from `format` (and then stored). */
  async format(code: string, options: object, format: () => Promise<string>): Promise<string> {
    const key = sha256(`${ENTRY_FORMAT}\n${installedPrettierVersion()}\n${JSON.stringify(options)}\n${code}`);
    const cached = this.store.read(key);
    if (cached !== undefined) return cached.toString("utf8");
    const formatted = await format();
    this.store.write(key, Buffer.from(formatted, "utf8"));
    return formatted;
  }

  /** Removes entries unused for 30 days (also done once per process after the first new entry). */
  prune(now = Date.now()): void {
    this.store.prune(now);
  }
}

/**
 * The cache `beleid build` uses: `node_modules/.cache/beleid/opmaak` of the project holding
 * the policy files (see `projectCacheDirectory`); none when no folder can be used.
 */
export function projectFormatCache(policyFiles: readonly string[], cwd: string): FormatCache | undefined {
  const directory = projectCacheDirectory(policyFiles, cwd, "opmaak");
  return directory === undefined ? undefined : new FormatCache(directory);
}
