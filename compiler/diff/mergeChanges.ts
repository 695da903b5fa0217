/**
 * The first step from changes to report items: changes that read as one sentence become one
 * change. That holds for the same change for several care types (one sentence listing them), for
 * rules of the same kind added, removed or moved in one chapter (one sentence naming them), and for
 * prose changes in one chapter. Plain changes in, fewer plain changes out (report.ts).
 */

import { combineClasses, type Change } from "./changes.js";

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
export function mergeAcrossCareTypes(changes: readonly Change[]): Change[] {
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
export function mergeSiblingRules(changes: readonly Change[]): Change[] {
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

/** Prose changes in one chapter become one sentence. */
export function mergeProse(changes: readonly Change[]): Change[] {
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
