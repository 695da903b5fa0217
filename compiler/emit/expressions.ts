/**
 * Compiles a typed expression to a JavaScript expression for one care type. Known values
 * use plain operators (`feiten.behandelindex > 150`); values that can be unknown go through
 * the null-propagating helpers of `runtime/` (`gt(feiten.behandelindex, 150)`). References to
 * `zorgsoort`, `contractjaar` and table cells with a constant key are resolved here, at
 * compile time, so the generated code never looks anything up.
 *
 * Every compound result is parenthesised; prettier removes the parentheses that are not
 * needed.
 */

import { FUNCTIONS_BY_NAME } from "../check/functions.js";
import type { PolicyModel, TExpr } from "../model.js";
import { propertyAccess, stringLiteral } from "./names.js";

export interface ExpressionEmitContext {
  readonly model: PolicyModel;
  /** The care type being compiled; `zorgsoort` and table keys resolve to it. */
  readonly careType: string;
  /** Records that a runtime helper is used and returns its name. */
  helper(name: string): string;
  /** Moves a constant array to module level and returns its name. */
  hoist(preferredName: string, code: string): string;
  /** Moves a constant set (code: the values as an array literal) to module level and returns its name. */
  hoistSet(preferredName: string, values: string): string;
  /** A preferred name for hoisted constants used by the current rule. */
  readonly hoistName: string;
}

const NULLABLE_OPERATORS: Record<string, string> = {
  ">": "gt",
  ">=": "ge",
  "<": "lt",
  "<=": "le",
  "=": "eq",
  "≠": "ne",
  "+": "add",
  "-": "subtract",
  "*": "multiply",
  "/": "divide",
  in: "isIn",
  bevat: "contains",
};

const JS_OPERATORS: Record<string, string> = {
  ">": ">",
  ">=": ">=",
  "<": "<",
  "<=": "<=",
  "=": "===",
  "≠": "!==",
  "+": "+",
  "-": "-",
  "*": "*",
  "/": "/",
};

export function emitExpression(expr: TExpr, ctx: ExpressionEmitContext): string {
  switch (expr.kind) {
    case "literal":
      return typeof expr.value === "string" ? stringLiteral(expr.value) : String(expr.value);
    case "list": {
      const code = `[${expr.items.map((i) => emitExpression(i, ctx)).join(", ")}]`;
      return expr.items.every((i) => i.kind === "literal") ? ctx.hoist(ctx.hoistName, code) : code;
    }
    case "fact":
      return propertyAccess("feiten", expr.fact);
    case "zorgsoort":
      return stringLiteral(ctx.careType);
    case "contractjaar":
      return String(ctx.model.meta.year);
    case "voorwaardenVoldaan":
      return "voldoetAanVoorwaarden";
    case "inAanmerking":
      return "inAanmerking";
    case "cell":
      return emitCell(expr, ctx);
    case "call":
      return emitCall(expr, ctx);
    case "not":
      return expr.nullable ? `${ctx.helper("not3")}(${emitExpression(expr.operand, ctx)})` : `(!${emitExpression(expr.operand, ctx)})`;
    case "negate":
      return expr.nullable ? `${ctx.helper("negate")}(${emitExpression(expr.operand, ctx)})` : `(-${emitExpression(expr.operand, ctx)})`;
    case "between": {
      const [v, lo, hi] = [expr.operand, expr.low, expr.high].map((e) => emitExpression(e, ctx));
      return expr.nullable ? `${ctx.helper("between")}(${v}, ${lo}, ${hi})` : `(${v} >= ${lo} && ${v} <= ${hi})`;
    }
    case "binary":
      return emitBinary(expr, ctx);
  }
}

function flatten(expr: TExpr, operator: "en" | "of"): TExpr[] {
  if (expr.kind === "binary" && expr.operator === operator) return [...flatten(expr.left, operator), ...flatten(expr.right, operator)];
  return [expr];
}

function emitBinary(expr: Extract<TExpr, { kind: "binary" }>, ctx: ExpressionEmitContext): string {
  const { operator, left, right } = expr;
  if (operator === "en" || operator === "of") {
    const operands = flatten(expr, operator).map((e) => emitExpression(e, ctx));
    // Two operands at a time: a helper with rest parameters allocates on every call.
    if (expr.nullable) {
      const helper = ctx.helper(operator === "en" ? "kleeneAnd" : "kleeneOr");
      return operands.slice(1).reduce((acc, operand) => `${helper}(${acc}, ${operand})`, operands[0] as string);
    }
    return `(${operands.join(operator === "en" ? " && " : " || ")})`;
  }
  // A constant list is looked up in a set: one hash lookup instead of a comparison per value.
  if (!expr.nullable && (operator === "in" || operator === "niet in" || operator === "bevat")) {
    const [list, item] = operator === "bevat" ? [left, right] : [right, left];
    const constants = constantValues(list, ctx);
    if (constants) {
      const test = `${ctx.hoistSet(constants.name, constants.values)}.has(${emitExpression(item, ctx)})`;
      return operator === "niet in" ? `(!${test})` : test;
    }
  }
  const l = emitExpression(left, ctx);
  const r = emitExpression(right, ctx);
  // A percentage times a number: p percent of x.
  if (operator === "*" && (left.type.kind === "percentage") !== (right.type.kind === "percentage")) {
    const [p, x] = left.type.kind === "percentage" ? [l, r] : [r, l];
    return expr.nullable ? `${ctx.helper("percentageOf")}(${p}, ${x})` : `((${p} * ${x}) / 100)`;
  }
  if (operator === "in" || operator === "niet in") {
    const test = expr.nullable ? `${ctx.helper("isIn")}(${l}, ${r})` : `${r}.includes(${l})`;
    if (operator === "in") return test;
    return expr.nullable ? `${ctx.helper("not3")}(${test})` : `(!${test})`;
  }
  if (operator === "bevat") {
    return expr.nullable ? `${ctx.helper("contains")}(${l}, ${r})` : `${l}.includes(${r})`;
  }
  if (expr.nullable) return `${ctx.helper(NULLABLE_OPERATORS[operator] as string)}(${l}, ${r})`;
  return `(${l} ${JS_OPERATORS[operator] as string} ${r})`;
}

/** A list of literals, or a table cell with a constant key: its values as an array literal, and a name for them. */
function constantValues(expr: TExpr, ctx: ExpressionEmitContext): { values: string; name: string } | undefined {
  if (expr.kind === "list" && expr.items.every((i) => i.kind === "literal")) return { values: `[${expr.items.map((i) => emitExpression(i, ctx)).join(", ")}]`, name: ctx.hoistName };
  if (expr.kind !== "cell") return undefined;
  const found = staticCell(expr, ctx);
  return found?.cell?.type === "verzameling" ? { values: `[${found.cell.value.map(stringLiteral).join(", ")}]`, name: `${expr.table}_${expr.column}_${found.key}` } : undefined;
}

function tableOf(expr: Extract<TExpr, { kind: "cell" }>, ctx: ExpressionEmitContext) {
  const table = ctx.model.tables.find((t) => t.id === expr.table);
  if (!table) throw new Error(`unknown table ${expr.table}`);
  return table;
}

/** The cell a lookup reads when its key is known when compiling (`zorgsoort` or a literal); undefined for a key from a fact. */
function staticCell(expr: Extract<TExpr, { kind: "cell" }>, ctx: ExpressionEmitContext) {
  const key = expr.key.kind === "zorgsoort" ? ctx.careType : expr.key.kind === "literal" ? String(expr.key.value) : undefined;
  if (key === undefined) return undefined;
  return { key, cell: tableOf(expr, ctx).rows.find((r) => r.key === key)?.cells[expr.column] };
}

function emitCall(expr: Extract<TExpr, { kind: "call" }>, ctx: ExpressionEmitContext): string {
  const fn = FUNCTIONS_BY_NAME.get(expr.fn);
  if (!fn) throw new Error(`unknown function ${expr.fn}`);
  const args = expr.args.map((a) => emitExpression(a, ctx));
  if (fn.name === "als" && !(expr.args[0] as TExpr).nullable) {
    return `(${args[0]} ? ${args[1]} : ${args[2]})`;
  }
  return `${ctx.helper(fn.runtime)}(${args.join(", ")})`;
}

function emitCell(expr: Extract<TExpr, { kind: "cell" }>, ctx: ExpressionEmitContext): string {
  const found = staticCell(expr, ctx);
  if (found === undefined) {
    // Looked up at run time by a fact's value: a constant object of this column's values.
    const table = tableOf(expr, ctx);
    const column = table.rows.map((row) => {
      const cell = row.cells[expr.column];
      const value = cell === undefined ? "null" : cell.type === "verzameling" ? `[${cell.value.map(stringLiteral).join(", ")}]` : cell.type === "voorwaarde" ? "null" : typeof cell.value === "string" ? stringLiteral(cell.value) : String(cell.value);
      return `${stringLiteral(row.key)}: ${value}`;
    });
    const lookup = ctx.hoist(`${table.id}_${expr.column}`, `{ ${column.join(", ")} }`);
    return `${ctx.helper("opzoeken")}(${lookup}, ${emitExpression(expr.key, ctx)})`;
  }
  const { key, cell } = found;
  if (!cell) throw new Error(`table ${expr.table} has no cell ${key}.${expr.column}`);
  switch (cell.type) {
    case "verzameling":
      return ctx.hoist(`${expr.table}_${expr.column}_${key}`, `[${cell.value.map(stringLiteral).join(", ")}]`);
    case "voorwaarde":
      return `(${emitExpression(cell.value.expr, ctx)})`;
    case "getal":
      return String(cell.value);
    default:
      return stringLiteral(cell.value);
  }
}
