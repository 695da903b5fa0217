/**
 * The canonical text of one expression for the formatter: the grammar's own printer
 * (`printExpression`: single spaces, `!=` for `≠`, parentheses only where needed), with the
 * author's line breaks kept at the same places, so a long condition stays readable, the
 * author's digits in every number (`€ 1500.50` keeps its cents) and the author's parentheses
 * around an `en` inside an `of`.
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

/** Whether `text[start]` is a `(` whose matching `)` is at `end - 1`. */
function enclosedInParentheses(text: string, start: number, end: number): boolean {
  if (text.charAt(start) !== "(" || text.charAt(end - 1) !== ")") return false;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const char = text.charAt(i);
    if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return i === end - 1;
  }
  return false;
}

/**
 * `canonical` with the parentheses the author put around an `en` inside an `of` (`a of (b en c)`):
 * not needed, as `en` binds more strongly, but without them many readers read `(a of b) en c`.
 */
function withGroupingAsWritten(text: string, source: readonly IToken[], expr: Expr, canonical: string): string {
  const printed = expressionLexer.tokenize(canonical).tokens;
  const aligned = alignTokens(source, printed);
  const inserts: { at: number; char: string }[] = [];
  const visit = (node: unknown, parent: Expr | undefined): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent));
    const current = node as Expr;
    if (current.kind === "binary" && current.operator === "en" && parent?.kind === "binary" && parent.operator === "of") {
      const { start, end } = current.span;
      if (enclosedInParentheses(text, start, end)) {
        // The first and last token inside the parentheses that the canonical text also has.
        const inside = source.map((token, index) => ({ token, target: aligned[index] })).filter(({ token, target }) => target !== undefined && token.startOffset > start && token.startOffset < end - 1);
        const first = inside[0]?.target;
        const last = inside[inside.length - 1]?.target;
        if (first !== undefined && last !== undefined) {
          const from = (printed[first] as IToken).startOffset;
          const lastToken = printed[last] as IToken;
          const to = lastToken.startOffset + lastToken.image.length;
          if (canonical.slice(from, to) === printExpression(current)) inserts.push({ at: to, char: ")" }, { at: from, char: "(" });
        }
      }
    }
    for (const [key, child] of Object.entries(current)) if (key !== "span" && !key.endsWith("Span")) visit(child, current);
  };
  visit(expr, undefined);
  let result = canonical;
  // From the end, so the offsets of earlier insertions stay valid.
  for (const { at, char } of inserts.sort((a, b) => b.at - a.at)) result = result.slice(0, at) + char + result.slice(at);
  // Only parentheses that change nothing; should one land elsewhere, none are kept.
  const reparsed = parseCleanly(result);
  return reparsed && sameShape(expr, reparsed) ? result : canonical;
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
 * The offsets in `canonical` of the operators of its outermost `en`/`of` chain (`a en b en c`:
 * both `en`s; `a en b of c`: the `of`). Empty when the expression is not such a chain.
 */
function chainOperatorOffsets(canonical: string, tokens: readonly IToken[]): number[] {
  const root = parseCleanly(canonical);
  if (!root || root.kind !== "binary" || (root.operator !== "en" && root.operator !== "of")) return [];
  const operator = root.operator;
  const offsets: number[] = [];
  // The chain leans left (`(a en b) en c`); a right operand with the same operator is a group
  // the author put in parentheses, and stays one.
  let node: Expr = root;
  while (node.kind === "binary" && node.operator === operator) {
    const left: Expr = node.left;
    const right: Expr = node.right;
    const token = tokens.find((t) => t.startOffset >= left.span.end && t.startOffset < right.span.start && t.image === operator);
    if (token) offsets.push(token.startOffset);
    node = left;
  }
  return offsets.reverse();
}

/**
 * The canonical lines of `text`. `breaks` are offsets in `text` where the author started a new
 * line. With `breakChain`, a line also starts before each `en` or `of` of the outermost chain
 * (for an expression too long for one line). Returns undefined when the expression is left as
 * written.
 */
export function canonicalExpressionLines(text: string, breaks: readonly number[] = [], breakChain = false): string[] | undefined {
  const original = parseCleanly(text);
  if (!original) return undefined;
  const from = expressionLexer.tokenize(text).tokens;
  const canonical = withNumbersAsWritten(from, withGroupingAsWritten(text, from, original, printExpression(original)));
  const reparsed = parseCleanly(canonical);
  if (!reparsed || !sameShape(original, reparsed)) return undefined;
  if (breaks.length === 0 && !breakChain) return [canonical];

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
  // The printer writes a space before every `en` and `of`.
  if (breakChain) for (const offset of chainOperatorOffsets(canonical, to)) if (canonical.charAt(offset - 1) === " ") cuts.add(offset);
  const lines: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    lines.push(canonical.slice(start, cut - 1));
    start = cut;
  }
  lines.push(canonical.slice(start));
  return lines;
}
