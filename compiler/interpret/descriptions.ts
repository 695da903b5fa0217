/**
 * The descriptive part of a decision, built from the checked model: the policy, its rules,
 * facts and care types in the shapes of `runtime/` (`BeleidBeschrijving`, `RegelBeschrijving`,
 * …). The generated module holds the same data as constants; the interpreter builds it here
 * once per care type, so that a decision from either has the same shape and content.
 */

import type { FeitBeschrijving } from "../../runtime/facts.js";
import type { BeleidBeschrijving, Hoofdstuk, OvereenkomstBeschrijving, RegelBeschrijving, ZorgsoortBeschrijving } from "../../runtime/decision.js";
import type { DatumregelBeschrijving } from "../../runtime/explanation.js";
import { calculationsWithoutOutcome } from "../calculationsWithoutOutcome.js";
import type { CareType, DateRule, Fact, PolicyModel, Rule } from "../model.js";
import { agreementName, dateRulesFor, factsFor, factsInExpression, rulesFor, unknownFactsOfRule } from "../queries.js";
import { titleWithVersionName } from "../versionNames.js";

export function describePolicy(model: PolicyModel): BeleidBeschrijving {
  const m = model.meta;
  return {
    organisatie: m.organisation,
    zorgverzekeraar: m.insurer,
    domein: m.domain,
    titel: m.title,
    jaar: m.year,
    versie: m.version,
    gepubliceerd: m.published ?? null,
    vorige: m.previous ?? null,
  };
}

function chapter(model: PolicyModel, id: string): Hoofdstuk {
  const c = model.chapters.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chapter ${id}`);
  return { nummer: c.number, titel: c.title };
}

export function describeRule(model: PolicyModel, rule: Rule): RegelBeschrijving {
  const group = model.groups.find((g) => g.id === rule.group);
  const withoutOutcome = calculationsWithoutOutcome(model, rule);
  return {
    id: rule.id,
    naam: rule.name,
    soort: rule.kind,
    tekst: rule.text,
    hoofdstuk: chapter(model, rule.chapter),
    groep: { id: rule.group, titel: group?.title ?? "" },
    status: rule.status,
    verklaring: rule.logic.kind === "verklaring",
    ...(rule.whenUnknown !== undefined ? { bijOnbekend: rule.whenUnknown } : {}),
    ...(rule.unknownNote !== undefined ? { onbekendToelichting: rule.unknownNote } : {}),
    ...(rule.whenUnknown !== undefined ? { onbekendDoor: unknownFactsOfRule(model, rule) } : {}),
    ...(withoutOutcome.length > 0 ? { geenUitkomst: withoutOutcome } : {}),
    ...(rule.exception ? { uitzonderingsroute: rule.exception.route } : {}),
    ...(rule.carePart !== undefined ? { deelzorg: rule.carePart } : {}),
  };
}

export function describeFact(fact: Fact): FeitBeschrijving {
  return {
    id: fact.id,
    type: fact.type,
    omschrijving: fact.description,
    ...(fact.values ? { waarden: fact.values } : {}),
    ...(fact.unit !== undefined ? { eenheid: fact.unit } : {}),
    ...(fact.minimum !== undefined ? { minimum: fact.minimum } : {}),
    ...(fact.maximum !== undefined ? { maximum: fact.maximum } : {}),
    ...(fact.integer ? { geheel: true as const } : {}),
    ...(fact.notGreaterThan !== undefined ? { nietGroterDan: fact.notGreaterThan } : {}),
    ...(fact.referenceYearOffset !== undefined ? { peiljaar: fact.referenceYearOffset } : {}),
    ...(fact.unknownReason !== undefined ? { onbekend: fact.unknownReason } : {}),
    ...(fact.declarationOf !== undefined ? { verklaring: fact.declarationOf } : {}),
  };
}

/** A date rule as the explanation names it: its description and the facts that may be unknown that its calculation reads. */
export function describeDateRule(model: PolicyModel, dateRule: DateRule): DatumregelBeschrijving {
  const read = factsInExpression(model, dateRule.computation.expr);
  return {
    id: dateRule.id,
    omschrijving: dateRule.description,
    onbekendDoor: model.facts.filter((f) => f.unknownReason !== undefined && read.has(f.id)).map((f) => f.id),
  };
}

/** The agreements of a care type, most factors first; one agreement without differentiation. */
export function describeAgreements(careType: CareType): OvereenkomstBeschrijving[] {
  if (!careType.differentiation) return [{ id: careType.id, naam: agreementName(careType) }];
  return careType.differentiation.tiers.map((t) => ({ id: t.id, naam: t.name, factoren: t.factors }));
}

export function describeCareType(model: PolicyModel, careType: CareType): ZorgsoortBeschrijving {
  const a = careType.agreement;
  return {
    id: careType.id,
    naam: careType.name,
    contract: {
      soort: a.kind,
      looptijd: a.term ? { van: a.term.from, tot: a.term.to } : null,
      tekst: a.text,
      hoofdstuk: chapter(model, a.chapter),
      status: a.status,
    },
    overeenkomsten: describeAgreements(careType),
    gedifferentieerd: careType.differentiation !== undefined,
    regels: rulesFor(model, careType.id).map((r) => r.id),
    feiten: factsFor(model, careType.id).map((f) => f.id),
    datums: dateRulesFor(model, careType.id).map((d) => d.id),
  };
}

/**
 * How a facts error names what was being evaluated, as the compiled evaluator does
 * (compiler/emit/js.ts): "Fysiotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)".
 */
export function factsContext(model: PolicyModel, careType: CareType): string {
  return `${careType.name} — ${titleWithVersionName(model.meta)}`;
}
