/**
 * Where each part of a policy goes in the document. The model keeps parts by kind (texts,
 * groups, tables, …) with a chapter each; this module orders a chapter's parts the way the
 * insurers' documents do: prose first, then the agreements, the differentiation per care type
 * (tier table with its factors), the groups of rules, lookup tables, date rules, and the
 * planning. A document renderer only walks the result.
 */

import type { CareType, Chapter, DateRule, Milestone, PolicyModel, ProseText, Rule, RuleGroup, Table } from "../model.js";

export type ChapterPart =
  | { readonly kind: "text"; readonly text: ProseText }
  | { readonly kind: "agreements"; readonly careTypes: readonly CareType[] }
  | {
      readonly kind: "differentiation";
      readonly careType: CareType;
      /** The factor rules of this care type, in policy order. */
      readonly factors: readonly Rule[];
      /** Introductions of the factor groups these rules come from. */
      readonly introductions: readonly string[];
      /** Date rules of this chapter that concern only this care type. */
      readonly dateRules: readonly DateRule[];
    }
  | { readonly kind: "group"; readonly group: RuleGroup; readonly rules: readonly Rule[] }
  | { readonly kind: "table"; readonly table: Table }
  | { readonly kind: "dateRule"; readonly dateRule: DateRule }
  | { readonly kind: "planning"; readonly milestones: readonly Milestone[] };

export interface ChapterLayout {
  readonly chapter: Chapter;
  /** 1 for "3", 2 for "3.1", … */
  readonly depth: number;
  readonly parts: readonly ChapterPart[];
}

/** Differentiation chapter per care type, for deciding which factor rules a tier section shows. */
function differentiationChapters(model: PolicyModel): Map<string, string> {
  const result = new Map<string, string>();
  for (const careType of model.careTypes) if (careType.differentiation) result.set(careType.id, careType.differentiation.chapter);
  return result;
}

/** A factor rule is shown with the tier tables when every care type it counts for has its tiers in the rule's chapter. */
function shownWithTiers(rule: Rule, tiersIn: Map<string, string>): boolean {
  return rule.kind === "differentiatiefactor" && rule.careTypes.length > 0 && rule.careTypes.every((c) => tiersIn.get(c) === rule.chapter);
}

export function layoutDocument(model: PolicyModel): ChapterLayout[] {
  const tiersIn = differentiationChapters(model);
  const rulesById = new Map(model.rules.map((r) => [r.id, r]));
  const groupsById = new Map(model.groups.map((g) => [g.id, g]));

  return model.chapters.map((chapter) => {
    const parts: ChapterPart[] = [];
    const here = <T extends { chapter: string }>(items: readonly T[]) => items.filter((item) => item.chapter === chapter.id);

    for (const text of here(model.texts)) parts.push({ kind: "text", text });

    const agreements = model.careTypes.filter((c) => c.agreement.chapter === chapter.id);
    if (agreements.length > 0) parts.push({ kind: "agreements", careTypes: agreements });

    const dateRules = here(model.dateRules);
    const placedDateRules = new Set<string>();
    for (const careType of model.careTypes) {
      if (careType.differentiation?.chapter !== chapter.id) continue;
      const factors = model.rules.filter((r) => r.chapter === chapter.id && r.careTypes.includes(careType.id) && shownWithTiers(r, tiersIn));
      const introductions = [...new Set(factors.map((r) => groupsById.get(r.group)?.introduction).filter((t): t is string => t !== undefined))];
      const own = dateRules.filter((d) => d.careTypes.length === 1 && d.careTypes[0] === careType.id);
      for (const d of own) placedDateRules.add(d.id);
      parts.push({ kind: "differentiation", careType, factors, introductions, dateRules: own });
    }

    for (const group of model.groups) {
      const rules = group.rules
        .map((id) => rulesById.get(id))
        .filter((r): r is Rule => r !== undefined && r.chapter === chapter.id && !shownWithTiers(r, tiersIn));
      // A group is shown where its rules are; an empty group (all rules moved) only in its own chapter.
      if (rules.length > 0 || (group.chapter === chapter.id && group.rules.length === 0)) parts.push({ kind: "group", group, rules });
    }

    for (const table of here(model.tables)) parts.push({ kind: "table", table });
    for (const dateRule of dateRules) if (!placedDateRules.has(dateRule.id)) parts.push({ kind: "dateRule", dateRule });

    const milestones = here(model.milestones);
    if (milestones.length > 0) parts.push({ kind: "planning", milestones });

    return { chapter, depth: chapter.number.split(".").length, parts };
  });
}
