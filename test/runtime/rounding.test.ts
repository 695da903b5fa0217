/**
 * Computed numbers are rounded to decimals (runtime/rounding.ts, docs/taal.md "Rekenen met
 * decimalen"), so that the decimals authors and providers write give the exact answer at a
 * boundary: 0.29 of 1 is 29%, 0.1 + 0.2 is 0.3. The expectations are computed exactly, with
 * whole numbers of tenths.
 */

import { describe, expect, it } from "vitest";
import { aandeel, naarBeneden } from "../../runtime/functions.js";
import { add, divide, ge, multiply, percentageOf, subtract } from "../../runtime/logic.js";
import { rounded } from "../../runtime/rounding.js";

/** 0.0, 0.1, …, max as the numbers a provider writes. */
const tenths = (max: number) => Array.from({ length: max * 10 + 1 }, (_, i) => i / 10);

describe("aandeel at the boundary", () => {
  it("is exact for every one-decimal part and total up to 40 against every whole percentage", () => {
    let onBoundary = 0;
    for (let t = 1; t <= 400; t++) {
      for (let p = 0; p <= t; p++) {
        const share = aandeel(p / 10, t / 10) as number;
        // The exact share is 100p/t percent; compare it with the whole percentages around it.
        const below = Math.floor((100 * p) / t);
        for (const w of [below - 1, below, below + 1, below + 2]) {
          const exact = 100 * p >= w * t;
          if (share >= w !== exact) throw new Error(`aandeel(${p / 10}, ${t / 10}) >= ${w}% gaf ${!exact}`);
        }
        if ((100 * p) % t === 0) {
          onBoundary++;
          expect(share).toBe((100 * p) / t);
        }
      }
    }
    expect(onBoundary).toBeGreaterThan(1000);
  });

  it("gives the cases of the report exactly", () => {
    expect(aandeel(0.29, 1)).toBe(29);
    expect(ge(aandeel(0.29, 1), 29)).toBe(true);
    expect(aandeel(5.1, 10)).toBe(51);
    expect(aandeel(2.3, 5)).toBe(46);
    expect(aandeel(1, 3)).toBe(33.333333333);
    expect(aandeel(2, 3)).toBe(66.666666667);
    expect(aandeel(1, 0)).toBe(null);
  });
});

describe("arithmetic of decimals", () => {
  const values = tenths(20);

  it("sums and differences of one-decimal numbers are the decimal result", () => {
    for (const a of values) {
      for (const b of values) {
        const [ta, tb] = [Math.round(a * 10), Math.round(b * 10)];
        if (add(a, b) !== (ta + tb) / 10) throw new Error(`${a} + ${b} = ${add(a, b)}`);
        if (subtract(a, b) !== (ta - tb) / 10) throw new Error(`${a} - ${b} = ${subtract(a, b)}`);
      }
    }
    expect(add(0.1, 0.2)).toBe(0.3);
    expect(ge(add(0.1, 0.2), 0.3)).toBe(true);
    expect(subtract(1000000.1, 1000000)).toBe(0.1);
    expect(subtract(8000000.1, 8000000)).toBe(0.1);
  });

  it("products, quotients and percentages of one-decimal numbers are the decimal result", () => {
    for (const a of values) {
      for (const b of values) {
        const [ta, tb] = [Math.round(a * 10), Math.round(b * 10)];
        if (multiply(a, b) !== (ta * tb) / 100) throw new Error(`${a} * ${b} = ${multiply(a, b)}`);
        // a / b is a decimal with at most 9 decimals when tb / gcd has only the factors 2 and 5.
        if (tb !== 0 && Number.isInteger((ta * 1e9) / tb)) {
          if (divide(a, b) !== (ta * 1e9) / tb / 1e9) throw new Error(`${a} / ${b} = ${divide(a, b)}`);
        }
      }
    }
    expect(divide(0.6, 0.2)).toBe(3);
    expect(naarBeneden(divide(0.6, 0.2))).toBe(3);
    expect(percentageOf(29, 0.1)).toBe(0.029);
    expect(percentageOf(30, 10)).toBe(3);
  });

  it("keeps 9 decimals below 100,000 and no more than 14 digits above", () => {
    expect(rounded(0.1234567894, 0.1234567894)).toBe(0.123456789);
    expect(rounded(0.1234567896, 0.1234567896)).toBe(0.12345679);
    expect(rounded(99999.1234567891, 99999.1234567891)).toBe(99999.123456789);
    expect(rounded(123456.123456789, 123456.123456789)).toBe(123456.12345679);
    expect(rounded(1234567890123.45, 1234567890123.45)).toBe(1234567890123.5);
    expect(rounded(12345678901234.4, 12345678901234.4)).toBe(12345678901234);
    expect(rounded(2 ** 60, 2 ** 60)).toBe(2 ** 60);
    expect(rounded(Infinity, Infinity)).toBe(Infinity);
    expect(rounded(Number.NaN, Number.NaN)).toBeNaN();
    // Amounts in euro with cents stay exact up to billions.
    expect(add(1234567890.12, 0.01)).toBe(1234567890.13);
    expect(subtract(-0.3, -0.1)).toBe(-0.2);
  });

});
