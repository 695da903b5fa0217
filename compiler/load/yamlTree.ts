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
import type { Alias, Document, Node as YamlNode, YAMLError } from "yaml";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../span.js";
import type { ScalarSource, ScalarStyle } from "./scalarOffsets.js";

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

const YAML_ERRORS: Partial<Record<YAMLError["code"], string>> = {
  BAD_INDENT: "de inspringing klopt niet.",
  TAB_AS_INDENT: "inspringen met een tab is in YAML niet toegestaan; gebruik spaties.",
  MISSING_CHAR: "er ontbreekt een teken (bijvoorbeeld een afsluitend aanhalingsteken of haakje).",
  BAD_DQ_ESCAPE: "ongeldige escape-reeks in een tekst tussen dubbele aanhalingstekens.",
  BLOCK_AS_IMPLICIT_KEY: "een meerregelige waarde kan geen sleutel zijn; staat er een dubbele punt te veel?",
  MULTILINE_IMPLICIT_KEY: "een sleutel moet op één regel staan; ontbreekt er een dubbele punt of een aanhalingsteken?",
  MULTIPLE_DOCS: "een .policy-bestand bevat precies één YAML-document (geen tweede ‘---’).",
  BAD_ALIAS: "verwijzing (*alias) naar een anker dat niet bestaat.",
  UNEXPECTED_TOKEN: "onverwacht teken.",
  BAD_SCALAR_START: "een waarde mag niet met dit teken beginnen; zet de waarde tussen aanhalingstekens.",
  KEY_OVER_1024_CHARS: "een sleutel mag niet langer zijn dan 1024 tekens.",
  BLOCK_IN_FLOW: "een blokwaarde kan niet binnen [ ] of { } staan.",
  RESOURCE_EXHAUSTION: "het document verwijst te vaak naar ankers (*alias).",
  MULTIPLE_ANCHORS: "een waarde kan maar één anker (&) hebben.",
  MULTIPLE_TAGS: "een waarde kan maar één tag (!) hebben.",
  NON_STRING_KEY: "een sleutel moet een eenvoudige tekst zijn.",
};

const TOO_DEEP = "de waarden zijn te diep in elkaar genest.";

/** Some of yaml's errors told as the author's mistake: where it is and what to do. */
interface Explained {
  readonly start: number;
  readonly end: number;
  readonly detail: string;
  readonly hint: string;
}

function explainError(error: YAMLError, text: string): Explained | undefined {
  const [offset] = error.pos;
  switch (error.code) {
    case "BAD_INDENT":
      return /must start at the same column/.test(error.message) ? misalignedItem(text, offset) : undefined;
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      return missingSpaceAfterColon(text, offset) ?? colonInValue(text, offset) ?? misalignedItem(text, offset);
    case "MISSING_CHAR":
      return /closing "quote/.test(error.message) ? unclosedQuote(text, '"', offset) : /closing 'quote/.test(error.message) ? unclosedQuote(text, "'", offset) : undefined;
    default:
      return undefined;
  }
}

/** The line around `offset`: where it starts and its text (without a carriage return). */
function lineAt(text: string, offset: number): { start: number; line: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", start);
  return { start, line: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "") };
}

/** `tekst:De praktijk …`: a key whose colon has no space after it, so that YAML reads on. */
function missingSpaceAfterColon(text: string, offset: number): Explained | undefined {
  const { start, line } = lineAt(text, offset);
  const match = /^( *(?:- )?)([A-Za-z0-9_][\w.-]*):([^\s:/].*)$/.exec(line);
  if (!match || match[1] === undefined || match[2] === undefined || match[3] === undefined) return undefined;
  const colon = start + match[1].length + match[2].length;
  const rest = match[3].length > 24 ? `${match[3].slice(0, 24)}…` : match[3];
  return {
    start: colon,
    end: colon + 1,
    detail: `na de dubbele punt van ‘${match[2]}’ ontbreekt een spatie.`,
    hint: `Schrijf ‘${match[2]}: ${rest}’.`,
  };
}

/** `tekst: Let op: …`: a colon and a space inside a plain value, where YAML begins a new key. */
function colonInValue(text: string, offset: number): Explained | undefined {
  const { start, line } = lineAt(text, offset);
  const match = /^( *(?:- )?)([^\s#:'"][^:#]*?): +([^\s'"|>#[{].*)$/.exec(line);
  if (!match || match[1] === undefined || match[2] === undefined || match[3] === undefined) return undefined;
  const value = match[3];
  const inner = /: |:$/.exec(value);
  if (!inner) return undefined;
  const at = start + line.length - value.length + inner.index;
  if (offset > at) return undefined;
  return {
    start: at,
    end: at + 1,
    detail: `de waarde van ‘${match[2]}’ bevat een dubbele punt met een spatie erna (na ‘${value.slice(0, inner.index)}’), en daar begint in YAML een nieuwe sleutel.`,
    hint: `Zet de hele waarde tussen enkele aanhalingstekens (een ' in de tekst schrijft u dan als ''), of schrijf ‘${match[2]}: >-’ en de tekst ingesprongen op de regels eronder.`,
  };
}

/**
 * A quoted text that is never closed: yaml reports where it gave up (the end of the line or of
 * the file); the quote that opened it is the last one before that.
 */
function unclosedQuote(text: string, quote: '"' | "'", offset: number): Explained | undefined {
  let at = text.lastIndexOf(quote, offset);
  // In '…' a quote is written twice: the opening one is the last single one.
  while (quote === "'" && at > 0 && text.charAt(at - 1) === "'") at = text.lastIndexOf(quote, at - 2);
  if (at < 0) return undefined;
  return {
    start: at,
    end: at + 1,
    detail: `de tekst die hier met ${quote === '"' ? "een dubbel" : "een enkel"} aanhalingsteken begint, wordt niet afgesloten.`,
    hint: `Zet aan het eind van de tekst ook een ${quote}, of laat de aanhalingstekens weg.`,
  };
}

function yamlErrorDiagnostic(file: string, error: YAMLError, text: string): Diagnostic {
  const [start, end] = error.pos;
  const explained = explainError(error, text);
  if (explained) return diagnostic("BL001", { file, start: explained.start, end: explained.end }, { detail: explained.detail }, explained.hint);
  const at: Span = { file, start: Math.min(start, text.length), end: Math.min(Math.max(end, start + 1), text.length) };
  // The yaml library reports a stack overflow on very deep nesting as resource exhaustion too.
  const detail =
    error.code === "RESOURCE_EXHAUSTION" && /call stack/i.test(error.message)
      ? TOO_DEEP
      : ((error.code === "UNEXPECTED_TOKEN" ? unexpectedAfterValue(text, start) : error.code === "BAD_INDENT" ? unclosedFlow(error.message) : undefined) ??
        YAML_ERRORS[error.code] ??
        "de structuur is ongeldig.");
  return diagnostic("BL001", at, { detail });
}

/**
 * A key or list item that is indented differently from the ones it should line up with (yaml:
 * "All mapping items must start at the same column"): says how far it is indented and how far
 * the keys above it are, nearest first (those are the levels it can belong to), and marks the
 * key or dash. Undefined when the line at `offset` is not like that.
 */
function misalignedItem(text: string, offset: number): Explained | undefined {
  let lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  // Reported at a value (`taalversie: 1`) whose next line is a key indented further: yaml took
  // that line as more of the value; the key is what is out of line.
  if (offset > lineStart + (/^ */.exec(text.slice(lineStart))?.[0].length ?? 0)) {
    const next = text.indexOf("\n", offset);
    if (next === -1 || !/^ *[^\s#:][^:#]*?: +[^\s#]/.test(text.slice(lineStart, next))) return undefined;
    const indentHere = /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
    const indentNext = /^ */.exec(text.slice(next + 1))?.[0].length ?? 0;
    if (indentNext <= indentHere) return undefined;
    lineStart = next + 1;
    offset = lineStart;
  }
  const { line } = lineAt(text, lineStart);
  const indent = /^ */.exec(line)?.[0].length ?? 0;
  const item = /^ *(- |-$|[^\s#:][^:#]*?(?=:(?: |$)))/.exec(line);
  if (!item?.[1] || offset < lineStart || offset > lineStart + indent) return undefined;
  const isDash = item[1].startsWith("-");
  const what = isDash ? "dit lijstelement" : `‘${item[1]}’`;
  // The levels open above this line: each earlier line indented less than all lines after it.
  const levels: { indent: number; name: string }[] = [];
  let smallest = Infinity;
  // At most a few thousand lines up: a file with thousands of such errors stays quick.
  for (let end = lineStart - 1, lines = 0; end > 0 && smallest > 0 && lines < 5000; lines++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(start, end).replace(/\r$/, "");
    end = start - 1;
    const match = /^( *)(- |[^\s#:][^:#]*?(?=:(?: |$)))/.exec(above);
    if (!match || match[1] === undefined || match[2] === undefined) continue;
    const level = match[1].length;
    if (level >= smallest) continue;
    smallest = level;
    if (level !== indent) levels.push({ indent: level, name: match[2].startsWith("-") ? "een lijstelement" : `‘${match[2]}’` });
  }
  const deeper = levels.filter((l) => l.indent > indent).at(-1);
  const shallower = levels.find((l) => l.indent < indent);
  const options = [deeper, shallower].filter((l): l is { indent: number; name: string } => l !== undefined);
  if (options.length === 0) return undefined;
  const spaces = (n: number) => `${n} ${n === 1 ? "spatie" : "spaties"}`;
  const [first, second] = options as [{ indent: number; name: string }, { indent: number; name: string } | undefined];
  const above = second ? `springen ${first.name} ${first.indent} en ${second.name} ${spaces(second.indent)} in` : `springt ${first.name} ${spaces(first.indent)} in`;
  return {
    start: lineStart + indent,
    end: lineStart + indent + (isDash ? 1 : item[1].length),
    detail: `de inspringing klopt niet: ${what} springt ${spaces(indent)} in, maar erboven ${above}.`,
    hint: isDash ? "Laat het lijstelement even ver inspringen als de elementen waar het bij hoort." : `Laat ${what} even ver inspringen als de sleutels waar het bij hoort.`,
  };
}

/**
 * yaml reports a list or map in brackets that is never closed as an indentation error of the
 * line after it ("Flow sequence in block collection must be sufficiently indented and end
 * with a ]"); says what is most likely missing.
 */
function unclosedFlow(message: string): string | undefined {
  if (!/end with a [\]}]/.test(message)) return undefined;
  const [open, close, what] = /Flow sequence/.test(message) ? ["[", "]", "een lijst"] : ["{", "}", "een verzameling van sleutels"];
  return `${what} die met ‘${open}’ begint, is niet afgesloten met ‘${close}’ (of de regel erna springt te weinig in).`;
}

/**
 * The usual cause of an unexpected token: a value on the same line that YAML did not read as
 * plain text, because it starts with a quote (`"ja" = "ja"`) or with a character that means
 * something else in YAML (`> 95%`). Says so, or undefined when the line is not like that.
 */
function unexpectedAfterValue(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const value = /^\s*(?:- )?[^\s:#][^:#]*:\s+(\S)/.exec(text.slice(lineStart, offset + 1))?.[1];
  if (value === '"' || value === "'") {
    return "de waarde begint met een aanhalingsteken en eindigt daarom bij het sluitende aanhalingsteken; zet de hele waarde tussen enkele aanhalingstekens, of laat haar niet met een tekst beginnen.";
  }
  if (value !== undefined && ">|*&!%@`".includes(value)) {
    return `een waarde die met ‘${value}’ begint, leest YAML niet als tekst; zet de hele waarde tussen aanhalingstekens.`;
  }
  return undefined;
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
  for (const error of document.errors) {
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
