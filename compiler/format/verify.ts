/**
 * The formatter's safety check: the formatted text must hold the same data as the original
 * (expressions compared as parsed trees, since their spacing is what the formatter changes)
 * and every comment line of the original. Used on every run, not only in tests.
 */

import { Lexer } from "yaml";
import { readYamlTree } from "../load/yamlTree.js";
import { expressionShape, parseCleanly } from "./expressionLayout.js";
import { isExpressionPath } from "./expressionPaths.js";

/** The data of a .policy text with expressions replaced by their trees; undefined if it does not parse. */
export function comparableData(text: string): unknown {
  const tree = readYamlTree("<vergelijking>", text);
  if (tree.diagnostics.length > 0) return undefined;
  const walk = (value: unknown, path: string[]): unknown => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, String(index)]));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, walk(child, [...path, key])]));
    }
    if (typeof value === "string" && isExpressionPath(path, tree.data)) {
      const expr = parseCleanly(value);
      return expr ? { expressie: expressionShape(expr) } : value;
    }
    return value;
  };
  return walk(tree.data, []);
}

/** Every comment line of a YAML text, as written (without trailing spaces). */
export function commentLines(text: string): string[] {
  const lines: string[] = [];
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith("#")) lines.push(token.trimEnd());
  }
  return lines;
}

/** Undefined when `formatted` keeps everything of `original`; otherwise what differs. */
export function verifyFormatting(original: string, formatted: string): string | undefined {
  const before = comparableData(original);
  const after = comparableData(formatted);
  if (after === undefined) return "de opgemaakte tekst is geen geldige YAML";
  if (stableJson(before) !== stableJson(after)) return "de gegevens zijn veranderd";
  const commentsBefore = commentLines(original).sort();
  const commentsAfter = commentLines(formatted).sort();
  if (JSON.stringify(commentsBefore) !== JSON.stringify(commentsAfter)) return "een opmerking is verloren gegaan";
  return undefined;
}

/** JSON with object keys sorted, so data compares equal whatever the order of the keys. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
