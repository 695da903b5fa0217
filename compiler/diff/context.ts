/**
 * What the comparison of two versions shares: both models, chapter numbers by key in each,
 * the care types present in both, and the list the changes go into.
 */

import { createHash } from "node:crypto";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel, RuleKind } from "../model.js";
import type { ArgValue, Change, ChangeClass } from "./changes.js";
import type { ChangeKind } from "./kinds.js";
import { sameTextModuloYears, shiftDate } from "./years.js";

export class DiffContext {
  readonly changes: Change[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly oldChapters: Map<string, string>;
  private readonly newChapters: Map<string, string>;
  /** Care types present in both versions; changes to rules are reported for these. */
  readonly commonCareTypes: ReadonlySet<string>;
  /** How many years the newer contract year is after the older one. */
  readonly yearShift: number;
  /** How many things differed only by the yearly rollover. */
  rolledOver = 0;
  /**
   * Care types only the newer version has, with the chapter their own rules start in: the
   * report names the care type there, and its own rules in other chapters separately.
   */
  readonly addedCareTypes = new Map<string, string | undefined>();
  /** The same for care types only the older version has. */
  readonly removedCareTypes = new Map<string, string | undefined>();

  constructor(
    readonly older: PolicyModel,
    readonly newer: PolicyModel,
  ) {
    this.oldChapters = new Map(older.chapters.map((c) => [c.id, c.number]));
    this.newChapters = new Map(newer.chapters.map((c) => [c.id, c.number]));
    const newIds = new Set(newer.careTypes.map((c) => c.id));
    this.commonCareTypes = new Set(older.careTypes.map((c) => c.id).filter((id) => newIds.has(id)));
    this.yearShift = older.kind === "inkoopbeleid" && newer.kind === "inkoopbeleid" ? newer.meta.year - older.meta.year : 0;
  }

  /** Equal texts, allowing the yearly rollover (counted when it was needed). */
  sameText(older: string, newer: string): boolean {
    if (older.replace(/\s+/g, " ").trim() === newer.replace(/\s+/g, " ").trim()) return true;
    const same = sameTextModuloYears(older, newer, this.yearShift);
    if (same) this.rolledOver++;
    return same;
  }

  /** Equal dates, allowing the yearly rollover. */
  sameDate(older: string, newer: string): boolean {
    if (older === newer) return true;
    const same = shiftDate(older, this.yearShift) === newer;
    if (same) this.rolledOver++;
    return same;
  }

  /** The two contract years, for a sentence about a date compared across a year change. */
  contractYears(): { jaar_oud: number; jaar_nieuw: number } {
    return { jaar_oud: this.older.meta.year, jaar_nieuw: this.newer.meta.year };
  }

  chapter(oldId: string | undefined, newId: string | undefined): Change["chapter"] {
    const o = oldId !== undefined ? this.oldChapters.get(oldId) : undefined;
    const n = newId !== undefined ? this.newChapters.get(newId) : undefined;
    const moved = oldId !== undefined && newId !== undefined && oldId !== newId;
    return { ...(o !== undefined ? { old: o } : {}), ...(n !== undefined ? { new: n } : {}), ...(moved ? { moved } : {}) };
  }

  add(
    kind: ChangeKind,
    changeClass: ChangeClass,
    key: string,
    chapter: Change["chapter"],
    args: Record<string, ArgValue>,
    careTypes: readonly string[] = [],
  ): Change {
    const change: Change = { kind, class: changeClass, careTypes: [...careTypes], chapter, key, args, consequences: [] };
    this.changes.push(change);
    return change;
  }
}

/**
 * The rule kinds grouped by what they do to a provider. `selectief`: a condition for a part of
 * the care only (selectieve inkoop); like a requirement, more providers failing it is strenger.
 */
export type RuleRole = "eis" | "factor" | "uitsluiting" | "benadering" | "benaderingsuitsluiting" | "selectief";

export function roleOf(kind: RuleKind): RuleRole {
  switch (kind) {
    case "randvoorwaarde":
    case "aanvullende_voorwaarde":
      return "eis";
    case "differentiatiefactor":
      return "factor";
    case "uitsluiting":
      return "uitsluiting";
    case "benaderingsvoorwaarde":
      return "benadering";
    case "benaderingsuitsluiting":
      return "benaderingsuitsluiting";
    case "selectieve_inkoop":
      return "selectief";
  }
}

/** Dutch label of a rule kind, as used in sentences ("een randvoorwaarde"). */
export const KIND_LABEL: Record<RuleKind, string> = {
  randvoorwaarde: "randvoorwaarde",
  aanvullende_voorwaarde: "aanvullende voorwaarde",
  differentiatiefactor: "differentiatiefactor",
  uitsluiting: "uitsluiting",
  benaderingsvoorwaarde: "voorwaarde om benaderd te worden",
  benaderingsuitsluiting: "uitzondering op het benaderen",
  // "regel voor selectieve inkoop" in docs/taal.md; named as a condition, as the other kinds are.
  selectieve_inkoop: "voorwaarde voor selectieve inkoop",
};

/** What adding a rule of this kind means for providers. */
export function addedClass(kind: RuleKind): ChangeClass {
  return roleOf(kind) === "factor" ? "soepeler" : "strenger";
}

/** What a narrower (fewer providers satisfy it) condition means, per kind of rule. */
export function narrowerClass(kind: RuleKind): ChangeClass {
  const role = roleOf(kind);
  return role === "uitsluiting" || role === "benaderingsuitsluiting" ? "soepeler" : "strenger";
}

/** A fingerprint of a change that does not depend on how its sentence is worded. */
export function fingerprint(change: Change): string {
  const args = Object.keys(change.args)
    .sort()
    .map((k) => [k, change.args[k]]);
  const data = JSON.stringify([change.kind, change.key, [...change.careTypes].sort(), args, change.chapter.old ?? null, change.chapter.new ?? null]);
  return createHash("sha256").update(data).digest("hex").slice(0, 16);
}
