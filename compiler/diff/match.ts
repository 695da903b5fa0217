/**
 * Identity, not position: pairs the entities of two versions by their key, following `was:`
 * in the newer version for renames and moves. A `was` that points at nothing in the older
 * version is a diagnostic (BL310), never a silent guess.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../span.js";

export interface Keyed {
  readonly id: string;
  readonly was?: string;
  readonly span: Span;
}

export interface Pair<T> {
  readonly old?: T;
  readonly new?: T;
}

export function matchEntities<T extends Keyed>(older: readonly T[], newer: readonly T[], diagnostics: Diagnostic[]): Pair<T>[] {
  const byId = new Map(older.map((e) => [e.id, e]));
  const used = new Set<string>();
  const pairs: Pair<T>[] = [];
  for (const entity of newer) {
    let match: T | undefined;
    if (entity.was !== undefined) {
      match = byId.get(entity.was);
      if (!match) diagnostics.push(diagnostic("BL310", entity.span, { oud: entity.was }));
    }
    if (!match && !used.has(entity.id)) match = byId.get(entity.id);
    if (match && used.has(match.id)) match = undefined;
    if (match) used.add(match.id);
    pairs.push(match ? { old: match, new: entity } : { new: entity });
  }
  for (const entity of older) if (!used.has(entity.id)) pairs.push({ old: entity });
  return pairs;
}
