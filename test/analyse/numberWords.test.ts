/**
 * Dutch number words (compiler/analyse/numberWords.ts), checked against n2words, the maintained
 * number-to-words package the document and change reports use: every number up to 9999 that it
 * writes as one word reads back as that number.
 */

import { toCardinal } from "n2words/nl-NL";
import { describe, expect, it } from "vitest";
import { dutchNumberWord } from "../../compiler/analyse/numberWords.js";

describe("Dutch number words", () => {
  it("read back every number n2words writes as one word", () => {
    const wrong: string[] = [];
    for (let n = 0; n <= 9999; n++) {
      const word = toCardinal(n);
      if (/\s/.test(word)) continue;
      if (dutchNumberWord(word) !== n) wrong.push(`${n} ${word} ${String(dutchNumberWord(word))}`);
    }
    expect(wrong).toEqual([]);
  });

  it("read ‘een’ for one, ë and capitals; and no other word", () => {
    expect(dutchNumberWord("een")).toBe(1);
    expect(dutchNumberWord("Vijf")).toBe(5);
    expect(dutchNumberWord("tweeëntwintig")).toBe(22);
    expect(dutchNumberWord("drieentwintig")).toBe(23);
    for (const word of ["", "en", "achten", "tweede", "honderdnul", "nulduizend", "eenhonderdentwintig", "zeventigen", "werkdagen"]) {
      expect(dutchNumberWord(word), word).toBeUndefined();
    }
  });
});
