/**
 * The canonical text of one expression for the formatter: the grammar's own printer
 * (`printExpression`: single spaces, `!=` for `≠`, parentheses only where needed), with the
 * author's line breaks kept at the same places, so a long condition stays readable, and the
 * author's digits in every number (`€ 1500.50` keeps its cents).
 *
 * Only an expression that parses without any diagnostic is rewritten, and only when the
 * printed text parses back to the same tree; otherwise the author's text stays as it is.
 */

import type { IToken } from "chevrotain";
import type { Expr } from "../../grammar/ast.js";
import { parseExpression } from "../../grammar/parse.js";
import { printExpression } from "../../grammar/print.js";
import { expressionLexer } from "../../grammar/tokens.js";

/** An expression tree without positions, to compare two parses by shape. */
export function expressionShape(expr: unknown): unknown {
  if (Array.isArray(expr)) return expr.map(expressionShape);
  if (expr && typeof expr === "object") {
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(expr)) {
      if (key === "span" || key.endsWith("Span")) continue;
      result[key] = expressionShape(value);
    }
    return result;
  }
  return expr;
}

/** The parsed tree of a cleanly parsing expression, or undefined. */
export function parseCleanly(text: string): Expr | undefined {
  const parsed = parseExpression(text);
  return parsed.diagnostics.length === 0 ? parsed.expr : undefined;
}

function sameShape(a: Expr, b: Expr): boolean {
  return JSON.stringify(expressionShape(a)) === JSON.stringify(expressionShape(b));
}

const tokenKey = (token: IToken): string =>
  token.tokenType.name === "Identifier" ? `${token.tokenType.name}:${token.image}` : token.tokenType.name;

/** For each token of `a`, the index of the token of `b` it corresponds to (longest common subsequence). */
function alignTokens(a: readonly IToken[], b: readonly IToken[]): (number | undefined)[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = table[i] as number[];
      row[j] = tokenKey(a[i] as IToken) === tokenKey(b[j] as IToken) ? (table[i + 1] as number[])[j + 1]! + 1 : Math.max((table[i + 1] as number[])[j]!, row[j + 1]!);
    }
  }
  const aligned: (number | undefined)[] = new Array(n).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (tokenKey(a[i] as IToken) === tokenKey(b[j] as IToken)) {
      aligned[i++] = j++;
    } else if ((table[i + 1] as number[])[j]! >= (table[i] as number[])[j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return aligned;
}

const NUMBER_TOKENS = new Set(["NumberLiteral", "AmountLiteral", "PercentLiteral"]);

/** The digits of a number, amount or percentage literal as written (`€1500.50` -> `1500.50`). */
const digitsOf = (image: string): string => image.replace(/^€ ?/, "").replace(/%$/, "");

/**
 * `canonical` with each number, amount and percentage written with the author's digits: the
 * printer writes the value (`€ 1500.5`, `7` for `007`), the author's notation says more
 * (cents, a precision). Only the `€ ` is canonical.
 */
function withNumbersAsWritten(source: readonly IToken[], canonical: string): string {
  const printed = expressionLexer.tokenize(canonical).tokens;
  const aligned = alignTokens(source, printed);
  let result = canonical;
  // From the end, so the offsets of earlier tokens stay valid.
  for (let i = source.length - 1; i >= 0; i--) {
    const target = aligned[i];
    const written = source[i] as IToken;
    if (target === undefined || !NUMBER_TOKENS.has(written.tokenType.name)) continue;
    const token = printed[target] as IToken;
    const digits = digitsOf(written.image);
    if (Number(digits) !== Number(digitsOf(token.image))) continue;
    const image = token.image.replace(digitsOf(token.image), digits);
    result = result.slice(0, token.startOffset) + image + result.slice(token.startOffset + token.image.length);
  }
  return result;
}

/**
 * The canonical lines of `text`. `breaks` are offsets in `text` where the author started a new
 * line. Returns undefined when the expression is left as written.
 */
export function canonicalExpressionLines(text: string, breaks: readonly number[] = []): string[] | undefined {
  const original = parseCleanly(text);
  if (!original) return undefined;
  const from = expressionLexer.tokenize(text).tokens;
  const canonical = withNumbersAsWritten(from, printExpression(original));
  const reparsed = parseCleanly(canonical);
  if (!reparsed || !sameShape(original, reparsed)) return undefined;
  if (breaks.length === 0) return [canonical];

  const to = expressionLexer.tokenize(canonical).tokens;
  const aligned = alignTokens(from, to);
  const cuts = new Set<number>();
  for (const offset of breaks) {
    const first = from.findIndex((token) => token.startOffset >= offset);
    if (first <= 0) continue;
    let target: number | undefined;
    for (let i = first; i < from.length && target === undefined; i++) target = aligned[i];
    if (target === undefined) continue;
    // Break only where the canonical text has a space, so joining the lines gives it back.
    for (let k = target; k < to.length; k++) {
      const start = (to[k] as IToken).startOffset;
      if (canonical.charAt(start - 1) === " ") {
        cuts.add(start);
        break;
      }
    }
  }
  const lines: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    lines.push(canonical.slice(start, cut - 1));
    start = cut;
  }
  lines.push(canonical.slice(start));
  return lines;
}
