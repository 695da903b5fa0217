/**
 * Explains why a typed expression can be unknown, for diagnostic BL207 ("… omdat het feit
 * ‘behandelindex’ onbekend kan zijn").
 */

import type { Fact, TExpr } from "../model.js";

export function unknownCause(expr: TExpr, facts: ReadonlyMap<string, Fact>): string {
  const found = findCause(expr, facts);
  return found ?? "een van de waarden onbekend kan zijn";
}

function findCause(expr: TExpr, facts: ReadonlyMap<string, Fact>): string | undefined {
  if (!expr.nullable) return undefined;
  switch (expr.kind) {
    case "fact":
      return facts.get(expr.fact)?.unknownReason !== undefined ? `het feit ‘${expr.fact}’ onbekend kan zijn` : undefined;
    case "call": {
      for (const arg of expr.args) {
        const inner = findCause(arg, facts);
        if (inner) return inner;
      }
      if (expr.fn === "aandeel") return "aandeel(…) onbekend is als het totaal 0 is";
      if (expr.fn === "plus_dagen" || expr.fn === "plus_maanden" || expr.fn === "eerste_van_volgende_maand") return `${expr.fn}(…) onbekend is als de datum na 9999-12-31 (of vóór 0001-01-01) zou vallen`;
      return undefined;
    }
    case "binary": {
      const inner = findCause(expr.left, facts) ?? findCause(expr.right, facts);
      if (inner) return inner;
      if (expr.operator === "/") return "een deling door 0 onbekend oplevert";
      return undefined;
    }
    case "cell":
      return findCause(expr.key, facts) ?? `de tabel ‘${expr.table}’ voor deze sleutel geen (bekende) waarde hoeft te hebben`;
    case "not":
    case "negate":
      return findCause(expr.operand, facts);
    case "between":
      return findCause(expr.operand, facts) ?? findCause(expr.low, facts) ?? findCause(expr.high, facts);
    case "list":
      for (const item of expr.items) {
        const inner = findCause(item, facts);
        if (inner) return inner;
      }
      return undefined;
    default:
      return undefined;
  }
}
