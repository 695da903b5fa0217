/**
 * Who can be eligible for a care type, and who can be approached: the combinations
 * (combinations.ts) of its definitive rules, computed once per policy and care type and shared
 * by the checks BL404, BL409, BL410 and BL411.
 */

import { REQUIRED_FOR_OFFER, type CareType, type PolicyModel } from "../model.js";
import { rulesFor } from "../queries.js";
import { analyseCombinations, mustBeMet, mustNotCount, type Combinations } from "./combinations.js";

export interface CareTypeCombinations {
  /** Base conditions and exclusions, with the differentiation factors. */
  readonly eligible: Combinations;
  /** Approach conditions and approach exclusions (`voorwaarden_voldaan` may be either). */
  readonly approached: Combinations;
}

const cache = new WeakMap<PolicyModel, Map<string, CareTypeCombinations>>();

export function careTypeCombinations(model: PolicyModel, careType: CareType): CareTypeCombinations {
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  const cached = perModel.get(careType.id);
  if (cached) return cached;
  const rules = rulesFor(model, careType.id).filter((r) => r.status === "definitief");
  const of = (kinds: readonly string[]) => rules.filter((r) => kinds.includes(r.kind));
  const eligible = analyseCombinations(
    model,
    careType.id,
    [...of(REQUIRED_FOR_OFFER).map(mustBeMet), ...of(["uitsluiting"]).map(mustNotCount)],
    careType.differentiation ? of(["differentiatiefactor"]) : [],
  );
  const approached = analyseCombinations(model, careType.id, [...of(["benaderingsvoorwaarde"]).map(mustBeMet), ...of(["benaderingsuitsluiting"]).map(mustNotCount)], []);
  const result = { eligible, approached };
  perModel.set(careType.id, result);
  return result;
}

/** ‘a’ en ‘b’, ‘a’, ‘b’ en ‘c’. */
export function ruleList(ids: readonly string[]): string {
  const quoted = ids.map((id) => `‘${id}’`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} en ${quoted[quoted.length - 1]}`;
}

