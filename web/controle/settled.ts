/**
 * What is already settled while questions are still open. The page asks the evaluator itself
 * (`beoordeel`) with a stand-in value for every open answer, and trusts only the outcomes that
 * no open answer can change: a rule is final when the facts it depends on are answered (the
 * facts per rule come from the compiler, `regelfeiten` in the page's configuration). From the
 * final rules the decision follows as docs/beslissing.md defines it: one condition not met or
 * one exclusion that applies and the provider is not eligible, whatever else is answered;
 * eligible once every condition and exclusion is final and none fails; the agreement once the
 * final factors leave one possibility. Anything else is reported as still open, never guessed.
 *
 * The evaluator's own unknown (`null`) is no stand-in for an open answer: it means the fact is
 * unknown for good (a new practice has no behandelindex), and the policy then counts the rule as
 * it says (`bij_onbekend`), which an answer could overturn. `null` is used only as the stand-in
 * value of a fact that may be unknown; such a rule is still shown as open.
 */

import type { Beslissing, FeitBeschrijving, OvereenkomstBeschrijving, Regeluitkomst, ZorgsoortBeschrijving } from "../../runtime/index.js";

/** The facts of a rule's parts, as the compiler lists them (compiler/site/checkerLayout.ts, `RuleFacts`). */
export interface RuleFacts {
  readonly toepassing?: readonly string[];
  readonly voorwaarde: readonly string[];
  readonly uitzondering?: readonly string[];
}

export interface Settled {
  /** Settled eligibility: true or false whatever the open answers are; undefined: not yet known. */
  readonly eligible: boolean | undefined;
  /** The final rules that make the provider not eligible (a condition not met, an exclusion that applies). */
  readonly reasons: readonly Regeluitkomst[];
  /** The purchase of this care type is an intention: nobody is eligible. */
  readonly intended: boolean;
  /** Set when too few factors can be met for any agreement, whatever the open answers are. */
  readonly tooFewFactors: { readonly most: number; readonly total: number } | undefined;
  /** The agreements the open answers still allow, from most to fewest factors; one: the agreement is settled. */
  readonly agreements: readonly OvereenkomstBeschrijving[];
  /** Every differentiation factor is final. */
  readonly factorsFinal: boolean;
  /** Whether being approached is settled. */
  readonly approachFinal: boolean;
  /** The rules whose outcome no open answer can change. */
  readonly finalRules: ReadonlySet<string>;
  /** The date rules whose facts are all answered. */
  readonly finalDates: ReadonlySet<string>;
}

const OFFER_KINDS: readonly string[] = ["randvoorwaarde", "aanvullende_voorwaarde"];
const fails = (rule: Regeluitkomst) => (OFFER_KINDS.includes(rule.soort) && rule.uitkomst === "niet_voldaan") || (rule.soort === "uitsluiting" && rule.uitkomst === "uitgesloten");
const stopsApproach = (rule: Regeluitkomst) =>
  (rule.soort === "benaderingsvoorwaarde" && rule.uitkomst === "niet_voldaan") || (rule.soort === "benaderingsuitsluiting" && rule.uitkomst === "uitgesloten");

/**
 * Whether no open answer can change the rule's outcome: all its facts are answered; or those of
 * whether it applies, and it does not; or those of its condition too, and an exclusion does not
 * apply (its exception then changes nothing). A rule the configuration does not know is never final.
 */
function isFinalRule(rule: Regeluitkomst, facts: RuleFacts | undefined, open: ReadonlySet<string>): boolean {
  if (!facts) return false;
  const answered = (list: readonly string[] | undefined) => (list ?? []).every((f) => !open.has(f));
  if (!answered(facts.toepassing)) return false;
  if (rule.uitkomst === "niet_van_toepassing") return true;
  if (!answered(facts.voorwaarde)) return false;
  return rule.uitkomst === "niet_uitgesloten" || answered(facts.uitzondering);
}

/** The agreement for `factors` met factors, as the evaluator chooses it (the most factors first), or null below the minimum. */
function agreementFor(careType: ZorgsoortBeschrijving, factors: number): OvereenkomstBeschrijving | null {
  return careType.overeenkomsten.find((o) => (o.factoren ?? 0) <= factors) ?? null;
}

/**
 * What `decision` (made with stand-ins for the `open` facts) says for certain. A conclusion the
 * decision itself contradicts is not drawn: then the page says less, not something wrong.
 */
export function settle(
  decision: Beslissing,
  careType: ZorgsoortBeschrijving,
  open: ReadonlySet<string>,
  ruleFacts: Readonly<Record<string, RuleFacts>>,
  dateFacts: Readonly<Record<string, readonly string[]>>,
): Settled {
  // With every question answered, every outcome is final.
  const finalRules = new Set(decision.regels.filter((r) => open.size === 0 || isFinalRule(r, ruleFacts[r.id], open)).map((r) => r.id));
  const finalDates = new Set(Object.entries(dateFacts).filter(([, facts]) => facts.every((f) => !open.has(f))).map(([id]) => id));
  const isFinal = (rule: Regeluitkomst) => finalRules.has(rule.id);
  const definitive = decision.regels.filter((r) => r.status === "definitief");
  const offer = definitive.filter((r) => OFFER_KINDS.includes(r.soort) || r.soort === "uitsluiting");
  const factors = definitive.filter((r) => r.soort === "differentiatiefactor");
  const approach = definitive.filter((r) => r.soort === "benaderingsvoorwaarde" || r.soort === "benaderingsuitsluiting");

  const reasons = offer.filter((r) => isFinal(r) && fails(r));
  const least = factors.filter((r) => isFinal(r) && r.uitkomst === "voldaan").length;
  const most = least + factors.filter((r) => !isFinal(r)).length;
  const intended = careType.contract.status === "voornemen";
  const tooFew = agreementFor(careType, most) === null;

  let eligible: boolean | undefined = intended || reasons.length > 0 || tooFew ? false : offer.every(isFinal) && agreementFor(careType, least) !== null ? true : undefined;
  if (eligible !== undefined && eligible !== decision.inAanmerking) eligible = undefined;

  let agreements: OvereenkomstBeschrijving[] = [];
  for (let n = most; n >= least && eligible !== false; n--) {
    const agreement = agreementFor(careType, n);
    if (agreement && !agreements.includes(agreement)) agreements.push(agreement);
  }
  // The evaluator decided with stand-ins; a settled agreement must be the one it chose.
  if (agreements.length === 1 && eligible === true && decision.overeenkomst?.id !== agreements[0]?.id) agreements = [];
  // With every question answered the decision is the evaluator's, whatever the reasoning above says.
  if (open.size === 0) {
    eligible = decision.inAanmerking;
    agreements = decision.overeenkomst ? [decision.overeenkomst] : [];
  }

  const noOffer = careType.contract.soort === "doorlopend" || intended;
  const approachFinal = noOffer || approach.some((r) => isFinal(r) && stopsApproach(r)) ? !decision.benaderd : approach.every(isFinal);

  return {
    eligible,
    reasons: eligible === false ? reasons : [],
    intended,
    tooFewFactors: eligible === false && tooFew && !intended ? { most, total: factors.length } : undefined,
    agreements,
    factorsFinal: factors.every(isFinal),
    approachFinal,
    finalRules,
    finalDates,
  };
}

/**
 * The facts to give the evaluator: the answers, and for every open question a stand-in value
 * that the evaluator accepts (`null` where the fact may be unknown; else the smallest number, a
 * fixed date, "nee", the first choice, nothing ticked). A whole is never smaller than an
 * answered part (`nietGroterDan`). No outcome that depends on a stand-in is shown as final.
 */
export function withStandIns(facts: readonly FeitBeschrijving[], answers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...answers };
  for (const fact of facts) {
    if (fact.id in answers) continue;
    result[fact.id] = fact.onbekend !== undefined ? null : standIn(fact);
  }
  for (const part of facts) {
    const whole = part.nietGroterDan;
    if (whole === undefined || whole in answers || !(part.id in answers)) continue;
    const value = answers[part.id];
    if (typeof value === "number" && typeof result[whole] === "number" && value > (result[whole] as number)) result[whole] = value;
  }
  return result;
}

function standIn(fact: FeitBeschrijving): unknown {
  switch (fact.type) {
    case "getal":
    case "percentage":
    case "bedrag": {
      let value = fact.minimum ?? 0;
      if (fact.maximum !== undefined && value > fact.maximum) value = fact.maximum;
      return fact.geheel ? Math.ceil(value) : value;
    }
    case "datum":
      return "2000-01-01";
    case "ja/nee":
      return false;
    case "keuze":
      return fact.waarden?.[0] ?? "";
    case "verzameling":
      return [];
    case "tekst":
      return "";
  }
}
