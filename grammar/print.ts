/**
 * Prints an expression AST in canonical form: single spaces around operators, `≠` written
 * as `!=`, and parentheses only where precedence needs them, with one exception for the
 * reader: `niet` keeps parentheses around a comparison (`niet (a bevat "x")`, never the
 * ambiguous-looking `niet a bevat "x"`). `parse(print(e))` gives `e` back (a property test
 * checks this); the formatter uses it for expression spacing.
 */

import type { BinaryOperator, Expr } from "./ast.js";

const PRECEDENCE: Record<BinaryOperator, number> = {
  of: 1,
  en: 2,
  "=": 4,
  "≠": 4,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  in: 4,
  "niet in": 4,
  bevat: 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
};

const NOT = 3;
const COMPARISON = 4;
const NEGATE = 7;
const POSTFIX = 8;

function precedenceOf(expr: Expr): number {
  switch (expr.kind) {
    case "binary":
      return PRECEDENCE[expr.operator];
    case "between":
      return COMPARISON;
    case "unary":
      return expr.operator === "niet" ? NOT : NEGATE;
    default:
      return POSTFIX + 1;
  }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(value);
}

function quote(value: string): string {
  if (!value.includes('"')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes("”")) return `“${value}”`;
  return `‘${value}’`;
}

export function printExpression(expr: Expr): string {
  return print(expr, 0);
}

function print(expr: Expr, minimum: number): string {
  const own = precedenceOf(expr);
  const text = printBare(expr);
  return own < minimum ? `(${text})` : text;
}

function printBare(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return formatNumber(expr.value);
    case "percentage":
      return `${formatNumber(expr.value)}%`;
    case "amount":
      return `€ ${formatNumber(expr.value)}`;
    case "date":
      return expr.value;
    case "string":
      return quote(expr.value);
    case "boolean":
      return expr.value ? "ja" : "nee";
    case "list":
      return `[${expr.items.map((i) => print(i, 0)).join(", ")}]`;
    case "ref":
      return expr.name;
    case "member":
      return `${print(expr.object, POSTFIX)}.${expr.name}`;
    case "index":
      return `${print(expr.object, POSTFIX)}[${print(expr.index, 0)}]`;
    case "call":
      return `${expr.callee}(${expr.args.map((a) => print(a, 0)).join(", ")})`;
    case "unary":
      return expr.operator === "niet" ? `niet ${print(expr.operand, COMPARISON + 1)}` : `-${print(expr.operand, NEGATE)}`;
    case "between":
      return `${print(expr.operand, COMPARISON + 1)} tussen ${print(expr.low, COMPARISON + 1)} en ${print(expr.high, COMPARISON + 1)}`;
    case "binary": {
      const p = PRECEDENCE[expr.operator];
      const op = expr.operator === "≠" ? "!=" : expr.operator;
      if (p === COMPARISON) return `${print(expr.left, p + 1)} ${op} ${print(expr.right, p + 1)}`;
      return `${print(expr.left, p)} ${op} ${print(expr.right, p + 1)}`;
    }
    case "error":
      return "?";
  }
}
