/**
 * The fysiotherapie decision in json-rules-engine, the popular JSON rules engine for
 * JavaScript: one rule per outcome the decision needs (base conditions met, excluded, each
 * differentiation factor, approached), each firing an event; the agreement follows from the
 * events as in the policy. Unknown values: json-rules-engine's numeric operators are false for
 * null, which is what `bij_onbekend: onwaar` asks; `bij_onbekend: waar` is written out.
 */

import { Engine as RulesEngine, type RuleProperties } from "json-rules-engine";
import type { Decision, Engine } from "./types.js";

const is = (fact: string, value: unknown) => ({ fact, operator: "equal", value });
const notOrBoth = (gate: string, then: string) => ({ any: [is(gate, false), is(then, true)] });

const RULES: RuleProperties[] = [
  {
    name: "voorwaarden",
    conditions: {
      all: [
        is("richtlijnen", true),
        is("declaraties_digitaal_via_vecozo", true),
        { fact: "kwaliteitsregisters", operator: "nietLeeg", value: true },
        notOrBoth("levert_verbijzonderde_zorg", "verbijzonderde_zorg_geregistreerd"),
        is("prem_extern_meetbureau", true),
        is("telefonisch_bereikbaar_werkdagen", true),
        { fact: "werkdagen_tot_eerste_afspraak", operator: "lessThanInclusive", value: 5 },
        is("digitalisering_zn", true),
        { fact: "doelen_digitale_zorg", operator: "nietLeeg", value: true },
        // RA, Parkinson and Claudicatio are selective purchase: they say which care is not purchased, not who gets an agreement.
      ],
    },
    event: { type: "voorwaarden" },
  },
  {
    name: "uitgesloten",
    conditions: {
      any: [{ all: [{ fact: "behandelindex", operator: "greaterThan", value: 150 }, is("uitzondering_behandelindex", false)] }, is("vermoeden_fraude", true)],
    },
    event: { type: "uitgesloten" },
  },
  {
    name: "verbijzonderde_fysiotherapie",
    conditions: {
      all: [
        { fact: "aandeel_verbijzonderd", operator: "greaterThanInclusive", value: 30 },
        { fact: "minste_uren_verbijzonderd", operator: "greaterThanInclusive", value: 24 },
      ],
    },
    event: { type: "factor" },
  },
  { name: "kngf_praktijkregistratie", conditions: { any: [is("kngf_basisregister", true), is("skf_keurmerk", true)] }, event: { type: "factor" } },
  { name: "skf_praktijkregistratie", conditions: { all: [is("skf_keurmerk", true)] }, event: { type: "factor" } },
  {
    name: "benaderd",
    conditions: {
      all: [
        { fact: "agb_soort_onderneming", operator: "in", value: ["04", "05", "07", "24", "37", "88", "90"] },
        { fact: "verbonden_beroepen", operator: "contains", value: "Fysiotherapeut" },
        is("vecozo_certificaten", true),
        // Dates are compared as jjjj-mm-dd text; unknown (null) is not in time.
        { fact: "datum_vragenlijst_bevestigd", operator: "uiterlijk", value: "2025-10-24" },
        // Never an agreement (unknown) counts as "more than 3 years ago": not approached.
        { fact: "laatste_contractjaar", operator: "greaterThanInclusive", value: 2026 - 3 },
        is("wil_geen_contractaanbod", false),
        { any: [is("behandelindex", null), { fact: "behandelindex", operator: "lessThanInclusive", value: 150 }] },
      ],
    },
    event: { type: "benaderd" },
  },
];

export function createJsonRulesEngine(): Engine {
  const engine = new RulesEngine(RULES, { allowUndefinedFacts: false });
  engine.addOperator("nietLeeg", (value: unknown) => Array.isArray(value) && value.length > 0);
  engine.addOperator("uiterlijk", (value: unknown, limit: unknown) => typeof value === "string" && typeof limit === "string" && value <= limit);
  // aandeel(verbijzonderd, totaal): unknown (null) when the total is 0; rounded to 9 decimals
  // as beleid and bench/engines/handwritten.ts compute it (5.1 of 17 is exactly 30%).
  engine.addFact("aandeel_verbijzonderd", async (_params, almanac) => {
    const total = (await almanac.factValue("fysiotherapeuten")) as number;
    const part = (await almanac.factValue("fysiotherapeuten_verbijzonderd")) as number;
    return total === 0 ? null : Math.round(((part * 100) / total) * 1e9) / 1e9;
  });
  return {
    name: "json-rules-engine",
    async decide(facts): Promise<Decision> {
      const { events } = await engine.run({ ...facts });
      let conditions = false;
      let excluded = false;
      let factors = 0;
      let benaderd = false;
      for (const e of events) {
        if (e.type === "voorwaarden") conditions = true;
        else if (e.type === "uitgesloten") excluded = true;
        else if (e.type === "factor") factors++;
        else if (e.type === "benaderd") benaderd = true;
      }
      // The questionnaire approach rule also asks `voorwaarden_voldaan`: the event "voorwaarden", and no exclusion.
      benaderd &&= conditions && !excluded;
      const overeenkomst = conditions && !excluded ? (factors >= 3 ? "A" : factors === 2 ? "B" : factors === 1 ? "C" : "D") : null;
      return { overeenkomst, benaderd };
    },
  };
}
