/**
 * fast-check arbitraries for the facts of one care type: values of the right type, unknown
 * (`null`) where the policy allows it, and often a value on a threshold of the policy
 * (compiler/facts/thresholds.ts): 149, 150 and 151 for `behandelindex > 150`. Used by the
 * differential test of the interpreter; the reliability tests can use it too.
 */

import fc from "fast-check";
import { factThresholds } from "../../compiler/facts/thresholds.js";
import type { Fact, PolicyModel } from "../../compiler/model.js";
import { factsFor } from "../../compiler/queries.js";

const isoDate = fc
  .date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function valueArbitrary(fact: Fact, thresholds: ReturnType<typeof factThresholds>): fc.Arbitrary<unknown> {
  const t = thresholds.get(fact.id);
  const boundary = <T>(values: readonly T[] | undefined, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    values && values.length > 0 ? fc.oneof({ arbitrary: fc.constantFrom(...values), weight: 3 }, { arbitrary: other, weight: 2 }) : other;
  let known: fc.Arbitrary<unknown>;
  switch (fact.type) {
    case "getal":
    case "bedrag":
    case "percentage":
      // Within the fact's range (minimum, maximum, geheel): outside it the evaluator refuses the facts.
      known = boundary(t?.numbers, fc.oneof(fc.integer({ min: 0, max: 300 }), fc.double({ min: -10, max: 1000, noNaN: true, noDefaultInfinity: true }), fc.constant(0))).map((value) => inRange(fact, value as number));
      break;
    case "ja/nee":
      known = fc.boolean();
      break;
    case "datum":
      known = boundary(t?.dates, isoDate);
      break;
    case "tekst":
      known = boundary(t?.texts, fc.string({ maxLength: 4 }));
      break;
    case "keuze":
      known = fc.constantFrom(...(fact.values ?? []));
      break;
    case "verzameling":
      known = fc.subarray([...(fact.values ?? [])]);
      break;
  }
  return fact.unknownReason !== undefined ? fc.option(known, { nil: null, freq: 4 }) : known;
}

/** The nearest value the fact's range allows: rounded when whole, then between its minimum and maximum. */
function inRange(fact: Fact, value: number): number {
  let result = fact.integer ? Math.round(value) : value;
  if (fact.minimum !== undefined) result = Math.max(fact.minimum, result);
  if (fact.maximum !== undefined) result = Math.min(fact.maximum, result);
  return result;
}

/** Facts for `careType`: an object with every fact the evaluation needs. */
export function factsArbitrary(model: PolicyModel, careType: string): fc.Arbitrary<Record<string, unknown>> {
  const thresholds = factThresholds(model, careType);
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const facts = factsFor(model, careType);
  for (const fact of facts) shape[fact.id] = valueArbitrary(fact, thresholds);
  // A part not greater than its whole (`niet_groter_dan`), as the evaluator demands: lowered to the whole.
  const relations = facts.filter((f) => f.notGreaterThan !== undefined && facts.some((w) => w.id === f.notGreaterThan));
  if (relations.length === 0) return fc.record(shape);
  return fc.record(shape).map((values) => {
    const result = { ...values };
    for (const fact of relations) {
      const [part, whole] = [result[fact.id], result[fact.notGreaterThan as string]];
      if (typeof part === "number" && typeof whole === "number" && part > whole) result[fact.id] = inRange(fact, whole);
    }
    return result;
  });
}
