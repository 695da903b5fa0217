/**
 * The expression AST: what the parser produces and the checker consumes. Plain data with a
 * `Span` on every node (offsets into the .policy file, not into the expression string).
 */

import type { Span } from "../compiler/span.js";

export type BinaryOperator =
  | "en"
  | "of"
  | "+"
  | "-"
  | "*"
  | "/"
  | "="
  | "≠"
  | "<"
  | "<="
  | ">"
  | ">="
  | "in"
  | "niet in"
  | "bevat";

export type ComparisonOperator = "=" | "≠" | "<" | "<=" | ">" | ">=";

export type Expr =
  | NumberLiteral
  | PercentLiteral
  | AmountLiteral
  | DateLiteral
  | StringLiteral
  | BooleanLiteral
  | ListLiteral
  | Reference
  | Member
  | Index
  | Call
  | Unary
  | Binary
  | Between
  | ErrorNode;

interface Node {
  readonly span: Span;
}

export interface NumberLiteral extends Node {
  readonly kind: "number";
  readonly value: number;
}

/** `30%`; `value` is in percentage points (30), not a fraction. */
export interface PercentLiteral extends Node {
  readonly kind: "percentage";
  readonly value: number;
}

/** `€ 1500`; `value` is in euros. */
export interface AmountLiteral extends Node {
  readonly kind: "amount";
  readonly value: number;
}

/** `2025-10-24`; `value` is the ISO text. */
export interface DateLiteral extends Node {
  readonly kind: "date";
  readonly value: string;
}

export interface StringLiteral extends Node {
  readonly kind: "string";
  readonly value: string;
}

export interface BooleanLiteral extends Node {
  readonly kind: "boolean";
  readonly value: boolean;
}

export interface ListLiteral extends Node {
  readonly kind: "list";
  readonly items: readonly Expr[];
}

/** A name: a fact, a table, or a built-in constant such as `zorgsoort`. */
export interface Reference extends Node {
  readonly kind: "ref";
  readonly name: string;
}

/** `object.name`, e.g. the column of a table row: `vektis[zorgsoort].agb_codes`. */
export interface Member extends Node {
  readonly kind: "member";
  readonly object: Expr;
  readonly name: string;
  readonly nameSpan: Span;
}

/** `object[index]`, e.g. a table row: `vektis[zorgsoort]`. */
export interface Index extends Node {
  readonly kind: "index";
  readonly object: Expr;
  readonly index: Expr;
}

export interface Call extends Node {
  readonly kind: "call";
  readonly callee: string;
  readonly calleeSpan: Span;
  readonly args: readonly Expr[];
}

export interface Unary extends Node {
  readonly kind: "unary";
  readonly operator: "niet" | "-";
  readonly operand: Expr;
}

export interface Binary extends Node {
  readonly kind: "binary";
  readonly operator: BinaryOperator;
  readonly operatorSpan: Span;
  readonly left: Expr;
  readonly right: Expr;
}

/** `x tussen low en high`, both bounds inclusive. */
export interface Between extends Node {
  readonly kind: "between";
  readonly operand: Expr;
  readonly low: Expr;
  readonly high: Expr;
}

/** Stands in for a part the parser could not read; a diagnostic has been reported. */
export interface ErrorNode extends Node {
  readonly kind: "error";
}

/** The expressions directly inside `node`, in source order (for walks that look at every name). */
export function subexpressions(node: Expr): readonly Expr[] {
  switch (node.kind) {
    case "list":
      return node.items;
    case "call":
      return node.args;
    case "member":
      return [node.object];
    case "index":
      return [node.object, node.index];
    case "unary":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "between":
      return [node.operand, node.low, node.high];
    default:
      return [];
  }
}
