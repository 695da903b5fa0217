/**
 * The reference interpreter's decision for one care type, step by step as docs/taal.md §8
 * describes it: evaluate every rule once, then the base conditions, the exclusions, the
 * differentiation factors and the agreement they give, then whether the provider is
 * approached. Selective purchase rules are evaluated with the others but decide nothing: the
 * explanation names the care that is not purchased. The explanation is put together by
 * `Uitleg` from `runtime/explanation.ts`, the same class the generated code uses, so both give
 * a `Beslissing` of the same shape.
 */

import type { Beslissing, Besluit, RegelBeschrijving } from "../../runtime/decision.js";
import { Uitleg, uitkomst } from "../../runtime/explanation.js";
import { controleerFeiten, type FeitBeschrijving } from "../../runtime/facts.js";
import type { CareType, PolicyModel, Rule, Table } from "../model.js";
import { dateRulesFor, factsFor, rulesFor } from "../queries.js";
import { describeAgreements, describeCareType, describeDateRule, describeFact, describePolicy, describeRule, factsContext } from "./descriptions.js";
import { evaluateExpression, type Scope } from "./expression.js";

/** One rule evaluated for one provider. */
export interface RuleOutcome {
  readonly rule: Rule;
  /** The condition as evaluated; `null` when unknown. */
  readonly raw: boolean | null;
  /** The condition with `bij_onbekend` applied. */
  readonly holds: boolean;
  readonly applies: boolean;
  /** Exclusions: an exception is granted (unknown counts as `bij_onbekend`, default not). */
  readonly exception: boolean;
}

export function evaluateRule(rule: Rule, scope: Scope): RuleOutcome {
  const applies = rule.appliesWhen ? evaluateExpression(rule.appliesWhen.expr, scope) === true : true;
  const raw = (rule.logic.kind === "verklaring" ? scope.facts[rule.logic.fact] : evaluateExpression(rule.logic.condition.expr, scope)) as boolean | null;
  const holds = raw ?? rule.whenUnknown ?? false;
  let exception = false;
  if (rule.exception) {
    const granted = evaluateExpression(rule.exception.condition.expr, scope) as boolean | null;
    exception = granted ?? rule.exception.whenUnknown ?? false;
  }
  return { rule, raw, holds, applies, exception };
}

/** A condition is met when it holds or does not apply. */
export const met = (o: RuleOutcome) => !o.applies || o.holds;
/** An exclusion (or a factor) counts when it applies and holds, and no exception is granted. */
export const counts = (o: RuleOutcome) => o.applies && o.holds && !o.exception;
const isApproach = (r: Rule) => r.kind === "benaderingsvoorwaarde" || r.kind === "benaderingsuitsluiting";

export interface CareTypeInterpreter {
  /** The full decision with explanation, like the generated `beoordeel<Zorgsoort>`. */
  beoordeel(facts: unknown): Beslissing;
  /** The decision only, like the generated `besluit<Zorgsoort>`. */
  besluit(facts: unknown): Besluit;
}

export function interpretCareType(model: PolicyModel, careType: CareType): CareTypeInterpreter {
  const tables = new Map<string, Table>(model.tables.map((t) => [t.id, t]));
  const rules = rulesFor(model, careType.id);
  const definitive = rules.filter((r) => r.status === "definitief");
  const baseRules = definitive.filter((r) => !isApproach(r));
  const approachRules = definitive.filter(isApproach);
  const intentions = rules.filter((r) => r.status === "voornemen");
  const dateRules = dateRulesFor(model, careType.id);
  const factSpecs: FeitBeschrijving[] = factsFor(model, careType.id).map(describeFact);
  const context = factsContext(model, careType);
  const policy = describePolicy(model);
  const careTypeDescription = describeCareType(model, careType);
  const agreements = describeAgreements(careType);
  const ruleDescriptions = new Map<string, RegelBeschrijving>(rules.map((r) => [r.id, describeRule(model, r)]));
  const explanation = new Uitleg(
    policy,
    careTypeDescription,
    Object.fromEntries(ruleDescriptions),
    factSpecs,
    dateRules.map((d) => describeDateRule(model, d)),
  );

  const decide = (facts: Readonly<Record<string, unknown>>, explain: boolean): Beslissing | Besluit => {
    const scope: Scope = { model, tables, careType: careType.id, facts };
    const outcomes = new Map<string, RuleOutcome>();
    for (const rule of baseRules) outcomes.set(rule.id, evaluateRule(rule, scope));
    const ofKind = (kind: Rule["kind"]) => definitive.filter((r) => r.kind === kind).map((r) => outcomes.get(r.id) as RuleOutcome);

    const voorwaardenVoldaan = [...ofKind("randvoorwaarde"), ...ofKind("aanvullende_voorwaarde")].every(met);
    const uitgesloten = ofKind("uitsluiting").some(counts);
    let overeenkomst: Besluit["overeenkomst"] = null;
    // An agreement that is still an intention (`status: voornemen`) is offered to nobody.
    if (voorwaardenVoldaan && !uitgesloten && careType.agreement.status === "definitief") {
      if (careType.differentiation) {
        const factors = ofKind("differentiatiefactor").filter(counts).length;
        // The highest minimum that is reached.
        const reached = agreements.filter((a) => (a.factoren ?? 0) <= factors);
        overeenkomst = reached.reduce<(typeof agreements)[number] | null>((best, a) => (best === null || (a.factoren ?? 0) > (best.factoren ?? 0) ? a : best), null);
      } else {
        overeenkomst = agreements[0] ?? null;
      }
    }

    // `voorwaarden_voldaan`: the conditions met and no exclusion applying (docs/taal.md).
    const approachScope: Scope = { ...scope, voorwaardenVoldaan: voorwaardenVoldaan && !uitgesloten, inAanmerking: overeenkomst !== null };
    for (const rule of approachRules) outcomes.set(rule.id, evaluateRule(rule, approachScope));
    const benaderd =
      careType.agreement.kind === "nieuw" && careType.agreement.status === "definitief" && ofKind("benaderingsvoorwaarde").every(met) && !ofKind("benaderingsuitsluiting").some(counts);

    const besluit: Besluit = { inAanmerking: overeenkomst !== null, benaderd, overeenkomst };
    if (!explain) return besluit;

    for (const rule of intentions) outcomes.set(rule.id, evaluateRule(rule, approachScope));
    const datums: Record<string, string | null> = {};
    for (const d of dateRules) datums[d.id] = evaluateExpression(d.computation.expr, approachScope) as string | null;
    const codes = rules.map((r) => {
      const o = outcomes.get(r.id) as RuleOutcome;
      return uitkomst(o.raw, o.applies, o.exception);
    });
    return explanation.verklaar(besluit, codes, datums, facts);
  };

  return {
    beoordeel(facts) {
      controleerFeiten(factSpecs, facts, context);
      return decide(facts as Record<string, unknown>, true) as Beslissing;
    },
    besluit(facts) {
      controleerFeiten(factSpecs, facts, context);
      return decide(facts as Record<string, unknown>, false) as Besluit;
    },
  };
}
