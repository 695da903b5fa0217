/**
 * The Dutch list and month names of the change report (compiler/diff/format.ts) are written
 * out instead of asked from Intl (which costs a fresh process ~10 ms to prepare); they must
 * stay exactly what Intl gives.
 */

import { describe, expect, it } from "vitest";
import { dutchList } from "../../compiler/diff/format.js";
import { DUTCH_MONTHS, dutchDate } from "../../compiler/dutchDate.js";
import { formatAmount, formatNumber } from "../../compiler/dutchNumber.js";
import { cellText } from "../../compiler/render/parts/tables.js";

describe("Dutch formatting of the report", () => {
  it("joins lists as Intl.ListFormat does, with commas also when an item has a comma of its own", () => {
    const intl = new Intl.ListFormat("nl", { style: "long", type: "conjunction" });
    const words = ["fysiotherapie", "‘A’", "", "en", "Low Vision", "x en y"];
    for (let n = 0; n <= words.length; n++) {
      for (let start = 0; start < words.length; start++) {
        const items = [...words.slice(start), ...words.slice(0, start)].slice(0, n);
        expect(dutchList(items), JSON.stringify(items)).toBe(intl.format(items));
      }
    }
    // One rule for every list, as the sources write theirs: commas and a last "en", never
    // semicolons (until December 2026 an item with a comma switched the list to semicolons).
    for (const items of [["BAHA", "compensatie arm, hand en vingerfunctie", "TENS"], ["a, b", "c"], ["minimaal 2,5", "hoogstens 10"]]) {
      expect(dutchList(items), JSON.stringify(items)).toBe(intl.format(items));
    }
    expect(dutchList(["BAHA", "compensatie arm, hand en vingerfunctie", "TENS"])).toBe("BAHA, compensatie arm, hand en vingerfunctie en TENS");
  });

  it("names the months as Intl.DateTimeFormat does", () => {
    const intl = new Intl.DateTimeFormat("nl-NL", { month: "long", timeZone: "UTC" });
    expect(DUTCH_MONTHS.map((_, i) => intl.format(new Date(Date.UTC(2000, i, 1))))).toEqual(DUTCH_MONTHS);
  });

  it("writes dates as Intl.DateTimeFormat does, and leaves what is not a date alone", () => {
    const intl = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    for (const iso of ["2025-10-24", "2026-01-01", "2026-03-09", "0001-12-31", "9999-12-31", "2024-02-29"]) {
      expect(dutchDate(iso), iso).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
    for (let day = 0; day < 366; day += 7) {
      const iso = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
      expect(dutchDate(iso), iso).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
    }
    for (const text of ["2025-13-01", "2025-00-10", "2025-01-00", "24-10-2025", "morgen"]) expect(dutchDate(text)).toBe(text);
  });
});

describe("Dutch numbers in documents and reports", () => {
  it("keep every decimal the policy wrote, with a decimal comma and grouped thousands", () => {
    expect([0.151, 1500, 2.5, 1234567.125, -3, 0].map(formatNumber)).toEqual(["0,151", "1.500", "2,5", "1.234.567,125", "-3", "0"]);
    expect([1500, 1.5, 1500.5, 12.345].map(formatAmount)).toEqual(["€ 1.500", "€ 1,50", "€ 1.500,50", "€ 12,345"]);
    // A table cell of a policy is shown as written, not rounded to two decimals.
    expect(cellText({ type: "getal", value: 0.151 })).toBe("0,151");
  });
});
