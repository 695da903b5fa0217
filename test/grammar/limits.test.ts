/**
 * The depth limit of an expression (grammar/limits.ts) looks only at the fields of the AST
 * that hold children; this compares it with the definition it replaced, a walk over every
 * field of the tree as plain data, on random token soup and on the edge cases (`f()`, `[]`).
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr } from "../../grammar/ast.js";
import { treeDepthExceeds } from "../../grammar/limits.js";
import { parseExpression } from "../../grammar/parse.js";

/** Depth as the number of nested objects, arrays not counted, `span` not followed. */
function plainDataDepth(expr: Expr): number {
  const stack: [unknown, number][] = [[expr, 1]];
  let deepest = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth]);
      continue;
    }
    deepest = Math.max(deepest, depth);
    for (const [key, value] of Object.entries(node)) if (key !== "span" && typeof value === "object") stack.push([value, depth + 1]);
  }
  return deepest;
}

function agrees(expr: Expr): void {
  const depth = plainDataDepth(expr);
  for (const limit of [depth - 2, depth - 1, depth, depth + 1]) expect(treeDepthExceeds(expr, limit), `${limit}`).toBe(depth > limit);
}

const TOKENS = ["a", "x", "en", "of", "niet", "in", "bevat", "tussen", "ja", ">", "=", "+", "-", "*", "(", ")", "[", "]", ",", ".", "30%", "150", "€ 10", "2025-10-24", '"t"', "f(", "f()", "[]", "x.y", "x[1]"];

describe("the depth limit of an expression", () => {
  it("agrees with the depth of the tree as plain data", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (tokens) => agrees(parseExpression(tokens.join(" ")).expr)),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it("counts the callee of a call without arguments as a level", () => {
    for (const text of ["f()", "[]", "[f()]", "g(f())", "x.y", "x[1]", "a tussen f() en []", "-f()", "niet [x.y]"]) agrees(parseExpression(text).expr);
    expect(treeDepthExceeds(parseExpression("f()").expr, 1)).toBe(true);
    expect(treeDepthExceeds(parseExpression("[]").expr, 1)).toBe(false);
  });

  it("reports a chain of 100 operators and not one of 99", () => {
    const chain = (operands: number) => parseExpression(Array(operands).fill("a").join(" en ")).diagnostics.map((d) => d.code);
    expect(chain(100)).toEqual([]);
    expect(chain(101)).toEqual(["BL010"]);
  });
});
