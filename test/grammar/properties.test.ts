/**
 * Laws of the grammar, checked with fast-check: the parser never throws and every
 * diagnostic lies inside the text (fuzzing), and printing then parsing gives the same AST.
 * The long fuzz run is `npm run fuzz`; the budget here keeps the suite fast.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BinaryOperator, Expr } from "../../grammar/ast.js";
import { parseExpression } from "../../grammar/parse.js";
import { printExpression } from "../../grammar/print.js";
import { shape } from "../helpers.js";

const NONE = { file: "<test>", start: 0, end: 0 };

const TOKENS = ["a", "b_2", "x", "en", "of", "niet", "in", "bevat", "tussen", "ja", "nee", ">", ">=", "<", "=", "!=", "≠", "+", "-", "*", "/", "(", ")", "[", "]", ",", ".", "30%", "150", "2.5", "€ 10", "2025-10-24", '"tekst"', "f(", "&", "%", "\n", " ", "'", "“", "‘", "’", "”", "–", "‘x’", "’s"];

describe("fuzzing the parser", () => {
  it("never throws and keeps every diagnostic inside the text (random token soup)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 25 }), (tokens) => {
        const text = tokens.join(" ");
        const result = parseExpression(text);
        for (const d of result.diagnostics) {
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeLessThanOrEqual(text.length);
          expect(d.span.start).toBeLessThanOrEqual(d.span.end);
          expect(d.message.length).toBeGreaterThan(0);
        }
        if (result.diagnostics.length === 0) expect(result.expr.kind).not.toBe("error");
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });

  it("never throws on arbitrary unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        const result = parseExpression(text);
        for (const d of result.diagnostics) {
          expect(d.span.start).toBeGreaterThanOrEqual(0);
          expect(d.span.end).toBeLessThanOrEqual(Math.max(text.length, 1));
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});

const name = fc.constantFrom("a", "b", "behandelindex", "x_1", "aantal_fte", "diëtist");
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((value): Expr => ({ kind: "number", value, span: NONE })),
  fc.integer({ min: 0, max: 100 }).map((value): Expr => ({ kind: "percentage", value, span: NONE })),
  fc.integer({ min: 0, max: 5000 }).map((value): Expr => ({ kind: "amount", value, span: NONE })),
  fc.constantFrom("2025-10-24", "2026-01-01").map((value): Expr => ({ kind: "date", value, span: NONE })),
  fc.constantFrom("04", "CooL", "a b", "’s-Hertogenbosch", "auto’s", 'zo "heet" het', `"a" en 'b'`, `"a", 'b' en “c”`).map((value): Expr => ({ kind: "string", value, span: NONE })),
  fc.boolean().map((value): Expr => ({ kind: "boolean", value, span: NONE })),
  name.map((n): Expr => ({ kind: "ref", name: n, span: NONE })),
);

const OPERATORS: BinaryOperator[] = ["en", "of", "+", "-", "*", "/", "=", "≠", "<", "<=", ">", ">=", "in", "niet in", "bevat"];
const COMPARISONS = new Set<BinaryOperator>(["=", "≠", "<", "<=", ">", ">=", "in", "niet in", "bevat"]);

const expression: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.record({ operator: fc.constantFrom(...OPERATORS), left: tie("e"), right: tie("e") }).map(({ operator, left, right }): Expr => {
      // Comparisons do not chain, so a comparison's operand is never itself a comparison.
      const wrap = (e: Expr): Expr => (COMPARISONS.has(operator) && (e.kind === "between" || (e.kind === "binary" && COMPARISONS.has(e.operator))) ? { kind: "call", callee: "f", calleeSpan: NONE, args: [e], span: NONE } : e);
      return { kind: "binary", operator, operatorSpan: NONE, left: wrap(left), right: wrap(right), span: NONE };
    }),
    tie("e").map((operand): Expr => ({ kind: "unary", operator: "niet", operand, span: NONE })),
    tie("e").map((operand): Expr => ({ kind: "unary", operator: "-", operand, span: NONE })),
    fc.tuple(name, fc.array(tie("e"), { maxLength: 3 })).map(([callee, args]): Expr => ({ kind: "call", callee, calleeSpan: NONE, args, span: NONE })),
    fc.array(leaf, { maxLength: 3 }).map((items): Expr => ({ kind: "list", items, span: NONE })),
  ),
})).e;

describe("printing", () => {
  it("parse(print(e)) == e", () => {
    fc.assert(
      fc.property(expression, (expr) => {
        const text = printExpression(expr);
        const result = parseExpression(text);
        expect(result.diagnostics, text).toEqual([]);
        expect(shape(result.expr)).toEqual(shape(expr));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  });
});
