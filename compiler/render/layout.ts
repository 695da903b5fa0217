/**
 * Where each part of a policy goes in the document. The model keeps parts by kind (texts,
 * groups, tables, …) with a chapter each; this module orders a chapter's parts. By default it
 * follows the insurers' usual order: prose first, then the agreements, the differentiation per
 * care type (tier table with its factors), the groups of rules, lookup tables, date rules, and
 * the planning (unless the chapter's own words already say each of its moments). A chapter with `volgorde` puts the parts it names first, in that order, and the
 * rest after them in the usual order. A document renderer only walks the result.
 */

import type { CareType, Chapter, ChapterPartRef, DateRule, Milestone, PolicyModel, ProseText, Rule, RuleGroup, Table } from "../model.js";
import { milestoneWhen } from "./parts/planning.js";

export type ChapterPart =
  | { readonly kind: "text"; readonly text: ProseText }
  | {
      readonly kind: "agreements";
      readonly careTypes: readonly CareType[];
      /** The agreements' texts (those not placed on their own by `volgorde`); the document shows no table of its own. */
      readonly texts: readonly AgreementText[];
    }
  | { readonly kind: "agreementText"; readonly text: AgreementText }
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
  | {
      readonly kind: "table";
      readonly table: Table;
      /** Rules that are this table's rows (see `rowsOfTable`), by the key of the first row each stands for. */
      readonly rowRules?: ReadonlyMap<string, readonly Rule[]>;
    }
  | { readonly kind: "dateRule"; readonly dateRule: DateRule }
  | { readonly kind: "planning"; readonly milestones: readonly Milestone[] };

/** A published agreement text, once for all the care types that share it. */
export interface AgreementText {
  readonly careTypes: readonly CareType[];
  readonly heading?: string;
  readonly text: string;
  readonly status: CareType["agreement"]["status"];
}

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

/** Whitespace-insensitive form of a text, for finding a sentence that is already shown. */
function normalized(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Whether `sentence` (without its final stop) stands in `text` as whole sentences: at the start
 * or after a stop, and followed by a stop or the end ("… voor 2026." is not in "… voor 2026-2027").
 */
function standsIn(text: string, sentence: string): boolean {
  for (let at = text.indexOf(sentence); at >= 0; at = text.indexOf(sentence, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + sentence.length);
    if ((before === "" || /[.:;!?]\s$/.test(before)) && (after === "" || /^[.:;!?](\s|$)/.test(after))) return true;
  }
  return false;
}

/**
 * What of an agreement text the chapter does not show yet: "" when it shows all of it (the same
 * sentence may end in a colon where it leads into a list or table), or the text without a first
 * or last sentence that it shows (a rule that the agreement text repeats, followed by a sentence
 * of its own). A text laid out in lines of its own (a list) is kept whole: taking a sentence out
 * of it would join its lines.
 */
export function notShown(text: string, shownElsewhere: readonly string[]): string {
  const whole = normalized(text);
  const core = (t: string) => t.replace(/[.:;]$/, "");
  if (shownElsewhere.some((shown) => standsIn(shown, core(whole)))) return "";
  if (text.trim().includes("\n")) return text;
  let rest = whole;
  for (const shown of shownElsewhere.map(core).filter((t) => t !== "")) {
    if (rest.startsWith(`${shown}. `)) rest = rest.slice(shown.length + 2);
    else if (rest.endsWith(` ${shown}.`) && /[.!?]$/.test(rest.slice(0, -(shown.length + 2)))) rest = rest.slice(0, -(shown.length + 2));
  }
  return rest === whole ? text : rest;
}

/**
 * The distinct agreement texts of a chapter. A text that the document already shows in the same
 * chapter, as (part of) a group's announcement or introduction, a rule, a table's introduction or
 * a prose text, is left out, so the sentence is not printed twice ("Na een periode van landelijke
 * onduidelijkheid …", "Wij bieden voor 2026 … aan:" before the table of agreements).
 */
function agreementTexts(careTypes: readonly CareType[], shownElsewhere: readonly string[]): AgreementText[] {
  const result: { careTypes: CareType[]; heading?: string; text: string; status: CareType["agreement"]["status"] }[] = [];
  for (const careType of careTypes) {
    const { text, heading, status } = careType.agreement;
    const rest = notShown(text, shownElsewhere);
    if (rest === "") continue;
    // Shared by care types only when heading and status are the same too: each keeps its own.
    const same = result.find((t) => t.text === rest && t.heading === heading && t.status === status);
    if (same) same.careTypes.push(careType);
    else result.push({ careTypes: [careType], ...(heading !== undefined ? { heading } : {}), text: rest, status });
  }
  return result;
}

/**
 * Whether one of `texts` says a planning entry's moment in its own words: its `wanneer` ("Tot
 * uiterlijk 1 oktober 2025", "Voor 1 augustus 2025") or its date as the document writes it,
 * without regard to case, as whole words.
 */
export function saysMoment(texts: readonly string[], milestone: Milestone): boolean {
  const moment = normalized(milestoneWhen(milestone)).toLowerCase();
  if (moment === "") return false;
  return texts.some((text) => {
    const words = normalized(text).toLowerCase();
    for (let at = words.indexOf(moment); at >= 0; at = words.indexOf(moment, at + 1)) {
      const before = words.slice(0, at);
      const after = words.slice(at + moment.length);
      if (!/[\p{L}\d]$/u.test(before) && !/^[\p{L}\d]/u.test(after)) return true;
    }
    return false;
  });
}

/**
 * A group whose rules are the rows of a table the chapter shows: each rule's condition is that
 * table's cell for the care type (`certificering[zorgsoort].eis`) and its care types are rows of
 * the table. Hulpmiddelen has a rule per row of the schema 'Benodigd certificaat, keurmerk en/of
 * registratie', so that an explanation names what one hulpmiddel needs; the source has the
 * schema once, as the table. Such a group is not listed again: its rules are anchored on their
 * rows. A group with prose of its own (announcement, introduction) or an intention is listed.
 * Returns the rules by the key of the first row each stands for.
 */
export function rowsOfTable(group: RuleGroup, rules: readonly Rule[], table: Table): Map<string, Rule[]> | undefined {
  if (rules.length === 0 || !table.key.careTypes || group.announcement !== undefined || group.introduction !== undefined || group.status === "voornemen") return undefined;
  const keys = table.rows.map((row) => row.key);
  const byRow = new Map<string, Rule[]>();
  for (const rule of rules) {
    const condition = rule.logic.kind === "voorwaarde" ? rule.logic.condition.expr : undefined;
    if (condition?.kind !== "cell" || condition.table !== table.id || rule.status === "voornemen" || rule.exception !== undefined) return undefined;
    if (rule.careTypes.length === 0 || !rule.careTypes.every((c) => keys.includes(c))) return undefined;
    const first = keys.find((key) => rule.careTypes.includes(key)) as string;
    byRow.set(first, [...(byRow.get(first) ?? []), rule]);
  }
  return byRow;
}

/** The key a `volgorde` entry would use for a part, or undefined for parts it cannot name. */
function partKeys(part: ChapterPart): string[] {
  switch (part.kind) {
    case "text":
      return [`tekst ${part.text.id}`];
    case "agreements":
      return ["overeenkomsten"];
    case "agreementText":
      return part.text.careTypes.map((c) => `overeenkomst ${c.id}`);
    case "differentiation":
      return [`differentiatie ${part.careType.id}`];
    case "group":
      return [`groep ${part.group.id}`];
    case "table":
      return [`tabel ${part.table.id}`];
    case "dateRule":
      return [`datumregel ${part.dateRule.id}`];
    case "planning":
      return ["planning"];
  }
}

/** The parts named in `order` first, in that order, then the others in their usual order. */
function applyOrder(parts: readonly ChapterPart[], order: readonly ChapterPartRef[]): ChapterPart[] {
  const placed = new Set<ChapterPart>();
  const result: ChapterPart[] = [];
  for (const entry of order) {
    const key = entry.id === undefined ? entry.kind : `${entry.kind} ${entry.id}`;
    const part = parts.find((p) => partKeys(p).includes(key));
    if (part && !placed.has(part)) {
      placed.add(part);
      result.push(part);
    }
  }
  return [...result, ...parts.filter((p) => !placed.has(p))];
}

export function layoutDocument(model: PolicyModel): ChapterLayout[] {
  const tiersIn = differentiationChapters(model);
  const rulesById = new Map(model.rules.map((r) => [r.id, r]));
  const groupsById = new Map(model.groups.map((g) => [g.id, g]));

  return model.chapters.map((chapter) => {
    const parts: ChapterPart[] = [];
    const here = <T extends { chapter: string }>(items: readonly T[]) => items.filter((item) => item.chapter === chapter.id);

    const texts = here(model.texts);
    for (const text of texts) parts.push({ kind: "text", text });

    const groupParts: ChapterPart[] = [];
    for (const group of model.groups) {
      const rules = group.rules
        .map((id) => rulesById.get(id))
        .filter((r): r is Rule => r !== undefined && r.chapter === chapter.id && !shownWithTiers(r, tiersIn));
      // A group is shown where its rules are; an empty group (all rules moved) only in its own chapter.
      if (rules.length > 0 || (group.chapter === chapter.id && group.rules.length === 0)) groupParts.push({ kind: "group", group, rules });
    }

    const agreements = model.careTypes.filter((c) => c.agreement.chapter === chapter.id);
    if (agreements.length > 0) {
      const shownElsewhere = [
        ...texts.map((t) => t.text),
        ...groupParts.flatMap((p) => (p.kind === "group" ? [p.group.announcement ?? "", p.group.introduction ?? "", ...p.rules.map((r) => r.text)] : [])),
        ...here(model.tables).map((t) => t.introduction ?? ""),
      ]
        .filter((t) => t !== "")
        .map(normalized);
      const agreementParts = agreementTexts(agreements, shownElsewhere);
      // With `volgorde`, an agreement text that it names (`overeenkomst <zorgsoort>`) is a part
      // of its own; the others stay together where `overeenkomsten` (or the usual order) puts them.
      const named = new Set((chapter.order ?? []).filter((entry) => entry.kind === "overeenkomst").map((entry) => entry.id));
      const placedAlone = (text: AgreementText) => text.careTypes.some((c) => named.has(c.id));
      parts.push({ kind: "agreements", careTypes: agreements, texts: agreementParts.filter((t) => !placedAlone(t)) });
      for (const text of agreementParts.filter(placedAlone)) parts.push({ kind: "agreementText", text });
    }

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

    const tableParts = here(model.tables).map((table) => {
      const rowRules = new Map<string, Rule[]>();
      for (const part of [...groupParts]) {
        const rows = part.kind === "group" ? rowsOfTable(part.group, part.rules, table) : undefined;
        if (!rows) continue;
        groupParts.splice(groupParts.indexOf(part), 1);
        for (const [key, rules] of rows) rowRules.set(key, [...(rowRules.get(key) ?? []), ...rules]);
      }
      return rowRules.size > 0 ? { kind: "table" as const, table, rowRules } : { kind: "table" as const, table };
    });
    parts.push(...groupParts);
    parts.push(...tableParts);
    for (const dateRule of dateRules) if (!placedDateRules.has(dateRule.id)) parts.push({ kind: "dateRule", dateRule });

    // A chapter's planning is a table unless every row of it is a moment the chapter already
    // says in its words: "dan kunt u zich tot uiterlijk 1 oktober 2025 melden" is the source; a
    // planning entry for it (for the evaluator and the change report) is no table of the source.
    const milestones = here(model.milestones);
    const chapterWords = [
      ...texts.map((t) => t.text),
      ...groupParts.flatMap((p) => (p.kind === "group" ? [p.group.announcement ?? "", p.group.introduction ?? "", ...p.rules.map((r) => r.text)] : [])),
      ...agreements.map((c) => c.agreement.text),
      ...dateRules.map((d) => d.text),
      ...here(model.tables).map((t) => t.introduction ?? ""),
    ];
    if (milestones.length > 0 && !milestones.every((m) => saysMoment(chapterWords, m))) parts.push({ kind: "planning", milestones });

    return { chapter, depth: chapter.number.split(".").length, parts: chapter.order ? applyOrder(parts, chapter.order) : parts };
  });
}
