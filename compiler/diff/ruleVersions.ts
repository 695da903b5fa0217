/**
 * A report item about one rule shows the rule as it was and as it is, side by side (text, kind,
 * condition, chapter, status, exception, the care it is about), read from both models.
 */

import type { PolicyModel } from "../model.js";
import type { Change } from "./changes.js";

/** A rule as it was and as it is, for a side-by-side view. */
export interface RuleVersion {
  readonly text: string;
  readonly kind: string;
  readonly condition: string;
  readonly chapter: string;
  readonly status: "definitief" | "voornemen";
  /** Exclusions: when an exception is granted, and how to ask for one. */
  readonly exception?: { readonly condition: string; readonly route: string };
  /** Selective purchase: the part of the care only purchased when the rule holds (`deelzorg`). */
  readonly deelzorg?: string;
}

/** A rule before and after a change; a side is absent where the rule was added or removed. */
export interface RuleVersions {
  readonly old?: RuleVersion;
  readonly new?: RuleVersion;
}

function ruleVersion(model: PolicyModel, id: string): RuleVersion | undefined {
  const rule = model.rules.find((r) => r.id === id);
  if (!rule) return undefined;
  const chapter = model.chapters.find((c) => c.id === rule.chapter)?.number ?? rule.chapter;
  const source = (text: string) => text.replace(/\s+/g, " ").trim();
  const condition = rule.logic.kind === "verklaring" ? "verklaring van de zorgaanbieder" : source(rule.logic.condition.source);
  const exception = rule.exception ? { exception: { condition: source(rule.exception.condition.source), route: rule.exception.route } } : {};
  const carePart = rule.carePart !== undefined ? { deelzorg: rule.carePart } : {};
  return { text: rule.text, kind: rule.kind, condition, chapter, status: rule.status, ...exception, ...carePart };
}

export function ruleVersions(change: Change, older: PolicyModel, newer: PolicyModel): RuleVersions | undefined {
  // Several rules in one sentence (names listed) have no one rule to show; the same change of
  // one rule per care type ("regel:a+b", one name) shows the first of them.
  if (Array.isArray(change.args.naam)) return undefined;
  const match = /^regel:([^+]+)(\+[^+]+)*$/.exec(change.key);
  if (!match) return undefined;
  const id = match[1] as string;
  // A rule added for a care type may have existed for another one (kraamzorg's factor that
  // became a requirement for ligdagen too): for this care type there was no rule, as the
  // sentence says, so there is nothing to show as it was (and the other way round).
  const after = change.kind === "regel_verwijderd" ? undefined : ruleVersion(newer, id);
  const wasId = newer.rules.find((r) => r.id === id)?.was ?? id;
  const before = change.kind === "regel_toegevoegd" ? undefined : ruleVersion(older, wasId);
  if (!before && !after) return undefined;
  return { ...(before ? { old: before } : {}), ...(after ? { new: after } : {}) };
}
