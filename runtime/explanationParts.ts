/**
 * The parts of a care type's explanation that do not depend on the provider, built once per
 * care type by `Uitleg` (runtime/explanation.ts): one frozen `Regeluitkomst` per rule and
 * outcome code, every Dutch sentence a rule can contribute, and the role of each rule in the
 * decision. The wording is the one docs/beslissing.md documents ("De toelichting").
 */

import type { BeleidBeschrijving, BerekeningZonderUitkomst, OvereenkomstBeschrijving, RegelBeschrijving, Regeluitkomst, RegelSoort, Uitkomst, ZorgsoortBeschrijving } from "./decision.js";
import type { FeitBeschrijving } from "./facts.js";
import { dateName, EXCLUSIONS, lowerFirst, noResultDateSentence, notPurchasedSentence, termText, unknownHead, unknownTail, where } from "./sentences.js";

/**
 * A date rule as the explanation needs it: its description, and the facts that may be unknown
 * and that its calculation reads (a date that could not be calculated names those that were).
 */
export interface DatumregelBeschrijving {
  readonly id: string;
  readonly omschrijving: string;
  readonly onbekendDoor: readonly string[];
}

/**
 * The outcome of one rule as a small number: 0 not applicable; 1 false, 2 true, 3 unknown;
 * plus 3 when an exception to an exclusion is granted (4, 5, 6).
 */
export type Uitkomstcode = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const CODES = 7;

/** What an outcome means for the explanation (inlined by tsc: the explanation's loop compares numbers). */
export const enum Meaning {
  NotApplicable = 0,
  Met = 1,
  NotMet = 2,
  Excluded = 3,
  NotExcluded = 4,
  Exception = 5,
}
const MEANING: Record<Uitkomst, Meaning> = {
  niet_van_toepassing: Meaning.NotApplicable,
  voldaan: Meaning.Met,
  niet_voldaan: Meaning.NotMet,
  uitgesloten: Meaning.Excluded,
  niet_uitgesloten: Meaning.NotExcluded,
  uitzondering: Meaning.Exception,
};

/** The role of a rule in the decision: its kind, or an intention whatever its kind. */
export const enum Role {
  Required = 0,
  Exclusion = 1,
  Factor = 2,
  ApproachCondition = 3,
  ApproachExclusion = 4,
  Intention = 5,
  /** Selective purchase: a part of the care is not purchased when the rule is not met. */
  SelectivePurchase = 6,
}
const ROLE: Record<RegelSoort, Role> = {
  randvoorwaarde: Role.Required,
  aanvullende_voorwaarde: Role.Required,
  uitsluiting: Role.Exclusion,
  differentiatiefactor: Role.Factor,
  benaderingsvoorwaarde: Role.ApproachCondition,
  benaderingsuitsluiting: Role.ApproachExclusion,
  selectieve_inkoop: Role.SelectivePurchase,
};

/**
 * What the explanation does with one rule's outcome besides listing it (per rule and code, so
 * its loop looks up one number per rule): which list of sentences the rule joins, or which
 * bit it adds to the combination of missing factors or of reasons not to approach; plus
 * `Unknown` when the rule's sentence about an unknown value follows.
 */
export const enum Action {
  None = 0,
  NotMet = 1,
  Excluded = 2,
  Exception = 3,
  FactorMissing = 4,
  Reason = 5,
  IntentionNotMet = 6,
  IntentionOther = 7,
  NotPurchased = 8,
  /** A flag on the others (the low four bits). */
  Unknown = 16,
}

function actionOf(role: Role, meaning: Meaning, code: Uitkomstcode): number {
  let action: Action;
  switch (role) {
    case Role.Required:
      action = meaning === Meaning.NotMet ? Action.NotMet : Action.None;
      break;
    case Role.Exclusion:
      action = meaning === Meaning.Excluded ? Action.Excluded : meaning === Meaning.Exception ? Action.Exception : Action.None;
      break;
    case Role.Factor:
      action = meaning !== Meaning.Met ? Action.FactorMissing : Action.None;
      break;
    case Role.ApproachCondition:
      action = meaning === Meaning.NotMet ? Action.Reason : Action.None;
      break;
    case Role.ApproachExclusion:
      action = meaning === Meaning.Excluded ? Action.Reason : Action.None;
      break;
    case Role.SelectivePurchase:
      action = meaning === Meaning.NotMet ? Action.NotPurchased : Action.None;
      break;
    case Role.Intention:
      // An intention is explained as an intention, never as unknown.
      return meaning === Meaning.Excluded || meaning === Meaning.NotMet ? Action.IntentionNotMet : Action.IntentionOther;
  }
  return code === 3 || code === 6 ? action | Action.Unknown : action;
}

/** The documented outcome of a rule with the given code. */
function outcomeOf(regel: RegelBeschrijving, code: Uitkomstcode): Uitkomst {
  if (code === 0) return "niet_van_toepassing";
  const raw = code % 3 === 1 ? false : code % 3 === 2 ? true : null;
  const value = raw ?? regel.bijOnbekend ?? false;
  if (EXCLUSIONS.includes(regel.soort)) return value ? (code >= 4 ? "uitzondering" : "uitgesloten") : "niet_uitgesloten";
  return value ? "voldaan" : "niet_voldaan";
}

function describeOutcome(regel: RegelBeschrijving, code: Uitkomstcode): Regeluitkomst {
  const outcome = outcomeOf(regel, code);
  const unknown = code === 3 || code === 6;
  const { id, naam, soort, tekst, hoofdstuk, groep, status, verklaring } = regel;
  return Object.freeze({
    id,
    naam,
    soort,
    tekst,
    hoofdstuk,
    groep,
    status,
    verklaring,
    uitkomst: outcome,
    onbekend: unknown,
    ...(unknown && regel.onbekendToelichting !== undefined ? { toelichting: regel.onbekendToelichting } : {}),
    ...((outcome === "uitgesloten" || outcome === "uitzondering") && regel.uitzonderingsroute !== undefined ? { uitzonderingsroute: regel.uitzonderingsroute } : {}),
    ...(regel.deelzorg !== undefined ? { deelzorg: regel.deelzorg } : {}),
  });
}

/** Rules with one `deelzorg` that share a sentence: at most this many, so that a bit per rule fits a small integer. */
export const CARE_PART_MEMBERS = 30;

export interface ExplanationParts {
  /** Per rule and code (index rule × 7 + code): the outcome as it appears in the decision, and what the explanation does with it. */
  readonly outcomes: readonly Regeluitkomst[];
  readonly action: Int8Array;
  /** Per rule: for factors and approach rules its bit (2^position among them). */
  readonly bit: Int32Array | Float64Array;
  /** The definitive differentiation factors and approach rules, in policy order. */
  readonly factors: readonly number[];
  readonly approach: readonly number[];
  /** Sentences per rule (index as the rules; "" where a rule has none). */
  readonly notMetLine: readonly string[];
  readonly excludedLine: readonly string[];
  /** Selective purchase not met: "Caresq koopt … niet bij u in: u voldoet niet aan ‘…’ (hoofdstuk 3.3)." */
  readonly notPurchasedLine: readonly string[];
  /**
   * Per definitive selective purchase rule: its care part (index into `carePartRules`; -1 for
   * other rules) and its bit among the rules of that care part. Rules with the same `deelzorg`
   * that are not met share one sentence (`notPurchasedSentence`).
   */
  readonly carePart: Int32Array;
  readonly carePartBit: Int32Array;
  /** Per care part: its rules, in policy order. */
  readonly carePartRules: readonly (readonly number[])[];
  /** Whether some care part has more than one rule (else each rule's own sentence will do). */
  readonly sharedCarePart: boolean;
  readonly routeLine: readonly string[];
  readonly exceptionLine: readonly string[];
  readonly unknownLine: readonly string[];
  /** Per rule: the two halves of `unknownLine`, for a sentence that names the unknown facts. */
  readonly unknownHead: readonly string[];
  readonly unknownTail: readonly string[];
  /** Per rule: the facts of this care type that may be unknown and decide the rule (`onbekendDoor`). */
  readonly unknownFacts: readonly (readonly string[])[];
  /** Per rule: the calculations in its condition that can have no outcome with every fact known (`geenUitkomst`). */
  readonly noResultCauses: readonly (readonly BerekeningZonderUitkomst[])[];
  /**
   * The descriptions of the care type's facts by key, when the evaluator passed them: then an
   * unknown fact is named as the policy describes it; without them, by its key.
   */
  readonly factsById: ReadonlyMap<string, FeitBeschrijving> | undefined;
  /** The contract year (the policy's `jaar`), for the year a fact with a `peiljaar` is about. */
  readonly contractYear: number;
  /**
   * Per date rule of the care type (as in `zorgsoort.datums`), when the evaluator passed their
   * descriptions: the sentence for a calculation without outcome (`noResultDateSentence`), and
   * the facts of this care type that may be unknown and that its calculation reads.
   */
  readonly noResultDateLine: readonly string[] | undefined;
  readonly dateUnknownFacts: readonly (readonly string[])[];
  readonly intentionNotMetLine: readonly string[];
  readonly intentionOtherLine: readonly string[];
  /** Per agreement (as in `zorgsoort.overeenkomsten`): "U komt in aanmerking voor …". */
  readonly eligibleLine: readonly string[];
  /** Per number of factors met: "U voldoet aan n van de m differentiatiefactoren." */
  readonly factorsMetLine: readonly string[];
  readonly approachedLine: string;
  /** Approached, but not eligible: the offer cannot be accepted yet. */
  readonly approachedNotEligibleLine: string;
  /**
   * A continuing agreement: nobody gets a new offer. Said without presuming that the provider
   * has an agreement; one who is eligible may apply.
   */
  readonly continuingLine: string;
  readonly continuingEligibleLine: string;
  /**
   * The last day of the agreement's term ("2027-12-31"), or null without a term: a computed date
   * after it (a start date for an application after the term) gets a line of its own.
   */
  readonly termEnd: string | null;
  /** Per date rule of the care type (as in `zorgsoort.datums`): "Let op: de ingangsdatum (" */
  readonly afterTermStart: readonly string[];
  /** ") valt na de looptijd van de zorgovereenkomst (2025-2026)." */
  readonly afterTermEnd: string;
  /** For an agreement that is still an intention (`status: voornemen`): why nothing is offered. */
  readonly intendedLine: string;
  /** Whether two sentences of one explanation can be equal (rules that share a name): then they are made unique. */
  readonly mayRepeat: boolean;
}

export function prepareExplanation(
  beleid: BeleidBeschrijving,
  zorgsoort: ZorgsoortBeschrijving,
  rules: readonly RegelBeschrijving[],
  facts?: readonly FeitBeschrijving[],
  dateRules?: readonly DatumregelBeschrijving[],
): ExplanationParts {
  const outcomes: Regeluitkomst[] = [];
  const meaning = new Int8Array(rules.length * CODES);
  rules.forEach((rule, i) => {
    for (let code = 0; code < CODES; code++) {
      const described = describeOutcome(rule, code as Uitkomstcode);
      outcomes.push(described);
      meaning[i * CODES + code] = MEANING[described.uitkomst];
    }
  });
  const indices = (test: (r: RegelBeschrijving) => boolean) => rules.flatMap((r, i) => (test(r) ? [i] : []));
  const definitive = (r: RegelBeschrijving) => r.status === "definitief";
  const perRule = (line: (r: RegelBeschrijving) => string) => rules.map(line);
  const organisation = beleid.organisatie;
  const tiers: readonly OvereenkomstBeschrijving[] = zorgsoort.overeenkomsten;

  const role = Int8Array.from(rules, (r) => (definitive(r) ? ROLE[r.soort] : Role.Intention));
  const withRole = (wanted: Role) => rules.flatMap((_, i) => (role[i] === wanted ? [i] : []));
  const factors = indices((r) => definitive(r) && r.soort === "differentiatiefactor");
  const approach = indices((r) => definitive(r) && (r.soort === "benaderingsvoorwaarde" || r.soort === "benaderingsuitsluiting"));
  // Small integers while they fit, so the combinations are cheap keys.
  const action = Int8Array.from(meaning, (m, at) => actionOf(role[Math.floor(at / CODES)] as Role, m as Meaning, (at % CODES) as Uitkomstcode));
  const bit = Math.max(factors.length, approach.length) <= 30 ? new Int32Array(rules.length) : new Float64Array(rules.length);
  factors.forEach((i, f) => (bit[i] = 2 ** f));
  approach.forEach((i, a) => (bit[i] = 2 ** a));

  const notMetLine = perRule((r) => `Niet voldaan aan ${r.soort === "aanvullende_voorwaarde" ? "de aanvullende voorwaarde" : "de randvoorwaarde"} ‘${r.naam}’ ${where(r)}.`);
  const excludedLine = perRule((r) => `Uitgesloten: ‘${r.naam}’ ${where(r)}.`);
  const notPurchasedLine = perRule((r) => (r.deelzorg !== undefined ? notPurchasedSentence(organisation, r.deelzorg, [r]) : ""));
  // The definitive selective purchase rules by care part, in order of their first rule; a care
  // part with more rules than fit in a bit mask continues as a second one.
  const carePart = new Int32Array(rules.length).fill(-1);
  const carePartBit = new Int32Array(rules.length);
  const carePartRules: number[][] = [];
  const openPart = new Map<string | undefined, number>();
  for (const i of withRole(Role.SelectivePurchase)) {
    const care = (rules[i] as RegelBeschrijving).deelzorg;
    let part = openPart.get(care);
    if (part === undefined || (carePartRules[part] as number[]).length === CARE_PART_MEMBERS) {
      part = carePartRules.push([]) - 1;
      openPart.set(care, part);
    }
    const members = carePartRules[part] as number[];
    carePart[i] = part;
    carePartBit[i] = 1 << members.length;
    members.push(i);
  }
  const routeLine = perRule((r) => (r.uitzonderingsroute ? `Uitzondering aanvragen: ${r.uitzonderingsroute}` : ""));
  const exceptionLine = perRule((r) => `Voor ‘${r.naam}’ ${where(r)} is een uitzondering verleend.`);
  const unknownLine = perRule((r) => `${unknownHead(r)}; ${unknownTail(r)}`);
  const careTypeFacts = new Set(zorgsoort.feiten);
  const unknownFacts = rules.map((r) => (r.onbekendDoor ?? []).filter((f) => careTypeFacts.has(f)));
  const factsById = facts === undefined ? undefined : new Map(facts.map((f) => [f.id, f]));
  // The care type's date rules in its order; without a description for each, no sentences about them.
  const dateById = new Map((dateRules ?? []).map((d) => [d.id, d]));
  const dates = dateRules !== undefined && zorgsoort.datums.every((d) => dateById.has(d)) ? zorgsoort.datums.map((d) => dateById.get(d) as DatumregelBeschrijving) : undefined;
  const dateUnknownFacts = (dates ?? []).map((d) => d.onbekendDoor.filter((f) => careTypeFacts.has(f)));
  const noResultDateLine = dates?.map(noResultDateSentence);
  // For an exclusion the intention that would count against the provider is one that applies.
  // A selective purchase says which care would then not be purchased.
  const intentionNotMetLine = perRule(
    (r) =>
      `Voornemen, nog niet van kracht: ‘${r.naam}’ ${where(r)}; ${
        r.soort === "uitsluiting" || r.soort === "benaderingsuitsluiting"
          ? "dit zou op u van toepassing zijn"
          : r.soort === "selectieve_inkoop" && r.deelzorg !== undefined
            ? `u zou hier niet aan voldoen, en ${organisation} zou ${r.deelzorg} dan niet bij u inkopen`
            : "u zou hier niet aan voldoen"
      }.`,
  );
  const intentionOtherLine = perRule((r) => `Voornemen, nog niet van kracht: ‘${r.naam}’ ${where(r)}; dit zou voor u geen gevolgen hebben.`);

  // Two sentences of one explanation can only be equal when two rules give the same sentence
  // (they share a name), or when a rule's sentence begins like one of the other sentences.
  const ruleLines = [
    ...withRole(Role.Required).map((i) => notMetLine[i]),
    ...withRole(Role.Exclusion).flatMap((i) => [excludedLine[i], routeLine[i], exceptionLine[i]]),
    ...withRole(Role.SelectivePurchase).map((i) => notPurchasedLine[i]),
    ...indices(definitive).map((i) => unknownLine[i]),
    ...indices((r) => !definitive(r)).flatMap((i) => [intentionNotMetLine[i], intentionOtherLine[i]]),
  ].filter((l): l is string => !!l);
  const otherStarts = ["U komt ", "U voldoet aan ", "Dat is minder dan het minimum", `${organisation} benadert u`, `${organisation} doet geen`, ...tiers.map((o) => `Voor ${o.naam} ontbre`)];
  const mayRepeat =
    new Set(ruleLines).size !== ruleLines.length ||
    new Set(tiers.map((o) => o.naam)).size !== tiers.length ||
    ruleLines.some((l) => otherStarts.some((s) => l.startsWith(s))) ||
    otherStarts.some((s, a) => otherStarts.some((t, b) => a !== b && s.startsWith(t))) ||
    // Two date rules with the same description give the same sentence when both are unknown.
    new Set((dates ?? []).map((d) => dateName(d.omschrijving))).size !== (dates ?? []).length;

  return {
    outcomes,
    action,
    bit,
    factors,
    approach,
    notMetLine,
    excludedLine,
    notPurchasedLine,
    carePart,
    carePartBit,
    carePartRules,
    sharedCarePart: carePartRules.some((members) => members.length > 1),
    routeLine,
    exceptionLine,
    unknownLine,
    unknownHead: perRule(unknownHead),
    unknownTail: perRule(unknownTail),
    unknownFacts,
    noResultCauses: rules.map((r) => r.geenUitkomst ?? []),
    factsById,
    contractYear: beleid.jaar,
    noResultDateLine,
    dateUnknownFacts,
    intentionNotMetLine,
    intentionOtherLine,
    eligibleLine: tiers.map((o) => `U komt in aanmerking voor ${o.naam}.`),
    factorsMetLine: Array.from({ length: factors.length + 1 }, (_, n) => `U voldoet aan ${n} van de ${factors.length} differentiatiefactoren.`),
    approachedLine: `${organisation} benadert u met een contractaanbod.`,
    approachedNotEligibleLine: `${organisation} benadert u wel met een contractaanbod, maar u kunt het pas aannemen als u in aanmerking komt voor een zorgovereenkomst.`,
    continuingLine: `${organisation} doet geen nieuw contractaanbod: de meerjarige zorgovereenkomsten lopen door.`,
    termEnd: zorgsoort.contract.looptijd ? `${zorgsoort.contract.looptijd.tot}-12-31` : null,
    afterTermStart: zorgsoort.datums.map((d) => `Let op: de ${d.replace(/_/g, " ")} (`),
    afterTermEnd: `) valt na de looptijd van de zorgovereenkomst (${termText(zorgsoort.contract.looptijd)}).`,
    continuingEligibleLine: `${organisation} doet geen nieuw contractaanbod: de meerjarige zorgovereenkomsten lopen door. Hebt u nog geen zorgovereenkomst, dan kunt u er zelf een aanvragen.`,
    intendedLine: `De inkoop van ${lowerFirst(zorgsoort.naam)} is nog een voornemen: ${organisation} biedt hiervoor nog geen zorgovereenkomst aan.`,
    mayRepeat,
  };
}
