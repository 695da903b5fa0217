/**
 * Identity, not position: pairs the entities of two versions by their key, following `was:`
 * in the newer version for renames and moves. A `was` that points at nothing in the older
 * version is a diagnostic (BL310), never a silent guess. Neither is an entity that looks
 * renamed without a `was` (a new key with the name of one that went): the report then says
 * "removed" and "added", and a warning (BL605) asks the author whether `was` was meant.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import type { Span } from "../span.js";
import { closestName } from "../suggest.js";

export interface Keyed {
  readonly id: string;
  readonly was?: string;
  readonly span: Span;
}

export interface Pair<T> {
  readonly old?: T;
  readonly new?: T;
}

/**
 * How to recognise an entity that got a new key without `was`: what it is in a sentence ("de
 * regel", "het feit") and what the two versions have in common, if anything ("dezelfde naam
 * ‘24/7 bereikbaar’"; undefined when they are not alike).
 */
export interface LookAlike<T> {
  readonly what: string;
  readonly alike: (older: T, newer: T) => string | undefined;
}

export function matchEntities<T extends Keyed>(older: readonly T[], newer: readonly T[], diagnostics: Diagnostic[], lookAlike?: LookAlike<T>): Pair<T>[] {
  const byId = new Map(older.map((e) => [e.id, e]));
  const used = new Set<string>();
  const pairs: Pair<T>[] = [];
  for (const entity of newer) {
    let match: T | undefined;
    if (entity.was !== undefined) {
      match = byId.get(entity.was);
      if (!match) {
        const meant = closestName(entity.was, byId.keys());
        diagnostics.push(diagnostic("BL310", entity.span, { oud: entity.was }, meant === undefined ? undefined : `Bedoelt u ‘${meant}’? ‘was’ noemt de sleutel die dit onderdeel in de vorige versie had.`));
      }
    }
    if (!match && !used.has(entity.id)) match = byId.get(entity.id);
    if (match && used.has(match.id)) match = undefined;
    if (match) used.add(match.id);
    pairs.push(match ? { old: match, new: entity } : { new: entity });
  }
  for (const entity of older) if (!used.has(entity.id)) pairs.push({ old: entity });
  if (lookAlike) warnLookAlikes(pairs, lookAlike, diagnostics);
  return pairs;
}

/** Whether the two versions are of one domain: only then is a look-alike a forgotten `was` (BL601 warns otherwise). */
export const sameDomain = (ctx: { readonly older: PolicyModel; readonly newer: PolicyModel }): boolean => ctx.older.meta.domain === ctx.newer.meta.domain;

/** BL605 for each new entity that has the name or text of one that went (each old one once). */
function warnLookAlikes<T extends Keyed>(pairs: readonly Pair<T>[], lookAlike: LookAlike<T>, diagnostics: Diagnostic[]): void {
  const gone = pairs.flatMap((p) => (p.old && !p.new ? [p.old] : []));
  const claimed = new Set<string>();
  for (const { old, new: entity } of pairs) {
    if (old || !entity || entity.was !== undefined) continue;
    for (const candidate of gone) {
      if (claimed.has(candidate.id)) continue;
      const common = lookAlike.alike(candidate, entity);
      if (common === undefined) continue;
      claimed.add(candidate.id);
      diagnostics.push(diagnostic("BL605", entity.span, { wat: lookAlike.what, Wat: lookAlike.what.charAt(0).toUpperCase() + lookAlike.what.slice(1), nieuw: entity.id, oud: candidate.id, gelijk: common }));
      break;
    }
  }
}
