/**
 * The load stage: reads a .policy file and the shared files it includes (`omvat`), parses the
 * YAML with positions and validates it against the JSON Schema. The result is plain data plus
 * locations; nothing is interpreted yet.
 */

import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { displayPath } from "../displayPath.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFiles, Span } from "../span.js";
import { validatePolicyData } from "./validate.js";
import { readPolicyYaml } from "./simpleYaml.js";
import { pointer, DEFAULT_YAML_LIMITS, type Location, type YamlLimits } from "./yamlTree.js";

export interface LoadedFile {
  /** The path as shown to the user. */
  readonly path: string;
  readonly text: string;
  /** The validated (and coerced) data: an object, as the schema requires. */
  readonly data: Record<string, unknown>;
  readonly locations: ReadonlyMap<string, Location>;
  /** Included shared files, in the order of `omvat`. */
  readonly includes: readonly LoadedFile[];
  /**
   * Names of entities cut out because of schema errors (see `validate.ts`); references to them
   * are not reported again by the checker.
   */
  readonly pruned: ReadonlySet<string>;
}

export interface LoadResult {
  readonly file: LoadedFile | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  readonly maxFileBytes?: number;
  readonly yamlLimits?: YamlLimits;
  /** Read a file's text; defaults to the file system. Used by the language server for unsaved buffers. */
  readonly readText?: (path: string) => string;
}

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Shared files already loaded in this process, by path as shown. Two versions of a domain
 * usually include the same shared file, and `beleid diff` compiles both: reading its YAML a
 * second time cost a fresh process ~15 ms. An entry is used only for the same text and the same
 * options; only a shared file that loaded without any diagnostic and includes nothing itself is
 * kept (so no other file's text is involved). Nothing changes the loaded data afterwards: the
 * checker and all later stages only read it.
 */
const loadedIncludes = new Map<string, { readonly text: string; readonly maxBytes: number; readonly yamlLimits: YamlLimits | undefined; readonly result: LoadResult }>();

export { displayPath };

export function loadPolicyFile(path: string, sources: SourceFiles, options: LoadOptions = {}): LoadResult {
  return load(displayPath(path), sources, options, [], undefined);
}

/** Loads from text that is already in memory (tests, language server). */
export function loadPolicyText(path: string, text: string, sources: SourceFiles, options: LoadOptions = {}): LoadResult {
  return loadFromText(path, text, sources, options, []);
}

function load(path: string, sources: SourceFiles, options: LoadOptions, stack: string[], includedAt: Span | undefined): LoadResult {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const at: Span = includedAt ?? { file: path, start: 0, end: 0 };
  let text: string;
  try {
    if (options.readText) {
      text = options.readText(path);
    } else {
      const size = statSync(path).size;
      if (size > maxBytes) {
        return { file: undefined, diagnostics: [diagnostic("BL010", at, { wat: `Het bestand ‘${path}’`, grootte: formatBytes(size), grens: formatBytes(maxBytes) })] };
      }
      text = readFileSync(path, "utf8");
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "het bestand bestaat niet" : (error as NodeJS.ErrnoException).code === "EISDIR" ? "dit is een map" : "het is niet leesbaar";
    const code = includedAt ? "BL009" : "BL008";
    return { file: undefined, diagnostics: [diagnostic(code, at, { pad: path, reden: reason })] };
  }
  if (includedAt === undefined || options.readText) return loadFromText(path, text, sources, options, stack, at);
  const known = loadedIncludes.get(path);
  if (known && known.text === text && known.maxBytes === maxBytes && known.yamlLimits === options.yamlLimits && known.result.file) {
    sources.add(path, known.result.file.text);
    return known.result;
  }
  const result = loadFromText(path, text, sources, options, stack, at);
  if (result.file && result.file.includes.length === 0 && result.diagnostics.length === 0) {
    loadedIncludes.set(path, { text, maxBytes, yamlLimits: options.yamlLimits, result });
  }
  return result;
}

function loadFromText(path: string, rawText: string, sources: SourceFiles, options: LoadOptions, stack: string[], at: Span = { file: path, start: 0, end: 0 }): LoadResult {
  // Also for text that does not come from a file (the language server, tests).
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (rawText.length > maxBytes) {
    if (at.file === path) sources.add(path, rawText);
    return { file: undefined, diagnostics: [diagnostic("BL010", at, { wat: `Het bestand ‘${path}’`, grootte: formatBytes(rawText.length), grens: formatBytes(maxBytes) })] };
  }
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  sources.add(path, text);
  const tree = readPolicyYaml(path, text, options.yamlLimits ?? DEFAULT_YAML_LIMITS);
  const diagnostics: Diagnostic[] = [...tree.diagnostics];
  if (hasErrors(diagnostics)) return { file: undefined, diagnostics };

  if (tree.data === null || tree.data === undefined) {
    diagnostics.push(diagnostic("BL011", { file: path, start: 0, end: 0 }, { wat: "Het bestand" }));
    return { file: undefined, diagnostics };
  }
  if (typeof tree.data !== "object" || Array.isArray(tree.data)) {
    diagnostics.push(diagnostic("BL005", { file: path, start: 0, end: Math.min(text.length, 1) }, { verwacht: "een lijst van sleutels met waarden (taalversie, titel, …)", gevonden: Array.isArray(tree.data) ? "een lijst" : `‘${String(tree.data).slice(0, 40)}’` }));
    return { file: undefined, diagnostics };
  }
  const validation = validatePolicyData(tree.data, path, tree.locations);
  diagnostics.push(...validation.diagnostics);
  if (!validation.pruned) return { file: undefined, diagnostics };

  const data = tree.data as Record<string, unknown>;
  const includes: LoadedFile[] = [];
  const omvat = (data.omvat as string[] | undefined) ?? [];
  omvat.forEach((relativePath, index) => {
    const includeSpan = tree.locations.get(pointer(["omvat", index]))?.span ?? { file: path, start: 0, end: 0 };
    const target = displayPath(resolve(dirname(path), relativePath));
    if (stack.includes(target) || target === path) {
      diagnostics.push(diagnostic("BL009", includeSpan, { pad: relativePath, reden: "het neemt (via via) zichzelf op" }));
      return;
    }
    const loaded = load(target, sources, options, [...stack, path], includeSpan);
    diagnostics.push(...loaded.diagnostics);
    if (!loaded.file) return;
    if (loaded.file.data.soort !== "gedeeld") {
      diagnostics.push(diagnostic("BL009", includeSpan, { pad: relativePath, reden: "alleen een bestand met ‘soort: gedeeld’ kan worden opgenomen" }));
      return;
    }
    includes.push(loaded.file);
  });
  if (includes.length < omvat.length) return { file: undefined, diagnostics };
  return { file: { path, text, data, locations: tree.locations, includes, pruned: validation.pruned }, diagnostics };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
