/**
 * The load stage: reads a .policy file and the shared files it includes (`omvat`), which must
 * be UTF-8 (BL013), parses the YAML with positions and validates it against the JSON Schema.
 * The result is plain data plus locations; nothing is interpreted yet.
 */

import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { displayPath } from "../displayPath.js";
import { diagnostic, hasErrors, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFiles, Span } from "../span.js";
import { cutTextDiagnostics } from "./cutTexts.js";
import { numberFieldDiagnostics } from "./numberFields.js";
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
  /**
   * Read a file; defaults to the file system. Used by the language server for unsaved buffers.
   * Bytes (a file read from disk) are decoded as UTF-8 and checked like the file system's.
   */
  readonly readText?: (path: string) => string | Uint8Array;
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
  const source = readPolicySource(path, sources, options, includedAt);
  if (source.text === undefined) return { file: undefined, diagnostics: source.diagnostics };
  const text = source.text;
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
  // Counted in bytes of UTF-8, as the file on disk would be (at most three per UTF-16 unit: a short text needs no counting).
  const size = rawText.length > maxBytes / 3 ? Buffer.byteLength(rawText, "utf8") : rawText.length;
  if (size > maxBytes) {
    if (at.file === path) sources.add(path, rawText);
    return { file: undefined, diagnostics: [diagnostic("BL010", at, { wat: `Het bestand ‘${path}’`, grootte: formatBytes(size), grens: formatBytes(maxBytes) })] };
  }
  // The checks of a file's text read from disk, also for an editor's buffer (the language server).
  const checked = checkPolicyText(path, rawText);
  const text = checked.text.charCodeAt(0) === 0xfeff ? checked.text.slice(1) : checked.text;
  sources.add(path, text);
  if (checked.problem) return { file: undefined, diagnostics: [checked.problem] };
  const tree = readPolicyYaml(path, text, options.yamlLimits ?? DEFAULT_YAML_LIMITS);
  const diagnostics: Diagnostic[] = [...tree.diagnostics];
  if (hasErrors(diagnostics)) return { file: undefined, diagnostics };

  diagnostics.push(...documentShapeDiagnostics(path, text, tree.data));
  if (hasErrors(diagnostics)) return { file: undefined, diagnostics };
  diagnostics.push(...cutTextDiagnostics(path, text, tree.locations));
  const validation = validatePolicyData(tree.data, path, tree.locations);
  // A number written otherwise than a condition writes it (0x10, 1e3, Infinity, 10.000): said
  // once, in place of what the schema says about the number it was read as.
  const numbers = numberFieldDiagnostics(text, tree.data, tree.locations);
  const numberAt = new Set(numbers.map((d) => d.span.start));
  diagnostics.push(...validation.diagnostics.filter((d) => !numberAt.has(d.span.start)), ...numbers);
  if (!validation.pruned || numbers.length > 0) return { file: undefined, diagnostics };

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

export interface PolicySource {
  /** The text as read (with its byte order mark, if any); undefined when it cannot be used. */
  readonly text: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads the text of a policy file (or of a file it includes, at `includedAt`): too large
 * (BL010), unreadable (BL008, or BL009 for an included file) or not UTF-8 (BL013) is a
 * diagnostic, and then the text is undefined. For BL013 the file's text as far as it can be
 * shown is added to `sources`, for the code frame; a readable text is not added (the caller
 * adds it as it keeps it). `beleid fmt` and the test files read through here too, so no
 * command ever reads (or writes back) a file whose bytes it has not understood.
 */
export function readPolicySource(path: string, sources: SourceFiles, options: LoadOptions = {}, includedAt?: Span): PolicySource {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const at: Span = includedAt ?? { file: path, start: 0, end: 0 };
  let content: string | Uint8Array;
  try {
    if (options.readText) {
      content = options.readText(path);
    } else {
      const size = statSync(path).size;
      if (size > maxBytes) {
        return { text: undefined, diagnostics: [diagnostic("BL010", at, { wat: `Het bestand ‘${path}’`, grootte: formatBytes(size), grens: formatBytes(maxBytes) })] };
      }
      content = readFileSync(path);
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "het bestand bestaat niet" : (error as NodeJS.ErrnoException).code === "EISDIR" ? "dit is een map" : "het is niet leesbaar";
    const code = includedAt ? "BL009" : "BL008";
    return { text: undefined, diagnostics: [diagnostic(code, at, { pad: path, reden: reason })] };
  }
  const decoded = typeof content === "string" ? checkPolicyText(path, content) : decodePolicyBytes(path, content);
  if (decoded.problem === undefined) return { text: withLineFeeds(decoded.text), diagnostics: [] };
  sources.add(path, decoded.text);
  return { text: undefined, diagnostics: [decoded.problem] };
}

/** A UTF-16 surrogate without its other half: no character, and not to be written in UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What every reader of a policy's text checks, whether the text comes from a file's bytes, a
 * string (an editor's buffer in the language server) or a test: no NUL character and no lone
 * UTF-16 surrogate (BL013, as `beleid check` says for a file: a NUL byte, and bytes that are
 * not UTF-8, which is what a lone surrogate becomes on disk, or U+FFFD in its place), and a
 * carriage return on its own is a line end. The first problem in the text is told. `text` is
 * without a byte order mark when there is a problem (the code frame's text, as the
 * diagnostic's offsets are), else as given with line feeds.
 */
export function checkPolicyText(path: string, text: string): { readonly text: string; readonly problem?: Diagnostic } {
  const nul = text.indexOf("\0");
  const surrogate = LONE_SURROGATE.exec(text)?.index ?? -1;
  if (nul < 0 && surrogate < 0) return { text: withLineFeeds(text) };
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = nul >= 0 && (surrogate < 0 || nul < surrogate) ? nul : surrogate;
  const hex = text.charCodeAt(at).toString(16).toUpperCase();
  const reden =
    at === nul
      ? "op deze plek staat een nulbyte (00), die in een tekstbestand niet voorkomt: het is misschien als UTF-16 opgeslagen, of geen tekst"
      : `op deze plek staat een losse helft van een UTF-16-tekenpaar (${hex}), die hier in UTF-8 niet kan staan`;
  return { text: text.slice(bom), problem: diagnostic("BL013", { file: path, start: at - bom, end: at - bom + 1 }, { pad: path, reden }) };
}

/**
 * A carriage return on its own (the line end of old Mac files) as a line feed. YAML counts it
 * as a line end, but the YAML library does not, and would read such a file as one comment line
 * ("Het bestand mag niet leeg zijn"). One character for one, so every offset stays the same.
 */
function withLineFeeds(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/** Decodes strictly; the byte order mark is kept in the text, as `readFileSync(path, "utf8")` keeps it. */
const strictUtf8 = (): TextDecoder => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * The text of a file's bytes, which must be UTF-8 without NUL bytes. Otherwise `problem` is
 * BL013 at the first byte that is not (at the start for a UTF-16 file, recognised by its byte
 * order mark), and `text` is the file as it can be shown (without byte order mark) for the
 * code frame: invalid bytes as U+FFFD, a UTF-16 file decoded as UTF-16.
 */
export function decodePolicyBytes(path: string, bytes: Uint8Array): { readonly text: string; readonly problem?: Diagnostic } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  if (utf16) {
    const problem = diagnostic("BL013", { file: path, start: 0, end: 0 }, { pad: path, reden: "het is opgeslagen als UTF-16 (in Kladblok heet dat ‘Unicode’)" });
    return { text: new TextDecoder(utf16).decode(bytes), problem };
  }
  let text: string | undefined;
  try {
    text = strictUtf8().decode(bytes);
  } catch {
    text = undefined;
  }
  if (text !== undefined) return checkPolicyText(path, text);
  // The longest prefix a streaming decoder accepts; its decoded text ends where the first
  // invalid sequence begins (a streaming decoder holds back an incomplete sequence).
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      strictUtf8().decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  const valid = strictUtf8().decode(bytes.subarray(0, low), { stream: true });
  const byte = bytes[Buffer.byteLength(valid, "utf8")] ?? 0;
  const shown = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const bom = shown.charCodeAt(0) === 0xfeff ? 1 : 0;
  const hex = byte.toString(16).toUpperCase().padStart(2, "0");
  const ansi = new TextDecoder("windows-1252").decode(Uint8Array.of(byte));
  const letter = /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ansi) ? ` (in de oudere codering Windows-1252 is dat ‘${ansi}’)` : "";
  const reden = `op deze plek staat de byte ${hex}, die hier in UTF-8 niet kan staan${letter}`;
  return { text: shown.slice(bom), problem: diagnostic("BL013", { file: path, start: valid.length - bom, end: valid.length - bom + 1 }, { pad: path, reden }) };
}

/**
 * What the load stage requires of a file as a whole, before the schema: something in it
 * (BL011), and a list of keys with values (BL005). `beleid fmt` refuses the same files.
 */
export function documentShapeDiagnostics(path: string, text: string, data: unknown): Diagnostic[] {
  if (data === null || data === undefined) return [diagnostic("BL011", { file: path, start: 0, end: 0 }, { wat: "Het bestand" })];
  if (typeof data !== "object" || Array.isArray(data)) {
    return [diagnostic("BL005", { file: path, start: 0, end: Math.min(text.length, 1) }, { verwacht: "een lijst van sleutels met waarden (taalversie, titel, …)", gevonden: Array.isArray(data) ? "een lijst" : `‘${String(data).slice(0, 40)}’` })];
  }
  return [];
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}
