// Gegenereerd door beleid uit policies/paramedische-zorg/2026-07.policy. Niet met de hand wijzigen:
// pas het beleidsbestand aan en bouw opnieuw.

import {
  Uitleg,
  aandeel,
  aantal,
  als,
  controleerFeiten,
  eersteVanVolgendeMaand,
  ge,
  gt,
  isDeelverzameling,
  isIsoDate,
  kiesZorgsoort,
  kleeneAnd,
  le,
  lt,
  prototypeVan,
  subtract,
} from "../../runtime/index.js";

// De fout bij onbruikbare feiten, uit dezelfde runtime als de evaluator (zodat `instanceof` klopt).
export { FeitenFout } from "../../runtime/index.js";

/** Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025). */
export const beleid = /* @__PURE__ */ Object.freeze({
  organisatie: "Caresq",
  zorgverzekeraar: "Eucare",
  domein: "paramedische-zorg",
  titel: "Inkoopbeleid Paramedische zorg 2026",
  jaar: 2026,
  versie: "2026-07",
  gepubliceerd: "2025-07-01",
  vorige: "2026-04",
});

// Elk hoofdstuk, feit en regel een eigen constante: een bundler laat weg wat een app niet gebruikt.
const HOOFDSTUK_CARESQ = /* @__PURE__ */ Object.freeze({ nummer: "1", titel: "Caresq" });
const HOOFDSTUK_THEMAS = /* @__PURE__ */ Object.freeze({
  nummer: "2",
  titel: "Thema’s zorginkoop",
});
const HOOFDSTUK_THEMAS_IZA = /* @__PURE__ */ Object.freeze({
  nummer: "2.1",
  titel: "Thema’s 2023-2026",
});
const HOOFDSTUK_VISIE_EERSTELIJN = /* @__PURE__ */ Object.freeze({
  nummer: "2.2",
  titel: "Visie & strategie eerstelijnszorg",
});
const HOOFDSTUK_SPECIFIEK = /* @__PURE__ */ Object.freeze({
  nummer: "2.3",
  titel: "Specifieke thema’s paramedie",
});
const HOOFDSTUK_VOORWAARDEN = /* @__PURE__ */ Object.freeze({
  nummer: "3",
  titel: "Voorwaarden zorgovereenkomst",
});
const HOOFDSTUK_BASIS = /* @__PURE__ */ Object.freeze({
  nummer: "3.1",
  titel: "Voorwaarden basis zorgovereenkomst",
});
const HOOFDSTUK_GEDIFFERENTIEERD = /* @__PURE__ */ Object.freeze({
  nummer: "3.2",
  titel: "Voorwaarden gedifferentieerde zorginkoop",
});
const HOOFDSTUK_SELECTIEF = /* @__PURE__ */ Object.freeze({
  nummer: "3.3",
  titel: "Selectieve zorginkoop",
});
const HOOFDSTUK_PROCEDURE = /* @__PURE__ */ Object.freeze({
  nummer: "4",
  titel: "Inkoopprocedure",
});
const HOOFDSTUK_PLANNING = /* @__PURE__ */ Object.freeze({
  nummer: "5",
  titel: "Planning en bereikbaarheid",
});

/** De hoofdstukken van het beleid, op sleutel. */
export const HOOFDSTUKKEN = /* @__PURE__ */ Object.freeze({
  caresq: HOOFDSTUK_CARESQ,
  themas: HOOFDSTUK_THEMAS,
  themas_iza: HOOFDSTUK_THEMAS_IZA,
  visie_eerstelijn: HOOFDSTUK_VISIE_EERSTELIJN,
  specifiek: HOOFDSTUK_SPECIFIEK,
  voorwaarden: HOOFDSTUK_VOORWAARDEN,
  basis: HOOFDSTUK_BASIS,
  gedifferentieerd: HOOFDSTUK_GEDIFFERENTIEERD,
  selectief: HOOFDSTUK_SELECTIEF,
  procedure: HOOFDSTUK_PROCEDURE,
  planning: HOOFDSTUK_PLANNING,
});

const FEIT_BEHANDELINDEX = /* @__PURE__ */ Object.freeze({
  id: "behandelindex",
  type: "getal",
  omschrijving:
    "De landelijke behandelindex fysiotherapie van de praktijk, zoals Vektis die publiceert.",
  minimum: 0,
  peiljaar: -2,
  onbekend: "Een nieuwe praktijk heeft nog geen landelijke behandelindex.",
});
const FEIT_UITZONDERING_BEHANDELINDEX = /* @__PURE__ */ Object.freeze({
  id: "uitzondering_behandelindex",
  type: "ja/nee",
  omschrijving:
    "Caresq heeft op zorginhoudelijke gronden een uitzondering op de grens van de behandelindex toegekend.",
});
const FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO = /* @__PURE__ */ Object.freeze({
  id: "declaraties_digitaal_via_vecozo",
  type: "ja/nee",
  omschrijving:
    "De zorgaanbieder levert declaraties digitaal aan via VECOZO volgens de geldende Vektis-standaard.",
});
const WAARDEN_KWALITEITSREGISTERS = /* @__PURE__ */ Object.freeze([
  "Kwaliteitsregister Paramedici",
  "Individueel Register Fysiotherapie (IRF) van het KNGF",
  "Kwaliteitsregister van SKF (oude regeling)",
  "Keurmerk Fysiotherapie Individueel Register (KFIR)",
]);
const FEIT_KWALITEITSREGISTERS = /* @__PURE__ */ Object.freeze({
  id: "kwaliteitsregisters",
  type: "verzameling",
  omschrijving:
    "De kwaliteitsregisters waarin de zorgverleners van de praktijk geregistreerd staan.",
  waarden: WAARDEN_KWALITEITSREGISTERS,
});
const FEIT_LEVERT_VERBIJZONDERDE_ZORG = /* @__PURE__ */ Object.freeze({
  id: "levert_verbijzonderde_zorg",
  type: "ja/nee",
  omschrijving: "De praktijk verleent verbijzonderde zorg.",
});
const FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD = /* @__PURE__ */ Object.freeze({
  id: "verbijzonderde_zorg_geregistreerd",
  type: "ja/nee",
  omschrijving:
    "De zorgverleners die verbijzonderde zorg verlenen, staan geregistreerd in de betreffende (deel-)registers van de brancheverenigingen.",
});
const FEIT_PREM_EXTERN_MEETBUREAU = /* @__PURE__ */ Object.freeze({
  id: "prem_extern_meetbureau",
  type: "ja/nee",
  omschrijving: "De praktijk vraagt structureel de PREM uit via een extern meetbureau.",
});
const FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN = /* @__PURE__ */ Object.freeze({
  id: "telefonisch_bereikbaar_werkdagen",
  type: "ja/nee",
  omschrijving: "De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar.",
});
const FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK = /* @__PURE__ */ Object.freeze({
  id: "werkdagen_tot_eerste_afspraak",
  type: "getal",
  omschrijving:
    "Het aantal werkdagen waarbinnen de verzekerde weet wanneer de behandeling start en de eerste afspraak is ingepland.",
  eenheid: "werkdagen",
  minimum: 0,
  geheel: true,
});
const WAARDEN_DOELEN_DIGITALE_ZORG = /* @__PURE__ */ Object.freeze([
  "vergroten van het arbeidspotentieel",
  "besparen van kosten",
  "verbeteren van de toegankelijkheid",
  "verbeteren van de kwaliteit van zorg",
]);
const FEIT_DOELEN_DIGITALE_ZORG = /* @__PURE__ */ Object.freeze({
  id: "doelen_digitale_zorg",
  type: "verzameling",
  omschrijving: "De doelen waarvoor de zorgaanbieder digitale zorg inzet.",
  waarden: WAARDEN_DOELEN_DIGITALE_ZORG,
});
const FEIT_LEVERT_LANGDURIGE_ZORG_RA = /* @__PURE__ */ Object.freeze({
  id: "levert_langdurige_zorg_ra",
  type: "ja/nee",
  omschrijving: "De praktijk levert langdurige fysiotherapie bij reumatoïde artritis (RA).",
});
const FEIT_AANTEKENING_RA = /* @__PURE__ */ Object.freeze({
  id: "aantekening_ra",
  type: "ja/nee",
  omschrijving:
    "De fysiotherapeuten die deze zorg leveren, hebben de aantekening ‘Ernstige functionele beperkingen bij Reumatoïde Artritis’ van het KNGF.",
});
const FEIT_PODOTHERAPEUT_KWALITEITSREGISTER = /* @__PURE__ */ Object.freeze({
  id: "podotherapeut_kwaliteitsregister",
  type: "ja/nee",
  omschrijving:
    "De podotherapeut staat kwaliteitsgeregistreerd in het Kwaliteitsregister Paramedici.",
});
const FEIT_WERKT_MET_PEDICURES = /* @__PURE__ */ Object.freeze({
  id: "werkt_met_pedicures",
  type: "ja/nee",
  omschrijving: "Er werken pedicures bij of voor de zorgaanbieder.",
});
const FEIT_PEDICURES_GEREGISTREERD = /* @__PURE__ */ Object.freeze({
  id: "pedicures_geregistreerd",
  type: "ja/nee",
  omschrijving:
    "Elke pedicure die bij of voor de zorgaanbieder werkt, staat geregistreerd in het Kwaliteitsregister voor Pedicures (als medisch pedicure of met specialisatie ‘Voetverzorging bij diabetes’ of ‘Voetverzorging bij reuma’), in het KMV van het NMMV of in het RPV van Stipezo.",
});
const WAARDEN_GLI_INTERVENTIE = /* @__PURE__ */ Object.freeze([
  "CooL",
  "SLIMMER",
  "BeweegKuur",
  "Samen Sportief in Beweging",
  "X-fitt",
  "Keer diabetes 2 om regulier",
  "Keer diabetes 2 om online",
  "een andere interventie",
]);
const FEIT_GLI_INTERVENTIE = /* @__PURE__ */ Object.freeze({
  id: "gli_interventie",
  type: "keuze",
  omschrijving: "De GLI-interventie die de zorgaanbieder levert.",
  waarden: WAARDEN_GLI_INTERVENTIE,
});
const WAARDEN_GLI_UITGEVOERD_DOOR = /* @__PURE__ */ Object.freeze([
  "fysiotherapeut",
  "oefentherapeut",
  "diëtist",
  "leefstijlcoach",
  "een ander beroep",
]);
const FEIT_GLI_UITGEVOERD_DOOR = /* @__PURE__ */ Object.freeze({
  id: "gli_uitgevoerd_door",
  type: "verzameling",
  omschrijving: "De beroepen van de zorgverleners die de GLI uitvoeren.",
  waarden: WAARDEN_GLI_UITGEVOERD_DOOR,
});
const FEIT_GLI_AANTEKENING_LEEFSTIJLCOACHING = /* @__PURE__ */ Object.freeze({
  id: "gli_aantekening_leefstijlcoaching",
  type: "ja/nee",
  omschrijving:
    "De fysiotherapeut, oefentherapeut of diëtist heeft een aantekening ‘leefstijlcoaching’ in het kwaliteitsregister van de beroepsgroep.",
});
const FEIT_LEEFSTIJLCOACH_IN_KABIZ = /* @__PURE__ */ Object.freeze({
  id: "leefstijlcoach_in_kabiz",
  type: "ja/nee",
  omschrijving: "De leefstijlcoach is opgenomen in het kwaliteitsregister van KABIZ.",
});
const FEIT_GLI_LICENTIEOVEREENKOMST = /* @__PURE__ */ Object.freeze({
  id: "gli_licentieovereenkomst",
  type: "ja/nee",
  omschrijving:
    "De zorgaanbieder heeft een licentieovereenkomst met de eigenaren van de GLI-interventie.",
});
const FEIT_GLI_STARTINSTRUCTIE_GEVOLGD = /* @__PURE__ */ Object.freeze({
  id: "gli_startinstructie_gevolgd",
  type: "ja/nee",
  omschrijving:
    "Het team dat de GLI uitvoert, heeft de startinstructie van de eigenaren van de GLI-interventie gevolgd.",
});
const FEIT_VALPREVENTIE_KETEN_GEREGELD = /* @__PURE__ */ Object.freeze({
  id: "valpreventie_keten_geregeld",
  type: "ja/nee",
  omschrijving:
    "De preferente zorgverzekeraar heeft gemeld dat in de regio de keten van valrisicobeoordeling tot en met valpreventieve beweeginterventie geregeld is.",
});
const WAARDEN_VALPREVENTIE_INTERVENTIE = /* @__PURE__ */ Object.freeze([
  "Otago individueel",
  "Otago groep",
  "In Balans",
  "een andere interventie",
]);
const FEIT_VALPREVENTIE_INTERVENTIE = /* @__PURE__ */ Object.freeze({
  id: "valpreventie_interventie",
  type: "keuze",
  omschrijving: "De valpreventieve beweeginterventie die de zorgaanbieder levert.",
  waarden: WAARDEN_VALPREVENTIE_INTERVENTIE,
});
const WAARDEN_VALPREVENTIE_UITVOERDER = /* @__PURE__ */ Object.freeze([
  "fysiotherapeut",
  "oefentherapeut",
  "een ander beroep",
]);
const FEIT_VALPREVENTIE_UITVOERDER = /* @__PURE__ */ Object.freeze({
  id: "valpreventie_uitvoerder",
  type: "keuze",
  omschrijving: "Het beroep van de zorgverlener die de valpreventieve beweeginterventie uitvoert.",
  waarden: WAARDEN_VALPREVENTIE_UITVOERDER,
});
const FEIT_FYSIOTHERAPEUTEN = /* @__PURE__ */ Object.freeze({
  id: "fysiotherapeuten",
  type: "getal",
  omschrijving: "Het totaal aantal fysiotherapeuten van de praktijk.",
  minimum: 0,
  geheel: true,
});
const FEIT_FYSIOTHERAPEUTEN_VERBIJZONDERD = /* @__PURE__ */ Object.freeze({
  id: "fysiotherapeuten_verbijzonderd",
  type: "getal",
  omschrijving:
    "Het aantal fysiotherapeuten dat verbijzonderde fysiotherapie aanbiedt met een erkende verbijzondering en daarvoor in Vektis geregistreerd staat.",
  minimum: 0,
  geheel: true,
  nietGroterDan: "fysiotherapeuten",
});
const FEIT_MINSTE_UREN_VERBIJZONDERD = /* @__PURE__ */ Object.freeze({
  id: "minste_uren_verbijzonderd",
  type: "getal",
  omschrijving:
    "Het laagste aantal uren per week dat een van de fysiotherapeuten met verbijzonderde fysiotherapie voor de praktijk werkt.",
  eenheid: "uur per week",
  minimum: 0,
  maximum: 168,
  onbekend:
    "Een praktijk zonder fysiotherapeuten met verbijzonderde fysiotherapie heeft geen laagste aantal uren.",
});
const FEIT_KNGF_BASISREGISTER = /* @__PURE__ */ Object.freeze({
  id: "kngf_basisregister",
  type: "ja/nee",
  omschrijving:
    "De praktijk heeft een praktijkregistratie in het Basisregister binnen het Kwaliteitshuis Fysiotherapie van het KNGF.",
});
const FEIT_SKF_KEURMERK = /* @__PURE__ */ Object.freeze({
  id: "skf_keurmerk",
  type: "ja/nee",
  omschrijving:
    "De praktijk heeft een praktijkregistratie in het kwaliteitsregister van SKF (label Keurmerk).",
});
const FEIT_DATUM_GECORRIGEERD_BEWIJSSTUK = /* @__PURE__ */ Object.freeze({
  id: "datum_gecorrigeerd_bewijsstuk",
  type: "datum",
  omschrijving:
    "De datum waarop de zorgaanbieder een gecorrigeerd bewijsstuk van de praktijkregistratie heeft aangeleverd.",
  onbekend: "Alleen bekend als de zorgaanbieder een gecorrigeerd bewijsstuk heeft ingestuurd.",
});
const FEIT_PREM_AANGEWEZEN_MEETBUREAU = /* @__PURE__ */ Object.freeze({
  id: "prem_aangewezen_meetbureau",
  type: "ja/nee",
  omschrijving:
    "De praktijk vraagt structureel de PREM uit via een door Caresq aangewezen meetbureau.",
});
const FEIT_AUDIT_TOP_OEFENTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "audit_top_oefentherapie",
  type: "ja/nee",
  omschrijving:
    "De praktijk heeft de audit TOP – oefentherapie doorlopen en staat in het praktijkkwaliteitsregister van de VvOCM.",
});
const FEIT_KWALITEITSCYCLUS_LOGOPEDIE = /* @__PURE__ */ Object.freeze({
  id: "kwaliteitscyclus_logopedie",
  type: "ja/nee",
  omschrijving:
    "De praktijk beschikt over een geldig certificaat van de Kwaliteitscyclus Logopedie.",
});
const FEIT_LEVERT_PARKINSONZORG = /* @__PURE__ */ Object.freeze({
  id: "levert_parkinsonzorg",
  type: "ja/nee",
  omschrijving: "De praktijk levert paramedische zorg bij de ziekte van Parkinson.",
});
const FEIT_AANGESLOTEN_PARKINSONNET = /* @__PURE__ */ Object.freeze({
  id: "aangesloten_parkinsonnet",
  type: "ja/nee",
  omschrijving: "De praktijk is aangesloten bij ParkinsonNet.",
});
const FEIT_LEVERT_LOOPTRAINING_CLAUDICATIO = /* @__PURE__ */ Object.freeze({
  id: "levert_looptraining_claudicatio",
  type: "ja/nee",
  omschrijving:
    "De praktijk levert gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens.",
});
const FEIT_AANGESLOTEN_CHRONISCH_ZORGNET = /* @__PURE__ */ Object.freeze({
  id: "aangesloten_chronisch_zorgnet",
  type: "ja/nee",
  omschrijving: "De praktijk is aangesloten bij Chronisch ZorgNet.",
});
const FEIT_AGB_SOORT_ONDERNEMING = /* @__PURE__ */ Object.freeze({
  id: "agb_soort_onderneming",
  type: "tekst",
  omschrijving:
    "De zorgverlenerssoort (de eerste twee cijfers) van de AGB-code van de onderneming of vestiging, bijvoorbeeld 04.",
});
const WAARDEN_VERBONDEN_BEROEPEN = /* @__PURE__ */ Object.freeze([
  "Fysiotherapeut",
  "Oefentherapeut",
  "Logopedist",
  "Huidtherapeut",
  "Diëtist",
  "Ergotherapeut",
  "Leefstijlcoach",
  "Podotherapeut",
]);
const FEIT_VERBONDEN_BEROEPEN = /* @__PURE__ */ Object.freeze({
  id: "verbonden_beroepen",
  type: "verzameling",
  omschrijving:
    "De beroepen van de zorgverleners die aan de onderneming of vestiging zijn verbonden.",
  waarden: WAARDEN_VERBONDEN_BEROEPEN,
});
const FEIT_VECOZO_CERTIFICATEN = /* @__PURE__ */ Object.freeze({
  id: "vecozo_certificaten",
  type: "ja/nee",
  omschrijving: "De praktijk beschikt over de juiste VECOZO-certificaten.",
});
const FEIT_DATUM_VRAGENLIJST_BEVESTIGD = /* @__PURE__ */ Object.freeze({
  id: "datum_vragenlijst_bevestigd",
  type: "datum",
  omschrijving:
    "De datum waarop de praktijk de vragenlijst fysiotherapie in het Zorginkoopportaal van VECOZO heeft ingevuld en bevestigd.",
  onbekend: "De praktijk heeft de vragenlijst (nog) niet ingevuld en bevestigd.",
});
const FEIT_LAATSTE_CONTRACTJAAR = /* @__PURE__ */ Object.freeze({
  id: "laatste_contractjaar",
  type: "getal",
  omschrijving: "Het laatste jaar waarvoor de zorgaanbieder een zorgovereenkomst met Caresq had.",
  geheel: true,
  onbekend: "De zorgaanbieder heeft nog nooit een zorgovereenkomst met Caresq gesloten.",
});
const FEIT_WIL_GEEN_CONTRACTAANBOD = /* @__PURE__ */ Object.freeze({
  id: "wil_geen_contractaanbod",
  type: "ja/nee",
  omschrijving: "De zorgaanbieder heeft aangegeven geen contractaanbod te willen ontvangen.",
});
const FEIT_VERMOEDEN_FRAUDE = /* @__PURE__ */ Object.freeze({
  id: "vermoeden_fraude",
  type: "ja/nee",
  omschrijving:
    "Er bestaat op basis van een vermoeden van fraude twijfel over de integriteit van de zorgverlening van de zorgaanbieder.",
});
const FEIT_AANVRAAGDATUM = /* @__PURE__ */ Object.freeze({
  id: "aanvraagdatum",
  type: "datum",
  omschrijving: "De datum waarop de zorgaanbieder zelf een zorgovereenkomst heeft aangevraagd.",
  onbekend: "Alleen bekend als de zorgaanbieder zelf een zorgovereenkomst aanvraagt.",
});
const FEIT_RICHTLIJNEN = /* @__PURE__ */ Object.freeze({
  id: "richtlijnen",
  type: "ja/nee",
  omschrijving:
    "Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de beroepsgroep;",
  verklaring: "richtlijnen",
});
const FEIT_DIGITALISERING_ZN = /* @__PURE__ */ Object.freeze({
  id: "digitalisering_zn",
  type: "ja/nee",
  omschrijving:
    "De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot digitalisering te behalen;",
  verklaring: "digitalisering_zn",
});
const FEIT_ZORGMODULE_VOETULCERA = /* @__PURE__ */ Object.freeze({
  id: "zorgmodule_voetulcera",
  type: "ja/nee",
  omschrijving: "De zorg wordt geleverd volgens de Zorgmodule Preventie Voetulcera;",
  verklaring: "zorgmodule_voetulcera",
});

/** De feiten over een zorgaanbieder waarop de regels zijn gebaseerd. */
export const FEITEN = /* @__PURE__ */ Object.freeze({
  behandelindex: FEIT_BEHANDELINDEX,
  uitzondering_behandelindex: FEIT_UITZONDERING_BEHANDELINDEX,
  declaraties_digitaal_via_vecozo: FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  kwaliteitsregisters: FEIT_KWALITEITSREGISTERS,
  levert_verbijzonderde_zorg: FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  verbijzonderde_zorg_geregistreerd: FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  prem_extern_meetbureau: FEIT_PREM_EXTERN_MEETBUREAU,
  telefonisch_bereikbaar_werkdagen: FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  werkdagen_tot_eerste_afspraak: FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  doelen_digitale_zorg: FEIT_DOELEN_DIGITALE_ZORG,
  levert_langdurige_zorg_ra: FEIT_LEVERT_LANGDURIGE_ZORG_RA,
  aantekening_ra: FEIT_AANTEKENING_RA,
  podotherapeut_kwaliteitsregister: FEIT_PODOTHERAPEUT_KWALITEITSREGISTER,
  werkt_met_pedicures: FEIT_WERKT_MET_PEDICURES,
  pedicures_geregistreerd: FEIT_PEDICURES_GEREGISTREERD,
  gli_interventie: FEIT_GLI_INTERVENTIE,
  gli_uitgevoerd_door: FEIT_GLI_UITGEVOERD_DOOR,
  gli_aantekening_leefstijlcoaching: FEIT_GLI_AANTEKENING_LEEFSTIJLCOACHING,
  leefstijlcoach_in_kabiz: FEIT_LEEFSTIJLCOACH_IN_KABIZ,
  gli_licentieovereenkomst: FEIT_GLI_LICENTIEOVEREENKOMST,
  gli_startinstructie_gevolgd: FEIT_GLI_STARTINSTRUCTIE_GEVOLGD,
  valpreventie_keten_geregeld: FEIT_VALPREVENTIE_KETEN_GEREGELD,
  valpreventie_interventie: FEIT_VALPREVENTIE_INTERVENTIE,
  valpreventie_uitvoerder: FEIT_VALPREVENTIE_UITVOERDER,
  fysiotherapeuten: FEIT_FYSIOTHERAPEUTEN,
  fysiotherapeuten_verbijzonderd: FEIT_FYSIOTHERAPEUTEN_VERBIJZONDERD,
  minste_uren_verbijzonderd: FEIT_MINSTE_UREN_VERBIJZONDERD,
  kngf_basisregister: FEIT_KNGF_BASISREGISTER,
  skf_keurmerk: FEIT_SKF_KEURMERK,
  datum_gecorrigeerd_bewijsstuk: FEIT_DATUM_GECORRIGEERD_BEWIJSSTUK,
  prem_aangewezen_meetbureau: FEIT_PREM_AANGEWEZEN_MEETBUREAU,
  audit_top_oefentherapie: FEIT_AUDIT_TOP_OEFENTHERAPIE,
  kwaliteitscyclus_logopedie: FEIT_KWALITEITSCYCLUS_LOGOPEDIE,
  levert_parkinsonzorg: FEIT_LEVERT_PARKINSONZORG,
  aangesloten_parkinsonnet: FEIT_AANGESLOTEN_PARKINSONNET,
  levert_looptraining_claudicatio: FEIT_LEVERT_LOOPTRAINING_CLAUDICATIO,
  aangesloten_chronisch_zorgnet: FEIT_AANGESLOTEN_CHRONISCH_ZORGNET,
  agb_soort_onderneming: FEIT_AGB_SOORT_ONDERNEMING,
  verbonden_beroepen: FEIT_VERBONDEN_BEROEPEN,
  vecozo_certificaten: FEIT_VECOZO_CERTIFICATEN,
  datum_vragenlijst_bevestigd: FEIT_DATUM_VRAGENLIJST_BEVESTIGD,
  laatste_contractjaar: FEIT_LAATSTE_CONTRACTJAAR,
  wil_geen_contractaanbod: FEIT_WIL_GEEN_CONTRACTAANBOD,
  vermoeden_fraude: FEIT_VERMOEDEN_FRAUDE,
  aanvraagdatum: FEIT_AANVRAAGDATUM,
  richtlijnen: FEIT_RICHTLIJNEN,
  digitalisering_zn: FEIT_DIGITALISERING_ZN,
  zorgmodule_voetulcera: FEIT_ZORGMODULE_VOETULCERA,
});

const REGEL_BEHANDELINDEX_HOGER_DAN150 = /* @__PURE__ */ Object.freeze({
  id: "behandelindex_hoger_dan_150",
  naam: "landelijke behandelindex hoger dan 150",
  soort: "uitsluiting",
  tekst:
    "Indien de zorgaanbieder een landelijke behandelindex hoger dan 150 heeft, bieden wij geen zorgovereenkomst aan.",
  hoofdstuk: HOOFDSTUK_SPECIFIEK,
  groep: /* @__PURE__ */ Object.freeze({
    id: "selectie_behandelindex",
    titel: "Selectie op basis van de landelijke behandelindex",
  }),
  status: "definitief",
  verklaring: false,
  bijOnbekend: false,
  onbekendToelichting:
    "Zonder landelijke behandelindex (bijvoorbeeld bij een nieuwe praktijk) geldt deze uitsluiting niet.",
  onbekendDoor: /* @__PURE__ */ Object.freeze(["behandelindex"]),
  uitzonderingsroute:
    "Als de zorgaanbieder een landelijke behandelindex hoger dan 150 heeft maar op basis van zorginhoudelijke gronden meent dat er een uitzondering gemaakt kan worden, dan kan dit per mail via zorginkoop@caresq.nl aangevraagd worden. Wij beoordelen vervolgens de aanvraag.",
});
const REGEL_RICHTLIJNEN = /* @__PURE__ */ Object.freeze({
  id: "richtlijnen",
  naam: "handelen volgens richtlijnen en beroepsstandaarden",
  soort: "randvoorwaarde",
  tekst:
    "Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de beroepsgroep;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: true,
});
const REGEL_DECLARATIES_VECOZO = /* @__PURE__ */ Object.freeze({
  id: "declaraties_vecozo",
  naam: "digitaal declareren via VECOZO",
  soort: "randvoorwaarde",
  tekst: "Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_KWALITEITSREGISTER = /* @__PURE__ */ Object.freeze({
  id: "kwaliteitsregister",
  naam: "registratie in een kwaliteitsregister",
  soort: "randvoorwaarde",
  tekst:
    "Registratie in het:\n- Kwaliteitsregister Paramedici;\n- Individueel Register Fysiotherapie (IRF) van het KNGF;\n- Kwaliteitsregister van SKF (oude regeling) of Keurmerk Fysiotherapie Individueel Register (KFIR)",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VERBIJZONDERDE_ZORG_REGISTER = /* @__PURE__ */ Object.freeze({
  id: "verbijzonderde_zorg_register",
  naam: "registratie voor verbijzonderde zorg",
  soort: "randvoorwaarde",
  tekst:
    "Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen van verbijzonderde zorg;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_PREM_FYSIOTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "prem_fysiotherapie",
  naam: "PREM via een extern meetbureau",
  soort: "randvoorwaarde",
  tekst:
    "Voor fysiotherapie geldt dat de zorgaanbieder structureel de PREM (Patient Related Experience Measures) uitvraagt via een extern meetbureau.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_BEREIKBAARHEID = /* @__PURE__ */ Object.freeze({
  id: "bereikbaarheid",
  naam: "telefonische bereikbaarheid en eerste afspraak binnen vijf werkdagen",
  soort: "randvoorwaarde",
  tekst:
    "De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf werkdagen is het voor de verzekerde duidelijk wanneer de behandeling kan starten en staat de eerste afspraak ingepland;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_DIGITALISERING_ZN = /* @__PURE__ */ Object.freeze({
  id: "digitalisering_zn",
  naam: "inspanning voor de ZN-doelstellingen digitalisering",
  soort: "randvoorwaarde",
  tekst:
    "De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot digitalisering te behalen;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: true,
});
const REGEL_DIGITALE_ZORG = /* @__PURE__ */ Object.freeze({
  id: "digitale_zorg",
  naam: "gebruik van digitale zorg",
  soort: "randvoorwaarde",
  tekst:
    "De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen te bereiken: vergroten van het arbeidspotentieel, besparen van kosten, verbeteren van de toegankelijkheid of verbeteren van de kwaliteit van zorg.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "paramedisch_algemeen",
    titel: "Paramedische zorg algemeen - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_AANTEKENING_RA_VERPLICHT = /* @__PURE__ */ Object.freeze({
  id: "aantekening_ra_verplicht",
  naam: "aantekening Ernstige functionele beperkingen bij RA",
  soort: "selectieve_inkoop",
  tekst:
    "Caresq volgt dit en stelt de aantekening Ernstige functionele beperkingen bij Reumatoïde Artritis verplicht.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "reumatoide_artritis",
    titel: "Langdurige fysio – en oefentherapie bij Reumatoïde Artritis (RA)",
  }),
  status: "definitief",
  verklaring: false,
  deelzorg: "langdurige fysiotherapie bij Reumatoïde Artritis",
});
const REGEL_ZORGMODULE_VOETULCERA = /* @__PURE__ */ Object.freeze({
  id: "zorgmodule_voetulcera",
  naam: "Zorgmodule Preventie Voetulcera",
  soort: "aanvullende_voorwaarde",
  tekst: "De zorg wordt geleverd volgens de Zorgmodule Preventie Voetulcera;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "preventieve_voetzorg",
    titel: "Preventieve voetzorg - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: true,
});
const REGEL_PODOTHERAPEUT_GEREGISTREERD = /* @__PURE__ */ Object.freeze({
  id: "podotherapeut_geregistreerd",
  naam: "podotherapeut in het Kwaliteitsregister Paramedici",
  soort: "aanvullende_voorwaarde",
  tekst: "De podotherapeut staat kwaliteitsgeregistreerd in het Kwaliteitsregister Paramedici;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "preventieve_voetzorg",
    titel: "Preventieve voetzorg - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_PEDICURE_GEREGISTREERD = /* @__PURE__ */ Object.freeze({
  id: "pedicure_geregistreerd",
  naam: "registratie van de pedicures",
  soort: "aanvullende_voorwaarde",
  tekst:
    "De pedicure, werkzaam bij of voor de zorgaanbieder, staat geregistreerd in het Kwaliteitsregister voor Pedicures als medisch pedicure of als pedicure met specialisatie ‘Voetverzorging bij diabetes’ of ‘Voetverzorging bij reuma’ of staat geregistreerd in het KMV van het NMMV of in het RPV van Stipezo.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "preventieve_voetzorg",
    titel: "Preventieve voetzorg - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_GLI_ERKENDE_INTERVENTIE = /* @__PURE__ */ Object.freeze({
  id: "gli_erkende_interventie",
  naam: "erkende GLI-interventie",
  soort: "aanvullende_voorwaarde",
  tekst:
    "De zorgaanbieder levert een erkende GLI-interventie (CooL, SLIMMER, BeweegKuur, Samen Sportief in Beweging, X-fitt, Keer diabetes 2 om regulier, Keer diabetes 2 om online);",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "gli",
    titel:
      "Gecombineerde leefstijlinterventie (GLI) door vrijgevestigde zorgaanbieder - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_GLI_BEROEPEN = /* @__PURE__ */ Object.freeze({
  id: "gli_beroepen",
  naam: "GLI geleverd door een erkend beroep",
  soort: "aanvullende_voorwaarde",
  tekst:
    "De zorg wordt geleverd door een fysiotherapeut, oefentherapeut, diëtist of leefstijlcoach;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "gli",
    titel:
      "Gecombineerde leefstijlinterventie (GLI) door vrijgevestigde zorgaanbieder - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_GLI_AANTEKENING = /* @__PURE__ */ Object.freeze({
  id: "gli_aantekening",
  naam: "aantekening leefstijlcoaching",
  soort: "aanvullende_voorwaarde",
  tekst:
    "De fysiotherapeut, oefentherapeut of diëtist heeft een aantekening ‘leefstijlcoaching’ in het kwaliteitsregister van de betreffende beroepsgroep;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "gli",
    titel:
      "Gecombineerde leefstijlinterventie (GLI) door vrijgevestigde zorgaanbieder - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_GLI_KABIZ = /* @__PURE__ */ Object.freeze({
  id: "gli_kabiz",
  naam: "leefstijlcoach in het KABIZ-register",
  soort: "aanvullende_voorwaarde",
  tekst: "De leefstijlcoach is opgenomen in het kwaliteitsregister van KABIZ;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "gli",
    titel:
      "Gecombineerde leefstijlinterventie (GLI) door vrijgevestigde zorgaanbieder - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_GLI_LICENTIE = /* @__PURE__ */ Object.freeze({
  id: "gli_licentie",
  naam: "licentieovereenkomst met de eigenaren van de GLI",
  soort: "aanvullende_voorwaarde",
  tekst: "Een afgesloten licentieovereenkomst met de GLI-interventie eigenaren;",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "gli",
    titel:
      "Gecombineerde leefstijlinterventie (GLI) door vrijgevestigde zorgaanbieder - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_GLI_STARTINSTRUCTIE = /* @__PURE__ */ Object.freeze({
  id: "gli_startinstructie",
  naam: "startinstructie GLI gevolgd",
  soort: "aanvullende_voorwaarde",
  tekst:
    "Het team dat betrokken is bij het uitvoeren van de GLI heeft de startinstructie gevolgd bij de GLI-interventie eigenaren.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({
    id: "gli",
    titel:
      "Gecombineerde leefstijlinterventie (GLI) door vrijgevestigde zorgaanbieder - randvoorwaarden",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VALPREVENTIE_KETEN = /* @__PURE__ */ Object.freeze({
  id: "valpreventie_keten",
  naam: "keten valpreventie geregeld in de regio",
  soort: "aanvullende_voorwaarde",
  tekst:
    "Om in aanmerking te komen voor een zorgovereenkomst voor valpreventie, dient de keten volledig geregeld te zijn. Met de keten bedoelt Caresq het hele zorgtraject van valrisicobeoordeling tot en met valpreventieve beweeginterventie. De organisatie van de keten wordt vaak regionaal geregeld en is een samenwerking tussen huisartsen en paramedici. Aangezien Caresq een landelijk werkende zorgverzekeraar is, krijgen wij van de preferente zorgverzekeraar door waar de keten geregeld is.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({ id: "valpreventie", titel: "Valpreventie" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VALPREVENTIE_INKOOP_REGIO = /* @__PURE__ */ Object.freeze({
  id: "valpreventie_inkoop_regio",
  naam: "valpreventie in de regio ingekocht (keten geregeld)",
  soort: "benaderingsvoorwaarde",
  tekst: "Pas vanaf dat moment koopt Caresq in die regio valpreventie in.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({ id: "valpreventie_inkoop", titel: "Valpreventie" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VALPREVENTIE_INTERVENTIES = /* @__PURE__ */ Object.freeze({
  id: "valpreventie_interventies",
  naam: "ingekochte valpreventieve beweeginterventie",
  soort: "aanvullende_voorwaarde",
  tekst:
    "Van de valpreventieve beweeginterventies worden Otago individueel, Otago groep en In Balans door ons ingekocht",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({ id: "valpreventie_interventies", titel: "Valpreventie" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VALPREVENTIE_UITVOERING = /* @__PURE__ */ Object.freeze({
  id: "valpreventie_uitvoering",
  naam: "uitvoering door een fysio- of oefentherapeut",
  soort: "aanvullende_voorwaarde",
  tekst: "met als voorwaarde dat deze worden uitgevoerd door een fysio -of oefentherapeut.",
  hoofdstuk: HOOFDSTUK_BASIS,
  groep: /* @__PURE__ */ Object.freeze({ id: "valpreventie_interventies", titel: "Valpreventie" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VERBIJZONDERDE_FYSIOTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "verbijzonderde_fysiotherapie",
  naam: "ten minste 30% verbijzonderde fysiotherapeuten",
  soort: "differentiatiefactor",
  tekst:
    "Bij de zorgaanbieder biedt ten minste 30% van het totaal aantal fysiotherapeuten verbijzonderde fysiotherapie aan, welke geregistreerd staan in Vektis. De fysiotherapeuten die verbijzonderde fysiotherapie aanbieden dienen ten minste 24 uur per week werkzaam te zijn voor de betreffende fysiopraktijk. In overeenstemming met de daartoe aangewezen registers zijn de volgende verbijzonderingen erkend:\n- Kinderfysiotherapie\n- Geriatriefysiotherapie\n- Manuele therapie\n- Sportfysiotherapie\n- Oedeemtherapie\n- Oncologiefysiotherapie\n- Bekkenfysiotherapie\n- Orofaciaal fysiotherapie\n- Psychosomatische fysiotherapie\n- Arbeidsfysiotherapie",
  hoofdstuk: HOOFDSTUK_GEDIFFERENTIEERD,
  groep: /* @__PURE__ */ Object.freeze({
    id: "differentiatie_fysiotherapie",
    titel: "Fysiotherapie - differentiatiefactoren",
  }),
  status: "definitief",
  verklaring: false,
  bijOnbekend: false,
  onbekendToelichting:
    "Zonder fysiotherapeuten met verbijzonderde fysiotherapie is niet aan deze factor voldaan.",
  onbekendDoor: /* @__PURE__ */ Object.freeze(["minste_uren_verbijzonderd"]),
  geenUitkomst: /* @__PURE__ */ Object.freeze([
    /* @__PURE__ */ Object.freeze({ soort: "deling", deler: "fysiotherapeuten" }),
  ]),
});
const REGEL_KNGF_PRAKTIJKREGISTRATIE = /* @__PURE__ */ Object.freeze({
  id: "kngf_praktijkregistratie",
  naam: "praktijkregistratie in het Basisregister van het KNGF",
  soort: "differentiatiefactor",
  tekst:
    "De zorgaanbieder heeft een praktijkregistratie in het Basisregister binnen het Kwaliteitshuis Fysiotherapie van het KNGF;",
  hoofdstuk: HOOFDSTUK_GEDIFFERENTIEERD,
  groep: /* @__PURE__ */ Object.freeze({
    id: "differentiatie_fysiotherapie",
    titel: "Fysiotherapie - differentiatiefactoren",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_SKF_PRAKTIJKREGISTRATIE = /* @__PURE__ */ Object.freeze({
  id: "skf_praktijkregistratie",
  naam: "praktijkregistratie bij SKF (label Keurmerk)",
  soort: "differentiatiefactor",
  tekst:
    "De zorgaanbieder heeft een praktijkregistratie in het kwaliteitsregister van SKF (label Keurmerk). N.B. Zorgaanbieders die een praktijkregistratie in het kwaliteitsregister van SKF (label Keurmerk) hebben, voldoen hiermee ook aan de eisen die wij stellen aan de differentiatiefactor ‘praktijkregistratie in het Basisregister binnen het Kwaliteitshuis Fysiotherapie van het KNGF’.",
  hoofdstuk: HOOFDSTUK_GEDIFFERENTIEERD,
  groep: /* @__PURE__ */ Object.freeze({
    id: "differentiatie_fysiotherapie",
    titel: "Fysiotherapie - differentiatiefactoren",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_PREM_MEETBUREAU = /* @__PURE__ */ Object.freeze({
  id: "prem_meetbureau",
  naam: "PREM via een aangewezen meetbureau",
  soort: "differentiatiefactor",
  tekst:
    "De zorgaanbieder vraagt structureel de PREM (Patient Related Experience Measures) uit via een door ons aangewezen meetbureau. Meer informatie over de door ons aangewezen meetbureaus vindt u op www.caresq.nl;",
  hoofdstuk: HOOFDSTUK_GEDIFFERENTIEERD,
  groep: /* @__PURE__ */ Object.freeze({
    id: "differentiatie_prem",
    titel: "Oefentherapie en logopedie - differentiatiefactor PREM",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_AUDIT_TOP = /* @__PURE__ */ Object.freeze({
  id: "audit_top",
  naam: "audit TOP – oefentherapie",
  soort: "differentiatiefactor",
  tekst:
    "De zorgaanbieder heeft de audit TOP – oefentherapie doorlopen en is derhalve opgenomen in het praktijkkwaliteitsregister van de Vereniging van Oefentherapeuten Cesar en Mensendieck (VvOCM).",
  hoofdstuk: HOOFDSTUK_GEDIFFERENTIEERD,
  groep: /* @__PURE__ */ Object.freeze({
    id: "differentiatie_oefentherapie",
    titel: "Oefentherapie - differentiatiefactoren",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_KWALITEITSCYCLUS = /* @__PURE__ */ Object.freeze({
  id: "kwaliteitscyclus",
  naam: "certificaat Kwaliteitscyclus Logopedie",
  soort: "differentiatiefactor",
  tekst: "De zorgaanbieder beschikt over een geldig certificaat van de Kwaliteitscyclus Logopedie.",
  hoofdstuk: HOOFDSTUK_GEDIFFERENTIEERD,
  groep: /* @__PURE__ */ Object.freeze({
    id: "differentiatie_logopedie",
    titel: "Logopedie - differentiatiefactoren",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_PARKINSONNET = /* @__PURE__ */ Object.freeze({
  id: "parkinsonnet",
  naam: "aangesloten bij ParkinsonNet",
  soort: "selectieve_inkoop",
  tekst:
    "Om verzekerden de beste zorg voor de behandeling van de ziekte van Parkinson te kunnen bieden, kopen wij deze paramedische zorg selectief in bij zorgaanbieders die zijn aangesloten bij ParkinsonNet.",
  hoofdstuk: HOOFDSTUK_SELECTIEF,
  groep: /* @__PURE__ */ Object.freeze({
    id: "selectieve_inkoop",
    titel: "Paramedische zorg bij de ziekte van Parkinson",
  }),
  status: "definitief",
  verklaring: false,
  deelzorg: "paramedische zorg bij de ziekte van Parkinson",
});
const REGEL_CLAUDICATIO_INTERMITTENS = /* @__PURE__ */ Object.freeze({
  id: "claudicatio_intermittens",
  naam: "aangesloten bij Chronisch ZorgNet",
  soort: "selectieve_inkoop",
  tekst:
    "Voor de behandeling van Claudicatio Intermittens (etalagebenen) kopen wij de oefentherapeutische zorg (looptraining) selectief in bij zorgaanbieders die zijn aangesloten bij Chronisch ZorgNet. Deze zorgaanbieders geven specifieke zorg aan de verzekerden waardoor meer intensieve zorg kan worden voorkomen.",
  hoofdstuk: HOOFDSTUK_SELECTIEF,
  groep: /* @__PURE__ */ Object.freeze({
    id: "claudicatio",
    titel: "Gesuperviseerde oefentherapie bij Claudicatio Intermittens",
  }),
  status: "definitief",
  verklaring: false,
  deelzorg: "gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens",
});
const REGEL_BENADEREN_PRAKTIJKEN = /* @__PURE__ */ Object.freeze({
  id: "benaderen_praktijken",
  naam: "geen vermoeden van fraude",
  soort: "benaderingsvoorwaarde",
  tekst: "Wij benaderen alle zorgaanbieders op praktijkniveau",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({ id: "benadering", titel: "VECOZO Zorginkoopportaal" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VEKTIS_REGISTRATIE = /* @__PURE__ */ Object.freeze({
  id: "vektis_registratie",
  naam: "juiste Vektis-registratie",
  soort: "benaderingsvoorwaarde",
  tekst: "die beschikken over de juiste Vektis registratie (zie schema)",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({ id: "benadering", titel: "VECOZO Zorginkoopportaal" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VECOZO_CERTIFICATEN = /* @__PURE__ */ Object.freeze({
  id: "vecozo_certificaten",
  naam: "VECOZO-certificaten",
  soort: "benaderingsvoorwaarde",
  tekst: "en VECOZO-certificaten via VECOZO.",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({ id: "benadering", titel: "VECOZO Zorginkoopportaal" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_GEEN_OVEREENKOMST3_JAAR = /* @__PURE__ */ Object.freeze({
  id: "geen_overeenkomst_3_jaar",
  naam: "geen zorgovereenkomst in de afgelopen 3 jaar",
  soort: "benaderingsuitsluiting",
  tekst: "Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({
    id: "benadering_uitzonderingen",
    titel: "Uitzonderingen hierop zijn",
  }),
  status: "definitief",
  verklaring: false,
  bijOnbekend: true,
  onbekendToelichting:
    "Een zorgaanbieder die nog nooit een zorgovereenkomst met ons sloot, wordt niet benaderd.",
  onbekendDoor: /* @__PURE__ */ Object.freeze(["laatste_contractjaar"]),
});
const REGEL_GEEN_CONTRACTAANBOD_GEWENST = /* @__PURE__ */ Object.freeze({
  id: "geen_contractaanbod_gewenst",
  naam: "geen contractaanbod gewenst",
  soort: "benaderingsuitsluiting",
  tekst: "Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({
    id: "benadering_uitzonderingen",
    titel: "Uitzonderingen hierop zijn",
  }),
  status: "definitief",
  verklaring: false,
});
const REGEL_BEHANDELINDEX_NIET_BENADERD = /* @__PURE__ */ Object.freeze({
  id: "behandelindex_niet_benaderd",
  naam: "landelijke behandelindex hoger dan 150",
  soort: "benaderingsuitsluiting",
  tekst: "Zorgaanbieders die een landelijke behandelindex hoger dan 150 hebben (fysiotherapie).",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({
    id: "benadering_uitzonderingen",
    titel: "Uitzonderingen hierop zijn",
  }),
  status: "definitief",
  verklaring: false,
  bijOnbekend: false,
  onbekendToelichting:
    "Zonder landelijke behandelindex (bijvoorbeeld bij een nieuwe praktijk) wordt de zorgaanbieder op dit punt niet van benadering uitgesloten.",
  onbekendDoor: /* @__PURE__ */ Object.freeze(["behandelindex"]),
});
const REGEL_VRAGENLIJST_FYSIOTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "vragenlijst_fysiotherapie",
  naam: "vragenlijst voor de deadline ingevuld en bevestigd",
  soort: "benaderingsvoorwaarde",
  tekst: "Heeft u de vragenlijst voor de deadline ingevuld en bevestigd?",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({ id: "vragenlijst", titel: "Vragenlijst" }),
  status: "definitief",
  verklaring: false,
  bijOnbekend: false,
  onbekendToelichting:
    "Zonder ingevulde en bevestigde vragenlijst ontvangt de praktijk geen contractaanbod.",
  onbekendDoor: /* @__PURE__ */ Object.freeze(["datum_vragenlijst_bevestigd"]),
});
const REGEL_VRAGENLIJST_POSITIEF_BEOORDEELD = /* @__PURE__ */ Object.freeze({
  id: "vragenlijst_positief_beoordeeld",
  naam: "vragenlijst positief beoordeeld",
  soort: "benaderingsvoorwaarde",
  tekst:
    "Uw ingevulde vragenlijst wordt door ons beoordeeld en bij een positieve beoordeling ontvangt u ons contractaanbod in de periode zoals aangegeven in hoofdstuk 5.",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({ id: "vragenlijst", titel: "Vragenlijst" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_CONTRACTAANBOD_ZIEKENHUIZEN = /* @__PURE__ */ Object.freeze({
  id: "contractaanbod_ziekenhuizen",
  naam: "geen vermoeden van fraude",
  soort: "benaderingsvoorwaarde",
  tekst:
    "Alle ziekenhuizen die geen doorlopend contract in 2026 hebben, ontvangen van ons een nieuw contractaanbod 2026.",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({ id: "benadering_ziekenhuizen", titel: "Ziekenhuizen" }),
  status: "definitief",
  verklaring: false,
});
const REGEL_VERMOEDEN_VAN_FRAUDE = /* @__PURE__ */ Object.freeze({
  id: "vermoeden_van_fraude",
  naam: "vermoeden van fraude",
  soort: "uitsluiting",
  tekst:
    "Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op basis van vermoeden van fraude, is dit een reden om geen zorgovereenkomst aan te bieden.",
  hoofdstuk: HOOFDSTUK_PROCEDURE,
  groep: /* @__PURE__ */ Object.freeze({ id: "integriteit", titel: "Geen aanbod ontvangen" }),
  status: "definitief",
  verklaring: false,
});

/** Alle regels van het beleid, met hun gepubliceerde tekst. */
export const REGELS = /* @__PURE__ */ Object.freeze({
  behandelindex_hoger_dan_150: REGEL_BEHANDELINDEX_HOGER_DAN150,
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  prem_fysiotherapie: REGEL_PREM_FYSIOTHERAPIE,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  aantekening_ra_verplicht: REGEL_AANTEKENING_RA_VERPLICHT,
  zorgmodule_voetulcera: REGEL_ZORGMODULE_VOETULCERA,
  podotherapeut_geregistreerd: REGEL_PODOTHERAPEUT_GEREGISTREERD,
  pedicure_geregistreerd: REGEL_PEDICURE_GEREGISTREERD,
  gli_erkende_interventie: REGEL_GLI_ERKENDE_INTERVENTIE,
  gli_beroepen: REGEL_GLI_BEROEPEN,
  gli_aantekening: REGEL_GLI_AANTEKENING,
  gli_kabiz: REGEL_GLI_KABIZ,
  gli_licentie: REGEL_GLI_LICENTIE,
  gli_startinstructie: REGEL_GLI_STARTINSTRUCTIE,
  valpreventie_keten: REGEL_VALPREVENTIE_KETEN,
  valpreventie_inkoop_regio: REGEL_VALPREVENTIE_INKOOP_REGIO,
  valpreventie_interventies: REGEL_VALPREVENTIE_INTERVENTIES,
  valpreventie_uitvoering: REGEL_VALPREVENTIE_UITVOERING,
  verbijzonderde_fysiotherapie: REGEL_VERBIJZONDERDE_FYSIOTHERAPIE,
  kngf_praktijkregistratie: REGEL_KNGF_PRAKTIJKREGISTRATIE,
  skf_praktijkregistratie: REGEL_SKF_PRAKTIJKREGISTRATIE,
  prem_meetbureau: REGEL_PREM_MEETBUREAU,
  audit_top: REGEL_AUDIT_TOP,
  kwaliteitscyclus: REGEL_KWALITEITSCYCLUS,
  parkinsonnet: REGEL_PARKINSONNET,
  claudicatio_intermittens: REGEL_CLAUDICATIO_INTERMITTENS,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  behandelindex_niet_benaderd: REGEL_BEHANDELINDEX_NIET_BENADERD,
  vragenlijst_fysiotherapie: REGEL_VRAGENLIJST_FYSIOTHERAPIE,
  vragenlijst_positief_beoordeeld: REGEL_VRAGENLIJST_POSITIEF_BEOORDEELD,
  contractaanbod_ziekenhuizen: REGEL_CONTRACTAANBOD_ZIEKENHUIZEN,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});

const OVEREENKOMSTEN_FYSIOTHERAPIE = /* @__PURE__ */ Object.freeze({
  A: /* @__PURE__ */ Object.freeze({ id: "A", naam: "Zorgovereenkomst A", factoren: 3 }),
  B: /* @__PURE__ */ Object.freeze({ id: "B", naam: "Zorgovereenkomst B", factoren: 2 }),
  C: /* @__PURE__ */ Object.freeze({ id: "C", naam: "Zorgovereenkomst C", factoren: 1 }),
  D: /* @__PURE__ */ Object.freeze({ id: "D", naam: "Zorgovereenkomst D", factoren: 0 }),
});
const OVEREENKOMSTEN_OEFENTHERAPIE = /* @__PURE__ */ Object.freeze({
  A: /* @__PURE__ */ Object.freeze({ id: "A", naam: "Zorgovereenkomst A", factoren: 2 }),
  B: /* @__PURE__ */ Object.freeze({ id: "B", naam: "Zorgovereenkomst B", factoren: 1 }),
  C: /* @__PURE__ */ Object.freeze({ id: "C", naam: "Zorgovereenkomst C", factoren: 0 }),
});
const OVEREENKOMSTEN_LOGOPEDIE = /* @__PURE__ */ Object.freeze({
  A: /* @__PURE__ */ Object.freeze({ id: "A", naam: "Zorgovereenkomst A", factoren: 2 }),
  B: /* @__PURE__ */ Object.freeze({ id: "B", naam: "Zorgovereenkomst B", factoren: 1 }),
  C: /* @__PURE__ */ Object.freeze({ id: "C", naam: "Zorgovereenkomst C", factoren: 0 }),
});
const OVEREENKOMSTEN_DIETETIEK = /* @__PURE__ */ Object.freeze({
  dietetiek: /* @__PURE__ */ Object.freeze({ id: "dietetiek", naam: "Zorgovereenkomst Diëtetiek" }),
});
const OVEREENKOMSTEN_ERGOTHERAPIE = /* @__PURE__ */ Object.freeze({
  ergotherapie: /* @__PURE__ */ Object.freeze({
    id: "ergotherapie",
    naam: "Zorgovereenkomst Ergotherapie",
  }),
});
const OVEREENKOMSTEN_HUIDTHERAPIE = /* @__PURE__ */ Object.freeze({
  huidtherapie: /* @__PURE__ */ Object.freeze({
    id: "huidtherapie",
    naam: "Zorgovereenkomst Huidtherapie",
  }),
});
const OVEREENKOMSTEN_PREVENTIEVE_VOETZORG = /* @__PURE__ */ Object.freeze({
  preventieve_voetzorg: /* @__PURE__ */ Object.freeze({
    id: "preventieve_voetzorg",
    naam: "Zorgovereenkomst Preventieve voetzorg",
  }),
});
const OVEREENKOMSTEN_GLI = /* @__PURE__ */ Object.freeze({
  gli: /* @__PURE__ */ Object.freeze({
    id: "gli",
    naam: "Zorgovereenkomst Gecombineerde leefstijlinterventie (GLI)",
  }),
});
const OVEREENKOMSTEN_VALPREVENTIE = /* @__PURE__ */ Object.freeze({
  valpreventie: /* @__PURE__ */ Object.freeze({
    id: "valpreventie",
    naam: "Zorgovereenkomst Valpreventie",
  }),
});
const OVEREENKOMSTEN_INSTELLINGEN = /* @__PURE__ */ Object.freeze({
  instellingen: /* @__PURE__ */ Object.freeze({
    id: "instellingen",
    naam: "Zorgovereenkomst Paramedische zorg in instellingen",
  }),
});
const OVEREENKOMSTEN_ZIEKENHUIZEN = /* @__PURE__ */ Object.freeze({
  ziekenhuizen: /* @__PURE__ */ Object.freeze({
    id: "ziekenhuizen",
    naam: "Zorgovereenkomst Paramedische zorg in ziekenhuizen",
  }),
});

const ZORGSOORT_FYSIOTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "fysiotherapie",
  naam: "Fysiotherapie",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "nieuw",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2026, tot: 2027 }),
    tekst:
      "Caresq biedt voor fysiotherapie en preventieve voetzorg een tweejarige zorgovereenkomst 2026-2027 aan.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_FYSIOTHERAPIE),
  ),
  gedifferentieerd: true,
  regels: /* @__PURE__ */ Object.freeze([
    "behandelindex_hoger_dan_150",
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "prem_fysiotherapie",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "aantekening_ra_verplicht",
    "verbijzonderde_fysiotherapie",
    "kngf_praktijkregistratie",
    "skf_praktijkregistratie",
    "parkinsonnet",
    "claudicatio_intermittens",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "behandelindex_niet_benaderd",
    "vragenlijst_fysiotherapie",
    "vragenlijst_positief_beoordeeld",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "behandelindex",
    "uitzondering_behandelindex",
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "prem_extern_meetbureau",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "levert_langdurige_zorg_ra",
    "aantekening_ra",
    "fysiotherapeuten",
    "fysiotherapeuten_verbijzonderd",
    "minste_uren_verbijzonderd",
    "kngf_basisregister",
    "skf_keurmerk",
    "datum_gecorrigeerd_bewijsstuk",
    "levert_parkinsonzorg",
    "aangesloten_parkinsonnet",
    "levert_looptraining_claudicatio",
    "aangesloten_chronisch_zorgnet",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "datum_vragenlijst_bevestigd",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum", "ingang_na_gecorrigeerd_bewijsstuk"]),
});
const ZORGSOORT_OEFENTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "oefentherapie",
  naam: "Oefentherapie",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "doorlopend",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2025, tot: 2026 }),
    tekst:
      "Voor Diëtetiek, Ergotherapie, Gecombineerde leefstijlinterventie (GLI), Huidtherapie, Logopedie en Oefentherapie heeft Caresq een meerjarige zorgovereenkomst gesloten die doorloopt in 2026. U ontvangt voor 2026 geen nieuw contractaanbod voor deze zorgsoort. Heeft u in 2025 het aanbod niet geaccepteerd, maar bent u voor 2026 alsnog geïnteresseerd in een zorgovereenkomst, zie ‘Geen aanbod ontvangen’ op pagina 14.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_OEFENTHERAPIE),
  ),
  gedifferentieerd: true,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "prem_meetbureau",
    "audit_top",
    "parkinsonnet",
    "claudicatio_intermittens",
    "benaderen_praktijken",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "prem_aangewezen_meetbureau",
    "audit_top_oefentherapie",
    "levert_parkinsonzorg",
    "aangesloten_parkinsonnet",
    "levert_looptraining_claudicatio",
    "aangesloten_chronisch_zorgnet",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_LOGOPEDIE = /* @__PURE__ */ Object.freeze({
  id: "logopedie",
  naam: "Logopedie",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "doorlopend",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2025, tot: 2026 }),
    tekst:
      "Voor Diëtetiek, Ergotherapie, Gecombineerde leefstijlinterventie (GLI), Huidtherapie, Logopedie en Oefentherapie heeft Caresq een meerjarige zorgovereenkomst gesloten die doorloopt in 2026. U ontvangt voor 2026 geen nieuw contractaanbod voor deze zorgsoort. Heeft u in 2025 het aanbod niet geaccepteerd, maar bent u voor 2026 alsnog geïnteresseerd in een zorgovereenkomst, zie ‘Geen aanbod ontvangen’ op pagina 14.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_LOGOPEDIE),
  ),
  gedifferentieerd: true,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "prem_meetbureau",
    "kwaliteitscyclus",
    "parkinsonnet",
    "benaderen_praktijken",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "prem_aangewezen_meetbureau",
    "kwaliteitscyclus_logopedie",
    "levert_parkinsonzorg",
    "aangesloten_parkinsonnet",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_DIETETIEK = /* @__PURE__ */ Object.freeze({
  id: "dietetiek",
  naam: "Diëtetiek",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "doorlopend",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2025, tot: 2026 }),
    tekst:
      "Voor Diëtetiek, Ergotherapie, Gecombineerde leefstijlinterventie (GLI), Huidtherapie, Logopedie en Oefentherapie heeft Caresq een meerjarige zorgovereenkomst gesloten die doorloopt in 2026. U ontvangt voor 2026 geen nieuw contractaanbod voor deze zorgsoort. Heeft u in 2025 het aanbod niet geaccepteerd, maar bent u voor 2026 alsnog geïnteresseerd in een zorgovereenkomst, zie ‘Geen aanbod ontvangen’ op pagina 14.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_DIETETIEK),
  ),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "parkinsonnet",
    "benaderen_praktijken",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "levert_parkinsonzorg",
    "aangesloten_parkinsonnet",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_ERGOTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "ergotherapie",
  naam: "Ergotherapie",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "doorlopend",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2025, tot: 2026 }),
    tekst:
      "Voor Diëtetiek, Ergotherapie, Gecombineerde leefstijlinterventie (GLI), Huidtherapie, Logopedie en Oefentherapie heeft Caresq een meerjarige zorgovereenkomst gesloten die doorloopt in 2026. U ontvangt voor 2026 geen nieuw contractaanbod voor deze zorgsoort. Heeft u in 2025 het aanbod niet geaccepteerd, maar bent u voor 2026 alsnog geïnteresseerd in een zorgovereenkomst, zie ‘Geen aanbod ontvangen’ op pagina 14.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_ERGOTHERAPIE),
  ),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "parkinsonnet",
    "benaderen_praktijken",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "levert_parkinsonzorg",
    "aangesloten_parkinsonnet",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_HUIDTHERAPIE = /* @__PURE__ */ Object.freeze({
  id: "huidtherapie",
  naam: "Huidtherapie",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "doorlopend",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2025, tot: 2026 }),
    tekst:
      "Voor Diëtetiek, Ergotherapie, Gecombineerde leefstijlinterventie (GLI), Huidtherapie, Logopedie en Oefentherapie heeft Caresq een meerjarige zorgovereenkomst gesloten die doorloopt in 2026. U ontvangt voor 2026 geen nieuw contractaanbod voor deze zorgsoort. Heeft u in 2025 het aanbod niet geaccepteerd, maar bent u voor 2026 alsnog geïnteresseerd in een zorgovereenkomst, zie ‘Geen aanbod ontvangen’ op pagina 14.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_HUIDTHERAPIE),
  ),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "benaderen_praktijken",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_PREVENTIEVE_VOETZORG = /* @__PURE__ */ Object.freeze({
  id: "preventieve_voetzorg",
  naam: "Preventieve voetzorg",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "nieuw",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2026, tot: 2027 }),
    tekst:
      "Caresq biedt voor fysiotherapie en preventieve voetzorg een tweejarige zorgovereenkomst 2026-2027 aan.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_PREVENTIEVE_VOETZORG),
  ),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "zorgmodule_voetulcera",
    "podotherapeut_geregistreerd",
    "pedicure_geregistreerd",
    "benaderen_praktijken",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "podotherapeut_kwaliteitsregister",
    "werkt_met_pedicures",
    "pedicures_geregistreerd",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
    "zorgmodule_voetulcera",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_GLI = /* @__PURE__ */ Object.freeze({
  id: "gli",
  naam: "Gecombineerde leefstijlinterventie (GLI)",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "doorlopend",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2025, tot: 2026 }),
    tekst:
      "Voor Diëtetiek, Ergotherapie, Gecombineerde leefstijlinterventie (GLI), Huidtherapie, Logopedie en Oefentherapie heeft Caresq een meerjarige zorgovereenkomst gesloten die doorloopt in 2026. U ontvangt voor 2026 geen nieuw contractaanbod voor deze zorgsoort. Heeft u in 2025 het aanbod niet geaccepteerd, maar bent u voor 2026 alsnog geïnteresseerd in een zorgovereenkomst, zie ‘Geen aanbod ontvangen’ op pagina 14.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.values(OVEREENKOMSTEN_GLI)),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "gli_erkende_interventie",
    "gli_beroepen",
    "gli_aantekening",
    "gli_kabiz",
    "gli_licentie",
    "gli_startinstructie",
    "benaderen_praktijken",
    "vektis_registratie",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "gli_interventie",
    "gli_uitgevoerd_door",
    "gli_aantekening_leefstijlcoaching",
    "leefstijlcoach_in_kabiz",
    "gli_licentieovereenkomst",
    "gli_startinstructie_gevolgd",
    "agb_soort_onderneming",
    "verbonden_beroepen",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_VALPREVENTIE = /* @__PURE__ */ Object.freeze({
  id: "valpreventie",
  naam: "Valpreventie",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "nieuw",
    looptijd: null,
    tekst:
      "Na een periode van landelijke onduidelijkheid is Caresq inmiddels gestart met contractering.",
    hoofdstuk: HOOFDSTUK_BASIS,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_VALPREVENTIE),
  ),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "valpreventie_keten",
    "valpreventie_inkoop_regio",
    "valpreventie_interventies",
    "valpreventie_uitvoering",
    "benaderen_praktijken",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "valpreventie_keten_geregeld",
    "valpreventie_interventie",
    "valpreventie_uitvoerder",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_INSTELLINGEN = /* @__PURE__ */ Object.freeze({
  id: "instellingen",
  naam: "Paramedische zorg in instellingen",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "doorlopend",
    looptijd: null,
    tekst:
      "Caresq heeft met de instellingen een meerjarige zorgovereenkomst voor paramedische zorg gesloten die doorloopt in 2026. U ontvangt voor 2026 geen nieuw contractaanbod voor paramedische zorg.",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_INSTELLINGEN),
  ),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "vecozo_certificaten",
    "geen_overeenkomst_3_jaar",
    "geen_contractaanbod_gewenst",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "vecozo_certificaten",
    "laatste_contractjaar",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});
const ZORGSOORT_ZIEKENHUIZEN = /* @__PURE__ */ Object.freeze({
  id: "ziekenhuizen",
  naam: "Paramedische zorg in ziekenhuizen",
  contract: /* @__PURE__ */ Object.freeze({
    soort: "nieuw",
    looptijd: /* @__PURE__ */ Object.freeze({ van: 2026, tot: 2026 }),
    tekst:
      "Dit contractaanbod wordt in combinatie met ziekenhuiszorg aangeboden via het Zorginkoopportaal van VECOZO (zie inkoopbeleid ziekenhuizen).",
    hoofdstuk: HOOFDSTUK_PROCEDURE,
    status: "definitief",
  }),
  overeenkomsten: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.values(OVEREENKOMSTEN_ZIEKENHUIZEN),
  ),
  gedifferentieerd: false,
  regels: /* @__PURE__ */ Object.freeze([
    "richtlijnen",
    "declaraties_vecozo",
    "kwaliteitsregister",
    "verbijzonderde_zorg_register",
    "bereikbaarheid",
    "digitalisering_zn",
    "digitale_zorg",
    "vecozo_certificaten",
    "geen_contractaanbod_gewenst",
    "contractaanbod_ziekenhuizen",
    "vermoeden_van_fraude",
  ]),
  feiten: /* @__PURE__ */ Object.freeze([
    "declaraties_digitaal_via_vecozo",
    "kwaliteitsregisters",
    "levert_verbijzonderde_zorg",
    "verbijzonderde_zorg_geregistreerd",
    "telefonisch_bereikbaar_werkdagen",
    "werkdagen_tot_eerste_afspraak",
    "doelen_digitale_zorg",
    "vecozo_certificaten",
    "wil_geen_contractaanbod",
    "vermoeden_fraude",
    "aanvraagdatum",
    "richtlijnen",
    "digitalisering_zn",
  ]),
  datums: /* @__PURE__ */ Object.freeze(["ingangsdatum"]),
});

/** De zorgsoorten, met hun zorgovereenkomsten en de regels, feiten en datums die erbij horen. */
export const ZORGSOORTEN = /* @__PURE__ */ Object.freeze({
  fysiotherapie: ZORGSOORT_FYSIOTHERAPIE,
  oefentherapie: ZORGSOORT_OEFENTHERAPIE,
  logopedie: ZORGSOORT_LOGOPEDIE,
  dietetiek: ZORGSOORT_DIETETIEK,
  ergotherapie: ZORGSOORT_ERGOTHERAPIE,
  huidtherapie: ZORGSOORT_HUIDTHERAPIE,
  preventieve_voetzorg: ZORGSOORT_PREVENTIEVE_VOETZORG,
  gli: ZORGSOORT_GLI,
  valpreventie: ZORGSOORT_VALPREVENTIE,
  instellingen: ZORGSOORT_INSTELLINGEN,
  ziekenhuizen: ZORGSOORT_ZIEKENHUIZEN,
});

const FEITEN_FYSIOTHERAPIE = /* @__PURE__ */ Object.freeze([
  FEIT_BEHANDELINDEX,
  FEIT_UITZONDERING_BEHANDELINDEX,
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_PREM_EXTERN_MEETBUREAU,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_LEVERT_LANGDURIGE_ZORG_RA,
  FEIT_AANTEKENING_RA,
  FEIT_FYSIOTHERAPEUTEN,
  FEIT_FYSIOTHERAPEUTEN_VERBIJZONDERD,
  FEIT_MINSTE_UREN_VERBIJZONDERD,
  FEIT_KNGF_BASISREGISTER,
  FEIT_SKF_KEURMERK,
  FEIT_DATUM_GECORRIGEERD_BEWIJSSTUK,
  FEIT_LEVERT_PARKINSONZORG,
  FEIT_AANGESLOTEN_PARKINSONNET,
  FEIT_LEVERT_LOOPTRAINING_CLAUDICATIO,
  FEIT_AANGESLOTEN_CHRONISCH_ZORGNET,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_DATUM_VRAGENLIJST_BEVESTIGD,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_OEFENTHERAPIE = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_PREM_AANGEWEZEN_MEETBUREAU,
  FEIT_AUDIT_TOP_OEFENTHERAPIE,
  FEIT_LEVERT_PARKINSONZORG,
  FEIT_AANGESLOTEN_PARKINSONNET,
  FEIT_LEVERT_LOOPTRAINING_CLAUDICATIO,
  FEIT_AANGESLOTEN_CHRONISCH_ZORGNET,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_LOGOPEDIE = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_PREM_AANGEWEZEN_MEETBUREAU,
  FEIT_KWALITEITSCYCLUS_LOGOPEDIE,
  FEIT_LEVERT_PARKINSONZORG,
  FEIT_AANGESLOTEN_PARKINSONNET,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_DIETETIEK = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_LEVERT_PARKINSONZORG,
  FEIT_AANGESLOTEN_PARKINSONNET,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_ERGOTHERAPIE = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_LEVERT_PARKINSONZORG,
  FEIT_AANGESLOTEN_PARKINSONNET,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_HUIDTHERAPIE = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_PREVENTIEVE_VOETZORG = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_PODOTHERAPEUT_KWALITEITSREGISTER,
  FEIT_WERKT_MET_PEDICURES,
  FEIT_PEDICURES_GEREGISTREERD,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
  FEIT_ZORGMODULE_VOETULCERA,
]);
const FEITEN_GLI = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_GLI_INTERVENTIE,
  FEIT_GLI_UITGEVOERD_DOOR,
  FEIT_GLI_AANTEKENING_LEEFSTIJLCOACHING,
  FEIT_LEEFSTIJLCOACH_IN_KABIZ,
  FEIT_GLI_LICENTIEOVEREENKOMST,
  FEIT_GLI_STARTINSTRUCTIE_GEVOLGD,
  FEIT_AGB_SOORT_ONDERNEMING,
  FEIT_VERBONDEN_BEROEPEN,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_VALPREVENTIE = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_VALPREVENTIE_KETEN_GEREGELD,
  FEIT_VALPREVENTIE_INTERVENTIE,
  FEIT_VALPREVENTIE_UITVOERDER,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_INSTELLINGEN = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_LAATSTE_CONTRACTJAAR,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);
const FEITEN_ZIEKENHUIZEN = /* @__PURE__ */ Object.freeze([
  FEIT_DECLARATIES_DIGITAAL_VIA_VECOZO,
  FEIT_KWALITEITSREGISTERS,
  FEIT_LEVERT_VERBIJZONDERDE_ZORG,
  FEIT_VERBIJZONDERDE_ZORG_GEREGISTREERD,
  FEIT_TELEFONISCH_BEREIKBAAR_WERKDAGEN,
  FEIT_WERKDAGEN_TOT_EERSTE_AFSPRAAK,
  FEIT_DOELEN_DIGITALE_ZORG,
  FEIT_VECOZO_CERTIFICATEN,
  FEIT_WIL_GEEN_CONTRACTAANBOD,
  FEIT_VERMOEDEN_FRAUDE,
  FEIT_AANVRAAGDATUM,
  FEIT_RICHTLIJNEN,
  FEIT_DIGITALISERING_ZN,
]);

const REGELS_FYSIOTHERAPIE = /* @__PURE__ */ Object.freeze({
  behandelindex_hoger_dan_150: REGEL_BEHANDELINDEX_HOGER_DAN150,
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  prem_fysiotherapie: REGEL_PREM_FYSIOTHERAPIE,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  aantekening_ra_verplicht: REGEL_AANTEKENING_RA_VERPLICHT,
  verbijzonderde_fysiotherapie: REGEL_VERBIJZONDERDE_FYSIOTHERAPIE,
  kngf_praktijkregistratie: REGEL_KNGF_PRAKTIJKREGISTRATIE,
  skf_praktijkregistratie: REGEL_SKF_PRAKTIJKREGISTRATIE,
  parkinsonnet: REGEL_PARKINSONNET,
  claudicatio_intermittens: REGEL_CLAUDICATIO_INTERMITTENS,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  behandelindex_niet_benaderd: REGEL_BEHANDELINDEX_NIET_BENADERD,
  vragenlijst_fysiotherapie: REGEL_VRAGENLIJST_FYSIOTHERAPIE,
  vragenlijst_positief_beoordeeld: REGEL_VRAGENLIJST_POSITIEF_BEOORDEELD,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_OEFENTHERAPIE = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  prem_meetbureau: REGEL_PREM_MEETBUREAU,
  audit_top: REGEL_AUDIT_TOP,
  parkinsonnet: REGEL_PARKINSONNET,
  claudicatio_intermittens: REGEL_CLAUDICATIO_INTERMITTENS,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_LOGOPEDIE = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  prem_meetbureau: REGEL_PREM_MEETBUREAU,
  kwaliteitscyclus: REGEL_KWALITEITSCYCLUS,
  parkinsonnet: REGEL_PARKINSONNET,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_DIETETIEK = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  parkinsonnet: REGEL_PARKINSONNET,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_ERGOTHERAPIE = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  parkinsonnet: REGEL_PARKINSONNET,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_HUIDTHERAPIE = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_PREVENTIEVE_VOETZORG = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  zorgmodule_voetulcera: REGEL_ZORGMODULE_VOETULCERA,
  podotherapeut_geregistreerd: REGEL_PODOTHERAPEUT_GEREGISTREERD,
  pedicure_geregistreerd: REGEL_PEDICURE_GEREGISTREERD,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_GLI = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  gli_erkende_interventie: REGEL_GLI_ERKENDE_INTERVENTIE,
  gli_beroepen: REGEL_GLI_BEROEPEN,
  gli_aantekening: REGEL_GLI_AANTEKENING,
  gli_kabiz: REGEL_GLI_KABIZ,
  gli_licentie: REGEL_GLI_LICENTIE,
  gli_startinstructie: REGEL_GLI_STARTINSTRUCTIE,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vektis_registratie: REGEL_VEKTIS_REGISTRATIE,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_VALPREVENTIE = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  valpreventie_keten: REGEL_VALPREVENTIE_KETEN,
  valpreventie_inkoop_regio: REGEL_VALPREVENTIE_INKOOP_REGIO,
  valpreventie_interventies: REGEL_VALPREVENTIE_INTERVENTIES,
  valpreventie_uitvoering: REGEL_VALPREVENTIE_UITVOERING,
  benaderen_praktijken: REGEL_BENADEREN_PRAKTIJKEN,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_INSTELLINGEN = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_overeenkomst_3_jaar: REGEL_GEEN_OVEREENKOMST3_JAAR,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});
const REGELS_ZIEKENHUIZEN = /* @__PURE__ */ Object.freeze({
  richtlijnen: REGEL_RICHTLIJNEN,
  declaraties_vecozo: REGEL_DECLARATIES_VECOZO,
  kwaliteitsregister: REGEL_KWALITEITSREGISTER,
  verbijzonderde_zorg_register: REGEL_VERBIJZONDERDE_ZORG_REGISTER,
  bereikbaarheid: REGEL_BEREIKBAARHEID,
  digitalisering_zn: REGEL_DIGITALISERING_ZN,
  digitale_zorg: REGEL_DIGITALE_ZORG,
  vecozo_certificaten: REGEL_VECOZO_CERTIFICATEN,
  geen_contractaanbod_gewenst: REGEL_GEEN_CONTRACTAANBOD_GEWENST,
  contractaanbod_ziekenhuizen: REGEL_CONTRACTAANBOD_ZIEKENHUIZEN,
  vermoeden_van_fraude: REGEL_VERMOEDEN_VAN_FRAUDE,
});

// De datumregels voor de toelichting: een datum die niet te berekenen is, krijgt een zin die zegt waarom.
const DATUMREGEL_INGANGSDATUM = /* @__PURE__ */ Object.freeze({
  id: "ingangsdatum",
  omschrijving: "Ingangsdatum van een zorgovereenkomst na een eigen aanvraag",
  onbekendDoor: /* @__PURE__ */ Object.freeze(["aanvraagdatum"]),
});
const DATUMREGEL_INGANG_NA_GECORRIGEERD_BEWIJSSTUK = /* @__PURE__ */ Object.freeze({
  id: "ingang_na_gecorrigeerd_bewijsstuk",
  omschrijving: "Ingangsdatum van een aangepaste zorgovereenkomst na een gecorrigeerd bewijsstuk",
  onbekendDoor: /* @__PURE__ */ Object.freeze(["datum_gecorrigeerd_bewijsstuk"]),
});

// Per zorgsoort de toelichting: wat niet van de zorgaanbieder afhangt, wordt één keer opgebouwd.
const UITLEG_FYSIOTHERAPIE = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_FYSIOTHERAPIE,
  REGELS_FYSIOTHERAPIE,
  FEITEN_FYSIOTHERAPIE,
  /* @__PURE__ */ Object.freeze([
    DATUMREGEL_INGANGSDATUM,
    DATUMREGEL_INGANG_NA_GECORRIGEERD_BEWIJSSTUK,
  ]),
);
const UITLEG_OEFENTHERAPIE = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_OEFENTHERAPIE,
  REGELS_OEFENTHERAPIE,
  FEITEN_OEFENTHERAPIE,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_LOGOPEDIE = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_LOGOPEDIE,
  REGELS_LOGOPEDIE,
  FEITEN_LOGOPEDIE,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_DIETETIEK = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_DIETETIEK,
  REGELS_DIETETIEK,
  FEITEN_DIETETIEK,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_ERGOTHERAPIE = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_ERGOTHERAPIE,
  REGELS_ERGOTHERAPIE,
  FEITEN_ERGOTHERAPIE,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_HUIDTHERAPIE = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_HUIDTHERAPIE,
  REGELS_HUIDTHERAPIE,
  FEITEN_HUIDTHERAPIE,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_PREVENTIEVE_VOETZORG = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_PREVENTIEVE_VOETZORG,
  REGELS_PREVENTIEVE_VOETZORG,
  FEITEN_PREVENTIEVE_VOETZORG,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_GLI = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_GLI,
  REGELS_GLI,
  FEITEN_GLI,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_VALPREVENTIE = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_VALPREVENTIE,
  REGELS_VALPREVENTIE,
  FEITEN_VALPREVENTIE,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_INSTELLINGEN = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_INSTELLINGEN,
  REGELS_INSTELLINGEN,
  FEITEN_INSTELLINGEN,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);
const UITLEG_ZIEKENHUIZEN = /* @__PURE__ */ new Uitleg(
  beleid,
  ZORGSOORT_ZIEKENHUIZEN,
  REGELS_ZIEKENHUIZEN,
  FEITEN_ZIEKENHUIZEN,
  /* @__PURE__ */ Object.freeze([DATUMREGEL_INGANGSDATUM]),
);

const VEKTIS_AGB_CODES_FYSIOTHERAPIE = /* @__PURE__ */ new Set([
  "04",
  "05",
  "07",
  "24",
  "37",
  "88",
  "90",
]);
/** De waarden van kwaliteitsregisters als verzameling, voor de controle van de feiten. */
const KWALITEITSREGISTERS_WAARDEN = /* @__PURE__ */ new Set(WAARDEN_KWALITEITSREGISTERS);
/** De waarden van doelen_digitale_zorg als verzameling, voor de controle van de feiten. */
const DOELEN_DIGITALE_ZORG_WAARDEN = /* @__PURE__ */ new Set(WAARDEN_DOELEN_DIGITALE_ZORG);
/** De waarden van verbonden_beroepen als verzameling, voor de controle van de feiten. */
const VERBONDEN_BEROEPEN_WAARDEN = /* @__PURE__ */ new Set(WAARDEN_VERBONDEN_BEROEPEN);
const VEKTIS_AGB_CODES_HUIDTHERAPIE = /* @__PURE__ */ new Set(["04", "37", "90"]);
const VEKTIS_AGB_CODES_PREVENTIEVE_VOETZORG = /* @__PURE__ */ new Set(["26", "90"]);
const GLI_ERKENDE_INTERVENTIE_WAARDEN = /* @__PURE__ */ new Set([
  "CooL",
  "SLIMMER",
  "BeweegKuur",
  "Samen Sportief in Beweging",
  "X-fitt",
  "Keer diabetes 2 om regulier",
  "Keer diabetes 2 om online",
]);
const VEKTIS_AGB_CODES_GLI = /* @__PURE__ */ new Set(["04", "07", "24", "37", "90"]);
/** De waarden van gli_interventie als verzameling, voor de controle van de feiten. */
const GLI_INTERVENTIE_WAARDEN = /* @__PURE__ */ new Set(WAARDEN_GLI_INTERVENTIE);
/** De waarden van gli_uitgevoerd_door als verzameling, voor de controle van de feiten. */
const GLI_UITGEVOERD_DOOR_WAARDEN = /* @__PURE__ */ new Set(WAARDEN_GLI_UITGEVOERD_DOOR);
const VALPREVENTIE_INTERVENTIES_WAARDEN = /* @__PURE__ */ new Set([
  "Otago individueel",
  "Otago groep",
  "In Balans",
]);
const VALPREVENTIE_UITVOERING_WAARDEN = /* @__PURE__ */ new Set([
  "fysiotherapeut",
  "oefentherapeut",
]);
/** De waarden van valpreventie_interventie als verzameling, voor de controle van de feiten. */
const VALPREVENTIE_INTERVENTIE_WAARDEN = /* @__PURE__ */ new Set(WAARDEN_VALPREVENTIE_INTERVENTIE);
/** De waarden van valpreventie_uitvoerder als verzameling, voor de controle van de feiten. */
const VALPREVENTIE_UITVOERDER_WAARDEN = /* @__PURE__ */ new Set(WAARDEN_VALPREVENTIE_UITVOERDER);

/** Evalueert alle regels voor Fysiotherapie, beslist en licht de beslissing toe. */
function fysiotherapie(feiten) {
  // 2.3 uitsluiting behandelindex_hoger_dan_150, bij onbekend onwaar
  // Indien de zorgaanbieder een landelijke behandelindex hoger dan 150 heeft, bieden wij geen…
  const behandelindexHogerDan150Uitkomst = gt(feiten.behandelindex, 150);
  const behandelindexHogerDan150 = behandelindexHogerDan150Uitkomst ?? false;
  const behandelindexHogerDan150Uitzondering = feiten.uitzondering_behandelindex;
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde prem_fysiotherapie
  // Voor fysiotherapie geldt dat de zorgaanbieder structureel de PREM (Patient Related Experience…
  const premFysiotherapie = feiten.prem_extern_meetbureau;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 3.2 differentiatiefactor verbijzonderde_fysiotherapie, bij onbekend onwaar
  // Bij de zorgaanbieder biedt ten minste 30% van het totaal aantal fysiotherapeuten…
  const verbijzonderdeFysiotherapieUitkomst = kleeneAnd(
    ge(aandeel(feiten.fysiotherapeuten_verbijzonderd, feiten.fysiotherapeuten), 30),
    ge(feiten.minste_uren_verbijzonderd, 24),
  );
  const verbijzonderdeFysiotherapie = verbijzonderdeFysiotherapieUitkomst ?? false;
  // 3.2 differentiatiefactor kngf_praktijkregistratie
  // De zorgaanbieder heeft een praktijkregistratie in het Basisregister binnen het Kwaliteitshuis…
  const kngfPraktijkregistratie = feiten.kngf_basisregister || feiten.skf_keurmerk;
  // 3.2 differentiatiefactor skf_praktijkregistratie
  // De zorgaanbieder heeft een praktijkregistratie in het kwaliteitsregister van SKF (label…
  const skfPraktijkregistratie = feiten.skf_keurmerk;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    premFysiotherapie &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten =
    (behandelindexHogerDan150 && !behandelindexHogerDan150Uitzondering) || vermoedenVanFraude;
  const aantalFactoren =
    (verbijzonderdeFysiotherapie ? 1 : 0) +
    (kngfPraktijkregistratie ? 1 : 0) +
    (skfPraktijkregistratie ? 1 : 0);
  const overeenkomst =
    !voldoetAanVoorwaarden || uitgesloten
      ? null
      : aantalFactoren >= 3
        ? OVEREENKOMSTEN_FYSIOTHERAPIE.A
        : aantalFactoren >= 2
          ? OVEREENKOMSTEN_FYSIOTHERAPIE.B
          : aantalFactoren >= 1
            ? OVEREENKOMSTEN_FYSIOTHERAPIE.C
            : OVEREENKOMSTEN_FYSIOTHERAPIE.D;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_FYSIOTHERAPIE.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Fysiotherapeut");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;
  // 4 benaderingsuitsluiting behandelindex_niet_benaderd, bij onbekend onwaar
  // Zorgaanbieders die een landelijke behandelindex hoger dan 150 hebben (fysiotherapie).
  const behandelindexNietBenaderdUitkomst = gt(feiten.behandelindex, 150);
  const behandelindexNietBenaderd = behandelindexNietBenaderdUitkomst ?? false;
  // 4 benaderingsvoorwaarde vragenlijst_fysiotherapie, bij onbekend onwaar
  // Heeft u de vragenlijst voor de deadline ingevuld en bevestigd?
  const vragenlijstFysiotherapieUitkomst = le(feiten.datum_vragenlijst_bevestigd, "2025-10-24");
  const vragenlijstFysiotherapie = vragenlijstFysiotherapieUitkomst ?? false;
  // 4 benaderingsvoorwaarde vragenlijst_positief_beoordeeld
  // Uw ingevulde vragenlijst wordt door ons beoordeeld en bij een positieve beoordeling ontvangt u…
  const vragenlijstPositiefBeoordeeld = voldoetAanVoorwaarden && !uitgesloten;

  const benaderd =
    vektisRegistratie &&
    vecozoCertificaten &&
    vragenlijstFysiotherapie &&
    vragenlijstPositiefBeoordeeld &&
    !geenOvereenkomst3Jaar &&
    !geenContractaanbodGewenst &&
    !behandelindexNietBenaderd;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // Selectieve inkoop: telt niet mee in de beslissing; zegt welke zorg niet wordt ingekocht.
  // 3.1 selectieve inkoop aantekening_ra_verplicht
  // Caresq volgt dit en stelt de aantekening Ernstige functionele beperkingen bij Reumatoïde…
  const aantekeningRaVerplichtVanToepassing = feiten.levert_langdurige_zorg_ra;
  const aantekeningRaVerplicht = feiten.aantekening_ra;
  // 3.3 selectieve inkoop parkinsonnet
  // Om verzekerden de beste zorg voor de behandeling van de ziekte van Parkinson te kunnen bieden…
  const parkinsonnetVanToepassing = feiten.levert_parkinsonzorg;
  const parkinsonnet = feiten.aangesloten_parkinsonnet;
  // 3.3 selectieve inkoop claudicatio_intermittens
  // Voor de behandeling van Claudicatio Intermittens (etalagebenen) kopen wij de…
  const claudicatioIntermittensVanToepassing = feiten.levert_looptraining_claudicatio;
  const claudicatioIntermittens = feiten.aangesloten_chronisch_zorgnet;

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );
  // 3.2 datumregel ingang_na_gecorrigeerd_bewijsstuk
  // Voor zowel de praktijkregistratie bij SKF als KNGF vragen wij u in de vragenlijst om een…
  const ingangNaGecorrigeerdBewijsstuk = als(
    lt(feiten.datum_gecorrigeerd_bewijsstuk, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.datum_gecorrigeerd_bewijsstuk),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.fysiotherapie.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_FYSIOTHERAPIE.verklaar(
    besluit,
    [
      (behandelindexHogerDan150Uitkomst === null ? 3 : behandelindexHogerDan150Uitkomst ? 2 : 1) +
        (behandelindexHogerDan150Uitzondering ? 3 : 0), // behandelindex_hoger_dan_150
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      premFysiotherapie ? 2 : 1, // prem_fysiotherapie
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      aantekeningRaVerplichtVanToepassing ? (aantekeningRaVerplicht ? 2 : 1) : 0, // aantekening_ra_verplicht
      verbijzonderdeFysiotherapieUitkomst === null
        ? 3
        : verbijzonderdeFysiotherapieUitkomst
          ? 2
          : 1, // verbijzonderde_fysiotherapie
      kngfPraktijkregistratie ? 2 : 1, // kngf_praktijkregistratie
      skfPraktijkregistratie ? 2 : 1, // skf_praktijkregistratie
      parkinsonnetVanToepassing ? (parkinsonnet ? 2 : 1) : 0, // parkinsonnet
      claudicatioIntermittensVanToepassing ? (claudicatioIntermittens ? 2 : 1) : 0, // claudicatio_intermittens
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      behandelindexNietBenaderdUitkomst === null ? 3 : behandelindexNietBenaderdUitkomst ? 2 : 1, // behandelindex_niet_benaderd
      vragenlijstFysiotherapieUitkomst === null ? 3 : vragenlijstFysiotherapieUitkomst ? 2 : 1, // vragenlijst_fysiotherapie
      vragenlijstPositiefBeoordeeld ? 2 : 1, // vragenlijst_positief_beoordeeld
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    {
      ingangsdatum: ingangsdatum,
      ingang_na_gecorrigeerd_bewijsstuk: ingangNaGecorrigeerdBewijsstuk,
    },
    feiten,
  );
}

/** Alleen de beslissing voor Fysiotherapie: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisFysiotherapie(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.prem_extern_meetbureau && // 3.1 prem_fysiotherapie
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten =
    ((gt(feiten.behandelindex, 150) ?? false) && !feiten.uitzondering_behandelindex) || // 2.3 behandelindex_hoger_dan_150
    feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  let overeenkomst = null;
  if (voldoetAanVoorwaarden && !uitgesloten) {
    const aantalFactoren =
      ((kleeneAnd(
        ge(aandeel(feiten.fysiotherapeuten_verbijzonderd, feiten.fysiotherapeuten), 30),
        ge(feiten.minste_uren_verbijzonderd, 24),
      ) ?? false)
        ? 1
        : 0) + // 3.2 verbijzonderde_fysiotherapie
      (feiten.kngf_basisregister || feiten.skf_keurmerk ? 1 : 0) + // 3.2 kngf_praktijkregistratie
      (feiten.skf_keurmerk ? 1 : 0); // 3.2 skf_praktijkregistratie
    overeenkomst =
      aantalFactoren >= 3
        ? OVEREENKOMSTEN_FYSIOTHERAPIE.A
        : aantalFactoren >= 2
          ? OVEREENKOMSTEN_FYSIOTHERAPIE.B
          : aantalFactoren >= 1
            ? OVEREENKOMSTEN_FYSIOTHERAPIE.C
            : OVEREENKOMSTEN_FYSIOTHERAPIE.D;
  }
  const inAanmerking = overeenkomst !== null;
  const benaderd =
    VEKTIS_AGB_CODES_FYSIOTHERAPIE.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Fysiotherapeut") && // 4 vektis_registratie
    feiten.vecozo_certificaten && // 4 vecozo_certificaten
    (le(feiten.datum_vragenlijst_bevestigd, "2025-10-24") ?? false) && // 4 vragenlijst_fysiotherapie
    voldoetAanVoorwaarden &&
    !uitgesloten && // 4 vragenlijst_positief_beoordeeld
    !(gt(subtract(2026, feiten.laatste_contractjaar), 3) ?? true) && // 4 geen_overeenkomst_3_jaar
    !feiten.wil_geen_contractaanbod && // 4 geen_contractaanbod_gewenst
    !(gt(feiten.behandelindex, 150) ?? false); // 4 behandelindex_niet_benaderd
  return { inAanmerking, benaderd, overeenkomst };
}

/** Welke zorg niet wordt ingekocht voor Fysiotherapie (selectieve inkoop), zonder toelichting: een nieuwe lijst. */
function selectiefFysiotherapie(feiten) {
  const nietIngekocht = [];
  const ingekocht1 = !feiten.levert_langdurige_zorg_ra || feiten.aantekening_ra; // 3.1 aantekening_ra_verplicht
  if (!ingekocht1) nietIngekocht.push("langdurige fysiotherapie bij Reumatoïde Artritis");
  const ingekocht2 = !feiten.levert_parkinsonzorg || feiten.aangesloten_parkinsonnet; // 3.3 parkinsonnet
  if (!ingekocht2) nietIngekocht.push("paramedische zorg bij de ziekte van Parkinson");
  const ingekocht3 =
    !feiten.levert_looptraining_claudicatio || feiten.aangesloten_chronisch_zorgnet; // 3.3 claudicatio_intermittens
  if (!ingekocht3)
    nietIngekocht.push("gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens");
  return nietIngekocht;
}

/** Of de feiten voor Fysiotherapie bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeFysiotherapie(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    (feiten.behandelindex === null ||
      (Number.isFinite(feiten.behandelindex) && feiten.behandelindex >= 0)) &&
    !("behandelindex" in prototype) &&
    typeof feiten.uitzondering_behandelindex === "boolean" &&
    !("uitzondering_behandelindex" in prototype) &&
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.prem_extern_meetbureau === "boolean" &&
    !("prem_extern_meetbureau" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.levert_langdurige_zorg_ra === "boolean" &&
    !("levert_langdurige_zorg_ra" in prototype) &&
    typeof feiten.aantekening_ra === "boolean" &&
    !("aantekening_ra" in prototype) &&
    Number.isInteger(feiten.fysiotherapeuten) &&
    feiten.fysiotherapeuten >= 0 &&
    !("fysiotherapeuten" in prototype) &&
    Number.isInteger(feiten.fysiotherapeuten_verbijzonderd) &&
    feiten.fysiotherapeuten_verbijzonderd >= 0 &&
    !("fysiotherapeuten_verbijzonderd" in prototype) &&
    (feiten.minste_uren_verbijzonderd === null ||
      (Number.isFinite(feiten.minste_uren_verbijzonderd) &&
        feiten.minste_uren_verbijzonderd >= 0 &&
        feiten.minste_uren_verbijzonderd <= 168)) &&
    !("minste_uren_verbijzonderd" in prototype) &&
    typeof feiten.kngf_basisregister === "boolean" &&
    !("kngf_basisregister" in prototype) &&
    typeof feiten.skf_keurmerk === "boolean" &&
    !("skf_keurmerk" in prototype) &&
    (feiten.datum_gecorrigeerd_bewijsstuk === null ||
      isIsoDate(feiten.datum_gecorrigeerd_bewijsstuk)) &&
    !("datum_gecorrigeerd_bewijsstuk" in prototype) &&
    typeof feiten.levert_parkinsonzorg === "boolean" &&
    !("levert_parkinsonzorg" in prototype) &&
    typeof feiten.aangesloten_parkinsonnet === "boolean" &&
    !("aangesloten_parkinsonnet" in prototype) &&
    typeof feiten.levert_looptraining_claudicatio === "boolean" &&
    !("levert_looptraining_claudicatio" in prototype) &&
    typeof feiten.aangesloten_chronisch_zorgnet === "boolean" &&
    !("aangesloten_chronisch_zorgnet" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.datum_vragenlijst_bevestigd === null ||
      isIsoDate(feiten.datum_vragenlijst_bevestigd)) &&
    !("datum_vragenlijst_bevestigd" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype) &&
    feiten.fysiotherapeuten_verbijzonderd <= feiten.fysiotherapeuten
  );
}

/** Beoordeelt een zorgaanbieder voor Fysiotherapie, met volledige toelichting. */
export function beoordeelFysiotherapie(feiten) {
  if (!feitenInOrdeFysiotherapie(feiten))
    controleerFeiten(
      FEITEN_FYSIOTHERAPIE,
      feiten,
      "Fysiotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return fysiotherapie(feiten);
}

/** Alleen de beslissing voor Fysiotherapie: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitFysiotherapie(feiten) {
  if (!feitenInOrdeFysiotherapie(feiten))
    controleerFeiten(
      FEITEN_FYSIOTHERAPIE,
      feiten,
      "Fysiotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisFysiotherapie(feiten);
}

/** Welke zorg Caresq voor Fysiotherapie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid. */
export function nietIngekochtFysiotherapie(feiten) {
  if (!feitenInOrdeFysiotherapie(feiten))
    controleerFeiten(
      FEITEN_FYSIOTHERAPIE,
      feiten,
      "Fysiotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return selectiefFysiotherapie(feiten);
}

/** Evalueert alle regels voor Oefentherapie, beslist en licht de beslissing toe. */
function oefentherapie(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 3.2 differentiatiefactor prem_meetbureau
  // De zorgaanbieder vraagt structureel de PREM (Patient Related Experience Measures) uit via een…
  const premMeetbureau = feiten.prem_aangewezen_meetbureau;
  // 3.2 differentiatiefactor audit_top
  // De zorgaanbieder heeft de audit TOP – oefentherapie doorlopen en is derhalve opgenomen in het…
  const auditTop = feiten.audit_top_oefentherapie;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten = vermoedenVanFraude;
  const aantalFactoren = (premMeetbureau ? 1 : 0) + (auditTop ? 1 : 0);
  const overeenkomst =
    !voldoetAanVoorwaarden || uitgesloten
      ? null
      : aantalFactoren >= 2
        ? OVEREENKOMSTEN_OEFENTHERAPIE.A
        : aantalFactoren >= 1
          ? OVEREENKOMSTEN_OEFENTHERAPIE.B
          : OVEREENKOMSTEN_OEFENTHERAPIE.C;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_FYSIOTHERAPIE.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Oefentherapeut");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // Selectieve inkoop: telt niet mee in de beslissing; zegt welke zorg niet wordt ingekocht.
  // 3.3 selectieve inkoop parkinsonnet
  // Om verzekerden de beste zorg voor de behandeling van de ziekte van Parkinson te kunnen bieden…
  const parkinsonnetVanToepassing = feiten.levert_parkinsonzorg;
  const parkinsonnet = feiten.aangesloten_parkinsonnet;
  // 3.3 selectieve inkoop claudicatio_intermittens
  // Voor de behandeling van Claudicatio Intermittens (etalagebenen) kopen wij de…
  const claudicatioIntermittensVanToepassing = feiten.levert_looptraining_claudicatio;
  const claudicatioIntermittens = feiten.aangesloten_chronisch_zorgnet;

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.oefentherapie.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_OEFENTHERAPIE.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      premMeetbureau ? 2 : 1, // prem_meetbureau
      auditTop ? 2 : 1, // audit_top
      parkinsonnetVanToepassing ? (parkinsonnet ? 2 : 1) : 0, // parkinsonnet
      claudicatioIntermittensVanToepassing ? (claudicatioIntermittens ? 2 : 1) : 0, // claudicatio_intermittens
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Oefentherapie: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisOefentherapie(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  let overeenkomst = null;
  if (voldoetAanVoorwaarden && !uitgesloten) {
    const aantalFactoren =
      (feiten.prem_aangewezen_meetbureau ? 1 : 0) + // 3.2 prem_meetbureau
      (feiten.audit_top_oefentherapie ? 1 : 0); // 3.2 audit_top
    overeenkomst =
      aantalFactoren >= 2
        ? OVEREENKOMSTEN_OEFENTHERAPIE.A
        : aantalFactoren >= 1
          ? OVEREENKOMSTEN_OEFENTHERAPIE.B
          : OVEREENKOMSTEN_OEFENTHERAPIE.C;
  }
  const inAanmerking = overeenkomst !== null;
  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  return { inAanmerking, benaderd, overeenkomst };
}

/** Welke zorg niet wordt ingekocht voor Oefentherapie (selectieve inkoop), zonder toelichting: een nieuwe lijst. */
function selectiefOefentherapie(feiten) {
  const nietIngekocht = [];
  const ingekocht1 = !feiten.levert_parkinsonzorg || feiten.aangesloten_parkinsonnet; // 3.3 parkinsonnet
  if (!ingekocht1) nietIngekocht.push("paramedische zorg bij de ziekte van Parkinson");
  const ingekocht2 =
    !feiten.levert_looptraining_claudicatio || feiten.aangesloten_chronisch_zorgnet; // 3.3 claudicatio_intermittens
  if (!ingekocht2)
    nietIngekocht.push("gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens");
  return nietIngekocht;
}

/** Of de feiten voor Oefentherapie bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeOefentherapie(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.prem_aangewezen_meetbureau === "boolean" &&
    !("prem_aangewezen_meetbureau" in prototype) &&
    typeof feiten.audit_top_oefentherapie === "boolean" &&
    !("audit_top_oefentherapie" in prototype) &&
    typeof feiten.levert_parkinsonzorg === "boolean" &&
    !("levert_parkinsonzorg" in prototype) &&
    typeof feiten.aangesloten_parkinsonnet === "boolean" &&
    !("aangesloten_parkinsonnet" in prototype) &&
    typeof feiten.levert_looptraining_claudicatio === "boolean" &&
    !("levert_looptraining_claudicatio" in prototype) &&
    typeof feiten.aangesloten_chronisch_zorgnet === "boolean" &&
    !("aangesloten_chronisch_zorgnet" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Oefentherapie, met volledige toelichting. */
export function beoordeelOefentherapie(feiten) {
  if (!feitenInOrdeOefentherapie(feiten))
    controleerFeiten(
      FEITEN_OEFENTHERAPIE,
      feiten,
      "Oefentherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return oefentherapie(feiten);
}

/** Alleen de beslissing voor Oefentherapie: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitOefentherapie(feiten) {
  if (!feitenInOrdeOefentherapie(feiten))
    controleerFeiten(
      FEITEN_OEFENTHERAPIE,
      feiten,
      "Oefentherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisOefentherapie(feiten);
}

/** Welke zorg Caresq voor Oefentherapie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid. */
export function nietIngekochtOefentherapie(feiten) {
  if (!feitenInOrdeOefentherapie(feiten))
    controleerFeiten(
      FEITEN_OEFENTHERAPIE,
      feiten,
      "Oefentherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return selectiefOefentherapie(feiten);
}

/** Evalueert alle regels voor Logopedie, beslist en licht de beslissing toe. */
function logopedie(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 3.2 differentiatiefactor prem_meetbureau
  // De zorgaanbieder vraagt structureel de PREM (Patient Related Experience Measures) uit via een…
  const premMeetbureau = feiten.prem_aangewezen_meetbureau;
  // 3.2 differentiatiefactor kwaliteitscyclus
  // De zorgaanbieder beschikt over een geldig certificaat van de Kwaliteitscyclus Logopedie.
  const kwaliteitscyclus = feiten.kwaliteitscyclus_logopedie;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten = vermoedenVanFraude;
  const aantalFactoren = (premMeetbureau ? 1 : 0) + (kwaliteitscyclus ? 1 : 0);
  const overeenkomst =
    !voldoetAanVoorwaarden || uitgesloten
      ? null
      : aantalFactoren >= 2
        ? OVEREENKOMSTEN_LOGOPEDIE.A
        : aantalFactoren >= 1
          ? OVEREENKOMSTEN_LOGOPEDIE.B
          : OVEREENKOMSTEN_LOGOPEDIE.C;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_FYSIOTHERAPIE.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Logopedist");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // Selectieve inkoop: telt niet mee in de beslissing; zegt welke zorg niet wordt ingekocht.
  // 3.3 selectieve inkoop parkinsonnet
  // Om verzekerden de beste zorg voor de behandeling van de ziekte van Parkinson te kunnen bieden…
  const parkinsonnetVanToepassing = feiten.levert_parkinsonzorg;
  const parkinsonnet = feiten.aangesloten_parkinsonnet;

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.logopedie.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_LOGOPEDIE.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      premMeetbureau ? 2 : 1, // prem_meetbureau
      kwaliteitscyclus ? 2 : 1, // kwaliteitscyclus
      parkinsonnetVanToepassing ? (parkinsonnet ? 2 : 1) : 0, // parkinsonnet
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Logopedie: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisLogopedie(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  let overeenkomst = null;
  if (voldoetAanVoorwaarden && !uitgesloten) {
    const aantalFactoren =
      (feiten.prem_aangewezen_meetbureau ? 1 : 0) + // 3.2 prem_meetbureau
      (feiten.kwaliteitscyclus_logopedie ? 1 : 0); // 3.2 kwaliteitscyclus
    overeenkomst =
      aantalFactoren >= 2
        ? OVEREENKOMSTEN_LOGOPEDIE.A
        : aantalFactoren >= 1
          ? OVEREENKOMSTEN_LOGOPEDIE.B
          : OVEREENKOMSTEN_LOGOPEDIE.C;
  }
  const inAanmerking = overeenkomst !== null;
  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  return { inAanmerking, benaderd, overeenkomst };
}

/** Welke zorg niet wordt ingekocht voor Logopedie (selectieve inkoop), zonder toelichting: een nieuwe lijst. */
function selectiefLogopedie(feiten) {
  const nietIngekocht = [];
  const ingekocht1 = !feiten.levert_parkinsonzorg || feiten.aangesloten_parkinsonnet; // 3.3 parkinsonnet
  if (!ingekocht1) nietIngekocht.push("paramedische zorg bij de ziekte van Parkinson");
  return nietIngekocht;
}

/** Of de feiten voor Logopedie bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeLogopedie(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.prem_aangewezen_meetbureau === "boolean" &&
    !("prem_aangewezen_meetbureau" in prototype) &&
    typeof feiten.kwaliteitscyclus_logopedie === "boolean" &&
    !("kwaliteitscyclus_logopedie" in prototype) &&
    typeof feiten.levert_parkinsonzorg === "boolean" &&
    !("levert_parkinsonzorg" in prototype) &&
    typeof feiten.aangesloten_parkinsonnet === "boolean" &&
    !("aangesloten_parkinsonnet" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Logopedie, met volledige toelichting. */
export function beoordeelLogopedie(feiten) {
  if (!feitenInOrdeLogopedie(feiten))
    controleerFeiten(
      FEITEN_LOGOPEDIE,
      feiten,
      "Logopedie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return logopedie(feiten);
}

/** Alleen de beslissing voor Logopedie: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitLogopedie(feiten) {
  if (!feitenInOrdeLogopedie(feiten))
    controleerFeiten(
      FEITEN_LOGOPEDIE,
      feiten,
      "Logopedie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisLogopedie(feiten);
}

/** Welke zorg Caresq voor Logopedie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid. */
export function nietIngekochtLogopedie(feiten) {
  if (!feitenInOrdeLogopedie(feiten))
    controleerFeiten(
      FEITEN_LOGOPEDIE,
      feiten,
      "Logopedie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return selectiefLogopedie(feiten);
}

/** Evalueert alle regels voor Diëtetiek, beslist en licht de beslissing toe. */
function dietetiek(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_DIETETIEK.dietetiek : null;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_FYSIOTHERAPIE.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Diëtist");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // Selectieve inkoop: telt niet mee in de beslissing; zegt welke zorg niet wordt ingekocht.
  // 3.3 selectieve inkoop parkinsonnet
  // Om verzekerden de beste zorg voor de behandeling van de ziekte van Parkinson te kunnen bieden…
  const parkinsonnetVanToepassing = feiten.levert_parkinsonzorg;
  const parkinsonnet = feiten.aangesloten_parkinsonnet;

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.dietetiek.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_DIETETIEK.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      parkinsonnetVanToepassing ? (parkinsonnet ? 2 : 1) : 0, // parkinsonnet
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Diëtetiek: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisDietetiek(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_DIETETIEK.dietetiek : null;
  const inAanmerking = overeenkomst !== null;
  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  return { inAanmerking, benaderd, overeenkomst };
}

/** Welke zorg niet wordt ingekocht voor Diëtetiek (selectieve inkoop), zonder toelichting: een nieuwe lijst. */
function selectiefDietetiek(feiten) {
  const nietIngekocht = [];
  const ingekocht1 = !feiten.levert_parkinsonzorg || feiten.aangesloten_parkinsonnet; // 3.3 parkinsonnet
  if (!ingekocht1) nietIngekocht.push("paramedische zorg bij de ziekte van Parkinson");
  return nietIngekocht;
}

/** Of de feiten voor Diëtetiek bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeDietetiek(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.levert_parkinsonzorg === "boolean" &&
    !("levert_parkinsonzorg" in prototype) &&
    typeof feiten.aangesloten_parkinsonnet === "boolean" &&
    !("aangesloten_parkinsonnet" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Diëtetiek, met volledige toelichting. */
export function beoordeelDietetiek(feiten) {
  if (!feitenInOrdeDietetiek(feiten))
    controleerFeiten(
      FEITEN_DIETETIEK,
      feiten,
      "Diëtetiek — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return dietetiek(feiten);
}

/** Alleen de beslissing voor Diëtetiek: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitDietetiek(feiten) {
  if (!feitenInOrdeDietetiek(feiten))
    controleerFeiten(
      FEITEN_DIETETIEK,
      feiten,
      "Diëtetiek — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisDietetiek(feiten);
}

/** Welke zorg Caresq voor Diëtetiek niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid. */
export function nietIngekochtDietetiek(feiten) {
  if (!feitenInOrdeDietetiek(feiten))
    controleerFeiten(
      FEITEN_DIETETIEK,
      feiten,
      "Diëtetiek — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return selectiefDietetiek(feiten);
}

/** Evalueert alle regels voor Ergotherapie, beslist en licht de beslissing toe. */
function ergotherapie(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_ERGOTHERAPIE.ergotherapie : null;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_FYSIOTHERAPIE.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Ergotherapeut");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // Selectieve inkoop: telt niet mee in de beslissing; zegt welke zorg niet wordt ingekocht.
  // 3.3 selectieve inkoop parkinsonnet
  // Om verzekerden de beste zorg voor de behandeling van de ziekte van Parkinson te kunnen bieden…
  const parkinsonnetVanToepassing = feiten.levert_parkinsonzorg;
  const parkinsonnet = feiten.aangesloten_parkinsonnet;

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.ergotherapie.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_ERGOTHERAPIE.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      parkinsonnetVanToepassing ? (parkinsonnet ? 2 : 1) : 0, // parkinsonnet
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Ergotherapie: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisErgotherapie(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_ERGOTHERAPIE.ergotherapie : null;
  const inAanmerking = overeenkomst !== null;
  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  return { inAanmerking, benaderd, overeenkomst };
}

/** Welke zorg niet wordt ingekocht voor Ergotherapie (selectieve inkoop), zonder toelichting: een nieuwe lijst. */
function selectiefErgotherapie(feiten) {
  const nietIngekocht = [];
  const ingekocht1 = !feiten.levert_parkinsonzorg || feiten.aangesloten_parkinsonnet; // 3.3 parkinsonnet
  if (!ingekocht1) nietIngekocht.push("paramedische zorg bij de ziekte van Parkinson");
  return nietIngekocht;
}

/** Of de feiten voor Ergotherapie bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeErgotherapie(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.levert_parkinsonzorg === "boolean" &&
    !("levert_parkinsonzorg" in prototype) &&
    typeof feiten.aangesloten_parkinsonnet === "boolean" &&
    !("aangesloten_parkinsonnet" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Ergotherapie, met volledige toelichting. */
export function beoordeelErgotherapie(feiten) {
  if (!feitenInOrdeErgotherapie(feiten))
    controleerFeiten(
      FEITEN_ERGOTHERAPIE,
      feiten,
      "Ergotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return ergotherapie(feiten);
}

/** Alleen de beslissing voor Ergotherapie: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitErgotherapie(feiten) {
  if (!feitenInOrdeErgotherapie(feiten))
    controleerFeiten(
      FEITEN_ERGOTHERAPIE,
      feiten,
      "Ergotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisErgotherapie(feiten);
}

/** Welke zorg Caresq voor Ergotherapie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid. */
export function nietIngekochtErgotherapie(feiten) {
  if (!feitenInOrdeErgotherapie(feiten))
    controleerFeiten(
      FEITEN_ERGOTHERAPIE,
      feiten,
      "Ergotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return selectiefErgotherapie(feiten);
}

/** Evalueert alle regels voor Huidtherapie, beslist en licht de beslissing toe. */
function huidtherapie(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_HUIDTHERAPIE.huidtherapie : null;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_HUIDTHERAPIE.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Huidtherapeut");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.huidtherapie.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_HUIDTHERAPIE.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Huidtherapie: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisHuidtherapie(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_HUIDTHERAPIE.huidtherapie : null;
  const inAanmerking = overeenkomst !== null;
  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  return { inAanmerking, benaderd, overeenkomst };
}

/** Of de feiten voor Huidtherapie bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeHuidtherapie(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Huidtherapie, met volledige toelichting. */
export function beoordeelHuidtherapie(feiten) {
  if (!feitenInOrdeHuidtherapie(feiten))
    controleerFeiten(
      FEITEN_HUIDTHERAPIE,
      feiten,
      "Huidtherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return huidtherapie(feiten);
}

/** Alleen de beslissing voor Huidtherapie: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitHuidtherapie(feiten) {
  if (!feitenInOrdeHuidtherapie(feiten))
    controleerFeiten(
      FEITEN_HUIDTHERAPIE,
      feiten,
      "Huidtherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisHuidtherapie(feiten);
}

/** Evalueert alle regels voor Preventieve voetzorg, beslist en licht de beslissing toe. */
function preventieveVoetzorg(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 3.1 aanvullende voorwaarde zorgmodule_voetulcera (verklaring)
  // De zorg wordt geleverd volgens de Zorgmodule Preventie Voetulcera;
  const zorgmoduleVoetulcera = feiten.zorgmodule_voetulcera;
  // 3.1 aanvullende voorwaarde podotherapeut_geregistreerd
  // De podotherapeut staat kwaliteitsgeregistreerd in het Kwaliteitsregister Paramedici;
  const podotherapeutGeregistreerd = feiten.podotherapeut_kwaliteitsregister;
  // 3.1 aanvullende voorwaarde pedicure_geregistreerd
  // De pedicure, werkzaam bij of voor de zorgaanbieder, staat geregistreerd in het…
  const pedicureGeregistreerdVanToepassing = feiten.werkt_met_pedicures;
  const pedicureGeregistreerd = feiten.pedicures_geregistreerd;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg &&
    zorgmoduleVoetulcera &&
    podotherapeutGeregistreerd &&
    (!pedicureGeregistreerdVanToepassing || pedicureGeregistreerd);
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten
      ? OVEREENKOMSTEN_PREVENTIEVE_VOETZORG.preventieve_voetzorg
      : null;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_PREVENTIEVE_VOETZORG.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Podotherapeut");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  const benaderd =
    benaderenPraktijken &&
    vektisRegistratie &&
    vecozoCertificaten &&
    !geenOvereenkomst3Jaar &&
    !geenContractaanbodGewenst;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.preventieve_voetzorg.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_PREVENTIEVE_VOETZORG.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      zorgmoduleVoetulcera ? 2 : 1, // zorgmodule_voetulcera
      podotherapeutGeregistreerd ? 2 : 1, // podotherapeut_geregistreerd
      pedicureGeregistreerdVanToepassing ? (pedicureGeregistreerd ? 2 : 1) : 0, // pedicure_geregistreerd
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Preventieve voetzorg: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisPreventieveVoetzorg(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1 && // 3.1 digitale_zorg
    feiten.zorgmodule_voetulcera && // 3.1 zorgmodule_voetulcera
    feiten.podotherapeut_kwaliteitsregister && // 3.1 podotherapeut_geregistreerd
    (!feiten.werkt_met_pedicures || feiten.pedicures_geregistreerd); // 3.1 pedicure_geregistreerd
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten
      ? OVEREENKOMSTEN_PREVENTIEVE_VOETZORG.preventieve_voetzorg
      : null;
  const inAanmerking = overeenkomst !== null;
  const benaderd =
    !feiten.vermoeden_fraude && // 4 benaderen_praktijken
    VEKTIS_AGB_CODES_PREVENTIEVE_VOETZORG.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Podotherapeut") && // 4 vektis_registratie
    feiten.vecozo_certificaten && // 4 vecozo_certificaten
    !(gt(subtract(2026, feiten.laatste_contractjaar), 3) ?? true) && // 4 geen_overeenkomst_3_jaar
    !feiten.wil_geen_contractaanbod; // 4 geen_contractaanbod_gewenst
  return { inAanmerking, benaderd, overeenkomst };
}

/** Of de feiten voor Preventieve voetzorg bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdePreventieveVoetzorg(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.podotherapeut_kwaliteitsregister === "boolean" &&
    !("podotherapeut_kwaliteitsregister" in prototype) &&
    typeof feiten.werkt_met_pedicures === "boolean" &&
    !("werkt_met_pedicures" in prototype) &&
    typeof feiten.pedicures_geregistreerd === "boolean" &&
    !("pedicures_geregistreerd" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype) &&
    typeof feiten.zorgmodule_voetulcera === "boolean" &&
    !("zorgmodule_voetulcera" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Preventieve voetzorg, met volledige toelichting. */
export function beoordeelPreventieveVoetzorg(feiten) {
  if (!feitenInOrdePreventieveVoetzorg(feiten))
    controleerFeiten(
      FEITEN_PREVENTIEVE_VOETZORG,
      feiten,
      "Preventieve voetzorg — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return preventieveVoetzorg(feiten);
}

/** Alleen de beslissing voor Preventieve voetzorg: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitPreventieveVoetzorg(feiten) {
  if (!feitenInOrdePreventieveVoetzorg(feiten))
    controleerFeiten(
      FEITEN_PREVENTIEVE_VOETZORG,
      feiten,
      "Preventieve voetzorg — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisPreventieveVoetzorg(feiten);
}

/** Evalueert alle regels voor Gecombineerde leefstijlinterventie (GLI), beslist en licht de beslissing toe. */
function gli(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 3.1 aanvullende voorwaarde gli_erkende_interventie
  // De zorgaanbieder levert een erkende GLI-interventie (CooL, SLIMMER, BeweegKuur, Samen Sportief…
  const gliErkendeInterventie = GLI_ERKENDE_INTERVENTIE_WAARDEN.has(feiten.gli_interventie);
  // 3.1 aanvullende voorwaarde gli_beroepen
  // De zorg wordt geleverd door een fysiotherapeut, oefentherapeut, diëtist of leefstijlcoach;
  const gliBeroepen =
    aantal(feiten.gli_uitgevoerd_door) >= 1 &&
    !feiten.gli_uitgevoerd_door.includes("een ander beroep");
  // 3.1 aanvullende voorwaarde gli_aantekening
  // De fysiotherapeut, oefentherapeut of diëtist heeft een aantekening ‘leefstijlcoaching’ in het…
  const gliAantekeningVanToepassing =
    feiten.gli_uitgevoerd_door.includes("fysiotherapeut") ||
    feiten.gli_uitgevoerd_door.includes("oefentherapeut") ||
    feiten.gli_uitgevoerd_door.includes("diëtist");
  const gliAantekening = feiten.gli_aantekening_leefstijlcoaching;
  // 3.1 aanvullende voorwaarde gli_kabiz
  // De leefstijlcoach is opgenomen in het kwaliteitsregister van KABIZ;
  const gliKabizVanToepassing = feiten.gli_uitgevoerd_door.includes("leefstijlcoach");
  const gliKabiz = feiten.leefstijlcoach_in_kabiz;
  // 3.1 aanvullende voorwaarde gli_licentie
  // Een afgesloten licentieovereenkomst met de GLI-interventie eigenaren;
  const gliLicentie = feiten.gli_licentieovereenkomst;
  // 3.1 aanvullende voorwaarde gli_startinstructie
  // Het team dat betrokken is bij het uitvoeren van de GLI heeft de startinstructie gevolgd bij de…
  const gliStartinstructie = feiten.gli_startinstructie_gevolgd;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg &&
    gliErkendeInterventie &&
    gliBeroepen &&
    (!gliAantekeningVanToepassing || gliAantekening) &&
    (!gliKabizVanToepassing || gliKabiz) &&
    gliLicentie &&
    gliStartinstructie;
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst = voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_GLI.gli : null;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vektis_registratie
  // die beschikken over de juiste Vektis registratie (zie schema)
  const vektisRegistratie =
    VEKTIS_AGB_CODES_GLI.has(feiten.agb_soort_onderneming) &&
    feiten.verbonden_beroepen.includes("Leefstijlcoach");
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.gli.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_GLI.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      gliErkendeInterventie ? 2 : 1, // gli_erkende_interventie
      gliBeroepen ? 2 : 1, // gli_beroepen
      gliAantekeningVanToepassing ? (gliAantekening ? 2 : 1) : 0, // gli_aantekening
      gliKabizVanToepassing ? (gliKabiz ? 2 : 1) : 0, // gli_kabiz
      gliLicentie ? 2 : 1, // gli_licentie
      gliStartinstructie ? 2 : 1, // gli_startinstructie
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vektisRegistratie ? 2 : 1, // vektis_registratie
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Gecombineerde leefstijlinterventie (GLI): elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisGli(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1 && // 3.1 digitale_zorg
    GLI_ERKENDE_INTERVENTIE_WAARDEN.has(feiten.gli_interventie) && // 3.1 gli_erkende_interventie
    aantal(feiten.gli_uitgevoerd_door) >= 1 &&
    !feiten.gli_uitgevoerd_door.includes("een ander beroep") && // 3.1 gli_beroepen
    (!(
      feiten.gli_uitgevoerd_door.includes("fysiotherapeut") ||
      feiten.gli_uitgevoerd_door.includes("oefentherapeut") ||
      feiten.gli_uitgevoerd_door.includes("diëtist")
    ) ||
      feiten.gli_aantekening_leefstijlcoaching) && // 3.1 gli_aantekening
    (!feiten.gli_uitgevoerd_door.includes("leefstijlcoach") || feiten.leefstijlcoach_in_kabiz) && // 3.1 gli_kabiz
    feiten.gli_licentieovereenkomst && // 3.1 gli_licentie
    feiten.gli_startinstructie_gevolgd; // 3.1 gli_startinstructie
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst = voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_GLI.gli : null;
  const inAanmerking = overeenkomst !== null;
  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  return { inAanmerking, benaderd, overeenkomst };
}

/** Of de feiten voor Gecombineerde leefstijlinterventie (GLI) bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeGli(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    GLI_INTERVENTIE_WAARDEN.has(feiten.gli_interventie) &&
    !("gli_interventie" in prototype) &&
    isDeelverzameling(feiten.gli_uitgevoerd_door, GLI_UITGEVOERD_DOOR_WAARDEN) &&
    !("gli_uitgevoerd_door" in prototype) &&
    typeof feiten.gli_aantekening_leefstijlcoaching === "boolean" &&
    !("gli_aantekening_leefstijlcoaching" in prototype) &&
    typeof feiten.leefstijlcoach_in_kabiz === "boolean" &&
    !("leefstijlcoach_in_kabiz" in prototype) &&
    typeof feiten.gli_licentieovereenkomst === "boolean" &&
    !("gli_licentieovereenkomst" in prototype) &&
    typeof feiten.gli_startinstructie_gevolgd === "boolean" &&
    !("gli_startinstructie_gevolgd" in prototype) &&
    typeof feiten.agb_soort_onderneming === "string" &&
    !("agb_soort_onderneming" in prototype) &&
    isDeelverzameling(feiten.verbonden_beroepen, VERBONDEN_BEROEPEN_WAARDEN) &&
    !("verbonden_beroepen" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Gecombineerde leefstijlinterventie (GLI), met volledige toelichting. */
export function beoordeelGli(feiten) {
  if (!feitenInOrdeGli(feiten))
    controleerFeiten(
      FEITEN_GLI,
      feiten,
      "Gecombineerde leefstijlinterventie (GLI) — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return gli(feiten);
}

/** Alleen de beslissing voor Gecombineerde leefstijlinterventie (GLI): in aanmerking, benaderd en zorgovereenkomst. */
export function besluitGli(feiten) {
  if (!feitenInOrdeGli(feiten))
    controleerFeiten(
      FEITEN_GLI,
      feiten,
      "Gecombineerde leefstijlinterventie (GLI) — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisGli(feiten);
}

/** Evalueert alle regels voor Valpreventie, beslist en licht de beslissing toe. */
function valpreventie(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 3.1 aanvullende voorwaarde valpreventie_keten
  // Om in aanmerking te komen voor een zorgovereenkomst voor valpreventie, dient de keten volledig…
  const valpreventieKeten = feiten.valpreventie_keten_geregeld;
  // 3.1 aanvullende voorwaarde valpreventie_interventies
  // Van de valpreventieve beweeginterventies worden Otago individueel, Otago groep en In Balans…
  const valpreventieInterventies = VALPREVENTIE_INTERVENTIES_WAARDEN.has(
    feiten.valpreventie_interventie,
  );
  // 3.1 aanvullende voorwaarde valpreventie_uitvoering
  // met als voorwaarde dat deze worden uitgevoerd door een fysio -of oefentherapeut.
  const valpreventieUitvoering = VALPREVENTIE_UITVOERING_WAARDEN.has(
    feiten.valpreventie_uitvoerder,
  );
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg &&
    valpreventieKeten &&
    valpreventieInterventies &&
    valpreventieUitvoering;
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_VALPREVENTIE.valpreventie : null;
  const inAanmerking = overeenkomst !== null;

  // 3.1 benaderingsvoorwaarde valpreventie_inkoop_regio
  // Pas vanaf dat moment koopt Caresq in die regio valpreventie in.
  const valpreventieInkoopRegio = feiten.valpreventie_keten_geregeld;
  // 4 benaderingsvoorwaarde benaderen_praktijken
  // Wij benaderen alle zorgaanbieders op praktijkniveau
  const benaderenPraktijken = !feiten.vermoeden_fraude;
  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  const benaderd =
    valpreventieInkoopRegio &&
    benaderenPraktijken &&
    vecozoCertificaten &&
    !geenOvereenkomst3Jaar &&
    !geenContractaanbodGewenst;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.valpreventie.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_VALPREVENTIE.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      valpreventieKeten ? 2 : 1, // valpreventie_keten
      valpreventieInkoopRegio ? 2 : 1, // valpreventie_inkoop_regio
      valpreventieInterventies ? 2 : 1, // valpreventie_interventies
      valpreventieUitvoering ? 2 : 1, // valpreventie_uitvoering
      benaderenPraktijken ? 2 : 1, // benaderen_praktijken
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Valpreventie: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisValpreventie(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1 && // 3.1 digitale_zorg
    feiten.valpreventie_keten_geregeld && // 3.1 valpreventie_keten
    VALPREVENTIE_INTERVENTIES_WAARDEN.has(feiten.valpreventie_interventie) && // 3.1 valpreventie_interventies
    VALPREVENTIE_UITVOERING_WAARDEN.has(feiten.valpreventie_uitvoerder); // 3.1 valpreventie_uitvoering
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_VALPREVENTIE.valpreventie : null;
  const inAanmerking = overeenkomst !== null;
  const benaderd =
    feiten.valpreventie_keten_geregeld && // 3.1 valpreventie_inkoop_regio
    !feiten.vermoeden_fraude && // 4 benaderen_praktijken
    feiten.vecozo_certificaten && // 4 vecozo_certificaten
    !(gt(subtract(2026, feiten.laatste_contractjaar), 3) ?? true) && // 4 geen_overeenkomst_3_jaar
    !feiten.wil_geen_contractaanbod; // 4 geen_contractaanbod_gewenst
  return { inAanmerking, benaderd, overeenkomst };
}

/** Of de feiten voor Valpreventie bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeValpreventie(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.valpreventie_keten_geregeld === "boolean" &&
    !("valpreventie_keten_geregeld" in prototype) &&
    VALPREVENTIE_INTERVENTIE_WAARDEN.has(feiten.valpreventie_interventie) &&
    !("valpreventie_interventie" in prototype) &&
    VALPREVENTIE_UITVOERDER_WAARDEN.has(feiten.valpreventie_uitvoerder) &&
    !("valpreventie_uitvoerder" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Valpreventie, met volledige toelichting. */
export function beoordeelValpreventie(feiten) {
  if (!feitenInOrdeValpreventie(feiten))
    controleerFeiten(
      FEITEN_VALPREVENTIE,
      feiten,
      "Valpreventie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return valpreventie(feiten);
}

/** Alleen de beslissing voor Valpreventie: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitValpreventie(feiten) {
  if (!feitenInOrdeValpreventie(feiten))
    controleerFeiten(
      FEITEN_VALPREVENTIE,
      feiten,
      "Valpreventie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisValpreventie(feiten);
}

/** Evalueert alle regels voor Paramedische zorg in instellingen, beslist en licht de beslissing toe. */
function instellingen(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_INSTELLINGEN.instellingen : null;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_overeenkomst_3_jaar, bij onbekend waar
  // Zorgaanbieders die in de afgelopen 3 jaar geen zorgovereenkomst met ons hebben gesloten;
  const geenOvereenkomst3JaarUitkomst = gt(subtract(2026, feiten.laatste_contractjaar), 3);
  const geenOvereenkomst3Jaar = geenOvereenkomst3JaarUitkomst ?? true;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;

  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.instellingen.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_INSTELLINGEN.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenOvereenkomst3JaarUitkomst === null ? 3 : geenOvereenkomst3JaarUitkomst ? 2 : 1, // geen_overeenkomst_3_jaar
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Paramedische zorg in instellingen: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisInstellingen(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_INSTELLINGEN.instellingen : null;
  const inAanmerking = overeenkomst !== null;
  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.
  const benaderd = false;
  return { inAanmerking, benaderd, overeenkomst };
}

/** Of de feiten voor Paramedische zorg in instellingen bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeInstellingen(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    (feiten.laatste_contractjaar === null || Number.isInteger(feiten.laatste_contractjaar)) &&
    !("laatste_contractjaar" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Paramedische zorg in instellingen, met volledige toelichting. */
export function beoordeelInstellingen(feiten) {
  if (!feitenInOrdeInstellingen(feiten))
    controleerFeiten(
      FEITEN_INSTELLINGEN,
      feiten,
      "Paramedische zorg in instellingen — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return instellingen(feiten);
}

/** Alleen de beslissing voor Paramedische zorg in instellingen: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitInstellingen(feiten) {
  if (!feitenInOrdeInstellingen(feiten))
    controleerFeiten(
      FEITEN_INSTELLINGEN,
      feiten,
      "Paramedische zorg in instellingen — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisInstellingen(feiten);
}

/** Evalueert alle regels voor Paramedische zorg in ziekenhuizen, beslist en licht de beslissing toe. */
function ziekenhuizen(feiten) {
  // 3.1 randvoorwaarde richtlijnen (verklaring)
  // Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de…
  const richtlijnen = feiten.richtlijnen;
  // 3.1 randvoorwaarde declaraties_vecozo
  // Declaraties worden digitaal aangeleverd via VECOZO via de geldende Vektis standaard;
  const declaratiesVecozo = feiten.declaraties_digitaal_via_vecozo;
  // 3.1 randvoorwaarde kwaliteitsregister
  // Registratie in het: - Kwaliteitsregister Paramedici; - Individueel Register Fysiotherapie…
  const kwaliteitsregister = aantal(feiten.kwaliteitsregisters) >= 1;
  // 3.1 randvoorwaarde verbijzonderde_zorg_register
  // Registratie in de betreffende (deel-)registers van de brancheverenigingen voor het verlenen…
  const verbijzonderdeZorgRegisterVanToepassing = feiten.levert_verbijzonderde_zorg;
  const verbijzonderdeZorgRegister = feiten.verbijzonderde_zorg_geregistreerd;
  // 3.1 randvoorwaarde bereikbaarheid
  // De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar. Binnen vijf…
  const bereikbaarheid =
    feiten.telefonisch_bereikbaar_werkdagen && feiten.werkdagen_tot_eerste_afspraak <= 5;
  // 3.1 randvoorwaarde digitalisering_zn (verklaring)
  // De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot…
  const digitaliseringZn = feiten.digitalisering_zn;
  // 3.1 randvoorwaarde digitale_zorg
  // De zorgaanbieder maakt gebruik van digitale zorg teneinde één of meer van de volgende doelen…
  const digitaleZorg = aantal(feiten.doelen_digitale_zorg) >= 1;
  // 4 uitsluiting vermoeden_van_fraude
  // Indien er twijfel bestaat over de integriteit van de zorgverlening van de zorgaanbieder op…
  const vermoedenVanFraude = feiten.vermoeden_fraude;

  const voldoetAanVoorwaarden =
    richtlijnen &&
    declaratiesVecozo &&
    kwaliteitsregister &&
    (!verbijzonderdeZorgRegisterVanToepassing || verbijzonderdeZorgRegister) &&
    bereikbaarheid &&
    digitaliseringZn &&
    digitaleZorg;
  const uitgesloten = vermoedenVanFraude;
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_ZIEKENHUIZEN.ziekenhuizen : null;
  const inAanmerking = overeenkomst !== null;

  // 4 benaderingsvoorwaarde vecozo_certificaten
  // en VECOZO-certificaten via VECOZO.
  const vecozoCertificaten = feiten.vecozo_certificaten;
  // 4 benaderingsuitsluiting geen_contractaanbod_gewenst
  // Zorgaanbieders die hebben aangegeven geen contractaanbod te willen ontvangen.
  const geenContractaanbodGewenst = feiten.wil_geen_contractaanbod;
  // 4 benaderingsvoorwaarde contractaanbod_ziekenhuizen
  // Alle ziekenhuizen die geen doorlopend contract in 2026 hebben, ontvangen van ons een nieuw…
  const contractaanbodZiekenhuizen = !feiten.vermoeden_fraude;

  const benaderd = vecozoCertificaten && contractaanbodZiekenhuizen && !geenContractaanbodGewenst;
  const besluit = { inAanmerking, benaderd, overeenkomst };

  // 4 datumregel ingangsdatum
  // Wij sluiten geen zorgovereenkomsten met terugwerkende kracht. Contractaanbiedingen na 1…
  const ingangsdatum = als(
    lt(feiten.aanvraagdatum, "2026-01-01"),
    "2026-01-01",
    eersteVanVolgendeMaand(feiten.aanvraagdatum),
  );

  // De uitkomst van elke regel (in de volgorde van ZORGSOORTEN.ziekenhuizen.regels) als code:
  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.
  return UITLEG_ZIEKENHUIZEN.verklaar(
    besluit,
    [
      richtlijnen ? 2 : 1, // richtlijnen
      declaratiesVecozo ? 2 : 1, // declaraties_vecozo
      kwaliteitsregister ? 2 : 1, // kwaliteitsregister
      verbijzonderdeZorgRegisterVanToepassing ? (verbijzonderdeZorgRegister ? 2 : 1) : 0, // verbijzonderde_zorg_register
      bereikbaarheid ? 2 : 1, // bereikbaarheid
      digitaliseringZn ? 2 : 1, // digitalisering_zn
      digitaleZorg ? 2 : 1, // digitale_zorg
      vecozoCertificaten ? 2 : 1, // vecozo_certificaten
      geenContractaanbodGewenst ? 2 : 1, // geen_contractaanbod_gewenst
      contractaanbodZiekenhuizen ? 2 : 1, // contractaanbod_ziekenhuizen
      vermoedenVanFraude ? 2 : 1, // vermoeden_van_fraude
    ],
    { ingangsdatum: ingangsdatum },
    feiten,
  );
}

/** Alleen de beslissing voor Paramedische zorg in ziekenhuizen: elke regel wordt pas berekend als de beslissing hem nodig heeft. */
function beslisZiekenhuizen(feiten) {
  const voldoetAanVoorwaarden =
    feiten.richtlijnen && // 3.1 richtlijnen
    feiten.declaraties_digitaal_via_vecozo && // 3.1 declaraties_vecozo
    aantal(feiten.kwaliteitsregisters) >= 1 && // 3.1 kwaliteitsregister
    (!feiten.levert_verbijzonderde_zorg || feiten.verbijzonderde_zorg_geregistreerd) && // 3.1 verbijzonderde_zorg_register
    feiten.telefonisch_bereikbaar_werkdagen &&
    feiten.werkdagen_tot_eerste_afspraak <= 5 && // 3.1 bereikbaarheid
    feiten.digitalisering_zn && // 3.1 digitalisering_zn
    aantal(feiten.doelen_digitale_zorg) >= 1; // 3.1 digitale_zorg
  const uitgesloten = feiten.vermoeden_fraude; // 4 vermoeden_van_fraude
  const overeenkomst =
    voldoetAanVoorwaarden && !uitgesloten ? OVEREENKOMSTEN_ZIEKENHUIZEN.ziekenhuizen : null;
  const inAanmerking = overeenkomst !== null;
  const benaderd =
    feiten.vecozo_certificaten && // 4 vecozo_certificaten
    !feiten.vermoeden_fraude && // 4 contractaanbod_ziekenhuizen
    !feiten.wil_geen_contractaanbod; // 4 geen_contractaanbod_gewenst
  return { inAanmerking, benaderd, overeenkomst };
}

/** Of de feiten voor Paramedische zorg in ziekenhuizen bruikbaar zijn (zo niet, dan zegt `controleerFeiten` waarom). */
function feitenInOrdeZiekenhuizen(feiten) {
  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;
  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.
  const prototype = prototypeVan(feiten);
  return (
    typeof feiten.declaraties_digitaal_via_vecozo === "boolean" &&
    !("declaraties_digitaal_via_vecozo" in prototype) &&
    isDeelverzameling(feiten.kwaliteitsregisters, KWALITEITSREGISTERS_WAARDEN) &&
    !("kwaliteitsregisters" in prototype) &&
    typeof feiten.levert_verbijzonderde_zorg === "boolean" &&
    !("levert_verbijzonderde_zorg" in prototype) &&
    typeof feiten.verbijzonderde_zorg_geregistreerd === "boolean" &&
    !("verbijzonderde_zorg_geregistreerd" in prototype) &&
    typeof feiten.telefonisch_bereikbaar_werkdagen === "boolean" &&
    !("telefonisch_bereikbaar_werkdagen" in prototype) &&
    Number.isInteger(feiten.werkdagen_tot_eerste_afspraak) &&
    feiten.werkdagen_tot_eerste_afspraak >= 0 &&
    !("werkdagen_tot_eerste_afspraak" in prototype) &&
    isDeelverzameling(feiten.doelen_digitale_zorg, DOELEN_DIGITALE_ZORG_WAARDEN) &&
    !("doelen_digitale_zorg" in prototype) &&
    typeof feiten.vecozo_certificaten === "boolean" &&
    !("vecozo_certificaten" in prototype) &&
    typeof feiten.wil_geen_contractaanbod === "boolean" &&
    !("wil_geen_contractaanbod" in prototype) &&
    typeof feiten.vermoeden_fraude === "boolean" &&
    !("vermoeden_fraude" in prototype) &&
    (feiten.aanvraagdatum === null || isIsoDate(feiten.aanvraagdatum)) &&
    !("aanvraagdatum" in prototype) &&
    typeof feiten.richtlijnen === "boolean" &&
    !("richtlijnen" in prototype) &&
    typeof feiten.digitalisering_zn === "boolean" &&
    !("digitalisering_zn" in prototype)
  );
}

/** Beoordeelt een zorgaanbieder voor Paramedische zorg in ziekenhuizen, met volledige toelichting. */
export function beoordeelZiekenhuizen(feiten) {
  if (!feitenInOrdeZiekenhuizen(feiten))
    controleerFeiten(
      FEITEN_ZIEKENHUIZEN,
      feiten,
      "Paramedische zorg in ziekenhuizen — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return ziekenhuizen(feiten);
}

/** Alleen de beslissing voor Paramedische zorg in ziekenhuizen: in aanmerking, benaderd en zorgovereenkomst. */
export function besluitZiekenhuizen(feiten) {
  if (!feitenInOrdeZiekenhuizen(feiten))
    controleerFeiten(
      FEITEN_ZIEKENHUIZEN,
      feiten,
      "Paramedische zorg in ziekenhuizen — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
    );
  return beslisZiekenhuizen(feiten);
}

const BEOORDELAARS = /* @__PURE__ */ Object.freeze({
  fysiotherapie: beoordeelFysiotherapie,
  oefentherapie: beoordeelOefentherapie,
  logopedie: beoordeelLogopedie,
  dietetiek: beoordeelDietetiek,
  ergotherapie: beoordeelErgotherapie,
  huidtherapie: beoordeelHuidtherapie,
  preventieve_voetzorg: beoordeelPreventieveVoetzorg,
  gli: beoordeelGli,
  valpreventie: beoordeelValpreventie,
  instellingen: beoordeelInstellingen,
  ziekenhuizen: beoordeelZiekenhuizen,
});
const BESLUITERS = /* @__PURE__ */ Object.freeze({
  fysiotherapie: besluitFysiotherapie,
  oefentherapie: besluitOefentherapie,
  logopedie: besluitLogopedie,
  dietetiek: besluitDietetiek,
  ergotherapie: besluitErgotherapie,
  huidtherapie: besluitHuidtherapie,
  preventieve_voetzorg: besluitPreventieveVoetzorg,
  gli: besluitGli,
  valpreventie: besluitValpreventie,
  instellingen: besluitInstellingen,
  ziekenhuizen: besluitZiekenhuizen,
});

/** Beoordeelt een zorgaanbieder voor de gegeven zorgsoort, met volledige toelichting. */
export function beoordeel(zorgsoort, feiten) {
  return kiesZorgsoort(BEOORDELAARS, zorgsoort)(feiten);
}

/** Alleen de beslissing (in aanmerking, benaderd, zorgovereenkomst), zonder toelichting. */
export function besluit(zorgsoort, feiten) {
  return kiesZorgsoort(BESLUITERS, zorgsoort)(feiten);
}

/** Per zorgsoort `beoordeel`, `besluit` en (bij selectieve inkoop) `nietIngekocht` zonder de controle van de feiten, voor bulkverwerking van feiten die al zijn gecontroleerd (bijvoorbeeld met het JSON Schema van de feiten). Met ongeldige feiten geeft dit een verkeerde beslissing in plaats van een FeitenFout: gebruik het alleen na een eigen controle. */
export const ZONDER_CONTROLE = /* @__PURE__ */ Object.freeze({
  fysiotherapie: /* @__PURE__ */ Object.freeze({
    beoordeel: fysiotherapie,
    besluit: beslisFysiotherapie,
    nietIngekocht: selectiefFysiotherapie,
  }),
  oefentherapie: /* @__PURE__ */ Object.freeze({
    beoordeel: oefentherapie,
    besluit: beslisOefentherapie,
    nietIngekocht: selectiefOefentherapie,
  }),
  logopedie: /* @__PURE__ */ Object.freeze({
    beoordeel: logopedie,
    besluit: beslisLogopedie,
    nietIngekocht: selectiefLogopedie,
  }),
  dietetiek: /* @__PURE__ */ Object.freeze({
    beoordeel: dietetiek,
    besluit: beslisDietetiek,
    nietIngekocht: selectiefDietetiek,
  }),
  ergotherapie: /* @__PURE__ */ Object.freeze({
    beoordeel: ergotherapie,
    besluit: beslisErgotherapie,
    nietIngekocht: selectiefErgotherapie,
  }),
  huidtherapie: /* @__PURE__ */ Object.freeze({
    beoordeel: huidtherapie,
    besluit: beslisHuidtherapie,
  }),
  preventieve_voetzorg: /* @__PURE__ */ Object.freeze({
    beoordeel: preventieveVoetzorg,
    besluit: beslisPreventieveVoetzorg,
  }),
  gli: /* @__PURE__ */ Object.freeze({ beoordeel: gli, besluit: beslisGli }),
  valpreventie: /* @__PURE__ */ Object.freeze({
    beoordeel: valpreventie,
    besluit: beslisValpreventie,
  }),
  instellingen: /* @__PURE__ */ Object.freeze({
    beoordeel: instellingen,
    besluit: beslisInstellingen,
  }),
  ziekenhuizen: /* @__PURE__ */ Object.freeze({
    beoordeel: ziekenhuizen,
    besluit: beslisZiekenhuizen,
  }),
});
