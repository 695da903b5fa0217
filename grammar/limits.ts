/**
 * Limits on the size of one expression, so that no expression can exhaust the call stack of
 * the parser or of the stages after it (checker, emitter, interpreter, static analysis, the
 * formatter of the emitted code), which all walk the tree recursively. Real conditions stay
 * far below them (the longest in policies/ has some 20 tokens and 3 levels of brackets); an
 * expression over a limit gets BL010 instead of a crash. Documented in docs/betrouwbaarheid.md.
 *
 * Checked on the tokens before parsing (the parser recurses once per bracket and per prefix
 * `niet` or `-`), and on the tree after it (`a en b en c …` nests one level per operand).
 */

import type { IToken } from "chevrotain";
import type { Expr } from "./ast.js";
import { LBracket, LParen, Minus, Niet, RBracket, RParen } from "./tokens.js";

export const EXPRESSION_LIMITS = {
  /** Tokens in one expression. */
  maxTokens: 1000,
  /** Brackets and prefix operators (`niet`, `-`) open at one point. */
  maxNesting: 32,
  /** Depth of the expression tree. */
  maxDepth: 100,
} as const;

export type LimitExceeded = { readonly wat: string; readonly grootte: string; readonly grens: string };

/** The first limit the tokens exceed, if any. */
export function tokenLimit(tokens: readonly IToken[]): LimitExceeded | undefined {
  if (tokens.length > EXPRESSION_LIMITS.maxTokens) {
    return { wat: "De expressie", grootte: `${tokens.length} woorden en tekens`, grens: `${EXPRESSION_LIMITS.maxTokens}` };
  }
  let brackets = 0;
  let prefix = 0;
  let deepest = 0;
  let previous: IToken | undefined;
  for (const token of tokens) {
    const type = token.tokenType;
    if (type === LParen || type === LBracket) brackets++;
    else if (type === RParen || type === RBracket) brackets = Math.max(0, brackets - 1);
    // A run of `niet` and `-` is parsed as nested prefix operators (`a - -b` too).
    const isPrefix = type === Niet || (type === Minus && (previous === undefined || previous.tokenType !== RParen));
    prefix = isPrefix ? prefix + 1 : 0;
    deepest = Math.max(deepest, brackets + prefix);
    previous = token;
  }
  if (deepest > EXPRESSION_LIMITS.maxNesting) {
    return { wat: "De expressie", grootte: `${deepest} niveaus van haakjes, ‘niet’ en ‘-’ in elkaar`, grens: `${EXPRESSION_LIMITS.maxNesting} niveaus` };
  }
  return undefined;
}

/** Whether the tree is deeper than the limit (iterative, so it cannot overflow itself). */
export function depthLimit(expr: Expr): LimitExceeded | undefined {
  if (treeDepthExceeds(expr, EXPRESSION_LIMITS.maxDepth)) {
    return { wat: "De expressie", grootte: `meer dan ${EXPRESSION_LIMITS.maxDepth} niveaus diep`, grens: `${EXPRESSION_LIMITS.maxDepth} niveaus` };
  }
  return undefined;
}

/**
 * Whether the tree has more than `limit` levels. A node is one level, its child expressions
 * one more; the span of an operator, a member name or a callee counts as a child too (the depth
 * was defined on the tree as plain data), which only matters for a call without arguments
 * (`f()` is two levels). Runs for every expression, so it looks only at the fields that hold
 * children (test/grammar/limits.test.ts compares it with a walk over all fields).
 */
export function treeDepthExceeds(expr: Expr, limit: number): boolean {
  const nodes: Expr[] = [expr];
  const depths: number[] = [1];
  while (nodes.length > 0) {
    const node = nodes.pop() as Expr;
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    const below = depth + 1;
    switch (node.kind) {
      case "binary":
        nodes.push(node.left, node.right);
        depths.push(below, below);
        break;
      case "unary":
        nodes.push(node.operand);
        depths.push(below);
        break;
      case "between":
        nodes.push(node.operand, node.low, node.high);
        depths.push(below, below, below);
        break;
      case "member":
        nodes.push(node.object);
        depths.push(below);
        break;
      case "index":
        nodes.push(node.object, node.index);
        depths.push(below, below);
        break;
      case "call":
        // The callee's span is a level below the call, also without arguments.
        if (below > limit) return true;
        for (const arg of node.args) {
          nodes.push(arg);
          depths.push(below);
        }
        break;
      case "list":
        for (const item of node.items) {
          nodes.push(item);
          depths.push(below);
        }
        break;
      default:
        break;
    }
  }
  return false;
}
