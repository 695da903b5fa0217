/**
 * What a rule's space is built from (space.ts): its expressions (condition, applicability,
 * exception) and, for a declaration, the yes/no fact the provider fills in.
 */

import type { Rule } from "../model.js";
import { ruleExpressions } from "../queries.js";
import type { SpaceInput } from "./space.js";

export function ruleSpaceInput(rule: Rule, careTypes: readonly string[]): SpaceInput {
  return { expressions: ruleExpressions(rule), facts: rule.logic.kind === "verklaring" ? [rule.logic.fact] : [], careTypes };
}

/** The space input of several rules together. */
export function rulesSpaceInput(rules: readonly Rule[], careTypes: readonly string[]): SpaceInput {
  const inputs = rules.map((r) => ruleSpaceInput(r, careTypes));
  return { expressions: inputs.flatMap((i) => i.expressions), facts: inputs.flatMap((i) => i.facts ?? []), careTypes };
}
