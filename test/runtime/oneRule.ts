/**
 * The explanation of a care type with one rule, `register` (and any `others` its `regels` name), for the tests of the runtime's
 * explanation (explanation.test.ts, explanationDocs.test.ts).
 */

import type { BeleidBeschrijving, RegelBeschrijving, ZorgsoortBeschrijving } from "../../runtime/decision.js";
import { Uitleg } from "../../runtime/explanation.js";
import type { Beschrijvingen } from "./referenceExplanation.js";

/**
 * The explanation for a care type with one rule, `register` (a randvoorwaarde unless `rule` says
 * otherwise); with `beschrijvingen`, the facts and date rules are named as described there.
 */
export function oneRule(
  rule: Partial<RegelBeschrijving>,
  careType: Partial<ZorgsoortBeschrijving> = {},
  others: Readonly<Record<string, RegelBeschrijving>> = {},
  beschrijvingen?: Beschrijvingen,
): Uitleg {
  const regel: RegelBeschrijving = {
    id: "register",
    naam: "registratie",
    soort: "randvoorwaarde",
    tekst: "Tekst.",
    hoofdstuk: { nummer: "3", titel: "Voorwaarden" },
    groep: { id: "groep", titel: "Groep" },
    status: "definitief",
    verklaring: false,
    ...rule,
  };
  return new Uitleg(BELEID, testCareType({ regels: ["register"], ...careType }), { register: regel, ...others }, beschrijvingen?.feiten, beschrijvingen?.datumregels);
}

/** The policy of these tests. */
export const BELEID: BeleidBeschrijving = { organisatie: "Caresq", zorgverzekeraar: "Eucare", domein: "zorg", titel: "Beleid", jaar: 2026, versie: "2026", gepubliceerd: null, vorige: null };

/** A care type `zorg` with a new agreement and no differentiation, as `careType` changes it. */
export function testCareType(careType: Partial<ZorgsoortBeschrijving>): ZorgsoortBeschrijving {
  return {
    id: "zorg",
    naam: "Zorg",
    contract: { soort: "nieuw", looptijd: null, tekst: "Contract.", hoofdstuk: { nummer: "4", titel: "Contract" }, status: "definitief" },
    overeenkomsten: [{ id: "zorg", naam: "Zorgovereenkomst zorg" }],
    gedifferentieerd: false,
    regels: [],
    feiten: [],
    datums: [],
    ...careType,
  };
}
