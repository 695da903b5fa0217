/**
 * A fast reader for the YAML that policies are written in: a map of maps, lists of texts, and
 * texts written plain, quoted, over several lines or as a block (`>-`, `|`). It gives exactly
 * what `readYamlTree` (yamlTree.ts) gives with the yaml library — the same data and the same
 * locations — five to seven times faster, or `undefined` for anything outside that part of
 * YAML (tags, maps in lists, escapes, tabs, Windows line endings, any error…); the caller
 * then reads the file with the yaml library, which also says what is wrong.
 * test/compiler/simpleYaml.test.ts compares both readers on every YAML file of the
 * repository, on random documents and on random mutations of the policies.
 *
 * Ranges follow the yaml library: a scalar runs from its first source character (a quote or
 * block indicator included) to its value's end; a block collection from its first key or dash
 * to the end of its last value's node (past that value's line break, or further where the
 * library counts comments after it to the value or the collection: see `endCollection`); an
 * empty value sits where the line continues after the colon (its line break, or a comment).
 */

import type { Span } from "../span.js";
import type { ScalarSource, ScalarStyle } from "./scalarOffsets.js";
import { DEFAULT_YAML_LIMITS, pointerSegment, readYamlTree, type Location, type YamlLimits, type YamlTree } from "./yamlTree.js";

export interface SimpleYaml {
  readonly data: Record<string, unknown>;
  readonly locations: ReadonlyMap<string, Location>;
}

/** Thrown inside the reader when the text leaves the part of YAML it reads; never escapes. */
class NotSimple {}
const NOT_SIMPLE = new NotSimple();

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** A key: plain words of letters, digits, `_`, `-` and `.` (with single spaces between), followed by a colon. */
const KEY = /[A-Za-z0-9_](?:[A-Za-z0-9_.-]| (?! ))*(?<! )(?=:(?: |\n|$))/y;

/**
 * Characters that make the reader leave the text to the yaml library: tabs, carriage returns
 * and other control characters, escapes (a backslash), line separators and byte order marks.
 */
const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\\]/;

/** An anchor's name (after `&` or `*`), followed by a space, the end of the line, or (in brackets) `,`, `]` or `}`. */
const ANCHOR = /[A-Za-z0-9_-]+(?=[ \n,\]}]|$)/y;

/** Characters that end a plain text in `[ ]` or `{ }`, or that may mean something else there (a colon). */
const FLOW_NOT_PLAIN = new Set([..."[]{}:"]);

/** Characters a plain value cannot start with when a space follows. */
const SOLO_START = new Set([..."-?:"]);

/** Characters a plain value cannot start with (in YAML they begin something else). */
const NOT_PLAIN_START = new Set([..."[]{},#&*!|>'\"%@`"]);

/** A policy's YAML: by the fast reader when it can, else (and for every error) by the yaml library. */
export function readPolicyYaml(file: string, text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): Omit<YamlTree, "document"> {
  const simple = readSimpleYaml(file, text, limits);
  return simple ? { data: simple.data, locations: simple.locations, diagnostics: [] } : readYamlTree(file, text, limits);
}

export function readSimpleYaml(file: string, text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): SimpleYaml | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new Reader(file, text, limits).document();
  } catch (error) {
    if (error === NOT_SIMPLE) return undefined;
    throw error;
  }
}

/** Where an anchored value begins, and how to read it again: as a block value or inside brackets. */
type Anchored =
  | { readonly kind: "block"; readonly from: number; readonly indent: number; readonly inMap: boolean }
  | { readonly kind: "flow"; readonly from: number; readonly close: number };

class Reader {
  private readonly locations = new Map<string, Location>();
  /** Anchored values by name: where to read them again. */
  private readonly anchors = new Map<string, Anchored>();
  /** Anchors whose value is being read (an alias inside its own anchor is left to the yaml library). */
  private readonly reading = new Set<string>();
  private aliases = 0;
  /** How many aliases are being read again (see `readAnchored`). */
  private replaying = 0;
  private nodes = 0;
  private readonly maxDepth: number;
  /** Start of the line being read. */
  private line = 0;
  /** Just past the line break of the last line with content that was read. */
  private contentEnd = 0;
  /** The end of the last value's node: its line, or the comments its collection kept (see `endCollection`). */
  private nodeEnd = 0;
  /** Whether the last value read was not a block collection (comments after it may join it). */
  private lastWasScalar = false;
  /** Whether the comments after the last value read already belong to it (see `endCollection`). */
  private commentsTaken = false;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly limits: YamlLimits,
  ) {
    this.maxDepth = limits.maxDepth ?? DEFAULT_YAML_LIMITS.maxDepth ?? Infinity;
  }

  document(): SimpleYaml {
    this.line = this.nextContentLine(0);
    if (this.line === -1 || this.indentAt(this.line) !== 0) throw NOT_SIMPLE;
    const data = this.map(0, "", 0, undefined);
    if (this.line !== -1) throw NOT_SIMPLE; // something less indented than the top level
    return { data, locations: this.locations };
  }

  private count(depth: number): void {
    if (++this.nodes > this.limits.maxNodes || depth > this.maxDepth) throw NOT_SIMPLE;
  }

  private span(start: number, end: number): Span {
    return { file: this.file, start, end };
  }

  /** Just past the line break of the line around `at` (or the end of the text). */
  private lineEnd(at: number): number {
    const end = this.text.indexOf("\n", at);
    return end === -1 ? this.text.length : end + 1;
  }

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i - lineStart;
  }

  /** The start of the first line from `from` on that is neither blank nor a comment; -1 at the end. */
  private nextContentLine(from: number): number {
    const text = this.text;
    let start = from;
    while (start < text.length) {
      let i = start;
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (i < text.length && c !== NEWLINE && c !== HASH) return start;
      start = this.lineEnd(i);
    }
    return -1;
  }

  /** Whether a comment line lies between the last line with content and `stop`. */
  private commentBefore(stop: number): boolean {
    for (let at = this.contentEnd; at < stop; ) {
      const first = at + this.indentAt(at);
      if (this.text.charCodeAt(first) === HASH) return true;
      at = this.lineEnd(first);
    }
    return false;
  }

  /** After a value on a line: only spaces and a comment may follow. Moves to the next line. */
  private finishLine(at: number): void {
    const text = this.text;
    let i = at;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i < text.length && text.charCodeAt(i) !== NEWLINE) {
      if (text.charCodeAt(i) !== HASH || i === at) throw NOT_SIMPLE;
    }
    this.contentEnd = this.lineEnd(i);
    this.nodeEnd = this.contentEnd;
    this.line = this.nextContentLine(this.contentEnd);
  }

  private isSequenceLine(lineStart: number, indent: number): boolean {
    const i = lineStart + indent;
    return this.text.charCodeAt(i) === DASH && (this.text.charCodeAt(i + 1) === SPACE || this.text.charCodeAt(i + 1) === NEWLINE || i + 1 === this.text.length);
  }

  /** A block map whose keys start at column `indent`, from the current line on. */
  private map(indent: number, at: string, depth: number, keySpan: Span | undefined): Record<string, unknown> {
    this.count(depth);
    const text = this.text;
    const start = this.line + indent;
    const location: { span: Span; keySpan?: Span } = keySpan ? { span: this.span(start, start), keySpan } : { span: this.span(start, start) };
    this.locations.set(at, location);
    const result: Record<string, unknown> = {};
    while (this.line !== -1) {
      const lineIndent = this.indentAt(this.line);
      if (lineIndent < indent) break;
      if (lineIndent > indent) throw NOT_SIMPLE;
      const keyStart = this.line + indent;
      KEY.lastIndex = keyStart;
      const match = KEY.exec(text);
      if (match === null) throw NOT_SIMPLE;
      const key = match[0];
      // Twice the same key, or a key the yaml library refuses: it says so.
      if (Object.hasOwn(result, key) || key === "__proto__" || key.length > 1024) throw NOT_SIMPLE;
      const keyEnd = keyStart + key.length;
      const pairKeySpan = this.span(keyStart, keyEnd);
      result[key] = this.value(keyEnd + 1, indent, at + pointerSegment(key), depth + 1, pairKeySpan, true);
    }
    location.span = this.span(start, this.endCollection(indent));
    return result;
  }

  /**
   * Ends a block collection indented `indent` and returns the end of its range: the end of its
   * last value's node. Then come the comments between that value and what follows the
   * collection. The yaml library counts a comment to the last value when it comes first and is
   * indented more than the collection (which moves the range: left to the library); passes the
   * comments on to the collection around it when all are indented less (or the collection is
   * the top level); and otherwise keeps them, so that this collection's node ends where the
   * next content begins, after its indentation (which is where the collection around it ends,
   * if this was its last value).
   */
  private endCollection(indent: number): number {
    const end = this.nodeEnd;
    const afterScalar = this.lastWasScalar;
    this.lastWasScalar = false;
    if (this.commentsTaken) return end; // the last value has them
    const text = this.text;
    const stop = this.line === -1 ? text.length : this.line;
    let comments = false;
    let kept = false;
    for (let at = this.contentEnd; at < stop; ) {
      const first = at + this.indentAt(at);
      if (text.charCodeAt(first) === HASH) {
        const commentIndent = first - at;
        if (!comments && afterScalar && commentIndent > indent) throw NOT_SIMPLE;
        comments = true;
        if (indent !== 0 && commentIndent >= indent) kept = true;
      }
      at = this.lineEnd(first);
    }
    this.nodeEnd = kept ? (this.line === -1 ? stop : stop + this.indentAt(stop)) : end;
    this.commentsTaken = kept;
    return end;
  }

  /** A block list whose dashes are at column `indent`, from the current line on. */
  private sequence(indent: number, at: string, depth: number, keySpan: Span | undefined): unknown[] {
    this.count(depth);
    const start = this.line + indent;
    const location: { span: Span; keySpan?: Span } = keySpan ? { span: this.span(start, start), keySpan } : { span: this.span(start, start) };
    this.locations.set(at, location);
    const result: unknown[] = [];
    while (this.line !== -1) {
      const lineIndent = this.indentAt(this.line);
      if (lineIndent < indent) break;
      if (lineIndent > indent || !this.isSequenceLine(this.line, indent)) break;
      const dash = this.line + indent;
      let i = dash + 1;
      while (this.text.charCodeAt(i) === SPACE) i++;
      const c = this.text.charCodeAt(i);
      // A nested list or map, or an item on the next lines: the yaml library reads those.
      if (i >= this.text.length || c === NEWLINE || c === HASH || this.isSequenceLine(i - indent, indent)) throw NOT_SIMPLE;
      KEY.lastIndex = i;
      if (KEY.test(this.text)) throw NOT_SIMPLE;
      result.push(this.value(dash + 1, indent, `${at}/${result.length}`, depth + 1, undefined, false));
    }
    location.span = this.span(start, this.endCollection(indent));
    return result;
  }

  /**
   * The value after a key's colon or a list's dash at `from`, on a line indented `indent`.
   * `inMap`: a value in a map may also be a nested block, or empty.
   */
  private value(from: number, indent: number, at: string, depth: number, keySpan: Span | undefined, inMap: boolean, anchored = false): unknown {
    const text = this.text;
    let i = from;
    while (text.charCodeAt(i) === SPACE) i++;
    const c = text.charCodeAt(i);
    if (c === 0x26 /* & */ && !anchored && i > from) return this.anchor(i, indent, at, depth, keySpan, inMap);
    if (c === 0x2a /* * */ && !anchored && i > from) return this.alias(i, at, depth, keySpan);
    if (i >= text.length || c === NEWLINE || c === HASH) {
      if (!inMap) throw NOT_SIMPLE;
      const afterKey = this.lineEnd(i);
      const next = this.nextContentLine(afterKey);
      if (next !== -1) {
        const nextIndent = this.indentAt(next);
        if (nextIndent > indent || (nextIndent === indent && this.isSequenceLine(next, indent))) {
          this.contentEnd = afterKey;
          this.line = next;
          return this.isSequenceLine(next, nextIndent) ? this.sequence(nextIndent, at, depth, keySpan) : this.map(nextIndent, at, depth, keySpan);
        }
      }
      if (anchored) throw NOT_SIMPLE; // an anchor on an empty value
      this.finishLine(from);
      // The yaml library counts the comments after an empty value (on its line and up to the
      // next content) to it: then its node ends where the next content begins; else before
      // its line break.
      const stop = this.line === -1 ? text.length : this.line;
      const withComments = c === HASH || this.commentBefore(stop);
      this.nodeEnd = !withComments ? i : this.line === -1 ? stop : stop + this.indentAt(stop);
      const value = this.scalar(at, depth, keySpan, "PLAIN", i, i, "");
      this.commentsTaken = withComments;
      return value;
    }
    if (i === from) throw NOT_SIMPLE; // `sleutel:waarde`
    if (c === 0x5b /* [ */) return this.flowSequence(i, at, depth, keySpan);
    if (c === 0x7b /* { */) return this.flowMap(i, at, depth, keySpan);
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      const close = this.closingQuote(i);
      this.finishLine(close + 1);
      return this.quoted(i, close, at, depth, keySpan);
    }
    if (c === 0x7c /* | */ || c === 0x3e /* > */) return this.blockScalar(i, indent, at, depth, keySpan);
    return this.plain(i, indent, at, depth, keySpan);
  }

  /** `&naam` and the value after it; an alias to it reads that value again (as the yaml library converts it again). */
  private anchor(ampersand: number, indent: number, at: string, depth: number, keySpan: Span | undefined, inMap: boolean): unknown {
    const name = this.anchorName(ampersand);
    return this.readAnchored(name, { kind: "block", from: ampersand + 1 + name.length, indent, inMap }, at, depth, keySpan);
  }

  /** `&naam` inside brackets and the value after it, up to `close`. */
  private flowAnchor(ampersand: number, at: string, depth: number, keySpan: Span | undefined, close: number): unknown {
    const name = this.anchorName(ampersand);
    let from = ampersand + 1 + name.length;
    while (this.text.charCodeAt(from) === SPACE) from++;
    return this.readAnchored(name, { kind: "flow", from, close }, at, depth, keySpan);
  }

  /** The name after `&` or `*` at `sign`. */
  private anchorName(sign: number): string {
    ANCHOR.lastIndex = sign + 1;
    const name = ANCHOR.exec(this.text)?.[0];
    if (name === undefined) throw NOT_SIMPLE;
    return name;
  }

  /** Reads an anchored value, first time or again; an alias inside its own anchor is left to the yaml library. */
  private readAnchored(name: string, anchored: Anchored, at: string, depth: number, keySpan: Span | undefined): unknown {
    if (this.reading.has(name)) throw NOT_SIMPLE;
    // Read again for an alias, the anchors inside keep what they were: an alias after it still
    // refers to the last anchor of its name before it in the text.
    if (this.replaying === 0) this.anchors.set(name, anchored);
    this.reading.add(name);
    const value =
      anchored.kind === "block"
        ? this.value(anchored.from, anchored.indent, at, depth, keySpan, anchored.inMap, true)
        : this.flowValue(anchored.from, at, depth, keySpan, anchored.close, true);
    this.reading.delete(name);
    return value;
  }

  /** The anchored value `*naam` refers to, read again at this place, from where `*naam` is. */
  private aliasValue(star: number, at: string, depth: number, keySpan: Span | undefined): { value: unknown; end: number } {
    const name = this.anchorName(star);
    const target = this.anchors.get(name);
    if (target === undefined || ++this.aliases > this.limits.maxAliases) throw NOT_SIMPLE;
    this.count(depth);
    // Reading it again moves through the text: what this place was reading is restored after.
    const { line, contentEnd, nodeEnd, lastWasScalar, commentsTaken, flowEnd } = this;
    this.replaying++;
    const value = this.readAnchored(name, target, at, depth, keySpan);
    this.replaying--;
    Object.assign(this, { line, contentEnd, nodeEnd, lastWasScalar, commentsTaken, flowEnd });
    return { value, end: star + 1 + name.length };
  }

  /** `*naam` as a value in a block. */
  private alias(star: number, at: string, depth: number, keySpan: Span | undefined): unknown {
    const { value, end } = this.aliasValue(star, at, depth, keySpan);
    this.finishLine(end);
    this.lastWasScalar = true;
    this.commentsTaken = false;
    return value;
  }

  /** `{ naam: Zorgovereenkomst A, factoren: 3 }` on one line. */
  private flowMap(open: number, at: string, depth: number, keySpan: Span | undefined, nested = false): Record<string, unknown> {
    this.count(depth);
    const text = this.text;
    const location: { span: Span; keySpan?: Span } = keySpan ? { span: this.span(open, open), keySpan } : { span: this.span(open, open) };
    this.locations.set(at, location);
    const result: Record<string, unknown> = {};
    let i = open + 1;
    for (;;) {
      while (text.charCodeAt(i) === SPACE) i++;
      if (text.charCodeAt(i) === 0x7d /* } */ && Object.keys(result).length === 0) break;
      KEY.lastIndex = i;
      const key = KEY.exec(text)?.[0];
      if (key === undefined || Object.hasOwn(result, key) || key === "__proto__") throw NOT_SIMPLE;
      const pairKeySpan = this.span(i, i + key.length);
      i += key.length + 1;
      while (text.charCodeAt(i) === SPACE) i++;
      result[key] = this.flowValue(i, at + pointerSegment(key), depth + 1, pairKeySpan, 0x7d);
      i = this.flowEnd;
      while (text.charCodeAt(i) === SPACE) i++;
      const d = text.charCodeAt(i);
      if (d === 0x7d /* } */) break;
      if (d !== 0x2c /* , */) throw NOT_SIMPLE;
      i++;
    }
    location.span = this.span(open, i + 1);
    this.endFlow(i + 1, nested);
    return result;
  }

  /** After the closing bracket at `end - 1`: the rest of the line, or (inside brackets) `flowEnd`. */
  private endFlow(end: number, nested: boolean): void {
    if (nested) this.flowEnd = end;
    else {
      this.finishLine(end);
      this.lastWasScalar = true;
      this.commentsTaken = false;
    }
  }

  /** A value inside `[ ]` or `{ }`: a text, or a list or map in brackets on the same line; sets `flowEnd`. */
  private flowValue(start: number, at: string, depth: number, keySpan: Span | undefined, close: number, anchored = false): unknown {
    const c = this.text.charCodeAt(start);
    if (c === 0x26 /* & */ && !anchored) return this.flowAnchor(start, at, depth, keySpan, close);
    if (c === 0x2a /* * */ && !anchored) {
      const { value, end } = this.aliasValue(start, at, depth, keySpan);
      this.flowEnd = end;
      return value;
    }
    if (c !== 0x5b /* [ */ && c !== 0x7b /* { */) return this.flowScalar(start, at, depth, keySpan, close);
    return c === 0x5b ? this.flowSequence(start, at, depth, keySpan, true) : this.flowMap(start, at, depth, keySpan, true);
  }

  /** Where the last `flowValue` ended. */
  private flowEnd = 0;

  /** A plain or quoted text inside `[ ]` or `{ }` (closed by `close`), at `start`; sets `flowEnd`. */
  private flowScalar(start: number, at: string, depth: number, keySpan: Span | undefined, close: number): string | null {
    const text = this.text;
    const c = text.charCodeAt(start);
    if (c === 0x22 || c === 0x27) {
      const close = this.closingQuote(start);
      this.flowEnd = close + 1;
      return this.quoted(start, close, at, depth, keySpan);
    }
    let i = start;
    let end = start;
    for (;;) {
      const d = text.charCodeAt(i);
      if (i >= text.length || d === NEWLINE || d === 0x2c /* , */ || d === close) break;
      if (i === start ? NOT_PLAIN_START.has(text.charAt(i)) || (SOLO_START.has(text.charAt(i)) && text.charCodeAt(i + 1) === SPACE) : FLOW_NOT_PLAIN.has(text.charAt(i))) throw NOT_SIMPLE;
      if (d === HASH && text.charCodeAt(i - 1) === SPACE) throw NOT_SIMPLE;
      i++;
      if (d !== SPACE) end = i;
    }
    if (end === start) throw NOT_SIMPLE; // an empty item
    this.flowEnd = i;
    return this.scalar(at, depth, keySpan, "PLAIN", start, end, text.slice(start, end));
  }

  private scalar(at: string, depth: number, keySpan: Span | undefined, style: ScalarStyle, start: number, end: number, value: string): string | null {
    this.count(depth);
    this.lastWasScalar = true;
    this.commentsTaken = false;
    const span = this.span(start, end);
    const scalar: ScalarSource = { style, start, end };
    this.locations.set(at, keySpan ? { span, keySpan, scalar } : { span, scalar });
    if (style === "PLAIN" && (value === "" || value === "~" || value === "null")) return null;
    return value;
  }

  /** The text between the quote at `open` and the one at `close` (see `closingQuote`). */
  private quoted(open: number, close: number, at: string, depth: number, keySpan: Span | undefined): string | null {
    const raw = this.text.slice(open + 1, close);
    const single = this.text.charCodeAt(open) === 0x27;
    return this.scalar(at, depth, keySpan, single ? "QUOTE_SINGLE" : "QUOTE_DOUBLE", open, close + 1, single ? raw.replaceAll("''", "'") : raw);
  }

  /** The offset of the quote that closes the one at `open`, on the same line. */
  private closingQuote(open: number): number {
    const text = this.text;
    const quote = text.charCodeAt(open);
    let i = open + 1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= text.length || c === NEWLINE) throw NOT_SIMPLE; // over several lines
      if (c === quote) {
        if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
  }

  /** A plain text, on one line or continued on more indented lines. */
  private plain(start: number, indent: number, at: string, depth: number, keySpan: Span | undefined): string | null {
    const text = this.text;
    let end = this.plainLineEnd(start, true);
    let value = text.slice(start, end);
    let lineBreak = this.lineEnd(end);
    // Continuation lines: more indented than the key or dash, until a line that is not.
    let empty = 0;
    for (let next = lineBreak; next < text.length; ) {
      const first = next + this.indentAt(next);
      const c = text.charCodeAt(first);
      if (c === NEWLINE) {
        empty++;
        next = first + 1;
        continue;
      }
      if (first >= text.length || first - next <= indent) break;
      if (c === HASH) throw NOT_SIMPLE; // a comment, then perhaps more text: the yaml library decides
      const lineEnd = this.plainLineEnd(first, true);
      value += (empty === 0 ? " " : "\n".repeat(empty)) + text.slice(first, lineEnd);
      empty = 0;
      end = lineEnd;
      lineBreak = this.lineEnd(lineEnd);
      next = lineBreak;
    }
    this.finishLine(end);
    return this.scalar(at, depth, keySpan, "PLAIN", start, end, value);
  }

  /** The end of the plain text that starts at `start` on its line (before spaces and a comment). */
  private plainLineEnd(start: number, checkStart: boolean): number {
    const text = this.text;
    const first = text.charAt(start);
    if (checkStart && (NOT_PLAIN_START.has(first) || ((first === "-" || first === "?" || first === ":") && /^[ \n]?$/.test(text.charAt(start + 1))))) throw NOT_SIMPLE;
    let i = start;
    let end = start;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= text.length || c === NEWLINE) break;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (c === COLON && (i + 1 >= text.length || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === NEWLINE)) throw NOT_SIMPLE;
      i++;
      if (c !== SPACE) end = i;
    }
    return end;
  }

  /** `[a, "b", c]` on one line. */
  private flowSequence(open: number, at: string, depth: number, keySpan: Span | undefined, nested = false): unknown[] {
    this.count(depth);
    const text = this.text;
    const location: { span: Span; keySpan?: Span } = keySpan ? { span: this.span(open, open), keySpan } : { span: this.span(open, open) };
    this.locations.set(at, location);
    const result: unknown[] = [];
    let i = open + 1;
    for (;;) {
      while (text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      if (c === 0x5d /* ] */ && result.length === 0) break;
      result.push(this.flowValue(i, `${at}/${result.length}`, depth + 1, undefined, 0x5d));
      i = this.flowEnd;
      while (text.charCodeAt(i) === SPACE) i++;
      const d = text.charCodeAt(i);
      if (d === 0x5d /* ] */) break;
      if (d !== 0x2c /* , */) throw NOT_SIMPLE;
      i++;
    }
    location.span = this.span(open, i + 1);
    this.endFlow(i + 1, nested);
    return result;
  }

  /** `|`, `|-`, `>` or `>-` and the more indented lines after it. */
  private blockScalar(indicator: number, indent: number, at: string, depth: number, keySpan: Span | undefined): string | null {
    const text = this.text;
    const folded = text.charCodeAt(indicator) === 0x3e;
    let i = indicator + 1;
    const strip = text.charCodeAt(i) === DASH;
    if (strip) i++;
    const header = i;
    while (text.charCodeAt(i) === SPACE) i++;
    const c = text.charCodeAt(i);
    if (c === HASH ? i === header : i < text.length && c !== NEWLINE) throw NOT_SIMPLE; // `+`, an indentation indicator…
    let next = this.lineEnd(i);
    const lines: string[] = [];
    let blockIndent = -1;
    let end = -1;
    while (next < text.length) {
      const lineIndent = this.indentAt(next);
      const first = next + lineIndent;
      if (text.charCodeAt(first) === NEWLINE) {
        if (lineIndent > 0 || blockIndent === -1) throw NOT_SIMPLE; // a line of only spaces, or empty lines first
        lines.push("");
        next = first + 1;
        continue;
      }
      if (first >= text.length) throw NOT_SIMPLE;
      if (blockIndent === -1) {
        if (lineIndent <= indent) break;
        blockIndent = lineIndent;
      }
      if (lineIndent < blockIndent) break;
      if (folded && lineIndent > blockIndent) throw NOT_SIMPLE; // more indented lines keep their breaks
      const lineBreak = text.indexOf("\n", first);
      if (lineBreak === -1) throw NOT_SIMPLE; // the last line without a line break
      lines.push(text.slice(next + blockIndent, lineBreak));
      next = lineBreak + 1;
      end = next;
    }
    if (end === -1) throw NOT_SIMPLE;
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    let value: string;
    if (folded) {
      value = lines[0] as string;
      let empty = 0;
      for (let k = 1; k < lines.length; k++) {
        const line = lines[k] as string;
        if (line === "") empty++;
        else {
          value += (empty === 0 ? " " : "\n".repeat(empty)) + line;
          empty = 0;
        }
      }
    } else value = lines.join("\n");
    if (!strip) value += "\n";
    this.contentEnd = end;
    this.nodeEnd = end;
    this.line = this.nextContentLine(end);
    return this.scalar(at, depth, keySpan, folded ? "BLOCK_FOLDED" : "BLOCK_LITERAL", indicator, end, value);
  }
}
