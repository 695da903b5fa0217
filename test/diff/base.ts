/**
 * A small policy the change-report tests vary: each test derives an older and a newer
 * version from it with text replacements, so every fixture pair is visible in one place.
 */

import { compileText } from "../../compiler/compile.js";
import type { PolicyModel } from "../../compiler/model.js";
import { renderDiagnostics } from "../../compiler/diagnostics/render.js";

export const BASE = `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: voorbeeld
titel: Inkoopbeleid Voorbeeldzorg 2026
jaar: 2026
versie: 2026-07

hoofdstukken:
  themas: { nummer: "2.1", titel: Thema’s }
  basis: { nummer: "3.1", titel: Voorwaarden basis zorgovereenkomst }
  gedifferentieerd: { nummer: "3.2", titel: Voorwaarden gedifferentieerde zorginkoop }
  procedure: { nummer: "4", titel: Inkoopprocedure }
  planning: { nummer: "5", titel: Planning en bereikbaarheid }

feiten:
  behandelindex:
    type: getal
    omschrijving: De landelijke behandelindex.
    onbekend: Een nieuwe praktijk heeft nog geen behandelindex.
  uitzondering:
    type: ja/nee
    omschrijving: Er is een uitzondering verleend.
  register:
    type: ja/nee
    omschrijving: De praktijk staat in het kwaliteitsregister.
  aandeel_loondienst:
    type: percentage
    omschrijving: Het aandeel in loondienst.
  interventie:
    type: keuze
    omschrijving: De interventie.
    waarden: [CooL, SLIMMER, BeweegKuur]
  keurmerk:
    type: ja/nee
    omschrijving: De praktijk heeft een keurmerk.
  prem:
    type: ja/nee
    omschrijving: De praktijk vraagt de PREM uit.
  aanvraagdatum:
    type: datum
    omschrijving: De datum van de aanvraag.
    onbekend: Alleen bij een eigen aanvraag.

zorgsoorten:
  fysiotherapie:
    naam: Fysiotherapie
    overeenkomst:
      soort: nieuw
      looptijd: 2026-2027
      hoofdstuk: procedure
      tekst: Caresq biedt een tweejarige zorgovereenkomst 2026-2027 aan.
    differentiatie:
      hoofdstuk: gedifferentieerd
      overeenkomsten:
        A: { naam: Zorgovereenkomst A, factoren: 2 }
        B: { naam: Zorgovereenkomst B, factoren: 1 }
        C: { naam: Zorgovereenkomst C, factoren: 0 }
  oefentherapie:
    naam: Oefentherapie
    overeenkomst:
      soort: doorlopend
      hoofdstuk: procedure
      tekst: De meerjarige zorgovereenkomst loopt door in 2026.

groepen:
  algemeen:
    titel: Randvoorwaarden
    hoofdstuk: basis
    soort: randvoorwaarde
    zorgsoorten: alle
    regels:
      kwaliteitsregister:
        naam: registratie in het kwaliteitsregister
        tekst: Registratie in het kwaliteitsregister.
        voorwaarde: register
      loondienst:
        naam: ten minste 50% in loondienst
        tekst: De zorgaanbieder werkt met minimaal 50% personeel in loondienst.
        voorwaarde: aandeel_loondienst >= 50%
      interventies:
        naam: erkende interventie
        tekst: De zorgaanbieder levert een erkende interventie (CooL, SLIMMER).
        voorwaarde: interventie in ["CooL", "SLIMMER"]
  selectie:
    titel: Selectie op de behandelindex
    hoofdstuk: basis
    soort: uitsluiting
    zorgsoorten: [fysiotherapie]
    regels:
      index_hoog:
        naam: landelijke behandelindex hoger dan 150
        tekst: Met een landelijke behandelindex hoger dan 150 bieden wij geen zorgovereenkomst aan.
        voorwaarde: behandelindex > 150
        bij_onbekend: onwaar
        uitzondering:
          voorwaarde: uitzondering
          route: Vraag een uitzondering aan via zorginkoop@caresq.nl.
  factoren:
    titel: Differentiatiefactoren
    hoofdstuk: gedifferentieerd
    soort: differentiatiefactor
    zorgsoorten: [fysiotherapie]
    regels:
      keurmerk_factor:
        naam: keurmerk
        tekst: De praktijk heeft een keurmerk.
        voorwaarde: keurmerk
      prem_factor:
        naam: PREM
        tekst: De praktijk vraagt de PREM uit.
        voorwaarde: prem

datumregels:
  ingangsdatum:
    omschrijving: ingangsdatum
    hoofdstuk: procedure
    tekst: De zorgovereenkomst gaat in op de eerste van de maand na de aanvraag.
    berekening: eerste_van_volgende_maand(aanvraagdatum)
    zorgsoorten: alle

tabellen:
  codes:
    titel: Vektis registratie
    hoofdstuk: procedure
    sleutel: { titel: Zorgsoort, zorgsoort: ja }
    kolommen:
      agb: { titel: AGB-code, type: verzameling }
    rijen:
      fysiotherapie: { agb: ["04", "90"] }
      oefentherapie: { agb: ["07"] }

planning:
  deadline_vragenlijst:
    onderwerp: Deadline vragenlijst
    hoofdstuk: planning
    datum: 2025-10-24
    soort: deadline
    zorgsoorten: [fysiotherapie]
  publicatie:
    onderwerp: Publicatie gecontracteerde zorgaanbieders
    hoofdstuk: planning
    wanneer: Vanaf 12 november 2025

teksten:
  verduurzaming:
    hoofdstuk: themas
    kop: Verduurzaming
    onderwerp: het thema verduurzaming van de zorgsector
    tekst: Op het gebied van verduurzaming is een uniforme tekst opgesteld.
  digitalisering:
    hoofdstuk: themas
    kop: Digitalisering
    onderwerp: het thema Digitalisering/Technologie/Gegevensuitwisseling
    tekst: Om de beweging richting digitale zorg te stimuleren zijn doelen vastgesteld.
`;

/** Applies text replacements; each must match exactly once, so a fixture cannot silently miss. */
export function variant(replacements: readonly (readonly [string, string])[], base = BASE): string {
  let text = base;
  for (const [from, to] of replacements) {
    const index = text.indexOf(from);
    if (index < 0 || text.indexOf(from, index + 1) >= 0) throw new Error(`replacement must match exactly once: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

export function model(text: string, name = "voorbeeld.policy"): PolicyModel {
  const result = compileText(name, text);
  if (!result.model) throw new Error(renderDiagnostics(result.diagnostics, result.sources, { colour: false }));
  return result.model;
}

/** A group of selective purchase for fysiotherapie (it goes before the date rules); `deelzorg` is the care it is about. */
export const selectiveGroup = (deelzorg = "zorg bij de ziekte van Parkinson") => `  parkinson:
    titel: Zorg bij de ziekte van Parkinson
    hoofdstuk: basis
    soort: selectieve_inkoop
    zorgsoorten: [fysiotherapie]
    regels:
      parkinsonnet:
        naam: aangesloten bij ParkinsonNet
        tekst: Deze zorg kopen wij selectief in bij zorgaanbieders met een keurmerk.
        deelzorg: ${deelzorg}
        voorwaarde: keurmerk
`;

/** The same group with another kind of rule (a requirement, by default), without its deelzorg. */
export const groupOfKind = (kind = "randvoorwaarde") => selectiveGroup().replace("    soort: selectieve_inkoop\n", `    soort: ${kind}\n`).replace("        deelzorg: zorg bij de ziekte van Parkinson\n", "");

/** The care type oefentherapie (a multi-year agreement that runs on) and its row in the Vektis table, for variants that add or drop it. */
export const OEFEN = `  oefentherapie:
    naam: Oefentherapie
    overeenkomst:
      soort: doorlopend
      hoofdstuk: procedure
      tekst: De meerjarige zorgovereenkomst loopt door in 2026.
`;
export const OEFEN_ROW = `      oefentherapie: { agb: ["07"] }
`;

/** The base policy with a group in chapter 4 with one rule of `kind` reading `condition` (a date bound, mostly). */
export function withRule(kind: string, condition: string): string {
  return variant([
    [
      "\ndatumregels:",
      `  aanvragen:
    titel: Aanvragen
    hoofdstuk: procedure
    soort: ${kind}
    zorgsoorten: [fysiotherapie]
    regels:
      aanvraag:
        naam: de aanvraag
        tekst: Over de datum van de aanvraag.
        voorwaarde: ${condition}
        bij_onbekend: onwaar

datumregels:`,
    ],
  ]);
}
