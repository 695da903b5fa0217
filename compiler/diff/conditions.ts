/**
 * Compares two typed conditions to say how a rule's logic changed: equal, a threshold moved,
 * a list of accepted values changed, a conjunct or disjunct was added or dropped, or something
 * else. "narrower" means fewer providers satisfy the new condition than the old one (every
 * provider satisfying the new one satisfied the old one); "wider" is the mirror. Only changes
 * whose direction follows from the structure get a direction; anything else is "different".
 */

import type { TExpr } from "../model.js";
import { boundChange, boundOf, MIRRORED, type Bound, type BoundOperator, type WholeValued } from "../bounds.js";

export type { WholeValued } from "../bounds.js";

export type Direction = "narrower" | "wider" | "different";

export type ConditionChange =
  | { readonly kind: "same" }
  | {
      readonly kind: "threshold";
      readonly old: TExpr;
      readonly new: TExpr;
      readonly direction: Direction;
      readonly comparison?: Comparison;
      /** The older version's comparison, when its operator differs (a date bound: `<=` → `<`). */
      readonly oldComparison?: Comparison;
    }
  | { readonly kind: "values"; readonly added: readonly string[]; readonly removed: readonly string[]; readonly direction: Direction }
  | { readonly kind: "other"; readonly direction: Direction };

/**
 * How a threshold bounds what it is compared with, read with the threshold on the right
 * (`2026-10-01 > aanvraagdatum` is `aanvraagdatum < 2026-10-01`), and whether the condition
 * holds more often when that comparison holds (+1) or less often (-1, under a `niet`). Only for
 * the order comparisons: `<` and `>` leave the threshold itself out, `<=` and `>=` let it in.
 */
export interface Comparison {
  readonly operator: BoundOperator;
  readonly polarity: 1 | -1;
}

/**
 * The comparison that means `niet (a op b)`: `niet (a <= b)` is `a > b`. Only for the operators
 * whose negation the language defines so (docs/taal.md, "Bewerkingen"): the order comparisons
 * and `=`/`≠`. With an unknown operand both are unknown (`niet` of unknown is unknown, and so
 * is a comparison with an unknown value), so the two agree on every provider.
 */
const NEGATED: Readonly<Record<string, "<" | "<=" | ">" | ">=" | "=" | "≠">> = { "<": ">=", "<=": ">", ">": "<=", ">=": "<", "=": "≠", "≠": "=" };

/** `niet (a op b)` as the comparison it means, or undefined when `e` is no negated comparison. */
function negatedComparison(e: TExpr): TExpr | undefined {
  if (e.kind !== "not" || e.operand.kind !== "binary") return undefined;
  const operator = NEGATED[e.operand.operator];
  return operator === undefined ? undefined : { ...e.operand, operator };
}

/**
 * The expression with every negated comparison written as the comparison it means, so that
 * `niet (behandelindex <= 140)` and `behandelindex > 140` compare as the same condition.
 */
export function normalise(e: TExpr): TExpr {
  const comparison = negatedComparison(e);
  if (comparison) return normalise(comparison);
  switch (e.kind) {
    case "list":
      return { ...e, items: e.items.map(normalise) };
    case "call":
      return { ...e, args: e.args.map(normalise) };
    case "not":
    case "negate":
      return { ...e, operand: normalise(e.operand) };
    case "binary":
      return { ...e, left: normalise(e.left), right: normalise(e.right) };
    case "between":
      return { ...e, operand: normalise(e.operand), low: normalise(e.low), high: normalise(e.high) };
    case "cell":
      return { ...e, key: normalise(e.key) };
    default:
      return e;
  }
}

/**
 * A canonical text for an expression, ignoring spans; equal texts mean equal expressions. A
 * negated comparison has the text of the comparison it means (see `normalise`).
 */
export function exprKey(e: TExpr): string {
  const comparison = negatedComparison(e);
  if (comparison) return exprKey(comparison);
  switch (e.kind) {
    case "literal":
      return JSON.stringify(e.value) + ":" + e.type.kind;
    case "list":
      return `[${e.items.map(exprKey).join(",")}]`;
    case "fact":
      return `$${e.fact}`;
    case "zorgsoort":
    case "contractjaar":
    case "voorwaardenVoldaan":
    case "inAanmerking":
      return `@${e.kind}`;
    case "cell":
      return `${e.table}[${exprKey(e.key)}].${e.column}`;
    case "call":
      return `${e.fn}(${e.args.map(exprKey).join(",")})`;
    case "not":
      return `!(${exprKey(e.operand)})`;
    case "negate":
      return `-(${exprKey(e.operand)})`;
    case "binary":
      return `(${exprKey(e.left)} ${e.operator} ${exprKey(e.right)})`;
    case "between":
      return `(${exprKey(e.operand)} tussen ${exprKey(e.low)} ${exprKey(e.high)})`;
  }
}

function children(e: TExpr): TExpr[] {
  switch (e.kind) {
    case "list":
      return [...e.items];
    case "call":
      return [...e.args];
    case "not":
    case "negate":
      return [e.operand];
    case "binary":
      return [e.left, e.right];
    case "between":
      return [e.operand, e.low, e.high];
    case "cell":
      return [e.key];
    default:
      return [];
  }
}

/** Same shape apart from the children; used to find the single place two expressions differ. */
function shallowKey(e: TExpr): string {
  switch (e.kind) {
    case "binary":
      return `binary ${e.operator}`;
    case "call":
      return `call ${e.fn}/${e.args.length}`;
    case "list":
      return `list`;
    case "cell":
      return `cell ${e.table}.${e.column}`;
    default:
      return e.kind;
  }
}

function flatten(e: TExpr, operator: "en" | "of"): TExpr[] {
  if (e.kind === "binary" && e.operator === operator) return [...flatten(e.left, operator), ...flatten(e.right, operator)];
  return [e];
}

/**
 * The polarity of each position: +1 where making the sub-expression true (or larger) makes
 * the whole condition more often true, -1 where it makes it less often true.
 */
interface Difference {
  readonly old: TExpr;
  readonly new: TExpr;
  /** +1 or -1: how the enclosing condition responds to the sub-expression becoming true. */
  readonly polarity: 1 | -1;
  /** The comparison directly around the difference, if any. */
  readonly parent?: TExpr;
  readonly side?: "left" | "right";
}

/** Finds the single position where two expressions differ, or undefined if there are more. */
function singleDifference(a: TExpr, b: TExpr, polarity: 1 | -1 = 1, parent?: TExpr, side?: "left" | "right"): Difference | undefined | "same" {
  if (exprKey(a) === exprKey(b)) return "same";
  if (shallowKey(a) !== shallowKey(b) || a.kind === "literal" || b.kind === "literal") {
    return { old: a, new: b, polarity, ...(parent ? { parent } : {}), ...(side ? { side } : {}) };
  }
  const ca = children(a);
  const cb = children(b);
  // Two different leaves of the same kind (two facts, two cells of a table): the difference is here.
  if (ca.length !== cb.length || ca.length === 0) return { old: a, new: b, polarity, ...(parent ? { parent } : {}), ...(side ? { side } : {}) };
  let found: Difference | undefined;
  for (let i = 0; i < ca.length; i++) {
    const childPolarity: 1 | -1 = a.kind === "not" ? (polarity === 1 ? -1 : 1) : polarity;
    const result = singleDifference(ca[i] as TExpr, cb[i] as TExpr, childPolarity, a, i === 0 ? "left" : "right");
    if (result === "same") continue;
    if (result === undefined || found) return undefined;
    found = result;
  }
  return found ?? "same";
}

function compareValues(a: TExpr, b: TExpr): number | undefined {
  if (a.kind !== "literal" || b.kind !== "literal") return undefined;
  if (typeof a.value === "number" && typeof b.value === "number") return Math.sign(b.value - a.value);
  if (a.type.kind === "datum" && b.type.kind === "datum") return Math.sign(String(b.value).localeCompare(String(a.value)));
  return undefined;
}

/**
 * +1 when `after` is never smaller than `before` because it is max(…, before, …) (or before
 * was min(…, after, …)); -1 for the mirror; 0 otherwise.
 */
function boundMoved(before: TExpr, after: TExpr): number {
  const holds = (call: TExpr, fn: string, arg: TExpr) => call.kind === "call" && call.fn === fn && call.args.some((a) => exprKey(a) === exprKey(arg));
  if (holds(after, "max", before) || holds(before, "min", after)) return 1;
  if (holds(after, "min", before) || holds(before, "max", after)) return -1;
  return 0;
}

const flip = (d: Direction): Direction => (d === "narrower" ? "wider" : d === "wider" ? "narrower" : d);

/**
 * The bounds of both versions at the place they differ: the comparison itself when its operator
 * changed (`<=` → `<`), or the comparison around a limit that changed.
 */
function boundsAt(diff: Difference): readonly [Bound, Bound] | undefined {
  const [a, b] = [boundOf(diff.old), boundOf(diff.new)];
  if (a && b) return [a, b];
  const p = diff.parent;
  if (diff.old.kind !== "literal" || diff.new.kind !== "literal" || p?.kind !== "binary" || !diff.side) return undefined;
  const [c, d] = [boundOf(p), boundOf({ ...p, [diff.side]: diff.new })];
  return c && d ? [c, d] : undefined;
}

/** How raising the literal on `side` of comparison `op` changes whether the comparison holds. */
function raiseEffect(op: string, side: "left" | "right"): Direction {
  // x > c: raising c makes it hold less often; c > x: raising c makes it hold more often.
  const less = op === ">" || op === ">=";
  const more = op === "<" || op === "<=";
  if (!less && !more) return "different";
  const rightEffect: Direction = less ? "narrower" : "wider";
  return side === "right" ? rightEffect : flip(rightEffect);
}

const NOTHING_WHOLE: WholeValued = () => false;

/**
 * How the condition `older` became `newer`. `whole` says which compared things only take whole
 * values, so that a bound on them reads as the last (or first) whole value it lets through.
 */
export function compareConditions(older: TExpr, newer: TExpr, whole: WholeValued = NOTHING_WHOLE): ConditionChange {
  if (exprKey(older) === exprKey(newer)) return { kind: "same" };
  // Compared as they read: `niet (x <= 140)` → `niet (x <= 130)` is the bound of `x > 140` moved.
  const [oldExpr, newExpr] = [normalise(older), normalise(newer)];

  const diff = singleDifference(oldExpr, newExpr);
  if (diff === "same") return { kind: "same" };
  if (diff) {
    const withPolarity = (d: Direction) => (diff.polarity === 1 ? d : flip(d));
    // A bound whose limit or operator changed, compared by the values it lets through: the same
    // last day (or whole number) is no change, whatever the operators.
    const bounds = boundsAt(diff);
    // Only bounds on the same thing compare by the values they let through.
    const bound = bounds && exprKey(bounds[0].subject) === exprKey(bounds[1].subject) ? boundChange(bounds[0], bounds[1], whole) : undefined;
    if (bound === "same") return { kind: "same" };
    if (bounds && bound !== undefined) {
      const [a, b] = bounds;
      const comparison: Comparison = { operator: b.operator, polarity: diff.polarity };
      // A date is a threshold whatever the operators, read as the day it allows (dateBounds.ts);
      // a number whose operator changed has no one limit to name: `> 140` → `>= 140`.
      if (a.operator === b.operator) return { kind: "threshold", old: a.limit, new: b.limit, direction: withPolarity(bound), comparison };
      if (a.limit.type.kind === "datum") return { kind: "threshold", old: a.limit, new: b.limit, direction: withPolarity(bound), comparison, oldComparison: { operator: a.operator, polarity: diff.polarity } };
      return { kind: "other", direction: withPolarity(bound) };
    }
    // A threshold: one literal in a comparison moved.
    const change = compareValues(diff.old, diff.new);
    if (change !== undefined && change !== 0 && diff.parent) {
      const p = diff.parent;
      let effect: Direction = "different";
      if (p.kind === "binary" && diff.side) effect = raiseEffect(p.operator, diff.side);
      else if (p.kind === "between") effect = "different";
      if (effect !== "different" && change < 0) effect = flip(effect);
      const operator = p.kind === "binary" && diff.side ? (diff.side === "right" ? p.operator : (MIRRORED as Readonly<Record<string, BoundOperator>>)[p.operator]) : undefined;
      const comparison: Comparison | undefined = operator === "<" || operator === "<=" || operator === ">" || operator === ">=" ? { operator, polarity: diff.polarity } : undefined;
      return { kind: "threshold", old: diff.old, new: diff.new, direction: withPolarity(effect), ...(comparison ? { comparison } : {}) };
    }
    // A bound replaced by the larger (or smaller) of itself and something else:
    // `plekken >= 1` → `plekken >= max(1, naar_beneden(fte / 20))` is raised.
    const raised = boundMoved(diff.old, diff.new);
    if (raised !== 0 && diff.parent?.kind === "binary" && diff.side) {
      const effect = raiseEffect(diff.parent.operator, diff.side);
      if (effect !== "different") return { kind: "other", direction: withPolarity(raised > 0 ? effect : flip(effect)) };
    }
    // Accepted values: a literal list that gained or lost items.
    if (diff.old.kind === "list" && diff.new.kind === "list") {
      const before = diff.old.items.map((i) => (i.kind === "literal" ? String(i.value) : exprKey(i)));
      const after = diff.new.items.map((i) => (i.kind === "literal" ? String(i.value) : exprKey(i)));
      const added = after.filter((v) => !before.includes(v));
      const removed = before.filter((v) => !after.includes(v));
      let effect: Direction = "different";
      const p = diff.parent;
      if (p?.kind === "binary" && (p.operator === "in" || p.operator === "niet in") && diff.side === "right") {
        const grows = removed.length === 0 ? "wider" : added.length === 0 ? "narrower" : "different";
        effect = p.operator === "in" ? grows : flip(grows);
      }
      return { kind: "values", added, removed, direction: withPolarity(effect) };
    }
  }

  // A conjunct or disjunct added or dropped at the top level.
  for (const operator of ["en", "of"] as const) {
    const before = flatten(oldExpr, operator).map(exprKey);
    const after = flatten(newExpr, operator).map(exprKey);
    if (before.length === 1 && after.length === 1) continue;
    const onlyAdded = before.every((k) => after.includes(k)) && after.length > before.length;
    const onlyRemoved = after.every((k) => before.includes(k)) && before.length > after.length;
    if (onlyAdded) return { kind: "other", direction: operator === "en" ? "narrower" : "wider" };
    if (onlyRemoved) return { kind: "other", direction: operator === "en" ? "wider" : "narrower" };
  }
  return { kind: "other", direction: "different" };
}
