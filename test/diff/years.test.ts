/**
 * Dates compared across a change of contract year: the older version's dates are moved on by
 * the years between the versions before deciding whether a date came earlier or later, and the
 * sentence names both contract years, so that it stays true ("vervroegd van 1 juli 2025 voor
 * het contractjaar 2026 naar 15 juni 2026 voor het contractjaar 2027").
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { model, variant } from "./base.js";

/** A deadline in a condition, next to the deadline in the planning. */
const WITH_DEADLINE = variant([
  [
    "\ndatumregels:",
    `  aanvragen:
    titel: Aanvragen
    hoofdstuk: procedure
    soort: benaderingsvoorwaarde
    zorgsoorten: [fysiotherapie]
    regels:
      op_tijd:
        naam: aanvraag uiterlijk 1 juli
        tekst: De aanvraag is uiterlijk 1 juli ingediend.
        voorwaarde: aanvraagdatum <= 2025-07-01
        bij_onbekend: onwaar

datumregels:`,
  ],
]);

/** The next contract year, every date a year later except the two deadlines. */
function nextYear(condition: string, planning: string): string {
  return variant(
    [
      ["jaar: 2026", "jaar: 2027"],
      ["looptijd: 2026-2027", "looptijd: 2027-2028"],
      ["zorgovereenkomst 2026-2027 aan", "zorgovereenkomst 2027-2028 aan"],
      ["Vanaf 12 november 2025", "Vanaf 12 november 2026"],
      ["voorwaarde: aanvraagdatum <= 2025-07-01", `voorwaarde: aanvraagdatum <= ${condition}`],
      ["datum: 2025-10-24", `datum: ${planning}`],
    ],
    WITH_DEADLINE,
  );
}

function items(older: string, newer: string) {
  return diffModels(model(older), model(newer)).report.sections.flatMap((s) => s.items.map((i) => [i.sentence, i.change.class]));
}

describe("a deadline across a change of contract year", () => {
  it("is earlier when it is earlier in the contract year, though later in time", () => {
    const newer = nextYear("2026-06-15", "2026-10-17");
    expect(items(WITH_DEADLINE, newer)).toEqual([
      ["Voor het contractjaar 2027 zijn datums en jaartallen op drie plaatsen van 2026 naar 2027 opgeschoven; dat is verder geen wijziging.", "redactioneel"],
      [
        "In hoofdstuk 4 is bij de voorwaarde om benaderd te worden ‘aanvraag uiterlijk 1 juli’ de uiterste datum vervroegd van 1 juli 2025 voor het contractjaar 2026 naar 15 juni 2026 voor het contractjaar 2027.",
        "strenger",
      ],
      ["In hoofdstuk 5 is de datum van ‘Deadline vragenlijst’ vervroegd van 24 oktober 2025 voor het contractjaar 2026 naar 17 oktober 2026 voor het contractjaar 2027.", "strenger"],
    ]);
    // The reverse diff is the mirror.
    expect(items(newer, WITH_DEADLINE).slice(1)).toEqual([
      [
        "In hoofdstuk 4 is bij de voorwaarde om benaderd te worden ‘aanvraag uiterlijk 1 juli’ de uiterste datum uitgesteld van 15 juni 2026 voor het contractjaar 2027 naar 1 juli 2025 voor het contractjaar 2026.",
        "soepeler",
      ],
      ["In hoofdstuk 5 is de datum van ‘Deadline vragenlijst’ uitgesteld van 17 oktober 2026 voor het contractjaar 2027 naar 24 oktober 2025 voor het contractjaar 2026.", "soepeler"],
    ]);
  });

  it("is later when it moved by more than the contract year", () => {
    expect(items(WITH_DEADLINE, nextYear("2026-07-15", "2026-11-01")).slice(1).map(([s, c]) => [String(s).split(" de uiterste datum ")[1] ?? String(s).split("’ ")[1], c])).toEqual([
      ["uitgesteld van 1 juli 2025 voor het contractjaar 2026 naar 15 juli 2026 voor het contractjaar 2027.", "soepeler"],
      ["uitgesteld van 24 oktober 2025 voor het contractjaar 2026 naar 1 november 2026 voor het contractjaar 2027.", "soepeler"],
    ]);
  });

  it("that moved by exactly the contract years is no change", () => {
    expect(items(WITH_DEADLINE, nextYear("2026-07-01", "2026-10-24"))).toEqual([
      ["Voor het contractjaar 2027 zijn datums en jaartallen op vijf plaatsen van 2026 naar 2027 opgeschoven; dat is verder geen wijziging.", "redactioneel"],
    ]);
  });

  it("within one contract year names no years", () => {
    const same = variant([["voorwaarde: aanvraagdatum <= 2025-07-01", "voorwaarde: aanvraagdatum <= 2025-06-15"]], WITH_DEADLINE);
    expect(items(WITH_DEADLINE, same)).toEqual([
      ["In hoofdstuk 4 is bij de voorwaarde om benaderd te worden ‘aanvraag uiterlijk 1 juli’ de uiterste datum vervroegd van 1 juli 2025 naar 15 juni 2025.", "strenger"],
    ]);
  });
});
