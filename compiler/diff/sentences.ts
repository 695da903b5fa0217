/**
 * The Dutch sentence of one report item: "In hoofdstuk 3.1 (voorheen 3.2) …" or a sentence with a
 * subject of its own, the template of the change's kind (templates.ts) with its arguments written
 * out, "voor" the care types a section heading does not already name, and the consequences that
 * came with it ("Hiermee …"). What a sentence needs from the versions beyond a change's arguments
 * comes from sentenceContext.
 */

import type { PolicyModel } from "../model.js";
import type { Change } from "./changes.js";
import { readerPhrases, rulesReading } from "./compareFacts.js";
import { rowName } from "./compareTables.js";
import { formatArg, nameList } from "./format.js";
import { kindSpec } from "./kinds.js";
import { thresholdId } from "./routeWithThreshold.js";
import { OWN_SUBJECT, TEMPLATES, type SentenceContext } from "./templates.js";

/**
 * What the sentences of this comparison need from the versions beyond a change's arguments (see
 * SentenceContext): the contract years when they differ, a fact's description and the rules that
 * read it, whether a threshold's exception route changed with it, a table's rows as the
 * document names them, and the heading of a paragraph added to or removed from a subject.
 */
export function sentenceContext(older: PolicyModel, newer: PolicyModel, followed: ReadonlySet<string>): (change: Change) => SentenceContext {
  const years = older.kind === "inkoopbeleid" && newer.kind === "inkoopbeleid" && older.meta.year !== newer.meta.year ? { contractYears: { oud: String(older.meta.year), nieuw: String(newer.meta.year) } } : {};
  return (change) => {
    if (change.kind === "drempel_gewijzigd") return { ...years, ...(followed.has(thresholdId(change)) ? { routeFollows: true } : {}) };
    if (change.kind === "tabelrijen_toegevoegd" || change.kind === "tabelrijen_gewijzigd" || change.kind === "tabelrijen_verwijderd") {
      // Rows as the version that has them names them: a removed row as the older one did.
      const model = change.kind === "tabelrijen_verwijderd" ? older : newer;
      const id = change.key.split("+")[0]!.replace(/^tabel:/, "");
      const table = model.tables.find((t) => t.id === id);
      const keys = Array.isArray(change.args.rijen) ? change.args.rijen : [String(change.args.rijen)];
      return table ? { ...years, rows: keys.map((key) => rowName(model, table, key)) } : years;
    }
    if ((change.kind === "tekst_toegevoegd" || change.kind === "tekst_verwijderd") && change.key.startsWith("paragraaf:")) {
      // A paragraph's heading as the version that has it gives it.
      const id = change.key.slice("paragraaf:".length);
      const heading = (change.kind === "tekst_verwijderd" ? older : newer).texts.find((t) => t.id === id)?.heading;
      return heading !== undefined ? { ...years, paragraph: heading } : years;
    }
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
