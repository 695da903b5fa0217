/**
 * JavaScript expressions built with exactly the parentheses prettier prints: the ones the
 * grammar needs, and the ones prettier adds for clarity (`(a && b) || c`, `(a * b) / c`). The
 * generated code then reads the same whether prettier formatted it or `layout/` did, and a
 * statement that fits on one line needs no prettier at all. The tables below are prettier's
 * behaviour, checked against prettier itself by test/compiler/precedence.test.ts.
 */

export type BinaryOperator = "??" | "||" | "&&" | "===" | "!==" | "<" | ">" | "<=" | ">=" | "in" | "+" | "-" | "*" | "/";

/** An expression and its outermost operator ("atom": a name, literal, call or member access). */
export interface Js {
  readonly code: string;
  readonly op: "atom" | "unary" | "conditional" | BinaryOperator;
  /** Of `a op b op c`: the operands as they are written in it (as prettier reads the chain, flat). */
  readonly operands?: readonly Js[];
  /** Of a conditional: test, consequent and alternate as they are written in it. */
  readonly parts?: readonly [Js, Js, Js];
  /** Of `(e)`: e. */
  readonly inner?: Js;
  /** Of `!e` and `-e`: the operator and e as it is written after it. */
  readonly prefix?: { readonly operator: string; readonly operand: Js };
}

const LOGICAL = ["??", "||", "&&"] as const;
const EQUALITY = [...LOGICAL, "===", "!=="] as const;
const RELATIONAL = [...EQUALITY, "<", ">", "<=", ">=", "in"] as const;
const ADDITIVE = [...RELATIONAL, "+", "-"] as const;

/** For a parent operator: the child operators that keep their parentheses on the left and on the right. */
const PARENTHESISED: Record<BinaryOperator, { left: readonly string[]; right: readonly string[] }> = {
  "??": { left: ["||", "&&"], right: ["||", "&&"] },
  "||": { left: ["??", "&&"], right: ["??", "&&"] },
  "&&": { left: ["??", "||"], right: ["??", "||"] },
  "===": { left: EQUALITY, right: EQUALITY },
  "!==": { left: EQUALITY, right: EQUALITY },
  "<": { left: EQUALITY, right: RELATIONAL },
  ">": { left: [...EQUALITY, "<"], right: RELATIONAL },
  "<=": { left: EQUALITY, right: RELATIONAL },
  ">=": { left: EQUALITY, right: RELATIONAL },
  in: { left: EQUALITY, right: RELATIONAL },
  "+": { left: RELATIONAL, right: ADDITIVE },
  "-": { left: RELATIONAL, right: ADDITIVE },
  "*": { left: [...ADDITIVE, "/"], right: [...ADDITIVE, "*", "/"] },
  "/": { left: [...ADDITIVE, "*"], right: [...ADDITIVE, "*", "/"] },
};

const parens = (e: Js): Js => ({ code: `(${e.code})`, op: "atom", inner: e });

export const atom = (code: string): Js => ({ code, op: "atom" });

/** `e` as it is written on one side of `op`: in parentheses when prettier prints them there. */
function side(op: BinaryOperator, e: Js, which: "left" | "right"): Js {
  // Prettier also parenthesises a negation on the left of `in`: `(!a) in b`.
  return e.op === "conditional" || PARENTHESISED[op][which].includes(e.op) || (op === "in" && which === "left" && e.op === "unary") ? parens(e) : e;
}

/** The operands of a chain of `op` that `e`, written in it, adds. */
const chained = (op: BinaryOperator, e: Js): readonly Js[] => (e.op === op && e.operands ? e.operands : [e]);

export function binary(op: BinaryOperator, left: Js, right: Js): Js {
  const [l, r] = [side(op, left, "left"), side(op, right, "right")];
  return { code: `${l.code} ${op} ${r.code}`, op, operands: [...chained(op, l), ...chained(op, r)] };
}

/**
 * `a op b op c …`, left to right; `empty` when there are no operands. Written in one go (a
 * fold of `binary` copies the operands at every step, quadratic in a chain of thousands of
 * rules); the same as that fold for every operator that needs no parentheses around a chain
 * of itself on its left (`&&`, `||`, `+`, …).
 */
export function chain(op: BinaryOperator, operands: readonly Js[], empty: Js): Js {
  const [first, ...rest] = operands;
  if (first === undefined) return empty;
  if (rest.length === 0) return first;
  if (PARENTHESISED[op].left.includes(op)) return rest.reduce((acc, e) => binary(op, acc, e), first);
  const written = [side(op, first, "left"), ...rest.map((e) => side(op, e, "right"))];
  return { code: written.map((e) => e.code).join(` ${op} `), op, operands: written.flatMap((e) => chained(op, e)) };
}

export function not(operand: Js): Js {
  const written = operand.op === "atom" || operand.op === "unary" ? operand : parens(operand);
  return { code: `!${written.code}`, op: "unary", prefix: { operator: "!", operand: written } };
}

export function negate(operand: Js): Js {
  const bare = operand.op === "atom" || (operand.op === "unary" && !operand.code.startsWith("-"));
  return { code: `-${bare ? operand.code : parens(operand).code}`, op: "unary" };
}

export function conditional(test: Js, consequent: Js, alternate: Js): Js {
  // Prettier parenthesises `??` in every part of a conditional, and a conditional in all but the last.
  const t = test.op === "conditional" || test.op === "??" ? parens(test) : test;
  const c = consequent.op === "conditional" || consequent.op === "??" ? parens(consequent) : consequent;
  const a = alternate.op === "??" ? parens(alternate) : alternate;
  return { code: `${t.code} ? ${c.code} : ${a.code}`, op: "conditional", parts: [t, c, a] };
}

/** `object.method(args)` on any expression. */
export function method(object: Js, name: string, ...args: Js[]): Js {
  return atom(`${object.op === "atom" ? object.code : parens(object).code}.${name}(${args.map((a) => a.code).join(", ")})`);
}

export function callJs(callee: string, ...args: Js[]): Js {
  return atom(`${callee}(${args.map((a) => a.code).join(", ")})`);
}
