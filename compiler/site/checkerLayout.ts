/**
 * How the checker's form is divided into sections, and which answers each outcome waits for.
 * The fields themselves come from the evaluator module in the browser (`ZORGSOORTEN[x].feiten`,
 * `FEITEN`); this layout only says under which heading each question goes: the group of the
 * first rule (in chapter order) that uses the fact, or the date rule that needs it. The facts
 * per rule and per date rule let the page show an outcome before every question is answered
 * (`web/controle/settled.ts`). All of it is written into the checker page as JSON.
 */

import { REQUIRED_FOR_OFFER, type PolicyModel, type Rule, type RuleKind, type TExpr } from "../model.js";
import { dateRulesFor, factsFor, factsInExpression, factsUsedByRule, rulesFor, walkExpression } from "../queries.js";

export interface FormSection {
  readonly titel: string;
  /** The chapter number, e.g. "3.1". */
  readonly hoofdstuk: string;
  readonly feiten: readonly string[];
}

/** A rule's facts in the order a person answers them: whether it applies, then the condition, then the exception. */
function factsInAskingOrder(model: PolicyModel, rule: Rule, careTypeId: string): string[] {
  const ordered: string[] = [];
  const collect = (expr: TExpr | undefined) => {
    if (!expr) return;
    walkExpression(model, expr, careTypeId, (node) => {
      if (node.kind === "fact") ordered.push(node.fact);
    });
  };
  if (rule.logic.kind === "verklaring") ordered.push(rule.logic.fact);
  collect(rule.appliesWhen?.expr);
  if (rule.logic.kind === "voorwaarde") collect(rule.logic.condition.expr);
  collect(rule.exception?.condition.expr);
  // Anything else the rule uses (through a table cell, say) comes last.
  return [...new Set([...ordered, ...factsUsedByRule(model, rule, careTypeId)])];
}

export function formSections(model: PolicyModel, careTypeId: string): FormSection[] {
  const chapterOrder = new Map(model.chapters.map((c, i) => [c.id, i]));
  const chapterNumber = new Map(model.chapters.map((c) => [c.id, c.number]));
  const groups = new Map(model.groups.map((g) => [g.id, g]));
  const needed = new Set(factsFor(model, careTypeId).map((f) => f.id));
  const placed = new Set<string>();
  const sections = new Map<string, { titel: string; hoofdstuk: string; order: number; feiten: string[] }>();

  const place = (key: string, titel: string, chapter: string, facts: Iterable<string>) => {
    for (const fact of facts) {
      if (!needed.has(fact) || placed.has(fact)) continue;
      placed.add(fact);
      let section = sections.get(key);
      if (!section) {
        section = { titel, hoofdstuk: chapterNumber.get(chapter) ?? "", order: chapterOrder.get(chapter) ?? Number.MAX_SAFE_INTEGER, feiten: [] };
        sections.set(key, section);
      }
      section.feiten.push(fact);
    }
  };

  const rules = rulesFor(model, careTypeId)
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (chapterOrder.get(a.rule.chapter) ?? 0) - (chapterOrder.get(b.rule.chapter) ?? 0) || a.index - b.index)
    .map(({ rule }) => rule);
  for (const rule of rules) {
    const group = groups.get(rule.group);
    // Keyed by title, not group: two groups with one title in a chapter ("Geen aanbod ontvangen",
    // an approach rule and an exclusion) are one section, so no two sections share a name.
    const title = group?.title ?? rule.name;
    place(`groep:${rule.chapter}:${title}`, title, rule.chapter, factsInAskingOrder(model, rule, careTypeId));
  }
  for (const dateRule of dateRulesFor(model, careTypeId)) {
    place(`datum:${dateRule.id}`, dateRule.description, dateRule.chapter, factsInExpression(model, dateRule.computation.expr, careTypeId));
  }
  return [...sections.values()].sort((a, b) => a.order - b.order).map(({ titel, hoofdstuk, feiten }) => ({ titel, hoofdstuk, feiten }));
}

/**
 * The facts a rule's outcome depends on, in its three parts: whether it applies, its condition
 * (or the declaration), and its exception. A rule that asks `voorwaarden_voldaan` or
 * `in_aanmerking` (an approach rule) also depends on the facts of the rules that settle those:
 * the conditions and exclusions, and for `in_aanmerking` the differentiation factors.
 */
export interface RuleFacts {
  readonly toepassing?: readonly string[];
  readonly voorwaarde: readonly string[];
  readonly uitzondering?: readonly string[];
}

/**
 * Per rule of the care type the facts of its parts (`RuleFacts`). Once they are answered the
 * rule's outcome is final, whatever the open questions turn out to be (web/controle/settled.ts).
 */
export function ruleFacts(model: PolicyModel, careTypeId: string): Record<string, RuleFacts> {
  const rules = rulesFor(model, careTypeId);
  const factsOfKinds = (kinds: readonly RuleKind[], into: Set<string>) => {
    for (const rule of rules) if (rule.status === "definitief" && kinds.includes(rule.kind)) for (const f of factsUsedByRule(model, rule, careTypeId)) into.add(f);
  };
  /** The facts of `expr`, with those behind `voorwaarden_voldaan` and `in_aanmerking`. */
  const factsOf = (expr: TExpr, into = new Set<string>()) => {
    let asksConditions = false;
    let asksEligibility = false;
    walkExpression(model, expr, careTypeId, (node) => {
      if (node.kind === "fact") into.add(node.fact);
      if (node.kind === "voorwaardenVoldaan") asksConditions = true;
      if (node.kind === "inAanmerking") asksEligibility = true;
    });
    if (asksConditions || asksEligibility) factsOfKinds([...REQUIRED_FOR_OFFER, "uitsluiting"], into);
    if (asksEligibility) factsOfKinds(["differentiatiefactor"], into);
    return into;
  };
  const result: Record<string, RuleFacts> = {};
  for (const rule of rules) {
    const condition = new Set<string>();
    if (rule.logic.kind === "verklaring") condition.add(rule.logic.fact);
    else factsOf(rule.logic.condition.expr, condition);
    result[rule.id] = {
      ...(rule.appliesWhen ? { toepassing: [...factsOf(rule.appliesWhen.expr)] } : {}),
      voorwaarde: [...condition],
      ...(rule.exception ? { uitzondering: [...factsOf(rule.exception.condition.expr)] } : {}),
    };
  }
  return result;
}

/** Per date rule of the care type, the facts its computation reads. */
export function dateFacts(model: PolicyModel, careTypeId: string): Record<string, string[]> {
  return Object.fromEntries(dateRulesFor(model, careTypeId).map((d) => [d.id, [...factsInExpression(model, d.computation.expr, careTypeId)]]));
}
