/**
 * Turns the list of changes into the report a policy author reads: changes that are the same
 * for several care types become one sentence listing them, prose changes in one chapter become
 * one sentence (mergeChanges.ts), and everything is placed under "Algemeen", the domain (changes
 * for every care type) or the care types concerned, ordered by chapter (reportOrder.ts). Each item
 * gets its Dutch sentence (sentences.ts) and a fingerprint.
 */

import type { PolicyModel } from "../model.js";
import type { Change, ChangeClass } from "./changes.js";
import { fingerprint } from "./context.js";
import { capitalise } from "./format.js";
import { KIND_IDS } from "./kinds.js";
import { mergeAcrossCareTypes, mergeProse, mergeSiblingRules } from "./mergeChanges.js";
import { compareChapterNumbers, documentOrder, positionIn } from "./reportOrder.js";
import { foldRouteIntoThreshold } from "./routeWithThreshold.js";
import { ruleVersions, type RuleVersion, type RuleVersions } from "./ruleVersions.js";
import { careTypeList, sentenceContext, sentenceFor } from "./sentences.js";
import { earlierPolicyName } from "../versionNames.js";

export type { RuleVersion, RuleVersions };
export { careTypeList, sentenceFor };

export interface ReportItem {
  readonly change: Change;
  readonly sentence: string;
  readonly fingerprint: string;
  /** For a change to one rule: the rule before and after. */
  readonly rule?: RuleVersions;
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
 * inkoopbeleid 2026 van april" (see ../versionNames.ts).
 */
export function reportTitle(older: PolicyModel): string {
  return `Wijzigingen ten opzichte van ${earlierPolicyName(older.meta)}`;
}

export function domainName(model: PolicyModel): string {
  return model.meta.title.replace(/^Inkoopbeleid\s+/i, "").replace(/\s+\d{4}(-\d{2})?$/, "") || model.meta.domain;
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
          compareChapterNumbers(a.chapter.new ?? a.chapter.old, b.chapter.new ?? b.chapter.old) ||
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
