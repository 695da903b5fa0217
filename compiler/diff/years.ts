/**
 * The yearly rollover. A policy for a new contract year repeats most of last year's with
 * every date and year moved on: the deadline of 24 oktober 2024 becomes 24 oktober 2025. That
 * is not a change of policy. When the versions' contract years differ by n, dates and years
 * that moved by exactly n count as unchanged; the report says once that they moved.
 */

import type { TExpr } from "../model.js";

export function shiftDate(iso: string, years: number): string {
  const year = Number(iso.slice(0, 4)) + years;
  let rest = iso.slice(4);
  // 29 February only exists in leap years.
  if (rest === "-02-29" && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) rest = "-02-28";
  return `${String(year).padStart(4, "0")}${rest}`;
}

/** An expression with every date literal moved by `years`. */
export function shiftExpression(expr: TExpr, years: number): TExpr {
  if (years === 0) return expr;
  const shift = (e: TExpr): TExpr => shiftExpression(e, years);
  switch (expr.kind) {
    case "literal":
      return expr.type.kind === "datum" && typeof expr.value === "string" ? { ...expr, value: shiftDate(expr.value, years) } : expr;
    case "list":
      return { ...expr, items: expr.items.map(shift) };
    case "call":
      return { ...expr, args: expr.args.map(shift) };
    case "not":
    case "negate":
      return { ...expr, operand: shift(expr.operand) };
    case "binary":
      return { ...expr, left: shift(expr.left), right: shift(expr.right) };
    case "between":
      return { ...expr, operand: shift(expr.operand), low: shift(expr.low), high: shift(expr.high) };
    case "cell":
      return { ...expr, key: shift(expr.key) };
    default:
      return expr;
  }
}

const TOKEN = /\d+|[^\d\s]+|\s+/g;

/** Texts equal apart from whitespace, with years in the newer text allowed to be `years` later. */
export function sameTextModuloYears(older: string, newer: string, years: number): boolean {
  const a = older.replace(/\s+/g, " ").trim().match(TOKEN) ?? [];
  const b = newer.replace(/\s+/g, " ").trim().match(TOKEN) ?? [];
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const isYear = (t: string) => /^(19|20)\d\d$/.test(t);
    if (years !== 0 && isYear(x) && isYear(y) && Number(y) === Number(x) + years) continue;
    return false;
  }
  return true;
}
