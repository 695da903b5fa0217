/**
 * The generated facts schema (compiler/emit/factsSchema.ts), validated with ajv
 * (compiler/facts/validateFacts.ts), accepts exactly the facts the evaluator's own
 * straight-line check (`feitenInOrde…` in the emitted module) accepts, for every care type of
 * every policy: random facts, often on the policy's thresholds, with some facts broken in many
 * ways, missing, or extra. The problems ajv's errors become are word for word those of
 * `controleerFeiten` (the evaluator's `FeitenFout`). The date pattern agrees with `isIsoDate`.
 */

import fc from "fast-check";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { DATE_PATTERN, emitFactsSchema } from "../../compiler/emit/factsSchema.js";
import { emitModule } from "../../compiler/emit/js.js";
import { careTypeFunctionNames } from "../../compiler/emit/careTypeNames.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { describeFact } from "../../compiler/interpret/descriptions.js";
import type { PolicyModel } from "../../compiler/model.js";
import { packageFile } from "../../compiler/packageRoot.js";
import { factsFor } from "../../compiler/queries.js";
import { isIsoDate } from "../../runtime/dates.js";
import { controleerFeiten, type FeitProbleem } from "../../runtime/facts.js";
import { factsArbitrary } from "./factArbitrary.js";

const FILES = [...findPolicyFiles(["policies"]).files, "test/fixtures/kenmerken/kenmerken.policy"];

/** The emitted module with its internal facts checks exported, to test them directly. */
async function factsChecks(model: PolicyModel): Promise<Record<string, (facts: unknown) => boolean>> {
  const runtime = pathToFileURL(packageFile("build", "runtime", "index.js")).href;
  const names = model.careTypes.map((c) => `${careTypeFunctionNames(c).feitenInOrde} as ${c.id}`);
  const code = `${emitModule(model, { runtimeImport: runtime, sourceName: model.file })}\nexport const CHECKS = { ${names.map((n) => n.replace(/^(\S+) as (\S+)$/, "$2: $1")).join(", ")} };\n`;
  const module = (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { CHECKS: Record<string, (facts: unknown) => boolean> };
  return module.CHECKS;
}

const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((a) => a.join(""));
const dateLike = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);

/** Values that break a fact, or nearly do. */
function brokenValue(model: PolicyModel): fc.Arbitrary<unknown> {
  const values = model.facts.flatMap((f) => f.values ?? []);
  // A possible value in another Unicode composition (NFD): refused alike, with the same words.
  const decomposed = values.map((v) => v.normalize("NFD")).filter((v) => !values.includes(v));
  return fc.oneof(
    decomposed.length > 0 ? fc.oneof(fc.constantFrom(...decomposed), fc.array(fc.constantFrom(...decomposed, ...values), { minLength: 1, maxLength: 3 })) : fc.constant("x"),
    fc.constantFrom(undefined, null, "", "ja", "nee", true, false, 0, -0, -1, 1.5, 1e308, Number.NaN, Infinity, -Infinity, [], {}, [1], [null], "2026-02-29", "2024-02-29", "2026-1-01", "2026-13-01", "0000-02-29", "1900-02-29", "2000-02-29", " 2026-01-01", "2026-01-01T00:00"),
    values.length > 0 ? fc.constantFrom(...values) : fc.constant("x"),
    values.length > 0 ? fc.array(fc.constantFrom(...values), { maxLength: 4 }) : fc.constant(["x"]),
    dateLike,
    fc.string({ maxLength: 6 }),
    fc.double(),
  );
}

function problemsOf(specs: ReturnType<typeof describeFact>[], facts: unknown): FeitProbleem[] {
  try {
    controleerFeiten(specs, facts, "test");
    return [];
  } catch (error) {
    return [...(error as { problemen: FeitProbleem[] }).problemen];
  }
}

describe("the facts schema accepts exactly what the evaluator accepts", () => {
  for (const file of FILES) {
    const model = compileFile(file).model;
    if (!model || model.careTypes.length === 0) continue;
    it(file, async () => {
      const checks = await factsChecks(model);
      for (const careType of model.careTypes) {
        const validate = careTypeFactsValidator(model, careType.id);
        const specs = factsFor(model, careType.id).map(describeFact);
        const ids = specs.map((s) => s.id);
        const edit = fc.oneof(
          fc.record({ kind: fc.constant("set" as const), which: fc.nat(), value: brokenValue(model) }),
          fc.record({ kind: fc.constant("delete" as const), which: fc.nat() }),
          fc.record({ kind: fc.constant("extra" as const), key: fc.constantFrom("extra", "aanbieder", "__proto__", "constructor"), value: brokenValue(model) }),
        );
        const input = fc.oneof(
          { weight: 12, arbitrary: fc.tuple(factsArbitrary(model, careType.id), fc.array(edit, { maxLength: 3 })) },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom<unknown>(null, [], "feiten", 3, undefined), fc.constant([])) },
        );
        fc.assert(
          fc.property(input, ([base, edits]) => {
            let facts: unknown = base;
            if (base !== null && typeof base === "object" && !Array.isArray(base)) {
              const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
              for (const e of edits) {
                const id = ids[e.kind === "extra" ? 0 : e.which % Math.max(ids.length, 1)];
                if (e.kind === "set" && id !== undefined) copy[id] = e.value;
                else if (e.kind === "delete" && id !== undefined) delete copy[id];
                else if (e.kind === "extra") Object.defineProperty(copy, e.key, { value: e.value, enumerable: true, configurable: true, writable: true });
              }
              facts = copy;
            }
            const problems = validate(facts);
            expect(problems.length === 0, JSON.stringify(facts)).toBe(checks[careType.id]?.(facts));
            // Word for word, and of the same kind (soort).
            expect(problems).toEqual(problemsOf(specs, facts));
          }),
          { numRuns: 30, seed: 2026 },
        );
      }
    });
  }
});

describe("the date pattern", () => {
  const pattern = new RegExp(DATE_PATTERN, "u");
  it("agrees with isIsoDate on random date-like texts", () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 11 })), (s) => {
        expect(pattern.test(s)).toBe(isIsoDate(s));
      }),
      { numRuns: 5000, seed: 7 },
    );
  });
  it("agrees with isIsoDate on every month and day of the tricky years", () => {
    for (const year of ["0000", "0001", "0004", "0100", "0400", "1600", "1700", "1900", "1996", "2000", "2023", "2024", "2025", "2026", "2100", "2400", "9996", "9999"]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const s = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(pattern.test(s), s).toBe(isIsoDate(s));
        }
      }
    }
  });
});

describe("the facts schema file", () => {
  it("has one definition per care type, with null only where a fact may be unknown", () => {
    const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
    const schema = emitFactsSchema(model) as { definitions: Record<string, { required: string[]; properties: Record<string, { type?: unknown; enum?: unknown[] }> }> };
    expect(Object.keys(schema.definitions)).toEqual(model.careTypes.map((c) => c.id));
    const fysio = schema.definitions.fysiotherapie!;
    expect(fysio.required).toEqual(factsFor(model, "fysiotherapie").map((f) => f.id));
    expect(fysio.properties.behandelindex?.type).toEqual(["number", "null"]);
    expect(fysio.properties.skf_keurmerk?.type).toBe("boolean");
  });
});

describe("facts nested thousands of levels deep", () => {
  it("are refused with problems, never a stack overflow", () => {
    const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
    const depth = 100_000;
    const deep = () => JSON.parse("[".repeat(depth) + "]".repeat(depth)) as unknown;
    const facts: Record<string, unknown> = {};
    for (const fact of factsFor(model, "fysiotherapie")) facts[fact.id] = fact.type === "verzameling" ? [deep(), deep()] : deep();
    const problems = careTypeFactsValidator(model, "fysiotherapie")(facts);
    expect(problems.length).toBe(factsFor(model, "fysiotherapie").length);
    expect(problems).toEqual(problemsOf(factsFor(model, "fysiotherapie").map(describeFact), facts));
  });
});
