/**
 * The explanation of a decision, prepared once per care type. The generated code decides and
 * hands over one small outcome code per rule (see `Uitkomstcode`); `Uitleg.verklaar` turns
 * those into the documented `Beslissing` (docs/beslissing.md). Everything that does not
 * depend on the provider is built once, on first use (runtime/explanationParts.ts). Per
 * decision only the lists of rules and sentences and the decision itself are new; what
 * depends on a combination of outcomes (what is missing for a higher agreement, why a provider
 * is not approached, which rules with the same `deelzorg` are not met) is made once per
 * combination and then reused from a small cache. Shared parts are frozen.
 */

import { datumVoluit } from "./dates.js";
import type { BerekeningZonderUitkomst, Beslissing, BeleidBeschrijving, Besluit, Ontbrekend, OvereenkomstBeschrijving, RegelBeschrijving, Regeluitkomst, ZorgsoortBeschrijving } from "./decision.js";
import { Action, prepareExplanation, type DatumregelBeschrijving, type ExplanationParts, type Uitkomstcode } from "./explanationParts.js";
import type { FeitBeschrijving } from "./facts.js";
import { APPLY_ADVICE, becauseNoResult, becauseUnknown, becauseUnknownFacts, notApproachedReasons, notPurchasedSentence, opsomming, sentence, thingName, unknownFactsNote } from "./sentences.js";

export { type DatumregelBeschrijving, type Uitkomstcode } from "./explanationParts.js";
export { opsomming } from "./sentences.js";

/** The outcome code of one rule, for callers that build the codes themselves (the interpreter). */
export function uitkomst(waarde: boolean | null, vanToepassing: boolean | null = true, uitzondering = false): Uitkomstcode {
  if (!vanToepassing) return 0;
  return ((waarde === null ? 3 : waarde ? 2 : 1) + (uitzondering ? 3 : 0)) as Uitkomstcode;
}

/**
 * What depends on a combination (of missing factors, of reasons) is kept in a direct-mapped
 * cache per care type: slot `key & (SLOTS - 1)` holds the last combination that fell there,
 * with its key. An array lookup costs less than a `Map`'s, and a policy with very many factors
 * simply rebuilds what does not fit.
 */
const SLOTS = 4096;

interface Slot<T> {
  readonly key: number;
  readonly value: T;
}

/**
 * The sentence about not being approached, for a combination of reasons (`key`) and which of
 * them were unknown (`unknown`, a subset of the reasons' bits): kept apart from the key, which
 * with both masks in one number would pass the largest exact integer with many approach rules.
 */
interface ReasonSlot {
  readonly key: number;
  readonly unknown: number;
  readonly value: string;
}

type Differentiatie = NonNullable<Beslissing["differentiatie"]>;

/** The sentence about a rule that was unknown: without and with what the policy says about its unknown facts (`note`, "" when nothing). */
interface UnknownLine {
  readonly body: string;
  readonly note: string;
  readonly full: string;
}

/** Per care type: the prepared parts, caches per combination, and scratch lists for one call. */
interface State {
  readonly parts: ExplanationParts;
  readonly differentiations: (Slot<Differentiatie> | undefined)[];
  readonly notApproachedLines: (ReasonSlot | undefined)[];
  /** Per care part, by which of its rules were not met (`carePartBit`): the sentence. */
  readonly notPurchasedLines: (string | undefined)[][];
  /** Per care part, during one call: which of its rules were not met (0 once said). */
  readonly carePartMask: Int32Array;
  /** Per rule, by which of its `unknownFacts` were unknown (bit f for fact f): the sentence. */
  readonly unknownLines: (UnknownLine | undefined)[][];
  /** Per rule with every such fact known, by which divisors of its `noResultCauses` were 0 (bit c for cause c): the sentence. */
  readonly noResultLines: (UnknownLine | undefined)[][];
  /** Rules found during one call (reused: `verklaar` runs to the end without calling out). */
  readonly notMet: Int32Array;
  readonly excluded: Int32Array;
  readonly exceptions: Int32Array;
  readonly notPurchased: Int32Array;
  readonly unknown: Int32Array;
  readonly intentions: Int32Array;
}

/** Whether none of `facts` is unknown (`null` or missing) in `feiten`. */
function allKnown(facts: readonly string[], feiten: Readonly<Record<string, unknown>>): boolean {
  for (let f = 0; f < facts.length; f++) if (feiten[facts[f] as string] == null) return false;
  return true;
}

/** The explanation of one care type's decisions; the generated module makes one per care type. */
export class Uitleg<Z extends string = string, D extends string = string> {
  private readonly careType: { readonly id: Z; readonly naam: string };
  private readonly rules: readonly RegelBeschrijving[];
  private state: State | undefined;

  constructor(
    private readonly beleid: BeleidBeschrijving,
    private readonly zorgsoort: ZorgsoortBeschrijving & { readonly id: Z },
    /** The rules by key (at least those of `zorgsoort`: the module's `REGELS_…` of the care type); their order is `zorgsoort.regels`. */
    regels: Readonly<Record<string, RegelBeschrijving>>,
    /**
     * The care type's facts (the module's `FEITEN_…`): with them an unknown fact is named as the
     * policy describes it, with what the policy says about its being unknown; without them
     * (an evaluator built by an earlier version) by its key.
     */
    private readonly feiten?: readonly FeitBeschrijving[],
    /** The care type's date rules: with them a date that could not be calculated gets a sentence saying why. */
    private readonly datumregels?: readonly DatumregelBeschrijving[],
  ) {
    this.careType = Object.freeze({ id: zorgsoort.id, naam: zorgsoort.naam });
    this.rules = zorgsoort.regels.map((id) => {
      const rule = regels[id];
      if (!rule) throw new Error(`Regel ‘${id}’ van zorgsoort ‘${zorgsoort.id}’ ontbreekt.`);
      return rule;
    });
  }

  /**
   * The documented decision. `codes` holds one outcome code per rule of the care type, in the
   * order of `zorgsoort.regels` (0 not applicable, 1 false, 2 true, 3 unknown; 3 more when an
   * exception is granted); `datums` the computed dates; `feiten` the facts decided on, so that
   * a rule that was unknown can name the facts that were unknown (without them it cannot).
   */
  verklaar(besluit: Besluit, codes: readonly Uitkomstcode[], datums: Readonly<Record<D, string | null>>, feiten?: Readonly<Record<string, unknown>>): Beslissing<Z, D> {
    const state = this.state ?? this.prepare();
    const p = state.parts;
    const { outcomes, action, bit } = p;

    // One pass over the rules: their outcomes, and which of them the explanation mentions.
    const count = this.rules.length;
    const regels: Regeluitkomst[] = new Array(count);
    let notMet = 0;
    let excluded = 0;
    let exceptions = 0;
    let notPurchased = 0;
    let unknown = 0;
    let intentions = 0;
    let missing = 0;
    let reasons = 0;
    let unknownReasons = 0;
    for (let i = 0; i < count; i++) {
      const at = i * 7 + (codes[i] as number); // 7 codes per rule
      regels[i] = outcomes[at] as Regeluitkomst;
      const a = action[at] as number;
      if (a === Action.None) continue; // most rules: met, and nothing to say
      switch (a & 15) {
        case Action.NotMet:
          state.notMet[notMet++] = i;
          break;
        case Action.Excluded:
          state.excluded[excluded++] = i;
          break;
        case Action.Exception:
          state.exceptions[exceptions++] = i;
          break;
        case Action.FactorMissing:
          missing += bit[i] as number;
          break;
        case Action.Reason:
          reasons += bit[i] as number;
          // Counted as not met (or as applying) because its outcome was unknown: said so.
          if (a & Action.Unknown) unknownReasons += bit[i] as number;
          break;
        case Action.IntentionNotMet:
          state.intentions[intentions++] = -1 - i;
          break;
        case Action.IntentionOther:
          state.intentions[intentions++] = i;
          break;
        case Action.NotPurchased:
          state.notPurchased[notPurchased++] = i;
          break;
      }
      if (a & Action.Unknown) state.unknown[unknown++] = i;
    }

    const overeenkomst = besluit.overeenkomst;
    const tiers = this.zorgsoort.overeenkomsten;
    let tier = -1;
    if (overeenkomst !== null) {
      for (let t = 0; t < tiers.length; t++) {
        if ((tiers[t] as OvereenkomstBeschrijving).id === overeenkomst.id) {
          tier = t;
          break;
        }
      }
    }

    const lines: string[] = [
      besluit.inAanmerking && overeenkomst
        ? tier >= 0 && (tiers[tier] as OvereenkomstBeschrijving).naam === overeenkomst.naam
          ? (p.eligibleLine[tier] as string)
          : `U komt in aanmerking voor ${overeenkomst.naam}.`
        : "U komt niet in aanmerking voor een zorgovereenkomst.",
    ];
    // An agreement that is still an intention offers nothing, whatever the rules say.
    const intended = this.zorgsoort.contract.status === "voornemen";
    if (intended) lines.push(p.intendedLine);
    for (let k = 0; k < notMet; k++) lines.push(p.notMetLine[state.notMet[k] as number] as string);
    for (let k = 0; k < excluded; k++) {
      const i = state.excluded[k] as number;
      lines.push(p.excludedLine[i] as string);
      if (p.routeLine[i] !== "") lines.push(p.routeLine[i] as string);
    }
    for (let k = 0; k < exceptions; k++) lines.push(p.exceptionLine[state.exceptions[k] as number] as string);

    let differentiatie: Differentiatie | null = null;
    if (this.zorgsoort.gedifferentieerd) {
      const baseMet = notMet === 0 && excluded === 0;
      const key = (missing * (tiers.length + 1) + tier + 1) * 2 + (baseMet ? 1 : 0);
      const slot = state.differentiations[key & (SLOTS - 1)];
      differentiatie = slot !== undefined && slot.key === key ? slot.value : this.differentiation(state, key, missing, tier, baseMet);
      if (baseMet) {
        lines.push(p.factorsMetLine[differentiatie.factorenVoldaan] as string);
        if (!besluit.inAanmerking && !intended) lines.push("Dat is minder dan het minimum voor een zorgovereenkomst.");
        const ontbreekt = differentiatie.ontbreekt;
        for (let o = 0; o < ontbreekt.length; o++) lines.push((ontbreekt[o] as Ontbrekend).tekst);
      }
    }

    // A part of the care that is not purchased from the provider, whatever the agreement: one
    // sentence per care part, where its first rule that is not met stands.
    if (notPurchased > 0) {
      const { carePart, carePartBit, carePartRules } = p;
      const mask = state.carePartMask;
      if (p.sharedCarePart) {
        for (let k = 0; k < notPurchased; k++) {
          const i = state.notPurchased[k] as number;
          mask[carePart[i] as number] = (mask[carePart[i] as number] as number) | (carePartBit[i] as number);
        }
      }
      for (let k = 0; k < notPurchased; k++) {
        const i = state.notPurchased[k] as number;
        const part = carePart[i] as number;
        if ((carePartRules[part] as readonly number[]).length === 1) lines.push(p.notPurchasedLine[i] as string);
        else if (mask[part] !== 0) {
          lines.push(this.notPurchasedLine(state, part, mask[part] as number));
          mask[part] = 0;
        }
      }
    }

    if (this.zorgsoort.contract.soort === "doorlopend") lines.push(besluit.inAanmerking ? p.continuingEligibleLine : p.continuingLine);
    else if (intended) {
      // Said in the second sentence: nothing is offered and nobody is approached.
    } else if (besluit.benaderd) lines.push(besluit.inAanmerking ? p.approachedLine : p.approachedNotEligibleLine);
    else {
      const key = reasons * 2 + (besluit.inAanmerking ? 1 : 0);
      const slot = state.notApproachedLines[(key ^ unknownReasons) & (SLOTS - 1)];
      lines.push(slot !== undefined && slot.key === key && slot.unknown === unknownReasons ? slot.value : this.notApproached(state, key, reasons, unknownReasons, besluit.inAanmerking));
    }

    // The agreement's dates, for a provider who is eligible: a date that could not be
    // calculated, and why; a start date after the agreement's term (an application after it
    // ended), since the provider is still eligible under this policy.
    if (besluit.inAanmerking && (p.noResultDateLine !== undefined || p.termEnd !== null)) this.dateLines(state, datums, feiten, lines);

    // What the policy says about an unknown fact, once: two rules on the same fact (the
    // behandelindex in 2.3 and in 4) would otherwise quote it twice.
    let said: string[] | undefined;
    for (let k = 0; k < unknown; k++) {
      const i = state.unknown[k] as number;
      if (feiten === undefined) {
        lines.push(p.unknownLine[i] as string);
        continue;
      }
      const line = this.unknownLine(state, i, feiten);
      if (line.note === "" || said?.includes(line.note)) lines.push(line.body);
      else {
        lines.push(line.full);
        (said ??= []).push(line.note);
      }
    }
    for (let k = 0; k < intentions; k++) {
      const i = state.intentions[k] as number;
      lines.push((i < 0 ? p.intentionNotMetLine[-1 - i] : p.intentionOtherLine[i]) as string);
    }

    return {
      beleid: this.beleid,
      zorgsoort: this.careType,
      inAanmerking: besluit.inAanmerking,
      benaderd: besluit.benaderd,
      overeenkomst,
      differentiatie,
      contract: this.zorgsoort.contract,
      datums,
      regels,
      // Rules that share a name (the same sentence in two chapters) explain once.
      toelichting: p.mayRepeat ? [...new Set(lines)] : lines,
    };
  }

  /** What is missing for each higher agreement, for one combination of missing factors. */
  private differentiation(state: State, key: number, missingMask: number, tier: number, baseMet: boolean): Differentiatie {
    const { factors } = state.parts;
    const tiers = this.zorgsoort.overeenkomsten;
    const unmet = factors.filter((_, f) => Math.floor(missingMask / 2 ** f) % 2 === 1).map((i) => this.rules[i] as RegelBeschrijving);
    const met = factors.length - unmet.length;
    const reachedMinimum = tiers[tier]?.factoren ?? -1;
    const higher = baseMet ? tiers.filter((o) => (o.factoren ?? 0) > reachedMinimum && (o.factoren ?? 0) > met) : [];
    const ontbreekt: Ontbrekend[] = higher
      .slice()
      .reverse()
      .map((o) => {
        const needed = (o.factoren ?? 0) - met;
        const missing = unmet.map((f) => Object.freeze({ id: f.id, naam: f.naam }));
        // Quoted, as every rule name in the explanation: a name may itself contain a comma.
        const names = missing.map((f) => `‘${f.naam}’`);
        const tekst =
          needed >= missing.length
            ? sentence(`Voor ${o.naam} ${missing.length === 1 ? "ontbreekt" : "ontbreken"}: ${opsomming(names)}`)
            : sentence(`Voor ${o.naam} ${needed === 1 ? "ontbreekt" : "ontbreken"} nog ${needed} van deze differentiatiefactoren: ${opsomming(names, "disjunction")}`);
        return Object.freeze({ overeenkomst: Object.freeze({ id: o.id, naam: o.naam }), nogNodig: needed, factoren: Object.freeze(missing), tekst });
      });
    const result = Object.freeze({ factorenVoldaan: met, factorenTotaal: factors.length, ontbreekt: Object.freeze(ontbreekt) });
    state.differentiations[key & (SLOTS - 1)] = { key, value: result };
    return result;
  }

  /**
   * Why the provider is not approached, for one combination of reasons (`key`, with the unknown
   * ones in `unknownMask`): the approach conditions not met and the approach exclusions that
   * apply, those whose outcome was unknown as counted so; the advice to apply only to a
   * provider who would get an agreement. The advice is conditional: a policy has no notion of
   * an application of one's own (an `aanvraagdatum` is a fact like any other, and an approach
   * rule may be about it), so "U kunt zelf … aanvragen" would be untrue for a provider who
   * already applied.
   */
  private notApproached(state: State, key: number, reasonMask: number, unknownMask: number, eligible: boolean): string {
    const has = (mask: number, a: number) => Math.floor(mask / 2 ** a) % 2 === 1;
    const reasons = state.parts.approach.flatMap((i, a) => (has(reasonMask, a) ? [{ rule: this.rules[i] as RegelBeschrijving, unknown: has(unknownMask, a) }] : []));
    const names = (kind: RegelBeschrijving["soort"], unknown: boolean) => reasons.filter((r) => r.rule.soort === kind && r.unknown === unknown).map((r) => r.rule.naam);
    const why = notApproachedReasons(
      names("benaderingsvoorwaarde", false),
      names("benaderingsuitsluiting", false),
      names("benaderingsvoorwaarde", true),
      names("benaderingsuitsluiting", true),
    );
    const advice = eligible ? ` ${APPLY_ADVICE}` : "";
    const line = `${this.beleid.organisatie} benadert u niet uit zichzelf${why !== "" ? `: ${why}` : ""}.${advice}`;
    state.notApproachedLines[(key ^ unknownMask) & (SLOTS - 1)] = { key, unknown: unknownMask, value: line };
    return line;
  }

  /**
   * Per computed date, in the order of the care type: that its calculation had no outcome
   * although the facts it reads are known (with the descriptions of the date rules), or that
   * it falls after the last day of the agreement's term (`termEnd`).
   */
  private dateLines(state: State, datums: Readonly<Record<string, string | null>>, feiten: Readonly<Record<string, unknown>> | undefined, lines: string[]): void {
    const p = state.parts;
    const dates = this.zorgsoort.datums;
    for (let d = 0; d < dates.length; d++) {
      const value = datums[dates[d] as string];
      if (value === null) {
        if (p.noResultDateLine !== undefined && feiten !== undefined && allKnown(p.dateUnknownFacts[d] as readonly string[], feiten)) lines.push(p.noResultDateLine[d] as string);
      } else if (value !== undefined && p.termEnd !== null && value > p.termEnd) lines.push(`${p.afterTermStart[d]}${datumVoluit(value)}${p.afterTermEnd}`);
    }
  }

  /** The sentence for care part `part` whose rules in `mask` were not met. */
  private notPurchasedLine(state: State, part: number, mask: number): string {
    const known = (state.notPurchasedLines[part] ??= []);
    const cached = known[mask];
    if (cached !== undefined) return cached;
    const members = state.parts.carePartRules[part] as readonly number[];
    const unmet = members.filter((_, m) => (mask & (1 << m)) !== 0).map((i) => this.rules[i] as RegelBeschrijving);
    return (known[mask] = notPurchasedSentence(this.beleid.organisatie, (unmet[0] as RegelBeschrijving).deelzorg, unmet));
  }

  /**
   * The sentence for rule `i` that was unknown, naming which of the facts it depends on were
   * unknown; when none was, which calculation in its condition had no outcome (a divisor that
   * is 0, a date past 9999): cached by which divisors were 0.
   */
  private unknownLine(state: State, i: number, feiten: Readonly<Record<string, unknown>>): UnknownLine {
    const p = state.parts;
    const facts = p.unknownFacts[i] as readonly string[];
    let mask = 0;
    for (let f = 0; f < facts.length && f < 30; f++) if (feiten[facts[f] as string] == null) mask |= 1 << f;
    if (mask === 0) return this.noResultLine(state, i, feiten);
    const known = (state.unknownLines[i] ??= []);
    const cached = known[mask];
    if (cached !== undefined) return cached;
    const line = (body: string, note = ""): UnknownLine => (known[mask] = { body, note, full: body + note });
    const unknown = facts.filter((_, f) => f < 30 && (mask & (1 << f)) !== 0);
    const described = p.factsById === undefined ? [] : unknown.flatMap((id) => p.factsById?.get(id) ?? []);
    // Named as the policy describes them, with what it says about their being unknown; by key
    // when the evaluator gave no descriptions.
    return described.length === unknown.length
      ? line(`${p.unknownHead[i]}${becauseUnknownFacts(described, p.contractYear)}; ${p.unknownTail[i]}`, unknownFactsNote(described))
      : line(`${p.unknownHead[i]}${becauseUnknown(unknown)}; ${p.unknownTail[i]}`);
  }

  /** The sentence for rule `i` that was unknown with every fact known: which calculation had no outcome. */
  private noResultLine(state: State, i: number, feiten: Readonly<Record<string, unknown>>): UnknownLine {
    const p = state.parts;
    const causes = p.noResultCauses[i] as readonly BerekeningZonderUitkomst[];
    let zero = 0;
    for (let c = 0; c < causes.length && c < 30; c++) {
      const divisor = (causes[c] as BerekeningZonderUitkomst).deler;
      if (divisor !== undefined && feiten[divisor] === 0) zero |= 1 << c;
    }
    const known = (state.noResultLines[i] ??= []);
    const cached = known[zero];
    if (cached !== undefined) return cached;
    // A divisor named as the policy describes it; by its key without descriptions.
    const name = (id: string) => {
      const fact = p.factsById?.get(id);
      return fact !== undefined ? thingName(fact, p.contractYear) : `‘${id}’`;
    };
    const body = `${p.unknownHead[i]}${becauseNoResult(causes, zero, name)}; ${p.unknownTail[i]}`;
    return (known[zero] = { body, note: "", full: body });
  }

  private prepare(): State {
    const count = this.rules.length;
    const parts = prepareExplanation(this.beleid, this.zorgsoort, this.rules, this.feiten, this.datumregels);
    this.state = {
      parts,
      notPurchasedLines: new Array(parts.carePartRules.length),
      carePartMask: new Int32Array(parts.carePartRules.length),
      differentiations: new Array(SLOTS).fill(undefined),
      notApproachedLines: new Array(SLOTS).fill(undefined),
      unknownLines: new Array(count),
      noResultLines: new Array(count),
      notMet: new Int32Array(count),
      excluded: new Int32Array(count),
      exceptions: new Int32Array(count),
      notPurchased: new Int32Array(count),
      unknown: new Int32Array(count),
      intentions: new Int32Array(count),
    };
    return this.state;
  }
}
