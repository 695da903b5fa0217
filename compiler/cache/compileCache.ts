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
 * Storing is `store.ts`, as for the cache of formatted code: atomic writes, a checksum checked
 * on every read, entries unused for 30 days removed; anything that cannot be read, checked or
 * decoded simply means compiling.
 */

import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import type { CompileResult } from "../compile.js";
import { hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import { displayPath } from "../displayPath.js";
import type { LoadOptions } from "../load/loadPolicy.js";
import type { PolicyModel } from "../model.js";
import { SourceFiles } from "../span.js";
import { compilerFingerprint } from "./fingerprint.js";
import { CacheStore, projectCacheDirectory, sha256 } from "./store.js";

/** Changes when the layout of an entry changes, so old entries are never misread. */
const ENTRY_FORMAT = "beleid-model 1";

interface Entry {
  /** Every included file as shown, with the SHA-256 of its text as the compiler read it. */
  readonly includes: readonly (readonly [string, string])[];
  readonly model: PolicyModel;
  readonly diagnostics: readonly Diagnostic[];
}

export type Compile = (path: string, options: LoadOptions, sources: SourceFiles) => CompileResult;

/** The text as the load stage keeps it (without a byte-order mark). */
function readSource(path: string): string {
  const text = readFileSync(path, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export class CompileCache {
  private readonly store: CacheStore;

  constructor(readonly directory: string) {
    this.store = new CacheStore(directory, ENTRY_FORMAT, ".bin");
  }

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
    const payload = this.store.read(name);
    if (payload === undefined) return undefined;
    let entry: Entry;
    try {
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
    return { model: entry.model, diagnostics: entry.diagnostics, sources };
  }

  /** Removes entries unused for 30 days (also done once per process after the first new entry). */
  prune(now = Date.now()): void {
    this.store.prune(now);
  }

  private write(name: string, entry: Entry): void {
    let payload: Buffer;
    try {
      payload = serialize(entry);
    } catch {
      return;
    }
    this.store.write(name, payload);
  }
}

/**
 * The cache the CLI uses: `node_modules/.cache/beleid/modellen` of the project holding the
 * policy files (`CACHE_DIR` overrides it), else that of beleid's own installation; none when
 * neither is writable. The same place as the cache of formatted code.
 */
export function projectCompileCache(policyFiles: readonly string[], cwd: string): CompileCache | undefined {
  const directory = projectCacheDirectory(policyFiles, cwd, "modellen");
  return directory === undefined ? undefined : new CompileCache(directory);
}
