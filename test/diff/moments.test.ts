/**
 * Planning moments in words in a report sentence: only a first word that is a common Dutch word
 * for a time loses the capital it has as a cell of the planning table ("half mei 2025"); a moment
 * that starts with a name keeps it ("Prinsjesdag", "Caresq publiceert …", "VECOZO …"). A moment
 * that changed across contract years names both years, as a changed date does.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { formatArg, momentInText } from "../../compiler/diff/format.js";
import { model, variant } from "./base.js";

describe("a planning moment in running text", () => {
  it("lowercases a first word that is a common word for a time or period", () => {
    expect(
      ["Half mei 2025", "Begin september 2025", "Eind augustus 2026", "Medio juni", "Vanaf 12 november 2025", "Uiterlijk 1 september 2025", "Na bevestiging van de vragenlijst", "Voor 1 augustus 2025", "Rond de zomer", "Week 12", "September 2025", "Tot uiterlijk 1 oktober 2025"].map(momentInText),
    ).toEqual(["half mei 2025", "begin september 2025", "eind augustus 2026", "medio juni", "vanaf 12 november 2025", "uiterlijk 1 september 2025", "na bevestiging van de vragenlijst", "voor 1 augustus 2025", "rond de zomer", "week 12", "september 2025", "tot uiterlijk 1 oktober 2025"]);
  });

  it("keeps the capital of a first word that may be a name", () => {
    for (const moment of ["Prinsjesdag", "Prinsjesdag 2025", "Caresq publiceert de uitkomst", "VECOZO opent de vragenlijst", "Vektis levert de gegevens", "Q3 2025", "Eucare besluit"]) {
      expect(momentInText(moment)).toBe(moment);
      expect(formatArg("moment", moment)).toBe(moment);
    }
  });

  it("leaves the rest of the moment as written, and writes a date out", () => {
    expect(momentInText("Na Prinsjesdag")).toBe("na Prinsjesdag");
    expect(momentInText("half mei 2025")).toBe("half mei 2025");
    expect(momentInText("2025-07-01")).toBe("1 juli 2025");
  });
});

describe("a planning moment in words across contract years", () => {
  const MOMENT = "    wanneer: Vanaf 12 november 2025\n";
  const year = (jaar: number, moment: string) =>
    variant([
      ["jaar: 2026", `jaar: ${jaar}`],
      ["titel: Inkoopbeleid Voorbeeldzorg 2026", `titel: Inkoopbeleid Voorbeeldzorg ${jaar}`],
      [MOMENT, `    wanneer: ${moment}\n`],
    ]);
  const sentences = (older: string, newer: string) =>
    diffModels(model(older, "voorbeeld/oud.policy"), model(newer, "voorbeeld/nieuw.policy"))
      .report.sections.flatMap((s) => s.items.map((i) => i.sentence))
      .filter((s) => s.includes("het moment van"));

  it("names each moment's contract year, as a changed date does", () => {
    expect(sentences(year(2026, "Begin september 2025"), year(2027, "Eind augustus 2026"))).toEqual([
      "In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen begin september 2025 voor het contractjaar 2026, nu eind augustus 2026 voor het contractjaar 2027.",
    ]);
  });

  it("names no contract year within one contract year", () => {
    expect(sentences(year(2026, "Begin september 2025"), year(2026, "Eind augustus 2025"))).toEqual([
      "In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen begin september 2025, nu eind augustus 2025.",
    ]);
  });
});
