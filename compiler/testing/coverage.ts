/**
 * Rule and tier coverage of a policy's tests. A rule counts as covered when the tests saw it
 * both hold and fail (for a rule with `van_toepassing_als` also not apply, for an exclusion
 * with an exception route also the exception); a tier when some case reached it. That is what
 * it takes for a test to notice a threshold or a condition changing.
 */

import { agreementName } from "../queries.js";
import type { Beslissing } from "../../runtime/decision.js";
import type { PolicyModel } from "../model.js";

export interface CoverageGap {
  readonly kind: "regel" | "overeenkomst";
  readonly id: string;
  readonly careType?: string;
  /** What was never seen, in Dutch. */
  readonly missing: readonly string[];
}

export interface Coverage {
  readonly rules: { readonly covered: number; readonly total: number };
  readonly tiers: { readonly covered: number; readonly total: number };
  readonly gaps: readonly CoverageGap[];
}

const POSITIVE = new Set(["voldaan", "niet_uitgesloten"]);
const NEGATIVE = new Set(["niet_voldaan", "uitgesloten"]);

export function computeCoverage(model: PolicyModel, decisions: readonly Beslissing[]): Coverage {
  const seen = new Map<string, Set<string>>();
  const tiersReached = new Set<string>();
  for (const decision of decisions) {
    for (const r of decision.regels) {
      const set = seen.get(r.id) ?? new Set<string>();
      if (POSITIVE.has(r.uitkomst)) set.add("waar");
      if (NEGATIVE.has(r.uitkomst)) set.add("onwaar");
      if (r.uitkomst === "niet_van_toepassing") set.add("niet_van_toepassing");
      if (r.uitkomst === "uitzondering") set.add("uitzondering");
      seen.set(r.id, set);
    }
    if (decision.overeenkomst) tiersReached.add(`${decision.zorgsoort.id}/${decision.overeenkomst.id}`);
  }

  const gaps: CoverageGap[] = [];
  let rulesCovered = 0;
  const rules = model.rules.filter((r) => r.careTypes.length > 0);
  for (const rule of rules) {
    const set = seen.get(rule.id) ?? new Set<string>();
    const exclusion = rule.kind === "uitsluiting" || rule.kind === "benaderingsuitsluiting";
    const missing: string[] = [];
    if (!set.has("waar")) missing.push(exclusion ? "nooit ‘niet uitgesloten’" : "nooit ‘voldaan’");
    if (!set.has("onwaar")) missing.push(exclusion ? "nooit ‘uitgesloten’" : "nooit ‘niet voldaan’");
    if (rule.appliesWhen && !set.has("niet_van_toepassing")) missing.push("nooit ‘niet van toepassing’");
    if (rule.exception && !set.has("uitzondering")) missing.push("nooit een verleende uitzondering");
    if (missing.length === 0) rulesCovered++;
    else gaps.push({ kind: "regel", id: rule.id, missing });
  }

  let tiersTotal = 0;
  let tiersCovered = 0;
  for (const careType of model.careTypes) {
    // An agreement that is still an intention is offered to nobody: there is nothing to reach.
    if (careType.agreement.status === "voornemen") continue;
    const tiers = careType.differentiation?.tiers ?? [{ id: careType.id, name: agreementName(careType) }];
    for (const tier of tiers) {
      tiersTotal++;
      if (tiersReached.has(`${careType.id}/${tier.id}`)) tiersCovered++;
      else gaps.push({ kind: "overeenkomst", id: tier.id, careType: careType.id, missing: ["nooit bereikt"] });
    }
  }
  return { rules: { covered: rulesCovered, total: rules.length }, tiers: { covered: tiersCovered, total: tiersTotal }, gaps };
}
