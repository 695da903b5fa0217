/**
 * The change report between two versions of a policy, computed on the checked models (never
 * a text diff of the YAML): compare rules, care types and tiers, prose, chapters, planning,
 * tables, date rules and the ranges of facts; attach each tier-table change to the factor
 * change that caused it; then build the report.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import { combineClasses, type Change } from "./changes.js";
import { compareCareTypes } from "./compareCareTypes.js";
import { compareChapters, compareDateRules, compareMilestones, compareTexts } from "./compareDocument.js";
import { compareFactRanges } from "./compareFacts.js";
import { compareGroups } from "./compareGroups.js";
import { compareRules } from "./compareRules.js";
import { compareTables } from "./compareTables.js";
import { DiffContext, KIND_LABEL } from "./context.js";
import { buildReport, type ChangeReport } from "./report.js";

export interface DiffResult {
  readonly changes: readonly Change[];
  readonly report: ChangeReport;
  readonly diagnostics: readonly Diagnostic[];
}

const FACTOR = KIND_LABEL.differentiatiefactor;

/** Does this change alter how many differentiation factors a care type has? */
function changesFactorCount(change: Change): boolean {
  switch (change.kind) {
    case "regel_toegevoegd":
    case "regel_verwijderd":
    case "status_gewijzigd":
      return change.args.soort === FACTOR;
    case "regel_soort_gewijzigd":
      return change.args.oud === FACTOR || change.args.nieuw === FACTOR;
    default:
      return false;
  }
}

/**
 * Warnings about the pair itself: two different domains (BL601), or the versions the wrong
 * way round (BL602): the old one names the new one as its predecessor, was published later, is
 * for a later year, or has a later version (2026-07 against 2025).
 */
function checkPair(ctx: DiffContext, older: PolicyModel, newer: PolicyModel): void {
  const [o, n] = [older.meta, newer.meta];
  if (o.domain !== n.domain) {
    ctx.diagnostics.push(diagnostic("BL601", n.domainSpan, { oud: o.domain, nieuw: n.domain }));
    return;
  }
  // Versions named by year and month (2025, 2026-04) sort as text; a pair that skips a version
  // (2026-07 against 2025, whose `vorige` is another version) is found that way too.
  const ordered = /^\d{4}(-\d{2})?$/;
  const reason =
    o.previous !== undefined && o.previous === n.version
      ? "de opvolger van"
      : o.published !== undefined && n.published !== undefined && o.published > n.published
        ? "later gepubliceerd dan"
        : o.year > n.year || (ordered.test(o.version) && ordered.test(n.version) && o.version > n.version)
          ? "een latere versie dan"
          : undefined;
  if (reason) ctx.diagnostics.push(diagnostic("BL602", o.versionSpan, { oud: o.version, nieuw: n.version, reden: reason }));
}

export function diffModels(older: PolicyModel, newer: PolicyModel): DiffResult {
  const ctx = new DiffContext(older, newer);
  checkPair(ctx, older, newer);
  compareChapters(ctx);
  // Care types first: texts and rules of a care type that came or went are part of that news.
  const tierChanges = compareCareTypes(ctx);
  compareTexts(ctx);
  compareRules(ctx);
  compareGroups(ctx);
  compareTables(ctx);
  compareDateRules(ctx);
  compareMilestones(ctx);
  compareFactRanges(ctx);
  if (ctx.rolledOver > 0) {
    ctx.add("jaar_opgeschoven", "redactioneel", "jaar", {}, { oud: older.meta.year, nieuw: newer.meta.year, aantal: ctx.rolledOver });
  }

  // One cause, one paragraph: a tier table that changed because a factor came or went is
  // told together with that factor.
  let changes = [...ctx.changes];
  for (const [careType, tierChange] of tierChanges) {
    const cause = changes.find((c) => changesFactorCount(c) && c.careTypes.includes(careType));
    if (!cause) continue;
    // New tiers (other minimums or another number) were classed together with the factors that
    // came or went (compareTiers); differentiation that came or went says nothing of its own,
    // the cause does.
    const combined = tierChange.kind === "overeenkomsten_drempels_gewijzigd" || tierChange.kind === "overeenkomsten_aantal_gewijzigd";
    const cls = combined ? combineClasses([cause.class, tierChange.class]) : cause.class;
    changes = changes.filter((c) => c !== tierChange).map((c) => (c === cause ? { ...c, class: cls, consequences: [...c.consequences, tierChange] } : c));
  }
  return { changes, report: buildReport(older, newer, changes), diagnostics: ctx.diagnostics };
}
