/**
 * What is under the cursor in a .policy text: a key (a fact, a rule, a chapter, …), a plain
 * value (such as the chapter named by `hoofdstuk:`), or a name inside an expression. Positions
 * come from the load stage's locations (JSON pointer -> span) and, inside an expression, from
 * the spans of the expression's syntax tree.
 */

import { subexpressions, type Expr } from "../../grammar/ast.js";
import { parseExpression } from "../../grammar/parse.js";
import { isExpressionPath } from "../format/expressionPaths.js";
import { scalarOffsetMaps } from "../load/scalarOffsets.js";
import type { Location } from "../load/yamlTree.js";
import type { Span } from "../span.js";
import type { Analysis } from "./analysis.js";

export type Target =
  | { readonly kind: "key"; readonly path: readonly string[]; readonly span: Span }
  | { readonly kind: "value"; readonly path: readonly string[]; readonly span: Span; readonly text: string }
  | { readonly kind: "name"; readonly name: string; readonly span: Span; readonly path: readonly string[] }
  | { readonly kind: "function"; readonly name: string; readonly span: Span; readonly path: readonly string[] }
  | { readonly kind: "column"; readonly table: string | undefined; readonly name: string; readonly span: Span; readonly path: readonly string[] }
  | { readonly kind: "alias"; readonly name: string; readonly span: Span; readonly anchor: Span; readonly value: unknown };

export function splitPointer(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** The innermost key or scalar value at `offset`. */
export function locate(analysis: Analysis, offset: number): Target | undefined {
  // While the YAML does not parse there are no locations: the lines of the text tell.
  if (analysis.data === undefined) return locateInLines(analysis, offset);
  const alias = aliasAt(analysis, offset);
  if (alias) return alias;
  let best: { pointer: string; location: Location; key: boolean } | undefined;
  for (const [pointer, location] of analysis.locations) {
    if (location.keySpan && contains(location.keySpan, offset)) {
      if (!best || location.keySpan.end - location.keySpan.start <= size(best)) best = { pointer, location, key: true };
    }
    if (location.scalar && contains(location.span, offset)) {
      if (!best || location.span.end - location.span.start <= size(best)) best = { pointer, location, key: false };
    }
  }
  if (!best) return undefined;
  const path = splitPointer(best.pointer);
  if (best.key) return { kind: "key", path, span: best.location.keySpan as Span };
  const value = valueAt(analysis.data, path);
  if (typeof value !== "string") return { kind: "value", path, span: best.location.span, text: String(value ?? "") };
  if (isExpressionPath(path, analysis.data)) return locateInExpression(analysis, best.location, value, path, offset);
  return { kind: "value", path, span: best.location.span, text: value };
}

const NAME_CHAR = /[\p{L}\d_-]/u;

/** An alias (`*naam`) at `offset`, with the value of its anchor (`&naam`, the last one before it). */
function aliasAt(analysis: Analysis, offset: number): Target | undefined {
  const { text } = analysis;
  let start = offset;
  while (start > 0 && NAME_CHAR.test(text[start - 1] as string)) start--;
  if (text[start] !== "*" && text[start - 1] === "*") start--;
  if (text[start] !== "*" || !/[\s:[{,]/.test(text[start - 1] ?? "")) return undefined;
  let end = start + 1;
  while (end < text.length && NAME_CHAR.test(text[end] as string)) end++;
  const name = text.slice(start + 1, end);
  if (name === "" || offset > end) return undefined;
  let at = text.lastIndexOf(`&${name}`, start);
  while (at >= 0 && NAME_CHAR.test(text[at + 1 + name.length] ?? "")) at = text.lastIndexOf(`&${name}`, at - 1);
  if (at < 0) return undefined;
  // The anchored node is the first one after `&naam`.
  const after = at + 1 + name.length;
  let anchored: { pointer: string; start: number } | undefined;
  for (const [pointer, location] of analysis.locations) {
    const from = location.scalar?.start ?? location.span.start;
    if (from >= after && from < start && (!anchored || from < anchored.start)) anchored = { pointer, start: from };
  }
  const value = anchored ? valueAt(analysis.data, splitPointer(anchored.pointer)) : undefined;
  return { kind: "alias", name, span: { file: analysis.path, start, end }, anchor: { file: analysis.path, start: at, end: after }, value };
}

function size(best: { location: Location; key: boolean }): number {
  const span = best.key ? (best.location.keySpan as Span) : best.location.span;
  return span.end - span.start;
}

export function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const part of path) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** How offsets in a scalar's value map to the file: where a character starts, and where a stretch ends. */
export interface ValueOffsets {
  /** Where the value's character at `offset` starts in the file. */
  readonly start: (offset: number) => number;
  /** For a stretch of the value ending before `offset`: just past the source of its last character. */
  readonly end: (offset: number) => number;
}

/**
 * The offsets of the value of the scalar at `location` in `fileText`, as the checker maps them
 * (`scalarOffsetMaps`): a stretch that ends in an escape (`\"` in a double-quoted scalar,
 * `''` in a single-quoted one) ends past all of it, not one character into it.
 */
export function valueOffsets(fileText: string, location: Location, value: string): ValueOffsets {
  if (location.scalar) return scalarOffsetMaps(fileText, value, location.scalar);
  const at = (offset: number) => location.span.start + offset;
  return { start: at, end: at };
}

/** The parsed expression at a location, with spans in the file. */
export function expressionAt(analysis: Analysis, location: Location, text: string): Expr {
  const offsets = valueOffsets(analysis.text, location, text);
  return parseExpression(text, { file: analysis.path, mapOffset: offsets.start, mapEnd: offsets.end }).expr;
}

function locateInExpression(analysis: Analysis, location: Location, text: string, path: string[], offset: number): Target | undefined {
  return inExpression(expressionAt(analysis, location, text), path, offset) ?? { kind: "value", path, span: location.span, text };
}

/** The name, function or column at `offset` in a parsed expression. */
function inExpression(expr: Expr, path: readonly string[], offset: number): Target | undefined {
  let found: Target | undefined;
  const visit = (node: Expr): void => {
    if (!contains(node.span, offset)) return;
    switch (node.kind) {
      case "ref":
        found = { kind: "name", name: node.name, span: node.span, path };
        return;
      case "call":
        if (contains(node.calleeSpan, offset)) found = { kind: "function", name: node.callee, span: node.calleeSpan, path };
        break;
      case "member":
        if (contains(node.nameSpan, offset)) {
          const table = node.object.kind === "index" && node.object.object.kind === "ref" ? node.object.object.name : undefined;
          found = { kind: "column", table, name: node.name, span: node.nameSpan, path };
        }
        break;
      default:
        break;
    }
    subexpressions(node).forEach(visit);
  };
  visit(expr);
  return found;
}

/** `sleutel:` at the start of a line (after its indentation and a list's `- `). */
const KEY_LINE = /^( *)((?:- +)?)([\p{L}\d_]+):(?= |$)/u;
const WORD = /[\p{L}\d_]+/gu;

interface KeyLine {
  readonly indent: number;
  readonly key: string;
  /** Offsets in the text. */
  readonly keyStart: number;
  readonly lineEnd: number;
}

function keyLine(text: string, lineStart: number): KeyLine | undefined {
  let lineEnd = text.indexOf("\n", lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const match = KEY_LINE.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ""));
  if (!match) return undefined;
  const indent = (match[1] as string).length + (match[2] as string).length;
  return { indent, key: match[3] as string, keyStart: lineStart + indent, lineEnd };
}

/**
 * The keys a line at `indent` sits under, found by walking up to less indented keys. The way a
 * policy is written (block style, two spaces), this is its YAML path, without list indexes.
 */
function parentKeys(text: string, lineStart: number, indent: number): string[] {
  const keys: string[] = [];
  let below = indent;
  let start = lineStart;
  while (start > 0 && below > 0) {
    start = start < 2 ? 0 : text.lastIndexOf("\n", start - 2) + 1;
    const line = keyLine(text, start);
    if (line && line.indent < below) {
      keys.unshift(line.key);
      below = line.indent;
    }
  }
  return keys;
}

/**
 * What is under the cursor when the YAML does not parse, from the lines around it: a key (with
 * the keys above it as its path), a name or function in an expression, or a chapter after
 * `hoofdstuk:`. The expression of a one-line condition is parsed; elsewhere the word counts.
 */
function locateInLines(analysis: Analysis, offset: number): Target | undefined {
  const { text } = analysis;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const line = keyLine(text, lineStart);
  let path: string[];
  if (line) {
    path = [...parentKeys(text, lineStart, line.indent), line.key];
    const keyEnd = line.keyStart + line.key.length;
    const keySpan = { file: analysis.path, start: line.keyStart, end: keyEnd };
    if (contains(keySpan, offset)) return { kind: "key", path, span: keySpan };
    let valueStart = keyEnd + 1;
    while (text[valueStart] === " ") valueStart++;
    const value = text.slice(valueStart, line.lineEnd).replace(/\r$/, "").replace(/\s+#.*$/, "");
    if (offset < valueStart || offset > valueStart + value.length) return undefined;
    if (path[path.length - 1] === "hoofdstuk") {
      return { kind: "value", path, span: { file: analysis.path, start: valueStart, end: valueStart + value.length }, text: value.trim() };
    }
    if (!isExpressionPath(path, undefined)) return undefined;
    if (!/^[>|"'&*]/.test(value)) {
      const expr = parseExpression(value, { file: analysis.path, mapOffset: (at) => valueStart + at }).expr;
      return inExpression(expr, path, offset);
    }
  } else {
    // A line of a longer value: it belongs to the key above it.
    let indent = 0;
    while (text[lineStart + indent] === " ") indent++;
    path = parentKeys(text, lineStart, indent);
    if (!isExpressionPath(path, undefined)) return undefined;
  }
  return wordInExpression(analysis, lineStart, offset, path);
}

/** The name or function at `offset` in a line of an expression, by its word alone. */
function wordInExpression(analysis: Analysis, lineStart: number, offset: number, path: readonly string[]): Target | undefined {
  const { text } = analysis;
  let lineEnd = text.indexOf("\n", lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  for (const match of text.slice(lineStart, lineEnd).matchAll(WORD)) {
    const start = lineStart + match.index;
    const span = { file: analysis.path, start, end: start + match[0].length };
    if (!contains(span, offset)) continue;
    if (/^\d/.test(match[0])) return undefined;
    return text[span.end] === "(" ? { kind: "function", name: match[0], span, path } : { kind: "name", name: match[0], span, path };
  }
  return undefined;
}
