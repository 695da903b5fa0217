/**
 * A cache on disk of compiled results (the checked PolicyModel and its diagnostics), so a
 * second `beleid diff` or `beleid check` of unchanged files skips reading the YAML and
 * checking: together most of such a command after start-up (bench/README.md). It sits beside
 * the pipeline (`compile.ts`): the CLI asks the cache first and compiles on a miss; the
 * library never uses it unless asked.
 *
 * Only results without errors are stored (a result with errors is compiled again each time;
 * it is the rare case and its diagnostics may name files that do not exist). An entry's name
 * is a hash of everything the result depends on, except the included files: the text of the
 * policy file, its path as shown (every span holds it), the working directory (which decides
 * how included files are shown), the compile options, the Node version (of the serialisation)
 * and the fingerprint of the compiler itself (`fingerprint.ts`). The entry lists every included
 * shared file (also those included by included files) with the hash of its text; an entry is
 * used only when each of those files still has exactly that text. Without a fingerprint there
 * is no cache.
 *
 * On a hit the texts read to check the key are added to the caller's SourceFiles, so
 * warnings print with their code frames as after a compile.
 *
 * Like the cache of formatted code (`emit/formatCache.ts`): written to a temporary file and
 * renamed into place (two processes write equal entries; a reader sees a whole entry or
 * none), each entry holds a hash of its own bytes, checked on every read, and anything that
 * cannot be read, checked or decoded simply means compiling. Entries unused for 30 days are
 * removed when new entries are written.
 */

import findCacheDirectory from "find-cache-directory";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { CompileResult } from "../compile.js";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { displayPath } from "../displayPath.js";
import type { LoadOptions } from "../load/loadPolicy.js";
import type { PolicyModel } from "../model.js";
import { packageRoot } from "../packageRoot.js";
import { SourceFiles } from "../span.js";
import { compilerFingerprint } from "./fingerprint.js";

/** Changes when the layout of an entry changes, so old entries are never misread. */
const ENTRY_FORMAT = "beleid-model 1";
const UNUSED_DAYS = 30;

interface Entry {
  /** Every included file as shown, with the SHA-256 of its text as the compiler read it. */
  readonly includes: readonly (readonly [string, string])[];
  readonly model: PolicyModel;
  readonly diagnostics: readonly Diagnostic[];
}

export type Compile = (path: string, options: LoadOptions, sources: SourceFiles) => CompileResult;

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** The text as the load stage keeps it (without a byte-order mark). */
function readSource(path: string): string {
  const text = readFileSync(path, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

let counter = 0;

export class CompileCache {
  private wroteEntry = false;

  constructor(readonly directory: string) {}

  /**
   * The result of compiling `path`: from the cache when these exact inputs were compiled
   * before without errors, otherwise from `compile` (and then stored). The files read are
   * added to `sources` either way.
   */
  compileFile(path: string, options: LoadOptions, sources: SourceFiles, compile: Compile): CompileResult {
    const key = this.key(path, options);
    const found = key === undefined ? undefined : this.read(key.name, key.shown, key.text, sources);
    if (found) return found;
    const own = new SourceFiles();
    const result = compile(path, options, own);
    for (const file of own.paths()) sources.add(file, (own.get(file) as { text: string }).text);
    if (key !== undefined && result.model && !hasErrors(result.diagnostics)) {
      const includes = own.paths().filter((file) => file !== key.shown).map((file): [string, string] => [file, sha256((own.get(file) as { text: string }).text)]);
      // The compiler read another text than the key was made from (the file changed meanwhile): store nothing.
      if (own.get(key.shown)?.text === key.text) this.write(key.name, { includes, model: result.model, diagnostics: result.diagnostics });
    }
    return { model: result.model, diagnostics: result.diagnostics, sources };
  }

  /** The cached result of compiling `path`, or undefined (then nothing is added to `sources`). */
  lookup(path: string, options: LoadOptions, sources: SourceFiles): CompileResult | undefined {
    const key = this.key(path, options);
    return key === undefined ? undefined : this.read(key.name, key.shown, key.text, sources);
  }

  private key(path: string, options: LoadOptions): { name: string; shown: string; text: string } | undefined {
    // A reader of unsaved buffers (the language server) is not the file system the key describes.
    if (options.readText) return undefined;
    const fingerprint = compilerFingerprint();
    if (fingerprint === undefined) return undefined;
    const shown = displayPath(path);
    let text: string;
    try {
      text = readSource(shown);
    } catch {
      return undefined;
    }
    const context = JSON.stringify([ENTRY_FORMAT, fingerprint, process.version, process.cwd(), shown, options]);
    return { name: sha256(`${context}\n${text}`), shown, text };
  }

  private read(name: string, shown: string, text: string, sources: SourceFiles): CompileResult | undefined {
    const path = join(this.directory, `${name}.bin`);
    let entry: Entry;
    try {
      const bytes = readFileSync(path);
      const header = bytes.indexOf(10);
      if (header < 0) return undefined;
      const payload = bytes.subarray(header + 1);
      if (bytes.subarray(0, header).toString("utf8") !== `${ENTRY_FORMAT} ${sha256(payload)}`) return undefined;
      entry = deserialize(payload) as Entry;
      if (!entry || !Array.isArray(entry.includes) || !entry.model || !Array.isArray(entry.diagnostics)) return undefined;
    } catch {
      return undefined;
    }
    const included: [string, string][] = [];
    for (const [file, hash] of entry.includes) {
      try {
        const includedText = readSource(file);
        if (sha256(includedText) !== hash) return undefined;
        included.push([file, includedText]);
      } catch {
        return undefined;
      }
    }
    sources.add(shown, text);
    for (const [file, includedText] of included) sources.add(file, includedText);
    try {
      // The modification time says when the entry was last used (see prune).
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // A read-only cache still serves its entries.
    }
    return { model: entry.model, diagnostics: entry.diagnostics, sources };
  }

  /** Removes entries unused for 30 days; called once per process after the first new entry. */
  prune(now = Date.now()): void {
    try {
      for (const name of readdirSync(this.directory)) {
        const path = join(this.directory, name);
        const stat = statSync(path);
        if (now - stat.mtimeMs > UNUSED_DAYS * 86_400_000) rmSync(path, { force: true });
      }
    } catch {
      // Another process may be removing the same entries; the next one tries again.
    }
  }

  private write(name: string, entry: Entry): void {
    const path = join(this.directory, `${name}.bin`);
    const temp = `${path}.${process.pid}-${counter++}.tmp`;
    try {
      const payload = serialize(entry);
      mkdirSync(this.directory, { recursive: true });
      writeFileSync(temp, Buffer.concat([Buffer.from(`${ENTRY_FORMAT} ${sha256(payload)}\n`, "utf8"), payload]));
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
 * The cache the CLI uses: `node_modules/.cache/beleid/modellen` of the project holding the
 * policy files (`CACHE_DIR` overrides it), else that of beleid's own installation; none when
 * neither is writable. The same place as the cache of formatted code.
 */
export function projectCompileCache(policyFiles: readonly string[], cwd: string): CompileCache | undefined {
  const directory = findCacheDirectory({ name: "beleid", cwd, files: policyFiles.length > 0 ? [...policyFiles] : undefined }) ?? findCacheDirectory({ name: "beleid", cwd: packageRoot() });
  return directory === undefined ? undefined : new CompileCache(join(directory, "modellen"));
}
