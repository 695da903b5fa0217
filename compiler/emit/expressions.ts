/**
 * Compiles a typed expression to a JavaScript expression for one care type. Known values
 * use plain operators (`feiten.behandelindex > 150`); values that can be unknown go through
 * the null-propagating helpers of `runtime/` (`gt(feiten.behandelindex, 150)`). Arithmetic
 * always goes through a helper (`add`, `divide`, …), which rounds the result to decimals.
 * References to `zorgsoort`, `contractjaar` and table cells with a constant key are resolved
 * here, at compile time, so the generated code never looks anything up.
 *
 * Expressions carry their outermost operator (`precedence.ts`), so the code has exactly the
 * parentheses prettier would print.
 */

import { FUNCTIONS_BY_NAME } from "../check/functions.js";
import type { PolicyModel, TExpr } from "../model.js";
import { rulesFor } from "../queries.js";
import { array as layoutArray, atom as layoutAtom, object as layoutObject, type Value } from "./layout/index.js";
import { propertyAccess, stringLiteral } from "./names.js";
import { atom, binary, callJs, chain, conditional, method, negate, not, type BinaryOperator, type Js } from "./precedence.js";

export interface ExpressionEmitContext {
  readonly model: PolicyModel;
  /** The care type being compiled; `zorgsoort` and table keys resolve to it. */
  readonly careType: string;
  /** Records that a runtime helper is used and returns its name. */
  helper(name: string): string;
  /** Moves a constant array or object to module level (frozen) and returns its name. */
  hoist(preferredName: string, value: Value): string;
  /** Moves a constant set of literal values (as code) to module level and returns its name. */
  hoistSet(preferredName: string, values: readonly string[]): string;
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
};

/** The operators whose result the runtime rounds to decimals, so they never use the plain JavaScript operator. */
const ARITHMETIC = new Set(["+", "-", "*", "/"]);

/** The expression as JavaScript source. */
export function emitExpression(expr: TExpr, ctx: ExpressionEmitContext): string {
  return emitJs(expr, ctx).code;
}

/** Whether the care type has exclusions that count (not intentions). */
function hasExclusions(ctx: ExpressionEmitContext): boolean {
  return rulesFor(ctx.model, ctx.careType).some((r) => r.kind === "uitsluiting" && r.status === "definitief");
}

/** A number as prettier prints it (`1e21`, not `1e+21`). */
export function numberLiteral(value: number): string {
  return String(value).replace("e+", "e");
}

/** The expression with its outermost operator, to build larger expressions with the right parentheses. */
export function emitJs(expr: TExpr, ctx: ExpressionEmitContext): Js {
  switch (expr.kind) {
    case "literal":
      return atom(typeof expr.value === "string" ? stringLiteral(expr.value) : typeof expr.value === "number" ? numberLiteral(expr.value) : String(expr.value));
    case "list": {
      const items = expr.items.map((i) => emitExpression(i, ctx));
      return atom(expr.items.every((i) => i.kind === "literal") ? ctx.hoist(ctx.hoistName, literalArray(items)) : `[${items.join(", ")}]`);
    }
    case "fact":
      return atom(propertyAccess("feiten", expr.fact));
    case "zorgsoort":
      return atom(stringLiteral(ctx.careType));
    case "contractjaar":
      return atom(String(ctx.model.meta.year));
    case "voorwaardenVoldaan":
      // The conditions met and no exclusion applying (docs/taal.md); `uitgesloten` exists
      // exactly when the care type has exclusions.
      return hasExclusions(ctx) ? binary("&&", atom("voldoetAanVoorwaarden"), not(atom("uitgesloten"))) : atom("voldoetAanVoorwaarden");
    case "inAanmerking":
      return atom("inAanmerking");
    case "cell":
      return emitCell(expr, ctx);
    case "call":
      return emitCall(expr, ctx);
    case "not":
      return expr.nullable ? callJs(ctx.helper("not3"), emitJs(expr.operand, ctx)) : not(emitJs(expr.operand, ctx));
    case "negate":
      return expr.nullable ? callJs(ctx.helper("negate"), emitJs(expr.operand, ctx)) : negate(emitJs(expr.operand, ctx));
    case "between": {
      const [v, lo, hi] = [expr.operand, expr.low, expr.high].map((e) => emitJs(e, ctx)) as [Js, Js, Js];
      return expr.nullable ? callJs(ctx.helper("between"), v, lo, hi) : binary("&&", binary(">=", v, lo), binary("<=", v, hi));
    }
    case "binary":
      return emitBinary(expr, ctx);
  }
}

function flatten(expr: TExpr, operator: "en" | "of"): TExpr[] {
  if (expr.kind === "binary" && expr.operator === operator) return [...flatten(expr.left, operator), ...flatten(expr.right, operator)];
  return [expr];
}

function emitBinary(expr: Extract<TExpr, { kind: "binary" }>, ctx: ExpressionEmitContext): Js {
  const { operator, left, right } = expr;
  if (operator === "en" || operator === "of") {
    const operands = flatten(expr, operator).map((e) => emitJs(e, ctx));
    // Two operands at a time: a helper with rest parameters allocates on every call.
    if (expr.nullable) {
      const helper = ctx.helper(operator === "en" ? "kleeneAnd" : "kleeneOr");
      return operands.slice(1).reduce((acc, operand) => callJs(helper, acc, operand), operands[0] as Js);
    }
    return chain(operator === "en" ? "&&" : "||", operands, atom("true"));
  }
  // A constant list is looked up in a set: one hash lookup instead of a comparison per value.
  if (!expr.nullable && (operator === "in" || operator === "niet in" || operator === "bevat")) {
    const [list, item] = operator === "bevat" ? [left, right] : [right, left];
    const constants = constantValues(list, ctx);
    if (constants) {
      const test = method(atom(ctx.hoistSet(constants.name, constants.values)), "has", emitJs(item, ctx));
      return operator === "niet in" ? not(test) : test;
    }
  }
  const l = emitJs(left, ctx);
  const r = emitJs(right, ctx);
  // A percentage times a number: p percent of x.
  if (operator === "*" && (left.type.kind === "percentage") !== (right.type.kind === "percentage")) {
    const [p, x] = left.type.kind === "percentage" ? [l, r] : [r, l];
    return callJs(ctx.helper("percentageOf"), p, x);
  }
  // Arithmetic rounds its result (runtime/rounding.ts), known or not: always a helper.
  if (ARITHMETIC.has(operator)) return callJs(ctx.helper(NULLABLE_OPERATORS[operator] as string), l, r);
  if (operator === "in" || operator === "niet in") {
    const test = expr.nullable ? callJs(ctx.helper("isIn"), l, r) : method(r, "includes", l);
    if (operator === "in") return test;
    return expr.nullable ? callJs(ctx.helper("not3"), test) : not(test);
  }
  if (operator === "bevat") {
    return expr.nullable ? callJs(ctx.helper("contains"), l, r) : method(l, "includes", r);
  }
  if (expr.nullable) return callJs(ctx.helper(NULLABLE_OPERATORS[operator] as string), l, r);
  return binary(JS_OPERATORS[operator] as BinaryOperator, l, r);
}

/** A list of literals, or a table cell with a constant key: its values as an array literal, and a name for them. */
function constantValues(expr: TExpr, ctx: ExpressionEmitContext): { values: string[]; name: string } | undefined {
  if (expr.kind === "list" && expr.items.every((i) => i.kind === "literal")) return { values: expr.items.map((i) => emitExpression(i, ctx)), name: ctx.hoistName };
  if (expr.kind !== "cell") return undefined;
  const found = staticCell(expr, ctx);
  return found?.cell?.type === "verzameling" ? { values: found.cell.value.map(stringLiteral), name: `${expr.table}_${expr.column}_${found.key}` } : undefined;
}

/** An array of literals (as code) for the layout. */
function literalArray(items: readonly string[]): Value {
  return layoutArray(items.map((code) => layoutAtom(code, code.startsWith('"') || code.startsWith("'") ? "string" : "literal")));
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

function emitCall(expr: Extract<TExpr, { kind: "call" }>, ctx: ExpressionEmitContext): Js {
  const fn = FUNCTIONS_BY_NAME.get(expr.fn);
  if (!fn) throw new Error(`unknown function ${expr.fn}`);
  const args = expr.args.map((a) => emitJs(a, ctx));
  if (fn.name === "als" && !(expr.args[0] as TExpr).nullable) {
    return conditional(args[0] as Js, args[1] as Js, args[2] as Js);
  }
  return callJs(ctx.helper(fn.runtime), ...args);
}

function emitCell(expr: Extract<TExpr, { kind: "cell" }>, ctx: ExpressionEmitContext): Js {
  const found = staticCell(expr, ctx);
  if (found === undefined) {
    // Looked up at run time by a fact's value: a constant object of this column's values.
    const table = tableOf(expr, ctx);
    const column = table.rows.map((row) => {
      const cell = row.cells[expr.column];
      const literal = (code: string) => layoutAtom(code, "literal");
      const value = cell === undefined || cell.type === "voorwaarde" ? literal("null") : cell.type === "verzameling" ? literalArray(cell.value.map(stringLiteral)) : literal(typeof cell.value === "string" ? stringLiteral(cell.value) : numberLiteral(cell.value));
      return { key: stringLiteral(row.key), value };
    });
    const lookup = ctx.hoist(`${table.id}_${expr.column}`, layoutObject(column));
    return callJs(ctx.helper("opzoeken"), atom(lookup), emitJs(expr.key, ctx));
  }
  const { key, cell } = found;
  if (!cell) throw new Error(`table ${expr.table} has no cell ${key}.${expr.column}`);
  switch (cell.type) {
    case "verzameling":
      return atom(ctx.hoist(`${expr.table}_${expr.column}_${key}`, literalArray(cell.value.map(stringLiteral))));
    case "voorwaarde":
      return emitJs(cell.value.expr, ctx);
    case "getal":
      return atom(numberLiteral(cell.value));
    default:
      return atom(stringLiteral(cell.value));
  }
}
