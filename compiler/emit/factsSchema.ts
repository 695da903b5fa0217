/**
 * A JSON Schema of the facts an evaluator takes, per policy: one definition per care type
 * under `definitions`, with every fact the care type needs as a required property of its type —
 * numbers, yes/no, texts, dates as jjjj-mm-dd (a pattern that knows the calendar), `enum` for
 * a keuze, a list of distinct values for a verzameling — and `null` only where the fact may be
 * unknown. Keys the care type does not need are allowed, as the evaluator ignores them.
 *
 * The schema accepts exactly the facts the evaluator's own check (`feitenInOrde…` in the
 * emitted module, `controleerFeiten` in runtime/facts.ts) accepts; a property test keeps the
 * two in step (test/compiler/factsSchema.test.ts). `beleid build` writes it next to each
 * evaluator as `<versie>.feiten.schema.json`; compiler/facts/validateFacts.ts validates with it.
 */

import type { Fact, PolicyModel } from "../model.js";
import { factsFor } from "../queries.js";
import { titleWithVersionName } from "../versionNames.js";

export type JsonSchema = { readonly [key: string]: unknown };

/**
 * A date as `isIsoDate` (runtime/dates.ts) accepts it: a year from 0001 to 9999, a month, a day
 * that exists in that month; 29 February in leap years (the Gregorian calendar, also before
 * 1582). Written in the portable subset of JSON Schema regular expressions, so that every
 * validator reads it the same way: digits as `[0-9]` (Python's `\d` also matches "２"), plain
 * groups, no lookaround (RE2 and Go refuse it). Year 0000 is left out by listing the years that
 * have a digit other than 0 in one of the four places; the leap years are those divisible by 4
 * but not by 100 (the last two digits) and those divisible by 400 (the first two, then 00).
 */
const YEAR = "([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])";
const LEAP_YEAR = "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)";
const MONTH_AND_DAY =
  "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))";
export const DATE_PATTERN = `^(${YEAR}-${MONTH_AND_DAY}|${LEAP_YEAR}-02-29)$`;

/**
 * The length of a date: Python's and Java's `$` also match before a final newline, so the
 * pattern alone would let "2026-03-15\n" through there.
 */
const DATE_LENGTH = 10;

/** The schema of one fact's value. */
export function factValueSchema(fact: Fact): JsonSchema {
  const nullable = fact.unknownReason !== undefined;
  const type = (t: string) => (nullable ? [t, "null"] : t);
  // A relation with another fact is more than JSON Schema can say: the description says it.
  const relation = fact.notGreaterThan !== undefined ? ` Niet groter dan ‘${fact.notGreaterThan}’ (als beide bekend zijn; het schema controleert dat niet, de evaluator wel).` : "";
  const about = { title: fact.id, description: fact.description + relation };
  switch (fact.type) {
    case "getal":
    case "percentage":
    case "bedrag":
      // ajv with strictNumbers (and every validator) refuses NaN and Infinity for "number".
      return {
        ...about,
        type: type(fact.integer ? "integer" : "number"),
        ...(fact.minimum !== undefined ? { minimum: fact.minimum } : {}),
        ...(fact.maximum !== undefined ? { maximum: fact.maximum } : {}),
      };
    case "ja/nee":
      return { ...about, type: type("boolean") };
    case "tekst":
      return { ...about, type: type("string") };
    case "datum":
      return { ...about, type: type("string"), minLength: DATE_LENGTH, maxLength: DATE_LENGTH, pattern: DATE_PATTERN };
    case "keuze":
      return { ...about, enum: nullable ? [...(fact.values ?? []), null] : [...(fact.values ?? [])] };
    case "verzameling":
      // `type: "string"` on the items lets ajv check `uniqueItems` without comparing deeply nested
      // values (which would exhaust the stack on a list nested thousands of levels deep).
      return { ...about, type: type("array"), items: { type: "string", enum: [...(fact.values ?? [])] }, uniqueItems: true };
  }
}

/** The schema of the facts object for a list of facts (one care type). */
export function factsObjectSchema(facts: readonly Fact[], title?: string): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const fact of facts) properties[fact.id] = factValueSchema(fact);
  return { ...(title ? { title } : {}), type: "object", required: facts.map((f) => f.id), properties };
}

/** The `$id` of a policy's facts schema. */
export function factsSchemaId(model: PolicyModel): string {
  return `https://beleid.caresq.nl/schema/feiten/${encodeURIComponent(model.meta.domain)}/${encodeURIComponent(model.meta.version)}.feiten.schema.json`;
}

/** The facts schema of a policy: one `definitions` entry per care type, by its key. */
export function emitFactsSchema(model: PolicyModel): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  for (const careType of model.careTypes) defs[careType.id] = factsObjectSchema(factsFor(model, careType.id), `Feiten voor ${careType.name}`);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: factsSchemaId(model),
    title: `Feiten voor ${titleWithVersionName(model.meta)}`,
    description: "Per zorgsoort (onder definitions) de feiten die de evaluator nodig heeft. Een feit dat onbekend mag zijn, is dan null; de sleutel moet er wel staan. Zie docs/beslissing.md.",
    definitions: defs,
  };
}

/** The schema as the file `beleid build` writes. */
export function renderFactsSchema(model: PolicyModel): string {
  return JSON.stringify(emitFactsSchema(model), null, 2) + "\n";
}
