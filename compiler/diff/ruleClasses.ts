/**
 * The class of a change to a rule for providers, from the direction in which its condition moved
 * and the rule's kind: a narrower requirement is stricter, a narrower exclusion looser. Shared by
 * the comparisons of a rule pair, of a rule that moved with a split-off care type and of added and
 * removed rules.
 */

import type { Rule } from "../model.js";
import type { ChangeClass } from "./changes.js";
import { narrowerClass, roleOf } from "./context.js";

export const flipClass = (c: ChangeClass): ChangeClass => (c === "strenger" ? "soepeler" : c === "soepeler" ? "strenger" : c);

export function directionClass(direction: "narrower" | "wider" | "different", rule: Rule): ChangeClass {
  if (direction === "different") return "onbepaald";
  const narrower = narrowerClass(rule.kind);
  return direction === "narrower" ? narrower : flipClass(narrower);
}

/** How a changed condition reads for providers: stricter is "aangescherpt", looser "versoepeld". */
export function providerDirection(cls: ChangeClass): string {
  return cls === "strenger" ? "aangescherpt" : cls === "soepeler" ? "versoepeld" : "gewijzigd";
}

export function kindChangeClass(from: Rule, to: Rule): ChangeClass {
  const a = roleOf(from.kind);
  const b = roleOf(to.kind);
  if (a === b) return "redactioneel";
  if (a === "factor" && b === "eis") return "strenger";
  if (a === "eis" && b === "factor") return "soepeler";
  // Failing a condition for selective purchase costs that part of the care, not the agreement.
  if (a === "eis" && b === "selectief") return "soepeler";
  if (a === "selectief" && b === "eis") return "strenger";
  return "onbepaald";
}
