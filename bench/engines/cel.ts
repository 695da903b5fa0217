/**
 * The fysiotherapie decision in CEL (Common Expression Language, the expression language of
 * Kubernetes and Google's policy tools), evaluated by @marcbachmann/cel-js: one expression per
 * part of the decision, parsed once. Unknown values are written out (`x == null || …`).
 * CEL cannot round, so the share is a function registered in the environment, as a CEL user
 * would add a domain function.
 */

import { Environment } from "@marcbachmann/cel-js";
import type { Decision, Engine } from "./types.js";

/**
 * aandeel(deel, totaal) for a total that is not 0: the share as beleid computes it, rounded
 * to 9 decimals as bench/engines/handwritten.ts does (5.1 of 17 is exactly 30%, not
 * 29.999999999999996).
 */
const share = (part: number, total: number): number => Math.round(((part * 100) / total) * 1e9) / 1e9;

const CONDITIONS = `
  richtlijnen && declaraties_digitaal_via_vecozo && size(kwaliteitsregisters) >= 1
  && (!levert_verbijzonderde_zorg || verbijzonderde_zorg_geregistreerd)
  && prem_extern_meetbureau && telefonisch_bereikbaar_werkdagen && werkdagen_tot_eerste_afspraak <= 5.0
  && digitalisering_zn && size(doelen_digitale_zorg) >= 1`;
// RA, Parkinson and Claudicatio are selective purchase: they say which care is not purchased, not who gets an agreement.

const EXCLUDED = `(behandelindex != null && behandelindex > 150.0 && !uitzondering_behandelindex) || vermoeden_fraude`;

const FACTORS = `
  (fysiotherapeuten != 0.0 && aandeel(fysiotherapeuten_verbijzonderd, fysiotherapeuten) >= 30.0
     && minste_uren_verbijzonderd != null && minste_uren_verbijzonderd >= 24.0 ? 1 : 0)
  + (kngf_basisregister || skf_keurmerk ? 1 : 0)
  + (skf_keurmerk ? 1 : 0)`;

const APPROACHED = `
  agb_soort_onderneming in ["04", "05", "07", "24", "37", "88", "90"]
  && "Fysiotherapeut" in verbonden_beroepen && vecozo_certificaten
  && datum_vragenlijst_bevestigd != null && datum_vragenlijst_bevestigd <= "2025-10-24"
  && laatste_contractjaar != null && 2026.0 - laatste_contractjaar <= 3.0
  && !wil_geen_contractaanbod && (behandelindex == null || behandelindex <= 150.0)`;

export function createCel(): Engine {
  const environment = new Environment({ unlistedVariablesAreDyn: true }).registerFunction("aandeel(double, double): double", share);
  const parse = (expression: string) => environment.parse(expression);
  const conditions = parse(CONDITIONS);
  const excluded = parse(EXCLUDED);
  const factors = parse(FACTORS);
  const approached = parse(APPROACHED);
  return {
    name: "CEL (@marcbachmann/cel-js)",
    decide(facts): Decision {
      let overeenkomst: string | null = null;
      const offered = conditions(facts) === true && excluded(facts) !== true;
      if (offered) {
        const n = Number(factors(facts));
        overeenkomst = n >= 3 ? "A" : n === 2 ? "B" : n === 1 ? "C" : "D";
      }
      // The questionnaire approach rule also asks `voorwaarden_voldaan`: the conditions above, and no exclusion.
      return { overeenkomst, benaderd: offered && approached(facts) === true };
    },
  };
}
