/**
 * Turns the list of changes into the report a policy author reads: changes that are the same
 * for several care types become one sentence listing them, prose changes in one chapter become
 * one sentence, and everything is placed under "Algemeen", the domain (changes for every care
 * type) or the care types concerned, ordered by chapter. Each item gets its Dutch sentence and
 * a fingerprint.
 */

import type { PolicyModel } from "../model.js";
import { layoutDocument } from "../render/layout.js";
import { combineClasses, type Change, type ChangeClass } from "./changes.js";
import { fingerprint } from "./context.js";
import { capitalise, formatArg, nameList } from "./format.js";
import { KIND_IDS, kindSpec } from "./kinds.js";
import { readerPhrases, rulesReading } from "./compareFacts.js";
import { OWN_SUBJECT, TEMPLATES, type SentenceContext } from "./templates.js";
import { earlierPolicyName } from "../versionNames.js";

/** A rule as it was and as it is, for a side-by-side view. */
export interface RuleVersion {
  readonly text: string;
  readonly kind: string;
  readonly condition: string;
  readonly chapter: string;
  readonly status: "definitief" | "voornemen";
  /** Exclusions: when an exception is granted, and how to ask for one. */
  readonly exception?: { readonly condition: string; readonly route: string };
  /** Selective purchase: the part of the care only purchased when the rule holds (`deelzorg`). */
  readonly deelzorg?: string;
}

export interface ReportItem {
  readonly change: Change;
  readonly sentence: string;
  readonly fingerprint: string;
  /** For a change to one rule: the rule before and after. */
  readonly rule?: { readonly old?: RuleVersion; readonly new?: RuleVersion };
}

export interface ReportSection {
  readonly title: string;
  /** Care type ids of this section; empty for "Algemeen". */
  readonly careTypes: readonly string[];
  readonly items: readonly ReportItem[];
}

export interface PolicyRef {
  readonly file: string;
  readonly title: string;
  readonly version: string;
  readonly published?: string;
}

export interface ChangeReport {
  readonly title: string;
  readonly older: PolicyRef;
  readonly newer: PolicyRef;
  readonly sections: readonly ReportSection[];
  readonly counts: Readonly<Record<ChangeClass, number>>;
}

const MAX_HEADING_CARE_TYPES = 3;

const CLASSES: ChangeClass[] = ["strenger", "soepeler", "onbepaald", "redactioneel"];

function ref(model: PolicyModel): PolicyRef {
  return { file: model.file, title: model.meta.title, version: model.meta.version, ...(model.meta.published ? { published: model.meta.published } : {}) };
}

/**
 * "Wijzigingen ten opzichte van het inkoopbeleid van 2025"; for one of several versions of a
 * year, "… het inkoopbeleid 2026 van 1 april 2025" (its publication date), or without one "… het
 * inkoopbeleid 2026 van april" (see versions.ts).
 */
export function reportTitle(older: PolicyModel): string {
  return `Wijzigingen ten opzichte van ${earlierPolicyName(older.meta)}`;
}

export function domainName(model: PolicyModel): string {
  return model.meta.title.replace(/^Inkoopbeleid\s+/i, "").replace(/\s+\d{4}(-\d{2})?$/, "") || model.meta.domain;
}

/**
 * A change written out without its key and care types: two changes with the same text are the
 * same change for other care types (the same kind, class, chapter and arguments, and so the
 * same sentence). The key may differ: it can name the care type ("overeenkomst:logopedie"), or
 * two rules with the same name can each serve one care type.
 */
function withoutCareTypes(change: Change): string {
  const strip = (c: Change): unknown => ({ ...c, key: "", careTypes: [], args: withoutOwnFact(c), consequences: c.consequences.map(strip) });
  return JSON.stringify(strip(change));
}

/**
 * The arguments without the fact of a declaration, which has the key of its rule: a declaration
 * that became a tested condition for implantologie and for tandprothetische zorg (each with its
 * own rule, and so its own fact) is one change, as their keys may differ.
 */
function withoutOwnFact(change: Change): Change["args"] {
  if (change.kind !== "voorwaarde_gewijzigd") return change.args;
  const side = change.args.verklaring === "vervallen" ? "oud" : change.args.verklaring === "ingevoerd" ? "nieuw" : undefined;
  return side === undefined ? change.args : { ...change.args, [side]: "" };
}

/**
 * One change for several care types instead of one per care type. Each change is written out
 * once and looked up (comparing every pair made a check of a policy with a thousand rules take
 * seconds, since every check compares with the previous version).
 */
function mergeAcrossCareTypes(changes: readonly Change[]): Change[] {
  const result: Change[] = [];
  const byContent = new Map<string, number>();
  for (const change of changes) {
    const content = change.careTypes.length > 0 ? withoutCareTypes(change) : undefined;
    const index = content !== undefined ? (byContent.get(content) ?? -1) : -1;
    if (content !== undefined && index < 0) byContent.set(content, result.length);
    if (index >= 0) {
      const existing = result[index] as Change;
      // Each care type's rule keeps its key: "regel:impl_digitale_zorg+tp_digitale_zorg".
      const [kind, ...ids] = existing.key.split(":");
      const own = change.key.slice(kind!.length + 1);
      const key = change.key.startsWith(`${kind}:`) && !ids.join(":").split("+").includes(own) ? `${existing.key}+${own}` : existing.key;
      result[index] = {
        ...existing,
        key,
        careTypes: [...existing.careTypes, ...change.careTypes],
        consequences: existing.consequences.map((c, i) => ({ ...c, careTypes: [...c.careTypes, ...(change.consequences[i]?.careTypes ?? [])] })),
      };
    } else {
      result.push(change);
    }
  }
  return result;
}

/**
 * Rules of the same kind added (or removed, or moved) in one chapter for the same care types:
 * one sentence.
 */
function mergeSiblingRules(changes: readonly Change[]): Change[] {
  const result: Change[] = [];
  for (const change of changes) {
    if (change.kind !== "regel_toegevoegd" && change.kind !== "regel_verwijderd" && change.kind !== "status_gewijzigd" && change.kind !== "regel_verplaatst") {
      result.push(change);
      continue;
    }
    const index = result.findIndex(
      (r) =>
        r.kind === change.kind &&
        r.class === change.class &&
        r.args.soort === change.args.soort &&
        r.args.paragraaf === change.args.paragraaf &&
        r.args.oud === change.args.oud &&
        // A renamed rule is named by both its names, in a sentence of its own.
        r.args.oude_naam === undefined &&
        change.args.oude_naam === undefined &&
        r.args.ook_tekst === change.args.ook_tekst &&
        (r.chapter.new ?? r.chapter.old) === (change.chapter.new ?? change.chapter.old) &&
        [...r.careTypes].sort().join() === [...change.careTypes].sort().join(),
    );
    if (index < 0) {
      result.push(change);
      continue;
    }
    const existing = result[index] as Change;
    const names = [...(Array.isArray(existing.args.naam) ? existing.args.naam : [existing.args.naam as string]), change.args.naam as string];
    result[index] = { ...existing, key: `${existing.key}+${change.key.replace(/^regel:/, "")}`, args: { ...existing.args, naam: names }, consequences: [...existing.consequences, ...change.consequences] };
  }
  return result;
}

/** The value of a number as the policy or a text writes it: "150", "1.500", "2,5", "30%", "€ 1.500". */
function numberValue(text: string): number | undefined {
  const digits = text.replace(/[€%\s]/g, "");
  if (!/^-?\d[\d.,]*$/.test(digits)) return undefined;
  // A point before three digits separates thousands (1.500), as does a comma in the policy (1,500 is not written).
  const value = Number(digits.replace(/\.(?=\d{3}(?!\d))/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Whether a route's text changed only where the threshold's number changed (and, across a change
 * of contract year, where a year moved on with it): "… hoger dan 150 …" that became "… hoger dan
 * 140 …" with the threshold. The words between the numbers must be the same.
 */
function routeFollowsThreshold(oldRoute: string, newRoute: string, oldValue: number, newValue: number, yearShift: number): boolean {
  const numbers = /\d[\d.,]*\d|\d/g;
  const words = (text: string) => text.replace(numbers, "#").replace(/\s+/g, " ").trim();
  if (words(oldRoute) !== words(newRoute)) return false;
  const [olds, news] = [oldRoute.match(numbers) ?? [], newRoute.match(numbers) ?? []];
  let threshold = false;
  for (let i = 0; i < olds.length; i++) {
    const [o, n] = [olds[i] as string, news[i] as string];
    if (o === n) continue;
    if (numberValue(o) === oldValue && numberValue(n) === newValue) threshold = true;
    else if (!(yearShift !== 0 && /^\d{4}$/.test(o) && Number(n) - Number(o) === yearShift)) return false;
  }
  return threshold;
}

/**
 * A changed threshold whose exclusion's route for an exception repeats it ("hoger dan 150" that
 * became "hoger dan 140"): the route changed only with the threshold, which the threshold's own
 * sentence says ("; ook de tekst van de uitzonderingsroute is daarop aangepast"), instead of a
 * second, onbepaald change "is gewijzigd hoe een zorgaanbieder een uitzondering kan aanvragen".
 * The comparison of rules reports both (compareRules.ts); reading the routes needs both models.
 */
function foldRouteIntoThreshold(changes: readonly Change[], older: PolicyModel, newer: PolicyModel): { changes: Change[]; followed: Set<string> } {
  const yearShift = older.kind === "inkoopbeleid" && newer.kind === "inkoopbeleid" ? newer.meta.year - older.meta.year : 0;
  const folded = new Set<Change>();
  const thresholds = new Set<Change>();
  for (const route of changes) {
    if (route.kind !== "uitzondering_gewijzigd" || route.args.voorwaarde !== "nee" || route.args.route !== "ja") continue;
    const threshold = changes.find((t) => t.kind === "drempel_gewijzigd" && t.key === route.key && t.careTypes.join() === route.careTypes.join() && !thresholds.has(t));
    const id = /^regel:([^+]+)$/.exec(route.key)?.[1];
    if (!threshold || id === undefined) continue;
    const after = newer.rules.find((r) => r.id === id);
    const before = older.rules.find((r) => r.id === (after?.was ?? id));
    const [oldValue, newValue] = [numberValue(String(threshold.args.oud)), numberValue(String(threshold.args.nieuw))];
    if (!before?.exception || !after?.exception || oldValue === undefined || newValue === undefined) continue;
    if (!routeFollowsThreshold(before.exception.route, after.exception.route, oldValue, newValue, yearShift)) continue;
    folded.add(route);
    thresholds.add(threshold);
  }
  return { changes: changes.filter((c) => !folded.has(c)), followed: new Set([...thresholds].map(thresholdId)) };
}

/** A threshold change by its rule and values: the same after it is merged for other care types. */
const thresholdId = (change: Change) => `${change.key.split("+")[0]}|${String(change.args.oud)}|${String(change.args.nieuw)}`;

/**
 * What the sentences of this comparison need from the versions beyond a change's arguments (see
 * SentenceContext): the contract years when they differ, a fact's description and the rules that
 * read it, and whether a threshold's exception route changed with it.
 */
function sentenceContext(older: PolicyModel, newer: PolicyModel, followed: ReadonlySet<string>): (change: Change) => SentenceContext {
  const years = older.kind === "inkoopbeleid" && newer.kind === "inkoopbeleid" && older.meta.year !== newer.meta.year ? { contractYears: { oud: String(older.meta.year), nieuw: String(newer.meta.year) } } : {};
  return (change) => {
    if (change.kind === "drempel_gewijzigd") return { ...years, ...(followed.has(thresholdId(change)) ? { routeFollows: true } : {}) };
    if (change.kind !== "feit_bereik_gewijzigd") return years;
    // The fact as the newer version describes it, and the rules that read it there (or, read
    // by none of them any more, those of the older version).
    const id = String(change.args.feit);
    const fact = newer.facts.find((f) => f.id === id);
    if (!fact) return years;
    const [newRules, oldRules] = [rulesReading(newer, id), rulesReading(older, older.facts.find((f) => f.id === fact.was)?.id ?? id)];
    const rules = newRules.length > 0 ? readerPhrases(newer, newRules) : readerPhrases(older, oldRules);
    // The whole a part may not exceed, old and new: the newer version's keys (compareFacts.ts).
    const wholes = Object.fromEntries(
      [change.args.niet_groter_dan_oud, change.args.niet_groter_dan_nieuw].flatMap((key) => {
        const whole = newer.facts.find((f) => f.id === key) ?? older.facts.find((f) => f.id === key);
        return whole ? [[whole.id, whole.description] as const] : [];
      }),
    );
    return { ...years, fact: { description: fact.description, rules, ...(Object.keys(wholes).length > 0 ? { wholes } : {}) } };
  };
}

/** Prose changes in one chapter become one sentence. */
function mergeProse(changes: readonly Change[]): Change[] {
  const result: Change[] = [];
  for (const change of changes) {
    if (change.kind !== "tekst_gewijzigd") {
      result.push(change);
      continue;
    }
    const index = result.findIndex((r) => r.kind === "tekst_gewijzigd" && r.chapter.new === change.chapter.new && r.careTypes.join() === change.careTypes.join());
    if (index < 0) {
      result.push(change);
      continue;
    }
    const existing = result[index] as Change;
    const subjects = [...(existing.args.onderwerpen as string[]), ...(change.args.onderwerpen as string[])];
    result[index] = {
      ...existing,
      key: `${existing.key}+${change.key.replace(/^tekst:/, "")}`,
      class: combineClasses([existing.class, change.class]),
      args: { onderwerpen: subjects, aantal: subjects.length },
    };
  }
  return result;
}

/**
 * Where each thing a change can be about stands in the document, by change key: a change
 * report lists the changes of one chapter in the order a reader meets them.
 */
function documentOrder(model: PolicyModel): Map<string, number> {
  const order = new Map<string, number>();
  const place = (key: string) => {
    if (!order.has(key)) order.set(key, order.size);
  };
  for (const { chapter, parts } of layoutDocument(model)) {
    place(`hoofdstuk:${chapter.id}`);
    for (const part of parts) {
      switch (part.kind) {
        case "text":
          place(`tekst:${part.text.id}`);
          break;
        case "agreements":
          for (const c of part.careTypes) {
            place(`zorgsoort:${c.id}`);
            place(`overeenkomst:${c.id}`);
          }
          break;
        case "agreementText":
          // With `volgorde` an agreement's text has a place of its own in the chapter.
          for (const c of part.text.careTypes) {
            place(`zorgsoort:${c.id}`);
            place(`overeenkomst:${c.id}`);
          }
          break;
        case "differentiation":
          place(`overeenkomsten:${part.careType.id}`);
          for (const rule of part.factors) place(`regel:${rule.id}`);
          break;
        case "group":
          place(`groep:${part.group.id}`);
          for (const rule of part.rules) place(`regel:${rule.id}`);
          break;
        case "table":
          place(`tabel:${part.table.id}`);
          break;
        case "dateRule":
          place(`datumregel:${part.dateRule.id}`);
          break;
        case "planning":
          for (const m of part.milestones) place(`planning:${m.id}`);
          break;
      }
    }
  }
  return order;
}

/** The place of a change in the newer document (or, for what was removed, the older one). */
function positionIn(newer: Map<string, number>, older: Map<string, number>): (change: Change) => number {
  return (change) => {
    // "regel:a+b" (merged) stands where its first part stands; "overeenkomst:x:3" where x does.
    const [kind, id] = change.key.split("+")[0]!.split(":");
    const key = `${kind}:${id}`;
    return newer.get(key) ?? older.get(key) ?? Number.MAX_SAFE_INTEGER;
  };
}

function compareChapters(a: string | undefined, b: string | undefined): number {
  const pa = (a ?? "99").split(".").map(Number);
  const pb = (b ?? "99").split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

function clause(change: Change, voor: string, context?: (change: Change) => SentenceContext): string {
  const spec = kindSpec(change.kind);
  const formatted: Record<string, string> = {};
  for (const [name, type] of Object.entries(spec.args)) {
    const value = change.args[name];
    if (value !== undefined) formatted[name] = formatArg(type, value);
  }
  const known = context?.(change);
  return TEMPLATES[change.kind]({ a: formatted, raw: change.args, voor, ...(known ? { context: known } : {}) });
}

/**
 * Care types named in a heading or after "voor": "kraamzorg en ligdagen". In a list of several,
 * a name's own explanation between brackets is left out ("Ligdagen (kraamzorg)", "Verloskundige
 * zorg (inclusief Echoscopie)" next to "Echoscopie"), as the sources' headings do, but not an
 * abbreviation that is part of the name ("gecombineerde leefstijlinterventie (GLI)"). A name
 * with an "en" or a comma of its own is quoted, so the list still shows which words make one
 * care type, and the list keeps its commas: "kraamzorg, ‘Bemiddelingsbureaus en ZZP
 * samenwerkingsverbanden’ en ligdagen", "BAHA, ‘Compensatie arm, hand en vingerfunctie’ en TENS".
 */
export function careTypeList(careTypes: readonly string[], names: ReadonlyMap<string, string>): string {
  const all = careTypes.map((c) => names.get(c) ?? c);
  const abbreviation = /\s\([A-ZÀ-Ý][A-ZÀ-Ý0-9-]+\)$/;
  const shown = all.length > 1 ? all.map((n) => (abbreviation.test(n) ? n : n.replace(/\s*\([^()]*\)$/, ""))) : all;
  return nameList(shown);
}

function voorFor(careTypes: readonly string[], allCareTypes: ReadonlySet<string>, names: ReadonlyMap<string, string>, context: readonly string[] = []): string {
  if (careTypes.length === 0) return "";
  if (careTypes.length === allCareTypes.size && careTypes.every((c) => allCareTypes.has(c))) return "";
  if (context.length > 0 && careTypes.length === context.length && careTypes.every((c) => context.includes(c))) return "";
  return ` voor ${careTypeList(careTypes, names)}`;
}

export function sentenceFor(
  change: Change,
  previousChapter: string | undefined,
  allCareTypes: ReadonlySet<string>,
  names: ReadonlyMap<string, string>,
  section: readonly string[] = [],
  context?: (change: Change) => SentenceContext,
): string {
  const chapter = change.chapter.new ?? change.chapter.old;
  // Under the heading "Fysiotherapie" a sentence need not say "voor fysiotherapie" again.
  const voor = voorFor(change.careTypes, allCareTypes, names, section);
  let text: string;
  if (OWN_SUBJECT.has(change.kind)) {
    text = clause(change, voor, context);
  } else {
    const moved = change.chapter.moved && change.chapter.old && change.chapter.old !== chapter ? ` (voorheen ${change.chapter.old})` : "";
    const where = chapter === undefined ? "In het beleid" : chapter === previousChapter && !moved ? "In hetzelfde hoofdstuk" : `In hoofdstuk ${chapter}${moved}`;
    text = `${where} ${clause(change, voor, context)}`;
  }
  for (const consequence of change.consequences) {
    text += ` Hiermee ${clause(consequence, voorFor(consequence.careTypes, allCareTypes, names, change.careTypes), context)}`;
  }
  return text;
}

/**
 * Whether a change that names no care type belongs under "Algemeen": what the policy includes
 * from a shared file (`omvat`, policies/algemeen/), as the sources' "Algemeen" holds only the
 * shared chapters (1 to 2.2). A change in one of those chapters is shared, also for a paragraph
 * the domain writes there itself (the hulpmiddelen version of a theme in 2.1); a text, chapter or
 * planning item of the domain's own chapters belongs to the domain ("Paramedische zorg"), and
 * so does the rest the domain defines. What stands in no chapter (the shifted year, a fact no
 * care type reads) stays general. A policy that includes nothing has no shared part to tell
 * apart: then everything without a care type is "Algemeen", as before.
 */
function sharedPart(older: PolicyModel, newer: PolicyModel): (change: Change) => boolean {
  if (older.includes.length === 0 && newer.includes.length === 0) return () => true;
  const fromShared = (model: PolicyModel, number: string | undefined) => number !== undefined && model.chapters.some((c) => c.number === number && c.from !== undefined);
  const sharedText = (key: string) => {
    const id = /^tekst:([^+]+)/.exec(key)?.[1];
    return id !== undefined && [...older.texts, ...newer.texts].some((t) => t.id === id && t.from !== undefined);
  };
  return (change) => {
    const { old, new: now } = change.chapter;
    if (old === undefined && now === undefined) return true;
    return fromShared(newer, now) || fromShared(older, old) || sharedText(change.key);
  };
}

export function buildReport(older: PolicyModel, newer: PolicyModel, changes: readonly Change[]): ChangeReport {
  const names = new Map<string, string>([...older.careTypes, ...newer.careTypes].map((c) => [c.id, c.name]));
  const order = [...newer.careTypes.map((c) => c.id), ...older.careTypes.map((c) => c.id)];
  const common = new Set(newer.careTypes.map((c) => c.id).filter((id) => older.careTypes.some((c) => c.id === id)));
  const wholeDomain = newer.careTypes.every((c) => common.has(c.id));
  const folded = foldRouteIntoThreshold(changes, older, newer);
  const merged = mergeSiblingRules(mergeProse(mergeAcrossCareTypes(folded.changes)));
  const context = sentenceContext(older, newer, folded.followed);
  const position = positionIn(documentOrder(newer), documentOrder(older));

  const shared = sharedPart(older, newer);
  const sectionKey = (c: Change) => {
    if (c.careTypes.length === 0) return shared(c) ? "algemeen" : "domein";
    // Under the domain's name only what concerns all its care types: not when the new version
    // added one that the change does not concern (CBT in mondzorg 2025).
    if (common.size > 1 && wholeDomain && c.careTypes.length === common.size && c.careTypes.every((id) => common.has(id))) return "domein";
    // A heading lists at most three care types; a change for more goes under the domain and
    // names them in its sentence ("Voor …, … en … loopt de zorgovereenkomst door").
    if (new Set(c.careTypes).size > MAX_HEADING_CARE_TYPES) return "domein";
    return [...new Set(c.careTypes)].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(",");
  };
  const groups = new Map<string, Change[]>();
  for (const change of merged) {
    const key = sectionKey(change);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const sectionOrder = (key: string) => (key === "algemeen" ? -2 : key === "domein" ? -1 : Math.min(...key.split(",").map((id) => order.indexOf(id))));
  const sections: ReportSection[] = [...groups.entries()]
    .sort(([a], [b]) => sectionOrder(a) - sectionOrder(b) || a.localeCompare(b))
    .map(([key, list]) => {
      const careTypes = key === "algemeen" ? [] : key === "domein" ? [...common] : key.split(",");
      const title = key === "algemeen" ? "Algemeen" : key === "domein" ? domainName(newer) : capitalise(careTypeList(careTypes, names));
      const sorted = [...list].sort(
        (a, b) =>
          compareChapters(a.chapter.new ?? a.chapter.old, b.chapter.new ?? b.chapter.old) ||
          position(a) - position(b) ||
          KIND_IDS.indexOf(a.kind) - KIND_IDS.indexOf(b.kind) ||
          a.key.localeCompare(b.key),
      );
      let previous: string | undefined;
      const items = sorted.map((change) => {
        const sentence = sentenceFor(change, previous, common, names, careTypes, context);
        previous = change.chapter.new ?? change.chapter.old;
        const rule = ruleVersions(change, older, newer);
        return { change, sentence, fingerprint: fingerprint(change), ...(rule ? { rule } : {}) };
      });
      return { title, careTypes, items };
    });

  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<ChangeClass, number>;
  for (const section of sections) for (const item of section.items) counts[item.change.class]++;
  return { title: reportTitle(older), older: ref(older), newer: ref(newer), sections, counts };
}

function ruleVersion(model: PolicyModel, id: string): RuleVersion | undefined {
  const rule = model.rules.find((r) => r.id === id);
  if (!rule) return undefined;
  const chapter = model.chapters.find((c) => c.id === rule.chapter)?.number ?? rule.chapter;
  const source = (text: string) => text.replace(/\s+/g, " ").trim();
  const condition = rule.logic.kind === "verklaring" ? "verklaring van de zorgaanbieder" : source(rule.logic.condition.source);
  const exception = rule.exception ? { exception: { condition: source(rule.exception.condition.source), route: rule.exception.route } } : {};
  const carePart = rule.carePart !== undefined ? { deelzorg: rule.carePart } : {};
  return { text: rule.text, kind: rule.kind, condition, chapter, status: rule.status, ...exception, ...carePart };
}

function ruleVersions(change: Change, older: PolicyModel, newer: PolicyModel): ReportItem["rule"] {
  // Several rules in one sentence (names listed) have no one rule to show; the same change of
  // one rule per care type ("regel:a+b", one name) shows the first of them.
  if (Array.isArray(change.args.naam)) return undefined;
  const match = /^regel:([^+]+)(\+[^+]+)*$/.exec(change.key);
  if (!match) return undefined;
  const id = match[1] as string;
  // A rule added for a care type may have existed for another one (kraamzorg's factor that
  // became a requirement for ligdagen too): for this care type there was no rule, as the
  // sentence says, so there is nothing to show as it was (and the other way round).
  const after = change.kind === "regel_verwijderd" ? undefined : ruleVersion(newer, id);
  const wasId = newer.rules.find((r) => r.id === id)?.was ?? id;
  const before = change.kind === "regel_toegevoegd" ? undefined : ruleVersion(older, wasId);
  if (!before && !after) return undefined;
  return { ...(before ? { old: before } : {}), ...(after ? { new: after } : {}) };
}
