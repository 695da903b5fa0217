/**
 * The explanation of a care type with one rule, `register` (and any `others` its `regels` name), for the tests of the runtime's
 * explanation (explanation.test.ts, explanationDocs.test.ts).
 */

import type { BeleidBeschrijving, RegelBeschrijving, ZorgsoortBeschrijving } from "../../runtime/decision.js";
import { Uitleg } from "../../runtime/explanation.js";

/** The explanation for a care type with one rule, `register` (a randvoorwaarde unless `rule` says otherwise). */
export function oneRule(rule: Partial<RegelBeschrijving>, careType: Partial<ZorgsoortBeschrijving> = {}, others: Readonly<Record<string, RegelBeschrijving>> = {}): Uitleg {
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
  const zorgsoort: ZorgsoortBeschrijving = {
    id: "zorg",
    naam: "Zorg",
    contract: { soort: "nieuw", looptijd: null, tekst: "Contract.", hoofdstuk: { nummer: "4", titel: "Contract" }, status: "definitief" },
    overeenkomsten: [{ id: "zorg", naam: "Zorgovereenkomst zorg" }],
    gedifferentieerd: false,
    regels: ["register"],
    feiten: [],
    datums: [],
    ...careType,
  };
  const beleid: BeleidBeschrijving = { organisatie: "Caresq", zorgverzekeraar: "Eucare", domein: "zorg", titel: "Beleid", jaar: 2026, versie: "2026", gepubliceerd: null, vorige: null };
  return new Uitleg(beleid, zorgsoort, { register: regel, ...others });
}
