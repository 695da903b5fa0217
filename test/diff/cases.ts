/**
 * The before/after fixture pairs of the change-report tests: one per kind of change, as text
 * replacements on the policy in base.ts.
 */

import type { ChangeClass } from "../../compiler/diff/changes.js";
import type { ChangeKind } from "../../compiler/diff/kinds.js";
import { OEFEN, OEFEN_ROW, selectiveGroup } from "./base.js";

export type Replacements = readonly (readonly [string, string])[];

export interface Case {
  readonly kind: ChangeKind;
  readonly before?: Replacements;
  readonly after?: Replacements;
  readonly class: ChangeClass;
  readonly section: string;
  readonly sentence: string;
  /** Other items the fixture brings in other sections (a care type split off along with it). */
  readonly alongside?: readonly ChangeKind[];
}

/** Oefentherapie purchased separately, having fallen under fysiotherapie before. */
const OEFEN_SPLIT = `${OEFEN}    afgesplitst_van: fysiotherapie
`;
const BEFORE_DATE_RULES = "\ndatumregels:";
const PREM_FACTOR = `      prem_factor:
        naam: PREM
        tekst: De praktijk vraagt de PREM uit.
        voorwaarde: prem
`;
const PREM_RULE = `      prem_factor:
        naam: PREM
        tekst: De praktijk vraagt de PREM uit.
        zorgsoorten: [fysiotherapie]
        voorwaarde: prem
`;
const EXCEPTION = `        uitzondering:
          voorwaarde: uitzondering
          route: Vraag een uitzondering aan via zorginkoop@caresq.nl.
`;
const DIFFERENTIATION = `    differentiatie:
      hoofdstuk: gedifferentieerd
      overeenkomsten:
        A: { naam: Zorgovereenkomst A, factoren: 2 }
        B: { naam: Zorgovereenkomst B, factoren: 1 }
        C: { naam: Zorgovereenkomst C, factoren: 0 }
`;
const FACTORS = `  factoren:
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
`;
const PUBLICATION = `  publicatie:
    onderwerp: Publicatie gecontracteerde zorgaanbieders
    hoofdstuk: planning
    wanneer: Vanaf 12 november 2025
`;
const TABLE = `tabellen:
  codes:
    titel: Vektis registratie
    hoofdstuk: procedure
    sleutel: { titel: Zorgsoort, zorgsoort: ja }
    kolommen:
      agb: { titel: AGB-code, type: verzameling }
    rijen:
      fysiotherapie: { agb: ["04", "90"] }
      oefentherapie: { agb: ["07"] }
`;
const DIGITAL = `  digitalisering:
    hoofdstuk: themas
    kop: Digitalisering
    onderwerp: het thema Digitalisering/Technologie/Gegevensuitwisseling
    tekst: Om de beweging richting digitale zorg te stimuleren zijn doelen vastgesteld.
`;
const DATE_RULE = `datumregels:
  ingangsdatum:
    omschrijving: ingangsdatum
    hoofdstuk: procedure
    tekst: De zorgovereenkomst gaat in op de eerste van de maand na de aanvraag.
    berekening: eerste_van_volgende_maand(aanvraagdatum)
    zorgsoorten: alle
`;
const RULE_REGISTER = `      kwaliteitsregister:
        naam: registratie in het kwaliteitsregister
        tekst: Registratie in het kwaliteitsregister.
        voorwaarde: register
`;

export const CASES: readonly Case[] = [
  {
    kind: "zorgsoort_toegevoegd",
    before: [[OEFEN, ""], [OEFEN_ROW, ""]],
    class: "soepeler",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 is de zorgsoort ‘Oefentherapie’ toegevoegd, met een eigen zorgovereenkomst.",
  },
  {
    kind: "zorgsoort_verwijderd",
    after: [[OEFEN, ""], [OEFEN_ROW, ""]],
    class: "strenger",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 is de zorgsoort ‘Oefentherapie’ vervallen; daarvoor is er geen eigen zorgovereenkomst meer.",
  },
  {
    kind: "zorgsoort_afgesplitst",
    before: [[OEFEN, ""], [OEFEN_ROW, ""]],
    after: [[OEFEN, OEFEN_SPLIT]],
    class: "onbepaald",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 wordt de zorgsoort ‘Oefentherapie’ voortaan apart ingekocht (voorheen onder ‘Fysiotherapie’), met een eigen zorgovereenkomst.",
  },
  {
    kind: "zorgsoort_samengevoegd",
    before: [[OEFEN, OEFEN_SPLIT]],
    after: [[OEFEN, ""], [OEFEN_ROW, ""]],
    class: "onbepaald",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 wordt de zorgsoort ‘Oefentherapie’ niet langer apart ingekocht, maar weer onder ‘Fysiotherapie’; daarvoor is er geen eigen zorgovereenkomst meer.",
  },
  {
    kind: "regel_toegevoegd",
    before: [[RULE_REGISTER, ""]],
    class: "strenger",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is een randvoorwaarde opgenomen: ‘registratie in het kwaliteitsregister’.",
  },
  {
    kind: "regel_verwijderd",
    after: [[RULE_REGISTER, ""]],
    class: "soepeler",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is de randvoorwaarde ‘registratie in het kwaliteitsregister’ vervallen.",
  },
  {
    kind: "regel_soort_gewijzigd",
    before: [[PREM_FACTOR, ""], [RULE_REGISTER, RULE_REGISTER + PREM_RULE], ["A: { naam: Zorgovereenkomst A, factoren: 2 }\n        B: { naam: Zorgovereenkomst B, factoren: 1 }\n        C: { naam: Zorgovereenkomst C, factoren: 0 }", "A: { naam: Zorgovereenkomst A, factoren: 1 }\n        B: { naam: Zorgovereenkomst B, factoren: 0 }"], ["    zorgsoorten: alle\n    regels:\n      kwaliteitsregister", "    zorgsoorten: alle\n    regels:\n      kwaliteitsregister"]],
    class: "soepeler",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.2 (voorheen 3.1) is ‘PREM’ opgenomen als differentiatiefactor en niet langer als randvoorwaarde. Hiermee is het aantal zorgovereenkomsten uitgebreid van twee naar drie.",
  },
  {
    kind: "regel_verplaatst",
    after: [["        naam: registratie in het kwaliteitsregister\n", "        naam: registratie in het kwaliteitsregister\n        hoofdstuk: procedure\n"]],
    class: "redactioneel",
    section: "Voorbeeldzorg",
    sentence: "De randvoorwaarde ‘registratie in het kwaliteitsregister’ staat nu in hoofdstuk 4 (voorheen 3.1).",
  },
  {
    kind: "regel_tekst_gewijzigd",
    after: [["tekst: Registratie in het kwaliteitsregister.", "tekst: Inschrijving in het kwaliteitsregister."]],
    class: "redactioneel",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is de tekst van de randvoorwaarde ‘registratie in het kwaliteitsregister’ aangepast; de voorwaarde zelf is niet veranderd.",
  },
  {
    kind: "regel_naam_gewijzigd",
    after: [["naam: registratie in het kwaliteitsregister", "naam: registratie in een kwaliteitsregister"]],
    class: "redactioneel",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is de naam van de randvoorwaarde ‘registratie in het kwaliteitsregister’ gewijzigd in ‘registratie in een kwaliteitsregister’.",
  },
  {
    // The exclusion moved with oefentherapie, split off from fysiotherapie: for fysiotherapie an
    // exclusion less.
    kind: "regel_zorgsoort_gewijzigd",
    before: [[OEFEN, ""], [OEFEN_ROW, ""]],
    after: [[OEFEN, OEFEN_SPLIT], ["    soort: uitsluiting\n    zorgsoorten: [fysiotherapie]", "    soort: uitsluiting\n    zorgsoorten: [oefentherapie]"]],
    class: "soepeler",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 geldt de uitsluiting ‘landelijke behandelindex hoger dan 150’ voortaan voor de zorgsoort ‘Oefentherapie’ in plaats van voor fysiotherapie.",
    alongside: ["zorgsoort_afgesplitst"],
  },
  {
    kind: "drempel_gewijzigd",
    after: [["voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > 140"]],
    class: "strenger",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 is bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ de grens verlaagd van 150 naar 140.",
  },
  {
    kind: "waarden_gewijzigd",
    after: [['interventie in ["CooL", "SLIMMER"]', 'interventie in ["CooL"]']],
    class: "strenger",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is bij de randvoorwaarde ‘erkende interventie’ de opsomming aangepast: ‘SLIMMER’ is vervallen.",
  },
  {
    kind: "voorwaarde_gewijzigd",
    after: [["voorwaarde: aandeel_loondienst >= 50%", "voorwaarde: aandeel_loondienst >= 50% en register"], ["tekst: De zorgaanbieder werkt met minimaal 50% personeel in loondienst.", "tekst: De zorgaanbieder werkt met minimaal 50% personeel in loondienst en staat in het register."]],
    class: "strenger",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is de randvoorwaarde ‘ten minste 50% in loondienst’ aangescherpt; ook de tekst is aangepast.",
  },
  {
    // Renamed along with the logic: the old and the new name, as the insurers write it.
    kind: "voorwaarde_gewijzigd",
    after: [["naam: ten minste 50% in loondienst\n        tekst: De zorgaanbieder werkt met minimaal 50% personeel in loondienst.\n        voorwaarde: aandeel_loondienst >= 50%", "naam: ten minste 50% in loondienst en in het register\n        tekst: De zorgaanbieder werkt met minimaal 50% personeel in loondienst.\n        voorwaarde: aandeel_loondienst >= 50% en register"]],
    class: "strenger",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is de randvoorwaarde ‘ten minste 50% in loondienst’ aangescherpt tot ‘ten minste 50% in loondienst en in het register’.",
  },
  {
    kind: "voorwaarde_gewijzigd",
    after: [["voorwaarde: aandeel_loondienst >= 50%", "voorwaarde: aandeel_loondienst >= 50% of register"]],
    class: "soepeler",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 is de randvoorwaarde ‘ten minste 50% in loondienst’ versoepeld.",
  },
  {
    kind: "status_gewijzigd",
    before: [["        uitzondering:\n          voorwaarde: uitzondering", "        status: voornemen\n        uitzondering:\n          voorwaarde: uitzondering"]],
    class: "strenger",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 is de uitsluiting ‘landelijke behandelindex hoger dan 150’ niet langer een voornemen, maar definitief.",
  },
  {
    kind: "uitzondering_toegevoegd",
    before: [[EXCEPTION, ""]],
    class: "soepeler",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 is toegevoegd hoe een zorgaanbieder een uitzondering kan aanvragen op de uitsluiting ‘landelijke behandelindex hoger dan 150’.",
  },
  {
    kind: "uitzondering_verwijderd",
    after: [[EXCEPTION, ""]],
    class: "strenger",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 is de mogelijkheid vervallen om een uitzondering aan te vragen op de uitsluiting ‘landelijke behandelindex hoger dan 150’.",
  },
  {
    kind: "uitzondering_gewijzigd",
    after: [["          voorwaarde: uitzondering\n", "          voorwaarde: uitzondering en behandelindex <= 175\n          bij_onbekend: onwaar\n"]],
    class: "strenger",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 is de voorwaarde voor een uitzondering op de uitsluiting ‘landelijke behandelindex hoger dan 150’ aangescherpt.",
  },
  {
    kind: "toepassing_gewijzigd",
    after: [["        voorwaarde: register\n", "        voorwaarde: register\n        van_toepassing_als: keurmerk\n"]],
    class: "soepeler",
    section: "Voorbeeldzorg",
    sentence: "In hoofdstuk 3.1 geldt de randvoorwaarde ‘registratie in het kwaliteitsregister’ niet langer altijd, maar alleen als ‘keurmerk’.",
  },
  {
    kind: "onbekend_gewijzigd",
    after: [["        bij_onbekend: onwaar\n        uitzondering:", "        bij_onbekend: waar\n        uitzondering:"]],
    class: "strenger",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 geldt bij de uitsluiting ‘landelijke behandelindex hoger dan 150’ een onbekende waarde niet langer als ‘onwaar’, maar als ‘waar’.",
  },
  {
    kind: "overeenkomsten_aantal_gewijzigd",
    after: [["        C: { naam: Zorgovereenkomst C, factoren: 0 }\n", ""]],
    // A provider without factors no longer qualifies; the others keep their tier.
    class: "strenger",
    section: "Fysiotherapie",
    sentence:
      "In hoofdstuk 3.2 is het aantal zorgovereenkomsten teruggebracht van drie naar twee. Zorgovereenkomst C (zonder differentiatiefactoren) is vervallen: zorgaanbieders zonder differentiatiefactoren komen niet meer in aanmerking.",
  },
  {
    kind: "overeenkomsten_drempels_gewijzigd",
    before: [["        C: { naam: Zorgovereenkomst C, factoren: 0 }\n", ""]],
    after: [["        C: { naam: Zorgovereenkomst C, factoren: 0 }\n", ""], ["B: { naam: Zorgovereenkomst B, factoren: 1 }", "B: { naam: Zorgovereenkomst B, factoren: 0 }"]],
    // A provider without factors now reaches B; nobody reaches a lower tier than before.
    class: "soepeler",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.2 zijn de zorgovereenkomsten anders ingedeeld naar het aantal differentiatiefactoren: voorheen Zorgovereenkomst A bij twee factoren en Zorgovereenkomst B bij één factor, nu Zorgovereenkomst A bij twee factoren en Zorgovereenkomst B zonder differentiatiefactoren.",
  },
  {
    kind: "overeenkomst_hernoemd",
    after: [["C: { naam: Zorgovereenkomst C, factoren: 0 }", "C: { naam: Basisovereenkomst, factoren: 0 }"]],
    class: "redactioneel",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.2 heet de zorgovereenkomst voor nul differentiatiefactoren niet langer ‘Zorgovereenkomst C’, maar ‘Basisovereenkomst’.",
  },
  {
    kind: "differentiatie_ingevoerd",
    before: [[DIFFERENTIATION, ""], [FACTORS, ""]],
    class: "soepeler",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.2 zijn differentiatiefactoren opgenomen: ‘keurmerk’ en ‘PREM’. Hiermee is gedifferentieerde inkoop ingevoerd, met drie zorgovereenkomsten.",
  },
  {
    kind: "differentiatie_vervallen",
    after: [[DIFFERENTIATION, ""], [FACTORS, ""]],
    class: "strenger",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.2 zijn de differentiatiefactoren ‘keurmerk’ en ‘PREM’ vervallen. Hiermee is de gedifferentieerde inkoop vervallen; er waren drie zorgovereenkomsten.",
  },
  {
    kind: "contractsoort_gewijzigd",
    after: [["      soort: doorlopend\n      hoofdstuk: procedure", "      soort: nieuw\n      hoofdstuk: procedure"]],
    class: "onbepaald",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 is de zorgovereenkomst niet langer een doorlopende zorgovereenkomst, maar een nieuwe zorgovereenkomst.",
  },
  {
    kind: "overeenkomst_loopt_door",
    before: [["      soort: doorlopend\n      hoofdstuk: procedure", "      soort: nieuw\n      looptijd: 2026-2027\n      hoofdstuk: procedure"]],
    after: [["      soort: doorlopend\n      hoofdstuk: procedure", "      soort: doorlopend\n      looptijd: 2026-2027\n      hoofdstuk: procedure"]],
    class: "redactioneel",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 loopt de meerjarige zorgovereenkomst door; er komt geen nieuw contractaanbod.",
  },
  {
    kind: "looptijd_gewijzigd",
    after: [["looptijd: 2026-2027", "looptijd: 2026-2028"]],
    class: "onbepaald",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 4 is de looptijd van de zorgovereenkomst gewijzigd van 2026-2027 in 2026-2028.",
  },
  {
    kind: "contracttekst_gewijzigd",
    after: [["tekst: Caresq biedt een tweejarige zorgovereenkomst 2026-2027 aan.", "tekst: Caresq biedt een zorgovereenkomst voor twee jaar aan (2026-2027)."]],
    class: "redactioneel",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 4 is de tekst over de zorgovereenkomst aangepast.",
  },
  {
    kind: "inkoop_status_gewijzigd",
    before: [["      tekst: Caresq biedt een tweejarige zorgovereenkomst 2026-2027 aan.\n", "      tekst: Caresq biedt een tweejarige zorgovereenkomst 2026-2027 aan.\n      status: voornemen\n"]],
    class: "soepeler",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 4 is de inkoop niet langer een voornemen, maar definitief.",
  },
  {
    kind: "overeenkomstnaam_gewijzigd",
    after: [["      tekst: De meerjarige zorgovereenkomst loopt door in 2026.\n", "      tekst: De meerjarige zorgovereenkomst loopt door in 2026.\n      naam: Zorgovereenkomst Oefentherapie 2025-2026\n"]],
    class: "redactioneel",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 heet de zorgovereenkomst niet langer ‘Zorgovereenkomst Oefentherapie’, maar ‘Zorgovereenkomst Oefentherapie 2025-2026’.",
  },
  {
    kind: "jaar_opgeschoven",
    before: [["jaar: 2026", "jaar: 2025"], ["datum: 2025-10-24", "datum: 2024-10-24"], ["looptijd: 2026-2027", "looptijd: 2025-2026"], ["tekst: Caresq biedt een tweejarige zorgovereenkomst 2026-2027 aan.", "tekst: Caresq biedt een tweejarige zorgovereenkomst 2025-2026 aan."]],
    class: "redactioneel",
    section: "Algemeen",
    sentence: "Voor het contractjaar 2026 zijn datums en jaartallen op drie plaatsen van 2025 naar 2026 opgeschoven; dat is verder geen wijziging.",
  },
  {
    kind: "mijlpaal_verschoven",
    after: [["datum: 2025-10-24", "datum: 2025-10-17"]],
    class: "strenger",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 5 is de datum van ‘Deadline vragenlijst’ vervroegd van 24 oktober 2025 naar 17 oktober 2025.",
  },
  {
    kind: "mijlpaal_moment_gewijzigd",
    after: [["wanneer: Vanaf 12 november 2025", "wanneer: Vanaf half november 2025"]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 5 is het moment van ‘Publicatie gecontracteerde zorgaanbieders’ gewijzigd: voorheen vanaf 12 november 2025, nu vanaf half november 2025.",
  },
  {
    kind: "mijlpaal_toegevoegd",
    before: [[PUBLICATION, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 5 is in de planning ‘Publicatie gecontracteerde zorgaanbieders’ opgenomen (vanaf 12 november 2025).",
  },
  {
    kind: "mijlpaal_verwijderd",
    after: [[PUBLICATION, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 5 is ‘Publicatie gecontracteerde zorgaanbieders’ (vanaf 12 november 2025) uit de planning vervallen.",
  },
  {
    kind: "tabel_toegevoegd",
    before: [[TABLE, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is de tabel ‘Vektis registratie’ opgenomen.",
  },
  {
    kind: "tabel_verwijderd",
    after: [[TABLE, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is de tabel ‘Vektis registratie’ vervallen.",
  },
  {
    kind: "tabel_titel_gewijzigd",
    after: [["    titel: Vektis registratie", "    titel: Registratie bij Vektis"]],
    class: "redactioneel",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is de titel van de tabel ‘Vektis registratie’ gewijzigd in ‘Registratie bij Vektis’.",
  },
  {
    kind: "tabel_status_gewijzigd",
    before: [["    hoofdstuk: procedure\n    sleutel: { titel: Zorgsoort", "    hoofdstuk: procedure\n    status: voornemen\n    sleutel: { titel: Zorgsoort"]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is de tabel ‘Vektis registratie’ niet langer een voornemen, maar definitief.",
  },
  {
    kind: "kolomkop_gewijzigd",
    after: [["agb: { titel: AGB-code, type: verzameling }", "agb: { titel: AGB-code onderneming, type: verzameling }"]],
    class: "redactioneel",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is in de tabel ‘Vektis registratie’ de kolomkop ‘AGB-code’ gewijzigd in ‘AGB-code onderneming’.",
  },
  {
    kind: "tabelrijen_toegevoegd",
    before: [[OEFEN_ROW, ""]],
    class: "onbepaald",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 is aan de tabel ‘Vektis registratie’ de rij ‘Oefentherapie’ toegevoegd.",
  },
  {
    kind: "tabelrijen_verwijderd",
    after: [[OEFEN_ROW, ""]],
    class: "onbepaald",
    section: "Oefentherapie",
    sentence: "In hoofdstuk 4 is uit de tabel ‘Vektis registratie’ de rij ‘Oefentherapie’ vervallen.",
  },
  {
    kind: "tabelrijen_gewijzigd",
    after: [['fysiotherapie: { agb: ["04", "90"] }', 'fysiotherapie: { agb: ["04"] }']],
    class: "onbepaald",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 4 is in de tabel ‘Vektis registratie’ de rij ‘Fysiotherapie’ gewijzigd.",
  },
  {
    kind: "tekst_gewijzigd",
    after: [["tekst: Op het gebied van verduurzaming is een uniforme tekst opgesteld.", "tekst: Op het gebied van verduurzaming is in ZN-verband een uniforme tekst opgesteld."], ["tekst: Om de beweging richting digitale zorg te stimuleren zijn doelen vastgesteld.", "tekst: Om de beweging richting digitale zorg te stimuleren heeft ZN doelen vastgesteld."]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 2.1 zijn het thema verduurzaming van de zorgsector en het thema Digitalisering/Technologie/Gegevensuitwisseling aangepast.",
  },
  {
    // Only the spelling: a hyphen between words, the kind of quote.
    kind: "tekst_gewijzigd",
    after: [["tekst: Op het gebied van verduurzaming is een uniforme tekst opgesteld.", "tekst: Op het gebied van verduurzaming is een uniforme-tekst opgesteld."]],
    class: "redactioneel",
    section: "Algemeen",
    sentence: "In hoofdstuk 2.1 is het thema verduurzaming van de zorgsector aangepast.",
  },
  {
    kind: "tekst_toegevoegd",
    before: [[DIGITAL, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 2.1 is een passage opgenomen over het thema Digitalisering/Technologie/Gegevensuitwisseling.",
  },
  {
    kind: "tekst_verwijderd",
    after: [[DIGITAL, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 2.1 is de passage over het thema Digitalisering/Technologie/Gegevensuitwisseling vervallen.",
  },
  {
    kind: "hoofdstuk_hernummerd",
    after: [['procedure: { nummer: "4", titel: Inkoopprocedure }', 'procedure: { nummer: "4.1", titel: Inkoopprocedure }']],
    class: "redactioneel",
    section: "Algemeen",
    sentence: "Hoofdstuk ‘Inkoopprocedure’ heeft het nummer 4.1 gekregen (voorheen 4).",
  },
  {
    kind: "hoofdstuk_titel_gewijzigd",
    after: [["titel: Planning en bereikbaarheid", "titel: Planning"]],
    class: "redactioneel",
    section: "Algemeen",
    sentence: "In hoofdstuk 5 is de titel gewijzigd van ‘Planning en bereikbaarheid’ in ‘Planning’.",
  },
  {
    kind: "groep_titel_gewijzigd",
    after: [["    titel: Selectie op de behandelindex", "    titel: Selectie op basis van de behandelindex"]],
    class: "redactioneel",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 is het kopje ‘Selectie op de behandelindex’ gewijzigd in ‘Selectie op basis van de behandelindex’.",
  },
  {
    // Which values the evaluator accepts, not what a provider must meet: as a fact's values.
    kind: "feit_bereik_gewijzigd",
    after: [["    omschrijving: De landelijke behandelindex.\n", "    omschrijving: De landelijke behandelindex.\n    minimum: 0\n"]],
    class: "onbepaald",
    section: "Fysiotherapie",
    sentence: "In hoofdstuk 3.1 mag de landelijke behandelindex (uitsluiting ‘landelijke behandelindex hoger dan 150’) niet langer negatief zijn (minimum 0).",
  },
  {
    kind: "datumregel_toegevoegd",
    before: [[DATE_RULE, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is een regel opgenomen voor de ‘ingangsdatum’.",
  },
  {
    kind: "datumregel_verwijderd",
    after: [[DATE_RULE, ""]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is de regel voor de ‘ingangsdatum’ vervallen.",
  },
  {
    kind: "datumregel_gewijzigd",
    after: [["berekening: eerste_van_volgende_maand(aanvraagdatum)", "berekening: eerste_van_maand(aanvraagdatum)"]],
    class: "onbepaald",
    section: "Algemeen",
    sentence: "In hoofdstuk 4 is de berekening van de ‘ingangsdatum’ gewijzigd van ‘eerste_van_volgende_maand(aanvraagdatum)’ in ‘eerste_van_maand(aanvraagdatum)’.",
  },
  {
    kind: "deelzorg_gewijzigd",
    before: [[BEFORE_DATE_RULES, `${selectiveGroup("zorg bij de ziekte van Parkinson")}${BEFORE_DATE_RULES}`]],
    after: [[BEFORE_DATE_RULES, `${selectiveGroup("fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen")}${BEFORE_DATE_RULES}`]],
    class: "onbepaald",
    section: "Fysiotherapie",
    sentence:
      "In hoofdstuk 3.1 is bij de voorwaarde voor selectieve inkoop ‘aangesloten bij ParkinsonNet’ gewijzigd welke zorg niet wordt ingekocht bij zorgaanbieders die er niet aan voldoen: niet langer ‘zorg bij de ziekte van Parkinson’, maar ‘fysiotherapie bij de ziekte van Parkinson en aanverwante aandoeningen’.",
  },
];
