/**
 * Rules together: which combinations of outcomes the rules of one care type can have. The
 * base conditions and exclusions decide who is eligible, the differentiation factors which
 * agreement; this module finds out whether the conditions can hold at all together (and if
 * not, a smallest set of rules that excludes each other), how many factors an eligible provider
 * can meet at once, and which factors never count for an eligible provider.
 *
 * Rules that share no fact are independent, so the rules are split into groups that do
 * (connected by shared facts), and each group's space is walked on its own (space.ts). A rule
 * the abstraction cannot follow is left out of the conditions (which only allows more), and
 * counted as a factor that can always be met; a group too large to walk is assumed to allow
 * everything. So the answers are safe: a conflict or an unreachable count is only reported
 * when it is proven.
 */

import { counts, evaluateRule, met, type RuleOutcome } from "../interpret/decide.js";
import type { PolicyModel, Rule } from "../model.js";
import { rulesSpaceInput, ruleSpaceInput } from "./ruleSpace.js";
import { buildSpace, forEachPoint, variableIds } from "./space.js";

/** A rule that must come out right: a condition that must be met, an exclusion that must not count. */
export interface Constraint {
  readonly rule: Rule;
  readonly ok: (outcome: RuleOutcome) => boolean;
}

export interface Combinations {
  /** A smallest set of constraints that can never all be right together, in file order. */
  readonly conflict?: readonly Rule[];
  /** At most this many factors count at once when all constraints are right (an upper bound). */
  readonly maxFactors: number;
  /** Factors proven never to count when all constraints are right. */
  readonly deadFactors: readonly Rule[];
}

export const mustBeMet = (rule: Rule): Constraint => ({ rule, ok: met });
export const mustNotCount = (rule: Rule): Constraint => ({ rule, ok: (o) => !counts(o) });

export function analyseCombinations(model: PolicyModel, careType: string, constraints: readonly Constraint[], factors: readonly Rule[]): Combinations {
  const careTypes = [careType];
  const constraintOf = new Map(constraints.map((c) => [c.rule, c]));
  // Rules whose own space exists, with its variables; the rest cannot be followed.
  const variables = new Map<Rule, string[]>();
  let maxFactors = 0;
  for (const rule of [...constraints.map((c) => c.rule), ...factors]) {
    const space = buildSpace(model, ruleSpaceInput(rule, careTypes));
    if (space) variables.set(rule, variableIds(space));
    else if (!constraintOf.has(rule)) maxFactors++;
  }
  const deadFactors: Rule[] = [];
  for (const group of connectedGroups([...variables.keys()], variables)) {
    const groupConstraints = group.filter((r) => constraintOf.has(r)).map((r) => constraintOf.get(r) as Constraint);
    const groupFactors = group.filter((r) => !constraintOf.has(r));
    const space = buildSpace(model, rulesSpaceInput(group, careTypes));
    if (!space) {
      maxFactors += groupFactors.length;
      continue;
    }
    let satisfiable = false;
    let most = 0;
    const counted = new Set<Rule>();
    forEachPoint(space, careTypes, (scope) => {
      if (!groupConstraints.every((c) => c.ok(evaluateRule(c.rule, scope)))) return;
      satisfiable = true;
      let n = 0;
      for (const factor of groupFactors) {
        if (counts(evaluateRule(factor, scope))) {
          n++;
          counted.add(factor);
        }
      }
      most = Math.max(most, n);
    });
    if (!satisfiable) return { conflict: smallestConflict(model, careType, groupConstraints), maxFactors: 0, deadFactors: [] };
    maxFactors += most;
    deadFactors.push(...groupFactors.filter((f) => !counted.has(f)));
  }
  const order = new Map(model.rules.map((r, i) => [r, i]));
  return { maxFactors, deadFactors: deadFactors.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) };
}

/** Whether the constraints can all be right together (false only when proven). */
function satisfiable(model: PolicyModel, careType: string, constraints: readonly Constraint[]): boolean {
  const space = buildSpace(model, rulesSpaceInput(constraints.map((c) => c.rule), [careType]));
  if (!space) return true;
  let found = false;
  forEachPoint(space, [careType], (scope) => {
    found = constraints.every((c) => c.ok(evaluateRule(c.rule, scope)));
    return !found;
  });
  return found;
}

/** Leaves out every constraint that is not needed for the conflict. */
function smallestConflict(model: PolicyModel, careType: string, constraints: readonly Constraint[]): Rule[] {
  let core = [...constraints];
  for (const candidate of constraints) {
    const without = core.filter((c) => c !== candidate);
    if (!satisfiable(model, careType, without)) core = without;
  }
  const order = new Map(model.rules.map((r, i) => [r, i]));
  return core.map((c) => c.rule).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Groups of rules connected by shared variables (union-find). */
function connectedGroups(rules: readonly Rule[], variables: ReadonlyMap<Rule, readonly string[]>): Rule[][] {
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const owner = new Map<string, number>();
  rules.forEach((rule, i) => {
    for (const v of variables.get(rule) ?? []) {
      const j = owner.get(v);
      if (j === undefined) owner.set(v, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Rule[]>();
  rules.forEach((rule, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), rule]);
  });
  return [...groups.values()];
}
