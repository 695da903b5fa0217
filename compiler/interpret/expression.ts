/**
 * Evaluates a typed expression (`TExpr` from the checked model) by walking the tree, for one
 * provider's facts and one care type. This is the reference meaning of an expression: no
 * code is generated and nothing is resolved ahead of time, so it can be compared with what
 * the emitter makes of the same expression.
 */

import type { PolicyModel, Table, TExpr } from "../model.js";
import { INTERPRETED_FUNCTIONS } from "./functions.js";
import { applyBinary, kleeneAnd, kleeneNot, kleeneOr, type Value } from "./values.js";

export interface Scope {
  readonly model: PolicyModel;
  readonly tables: ReadonlyMap<string, Table>;
  readonly careType: string;
  readonly facts: Readonly<Record<string, unknown>>;
  /** Whether the base conditions hold; set before approach rules are evaluated. */
  readonly voorwaardenVoldaan?: boolean;
  readonly inAanmerking?: boolean;
}

export function evaluateExpression(expr: TExpr, scope: Scope): Value {
  switch (expr.kind) {
    case "literal":
      return expr.value;
    case "list":
      return expr.items.map((item) => evaluateExpression(item, scope));
    case "fact":
      return scope.facts[expr.fact] as Value;
    case "zorgsoort":
      return scope.careType;
    case "contractjaar":
      return scope.model.meta.year;
    case "voorwaardenVoldaan":
      if (scope.voorwaardenVoldaan === undefined) throw new Error("voorwaarden_voldaan is used outside an approach rule");
      return scope.voorwaardenVoldaan;
    case "inAanmerking":
      if (scope.inAanmerking === undefined) throw new Error("in_aanmerking is used outside an approach rule");
      return scope.inAanmerking;
    case "cell":
      return evaluateCell(expr, scope);
    case "call": {
      const fn = INTERPRETED_FUNCTIONS.get(expr.fn);
      if (!fn) throw new Error(`the interpreter has no function ${expr.fn}`);
      return fn(expr.args.map((a) => evaluateExpression(a, scope)));
    }
    case "not":
      return kleeneNot(evaluateExpression(expr.operand, scope));
    case "negate": {
      const v = evaluateExpression(expr.operand, scope);
      return v === null ? null : -(v as number);
    }
    case "between": {
      const v = evaluateExpression(expr.operand, scope);
      const low = evaluateExpression(expr.low, scope);
      const high = evaluateExpression(expr.high, scope);
      return kleeneAnd([applyBinary(">=", v, low), applyBinary("<=", v, high)]);
    }
    case "binary": {
      if (expr.operator === "en") return kleeneAnd([evaluateExpression(expr.left, scope), evaluateExpression(expr.right, scope)]);
      if (expr.operator === "of") return kleeneOr([evaluateExpression(expr.left, scope), evaluateExpression(expr.right, scope)]);
      const left = evaluateExpression(expr.left, scope);
      const right = evaluateExpression(expr.right, scope);
      const l = expr.left.type.kind === "percentage";
      const r = expr.right.type.kind === "percentage";
      return applyBinary(expr.operator, left, right, l && !r ? "left" : r && !l ? "right" : undefined);
    }
  }
}

/** `tabel[sleutel].kolom`: the cell's value; unknown when the row or the cell is missing. */
function evaluateCell(expr: Extract<TExpr, { kind: "cell" }>, scope: Scope): Value {
  const table = scope.tables.get(expr.table);
  if (!table) throw new Error(`unknown table ${expr.table}`);
  const key = evaluateExpression(expr.key, scope);
  if (key === null) return null;
  const cell = table.rows.find((row) => row.key === String(key))?.cells[expr.column];
  if (cell === undefined) return null;
  if (cell.type === "voorwaarde") {
    // A condition column is only looked up with a key known when compiling (docs/taal.md §9).
    if (expr.key.kind !== "zorgsoort" && expr.key.kind !== "literal") return null;
    return evaluateExpression(cell.value.expr, scope);
  }
  return cell.value;
}
