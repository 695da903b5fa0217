/**
 * Compares the range of the facts two versions share: the `minimum`, `maximum`, `geheel` and
 * `niet_groter_dan` of a number, percentage or amount. A range says which values the evaluator
 * accepts as input, not what a provider must meet, so a changed range is onbepaald, as a
 * changed list of values of a fact is (see compareFactValues in compareRules.ts): a provider
 * whose value is now refused gets no decision at all, and whether that value was a real one (a
 * behandelindex below zero does not exist) the policy cannot tell. One change per fact,
 * reported under the care types whose evaluation reads it.
 */

import type { Fact, FactType, PolicyModel } from "../model.js";
import { factsFor } from "../queries.js";
import { formatAmount, formatNumber } from "../dutchNumber.js";
import type { ArgValue } from "./changes.js";
import type { DiffContext } from "./context.js";
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
    ctx.add("feit_bereik_gewijzigd", "onbepaald", `feit:${after.id}`, {}, args, careTypes);
  }
}
