/**
 * A rule that went with a care type split off (`afgesplitst_van`) from one it applied to, or came
 * back with one merged into it again, moved with that care: it did not go or come. compareRules.ts
 * finds such a rule with movedWithSplit and leaves those care types out of its added and removed
 * ones; compareMovedWithSplit says where it went and compares the rule itself under the care type
 * it went to.
 */

import type { PolicyModel, Rule } from "../model.js";
import { compareRulePair } from "./compareRulePair.js";
import { KIND_LABEL, addedClass, type DiffContext } from "./context.js";
import { flipClass } from "./ruleClasses.js";

/**
 * The care types a rule left for a care type split off from them (`afgesplitst_van`), or came
 * to from one that is merged into them again: `common` the care types of both versions it left
 * (or came to), `split` the split-off care types it went to (or came from).
 */
export interface MovedWithSplit {
  readonly common: readonly string[];
  readonly split: readonly string[];
  readonly direction: "afgesplitst" | "samengevoegd";
}

export function movedWithSplit(ctx: DiffContext, before: Rule, after: Rule): MovedWithSplit | undefined {
  const splitFrom = (model: PolicyModel, careTypes: ReadonlyMap<string, string | undefined>, id: string) =>
    careTypes.has(id) ? model.careTypes.find((c) => c.id === id)?.splitFrom?.id : undefined;
  const find = (from: Rule, to: Rule, model: PolicyModel, careTypes: ReadonlyMap<string, string | undefined>) => {
    // Care types of both versions the rule is no longer for, and split-off ones it is now for.
    const left = from.careTypes.filter((c) => ctx.commonCareTypes.has(c) && !to.careTypes.includes(c));
    const split = to.careTypes.filter((c) => {
      const source = splitFrom(model, careTypes, c);
      return source !== undefined && left.includes(source);
    });
    const common = left.filter((c) => split.some((s) => splitFrom(model, careTypes, s) === c));
    return split.length > 0 ? { common, split } : undefined;
  };
  const split = find(before, after, ctx.newer, ctx.addedCareTypes);
  if (split) return { ...split, direction: "afgesplitst" };
  const merged = find(after, before, ctx.older, ctx.removedCareTypes);
  if (merged) return { ...merged, direction: "samengevoegd" };
  return undefined;
}

/**
 * A rule that moved with a split-off care type: "… geldt voortaan voor de zorgsoort
 * ‘Partusassistentie’ in plaats van voor kraamzorg", under the care type it left. For that care
 * type it is as if the rule went (a requirement less: soepeler); for the providers of the care
 * now purchased separately the rule still holds, now for their own agreement, as a rule that
 * became one for selective purchase still holds for that part of the care. Merged back, the
 * mirror. What changed in the rule itself is told under the split-off care type, as for any
 * rule of both versions; that it moved, this sentence says.
 */
export function compareMovedWithSplit(ctx: DiffContext, before: Rule, after: Rule, key: string, moved: MovedWithSplit): void {
  const name = (model: PolicyModel, id: string) => model.careTypes.find((c) => c.id === id)?.name ?? id;
  const [fromModel, toModel] = moved.direction === "afgesplitst" ? [ctx.older, ctx.newer] : [ctx.newer, ctx.older];
  const common = moved.common.map((c) => name(fromModel, c));
  const split = moved.split.map((c) => name(toModel, c));
  const [oud, nieuw] = moved.direction === "afgesplitst" ? [common, split] : [split, common];
  const cls = moved.direction === "afgesplitst" ? flipClass(addedClass(before.kind)) : addedClass(after.kind);
  const renamed: Record<string, string> = before.name !== after.name ? { oude_naam: before.name } : {};
  ctx.add("regel_zorgsoort_gewijzigd", cls, key, ctx.chapter(before.chapter, after.chapter), { soort: KIND_LABEL[after.kind], naam: after.name, ...renamed, oud, nieuw }, moved.common);
  const start = ctx.changes.length;
  compareRulePair(ctx, before, after, key, moved.split);
  // Where it went and by which name, the sentence above says.
  for (let i = ctx.changes.length - 1; i >= start; i--) {
    const kind = ctx.changes[i]?.kind;
    if (kind === "regel_verplaatst" || kind === "regel_naam_gewijzigd") ctx.changes.splice(i, 1);
  }
}
