/**
 * Every kind of sentence the explanation (runtime/explanation.ts) writes is in the list of
 * docs/beslissing.md, "De toelichting": each sentence is made here for a care type with one
 * rule, and each of its parts (split at "; " and ", omdat") must be in the documentation, with
 * names and chapter numbers left open (‘…’, "(hoofdstuk …)").
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Besluit, RegelBeschrijving, ZorgsoortBeschrijving } from "../../runtime/decision.js";
import type { Uitkomstcode } from "../../runtime/explanation.js";
import type { FeitBeschrijving } from "../../runtime/facts.js";
import { oneRule } from "./oneRule.js";
import type { Beschrijvingen } from "./referenceExplanation.js";

const open = (text: string) =>
  text
    .replace(/\s*\n\s*/g, " ")
    .replace(/‘[^’]*’/g, "‘…’")
    .replace(/\(hoofdstuk [^)]*\)/g, "(hoofdstuk …)");

const section = readFileSync("docs/beslissing.md", "utf8").split("## De toelichting")[1]?.split("\n## ")[0] ?? "";
const documented = open(section);

/** The explanation for a care type whose only rule is `register`, with the outcome `code`. */
function explain(
  rule: Partial<RegelBeschrijving>,
  code: Uitkomstcode,
  options: { careType?: Partial<ZorgsoortBeschrijving>; besluit?: Besluit; datums?: Record<string, string | null>; feiten?: Record<string, unknown>; beschrijvingen?: Beschrijvingen } = {},
): readonly string[] {
  const besluit = options.besluit ?? { inAanmerking: false, benaderd: false, overeenkomst: null };
  return oneRule(rule, options.careType, {}, options.beschrijvingen).verklaar(besluit, [code], options.datums ?? {}, options.feiten).toelichting;
}

/** Facts a (a date), b (a yes/no fact) and c (a number about a peiljaar), described, and a date rule read from a. */
const fact = (id: string, type: FeitBeschrijving["type"], omschrijving: string, extra: Partial<FeitBeschrijving> = {}): FeitBeschrijving => ({ id, type, omschrijving, ...extra });
const described: Beschrijvingen = {
  feiten: [
    fact("a", "datum", "De datum waarop de zorgaanbieder zelf een zorgovereenkomst heeft aangevraagd.", { onbekend: "Alleen bekend als de zorgaanbieder zelf een zorgovereenkomst aanvraagt." }),
    fact("b", "ja/nee", "Caresq beoordeelt de aanvraag van de zorgaanbieder als van toegevoegde waarde binnen het zorgaanbod in de regio.", { onbekend: "Alleen beoordeeld na een aanvraag." }),
    fact("c", "getal", "De landelijke behandelindex fysiotherapie van de praktijk, zoals Vektis die publiceert.", { peiljaar: -2, onbekend: "Een nieuwe praktijk heeft nog geen landelijke behandelindex." }),
    fact("d", "getal", "Het laatste jaar waarvoor de zorgaanbieder een zorgovereenkomst met Caresq had.", { onbekend: "De zorgaanbieder heeft nog nooit een zorgovereenkomst met Caresq gesloten." }),
  ],
  datumregels: [{ id: "ingangsdatum", omschrijving: "Ingangsdatum van een zorgovereenkomst na een eigen aanvraag", onbekendDoor: ["a"] }],
};
const describedFacts = (feiten: Record<string, unknown>) => ({ careType: { feiten: ["a", "b", "c", "d"] }, feiten: { a: 1, b: 1, c: 1, d: 1, ...feiten }, beschrijvingen: described });
const eligible: Besluit = { inAanmerking: true, benaderd: true, overeenkomst: { id: "zorg", naam: "Zorgovereenkomst zorg" } };
const withDate = (feiten: Record<string, unknown> | undefined) =>
  explain({}, 2, { careType: { feiten: ["a", "b", "c"], datums: ["ingangsdatum"] }, besluit: eligible, datums: { ingangsdatum: null }, ...(feiten ? { feiten } : {}), beschrijvingen: described });

/** Two selective purchase rules for the same care, both not met; the second in chapter `nummer`. */
function twoSelective(nummer: string): readonly string[] {
  const regel: RegelBeschrijving = {
    id: "tweede",
    naam: "tweede",
    soort: "selectieve_inkoop",
    tekst: "Tekst.",
    hoofdstuk: { nummer, titel: "Selectief" },
    groep: { id: "groep", titel: "Groep" },
    status: "definitief",
    verklaring: false,
    deelzorg: "…",
  };
  return oneRule({ soort: "selectieve_inkoop", deelzorg: "…", hoofdstuk: { nummer: "3.3", titel: "Selectief" } }, { regels: ["register", "tweede"] }, { tweede: regel })
    .verklaar({ inAanmerking: false, benaderd: false, overeenkomst: null }, [1, 1], {}).toelichting;
}

/** The sentences after the first two (whether the provider is eligible, and why not approached). */
const ruleSentences = (lines: readonly string[]) => lines.filter((l) => !l.startsWith("U komt ") && !l.startsWith("Caresq benadert"));

const unknownFacts = { careType: { feiten: ["a", "b"] }, feiten: { a: null, b: 3 } };
const bothUnknown = { careType: { feiten: ["a", "b"] }, feiten: { a: null, b: null } };

const CASES: [string, readonly string[]][] = [
  ["a base condition not met", explain({}, 1)],
  ["an additional condition not met", explain({ soort: "aanvullende_voorwaarde" }, 1)],
  ["an exclusion that applies, with its route", explain({ soort: "uitsluiting", uitzonderingsroute: "…" }, 2)],
  ["an exclusion with an exception", explain({ soort: "uitsluiting" }, 5)],
  ["a selective purchase not met", explain({ soort: "selectieve_inkoop", deelzorg: "…" }, 1)],
  ["two selective purchases of the same care not met", twoSelective("3.3")],
  ["two selective purchases of the same care in two chapters not met", twoSelective("3.1")],
  ["a selective purchase as an intention not met", explain({ soort: "selectieve_inkoop", deelzorg: "…", status: "voornemen" }, 1)],
  ["an unknown condition", explain({ onbekendDoor: ["a", "b"] }, 3, unknownFacts)],
  ["an unknown condition, assumed met", explain({ onbekendDoor: ["a", "b"], bijOnbekend: true }, 3, unknownFacts)],
  ["an unknown exclusion", explain({ soort: "uitsluiting", onbekendDoor: ["a", "b"] }, 3, unknownFacts)],
  ["an unknown exclusion, assumed to apply", explain({ soort: "uitsluiting", onbekendDoor: ["a", "b"], bijOnbekend: true }, 3, bothUnknown)],
  ["an unknown condition without unknown facts", explain({ onbekendDoor: ["a"] }, 3, { careType: { feiten: ["a"] }, feiten: { a: 1 } })],
  ["an unknown condition, the fact described", explain({ onbekendDoor: ["a", "b", "c", "d"] }, 3, describedFacts({ a: null }))],
  ["an unknown exclusion, the fact described with its peiljaar", explain({ soort: "uitsluiting", onbekendDoor: ["a", "b", "c", "d"] }, 3, describedFacts({ c: null }))],
  ["an unknown condition, a yes/no fact described", explain({ onbekendDoor: ["a", "b", "c", "d"] }, 3, describedFacts({ b: null }))],
  ["an unknown condition assumed met, two facts described", explain({ onbekendDoor: ["a", "b", "c", "d"], bijOnbekend: true }, 3, describedFacts({ a: null, d: null }))],
  [
    "an unknown exclusion assumed to apply, a fact and a yes/no fact described",
    explain({ soort: "uitsluiting", onbekendDoor: ["a", "b", "c", "d"], bijOnbekend: true }, 3, describedFacts({ a: null, b: null })),
  ],
  ["an unknown condition, a divisor that is 0 described", explain({ onbekendDoor: ["a"], geenUitkomst: [{ soort: "deling", deler: "d" }] }, 3, describedFacts({ d: 0 }))],
  [
    "an unknown condition, what can have had no outcome",
    explain({ onbekendDoor: ["a"], geenUitkomst: [{ soort: "deling" }, { soort: "datum" }] }, 3, describedFacts({})),
  ],
  ["an unknown condition, a division without outcome", explain({ onbekendDoor: ["a"], geenUitkomst: [{ soort: "deling" }] }, 3, describedFacts({}))],
  ["an unknown condition, a date without outcome", explain({ onbekendDoor: ["a"], geenUitkomst: [{ soort: "datum" }] }, 3, describedFacts({}))],
  ["an unknown condition, a table without a value", explain({ onbekendDoor: ["a"], geenUitkomst: [{ soort: "tabel", tabel: "T" }] }, 3, describedFacts({}))],
  ["a date whose calculation had no outcome", withDate({ a: "9999-12-15", b: 1, c: 1 })],
  ["an intention not met", explain({ status: "voornemen" }, 1)],
  ["an intention met", explain({ status: "voornemen" }, 2)],
  ["an exclusion as an intention that would apply", explain({ status: "voornemen", soort: "uitsluiting" }, 2)],
  [
    "too few differentiation factors",
    explain({ soort: "differentiatiefactor" }, 1, { careType: { gedifferentieerd: true, overeenkomsten: [{ id: "A", naam: "Zorgovereenkomst A", factoren: 1 }] } }).filter((l) => l.startsWith("Dat is")),
  ],
  [
    "a date after the term",
    explain({}, 2, {
      careType: { datums: ["ingangsdatum"], contract: { soort: "nieuw", looptijd: { van: 2024, tot: 2025 }, tekst: "Contract.", hoofdstuk: { nummer: "4", titel: "Contract" }, status: "definitief" } },
      besluit: { inAanmerking: true, benaderd: true, overeenkomst: { id: "zorg", naam: "Zorgovereenkomst zorg" } },
      datums: { ingangsdatum: "2026-04-01" },
    }),
  ],
];

describe("docs/beslissing.md, De toelichting", () => {
  it.each(CASES)("documents the sentence for %s", (_, lines) => {
    const sentences = ruleSentences(lines);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) {
      for (const part of open(sentence).split(/; |, (?=omdat )/)) expect(documented, sentence).toContain(part);
    }
  });

  it("says nothing about a date that is unknown because a fact is, nor without the facts (as documented in point 7)", () => {
    expect(withDate({ a: null, b: 1, c: 1 }).join(" ")).not.toContain("niet te bepalen");
    expect(withDate(undefined).join(" ")).not.toContain("niet te bepalen");
  });
});
