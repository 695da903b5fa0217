/**
 * The reference interpreter: evaluates a checked policy (`PolicyModel`) directly, by walking
 * its expressions, with the three-valued semantics of docs/taal.md. It gives the same
 * `Beslissing` as the generated evaluators (compiler/emit) and is the meaning they are tested
 * against (test/compiler/interpret.test.ts). It is slower than the generated code and is not
 * meant for bulk evaluation; see bench/ for the figures.
 *
 *   interpretDecision(model, "fysiotherapie", feiten)   // Beslissing, with explanation
 *   createInterpreter(model).besluit("fysiotherapie", feiten)   // decision only
 */

import type { Beslissing, Besluit } from "../../runtime/decision.js";
import { kiesZorgsoort } from "../../runtime/facts.js";
import type { PolicyModel } from "../model.js";
import { interpretCareType, type CareTypeInterpreter } from "./decide.js";

export type { CareTypeInterpreter } from "./decide.js";

/** Same interface as a loaded evaluator (`compiler/evaluate.ts`). */
export interface Interpreter {
  beoordeel(zorgsoort: string, feiten: unknown): Beslissing;
  besluit(zorgsoort: string, feiten: unknown): Besluit;
  /** The interpreter of one care type, prepared once (for many providers). */
  zorgsoort(zorgsoort: string): CareTypeInterpreter;
}

export function createInterpreter(model: PolicyModel): Interpreter {
  const byCareType: Record<string, CareTypeInterpreter> = {};
  for (const careType of model.careTypes) byCareType[careType.id] = interpretCareType(model, careType);
  return {
    beoordeel: (zorgsoort, feiten) => kiesZorgsoort(byCareType, zorgsoort).beoordeel(feiten),
    besluit: (zorgsoort, feiten) => kiesZorgsoort(byCareType, zorgsoort).besluit(feiten),
    zorgsoort: (zorgsoort) => kiesZorgsoort(byCareType, zorgsoort),
  };
}

/** The full decision for one provider and care type; throws `FeitenFout` for unusable facts. */
export function interpretDecision(model: PolicyModel, careType: string, facts: unknown): Beslissing {
  const careTypeModel = model.careTypes.find((c) => c.id === careType);
  if (!careTypeModel) return createInterpreter(model).beoordeel(careType, facts);
  return interpretCareType(model, careTypeModel).beoordeel(facts);
}
