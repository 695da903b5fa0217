/**
 * The values of the policy language as the reference interpreter sees them, and the
 * operators on them. Written from the language reference (docs/taal.md, "Onbekende waarden"),
 * not copied from `runtime/logic.ts`: the interpreter is the second, independent reading of the
 * semantics that the compiled evaluators are tested against.
 *
 * `null` is unknown. Every operator is unknown when an operand is unknown, except `en` and
 * `of`, which follow Kleene's logic (`onwaar en onbekend` is onwaar, `waar of onbekend` is waar).
 */

import type { BinaryOperator } from "../../grammar/ast.js";

/** A run-time value: number (getal, percentage, bedrag), text or ISO date, yes/no, list. */
export type Value = number | string | boolean | readonly Value[] | null;

export function kleeneAnd(values: readonly Value[]): boolean | null {
  let unknown = false;
  for (const v of values) {
    if (v === null) unknown = true;
    else if (v === false) return false;
  }
  return unknown ? null : true;
}

export function kleeneOr(values: readonly Value[]): boolean | null {
  let unknown = false;
  for (const v of values) {
    if (v === null) unknown = true;
    else if (v === true) return true;
  }
  return unknown ? null : false;
}

export function kleeneNot(value: Value): boolean | null {
  return value === null ? null : !value;
}

function member(collection: Value, item: Value): boolean | null {
  if (collection === null || item === null) return null;
  return (collection as readonly Value[]).includes(item);
}

/**
 * A binary operator other than `en` and `of`. `percentageSide` says which operand of `*` is a
 * percentage: `p * x` means p percent of x, computed as (p × x) / 100. Every arithmetic
 * result is rounded to decimals (`toDecimals`), so that comparisons of computed numbers are
 * exact for the decimals people write (0.1 + 0.2 = 0.3).
 */
export function applyBinary(operator: Exclude<BinaryOperator, "en" | "of">, left: Value, right: Value, percentageSide?: "left" | "right"): Value {
  switch (operator) {
    case "in":
      return member(right, left);
    case "niet in":
      return kleeneNot(member(right, left));
    case "bevat":
      return member(left, right);
    default:
      break;
  }
  if (left === null || right === null) return null;
  switch (operator) {
    case "=":
      return left === right;
    case "≠":
      return left !== right;
    case "<":
      return (left as number | string) < (right as number | string);
    case "<=":
      return (left as number | string) <= (right as number | string);
    case ">":
      return (left as number | string) > (right as number | string);
    case ">=":
      return (left as number | string) >= (right as number | string);
    case "+":
    case "-": {
      const [a, b] = [left as number, right as number];
      return toDecimals(operator === "+" ? a + b : a - b, Math.max(Math.abs(a), Math.abs(b)));
    }
    case "*": {
      const [a, b] = [left as number, right as number];
      const result = percentageSide === "left" ? (a * b) / 100 : percentageSide === "right" ? (b * a) / 100 : a * b;
      return toDecimals(result, Math.abs(result));
    }
    case "/": {
      if (right === 0) return null;
      const result = (left as number) / (right as number);
      return toDecimals(result, Math.abs(result));
    }
  }
}

/**
 * A computed number as the language reference defines it (docs/taal.md, "Rekenen met
 * decimalen"): rounded to 9 decimals, but to no more than 14 digits in all, counting the
 * digits before the decimal point of `size` (the larger operand of `+` and `-`, the result
 * itself otherwise); from 14 digits before the point on, to a whole number. Half rounds up.
 */
export function toDecimals(value: number, size: number): number {
  if (Number.isNaN(size)) return value;
  const digitsBeforePoint = size >= 1e13 ? 14 : Math.trunc(size).toString().length;
  const decimals = Math.max(0, Math.min(9, 14 - digitsBeforePoint));
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
