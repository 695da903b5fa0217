/**
 * An agreement text that the chapter already shows (compiler/render/layout.ts, `notShown`): left
 * out whole, or without the sentence it repeats; never a sentence that is not shown elsewhere.
 */

import { describe, expect, it } from "vitest";
import { notShown } from "../../compiler/render/layout.js";

describe("an agreement text the chapter already shows", () => {
  it("is left out when a rule, text or table introduction says it, also ending in a colon", () => {
    expect(notShown("Wij bieden voor 2026 voor de volgende hulpmiddelen nieuwe zorgovereenkomsten aan.", ["Wij bieden voor 2026 voor de volgende hulpmiddelen nieuwe zorgovereenkomsten aan:"])).toBe("");
    expect(notShown("Na een periode van onduidelijkheid is Caresq gestart.", ["Inleiding. Na een periode van onduidelijkheid is Caresq gestart. Meer tekst."])).toBe("");
  });

  it("keeps only its own sentence when it begins or ends with one that is shown", () => {
    expect(notShown("Op het moment dat u afspraken heeft, nemen wij ze over. Caresq gaat ervan uit dat dit tijdelijk is.", ["Op het moment dat u afspraken heeft, nemen wij ze over."])).toBe(
      "Caresq gaat ervan uit dat dit tijdelijk is.",
    );
    expect(notShown("Caresq gaat ervan uit dat dit tijdelijk is. Wij nemen de afspraken over.", ["Wij nemen de afspraken over."])).toBe("Caresq gaat ervan uit dat dit tijdelijk is.");
  });

  it("keeps a sentence that only looks like part of another", () => {
    // Not a whole sentence of the table's introduction: "2026" is followed by "-2027".
    expect(notShown("De zorgovereenkomst geldt voor 2026.", ["De zorgovereenkomst geldt voor 2026-2027 voor de zorgsoorten in onderstaande tabel:"])).toBe("De zorgovereenkomst geldt voor 2026.");
    // "Wij bieden aan." is a sentence of its own; "Wij bieden aan: …" goes on.
    const offer = "Wij bieden aan: een zorgovereenkomst met een tarief van 110% voor oefentherapie.";
    expect(notShown(offer, ["Wij bieden aan."])).toBe(offer);
  });

  it("keeps a text laid out in lines of its own whole", () => {
    const list = "Wij bieden logopedie aan.\nDaarnaast geldt voor logopedie:\n- een eis\n- nog een eis";
    expect(notShown(list, ["Wij bieden logopedie aan."])).toBe(list);
  });
});
