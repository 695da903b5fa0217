/**
 * A change between two versions of a policy: plain data, the unit of the change report.
 * `careTypes` says for whom it matters (empty: not tied to a care type); `class` says what it
 * means for providers. Consequences (the tier table shrinking because a factor went) travel
 * with their cause, so the report can write them in one paragraph.
 */

import type { ChangeKind } from "./kinds.js";

/**
 * strenger: some provider that qualified (or reached a tier) no longer does; soepeler: the
 * mirror; onbepaald: the policy alone does not decide it; redactioneel: wording or numbering.
 */
export type ChangeClass = "strenger" | "soepeler" | "onbepaald" | "redactioneel";

export type ArgValue = string | number | readonly string[];

export interface Change {
  readonly kind: ChangeKind;
  readonly class: ChangeClass;
  readonly careTypes: readonly string[];
  /** Chapter numbers in the old and the new version; `moved` when it is another chapter. */
  readonly chapter: { readonly old?: string; readonly new?: string; readonly moved?: boolean };
  /** What changed, by identity: "regel:prem_fysiotherapie", "tekst:verduurzaming", … */
  readonly key: string;
  readonly args: Readonly<Record<string, ArgValue>>;
  readonly consequences: readonly Change[];
}

export function mirrorClass(c: ChangeClass): ChangeClass {
  return c === "strenger" ? "soepeler" : c === "soepeler" ? "strenger" : c;
}

/** Combines the classes of several effects of one change. */
export function combineClasses(classes: readonly ChangeClass[]): ChangeClass {
  const substantive = classes.filter((c) => c !== "redactioneel");
  if (substantive.length === 0) return "redactioneel";
  if (substantive.every((c) => c === substantive[0])) return substantive[0] as ChangeClass;
  return "onbepaald";
}
