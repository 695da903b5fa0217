/**
 * Compares the rules of two versions. Rules are matched by key (and `was`); for the care types
 * both versions have, a rule can be added or removed, or move with a split-off care type
 * (movedWithSplit.ts); a rule of both versions is compared aspect by aspect in compareRulePair.ts.
 * A new (or dropped) care type's own rules outside its own chapter are news of their own.
 */

import type { PolicyModel, Rule } from "../model.js";
import { compareRulePair } from "./compareRulePair.js";
import { KIND_LABEL, addedClass, type DiffContext } from "./context.js";
import { matchEntities, sameDomain, type LookAlike } from "./match.js";
import { compareMovedWithSplit, movedWithSplit } from "./movedWithSplit.js";
import { flipClass } from "./ruleClasses.js";

/** A rule of the same kind with the same name or text, under a new key without `was`. */
const RULE_LOOK_ALIKE: LookAlike<Rule> = {
  what: "de regel",
  alike: (a, b) => (a.kind !== b.kind ? undefined : a.text.trim() === b.text.trim() ? "dezelfde tekst" : a.name === b.name ? `dezelfde naam ‘${b.name}’` : undefined),
};

export function compareRules(ctx: DiffContext): void {
  const pairs = matchEntities(ctx.older.rules, ctx.newer.rules, ctx.diagnostics, sameDomain(ctx) ? RULE_LOOK_ALIKE : undefined);
  for (const { old: before, new: after } of pairs) {
    const oldTypes = (before?.careTypes ?? []).filter((c) => ctx.commonCareTypes.has(c));
    const newTypes = (after?.careTypes ?? []).filter((c) => ctx.commonCareTypes.has(c));
    const key = `regel:${after?.id ?? before?.id}`;
    // A rule that went with a care type split off from one it applied to (or came back with
    // one merged into it again) moved with that care; it did not go (or come).
    const moved = before && after ? movedWithSplit(ctx, before, after) : undefined;
    const added = newTypes.filter((c) => !oldTypes.includes(c) && !moved?.common.includes(c));
    const removed = oldTypes.filter((c) => !newTypes.includes(c) && !moved?.common.includes(c));
    const common = newTypes.filter((c) => oldTypes.includes(c));
    if (before && after && moved) compareMovedWithSplit(ctx, before, after, key, moved);

    if (after && added.length > 0) {
      ctx.add(
        "regel_toegevoegd",
        after.status === "voornemen" ? "onbepaald" : addedClass(after.kind),
        key,
        ctx.chapter(undefined, after.chapter),
        { soort: addedKindLabel(after), naam: after.name },
        added,
      );
    }
    if (before && removed.length > 0) {
      ctx.add(
        "regel_verwijderd",
        before.status === "voornemen" ? "onbepaald" : flipClass(addedClass(before.kind)),
        key,
        ctx.chapter(before.chapter, undefined),
        { soort: addedKindLabel(before), naam: before.name },
        removed,
      );
    }
    if (before && after && common.length > 0) compareRulePair(ctx, before, after, key, common);

    // A new care type is named in the chapter of its own rules; its own rules elsewhere (how to
    // apply, in the procedure chapter) are news of their own, for no provider stricter or looser.
    const elsewhere = (rule: Rule, careTypes: Map<string, string | undefined>) =>
      rule.careTypes.every((c) => careTypes.has(c)) ? rule.careTypes.filter((c) => careTypes.get(c) !== rule.chapter) : [];
    if (after && !before && elsewhere(after, ctx.addedCareTypes).length > 0) {
      ctx.add("regel_toegevoegd", "onbepaald", key, ctx.chapter(undefined, after.chapter), { soort: addedKindLabel(after), naam: after.name, ...ownParagraph(ctx.newer, after, ctx.addedCareTypes) }, elsewhere(after, ctx.addedCareTypes));
    }
    if (before && !after && elsewhere(before, ctx.removedCareTypes).length > 0) {
      ctx.add("regel_verwijderd", "onbepaald", key, ctx.chapter(before.chapter, undefined), { soort: addedKindLabel(before), naam: before.name, ...ownParagraph(ctx.older, before, ctx.removedCareTypes) }, elsewhere(before, ctx.removedCareTypes));
    }
  }
}

/**
 * The paragraph a new (or dropped) care type's own rules outside its own chapter make up: their
 * group's title, when the whole group is that care type's. The report names the paragraph, as
 * the source does ("In hoofdstuk 4 is opgenomen hoe CBT’s een overeenkomst kunnen aanvragen"),
 * instead of the kind of rule: the language may model such a paragraph with a kind whose word
 * does not fit (a CBT that applies in time "wordt benaderd"), and the paragraph is news for no
 * provider that was there before.
 */
function ownParagraph(model: PolicyModel, rule: Rule, careTypes: Map<string, string | undefined>): { paragraaf?: string } {
  const group = model.groups.find((g) => g.id === rule.group);
  return group && group.careTypes.length > 0 && group.careTypes.every((c) => careTypes.has(c)) ? { paragraaf: group.title } : {};
}

/**
 * A rule's kind as a sentence about adding or dropping it names it: for selective purchase with
 * the care it is about ("voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson"),
 * so the reader learns what is no longer purchased without it; rules for the same care share it.
 */
function addedKindLabel(rule: Rule): string {
  return rule.kind === "selectieve_inkoop" && rule.carePart !== undefined ? `${KIND_LABEL[rule.kind]} van ${rule.carePart}` : KIND_LABEL[rule.kind];
}
