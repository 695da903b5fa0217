/**
 * Compares the range of the facts two versions share: the `minimum`, `maximum`, `geheel` and
 * `niet_groter_dan` of a number, percentage or amount. A range says which values the evaluator
 * accepts as input, not what a provider must meet, so a changed range is onbepaald, as a
 * changed list of values of a fact is (see compareFactValues.ts): a provider
 * whose value is now refused gets no decision at all, and whether that value was a real one (a
 * behandelindex below zero does not exist) the policy cannot tell. One change per fact,
 * reported under the care types whose evaluation reads it. A fact has no chapter of its own: the
 * change stands in the chapter of the rules that read it, and names the fact by its description
 * and those rules ("In hoofdstuk 3.1 mag het aantal werkdagen … (randvoorwaarde ‘…’) niet langer
 * groter zijn dan 60."); the fact's key stays in the arguments, for the JSON report.
 */

import type { Fact, FactType, PolicyModel, Rule } from "../model.js";
import { factsFor, factsUsedByRule } from "../queries.js";
import { formatAmount, formatNumber } from "../dutchNumber.js";
import type { ArgValue } from "./changes.js";
import { KIND_LABEL, type DiffContext } from "./context.js";
import { matchEntities, sameDomain, type LookAlike } from "./match.js";

const RANGED: ReadonlySet<FactType> = new Set<FactType>(["getal", "percentage", "bedrag"]);

/** A bound as the document writes a value of the fact's type: 0, 1.500, 2,5, 100%, € 1.500. */
function bound(type: FactType, value: number): string {
  if (type === "percentage") return `${formatNumber(value)}%`;
  if (type === "bedrag") return formatAmount(value);
  return formatNumber(value);
}

/**
 * The arguments of a changed bound: its old and new value (absent where there was or is no
 * bound) and, when both versions have one, whether it went up or down.
 */
function boundArgs(name: "minimum" | "maximum", before: Fact, after: Fact): Record<string, ArgValue> {
  const [o, n] = [before[name], after[name]];
  if (o === n) return {};
  return {
    ...(o !== undefined ? { [`${name}_oud`]: bound(before.type, o) } : {}),
    ...(n !== undefined ? { [`${name}_nieuw`]: bound(after.type, n) } : {}),
    ...(o !== undefined && n !== undefined ? { [`${name}_richting`]: n > o ? "verhoogd" : "verlaagd" } : {}),
  };
}

/** The care types of `model` whose evaluation reads each fact. */
function readers(model: PolicyModel): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const careType of model.careTypes) {
    for (const fact of factsFor(model, careType.id)) result.set(fact.id, [...(result.get(fact.id) ?? []), careType.id]);
  }
  return result;
}

/** The chapter numbers of `model`, by chapter key, and their order ("3.1" before "3.10"). */
function chapterNumber(model: PolicyModel, id: string): string {
  return model.chapters.find((c) => c.id === id)?.number ?? id;
}

function compareNumbers(a: string, b: string): number {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The rules of `model` that read the fact (in their condition, applicability or exception), in
 * chapter order: where the fact matters for a provider.
 */
export function rulesReading(model: PolicyModel, fact: string): Rule[] {
  const rules = model.rules.filter((r) => factsUsedByRule(model, r).has(fact));
  return rules.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => compareNumbers(chapterNumber(model, a.chapter), chapterNumber(model, b.chapter)) || i - j).map(([r]) => r);
}

/**
 * The rules that read a fact as the sentence names them, after the fact: "randvoorwaarde ‘…’";
 * a rule in another chapter than the first with its chapter, "uitsluiting ‘…’ in hoofdstuk 3.3".
 * One rule per care type with the same name and kind is named once.
 */
export function readerPhrases(model: PolicyModel, rules: readonly Rule[]): string[] {
  const first = rules[0] ? chapterNumber(model, rules[0].chapter) : undefined;
  const phrases = rules.map((r) => {
    const chapter = chapterNumber(model, r.chapter);
    return `${KIND_LABEL[r.kind]} ‘${r.name}’${chapter !== first ? ` in hoofdstuk ${chapter}` : ""}`;
  });
  return [...new Set(phrases)];
}

/** A fact of the same type with the same description, under a new key without `was`. */
const FACT_LOOK_ALIKE: LookAlike<Fact> = {
  what: "het feit",
  alike: (a, b) => (a.type === b.type && a.description.trim() === b.description.trim() ? "dezelfde omschrijving" : undefined),
};

export function compareFactRanges(ctx: DiffContext): void {
  const oldReaders = readers(ctx.older);
  const newReaders = readers(ctx.newer);
  const pairs = matchEntities(ctx.older.facts, ctx.newer.facts, ctx.diagnostics, sameDomain(ctx) ? FACT_LOOK_ALIKE : undefined);
  // Old keys of facts renamed with `was`, to their new key.
  const renamed = new Map(pairs.flatMap((p) => (p.old && p.new && p.old.id !== p.new.id ? [[p.old.id, p.new.id] as const] : [])));
  for (const { old: before, new: after } of pairs) {
    if (!before || !after || !RANGED.has(before.type) || !RANGED.has(after.type)) continue;
    const geheel: Record<string, ArgValue> = Boolean(before.integer) !== Boolean(after.integer) ? { geheel_oud: before.integer ? "ja" : "nee", geheel_nieuw: after.integer ? "ja" : "nee" } : {};
    // The whole a part may not exceed, by the key it has in the newer version.
    const oldWhole = before.notGreaterThan === undefined ? undefined : (renamed.get(before.notGreaterThan) ?? before.notGreaterThan);
    const newWhole = after.notGreaterThan;
    const part: Record<string, ArgValue> =
      oldWhole !== newWhole ? { ...(oldWhole !== undefined ? { niet_groter_dan_oud: oldWhole } : {}), ...(newWhole !== undefined ? { niet_groter_dan_nieuw: newWhole } : {}) } : {};
    const args: Record<string, ArgValue> = { feit: after.id, ...boundArgs("minimum", before, after), ...boundArgs("maximum", before, after), ...geheel, ...part };
    if (Object.keys(args).length === 1) continue;
    // Under the care types that read the fact in either version. A fact only a care type that
    // came or went reads is part of that news; a fact no care type reads is reported on its own.
    const all = [...new Set([...(oldReaders.get(before.id) ?? []), ...(newReaders.get(after.id) ?? [])])];
    const careTypes = ctx.newer.careTypes.map((c) => c.id).filter((id) => all.includes(id) && ctx.commonCareTypes.has(id));
    if (all.length > 0 && careTypes.length === 0) continue;
    // The chapter of the first rule that reads the fact, in each version: a fact belongs to no
    // chapter, the rules that read it do (the report names them, see readerPhrases).
    const { moved: _moved, ...chapter } = ctx.chapter(rulesReading(ctx.older, before.id)[0]?.chapter, rulesReading(ctx.newer, after.id)[0]?.chapter);
    ctx.add("feit_bereik_gewijzigd", "onbepaald", `feit:${after.id}`, chapter, args, careTypes);
  }
}
