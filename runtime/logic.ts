/**
 * Three-valued logic and null-propagating operators for the generated evaluators. `null`
 * means "unknown" (a fact the policy allows to be unknown, or a division by zero). The
 * generated code uses the logic and comparisons only where the checker found that a value can
 * be unknown (known values use plain JavaScript operators), and the arithmetic always, because
 * it rounds.
 *
 * `and`/`or` follow Kleene: `false and unknown` is false, `true or unknown` is true.
 */

import { rounded } from "./rounding.js";

export type Maybe<T> = T | null;

export function and3(...values: Maybe<boolean>[]): Maybe<boolean> {
  let unknown = false;
  for (const value of values) {
    if (value === false) return false;
    if (value === null) unknown = true;
  }
  return unknown ? null : true;
}

export function or3(...values: Maybe<boolean>[]): Maybe<boolean> {
  let unknown = false;
  for (const value of values) {
    if (value === true) return true;
    if (value === null) unknown = true;
  }
  return unknown ? null : false;
}

/** `a en b` with unknown (Kleene); the generated code nests it for more operands. */
export function kleeneAnd(a: Maybe<boolean>, b: Maybe<boolean>): Maybe<boolean> {
  return a === false || b === false ? false : a === null || b === null ? null : true;
}

/** `a of b` with unknown (Kleene). */
export function kleeneOr(a: Maybe<boolean>, b: Maybe<boolean>): Maybe<boolean> {
  return a === true || b === true ? true : a === null || b === null ? null : false;
}

export function not3(value: Maybe<boolean>): Maybe<boolean> {
  return value === null ? null : !value;
}

type Ordered = number | string;

export function gt(a: Maybe<Ordered>, b: Maybe<Ordered>): Maybe<boolean> {
  return a === null || b === null ? null : a > b;
}
export function ge(a: Maybe<Ordered>, b: Maybe<Ordered>): Maybe<boolean> {
  return a === null || b === null ? null : a >= b;
}
export function lt(a: Maybe<Ordered>, b: Maybe<Ordered>): Maybe<boolean> {
  return a === null || b === null ? null : a < b;
}
export function le(a: Maybe<Ordered>, b: Maybe<Ordered>): Maybe<boolean> {
  return a === null || b === null ? null : a <= b;
}
export function eq(a: Maybe<Ordered | boolean>, b: Maybe<Ordered | boolean>): Maybe<boolean> {
  return a === null || b === null ? null : a === b;
}
export function ne(a: Maybe<Ordered | boolean>, b: Maybe<Ordered | boolean>): Maybe<boolean> {
  return a === null || b === null ? null : a !== b;
}

export function between(value: Maybe<Ordered>, low: Maybe<Ordered>, high: Maybe<Ordered>): Maybe<boolean> {
  return value === null || low === null || high === null ? null : value >= low && value <= high;
}

export function isIn<T>(value: Maybe<T>, collection: Maybe<readonly T[]>): Maybe<boolean> {
  return value === null || collection === null ? null : collection.includes(value);
}

export function contains<T>(collection: Maybe<readonly T[]>, value: Maybe<T>): Maybe<boolean> {
  return value === null || collection === null ? null : collection.includes(value);
}

/**
 * Arithmetic. Every result is rounded as `rounded` (rounding.ts) says, so that decimals give
 * the decimal answer (0.1 + 0.2 is 0.3); the generated code calls these for known values too.
 * The size that decides the decimals is the larger operand for `+` and `-`, the result for
 * `*` and `/`.
 */
export function add(a: Maybe<number>, b: Maybe<number>): Maybe<number> {
  return a === null || b === null ? null : rounded(a + b, Math.max(Math.abs(a), Math.abs(b)));
}
export function subtract(a: Maybe<number>, b: Maybe<number>): Maybe<number> {
  return a === null || b === null ? null : rounded(a - b, Math.max(Math.abs(a), Math.abs(b)));
}
export function multiply(a: Maybe<number>, b: Maybe<number>): Maybe<number> {
  if (a === null || b === null) return null;
  const result = a * b;
  return rounded(result, Math.abs(result));
}
/** Division; unknown when dividing by zero. */
export function divide(a: Maybe<number>, b: Maybe<number>): Maybe<number> {
  if (a === null || b === null || b === 0) return null;
  const result = a / b;
  return rounded(result, Math.abs(result));
}
/** `percentage` percent of `amount` (30% of 10 is 3), computed as (p × x) / 100. */
export function percentageOf(percentage: Maybe<number>, amount: Maybe<number>): Maybe<number> {
  if (percentage === null || amount === null) return null;
  const result = (percentage * amount) / 100;
  return rounded(result, Math.abs(result));
}
export function negate(a: Maybe<number>): Maybe<number> {
  return a === null ? null : -a;
}

/** How many of the given (known) booleans are true. */
export function countTrue(...values: boolean[]): number {
  let count = 0;
  for (const value of values) if (value) count++;
  return count;
}
