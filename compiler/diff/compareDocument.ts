/**
 * Compares the parts of a policy that are not rules: prose sections, chapters (numbers and
 * titles), planning and date rules. Lookup tables have a file of their own (compareTables.ts).
 */

import { MAANDEN } from "../../runtime/dates.js";
import type { Milestone, PolicyModel, ProseText, TExpr } from "../model.js";
import { exprKey } from "./conditions.js";
import type { ChangeClass } from "./changes.js";
import type { DiffContext } from "./context.js";
import { matchEntities } from "./match.js";
import { sameTextModuloYears, shiftDate, shiftExpression } from "./years.js";

function sameShifted(ctx: DiffContext, older: TExpr, newer: TExpr): boolean {
  const same = exprKey(shiftExpression(older, ctx.yearShift)) === exprKey(newer);
  if (same) ctx.rolledOver++;
  return same;
}

/** How a prose section is named in a sentence: its subject, its heading, or its chapter. */
export function proseSubject(text: ProseText | undefined, chapterTitle: string | undefined): string {
  if (text?.subject) return text.subject;
  if (text?.heading) return `de tekst ‘${text.heading}’`;
  return chapterTitle ? `de tekst van ‘${chapterTitle}’` : "de tekst";
}

interface Section {
  readonly key: string;
  readonly chapter: string;
  readonly head?: ProseText;
}

/**
 * Prose is compared per subsection: a text with a subject (or, in a chapter without subjects,
 * a heading) starts one, and the paragraphs after it in the same chapter belong to it. Texts
 * before the first of these belong to the chapter itself.
 */
function sections(model: PolicyModel): Map<string, Section> {
  const result = new Map<string, Section>();
  const current = new Map<string, Section>();
  // Where an author gave subjects, only they start subsections; other headings are
  // paragraphs within them (the CSRD paragraph belongs to the theme verduurzaming).
  const chaptersWithSubjects = new Set(model.texts.filter((t) => t.subject !== undefined).map((t) => t.chapter));
  for (const text of model.texts) {
    const starts = chaptersWithSubjects.has(text.chapter) ? text.subject !== undefined : text.heading !== undefined;
    if (starts) current.set(text.chapter, { key: `${text.chapter}/${text.id}`, chapter: text.chapter, head: text });
    result.set(text.id, current.get(text.chapter) ?? { key: text.chapter, chapter: text.chapter });
  }
  return result;
}

/**
 * The same words, spelled otherwise: a hyphen or space between letters (IZA-doelen, IZA doelen,
 * e-mail, email), the kind of quote, capitals. Punctuation between digits still counts (1,5 is
 * not 15).
 */
export function sameWords(older: string, newer: string): boolean {
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[‘’‚‛`´]/g, "'")
      .replace(/[“”„]/g, '"')
      .replace(/(?<=\p{L})[\s\-‐‑–—]+(?=\p{L})/gu, "")
      .replace(/\s+/g, " ")
      .trim();
  return words(older) === words(newer);
}

/**
 * A paragraph with a heading of its own (`kop`) added to (or removed from) a subject that both
 * versions have, as the CSRD paragraph to the theme verduurzaming: the report names it ("bij het
 * thema … is de paragraaf ‘CSRD …’ opgenomen") instead of counting it as a change of the theme,
 * where its heading would be lost. Keyed `paragraaf:<id>`; the sentence takes the heading from
 * the version that has it (sentences.ts). Returns whether the paragraph was reported so.
 */
function headedParagraph(ctx: DiffContext, text: ProseText, own: Map<string, Section>, other: PolicyModel, removed: boolean): boolean {
  const head = own.get(text.id)?.head;
  if (text.heading === undefined || head?.subject === undefined || head.id === text.id) return false;
  if (!other.texts.some((t) => t.id === head.id)) return false;
  const titles = new Map((removed ? ctx.older : ctx.newer).chapters.map((c) => [c.id, c.title]));
  const about = head.careTypes ?? [];
  // As a text about a care type that came or went with this version, part of that news.
  if (about.length > 0 && about.every((c) => (removed ? ctx.removedCareTypes : ctx.addedCareTypes).has(c))) return true;
  const careTypes = about.filter((c) => ctx.commonCareTypes.has(c));
  const chapter = removed ? ctx.chapter(text.chapter, undefined) : ctx.chapter(undefined, text.chapter);
  ctx.add(removed ? "tekst_verwijderd" : "tekst_toegevoegd", "onbepaald", `paragraaf:${text.id}`, chapter, { onderwerp: proseSubject(head, titles.get(head.chapter)) }, careTypes);
  return true;
}

export function compareTexts(ctx: DiffContext): void {
  const oldTitles = new Map(ctx.older.chapters.map((c) => [c.id, c.title]));
  const newTitles = new Map(ctx.newer.chapters.map((c) => [c.id, c.title]));
  const oldSections = sections(ctx.older);
  const newSections = sections(ctx.newer);
  // Per subsection: did it gain, lose or change paragraphs?
  const touched = new Map<string, { section: Section; old: boolean; added: number; removed: number; changed: number; spelling: number }>();
  const touch = (section: Section, old: boolean, what: "added" | "removed" | "changed" | "spelling") => {
    const key = `${old ? "oud" : "nieuw"}:${section.key}`;
    const entry = touched.get(key) ?? { section, old, added: 0, removed: 0, changed: 0, spelling: 0 };
    entry[what]++;
    touched.set(key, entry);
  };
  for (const { old: before, new: after } of matchEntities(ctx.older.texts, ctx.newer.texts, ctx.diagnostics)) {
    if (after && !before) {
      if (!headedParagraph(ctx, after, newSections, ctx.older, false)) touch(newSections.get(after.id) as Section, false, "added");
    } else if (before && !after) {
      if (headedParagraph(ctx, before, oldSections, ctx.newer, true)) continue;
      // A paragraph removed from a subsection that still exists changes that subsection.
      const section = oldSections.get(before.id) as Section;
      const stillThere = section.head && ctx.newer.texts.some((t) => t.id === section.head?.id);
      if (stillThere) touch(newSections.get(section.head!.id) as Section, false, "removed");
      else touch(section, true, "removed");
    } else if (before && after && (!ctx.sameText(before.text, after.text) || before.heading !== after.heading || before.status !== after.status)) {
      const onlySpelling = before.heading === after.heading && before.status === after.status && sameWords(before.text, after.text);
      touch(newSections.get(after.id) as Section, false, onlySpelling ? "spelling" : "changed");
    }
  }
  for (const { section, old, added, removed, changed, spelling } of touched.values()) {
    const title = (old ? oldTitles : newTitles).get(section.chapter);
    const subject = proseSubject(section.head, title);
    const headKey = section.head ? section.head.id : `hoofdstuk:${section.chapter}`;
    const key = `tekst:${headKey}`;
    const headAdded = section.head && !ctx.older.texts.some((t) => t.id === section.head?.id);
    // A text about some care types is reported with them; a text about a care type that came
    // (or went) with this version is part of that news, not a change of its own.
    const about = section.head?.careTypes ?? [];
    const careTypes = about.filter((c) => ctx.commonCareTypes.has(c));
    const withCareType = about.length > 0 && about.every((c) => (old ? ctx.removedCareTypes : ctx.addedCareTypes).has(c));
    if (!old && headAdded && removed === 0 && changed === 0) {
      if (!withCareType) ctx.add("tekst_toegevoegd", "onbepaald", key, ctx.chapter(undefined, section.chapter), { onderwerp: subject }, careTypes);
    } else if (old) {
      if (!withCareType) ctx.add("tekst_verwijderd", "onbepaald", key, ctx.chapter(section.chapter, undefined), { onderwerp: subject }, careTypes);
    } else {
      void added;
      const before = section.head ? ctx.older.texts.find((t) => t.id === section.head?.id) : undefined;
      // Only the spelling changed ("IZA-doelen" → "IZA doelen"): editorial.
      const cls = spelling > 0 && added === 0 && removed === 0 && changed === 0 ? "redactioneel" : "onbepaald";
      ctx.add("tekst_gewijzigd", cls, key, ctx.chapter(before?.chapter ?? section.chapter, section.chapter), { onderwerpen: [subject], aantal: 1 }, careTypes);
    }
  }
}

export function compareChapters(ctx: DiffContext): void {
  for (const { old: before, new: after } of matchEntities(ctx.older.chapters, ctx.newer.chapters, ctx.diagnostics)) {
    if (!before || !after) continue;
    const chapter = { old: before.number, new: after.number };
    if (before.number !== after.number) {
      ctx.add("hoofdstuk_hernummerd", "redactioneel", `hoofdstuk:${after.id}`, chapter, { titel: after.title, oud: before.number, nieuw: after.number });
    }
    if (before.title !== after.title) {
      ctx.add("hoofdstuk_titel_gewijzigd", "redactioneel", `hoofdstuk:${after.id}`, chapter, { oud: before.title, nieuw: after.title });
    }
  }
}

/** A planning item's moment as the document prints it: its words, else its date. */
function moment(m: Milestone): string {
  return m.when ?? m.date ?? "";
}

/** The one day a moment names ("Uiterlijk 24 oktober 2025", 2025-10-24), if it names one. */
function dayOf(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const days = [...text.matchAll(/(?<!\d)(\d{1,2}) (\p{L}+) (\d{4})(?!\d)/gu)].flatMap(([, day, month, year]) => {
    const index = MAANDEN.indexOf((month as string).toLowerCase());
    return index < 0 ? [] : [`${year}-${String(index + 1).padStart(2, "0")}-${(day as string).padStart(2, "0")}`];
  });
  return days.length === 1 ? days[0] : undefined;
}

/**
 * The class of a moment in other words, as a changed date is classed: a deadline whose words
 * each name one day is strenger when it is earlier (for the contract year) and soepeler when
 * later; other words for a moment are onbepaald, as beleid cannot read them; another spelling
 * of the same words is redactioneel.
 */
function momentClass(ctx: DiffContext, before: Milestone, after: Milestone): ChangeClass {
  if (sameWords(moment(before), moment(after))) return "redactioneel";
  const [older, newer] = [dayOf(moment(before)), dayOf(moment(after))];
  if (after.kind !== "deadline" || older === undefined || newer === undefined) return "onbepaald";
  const shifted = shiftDate(older, ctx.yearShift);
  return newer === shifted ? "onbepaald" : newer < shifted ? "strenger" : "soepeler";
}

export function compareMilestones(ctx: DiffContext): void {
  for (const { old: before, new: after } of matchEntities(ctx.older.milestones, ctx.newer.milestones, ctx.diagnostics)) {
    const key = `planning:${after?.id ?? before?.id}`;
    // A milestone of a care type that only one version has (CBT in its first year) goes with that care type.
    const careTypes = (m: Milestone) => {
      if (m.allCareTypes) return [];
      const common = m.careTypes.filter((c) => ctx.commonCareTypes.has(c));
      return common.length > 0 ? common : [...m.careTypes];
    };
    if (after && !before) {
      ctx.add("mijlpaal_toegevoegd", "onbepaald", key, ctx.chapter(undefined, after.chapter), { onderwerp: after.subject, moment: moment(after) }, careTypes(after));
    } else if (before && !after) {
      ctx.add("mijlpaal_verwijderd", "onbepaald", key, ctx.chapter(before.chapter, undefined), { onderwerp: before.subject, moment: moment(before) }, careTypes(before));
    } else if (before && after) {
      const chapter = ctx.chapter(before.chapter, after.chapter);
      if (before.date && after.date && !ctx.sameDate(before.date, after.date)) {
        // Across a change of contract year, earlier or later for that year: 1 juli 2025 for 2026
        // and 15 juni 2026 for 2027 is earlier.
        const earlier = after.date < shiftDate(before.date, ctx.yearShift);
        // An earlier deadline leaves providers less time.
        const cls: ChangeClass = after.kind === "deadline" ? (earlier ? "strenger" : "soepeler") : "onbepaald";
        const years = ctx.yearShift !== 0 ? ctx.contractYears() : {};
        ctx.add("mijlpaal_verschoven", cls, key, chapter, { onderwerp: after.subject, oud: before.date, nieuw: after.date, richting: earlier ? "vervroegd" : "uitgesteld", ...years }, careTypes(after));
      } else if (before.date && after.date ? !sameTextModuloYears(moment(before), moment(after), ctx.yearShift) : !ctx.sameText(moment(before), moment(after))) {
        // Other words for the moment, with or without a date: the document prints the words.
        // (With a date, its rollover was counted with the date: one place in the planning.)
        ctx.add("mijlpaal_moment_gewijzigd", momentClass(ctx, before, after), key, chapter, { onderwerp: after.subject, oud: moment(before), nieuw: moment(after) }, careTypes(after));
      }
    }
  }
}

export function compareDateRules(ctx: DiffContext): void {
  for (const { old: before, new: after } of matchEntities(ctx.older.dateRules, ctx.newer.dateRules, ctx.diagnostics)) {
    const key = `datumregel:${after?.id ?? before?.id}`;
    const careTypes = (r: { careTypes: readonly string[] }) => {
      const types = r.careTypes.filter((c) => ctx.commonCareTypes.has(c));
      return types.length === ctx.commonCareTypes.size ? [] : types;
    };
    if (after && !before) ctx.add("datumregel_toegevoegd", "onbepaald", key, ctx.chapter(undefined, after.chapter), { omschrijving: after.description }, careTypes(after));
    else if (before && !after) ctx.add("datumregel_verwijderd", "onbepaald", key, ctx.chapter(before.chapter, undefined), { omschrijving: before.description }, careTypes(before));
    else if (before && after && exprKey(before.computation.expr) !== exprKey(after.computation.expr) && !sameShifted(ctx, before.computation.expr, after.computation.expr)) {
      const show = (s: string) => s.replace(/\s+/g, " ").trim();
      ctx.add("datumregel_gewijzigd", "onbepaald", key, ctx.chapter(before.chapter, after.chapter), { omschrijving: after.description, oud: show(before.computation.source), nieuw: show(after.computation.source) }, careTypes(after));
    }
  }
}
