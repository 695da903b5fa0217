/**
 * Compares the groups of rules of two versions, for what a group shows besides its rules. It runs
 * after the rules are compared (compareRules.ts), so a changed text can join the change of the
 * purchase it introduces instead of being a change of its own.
 */

import type { Change } from "./changes.js";
import type { DiffContext } from "./context.js";
import { matchEntities } from "./match.js";

/** Changes whose sentence can say "; ook de tekst is aangepast" (the `ook_tekst` argument). */
const TEXT_HOSTS: ReadonlySet<Change["kind"]> = new Set<Change["kind"]>(["inkoop_status_gewijzigd", "contractsoort_gewijzigd", "looptijd_gewijzigd", "status_gewijzigd"]);

/**
 * What a group of rules shows besides its rules: its heading (`titel`), the sentence announcing
 * it and the introduction above its list. A new group's prose comes with its rules; for a group
 * in both versions a new heading is redactioneel, as a moved rule is (the rules under it are the
 * same), and a changed announcement or introduction is a changed text ("de tekst bij
 * ‘Valpreventie - randvoorwaarden’").
 */
export function compareGroups(ctx: DiffContext): void {
  for (const { old: before, new: after } of matchEntities(ctx.older.groups, ctx.newer.groups, ctx.diagnostics)) {
    if (!before || !after) continue;
    // The care types the group is for in both versions, so the reverse diff is the mirror (a
    // group that went with a split-off care type is not for the care type it left any more).
    const careTypes = after.careTypes.filter((c) => ctx.commonCareTypes.has(c) && before.careTypes.includes(c));
    const chapter = ctx.chapter(before.chapter, after.chapter);
    if (careTypes.length > 0 && !ctx.sameText(before.title, after.title)) {
      ctx.add("groep_titel_gewijzigd", "redactioneel", `groep:${after.id}`, chapter, { oud: before.title, nieuw: after.title }, careTypes);
    }
    const same = (a: string | undefined, b: string | undefined) => (a === undefined || b === undefined ? a === b : ctx.sameText(a, b));
    if (same(before.announcement, after.announcement) && same(before.introduction, after.introduction)) continue;
    if (careTypes.length === 0) continue;
    // The text changed along with the purchase it introduces (the agreement of the group's care
    // types, or the status of one of its rules, in the same chapter): one change, one sentence,
    // which says that the text changed too ("de tekst voor valpreventie aangepast aangezien de
    // inkoop hiervan gestart is").
    const sameTypes = (c: Change) => c.careTypes.length === careTypes.length && c.careTypes.every((t) => careTypes.includes(t));
    const about = (c: Change) => careTypes.some((t) => c.key === `overeenkomst:${t}`) || ctx.newer.rules.some((r) => r.group === after.id && c.key === `regel:${r.id}`);
    const host = ctx.changes.findIndex((c) => TEXT_HOSTS.has(c.kind) && c.chapter.new === chapter.new && sameTypes(c) && about(c));
    if (host >= 0) {
      const change = ctx.changes[host] as Change;
      ctx.changes[host] = { ...change, args: { ...change.args, ook_tekst: "ja" } };
      continue;
    }
    ctx.add("tekst_gewijzigd", "onbepaald", `groep:${after.id}`, chapter, { onderwerpen: [`de tekst bij ‘${after.title}’`], aantal: 1 }, careTypes);
  }
}
