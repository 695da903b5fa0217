/**
 * How values read in the change report: a date as a threshold is written in full and named
 * for what it is (a deadline is "de uiterste datum"), while the JSON keeps the ISO date.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { careTypeList } from "../../compiler/diff/report.js";
import { model, variant, withRule } from "./base.js";

function only(older: string, newer: string) {
  const items = diffModels(model(older), model(newer)).report.sections.flatMap((s) => s.items);
  expect(items).toHaveLength(1);
  return { sentence: items[0]!.sentence, class: items[0]!.change.class, args: items[0]!.change.args };
}

describe("a date as a threshold", () => {
  it("is written in full, and a deadline is 'de uiterste datum'", () => {
    const result = only(withRule("randvoorwaarde", "aanvraagdatum <= 2025-07-01"), withRule("randvoorwaarde", "aanvraagdatum <= 2025-06-15"));
    expect(result.sentence).toBe("In hoofdstuk 4 is bij de randvoorwaarde ‘de aanvraag’ de uiterste datum vervroegd van 1 juli 2025 naar 15 juni 2025.");
    expect(result.class).toBe("strenger");
    expect(result.args).toMatchObject({ oud: "2025-07-01", nieuw: "2025-06-15", grens: "uiterste datum" });
  });

  it("is a deadline too when an exclusion applies after it", () => {
    const result = only(withRule("uitsluiting", "aanvraagdatum > 2025-07-01"), withRule("uitsluiting", "aanvraagdatum > 2025-08-01"));
    expect(result.sentence).toBe("In hoofdstuk 4 is bij de uitsluiting ‘de aanvraag’ de uiterste datum uitgesteld van 1 juli 2025 naar 1 augustus 2025.");
    expect(result.class).toBe("soepeler");
  });

  it("that providers must be on or after is 'de vroegste datum'", () => {
    const result = only(withRule("randvoorwaarde", "aanvraagdatum >= 2025-01-01"), withRule("randvoorwaarde", "aanvraagdatum >= 2025-02-01"));
    expect(result.sentence).toBe("In hoofdstuk 4 is bij de randvoorwaarde ‘de aanvraag’ de vroegste datum uitgesteld van 1 januari 2025 naar 1 februari 2025.");
    expect(result.class).toBe("strenger");
  });
});

describe("an amount as a threshold", () => {
  const withAmount = (amount: string) =>
    variant(
      [
        ["  aanvraagdatum:\n", "  omzet:\n    type: bedrag\n    omschrijving: De omzet.\n  aanvraagdatum:\n"],
        ["        voorwaarde: aandeel_loondienst >= 50%", `        voorwaarde: omzet >= € ${amount}`],
      ],
      withRule("randvoorwaarde", "aanvraagdatum <= 2025-07-01"),
    );

  it("is money the Dutch way: € 1,50 and € 1.500", () => {
    expect(only(withAmount("1.5"), withAmount("1500")).sentence).toBe("In hoofdstuk 3.1 is bij de randvoorwaarde ‘ten minste 50% in loondienst’ de grens verhoogd van € 1,50 naar € 1.500.");
    expect(only(withAmount("1500"), withAmount("12500.25")).args).toMatchObject({ oud: "€ 1.500", nieuw: "€ 12.500,25" });
  });
});

describe("a list of care types", () => {
  const names = new Map([
    ["kraamzorg", "Kraamzorg"],
    ["bemiddelingsbureaus", "Bemiddelingsbureaus en ZZP samenwerkingsverbanden"],
    ["ligdagen", "Ligdagen (kraamzorg)"],
  ]);

  it("quotes a name with an 'en' of its own, so it does not read as two care types", () => {
    expect(careTypeList(["kraamzorg", "bemiddelingsbureaus", "ligdagen"], names)).toBe("kraamzorg, ‘Bemiddelingsbureaus en ZZP samenwerkingsverbanden’ en ligdagen");
    expect(careTypeList(["kraamzorg", "ligdagen"], names)).toBe("kraamzorg en ligdagen");
  });

  it("does not quote such a name on its own", () => {
    expect(careTypeList(["bemiddelingsbureaus"], names)).toBe("bemiddelingsbureaus en ZZP samenwerkingsverbanden");
  });

  it("keeps an abbreviation that is part of the name, and drops an explanation", () => {
    const more = new Map([...names, ["gli", "Gecombineerde leefstijlinterventie (GLI)"], ["huidtherapie", "Huidtherapie"]]);
    expect(careTypeList(["huidtherapie", "gli", "ligdagen"], more)).toBe("huidtherapie, gecombineerde leefstijlinterventie (GLI) en ligdagen");
  });

  it("quotes a name with a comma of its own and keeps the commas of the list", () => {
    const aids = new Map([
      ["baha", "BAHA"],
      ["compensatie", "Compensatie arm, hand en vingerfunctie"],
      ["tens", "TENS"],
      ["visueel", "Visuele hulpmiddelen"],
    ]);
    expect(careTypeList(["baha", "compensatie", "tens", "visueel"], aids)).toBe("BAHA, ‘Compensatie arm, hand en vingerfunctie’, TENS en visuele hulpmiddelen");
  });
});

describe("an agreement's text that changed along with the agreement", () => {
  const TEXT = "tekst: Caresq biedt een tweejarige zorgovereenkomst 2026-2027 aan.";

  it("is named in the sentence about the term", () => {
    const newer = variant([
      ["looptijd: 2026-2027", "looptijd: 2026-2028"],
      [TEXT, "tekst: Caresq biedt een driejarige zorgovereenkomst 2026-2028 aan."],
    ]);
    expect(only(variant([]), newer).sentence).toBe("In hoofdstuk 4 is de looptijd van de zorgovereenkomst gewijzigd van 2026-2027 in 2026-2028; ook de tekst is aangepast.");
  });

  it("is named once, in the first sentence about the agreement", () => {
    const newer = variant([
      ["      soort: nieuw\n      looptijd: 2026-2027", "      soort: doorlopend\n      looptijd: 2026-2028"],
      [TEXT, "tekst: De zorgovereenkomst loopt door tot en met 2028."],
    ]);
    const items = diffModels(model(variant([])), model(newer)).report.sections.flatMap((s) => s.items.map((i) => i.sentence));
    expect(items).toEqual([
      "In hoofdstuk 4 is de zorgovereenkomst niet langer een nieuwe zorgovereenkomst, maar een doorlopende zorgovereenkomst; ook de tekst is aangepast.",
      "In hetzelfde hoofdstuk is de looptijd van de zorgovereenkomst gewijzigd van 2026-2027 in 2026-2028.",
    ]);
  });
});
