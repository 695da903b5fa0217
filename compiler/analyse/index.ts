/**
 * Static analysis of a checked policy: warnings about things that are allowed but almost
 * certainly not meant. Runs after the checker, on the model only, one small module per check:
 *
 * - the agreements table: a gap (BL401), names reversed (BL402);
 * - a fact nobody uses (BL405), a deadline after the contract year has begun (BL406);
 * - conditions decided by enumerating a finite space of representative facts (space.ts), so
 *   every warning is proven and nothing is said when it cannot be: a condition that is always
 *   or never true (BL403), an agreement no eligible provider can reach (BL404), an exception
 *   that is never granted (BL407), a rule that never applies (BL408), rules that together let
 *   nobody be eligible (BL409) or approached (BL411), a factor that never counts (BL410).
 */

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import { conflictingConditions } from "./conflictingConditions.js";
import { constantConditions } from "./constantConditions.js";
import { deadFactors } from "./deadFactors.js";
import { impossibleExceptions } from "./impossibleExceptions.js";
import { lateDeadlines } from "./lateDeadlines.js";
import { neverApplies } from "./neverApplies.js";
import { staleNames } from "./staleNames.js";
import { tierTables } from "./tierTables.js";
import { unreachableTiers } from "./unreachableTiers.js";
import { unusedFacts } from "./unusedFacts.js";

const CHECKS: readonly ((model: PolicyModel) => Diagnostic[])[] = [
  tierTables,
  unusedFacts,
  lateDeadlines,
  staleNames,
  constantConditions,
  neverApplies,
  impossibleExceptions,
  conflictingConditions,
  unreachableTiers,
  deadFactors,
];

export function analysePolicy(model: PolicyModel): Diagnostic[] {
  if (model.kind !== "inkoopbeleid") return [];
  return CHECKS.flatMap((check) => check(model));
}
