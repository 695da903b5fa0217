/**
 * Evaluating expressions over a whole space (space.ts): which values an expression takes, over
 * every point. A condition is *constant* when it is never true or never false (unknown aside).
 * Shared by the checks of the static analysis; the evaluation itself is the reference
 * interpreter's.
 */

import { evaluateExpression, type Scope } from "../interpret/expression.js";
import type { PolicyModel, TExpr } from "../model.js";
import { walkExpression } from "../queries.js";
import { forEachPoint, spacesFor, type Space, type SpaceInput } from "./space.js";

/** The values an expression took: bits for true, false and unknown. */
export const TRUE = 1;
export const FALSE = 2;
export const UNKNOWN = 4;

export function valueBit(value: unknown): number {
  return value === true ? TRUE : value === false ? FALSE : UNKNOWN;
}

/** A condition that cannot go both ways. */
export function isConstant(mask: number): boolean {
  return (mask & TRUE) === 0 || (mask & FALSE) === 0;
}

/**
 * The values each of `exprs` takes over the space. Stops as soon as every expression has been
 * both true and false.
 */
export function valuesOver(space: Space, careTypes: readonly string[], exprs: readonly TExpr[]): number[] {
  const masks = exprs.map(() => 0);
  let open = exprs.length;
  forEachPoint(space, careTypes, (scope: Scope) => {
    for (let i = 0; i < exprs.length; i++) {
      const before = masks[i] as number;
      if (!isConstant(before)) continue;
      const after = before | valueBit(evaluateExpression(exprs[i] as TExpr, scope));
      masks[i] = after;
      if (!isConstant(after)) open--;
    }
    return open > 0;
  });
  return masks;
}

/**
 * The values each of `exprs` takes for every possible input of `input` (the expressions must
 * be among, or inside, `input.expressions`); `undefined` when that cannot be decided.
 */
export function decideValues(model: PolicyModel, input: SpaceInput, exprs: readonly TExpr[]): number[] | undefined {
  const spaces = spacesFor(model, input);
  if (!spaces) return undefined;
  const masks = exprs.map(() => 0);
  for (const { space, careTypes } of spaces) {
    valuesOver(space, careTypes, exprs).forEach((mask, i) => (masks[i] = (masks[i] as number) | mask));
    if (!masks.some(isConstant)) break;
  }
  return masks;
}

/** The expression reads at least one fact (for at least one of the care types). */
export function readsFacts(model: PolicyModel, expr: TExpr, careTypes: readonly string[]): boolean {
  let found = false;
  for (const careType of careTypes) {
    walkExpression(model, expr, careType, (node) => {
      if (node.kind === "fact") found = true;
    });
    if (found) return true;
  }
  return false;
}

/** How a constant condition reads in a message. */
export function describeConstant(mask: number): string {
  if (mask === UNKNOWN) return "altijd onbekend";
  if ((mask & TRUE) === 0) return "nooit waar";
  return (mask & UNKNOWN) !== 0 ? "altijd waar (of onbekend)" : "altijd waar";
}
