/**
 * The parts of the care (`deelzorg`) a care type purchases selectively, for the impact table of
 * `beleid diff --aanbieders` (compiler/diff/impact.ts). Which parts are not purchased from a
 * provider, the evaluator says itself (`nietIngekocht…`, compiler/emit/js.ts), and bulk
 * evaluation asks it there.
 */

import type { PolicyModel, Rule } from "../model.js";
import { rulesFor } from "../queries.js";

/**
 * The selective purchase rules of a care type that name a part of the care: the definitive
 * ones, and with `intentions` also those that are still an intention (`voornemen`).
 */
function selectiveRules(model: PolicyModel, careType: string, intentions = false): Rule[] {
  return rulesFor(model, careType).filter((r) => r.kind === "selectieve_inkoop" && (intentions || r.status === "definitief") && r.carePart !== undefined);
}

/**
 * The parts of the care a care type purchases selectively, in the order of the policy, each
 * once; empty: none. Only definitive rules withhold care (the same parts as the evaluator's
 * `nietIngekocht…` names); with `intentions` a part whose only rule is an intention is named
 * too, as the impact table of `beleid diff --aanbieders` lists it (with zeros: an intention
 * changes no outcome).
 */
export function careParts(model: PolicyModel, careType: string, options: { readonly intentions?: boolean } = {}): string[] {
  return [...new Set(selectiveRules(model, careType, options.intentions).map((r) => r.carePart as string))];
}
