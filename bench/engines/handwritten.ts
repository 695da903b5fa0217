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
    f.doelen_digitale_zorg.length >= 1 &&
    (!f.levert_langdurige_zorg_ra || f.aantekening_ra) &&
    (!f.levert_parkinsonzorg || f.aangesloten_parkinsonnet) &&
    (!f.levert_looptraining_claudicatio || f.aangesloten_chronisch_zorgnet);

  let overeenkomst: string | null = null;
  if (conditions && !excluded) {
    const total: number = f.fysiotherapeuten;
    const hours: number | null = f.minste_uren_verbijzonderd;
    // Unknown share (no therapists) or unknown hours: the factor is not met.
    const specialised = total !== 0 && (f.fysiotherapeuten_verbijzonderd * 100) / total >= 30 && hours !== null && hours >= 24;
    const factors = (specialised ? 1 : 0) + (f.kngf_basisregister || f.skf_keurmerk ? 1 : 0) + (f.skf_keurmerk ? 1 : 0);
    overeenkomst = factors >= 3 ? "A" : factors === 2 ? "B" : factors === 1 ? "C" : "D";
  }

  const last: number | null = f.laatste_contractjaar;
  const questionnaire: string | null = f.datum_vragenlijst_bevestigd; // bij onbekend: onwaar
  const benaderd =
    AGB_FYSIOTHERAPIE.includes(f.agb_soort_onderneming) &&
    f.verbonden_beroepen.includes("Fysiotherapeut") &&
    f.vecozo_certificaten &&
    questionnaire !== null && questionnaire <= "2025-10-24" && conditions &&
    last !== null && 2026 - last <= 3 && // never an agreement: not approached
    !f.wil_geen_contractaanbod &&
    !indexAbove150;
  return { overeenkomst, benaderd };
}
