/**
 * The Dutch sentences and parts of sentences of the explanation that do not depend on the
 * prepared state of a care type (runtime/explanationParts.ts prepares that): lists, the halves
 * of the sentence about an unknown rule, why a rule or date is unknown as the policy describes
 * its facts, and the sentences about care not purchased and about not being approached. The
 * wording is the one docs/beslissing.md documents ("De toelichting").
 */

import type { BerekeningZonderUitkomst, RegelBeschrijving, RegelSoort } from "./decision.js";
import type { DatumregelBeschrijving } from "./explanationParts.js";
import type { FeitBeschrijving } from "./facts.js";

/** The kinds of rule that exclude: said as "op u van toepassing", not "u voldoet aan". */
export const EXCLUSIONS: readonly RegelSoort[] = ["uitsluiting", "benaderingsuitsluiting"];

/** "2025-2026", or "2026" for a term of one year. */
export const termText = (term: { readonly van: number; readonly tot: number } | null) => (term === null ? "" : term.van === term.tot ? String(term.van) : `${term.van}-${term.tot}`);

/** Ends a sentence with a full stop, unless it already ends in punctuation. */
export const sentence = (text: string) => (/[.…!?]$/.test(text) ? text : `${text}.`);
export const where = (r: RegelBeschrijving) => `(hoofdstuk ${r.hoofdstuk.nummer})`;

/**
 * "a, b en c" / "a, b of c", as Intl.ListFormat("nl", { style: "long" }) writes it (a test
 * keeps them equal); joined here because formatting through ICU cost more than the decision.
 */
export function opsomming(items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${type === "conjunction" ? "en" : "of"} ${items[items.length - 1]}`;
}

/** Lower-cases the first letter unless the word is an abbreviation (PREM, AGB). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * What the decision assumed for a rule whose value was unknown (its `bij_onbekend`), in two
 * halves, so that the facts that were unknown can go between them: "Onbekend is of u voldoet
 * aan ‘…’ (hoofdstuk 3.1)" + ", omdat ‘a’ onbekend is" + "; het beleid gaat er dan van uit …".
 * Without such a fact (an unknown that came from a computed date past 9999) the halves stand
 * alone. The author's `onbekend_toelichting` names one presumed cause and can be untrue for
 * this provider, so it stays in the rule's `toelichting` and out of the sentence.
 */
export function unknownHead(r: RegelBeschrijving): string {
  return EXCLUSIONS.includes(r.soort) ? `Onbekend is of ‘${r.naam}’ ${where(r)} op u van toepassing is` : `Onbekend is of u voldoet aan ‘${r.naam}’ ${where(r)}`;
}

export function unknownTail(r: RegelBeschrijving): string {
  const assumed = r.bijOnbekend ?? false;
  return EXCLUSIONS.includes(r.soort)
    ? `het beleid gaat er dan van uit dat dit ${assumed ? "zo" : "niet zo"} is.`
    : `het beleid gaat er dan van uit dat u er ${assumed ? "wel" : "niet"} aan voldoet.`;
}

/**
 * When every fact the rule depends on is known, a calculation in it had no outcome: said so
 * when the rule does not say which calculations can (`geenUitkomst`; an evaluator built by an
 * earlier version), else `becauseNoResult`.
 */
export const BECAUSE_NO_RESULT = ", omdat een berekening in de voorwaarde geen uitkomst heeft (zoals een deling door nul)";

/**
 * Which calculation had no outcome, with every fact known, for a rule whose condition has
 * `causes` (its `geenUitkomst`); `zero` has bit c set when the divisor of cause c is a fact that
 * is 0. A divisor that is 0 is named as the policy describes it (`name`): ", omdat ‘het totaal
 * aantal fysiotherapeuten van de praktijk’ 0 is en door 0 niet kan worden gedeeld". Otherwise
 * what can have had no outcome, leaving out a division whose divisor is a fact that is not 0:
 * ", omdat in de voorwaarde door 0 wordt gedeeld", "…een berekende datum in de voorwaarde na 31
 * december 9999 of vóór 1 januari 0001 valt", "…de tabel ‘…’ geen waarde voor u heeft".
 */
export function becauseNoResult(causes: readonly BerekeningZonderUitkomst[], zero: number, name: (fact: string) => string): string {
  const zeroFacts: string[] = [];
  const clauses: string[] = [];
  causes.forEach((c, k) => {
    if (c.deler !== undefined) {
      if (k < 30 && (zero & (1 << k)) !== 0 && !zeroFacts.includes(c.deler)) zeroFacts.push(c.deler);
      return;
    }
    const clause =
      c.soort === "deling"
        ? "in de voorwaarde door 0 wordt gedeeld"
        : c.soort === "datum"
          ? "een berekende datum in de voorwaarde na 31 december 9999 of vóór 1 januari 0001 valt"
          : `de tabel ‘${c.tabel ?? ""}’ geen waarde voor u heeft`;
    if (!clauses.includes(clause)) clauses.push(clause);
  });
  if (zeroFacts.length > 0) return `, omdat ${opsomming(zeroFacts.map(name))} 0 ${zeroFacts.length === 1 ? "is" : "zijn"} en door 0 niet kan worden gedeeld`;
  return clauses.length > 0 ? `, omdat ${opsomming(clauses, "disjunction")}` : BECAUSE_NO_RESULT;
}

/** A fact that is a thing (a number, a date) inside a sentence, as the policy describes it: "‘de landelijke behandelindex …’ over 2024". */
export function thingName(f: FeitBeschrijving, contractYear: number): string {
  return `‘${inSentence(withoutFullStop(f.omschrijving))}’${f.peiljaar !== undefined ? ` over ${contractYear + f.peiljaar}` : ""}`;
}

/** When every fact a date is calculated from is known, the calculation had no outcome. */
export const DATE_NO_RESULT = ", omdat de berekening geen uitkomst heeft (zoals bij een datum na 31 december 9999)";

/**
 * ", omdat ‘a’ onbekend is" / ", omdat ‘a’ en ‘b’ onbekend zijn", with the fact keys: for a
 * caller that has no descriptions of the facts (`verklaar` without them).
 */
export function becauseUnknown(facts: readonly string[]): string {
  return `, omdat ${opsomming(facts.map((f) => `‘${f}’`))} onbekend ${facts.length === 1 ? "is" : "zijn"}`;
}

const withoutFullStop = (text: string) => text.trim().replace(/[.;:,]$/, "");

/**
 * A description inside a sentence: "De landelijke behandelindex …" as "de landelijke
 * behandelindex …". Only an article is lower-cased; another first word may be a name (Vektis).
 */
const inSentence = (text: string) => (/^(De|Het|Een)\s/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/**
 * Why a rule or date was unknown, naming the facts as the policy describes them: a fact that
 * is a thing (a number, a date, a choice) by its description, quoted, with the year it is
 * about when it has a `peiljaar` ("‘de landelijke behandelindex fysiotherapie van de praktijk,
 * zoals Vektis die publiceert’ over 2024 onbekend is"); a yes/no fact, whose description is a
 * statement, as that statement ("niet bekend is of dit juist is: ‘…’").
 * The policy's own words, not rewritten to "u": a description says "de zorgaanbieder" or "de
 * praktijk", and turning that into "u" would need the grammar of every sentence.
 */
export function becauseUnknownFacts(facts: readonly FeitBeschrijving[], contractYear: number): string {
  const year = (f: FeitBeschrijving) => (f.peiljaar !== undefined ? ` over ${contractYear + f.peiljaar}` : "");
  const things = facts.filter((f) => f.type !== "ja/nee").map((f) => thingName(f, contractYear));
  // A statement's year goes with "juist" ("of dit over 2025 juist is: ‘…’"); after the quote it
  // would read as part of another clause. Several statements each say their year in brackets.
  const yesNo = facts.filter((f) => f.type === "ja/nee");
  const statements = yesNo.map((f) => `‘${withoutFullStop(f.omschrijving)}’${yesNo.length > 1 && f.peiljaar !== undefined ? ` (${year(f).trim()})` : ""}`);
  const parts: string[] = [];
  if (things.length > 0) parts.push(`${opsomming(things)} onbekend ${things.length === 1 ? "is" : "zijn"}`);
  if (statements.length > 0) parts.push(`niet bekend is of ${yesNo.length === 1 ? `dit${year(yesNo[0] as FeitBeschrijving)} juist is` : "deze uitspraken juist zijn"}: ${opsomming(statements)}`);
  return `, omdat ${parts.join(" en ")}`;
}

/**
 * What the policy says about the unknown facts (their `onbekend`), quoted as it stands: it may
 * name a presumed cause ("Een nieuwe praktijk heeft nog geen landelijke behandelindex."), which
 * need not be this provider's, so it is the policy speaking, not a statement about him.
 * " Het beleid zegt over dit onbekende gegeven: ‘…’" (a sentence of its own), or "".
 */
export function unknownFactsNote(facts: readonly FeitBeschrijving[]): string {
  const texts = [...new Set(facts.flatMap((f) => (f.onbekend !== undefined && f.onbekend.trim() !== "" ? [f.onbekend.trim()] : [])))];
  if (texts.length === 0) return "";
  const quoted = texts.map((t) => `‘${/[.…!?]$/.test(t) ? t : `${t}.`}’`);
  return ` Het beleid zegt over ${facts.length === 1 ? "dit onbekende gegeven" : "deze onbekende gegevens"}: ${opsomming(quoted)}`;
}

/**
 * What a computed date of the agreement without value means, as `beleid eval` and the checker
 * page say it under "Datums": with `unknown` the facts of its calculation that are unknown, it
 * does not apply to this provider (no application of his own, no corrected document; the policy
 * describes that state at the fact): "Niet van toepassing: u heeft geen gecorrigeerd bewijsstuk
 * van de praktijkregistratie aangeleverd.", or in the explanation's words when a description has
 * another form ("Niet van toepassing, omdat ‘…’ onbekend is."). With every fact known the
 * calculation had no outcome (past 31 December 9999): "Niet te bepalen, omdat …".
 */
export function dateWithoutValue(unknown: readonly FeitBeschrijving[], contractYear: number): string {
  if (unknown.length === 0) return `Niet te bepalen${DATE_NO_RESULT}.`;
  const clauses = unknown.map((f) => notDone(f.omschrijving));
  if (clauses.every((c): c is string => c !== undefined)) return `Niet van toepassing: ${opsomming(clauses)}.`;
  return `Niet van toepassing${becauseUnknownFacts(unknown, contractYear)}.`;
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

/**
 * The sentence for a date whose calculation had no outcome although every fact it reads is
 * known (a date past 9999-12-31), for a provider who is eligible. A date that is unknown because
 * a fact is unknown gets none: the policy allows that state and describes it (an application of
 * one's own that was not made), so a sentence would only repeat it for most providers.
 */
export function noResultDateSentence(date: DatumregelBeschrijving): string {
  return `${dateName(date.omschrijving)} is niet te bepalen${DATE_NO_RESULT}.`;
}

/** "De ingangsdatum van …" from the description "Ingangsdatum van …" (with its own article when it has one). */
export function dateName(description: string): string {
  const name = withoutFullStop(description);
  return /^(de|het|een)\s/i.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : `De ${lowerFirst(name)}`;
}

/**
 * Which part of the care is not purchased, and which selective purchase rules (all with that
 * `deelzorg`) the provider does not meet: "Caresq koopt … niet bij u in: u voldoet niet aan ‘a’
 * (hoofdstuk 3.3)." or, for two rules, "… aan ‘a’ en ‘b’ (hoofdstuk 3.3)." (each with its own
 * chapter when they differ). A rule named twice in the same chapter is named once.
 */
export function notPurchasedSentence(organisation: string, deelzorg: string | undefined, rules: readonly RegelBeschrijving[]): string {
  const unique = rules.filter((r, k) => rules.findIndex((s) => s.naam === r.naam && s.hoofdstuk.nummer === r.hoofdstuk.nummer) === k);
  const first = unique[0] as RegelBeschrijving;
  const oneChapter = unique.every((r) => r.hoofdstuk.nummer === first.hoofdstuk.nummer);
  const names = oneChapter ? `${opsomming(unique.map((r) => `‘${r.naam}’`))} ${where(first)}` : opsomming(unique.map((r) => `‘${r.naam}’ ${where(r)}`));
  return `${organisation} koopt ${deelzorg} niet bij u in: u voldoet niet aan ${names}.`;
}

/**
 * The advice to an eligible provider who is not approached: conditional, because the decision
 * does not know whether the provider already applied (a policy has no notion of an
 * application; `aanvraagdatum` is a fact like any other), as the sentence for a continuing
 * agreement does not presume an agreement.
 */
export const APPLY_ADVICE = "Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen.";

/**
 * Why a provider is not approached: the approach conditions not met and the approach
 * exclusions that apply, each said as what it is ("u voldoet niet aan ‘…’", "‘…’ is op u van
 * toepassing"); a rule whose outcome was unknown and that the policy counts as not met or as
 * applying (`bij_onbekend`) is said as counted so, not as a fact about the provider ("‘…’ wordt
 * als niet voldaan gerekend, omdat onbekend is of u eraan voldoet"); "" without reasons.
 */
export function notApproachedReasons(unmet: readonly string[], applying: readonly string[], unknownUnmet: readonly string[] = [], unknownApplying: readonly string[] = []): string {
  const quoted = (names: readonly string[]) => opsomming(names.map((n) => `‘${n}’`));
  const parts: string[] = [];
  if (unmet.length > 0) parts.push(`u voldoet niet aan ${quoted(unmet)}`);
  if (applying.length > 0) parts.push(`${quoted(applying)} ${applying.length === 1 ? "is" : "zijn"} op u van toepassing`);
  if (unknownUnmet.length > 0) parts.push(`${quoted(unknownUnmet)} ${unknownUnmet.length === 1 ? "wordt" : "worden"} als niet voldaan gerekend, omdat onbekend is of u eraan voldoet`);
  if (unknownApplying.length > 0) {
    const one = unknownApplying.length === 1;
    parts.push(`${quoted(unknownApplying)} ${one ? "wordt" : "worden"} als van toepassing gerekend, omdat onbekend is of ${one ? "dit" : "deze"} op u van toepassing ${one ? "is" : "zijn"}`);
  }
  return parts.join(", en ");
}
