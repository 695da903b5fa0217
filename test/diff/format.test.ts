/**
 * The Dutch list and month names of the change report (compiler/diff/format.ts) are written
 * out instead of asked from Intl (which costs a fresh process ~10 ms to prepare); they must
 * stay exactly what Intl gives.
 */

import { describe, expect, it } from "vitest";
import { DUTCH_MONTHS, dutchList } from "../../compiler/diff/format.js";

describe("Dutch formatting of the report", () => {
  it("joins lists as Intl.ListFormat does, and with semicolons when an item has a comma", () => {
    const intl = new Intl.ListFormat("nl", { style: "long", type: "conjunction" });
    const words = ["fysiotherapie", "‘A’", "", "en", "Low Vision", "x en y"];
    for (let n = 0; n <= words.length; n++) {
      for (let start = 0; start < words.length; start++) {
        const items = [...words.slice(start), ...words.slice(0, start)].slice(0, n);
        expect(dutchList(items), JSON.stringify(items)).toBe(intl.format(items));
      }
    }
    expect(dutchList(["BAHA", "compensatie arm, hand en vingerfunctie", "TENS"])).toBe("BAHA; compensatie arm, hand en vingerfunctie en TENS");
    expect(dutchList(["a, b", "c"])).toBe("a, b en c");
  });

  it("names the months as Intl.DateTimeFormat does", () => {
    const intl = new Intl.DateTimeFormat("nl-NL", { month: "long", timeZone: "UTC" });
    expect(DUTCH_MONTHS.map((_, i) => intl.format(new Date(Date.UTC(2000, i, 1))))).toEqual(DUTCH_MONTHS);
  });
});
