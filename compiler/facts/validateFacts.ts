/**
 * Validates a provider's facts against the policy's facts schema (compiler/emit/factsSchema.ts)
 * with ajv, outside the evaluator: where facts come in from a file (`beleid eval --feiten`, the
 * rows of `beleid eval --aanbieders`). The validator is compiled once per list of facts and
 * reused; ajv's errors become the same Dutch problems the evaluator's `FeitenFout` lists, one
 * per fact, in the order of the facts (as compiler/load/validate.ts does for policy files).
 *
 * The schema accepts exactly what the evaluator's own check accepts (a property test keeps
 * that true), so facts that pass here can go to the trusted entry points (`ZONDER_CONTROLE`).
 */

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { geenObject, ontbreekt, probleemMetVerhouding, waardeProbleem, type FeitProbleem, type WaardeProbleem } from "../../runtime/facts.js";
import { factsObjectSchema } from "../emit/factsSchema.js";
import type { Fact, PolicyModel } from "../model.js";
import { factsFor } from "../queries.js";

/** The problems with a facts object; empty when the evaluator can use it. */
export type FactsValidator = (facts: unknown) => FeitProbleem[];

/**
 * Two compilations of the same schema. `exact` reads only the object's own keys, as the
 * evaluator does, and collects all errors; `quick` stops at the first error and also sees
 * inherited keys, which makes it four times faster. Facts pass when `quick` accepts them and
 * every fact is an own key — exactly when `exact` accepts them; otherwise `exact` says why.
 */
const exactAjv = new Ajv({ allErrors: true, strict: true, strictNumbers: true, allowUnionTypes: true, ownProperties: true });
const quickAjv = new Ajv({ strict: true, strictNumbers: true, allowUnionTypes: true });
const compiled = new Map<string, { exact: ValidateFunction; quick: ValidateFunction }>();

/** Compiles (once per schema) the validator of a list of facts. */
export function factsValidator(facts: readonly Fact[]): FactsValidator {
  const schema = factsObjectSchema(facts);
  const key = JSON.stringify(schema);
  let pair = compiled.get(key);
  if (!pair) {
    pair = { exact: exactAjv.compile(schema), quick: quickAjv.compile(schema) };
    compiled.set(key, pair);
  }
  const { exact, quick } = pair;
  const ids = facts.map((f) => f.id);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const order = new Map(facts.map((f, i) => [f.id, i]));
  const ownKeys = (input: unknown) => {
    for (const id of ids) if (!Object.prototype.hasOwnProperty.call(input, id)) return false;
    return true;
  };
  // What JSON Schema cannot say: a fact not greater than another (checked once both are usable).
  const related = facts.filter((f) => f.notGreaterThan !== undefined).map(asSpec);
  const relations = (input: unknown): FeitProbleem[] =>
    related.flatMap((spec) => {
      const melding = probleemMetVerhouding(spec, input as Record<string, unknown>, facts);
      return melding === undefined ? [] : [{ feit: spec.id, soort: "verband" as const, melding }];
    });
  return (input) => {
    if (quick(input) && ownKeys(input)) return related.length === 0 ? [] : relations(input);
    if (!exact(input)) {
      const problems = translate(exact.errors ?? [], input, byId, order);
      if (problems.some((p) => p.feit === "")) return problems; // no object with facts at all
      // As the evaluator: a relation only between facts that are usable on their own.
      return [...problems, ...relations(input).filter((r) => !problems.some((p) => p.feit === r.feit || p.feit === byId.get(r.feit)?.notGreaterThan))];
    }
    return relations(input);
  };
}

/** The validator of the facts of one care type of a policy. */
export function careTypeFactsValidator(model: PolicyModel, careType: string): FactsValidator {
  return factsValidator(factsFor(model, careType));
}


function translate(errors: readonly ErrorObject[], input: unknown, facts: ReadonlyMap<string, Fact>, order: ReadonlyMap<string, number>): FeitProbleem[] {
  const root = errors.find((e) => e.instancePath === "" && e.keyword === "type");
  if (root) return [{ feit: "", soort: "geen_object", melding: geenObject(input) }];
  const problems = new Map<string, WaardeProbleem>();
  for (const error of errors) {
    if (error.keyword === "required") {
      const id = String((error.params as { missingProperty: string }).missingProperty);
      const fact = facts.get(id);
      if (!fact || problems.has(id)) continue;
      // ajv counts a key whose value is `undefined` as missing; the evaluator as a wrong value.
      const own = typeof input === "object" && input !== null && Object.prototype.hasOwnProperty.call(input, id);
      problems.set(id, own ? wrongValue(fact, undefined) : { soort: "ontbreekt", melding: missing(fact) });
      continue;
    }
    const [id = ""] = error.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    const fact = facts.get(id);
    if (!fact || problems.has(id)) continue;
    problems.set(id, wrongValue(fact, (input as Record<string, unknown>)[id]));
  }
  return [...problems].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(([feit, { soort, melding }]) => ({ feit, soort, melding }));
}

/** The runtime's description of a fact, for its messages. */
function asSpec(fact: Fact) {
  return {
    id: fact.id,
    type: fact.type,
    omschrijving: fact.description,
    ...(fact.values !== undefined ? { waarden: fact.values } : {}),
    ...(fact.minimum !== undefined ? { minimum: fact.minimum } : {}),
    ...(fact.maximum !== undefined ? { maximum: fact.maximum } : {}),
    ...(fact.integer ? { geheel: true as const } : {}),
    ...(fact.notGreaterThan !== undefined ? { nietGroterDan: fact.notGreaterThan } : {}),
    ...(fact.unknownReason !== undefined ? { onbekend: fact.unknownReason } : {}),
  };
}

function missing(fact: Fact): string {
  return ontbreekt(asSpec(fact));
}

/** The problem with a fact's value, worded (and of the kind) as `controleerFeiten` gives it (the same function). */
function wrongValue(fact: Fact, value: unknown): WaardeProbleem {
  return waardeProbleem(asSpec(fact), value) ?? { soort: "waarde", melding: `‘${fact.id}’ is niet bruikbaar.` };
}
