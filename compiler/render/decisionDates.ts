/**
 * What `beleid eval` says about each computed date of the agreement (compiler/render/decisionText.ts
 * prints it): the date rule's description as the date's name, as the checker page names it, and
 * for a date without value a sentence that says why. A date whose calculation reads a fact that
 * is unknown does not apply to this provider (no application of his own, no corrected document;
 * the policy describes that state at the fact), while a date whose facts are all known but whose
 * calculation had no outcome (past 31 December 9999) cannot be determined.
 */

import type { FeitBeschrijving } from "../../runtime/facts.js";
import { becauseUnknownFacts, DATE_NO_RESULT } from "../../runtime/sentences.js";
import { describeFact } from "../interpret/descriptions.js";
import type { PolicyModel } from "../model.js";
import { factsInExpression } from "../queries.js";

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
      return [rule.id, { omschrijving: rule.description, zonderWaarde: described.length > 0 ? doesNotApply(described, model.meta.year) : `Niet te bepalen${DATE_NO_RESULT}.` }];
    }),
  );
}

/**
 * "Niet van toepassing: u heeft geen gecorrigeerd bewijsstuk van de praktijkregistratie
 * aangeleverd.", from the description of each unknown fact ("De datum waarop de zorgaanbieder
 * een gecorrigeerd bewijsstuk … heeft aangeleverd."). A description in another form gives the
 * explanation's words: "Niet van toepassing, omdat ‘…’ onbekend is."
 */
function doesNotApply(facts: readonly FeitBeschrijving[], contractYear: number): string {
  const clauses = facts.map((f) => notDone(f.omschrijving));
  if (clauses.every((c): c is string => c !== undefined)) return `Niet van toepassing: ${clauses.join(" en ")}.`;
  return `Niet van toepassing${becauseUnknownFacts(facts, contractYear)}.`;
}

/**
 * "u heeft zelf geen zorgovereenkomst aangevraagd" from "De datum waarop de zorgaanbieder zelf
 * een zorgovereenkomst heeft aangevraagd (een CBT: …)." The provider is addressed as "u", the
 * verb moves to second place, and the first indefinite article becomes "geen" (without one,
 * "niet" goes where the verb stood). Undefined when the description has another form.
 */
export function notDone(description: string): string | undefined {
  const text = description.trim().replace(/\.$/, "").replace(/\s*\([^()]*\)$/, "");
  const clause = /^De datum waarop (?:de zorgaanbieder|de praktijk) (.+)$/u.exec(text)?.[1];
  const parts = clause === undefined ? null : /^(.+) (heeft|is) (\S.*)$/u.exec(clause);
  if (!parts) return undefined;
  const [, before, verb, after] = parts as unknown as [string, string, string, string];
  const negated = /(^|\s)een\s/u.test(before) ? before.replace(/(^|\s)een\s/u, "$1geen ") : `${before} niet`;
  return `u ${verb} ${negated} ${after}`;
}
