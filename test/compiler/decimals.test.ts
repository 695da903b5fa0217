/**
 * Decimals at a boundary, end to end: a policy that compares computed numbers (aandeel, + - *
 * /, a percentage of a number) with facts gives the exact decimal answer in the compiled
 * evaluator and in the reference interpreter, for every one-decimal case up to 40. The
 * expectations are computed exactly, in whole numbers of tenths. Also: the interpreter's
 * statement of the rounding rule agrees with the runtime's fast one.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { createInterpreter } from "../../compiler/interpret/index.js";
import { INTERPRETED_FUNCTIONS } from "../../compiler/interpret/functions.js";
import { applyBinary, toDecimals } from "../../compiler/interpret/values.js";
import type { Beslissing } from "../../runtime/decision.js";
import { rounded } from "../../runtime/rounding.js";
import { oneCareTypePolicy, rule } from "../analyse/policy.js";

const POLICY = oneCareTypePolicy({
  title: "Proefbeleid decimalen",
  facts: `  deel: { type: getal, omschrijving: Het aantal FTE met de vaardigheid. }
  totaal: { type: getal, omschrijving: Het aantal FTE. }
  drempel: { type: percentage, omschrijving: De drempel. }
  a: { type: getal, omschrijving: Een getal. }
  b: { type: getal, omschrijving: Nog een getal. }
  c: { type: getal, omschrijving: De uitkomst. }
`,
  soort: "randvoorwaarde",
  rules: [
    rule("aandeel_ten_minste", "aandeel(deel, totaal) >= drempel"),
    rule("aandeel_gelijk", "aandeel(deel, totaal) = drempel"),
    rule("deel_van_totaal", "drempel * totaal >= deel"),
    rule("som_ten_minste", "a + b >= c"),
    rule("som_gelijk", "a + b = c"),
    rule("verschil_gelijk", "a - b = c"),
    rule("product_gelijk", "a * b = c"),
    rule("deling_gelijk", "a / b = c"),
    rule("naar_beneden_deling", "naar_beneden(a / b) >= c"),
  ].join(""),
});

describe("decimals at a boundary, compiled and interpreted", async () => {
  const result = compileText("decimalen.policy", POLICY);
  const model = result.model!;
  const compiled = await loadEvaluator(model);
  const interpreter = createInterpreter(model);
  const outcomes = (facts: Record<string, number>) => {
    const decision = compiled.beoordeel("een", facts) as Beslissing;
    expect(interpreter.beoordeel("een", facts)).toEqual(decision);
    return Object.fromEntries(decision.regels.map((r) => [r.id, r.uitkomst === "voldaan"]));
  };

  it("compiles without errors", () => {
    expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  });

  it("aandeel and a percentage of a total: every one-decimal part of a total up to 40, against whole percentages", () => {
    let checked = 0;
    for (let t = 1; t <= 400; t += 1) {
      for (let p = 0; p <= t; p++) {
        // Only the cases on or next to a whole percentage matter; the rest is far from any boundary.
        const exact = (100 * p) / t;
        const w = Math.round(exact);
        if (Math.abs(exact - w) > 0.5 / t) continue;
        const got = outcomes({ deel: p / 10, totaal: t / 10, drempel: w, a: 0, b: 1, c: 0 });
        const want = { aandeel_ten_minste: 100 * p >= w * t, aandeel_gelijk: 100 * p === w * t, deel_van_totaal: w * t >= 100 * p };
        if (got.aandeel_ten_minste !== want.aandeel_ten_minste || got.aandeel_gelijk !== want.aandeel_gelijk || got.deel_van_totaal !== want.deel_van_totaal) {
          throw new Error(`deel ${p / 10}, totaal ${t / 10}, drempel ${w}%: ${JSON.stringify(got)}`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(outcomes({ deel: 0.29, totaal: 1, drempel: 29, a: 0, b: 1, c: 0 }).aandeel_ten_minste).toBe(true);
    expect(outcomes({ deel: 5.1, totaal: 10, drempel: 51, a: 0, b: 1, c: 0 }).aandeel_ten_minste).toBe(true);
    expect(outcomes({ deel: 2.3, totaal: 5, drempel: 46, a: 0, b: 1, c: 0 }).aandeel_ten_minste).toBe(true);
  });

  it("+ - * / of one-decimal numbers compare exactly with the decimal result", () => {
    for (let ta = 0; ta <= 60; ta++) {
      for (let tb = 1; tb <= 60; tb++) {
        const [a, b] = [ta / 10, tb / 10];
        const sum = outcomes({ deel: 0, totaal: 1, drempel: 0, a, b, c: (ta + tb) / 10 });
        const difference = outcomes({ deel: 0, totaal: 1, drempel: 0, a, b, c: (ta - tb) / 10 });
        const product = outcomes({ deel: 0, totaal: 1, drempel: 0, a, b, c: (ta * tb) / 100 });
        const whole = Math.floor(ta / tb);
        const quotient = outcomes({ deel: 0, totaal: 1, drempel: 0, a, b, c: whole });
        const ok = sum.som_ten_minste && sum.som_gelijk && difference.verschil_gelijk && product.product_gelijk && quotient.naar_beneden_deling && quotient.deling_gelijk === (ta % tb === 0);
        if (!ok) throw new Error(`a ${a}, b ${b}: ${JSON.stringify({ sum, difference, product, quotient })}`);
      }
    }
    expect(outcomes({ deel: 0, totaal: 1, drempel: 0, a: 0.1, b: 0.2, c: 0.3 }).som_gelijk).toBe(true);
    expect(outcomes({ deel: 0, totaal: 1, drempel: 0, a: 0.6, b: 0.2, c: 3 }).naar_beneden_deling).toBe(true);
  });
});

describe("the rounding rule", () => {
  it("is the same in the interpreter (written from the language reference) as in the runtime", () => {
    const size = fc.oneof(fc.double({ min: 0, max: 1e16, noNaN: true }), fc.constantFrom(0, 1e5, 99999.99999999999, 1e6, 1e12, 1e13, 9.999999999999998e12, Infinity, Number.NaN));
    fc.assert(
      fc.property(fc.double(), size, (value, magnitude) => {
        expect(Object.is(toDecimals(value, magnitude), rounded(value, magnitude))).toBe(true);
      }),
      { numRuns: 20000, seed: 7 },
    );
  });

  it("applies to every calculation in the interpreter", () => {
    expect(applyBinary("+", 0.1, 0.2)).toBe(0.3);
    expect(applyBinary("-", 8000000.1, 8000000)).toBe(0.1);
    expect(applyBinary("*", 29, 0.01, "left")).toBe(0.0029);
    expect(applyBinary("/", 0.6, 0.2)).toBe(3);
    expect(applyBinary("/", 1, 0)).toBe(null);
    expect(INTERPRETED_FUNCTIONS.get("aandeel")?.([0.29, 1])).toBe(29);
    expect(INTERPRETED_FUNCTIONS.get("aandeel")?.([1, 0])).toBe(null);
  });
});
