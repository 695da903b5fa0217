/**
 * The fysiotherapie decision of paramedische-zorg/2026-07 written by hand in plain
 * JavaScript, as a careful programmer would without beleid: the practical speed limit. It
 * does not check the facts. The rules and their chapters are in the policy file; unknown
 * (null) values are handled as each rule's `bij_onbekend` says.
 */

import type { Decision } from "./types.js";

type Facts = Readonly<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

const AGB_FYSIOTHERAPIE = ["04", "05", "07", "24", "37", "88", "90"];

export function handwrittenFysiotherapie(f: Facts): Decision {
  const index: number | null = f.behandelindex;
  const indexAbove150 = index !== null && index > 150; // bij onbekend: onwaar
  const excluded = (indexAbove150 && !f.uitzondering_behandelindex) || f.vermoeden_fraude;
  const conditions =
    f.richtlijnen &&
    f.declaraties_digitaal_via_vecozo &&
    f.kwaliteitsregisters.length >= 1 &&
    (!f.levert_verbijzonderde_zorg || f.verbijzonderde_zorg_geregistreerd) &&
    f.prem_extern_meetbureau &&
    f.telefonisch_bereikbaar_werkdagen &&
    f.werkdagen_tot_eerste_afspraak <= 5 &&
    f.digitalisering_zn &&
    f.doelen_digitale_zorg.length >= 1;
  // RA, Parkinson and Claudicatio are selective purchase: they say which care is not purchased, not who gets an agreement.

  let overeenkomst: string | null = null;
  if (conditions && !excluded) {
    const total: number = f.fysiotherapeuten;
    const hours: number | null = f.minste_uren_verbijzonderd;
    // Unknown share (no therapists) or unknown hours: the factor is not met.
    // The share as beleid computes it, rounded to 9 decimals: 0.29 of 1 is exactly 29%. (beleid
    // keeps fewer decimals for a share of 100,000% or more; against 30% that changes nothing.)
    const specialised = total !== 0 && Math.round(((f.fysiotherapeuten_verbijzonderd * 100) / total) * 1e9) / 1e9 >= 30 && hours !== null && hours >= 24;
    const factors = (specialised ? 1 : 0) + (f.kngf_basisregister || f.skf_keurmerk ? 1 : 0) + (f.skf_keurmerk ? 1 : 0);
    overeenkomst = factors >= 3 ? "A" : factors === 2 ? "B" : factors === 1 ? "C" : "D";
  }

  const last: number | null = f.laatste_contractjaar;
  const questionnaire: string | null = f.datum_vragenlijst_bevestigd; // bij onbekend: onwaar
  const benaderd =
    AGB_FYSIOTHERAPIE.includes(f.agb_soort_onderneming) &&
    f.verbonden_beroepen.includes("Fysiotherapeut") &&
    f.vecozo_certificaten &&
    questionnaire !== null && questionnaire <= "2025-10-24" && conditions && !excluded &&
    last !== null && 2026 - last <= 3 && // never an agreement: not approached
    !f.wil_geen_contractaanbod &&
    !indexAbove150;
  return { overeenkomst, benaderd };
}

const KWALITEITSREGISTERS = new Set(["Kwaliteitsregister Paramedici", "Individueel Register Fysiotherapie (IRF) van het KNGF", "Kwaliteitsregister van SKF (oude regeling)", "Keurmerk Fysiotherapie Individueel Register (KFIR)"]);
const DOELEN_DIGITALE_ZORG = new Set(["vergroten van het arbeidspotentieel", "besparen van kosten", "verbeteren van de toegankelijkheid", "verbeteren van de kwaliteit van zorg"]);
const BEROEPEN = new Set(["Fysiotherapeut", "Oefentherapeut", "Logopedist", "Huidtherapeut", "Diëtist", "Ergotherapeut", "Leefstijlcoach", "Podotherapeut"]);

/** An existing date written as yyyy-mm-dd. */
function isDate(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 10 || value[4] !== "-" || value[7] !== "-") return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  return month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** A list of distinct values from `values`. */
function isSubset(list: unknown, values: ReadonlySet<string>): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    if (!values.has(list[i])) return false;
    for (let j = 0; j < i; j++) if (list[j] === list[i]) return false;
  }
  return true;
}

const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

/**
 * The same decision with the check a careful programmer adds when the facts come from
 * elsewhere, written for speed: every fact the decision reads has the right type (null only
 * where the policy allows unknown), lists hold distinct known values, dates exist; otherwise
 * it throws. The baseline for the compiled evaluator's checked entry points (which also
 * reject inherited keys and say in Dutch what is wrong).
 */
export function handwrittenFysiotherapieChecked(f: Facts): Decision {
  const ok =
    typeof f === "object" && f !== null &&
    (f.behandelindex === null || isNumber(f.behandelindex)) &&
    typeof f.uitzondering_behandelindex === "boolean" &&
    typeof f.declaraties_digitaal_via_vecozo === "boolean" &&
    isSubset(f.kwaliteitsregisters, KWALITEITSREGISTERS) &&
    typeof f.levert_verbijzonderde_zorg === "boolean" &&
    typeof f.verbijzonderde_zorg_geregistreerd === "boolean" &&
    typeof f.prem_extern_meetbureau === "boolean" &&
    typeof f.telefonisch_bereikbaar_werkdagen === "boolean" &&
    isNumber(f.werkdagen_tot_eerste_afspraak) &&
    isSubset(f.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG) &&
    typeof f.levert_langdurige_zorg_ra === "boolean" &&
    typeof f.aantekening_ra === "boolean" &&
    isNumber(f.fysiotherapeuten) &&
    isNumber(f.fysiotherapeuten_verbijzonderd) &&
    (f.minste_uren_verbijzonderd === null || isNumber(f.minste_uren_verbijzonderd)) &&
    typeof f.kngf_basisregister === "boolean" &&
    typeof f.skf_keurmerk === "boolean" &&
    (f.datum_gecorrigeerd_bewijsstuk === null || isDate(f.datum_gecorrigeerd_bewijsstuk)) &&
    typeof f.levert_parkinsonzorg === "boolean" &&
    typeof f.aangesloten_parkinsonnet === "boolean" &&
    typeof f.levert_looptraining_claudicatio === "boolean" &&
    typeof f.aangesloten_chronisch_zorgnet === "boolean" &&
    typeof f.agb_soort_onderneming === "string" &&
    isSubset(f.verbonden_beroepen, BEROEPEN) &&
    typeof f.vecozo_certificaten === "boolean" &&
    (f.datum_vragenlijst_bevestigd === null || isDate(f.datum_vragenlijst_bevestigd)) &&
    (f.laatste_contractjaar === null || isNumber(f.laatste_contractjaar)) &&
    typeof f.wil_geen_contractaanbod === "boolean" &&
    typeof f.vermoeden_fraude === "boolean" &&
    (f.aanvraagdatum === null || isDate(f.aanvraagdatum)) &&
    typeof f.richtlijnen === "boolean" &&
    typeof f.digitalisering_zn === "boolean";
  if (!ok) throw new TypeError("unusable facts");
  return handwrittenFysiotherapie(f);
}
