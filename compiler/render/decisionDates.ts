/**
 * What `beleid eval` says about a computed date of the agreement that has no value
 * (compiler/render/decisionText.ts prints it): a date whose calculation reads a fact that is
 * unknown does not apply to this provider (no application of his own, no corrected document;
 * the policy describes that state at the fact), while a date whose facts are all known but whose
 * calculation had no outcome (past 31 December 9999) cannot be determined. Both say why, in the
 * explanation's words (runtime/sentences.ts).
 */

import { becauseUnknownFacts, DATE_NO_RESULT } from "../../runtime/sentences.js";
import { describeFact } from "../interpret/descriptions.js";
import type { PolicyModel } from "../model.js";
import { factsInExpression } from "../queries.js";
import type { DateNote } from "./decisionText.js";

/** Per date rule of the care type: its description, what a date without value means, and why. */
export function dateNotes(model: PolicyModel, careType: string, facts: Readonly<Record<string, unknown>>): Record<string, DateNote> {
  return Object.fromEntries(
    model.dateRules.map((rule): [string, DateNote] => {
      const unknown = [...factsInExpression(model, rule.computation.expr, careType)].filter((f) => facts[f] === null);
      const described = unknown.flatMap((id) => model.facts.filter((f) => f.id === id).map(describeFact));
      return [
        rule.id,
        described.length > 0
          ? { omschrijving: rule.description, zonderDatum: "niet van toepassing", waarom: becauseUnknownFacts(described, model.meta.year) }
          : { omschrijving: rule.description, zonderDatum: "niet te bepalen", waarom: DATE_NO_RESULT },
      ];
    }),
  );
}
