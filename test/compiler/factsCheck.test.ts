/**
 * The quick facts check the emitter writes per care type (`feitenInOrde…`) must accept
 * exactly what `controleerFeiten` accepts: for valid facts with one fact broken in many ways,
 * the evaluator throws a FeitenFout exactly when `controleerFeiten` finds a problem. Also the
 * trusted entry points (`ZONDER_CONTROLE`) decide the same as the checked ones, and the
 * faster `isIsoDate` agrees with its definition.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { describeFact } from "../../compiler/interpret/descriptions.js";
import { factsFor } from "../../compiler/queries.js";
import { isIsoDate } from "../../runtime/dates.js";
import { controleerFeiten } from "../../runtime/facts.js";
import { factsArbitrary } from "./factArbitrary.js";

const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;

const broken = fc.oneof(
  // `[,]` and `new Array(3)` have holes, which Array.filter skips.
  fc.constantFrom(undefined, null, "", "ja", "2026-02-30", "2024-02-29", "2026-1-01", "9999-12-31", "Fysiotherapeut", 0, -1, 1.5, Number.NaN, Infinity, 10n, true, false, [], ["Fysiotherapeut", "Fysiotherapeut"], ["Fysiotherapeut"], [1], [,], new Array(3), [undefined], {}),
  fc.string({ maxLength: 12 }),
  fc.double(),
);

describe("the quick facts check", async () => {
  const evaluator = (await loadEvaluator(model)) as unknown as Record<string, unknown> & { ZONDER_CONTROLE: Record<string, { besluit(f: unknown): unknown }> };
  for (const careType of model.careTypes.filter((c) => ["fysiotherapie", "gli", "valpreventie", "preventieve_voetzorg"].includes(c.id))) {
    const specs = factsFor(model, careType.id).map(describeFact);
    const pascal = careType.id.replace(/(^|_)(.)/g, (_, __, c: string) => c.toUpperCase());
    const besluit = evaluator[`besluit${pascal}`] as (f: unknown) => unknown;

    it(`${careType.id}: throws exactly when controleerFeiten finds a problem`, () => {
      fc.assert(
        fc.property(factsArbitrary(model, careType.id), fc.nat(), broken, fc.boolean(), (facts, which, value, remove) => {
          const key = specs[which % specs.length]?.id as string;
          const input: Record<string, unknown> = { ...facts };
          if (remove) delete input[key];
          else input[key] = value;
          let expected: string | undefined;
          try {
            controleerFeiten(specs, input, "x");
          } catch (error) {
            expected = (error as Error).name;
          }
          let actual: string | undefined;
          try {
            besluit(input);
          } catch (error) {
            actual = (error as Error).name;
          }
          expect(actual).toBe(expected);
        }),
        { numRuns: 300, seed: 11 },
      );
    });

    it(`${careType.id}: ZONDER_CONTROLE decides the same for valid facts`, () => {
      fc.assert(
        fc.property(factsArbitrary(model, careType.id), (facts) => {
          expect(evaluator.ZONDER_CONTROLE[careType.id]?.besluit(facts)).toEqual(besluit(facts));
        }),
        { numRuns: 50, seed: 12 },
      );
    });
  }

  it("refuses a list with an empty place (a hole), which aantal() would count", async () => {
    const { readFileSync } = await import("node:fs");
    const valid = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;
    const beoordeel = evaluator.beoordeelFysiotherapie as (f: unknown) => unknown;
    expect(() => beoordeel(valid)).not.toThrow();
    expect(() => beoordeel({ ...valid, kwaliteitsregisters: [,] })).toThrow("‘kwaliteitsregisters’ heeft een lege plaats op positie 1.");
    expect(() => beoordeel({ ...valid, kwaliteitsregisters: new Array(3) })).toThrow("‘kwaliteitsregisters’ heeft lege plaatsen op de posities 1, 2 en 3.");
  });

  it("counts a key on the prototype as missing, as controleerFeiten does", () => {
    const valid = fc.sample(factsArbitrary(model, "fysiotherapie"), { numRuns: 1, seed: 3 })[0] as Record<string, unknown>;
    const { behandelindex, ...rest } = valid;
    const inherited = Object.assign(Object.create({ behandelindex }), rest);
    expect(() => (evaluator.besluitFysiotherapie as (f: unknown) => unknown)(inherited)).toThrow(/‘behandelindex’ ontbreekt/);
  });
});

describe("isIsoDate", () => {
  const reference = (value: unknown): boolean => {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const [y, m, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
    if (y < 1 || m < 1 || m > 12 || d < 1) return false;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  };
  it("agrees with its definition", () => {
    const digits = (n: number) => fc.array(fc.constantFrom(..."0123456789"), { minLength: n, maxLength: n }).map((a) => a.join(""));
    const dateLike = fc.tuple(digits(4), fc.constantFrom("-", "/"), digits(2), fc.constantFrom("-", "-"), digits(2)).map((p) => p.join(""));
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 11 }), fc.constantFrom("0000-02-29", "0000-01-01", "0004-02-29", "0100-02-29", "0400-02-29", "1900-02-29", "2000-02-29", "2024-02-29", "2025-02-29", "2026-04-31", "2026-12-31", "٢٠٢٦-01-01")), (s) => {
        expect(isIsoDate(s)).toBe(reference(s));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});

describe("Dutch lists in explanations", () => {
  it("are written as Intl.ListFormat writes them", async () => {
    const { opsomming } = await import("../../runtime/decision.js");
    for (const type of ["conjunction", "disjunction"] as const) {
      const intl = new Intl.ListFormat("nl", { style: "long", type });
      for (const items of [[], ["a"], ["a", "b"], ["een, twee", "drie", "vier"], ["‘x’", "‘y’", "‘z’", "‘w’"]]) expect(opsomming(items, type)).toBe(intl.format(items));
    }
  });
});
