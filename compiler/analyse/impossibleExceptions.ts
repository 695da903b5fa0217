/**
 * BL407: an exclusion whose exception is never granted in a case where the exclusion applies,
 * whatever the facts — because the exception's condition is never true, or never true together
 * with the exclusion (`uitsluiting: x > 150`, `uitzondering: x < 100`). The route to ask for
 * the exception then helps nobody. Decided over the finite space of the rule's expressions
 * (space.ts), with the rule's outcome computed as the reference interpreter does; silent when
 * the space cannot be built, and when the exclusion itself never applies (BL403 or BL408).
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { evaluateRule } from "../interpret/decide.js";
import type { PolicyModel } from "../model.js";
import { ruleSpaceInput } from "./ruleSpace.js";
import { forEachPoint, spacesFor } from "./space.js";

export function impossibleExceptions(model: PolicyModel): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const rule of model.rules) {
    if (!rule.exception || rule.careTypes.length === 0) continue;
    const spaces = spacesFor(model, ruleSpaceInput(rule, rule.careTypes));
    if (!spaces) continue;
    let excludes = false;
    let granted = false;
    for (const { space, careTypes } of spaces) {
      forEachPoint(space, careTypes, (scope) => {
        const outcome = evaluateRule(rule, scope);
        if (outcome.applies && outcome.holds) {
          excludes = true;
          if (outcome.exception) granted = true;
        }
        return !granted;
      });
    }
    if (excludes && !granted) result.push(diagnostic("BL407", rule.exception.condition.expr.span, { regel: rule.id }));
  }
  return result;
}
