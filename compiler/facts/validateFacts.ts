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
import { describeValue, EXPECTED, type FeitProbleem } from "../../runtime/facts.js";
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
  return (input) => {
    if (quick(input) && ownKeys(input)) return [];
    return exact(input) ? [] : translate(exact.errors ?? [], input, byId, order);
  };
}

/** The validator of the facts of one care type of a policy. */
export function careTypeFactsValidator(model: PolicyModel, careType: string): FactsValidator {
  return factsValidator(factsFor(model, careType));
}

const quotedList = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

function translate(errors: readonly ErrorObject[], input: unknown, facts: ReadonlyMap<string, Fact>, order: ReadonlyMap<string, number>): FeitProbleem[] {
  const root = errors.find((e) => e.instancePath === "" && e.keyword === "type");
  if (root) return [{ feit: "", melding: `De feiten moeten een object zijn met per feit een waarde, maar zijn ${describeValue(input)}.` }];
  const problems = new Map<string, string>();
  for (const error of errors) {
    if (error.keyword === "required") {
      const id = String((error.params as { missingProperty: string }).missingProperty);
      const fact = facts.get(id);
      if (!fact || problems.has(id)) continue;
      // ajv counts a key whose value is `undefined` as missing; the evaluator as a wrong value.
      const own = typeof input === "object" && input !== null && Object.prototype.hasOwnProperty.call(input, id);
      problems.set(id, own ? wrongValue(fact, undefined) : missing(fact));
      continue;
    }
    const [id = ""] = error.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    const fact = facts.get(id);
    if (!fact || problems.has(id)) continue;
    problems.set(id, wrongValue(fact, (input as Record<string, unknown>)[id]));
  }
  return [...problems].sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0)).map(([feit, melding]) => ({ feit, melding }));
}

function missing(fact: Fact): string {
  return `‘${fact.id}’ ontbreekt (${fact.description.replace(/\.$/, "")}); verwacht ${EXPECTED[fact.type]}${fact.unknownReason !== undefined ? " of null als het onbekend is" : ""}.`;
}

/** The problem with a fact's value, worded as `controleerFeiten` words it. */
function wrongValue(fact: Fact, value: unknown): string {
  const name = `‘${fact.id}’`;
  if (value === null) return `${name} mag niet onbekend zijn; verwacht ${EXPECTED[fact.type]}.`;
  const values = fact.values ?? [];
  switch (fact.type) {
    case "keuze":
      return `${name} moet een van deze waarden zijn: ${quotedList(values)}; het is ${describeValue(value)}.`;
    case "verzameling": {
      if (!Array.isArray(value)) return `${name} moet een lijst zijn met waarden uit: ${quotedList(values)}; het is ${describeValue(value)}.`;
      const wrong = value.filter((v) => typeof v !== "string" || !values.includes(v));
      if (wrong.length === 0) return `${name} bevat een waarde twee keer.`;
      return `${name} bevat ${wrong.map((v) => (typeof v === "string" ? JSON.stringify(v) : describeValue(v))).join(", ")}, maar mogelijke waarden zijn: ${quotedList(values)}.`;
    }
    default:
      return `${name} moet ${EXPECTED[fact.type]} zijn, maar is ${describeValue(value)}.`;
  }
}
