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
 * percentage: `p * x` means p percent of x, computed as (p × x) / 100 so that 30% of 10 is
 * exactly 3.
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
      return (left as number) + (right as number);
    case "-":
      return (left as number) - (right as number);
    case "*":
      if (percentageSide === "left") return ((left as number) * (right as number)) / 100;
      if (percentageSide === "right") return ((right as number) * (left as number)) / 100;
      return (left as number) * (right as number);
    case "/":
      return right === 0 ? null : (left as number) / (right as number);
  }
}
