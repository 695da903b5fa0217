/**
 * Reads a .policy file's YAML into plain data plus a table of source locations.
 *
 * The YAML is parsed with the failsafe schema: every scalar is a string, so `3.10` stays
 * "3.10", `04` stays "04" and `no` stays "no". Types come later from the JSON Schema (numbers
 * and `ja`/`nee` are coerced there) and from the checker. Every value's location is recorded
 * under its JSON pointer (`/groepen/algemeen/regels/prem/voorwaarde`), with the key's span and,
 * for scalars, what is needed to map offsets inside the value (see `scalarOffsets.ts`).
 */

import { createRequire } from "node:module";
import type { Alias, Document, Node as YamlNode } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../span.js";
import type { ScalarSource, ScalarStyle } from "./scalarOffsets.js";
import { TOO_DEEP, knownTagDiagnostic, tabInIndent, yamlErrorDiagnostic } from "./yamlErrors.js";

/**
 * The yaml library, loaded on first use: a usual policy is read by the fast reader
 * (simpleYaml.ts), and loading the library's ~70 modules cost `beleid check` and `beleid diff`
 * ~25 ms. It is a CommonJS package, so `require` gives the same instance as an `import`.
 */
let library: typeof import("yaml") | undefined;
export function yamlLibrary(): typeof import("yaml") {
  library ??= createRequire(import.meta.url)("yaml") as typeof import("yaml");
  return library;
}

export interface Location {
  readonly span: Span;
  readonly keySpan?: Span;
  readonly scalar?: ScalarSource;
}

export interface YamlTree {
  readonly data: unknown;
  readonly locations: ReadonlyMap<string, Location>;
  readonly diagnostics: readonly Diagnostic[];
  /** The parsed document, for tools that need comments (the formatter). */
  readonly document: Document | undefined;
}

export interface YamlLimits {
  /** Largest number of nodes the document may expand to (aliases included). */
  readonly maxNodes: number;
  /** Most aliases the document may use. */
  readonly maxAliases: number;
  /** Deepest nesting of maps and lists (a policy needs about 8). */
  readonly maxDepth?: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxNodes: 200_000, maxAliases: 100, maxDepth: 64 };

export function pointer(path: readonly (string | number)[]): string {
  let result = "";
  for (const segment of path) result += pointerSegment(segment);
  return result;
}

/** One step of a JSON pointer: `/` and the escaped key or index. */
export function pointerSegment(segment: string | number): string {
  const text = String(segment);
  return text.includes("~") || text.includes("/") ? "/" + text.replace(/~/g, "~0").replace(/\//g, "~1") : "/" + text;
}

/**
 * What each alias (`*naam`) refers to: the last node before it with that anchor (`&naam`), as
 * yaml's `Alias.resolve` finds it; but in one walk over the document, where `resolve` walks
 * the whole document again for every alias (most of the loading time of a policy with many
 * aliases, measured). The walk visits nodes in the order of yaml's `visit` (a pair's key, then
 * its value), without `visit`'s frozen path per node (a third of the time of the conversion).
 */
function aliasTargets(document: Document): Map<Alias, YamlNode> {
  const { isAlias, isMap, isNode, isPair, isSeq } = yamlLibrary();
  const targets = new Map<Alias, YamlNode>();
  const anchored = new Map<string, YamlNode>();
  const walk = (node: unknown): void => {
    if (isAlias(node)) {
      const target = anchored.get(node.source);
      if (target) targets.set(node, target);
      return;
    }
    if (isNode(node) && node.anchor) anchored.set(node.anchor, node);
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    }
  };
  walk(document.contents);
  return targets;
}

export function readYamlTree(file: string, text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlTree {
  // Brackets nested far beyond the limit (`x: [[[[…`, a megabyte of them) cost the yaml library
  // minutes and a gigabyte, and its parser a stack overflow, before the depth is found. The
  // text up to the bracket one level past the limit, with the open brackets closed, holds the
  // same first place that is too deep: read that, and only when it tells BL010 there.
  const maxDepth = limits.maxDepth ?? DEFAULT_YAML_LIMITS.maxDepth ?? Infinity;
  const cut = Number.isFinite(maxDepth) ? deepBracketCut(text, maxDepth) : undefined;
  if (cut !== undefined) {
    const short = readWholeYamlTree(file, text.slice(0, cut.at) + cut.closers, limits);
    const tooDeep = short.diagnostics.find((d) => d.code === "BL010" && d.message.includes("genest"));
    if (tooDeep && tooDeep.span.start < cut.at && tooDeep.span.end <= cut.at + cut.closers.length) {
      // A list or map too deep ends at its own closing bracket, which the shortened text lacks.
      const bracket = /[[{]/.test(text.charAt(tooDeep.span.start));
      const end = bracket ? closingBracketEnd(text, tooDeep.span.start) : tooDeep.span.end;
      return { data: undefined, locations: new Map(), diagnostics: [{ ...tooDeep, span: { ...tooDeep.span, end } }], document: undefined };
    }
  }
  return readWholeYamlTree(file, text, limits);
}

const OPENS_VALUE = new Set([0, ..."-:?[{,"].map((c) => (typeof c === "number" ? c : c.charCodeAt(0))));

/**
 * Walks a YAML text's flow brackets in one pass: quoted texts and comments are skipped, and a
 * `[` or `{` counts only where a value begins (at the start of a line, after `- `, `: `, `[`,
 * `{` or `,`), so a bracket inside a plain text is not one. A guess at YAML's structure, used
 * only to find where to cut (readYamlTree then checks it with the yaml library).
 */
function walkBrackets(text: string, from: number, visit: (offset: number, open: boolean) => boolean): void {
  let previous = 0;
  let flow = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (flow === 0) previous = 0;
    } else if (c === 32 || c === 9) {
      continue;
    } else if ((c === 0x22 || c === 0x27) && OPENS_VALUE.has(previous)) {
      // A quoted text: to its closing quote ('' and \" do not close it).
      let j = i + 1;
      for (; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (c === 0x22 && d === 0x5c) j++;
        else if (d === c && !(c === 0x27 && text.charCodeAt(j + 1) === 0x27)) break;
        else if (d === 0x27 && c === 0x27) j++;
      }
      i = j;
      previous = c;
    } else if (c === 0x23 /* # */ && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
    } else if ((c === 0x5b || c === 0x7b) && OPENS_VALUE.has(previous)) {
      flow++;
      if (!visit(i, true)) return;
      previous = c;
    } else if ((c === 0x5d || c === 0x7d) && flow > 0) {
      flow--;
      if (!visit(i, false)) return;
      previous = c;
    } else {
      previous = c;
    }
  }
}

/** Where brackets first open more than `maxDepth` levels: the text up to past that bracket, and what closes the open ones. */
export function deepBracketCut(text: string, maxDepth: number): { at: number; closers: string } | undefined {
  const open: number[] = [];
  let cut: { at: number; closers: string } | undefined;
  walkBrackets(text, 0, (offset, opens) => {
    if (!opens) {
      open.pop();
      return true;
    }
    open.push(text.charCodeAt(offset));
    if (open.length <= maxDepth) return true;
    cut = { at: offset + 1, closers: open.map((c) => (c === 0x5b ? "]" : "}")).reverse().join("") };
    return false;
  });
  return cut;
}

/** Just past the bracket that closes the one at `open`; the end of the text when none does. */
function closingBracketEnd(text: string, open: number): number {
  let depth = 0;
  let end = text.length;
  walkBrackets(text, open, (offset, opens) => {
    depth += opens ? 1 : -1;
    if (depth > 0) return true;
    end = offset + 1;
    return false;
  });
  return end;
}

function readWholeYamlTree(file: string, text: string, limits: YamlLimits): YamlTree {
  const { isAlias, isMap, isScalar, isSeq, parseDocument } = yamlLibrary();
  const locations = new Map<string, Location>();
  const diagnostics: Diagnostic[] = [];
  let document: Document;
  try {
    // Duplicate keys are found while converting (below): yaml's own check compares every key
    // of a map with every earlier one.
    document = parseDocument(text, {
      schema: "failsafe",
      uniqueKeys: false,
      prettyErrors: false,
      strict: true,
      keepSourceTokens: false,
    });
  } catch (error) {
    // The yaml library's parser recurses per level of nesting (`- - - - …` on one line) and
    // does not catch its own stack overflow; the composer after it does (RESOURCE_EXHAUSTION).
    if (!(error instanceof RangeError)) throw error;
    diagnostics.push(diagnostic("BL001", { file, start: 0, end: Math.min(1, text.length) }, { detail: TOO_DEEP }));
    return { data: undefined, locations, diagnostics, document: undefined };
  }
  let streamError = false;
  /** After a line indented with a tab, yaml loses the structure: what follows is a consequence. */
  let afterTab = false;
  // An unknown tag (`voorwaarde: !werkt_met_omaha`, `tekst: !Let op`) is only a warning for
  // yaml, which then drops it: the value would lose its first word without a word said.
  const unknownTags = document.warnings.filter((warning) => warning.code === "TAG_RESOLVE_FAILED");
  /**
   * The line of the last error about a key (`x: a: b: c`, a colon and space in a value): yaml
   * reports every further colon on that line as an error of its own (954 for one long line),
   * consequences of the first.
   */
  let keyErrorLine: { start: number; end: number } | undefined;
  for (const error of [...document.errors, ...unknownTags]) {
    const implicitKey = error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY";
    if (implicitKey && keyErrorLine && error.pos[0] >= keyErrorLine.start && error.pos[0] <= keyErrorLine.end) continue;
    if (implicitKey) {
      const end = text.indexOf("\n", error.pos[0]);
      keyErrorLine = { start: text.lastIndexOf("\n", error.pos[0] - 1) + 1, end: end === -1 ? text.length : end };
    }
    // After a token outside the document (a closing bracket too many), yaml reports every token
    // that follows, to the end of the file: the first says what is wrong.
    if (error.code === "UNEXPECTED_TOKEN" && / in YAML stream/.test(error.message)) {
      if (streamError) continue;
      streamError = true;
    }
    const tabLine = tabInIndent(text, error.pos[0]) !== undefined;
    if (afterTab && !tabLine) continue;
    if (tabLine) afterTab = true;
    const d = yamlErrorDiagnostic(file, error, text);
    // The overflow can surface at several levels of the same nesting, and one mistake as
    // several errors of yaml at the same place: say it once.
    if (diagnostics.some((e) => (e.message === d.message && d.message.endsWith(TOO_DEEP)) || e.span.start === d.span.start)) continue;
    diagnostics.push(d);
  }
  if (diagnostics.length > 0) return { data: undefined, locations, diagnostics, document };

  let nodes = 0;
  let aliases = 0;
  /** Offsets of keys already reported (a map reached through two aliases is converted twice). */
  const reportedKeys = new Set<number>();
  const reportKey = (code: "BL002" | "BL012", key: string, at: Span): void => {
    if (reportedKeys.has(at.start)) return;
    reportedKeys.add(at.start);
    diagnostics.push(diagnostic(code, at, { sleutel: key }));
  };
  const maxDepth = limits.maxDepth ?? DEFAULT_YAML_LIMITS.maxDepth ?? Infinity;
  let exhausted = false;
  let targets: Map<Alias, YamlNode> | undefined;

  const spanOf = (node: YamlNode | null | undefined, fallback: Span): Span => {
    const range = node?.range;
    return range ? { file, start: range[0], end: Math.max(range[0], range[1]) } : fallback;
  };

  // `at` is the JSON pointer of `node`, extended one step per level (not rebuilt per node);
  // `depth` its number of steps.
  const convert = (node: unknown, at: string, depth: number, keySpan: Span | undefined, fallback: Span): unknown => {
    if (exhausted) return null;
    if (++nodes > limits.maxNodes) {
      exhausted = true;
      diagnostics.push(diagnostic("BL010", fallback, { wat: "Het document", grootte: `meer dan ${limits.maxNodes} waarden`, grens: `${limits.maxNodes} waarden` }));
      return null;
    }
    if (depth > maxDepth) {
      exhausted = true;
      const grens = limits.maxDepth ?? DEFAULT_YAML_LIMITS.maxDepth;
      diagnostics.push(diagnostic("BL010", spanOf(node as YamlNode, fallback), { wat: "Het document", grootte: `meer dan ${grens} niveaus diep genest`, grens: `${grens} niveaus` }));
      return null;
    }
    if (isAlias(node)) {
      if (++aliases > limits.maxAliases) {
        exhausted = true;
        diagnostics.push(diagnostic("BL010", spanOf(node, fallback), { wat: "Het aantal verwijzingen (*alias)", grootte: `meer dan ${limits.maxAliases}`, grens: String(limits.maxAliases) }));
        return null;
      }
      targets ??= aliasTargets(document);
      return convert(targets.get(node), at, depth, keySpan, spanOf(node, fallback));
    }
    const here = spanOf(node as YamlNode, fallback);
    // A tag yaml knows (`!!binary`, `!!set`, `!!timestamp`; an unknown one is an error above):
    // told as the label it is, not as the kind of value yaml makes of it.
    if ((node as YamlNode | null)?.tag !== undefined) {
      const told = knownTagDiagnostic(file, text, here.start);
      if (told && !reportedKeys.has(told.span.start)) {
        reportedKeys.add(told.span.start);
        diagnostics.push(told);
      }
      if (told) return null;
    }
    if (isScalar(node)) {
      // The most frequent case first, with its location made in one go.
      const range = node.range;
      const style = (node.type ?? "PLAIN") as ScalarStyle;
      if (range) {
        const scalar = { style, start: range[0], end: range[1] };
        locations.set(at, keySpan ? { span: here, keySpan, scalar } : { span: here, scalar });
      } else {
        locations.set(at, keySpan ? { span: here, keySpan } : { span: here });
      }
      const value = node.value;
      // An empty plain scalar (`sleutel:` with nothing after it) is null, as in the core schema.
      if (style === "PLAIN" && (value === "" || value === "~" || value === "null")) return null;
      return value;
    }
    const base: { span: Span; keySpan?: Span } = keySpan ? { span: here, keySpan } : { span: here };
    if (isMap(node)) {
      locations.set(at, base);
      const result: Record<string, unknown> = {};
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const pairKeySpan = spanOf(keyNode, here);
        if (Object.hasOwn(result, key) || key === "__proto__") {
          // `__proto__` would not be a key of the result but replace its prototype.
          reportKey(key === "__proto__" ? "BL012" : "BL002", key, pairKeySpan);
          continue;
        }
        const valueNode = pair.value as YamlNode | null;
        result[key] = convert(valueNode, at + pointerSegment(key), depth + 1, pairKeySpan, pairKeySpan);
      }
      return result;
    }
    if (isSeq(node)) {
      locations.set(at, base);
      return node.items.map((item, index) => convert(item, `${at}/${index}`, depth + 1, undefined, here));
    }
    // A key without a value.
    locations.set(at, base);
    return null;
  };

  const root: Span = { file, start: 0, end: Math.min(1, text.length) };
  const data = document.contents === null ? null : convert(document.contents, "", 0, undefined, root);
  return { data: reportedKeys.size > 0 ? undefined : data, locations, diagnostics, document };
}
