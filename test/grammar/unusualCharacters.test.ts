/**
 * BL101 for a character that cannot be seen or looks like another names it by its code point
 * and says what it is: ‘Het teken ‘​’ hoort niet in een expressie’ showed nothing, and a
 * Cyrillic е showed an e.
 */

import { describe, expect, it } from "vitest";
import { parseExpression } from "../../grammar/parse.js";

const told = (text: string) => parseExpression(text).diagnostics.map((d) => ({ code: d.code, message: d.message, hint: d.hint, replacement: d.replacement }));

describe("unseen and lookalike characters in an expression", () => {
  it("a zero width space is named, with the word before it", () => {
    expect(told("bereikbaar\u200b_24_uur")).toEqual([
      {
        code: "BL101",
        message: "Het onzichtbare teken U+200B (zero width space) hoort niet in een expressie.",
        hint: "Het staat na ‘bereikbaar’; het komt vaak mee bij kopiëren uit een document of webpagina. Verwijder het.",
        replacement: undefined,
      },
    ]);
    expect(told("\u2060a")[0]).toMatchObject({ message: "Het onzichtbare teken U+2060 (word joiner) hoort niet in een expressie.", hint: "Het komt vaak mee bij kopiëren uit een document of webpagina. Verwijder het." });
  });

  it("a Cyrillic or Greek letter says which Latin letter it looks like", () => {
    expect(told("bereikbaar_24_uur \u0435n kwaliteitskader")[0]).toEqual({
      code: "BL101",
      message: "De Cyrillische letter ‘е’ (U+0435) hoort niet in een expressie.",
      hint: "Die lijkt op de Latijnse e, maar is een ander teken (het komt vaak mee bij kopiëren uit een document of webpagina). Bedoelt u ‘e’?",
      replacement: "e",
    });
    expect(told("\u03bff")[0]?.message).toBe("De Griekse letter ‘ο’ (U+03BF) hoort niet in een expressie.");
    expect(told("\u0501")[0]?.message).toBe("De Cyrillische letter ‘ԁ’ (U+0501) hoort niet in een expressie.");
  });

  it("a full-width sign is told with the sign it looks like", () => {
    expect(told("bereikbaar_24_uur \uff1d ja")[0]).toMatchObject({ message: "Het brede teken ‘＝’ (U+FF1D) hoort niet in een expressie.", hint: "Bedoelt u ‘=’?", replacement: "=" });
  });

  it("other characters keep their message", () => {
    expect(told("a & b")[0]?.message).toBe("Het teken ‘&’ hoort niet in een expressie.");
  });
});
