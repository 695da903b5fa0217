/**
 * What is under the cursor in a .policy text: a key (a fact, a rule, a chapter, …), a plain
 * value (such as the chapter named by `hoofdstuk:`), or a name inside an expression. Positions
 * come from the load stage's locations (JSON pointer -> span) and, inside an expression, from
 * the spans of the expression's syntax tree.
 */

import type { Expr } from "../../grammar/ast.js";
import { parseExpression } from "../../grammar/parse.js";
import { isExpressionPath } from "../format/expressionPaths.js";
import { scalarOffsetMap } from "../load/scalarOffsets.js";
import type { Location } from "../load/yamlTree.js";
import type { Span } from "../span.js";
import type { Analysis } from "./analysis.js";

export type Target =
  | { readonly kind: "key"; readonly path: readonly string[]; readonly span: Span }
  | { readonly kind: "value"; readonly path: readonly string[]; readonly span: Span; readonly text: string }
  | { readonly kind: "name"; readonly name: string; readonly span: Span; readonly path: readonly string[] }
  | { readonly kind: "function"; readonly name: string; readonly span: Span; readonly path: readonly string[] }
  | { readonly kind: "column"; readonly table: string | undefined; readonly name: string; readonly span: Span; readonly path: readonly string[] };

export function splitPointer(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}

const contains = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

/** The innermost key or scalar value at `offset`. */
export function locate(analysis: Analysis, offset: number): Target | undefined {
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

function size(best: { location: Location; key: boolean }): number {
  const span = best.key ? (best.location.keySpan as Span) : best.location.span;
  return span.end - span.start;
}

export function valueAt(data: unknown, path: readonly string[]): unknown {
  let value = data;
  for (const part of path) value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** The parsed expression at a location, with spans in the file. */
export function expressionAt(analysis: Analysis, location: Location, text: string): Expr {
  const mapOffset = location.scalar ? scalarOffsetMap(analysis.text, text, location.scalar) : (offset: number) => location.span.start + offset;
  return parseExpression(text, { file: analysis.path, mapOffset }).expr;
}

function locateInExpression(analysis: Analysis, location: Location, text: string, path: string[], offset: number): Target | undefined {
  const expr = expressionAt(analysis, location, text);
  let found: Target | undefined;
  const visit = (node: Expr): void => {
    if (!contains(node.span, offset)) return;
    switch (node.kind) {
      case "ref":
        found = { kind: "name", name: node.name, span: node.span, path };
        return;
      case "call":
        if (contains(node.calleeSpan, offset)) found = { kind: "function", name: node.callee, span: node.calleeSpan, path };
        node.args.forEach(visit);
        return;
      case "member": {
        if (contains(node.nameSpan, offset)) {
          const table = node.object.kind === "index" && node.object.object.kind === "ref" ? node.object.object.name : undefined;
          found = { kind: "column", table, name: node.name, span: node.nameSpan, path };
        }
        visit(node.object);
        return;
      }
      case "index":
        visit(node.object);
        visit(node.index);
        return;
      case "list":
        node.items.forEach(visit);
        return;
      case "unary":
        visit(node.operand);
        return;
      case "binary":
        visit(node.left);
        visit(node.right);
        return;
      case "between":
        visit(node.operand);
        visit(node.low);
        visit(node.high);
        return;
      default:
        return;
    }
  };
  visit(expr);
  return found ?? { kind: "value", path, span: location.span, text };
}
