/**
 * The title above a care type's differentiation factors: in the policy document, and as the
 * heading of the factors among a decision's rules on the checker page and in `beleid eval`.
 * A module of its own, so `beleid eval` does not load the document renderer.
 */

import type { CareType } from "../model.js";

/** The title above the list of factors: `differentiatie.factoren_kop`, or "Differentiatiefactoren:". */
export function factorsHeading(careType: CareType): string {
  return careType.differentiation?.factorsHeading ?? "Differentiatiefactoren:";
}

/** The same title as a heading among the rules ("Differentiatiefactoren"); none without differentiation. */
export function factorsTitle(careType: CareType): string | undefined {
  return careType.differentiation ? factorsHeading(careType).replace(/:$/, "") : undefined;
}
