/**
 * What `beleid eval` says about each computed date of the agreement (compiler/render/decisionText.ts
 * prints it): the date rule's description as the date's name, as the checker page names it, and
 * for a date without value a sentence that says why. The sentence itself is the runtime's
 * `dateWithoutValue` (runtime/sentences.ts), which the checker page calls too: a date whose
 * calculation reads a fact that is unknown does not apply to this provider, while a date whose
 * facts are all known but whose calculation had no outcome cannot be determined.
 */

import { dateWithoutValue } from "../../runtime/sentences.js";
import { describeFact } from "../interpret/descriptions.js";
import type { PolicyModel } from "../model.js";
import { factsInExpression } from "../queries.js";

export { notDone } from "../../runtime/sentences.js";

export interface DateNote {
  /** The date rule's description: "Ingangsdatum van een zorgovereenkomst na een eigen aanvraag". */
  readonly omschrijving: string;
  /**
   * A sentence for the date without value: "Niet van toepassing: u heeft geen gecorrigeerd
   * bewijsstuk van de praktijkregistratie aangeleverd." or "Niet te bepalen, omdat …".
   */
  readonly zonderWaarde: string;
}

/** Per date rule of the care type: its description and what a date without value means. */
export function dateNotes(model: PolicyModel, careType: string, facts: Readonly<Record<string, unknown>>): Record<string, DateNote> {
  return Object.fromEntries(
    model.dateRules.map((rule): [string, DateNote] => {
      const unknown = [...factsInExpression(model, rule.computation.expr, careType)].filter((f) => facts[f] === null);
      const described = unknown.flatMap((id) => model.facts.filter((f) => f.id === id).map(describeFact));
      return [rule.id, { omschrijving: rule.description, zonderWaarde: dateWithoutValue(described, model.meta.year) }];
    }),
  );
}
