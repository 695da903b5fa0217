// Gegenereerd door beleid uit policies/paramedische-zorg/2026-07.policy. Niet met de hand wijzigen.

import type {
  BeleidBeschrijving,
  Beslissing,
  Besluit,
  Datum,
  FeitBeschrijving,
  FeitenFoutGegevens,
  FeitProbleem,
  Hoofdstuk,
  Ontbrekend,
  OvereenkomstBeschrijving,
  ProbleemSoort,
  RegelBeschrijving,
  Regeluitkomst,
  Uitkomst,
  ZorgsoortBeschrijving,
} from "../../runtime/index.js";
export { FeitenFout } from "../../runtime/index.js";

// Ook de typen van de runtime zijn uit deze module te importeren.
export type {
  BeleidBeschrijving,
  Beslissing,
  Besluit,
  Datum,
  FeitBeschrijving,
  FeitenFoutGegevens,
  FeitProbleem,
  Hoofdstuk,
  Ontbrekend,
  OvereenkomstBeschrijving,
  ProbleemSoort,
  RegelBeschrijving,
  Regeluitkomst,
  Uitkomst,
  ZorgsoortBeschrijving,
};

/** Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025). */
export declare const beleid: BeleidBeschrijving;
export declare const HOOFDSTUKKEN: {
  readonly caresq: Hoofdstuk;
  readonly themas: Hoofdstuk;
  readonly themas_iza: Hoofdstuk;
  readonly visie_eerstelijn: Hoofdstuk;
  readonly specifiek: Hoofdstuk;
  readonly voorwaarden: Hoofdstuk;
  readonly basis: Hoofdstuk;
  readonly gedifferentieerd: Hoofdstuk;
  readonly selectief: Hoofdstuk;
  readonly procedure: Hoofdstuk;
  readonly planning: Hoofdstuk;
};
export declare const FEITEN: {
  readonly behandelindex: FeitBeschrijving & { readonly type: "getal" };
  readonly uitzondering_behandelindex: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly declaraties_digitaal_via_vecozo: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly kwaliteitsregisters: FeitBeschrijving & {
    readonly type: "verzameling";
    readonly waarden: readonly (
      | "Kwaliteitsregister Paramedici"
      | "Individueel Register Fysiotherapie (IRF) van het KNGF"
      | "Kwaliteitsregister van SKF (oude regeling)"
      | "Keurmerk Fysiotherapie Individueel Register (KFIR)"
    )[];
  };
  readonly levert_verbijzonderde_zorg: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly verbijzonderde_zorg_geregistreerd: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly prem_extern_meetbureau: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly telefonisch_bereikbaar_werkdagen: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly werkdagen_tot_eerste_afspraak: FeitBeschrijving & { readonly type: "getal" };
  readonly doelen_digitale_zorg: FeitBeschrijving & {
    readonly type: "verzameling";
    readonly waarden: readonly (
      | "vergroten van het arbeidspotentieel"
      | "besparen van kosten"
      | "verbeteren van de toegankelijkheid"
      | "verbeteren van de kwaliteit van zorg"
    )[];
  };
  readonly levert_langdurige_zorg_ra: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly aantekening_ra: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly podotherapeut_kwaliteitsregister: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly werkt_met_pedicures: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly pedicures_geregistreerd: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly gli_interventie: FeitBeschrijving & {
    readonly type: "keuze";
    readonly waarden: readonly (
      | "CooL"
      | "SLIMMER"
      | "BeweegKuur"
      | "Samen Sportief in Beweging"
      | "X-fitt"
      | "Keer diabetes 2 om regulier"
      | "Keer diabetes 2 om online"
      | "een andere interventie"
    )[];
  };
  readonly gli_uitgevoerd_door: FeitBeschrijving & {
    readonly type: "verzameling";
    readonly waarden: readonly (
      "fysiotherapeut" | "oefentherapeut" | "diëtist" | "leefstijlcoach" | "een ander beroep"
    )[];
  };
  readonly gli_aantekening_leefstijlcoaching: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly leefstijlcoach_in_kabiz: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly gli_licentieovereenkomst: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly gli_startinstructie_gevolgd: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly valpreventie_keten_geregeld: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly valpreventie_interventie: FeitBeschrijving & {
    readonly type: "keuze";
    readonly waarden: readonly (
      "Otago individueel" | "Otago groep" | "In Balans" | "een andere interventie"
    )[];
  };
  readonly valpreventie_uitvoerder: FeitBeschrijving & {
    readonly type: "keuze";
    readonly waarden: readonly ("fysiotherapeut" | "oefentherapeut" | "een ander beroep")[];
  };
  readonly fysiotherapeuten: FeitBeschrijving & { readonly type: "getal" };
  readonly fysiotherapeuten_verbijzonderd: FeitBeschrijving & {
    readonly type: "getal";
    readonly nietGroterDan: "fysiotherapeuten";
  };
  readonly minste_uren_verbijzonderd: FeitBeschrijving & { readonly type: "getal" };
  readonly kngf_basisregister: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly skf_keurmerk: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly datum_gecorrigeerd_bewijsstuk: FeitBeschrijving & { readonly type: "datum" };
  readonly prem_aangewezen_meetbureau: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly audit_top_oefentherapie: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly kwaliteitscyclus_logopedie: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly levert_parkinsonzorg: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly aangesloten_parkinsonnet: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly levert_looptraining_claudicatio: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly aangesloten_chronisch_zorgnet: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly agb_soort_onderneming: FeitBeschrijving & { readonly type: "tekst" };
  readonly verbonden_beroepen: FeitBeschrijving & {
    readonly type: "verzameling";
    readonly waarden: readonly (
      | "Fysiotherapeut"
      | "Oefentherapeut"
      | "Logopedist"
      | "Huidtherapeut"
      | "Diëtist"
      | "Ergotherapeut"
      | "Leefstijlcoach"
      | "Podotherapeut"
    )[];
  };
  readonly vecozo_certificaten: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly datum_vragenlijst_bevestigd: FeitBeschrijving & { readonly type: "datum" };
  readonly laatste_contractjaar: FeitBeschrijving & { readonly type: "getal" };
  readonly wil_geen_contractaanbod: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly vermoeden_fraude: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly aanvraagdatum: FeitBeschrijving & { readonly type: "datum" };
  readonly richtlijnen: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly digitalisering_zn: FeitBeschrijving & { readonly type: "ja/nee" };
  readonly zorgmodule_voetulcera: FeitBeschrijving & { readonly type: "ja/nee" };
};
export declare const REGELS: {
  readonly behandelindex_hoger_dan_150: RegelBeschrijving & {
    readonly id: "behandelindex_hoger_dan_150";
    readonly soort: "uitsluiting";
  };
  readonly richtlijnen: RegelBeschrijving & {
    readonly id: "richtlijnen";
    readonly soort: "randvoorwaarde";
  };
  readonly declaraties_vecozo: RegelBeschrijving & {
    readonly id: "declaraties_vecozo";
    readonly soort: "randvoorwaarde";
  };
  readonly kwaliteitsregister: RegelBeschrijving & {
    readonly id: "kwaliteitsregister";
    readonly soort: "randvoorwaarde";
  };
  readonly verbijzonderde_zorg_register: RegelBeschrijving & {
    readonly id: "verbijzonderde_zorg_register";
    readonly soort: "randvoorwaarde";
  };
  readonly prem_fysiotherapie: RegelBeschrijving & {
    readonly id: "prem_fysiotherapie";
    readonly soort: "randvoorwaarde";
  };
  readonly bereikbaarheid: RegelBeschrijving & {
    readonly id: "bereikbaarheid";
    readonly soort: "randvoorwaarde";
  };
  readonly digitalisering_zn: RegelBeschrijving & {
    readonly id: "digitalisering_zn";
    readonly soort: "randvoorwaarde";
  };
  readonly digitale_zorg: RegelBeschrijving & {
    readonly id: "digitale_zorg";
    readonly soort: "randvoorwaarde";
  };
  readonly aantekening_ra_verplicht: RegelBeschrijving & {
    readonly id: "aantekening_ra_verplicht";
    readonly soort: "selectieve_inkoop";
    readonly deelzorg: string;
  };
  readonly zorgmodule_voetulcera: RegelBeschrijving & {
    readonly id: "zorgmodule_voetulcera";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly podotherapeut_geregistreerd: RegelBeschrijving & {
    readonly id: "podotherapeut_geregistreerd";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly pedicure_geregistreerd: RegelBeschrijving & {
    readonly id: "pedicure_geregistreerd";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly gli_erkende_interventie: RegelBeschrijving & {
    readonly id: "gli_erkende_interventie";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly gli_beroepen: RegelBeschrijving & {
    readonly id: "gli_beroepen";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly gli_aantekening: RegelBeschrijving & {
    readonly id: "gli_aantekening";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly gli_kabiz: RegelBeschrijving & {
    readonly id: "gli_kabiz";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly gli_licentie: RegelBeschrijving & {
    readonly id: "gli_licentie";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly gli_startinstructie: RegelBeschrijving & {
    readonly id: "gli_startinstructie";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly valpreventie_keten: RegelBeschrijving & {
    readonly id: "valpreventie_keten";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly valpreventie_inkoop_regio: RegelBeschrijving & {
    readonly id: "valpreventie_inkoop_regio";
    readonly soort: "benaderingsvoorwaarde";
  };
  readonly valpreventie_interventies: RegelBeschrijving & {
    readonly id: "valpreventie_interventies";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly valpreventie_uitvoering: RegelBeschrijving & {
    readonly id: "valpreventie_uitvoering";
    readonly soort: "aanvullende_voorwaarde";
  };
  readonly verbijzonderde_fysiotherapie: RegelBeschrijving & {
    readonly id: "verbijzonderde_fysiotherapie";
    readonly soort: "differentiatiefactor";
  };
  readonly kngf_praktijkregistratie: RegelBeschrijving & {
    readonly id: "kngf_praktijkregistratie";
    readonly soort: "differentiatiefactor";
  };
  readonly skf_praktijkregistratie: RegelBeschrijving & {
    readonly id: "skf_praktijkregistratie";
    readonly soort: "differentiatiefactor";
  };
  readonly prem_meetbureau: RegelBeschrijving & {
    readonly id: "prem_meetbureau";
    readonly soort: "differentiatiefactor";
  };
  readonly audit_top: RegelBeschrijving & {
    readonly id: "audit_top";
    readonly soort: "differentiatiefactor";
  };
  readonly kwaliteitscyclus: RegelBeschrijving & {
    readonly id: "kwaliteitscyclus";
    readonly soort: "differentiatiefactor";
  };
  readonly parkinsonnet: RegelBeschrijving & {
    readonly id: "parkinsonnet";
    readonly soort: "selectieve_inkoop";
    readonly deelzorg: string;
  };
  readonly claudicatio_intermittens: RegelBeschrijving & {
    readonly id: "claudicatio_intermittens";
    readonly soort: "selectieve_inkoop";
    readonly deelzorg: string;
  };
  readonly benaderen_praktijken: RegelBeschrijving & {
    readonly id: "benaderen_praktijken";
    readonly soort: "benaderingsvoorwaarde";
  };
  readonly vektis_registratie: RegelBeschrijving & {
    readonly id: "vektis_registratie";
    readonly soort: "benaderingsvoorwaarde";
  };
  readonly vecozo_certificaten: RegelBeschrijving & {
    readonly id: "vecozo_certificaten";
    readonly soort: "benaderingsvoorwaarde";
  };
  readonly geen_overeenkomst_3_jaar: RegelBeschrijving & {
    readonly id: "geen_overeenkomst_3_jaar";
    readonly soort: "benaderingsuitsluiting";
  };
  readonly geen_contractaanbod_gewenst: RegelBeschrijving & {
    readonly id: "geen_contractaanbod_gewenst";
    readonly soort: "benaderingsuitsluiting";
  };
  readonly behandelindex_niet_benaderd: RegelBeschrijving & {
    readonly id: "behandelindex_niet_benaderd";
    readonly soort: "benaderingsuitsluiting";
  };
  readonly vragenlijst_fysiotherapie: RegelBeschrijving & {
    readonly id: "vragenlijst_fysiotherapie";
    readonly soort: "benaderingsvoorwaarde";
  };
  readonly vragenlijst_positief_beoordeeld: RegelBeschrijving & {
    readonly id: "vragenlijst_positief_beoordeeld";
    readonly soort: "benaderingsvoorwaarde";
  };
  readonly contractaanbod_ziekenhuizen: RegelBeschrijving & {
    readonly id: "contractaanbod_ziekenhuizen";
    readonly soort: "benaderingsvoorwaarde";
  };
  readonly vermoeden_van_fraude: RegelBeschrijving & {
    readonly id: "vermoeden_van_fraude";
    readonly soort: "uitsluiting";
  };
};
export declare const ZORGSOORTEN: {
  readonly fysiotherapie: ZorgsoortFysiotherapie;
  readonly oefentherapie: ZorgsoortOefentherapie;
  readonly logopedie: ZorgsoortLogopedie;
  readonly dietetiek: ZorgsoortDietetiek;
  readonly ergotherapie: ZorgsoortErgotherapie;
  readonly huidtherapie: ZorgsoortHuidtherapie;
  readonly preventieve_voetzorg: ZorgsoortPreventieveVoetzorg;
  readonly gli: ZorgsoortGli;
  readonly valpreventie: ZorgsoortValpreventie;
  readonly instellingen: ZorgsoortInstellingen;
  readonly ziekenhuizen: ZorgsoortZiekenhuizen;
};

/** De zorgsoorten van dit beleid. */
export type Zorgsoort =
  | "fysiotherapie"
  | "oefentherapie"
  | "logopedie"
  | "dietetiek"
  | "ergotherapie"
  | "huidtherapie"
  | "preventieve_voetzorg"
  | "gli"
  | "valpreventie"
  | "instellingen"
  | "ziekenhuizen";

/** Alle feiten van dit beleid. Een feit dat onbekend mag zijn, is `null` als het onbekend is. */
export interface Feiten {
  /**
   * De landelijke behandelindex fysiotherapie van de praktijk, zoals Vektis die publiceert.
   * Peiljaar: 2024 (contractjaar -2).
   * `null` als dit onbekend is: Een nieuwe praktijk heeft nog geen landelijke behandelindex.
   */
  readonly behandelindex: number | null;
  /**
   * Caresq heeft op zorginhoudelijke gronden een uitzondering op de grens van de behandelindex toegekend.
   */
  readonly uitzondering_behandelindex: boolean;
  /**
   * De zorgaanbieder levert declaraties digitaal aan via VECOZO volgens de geldende Vektis-standaard.
   */
  readonly declaraties_digitaal_via_vecozo: boolean;
  /**
   * De kwaliteitsregisters waarin de zorgverleners van de praktijk geregistreerd staan.
   */
  readonly kwaliteitsregisters: readonly (
    | "Kwaliteitsregister Paramedici"
    | "Individueel Register Fysiotherapie (IRF) van het KNGF"
    | "Kwaliteitsregister van SKF (oude regeling)"
    | "Keurmerk Fysiotherapie Individueel Register (KFIR)"
  )[];
  /**
   * De praktijk verleent verbijzonderde zorg.
   */
  readonly levert_verbijzonderde_zorg: boolean;
  /**
   * De zorgverleners die verbijzonderde zorg verlenen, staan geregistreerd in de betreffende (deel-)registers van de brancheverenigingen.
   */
  readonly verbijzonderde_zorg_geregistreerd: boolean;
  /**
   * De praktijk vraagt structureel de PREM uit via een extern meetbureau.
   */
  readonly prem_extern_meetbureau: boolean;
  /**
   * De praktijk is op werkdagen van 09.00 uur tot 17.00 uur telefonisch bereikbaar.
   */
  readonly telefonisch_bereikbaar_werkdagen: boolean;
  /**
   * Het aantal werkdagen waarbinnen de verzekerde weet wanneer de behandeling start en de eerste afspraak is ingepland.
   * Eenheid: werkdagen.
   */
  readonly werkdagen_tot_eerste_afspraak: number;
  /**
   * De doelen waarvoor de zorgaanbieder digitale zorg inzet.
   */
  readonly doelen_digitale_zorg: readonly (
    | "vergroten van het arbeidspotentieel"
    | "besparen van kosten"
    | "verbeteren van de toegankelijkheid"
    | "verbeteren van de kwaliteit van zorg"
  )[];
  /**
   * De praktijk levert langdurige fysiotherapie bij reumatoïde artritis (RA).
   */
  readonly levert_langdurige_zorg_ra: boolean;
  /**
   * De fysiotherapeuten die deze zorg leveren, hebben de aantekening ‘Ernstige functionele beperkingen bij Reumatoïde Artritis’ van het KNGF.
   */
  readonly aantekening_ra: boolean;
  /**
   * De podotherapeut staat kwaliteitsgeregistreerd in het Kwaliteitsregister Paramedici.
   */
  readonly podotherapeut_kwaliteitsregister: boolean;
  /**
   * Er werken pedicures bij of voor de zorgaanbieder.
   */
  readonly werkt_met_pedicures: boolean;
  /**
   * Elke pedicure die bij of voor de zorgaanbieder werkt, staat geregistreerd in het Kwaliteitsregister voor Pedicures (als medisch pedicure of met specialisatie ‘Voetverzorging bij diabetes’ of ‘Voetverzorging bij reuma’), in het KMV van het NMMV of in het RPV van Stipezo.
   */
  readonly pedicures_geregistreerd: boolean;
  /**
   * De GLI-interventie die de zorgaanbieder levert.
   */
  readonly gli_interventie:
    | "CooL"
    | "SLIMMER"
    | "BeweegKuur"
    | "Samen Sportief in Beweging"
    | "X-fitt"
    | "Keer diabetes 2 om regulier"
    | "Keer diabetes 2 om online"
    | "een andere interventie";
  /**
   * De beroepen van de zorgverleners die de GLI uitvoeren.
   */
  readonly gli_uitgevoerd_door: readonly (
    "fysiotherapeut" | "oefentherapeut" | "diëtist" | "leefstijlcoach" | "een ander beroep"
  )[];
  /**
   * De fysiotherapeut, oefentherapeut of diëtist heeft een aantekening ‘leefstijlcoaching’ in het kwaliteitsregister van de beroepsgroep.
   */
  readonly gli_aantekening_leefstijlcoaching: boolean;
  /**
   * De leefstijlcoach is opgenomen in het kwaliteitsregister van KABIZ.
   */
  readonly leefstijlcoach_in_kabiz: boolean;
  /**
   * De zorgaanbieder heeft een licentieovereenkomst met de eigenaren van de GLI-interventie.
   */
  readonly gli_licentieovereenkomst: boolean;
  /**
   * Het team dat de GLI uitvoert, heeft de startinstructie van de eigenaren van de GLI-interventie gevolgd.
   */
  readonly gli_startinstructie_gevolgd: boolean;
  /**
   * De preferente zorgverzekeraar heeft gemeld dat in de regio de keten van valrisicobeoordeling tot en met valpreventieve beweeginterventie geregeld is.
   */
  readonly valpreventie_keten_geregeld: boolean;
  /**
   * De valpreventieve beweeginterventie die de zorgaanbieder levert.
   */
  readonly valpreventie_interventie:
    "Otago individueel" | "Otago groep" | "In Balans" | "een andere interventie";
  /**
   * Het beroep van de zorgverlener die de valpreventieve beweeginterventie uitvoert.
   */
  readonly valpreventie_uitvoerder: "fysiotherapeut" | "oefentherapeut" | "een ander beroep";
  /**
   * Het totaal aantal fysiotherapeuten van de praktijk.
   */
  readonly fysiotherapeuten: number;
  /**
   * Het aantal fysiotherapeuten dat verbijzonderde fysiotherapie aanbiedt met een erkende verbijzondering en daarvoor in Vektis geregistreerd staat.
   * Niet groter dan `fysiotherapeuten` (als beide bekend zijn).
   */
  readonly fysiotherapeuten_verbijzonderd: number;
  /**
   * Het laagste aantal uren per week dat een van de fysiotherapeuten met verbijzonderde fysiotherapie voor de praktijk werkt.
   * Eenheid: uur per week.
   * `null` als dit onbekend is: Een praktijk zonder fysiotherapeuten met verbijzonderde fysiotherapie heeft geen laagste aantal uren.
   */
  readonly minste_uren_verbijzonderd: number | null;
  /**
   * De praktijk heeft een praktijkregistratie in het Basisregister binnen het Kwaliteitshuis Fysiotherapie van het KNGF.
   */
  readonly kngf_basisregister: boolean;
  /**
   * De praktijk heeft een praktijkregistratie in het kwaliteitsregister van SKF (label Keurmerk).
   */
  readonly skf_keurmerk: boolean;
  /**
   * De datum waarop de zorgaanbieder een gecorrigeerd bewijsstuk van de praktijkregistratie heeft aangeleverd.
   * Een datum als jjjj-mm-dd.
   * `null` als dit onbekend is: Alleen bekend als de zorgaanbieder een gecorrigeerd bewijsstuk heeft ingestuurd.
   */
  readonly datum_gecorrigeerd_bewijsstuk: Datum | null;
  /**
   * De praktijk vraagt structureel de PREM uit via een door Caresq aangewezen meetbureau.
   */
  readonly prem_aangewezen_meetbureau: boolean;
  /**
   * De praktijk heeft de audit TOP – oefentherapie doorlopen en staat in het praktijkkwaliteitsregister van de VvOCM.
   */
  readonly audit_top_oefentherapie: boolean;
  /**
   * De praktijk beschikt over een geldig certificaat van de Kwaliteitscyclus Logopedie.
   */
  readonly kwaliteitscyclus_logopedie: boolean;
  /**
   * De praktijk levert paramedische zorg bij de ziekte van Parkinson.
   */
  readonly levert_parkinsonzorg: boolean;
  /**
   * De praktijk is aangesloten bij ParkinsonNet.
   */
  readonly aangesloten_parkinsonnet: boolean;
  /**
   * De praktijk levert gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens.
   */
  readonly levert_looptraining_claudicatio: boolean;
  /**
   * De praktijk is aangesloten bij Chronisch ZorgNet.
   */
  readonly aangesloten_chronisch_zorgnet: boolean;
  /**
   * De zorgverlenerssoort (de eerste twee cijfers) van de AGB-code van de onderneming of vestiging, bijvoorbeeld 04.
   */
  readonly agb_soort_onderneming: string;
  /**
   * De beroepen van de zorgverleners die aan de onderneming of vestiging zijn verbonden.
   */
  readonly verbonden_beroepen: readonly (
    | "Fysiotherapeut"
    | "Oefentherapeut"
    | "Logopedist"
    | "Huidtherapeut"
    | "Diëtist"
    | "Ergotherapeut"
    | "Leefstijlcoach"
    | "Podotherapeut"
  )[];
  /**
   * De praktijk beschikt over de juiste VECOZO-certificaten.
   */
  readonly vecozo_certificaten: boolean;
  /**
   * De datum waarop de praktijk de vragenlijst fysiotherapie in het Zorginkoopportaal van VECOZO heeft ingevuld en bevestigd.
   * Een datum als jjjj-mm-dd.
   * `null` als dit onbekend is: De praktijk heeft de vragenlijst (nog) niet ingevuld en bevestigd.
   */
  readonly datum_vragenlijst_bevestigd: Datum | null;
  /**
   * Het laatste jaar waarvoor de zorgaanbieder een zorgovereenkomst met Caresq had.
   * `null` als dit onbekend is: De zorgaanbieder heeft nog nooit een zorgovereenkomst met Caresq gesloten.
   */
  readonly laatste_contractjaar: number | null;
  /**
   * De zorgaanbieder heeft aangegeven geen contractaanbod te willen ontvangen.
   */
  readonly wil_geen_contractaanbod: boolean;
  /**
   * Er bestaat op basis van een vermoeden van fraude twijfel over de integriteit van de zorgverlening van de zorgaanbieder.
   */
  readonly vermoeden_fraude: boolean;
  /**
   * De datum waarop de zorgaanbieder zelf een zorgovereenkomst heeft aangevraagd.
   * Een datum als jjjj-mm-dd.
   * `null` als dit onbekend is: Alleen bekend als de zorgaanbieder zelf een zorgovereenkomst aanvraagt.
   */
  readonly aanvraagdatum: Datum | null;
  /**
   * Handelen volgens de richtlijnen, beroepsstandaarden en protocollen die gelden binnen de beroepsgroep;
   * Verklaring van de zorgaanbieder bij regel ‘richtlijnen’.
   */
  readonly richtlijnen: boolean;
  /**
   * De zorgaanbieder spant zich in om de algemene ZN doelstellingen met betrekking tot digitalisering te behalen;
   * Verklaring van de zorgaanbieder bij regel ‘digitalisering_zn’.
   */
  readonly digitalisering_zn: boolean;
  /**
   * De zorg wordt geleverd volgens de Zorgmodule Preventie Voetulcera;
   * Verklaring van de zorgaanbieder bij regel ‘zorgmodule_voetulcera’.
   */
  readonly zorgmodule_voetulcera: boolean;
}

/** De sleutels van de regels die voor Fysiotherapie gelden. */
export type RegelFysiotherapie =
  | "behandelindex_hoger_dan_150"
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "prem_fysiotherapie"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "aantekening_ra_verplicht"
  | "verbijzonderde_fysiotherapie"
  | "kngf_praktijkregistratie"
  | "skf_praktijkregistratie"
  | "parkinsonnet"
  | "claudicatio_intermittens"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "behandelindex_niet_benaderd"
  | "vragenlijst_fysiotherapie"
  | "vragenlijst_positief_beoordeeld"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Fysiotherapie. */
export type OvereenkomstFysiotherapie =
  | OvereenkomstBeschrijving<"A", "Zorgovereenkomst A">
  | OvereenkomstBeschrijving<"B", "Zorgovereenkomst B">
  | OvereenkomstBeschrijving<"C", "Zorgovereenkomst C">
  | OvereenkomstBeschrijving<"D", "Zorgovereenkomst D">;
/** Fysiotherapie in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortFysiotherapie extends ZorgsoortBeschrijving {
  readonly id: "fysiotherapie";
  readonly overeenkomsten: readonly OvereenkomstFysiotherapie[];
  readonly regels: readonly RegelFysiotherapie[];
  readonly feiten: readonly (keyof FeitenFysiotherapie)[];
  readonly datums: readonly ("ingangsdatum" | "ingang_na_gecorrigeerd_bewijsstuk")[];
}
/** De feiten die de beoordeling van Fysiotherapie nodig heeft. */
export type FeitenFysiotherapie = Pick<
  Feiten,
  | "behandelindex"
  | "uitzondering_behandelindex"
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "prem_extern_meetbureau"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "levert_langdurige_zorg_ra"
  | "aantekening_ra"
  | "fysiotherapeuten"
  | "fysiotherapeuten_verbijzonderd"
  | "minste_uren_verbijzonderd"
  | "kngf_basisregister"
  | "skf_keurmerk"
  | "datum_gecorrigeerd_bewijsstuk"
  | "levert_parkinsonzorg"
  | "aangesloten_parkinsonnet"
  | "levert_looptraining_claudicatio"
  | "aangesloten_chronisch_zorgnet"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "datum_vragenlijst_bevestigd"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Fysiotherapie. */
export type BeslissingFysiotherapie = Beslissing<
  "fysiotherapie",
  "ingangsdatum" | "ingang_na_gecorrigeerd_bewijsstuk",
  OvereenkomstFysiotherapie,
  RegelFysiotherapie,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Fysiotherapie, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelFysiotherapie(
  feiten: FeitenFysiotherapie,
): BeslissingFysiotherapie;
/** Alleen de beslissing voor Fysiotherapie, zonder toelichting. */
export declare function besluitFysiotherapie(
  feiten: FeitenFysiotherapie,
): Besluit<OvereenkomstFysiotherapie>;
/** De delen van de zorg (`deelzorg`) die Caresq voor Fysiotherapie selectief inkoopt. */
export type DeelzorgFysiotherapie =
  | "langdurige fysiotherapie bij Reumatoïde Artritis"
  | "paramedische zorg bij de ziekte van Parkinson"
  | "gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens";
/** Welke zorg Caresq voor Fysiotherapie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid; een nieuwe lijst. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function nietIngekochtFysiotherapie(
  feiten: FeitenFysiotherapie,
): DeelzorgFysiotherapie[];

/** De sleutels van de regels die voor Oefentherapie gelden. */
export type RegelOefentherapie =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "prem_meetbureau"
  | "audit_top"
  | "parkinsonnet"
  | "claudicatio_intermittens"
  | "benaderen_praktijken"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Oefentherapie. */
export type OvereenkomstOefentherapie =
  | OvereenkomstBeschrijving<"A", "Zorgovereenkomst A">
  | OvereenkomstBeschrijving<"B", "Zorgovereenkomst B">
  | OvereenkomstBeschrijving<"C", "Zorgovereenkomst C">;
/** Oefentherapie in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortOefentherapie extends ZorgsoortBeschrijving {
  readonly id: "oefentherapie";
  readonly overeenkomsten: readonly OvereenkomstOefentherapie[];
  readonly regels: readonly RegelOefentherapie[];
  readonly feiten: readonly (keyof FeitenOefentherapie)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Oefentherapie nodig heeft. */
export type FeitenOefentherapie = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "prem_aangewezen_meetbureau"
  | "audit_top_oefentherapie"
  | "levert_parkinsonzorg"
  | "aangesloten_parkinsonnet"
  | "levert_looptraining_claudicatio"
  | "aangesloten_chronisch_zorgnet"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Oefentherapie. */
export type BeslissingOefentherapie = Beslissing<
  "oefentherapie",
  "ingangsdatum",
  OvereenkomstOefentherapie,
  RegelOefentherapie,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Oefentherapie, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelOefentherapie(
  feiten: FeitenOefentherapie,
): BeslissingOefentherapie;
/** Alleen de beslissing voor Oefentherapie, zonder toelichting. */
export declare function besluitOefentherapie(
  feiten: FeitenOefentherapie,
): Besluit<OvereenkomstOefentherapie>;
/** De delen van de zorg (`deelzorg`) die Caresq voor Oefentherapie selectief inkoopt. */
export type DeelzorgOefentherapie =
  | "paramedische zorg bij de ziekte van Parkinson"
  | "gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens";
/** Welke zorg Caresq voor Oefentherapie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid; een nieuwe lijst. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function nietIngekochtOefentherapie(
  feiten: FeitenOefentherapie,
): DeelzorgOefentherapie[];

/** De sleutels van de regels die voor Logopedie gelden. */
export type RegelLogopedie =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "prem_meetbureau"
  | "kwaliteitscyclus"
  | "parkinsonnet"
  | "benaderen_praktijken"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Logopedie. */
export type OvereenkomstLogopedie =
  | OvereenkomstBeschrijving<"A", "Zorgovereenkomst A">
  | OvereenkomstBeschrijving<"B", "Zorgovereenkomst B">
  | OvereenkomstBeschrijving<"C", "Zorgovereenkomst C">;
/** Logopedie in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortLogopedie extends ZorgsoortBeschrijving {
  readonly id: "logopedie";
  readonly overeenkomsten: readonly OvereenkomstLogopedie[];
  readonly regels: readonly RegelLogopedie[];
  readonly feiten: readonly (keyof FeitenLogopedie)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Logopedie nodig heeft. */
export type FeitenLogopedie = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "prem_aangewezen_meetbureau"
  | "kwaliteitscyclus_logopedie"
  | "levert_parkinsonzorg"
  | "aangesloten_parkinsonnet"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Logopedie. */
export type BeslissingLogopedie = Beslissing<
  "logopedie",
  "ingangsdatum",
  OvereenkomstLogopedie,
  RegelLogopedie,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Logopedie, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelLogopedie(feiten: FeitenLogopedie): BeslissingLogopedie;
/** Alleen de beslissing voor Logopedie, zonder toelichting. */
export declare function besluitLogopedie(feiten: FeitenLogopedie): Besluit<OvereenkomstLogopedie>;
/** De delen van de zorg (`deelzorg`) die Caresq voor Logopedie selectief inkoopt. */
export type DeelzorgLogopedie = "paramedische zorg bij de ziekte van Parkinson";
/** Welke zorg Caresq voor Logopedie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid; een nieuwe lijst. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function nietIngekochtLogopedie(feiten: FeitenLogopedie): DeelzorgLogopedie[];

/** De sleutels van de regels die voor Diëtetiek gelden. */
export type RegelDietetiek =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "parkinsonnet"
  | "benaderen_praktijken"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Diëtetiek. */
export type OvereenkomstDietetiek = OvereenkomstBeschrijving<
  "dietetiek",
  "Zorgovereenkomst Diëtetiek"
>;
/** Diëtetiek in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortDietetiek extends ZorgsoortBeschrijving {
  readonly id: "dietetiek";
  readonly overeenkomsten: readonly OvereenkomstDietetiek[];
  readonly regels: readonly RegelDietetiek[];
  readonly feiten: readonly (keyof FeitenDietetiek)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Diëtetiek nodig heeft. */
export type FeitenDietetiek = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "levert_parkinsonzorg"
  | "aangesloten_parkinsonnet"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Diëtetiek. */
export type BeslissingDietetiek = Beslissing<
  "dietetiek",
  "ingangsdatum",
  OvereenkomstDietetiek,
  RegelDietetiek,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Diëtetiek, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelDietetiek(feiten: FeitenDietetiek): BeslissingDietetiek;
/** Alleen de beslissing voor Diëtetiek, zonder toelichting. */
export declare function besluitDietetiek(feiten: FeitenDietetiek): Besluit<OvereenkomstDietetiek>;
/** De delen van de zorg (`deelzorg`) die Caresq voor Diëtetiek selectief inkoopt. */
export type DeelzorgDietetiek = "paramedische zorg bij de ziekte van Parkinson";
/** Welke zorg Caresq voor Diëtetiek niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid; een nieuwe lijst. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function nietIngekochtDietetiek(feiten: FeitenDietetiek): DeelzorgDietetiek[];

/** De sleutels van de regels die voor Ergotherapie gelden. */
export type RegelErgotherapie =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "parkinsonnet"
  | "benaderen_praktijken"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Ergotherapie. */
export type OvereenkomstErgotherapie = OvereenkomstBeschrijving<
  "ergotherapie",
  "Zorgovereenkomst Ergotherapie"
>;
/** Ergotherapie in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortErgotherapie extends ZorgsoortBeschrijving {
  readonly id: "ergotherapie";
  readonly overeenkomsten: readonly OvereenkomstErgotherapie[];
  readonly regels: readonly RegelErgotherapie[];
  readonly feiten: readonly (keyof FeitenErgotherapie)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Ergotherapie nodig heeft. */
export type FeitenErgotherapie = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "levert_parkinsonzorg"
  | "aangesloten_parkinsonnet"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Ergotherapie. */
export type BeslissingErgotherapie = Beslissing<
  "ergotherapie",
  "ingangsdatum",
  OvereenkomstErgotherapie,
  RegelErgotherapie,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Ergotherapie, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelErgotherapie(feiten: FeitenErgotherapie): BeslissingErgotherapie;
/** Alleen de beslissing voor Ergotherapie, zonder toelichting. */
export declare function besluitErgotherapie(
  feiten: FeitenErgotherapie,
): Besluit<OvereenkomstErgotherapie>;
/** De delen van de zorg (`deelzorg`) die Caresq voor Ergotherapie selectief inkoopt. */
export type DeelzorgErgotherapie = "paramedische zorg bij de ziekte van Parkinson";
/** Welke zorg Caresq voor Ergotherapie niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid; een nieuwe lijst. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function nietIngekochtErgotherapie(
  feiten: FeitenErgotherapie,
): DeelzorgErgotherapie[];

/** De sleutels van de regels die voor Huidtherapie gelden. */
export type RegelHuidtherapie =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "benaderen_praktijken"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Huidtherapie. */
export type OvereenkomstHuidtherapie = OvereenkomstBeschrijving<
  "huidtherapie",
  "Zorgovereenkomst Huidtherapie"
>;
/** Huidtherapie in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortHuidtherapie extends ZorgsoortBeschrijving {
  readonly id: "huidtherapie";
  readonly overeenkomsten: readonly OvereenkomstHuidtherapie[];
  readonly regels: readonly RegelHuidtherapie[];
  readonly feiten: readonly (keyof FeitenHuidtherapie)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Huidtherapie nodig heeft. */
export type FeitenHuidtherapie = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Huidtherapie. */
export type BeslissingHuidtherapie = Beslissing<
  "huidtherapie",
  "ingangsdatum",
  OvereenkomstHuidtherapie,
  RegelHuidtherapie,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Huidtherapie, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelHuidtherapie(feiten: FeitenHuidtherapie): BeslissingHuidtherapie;
/** Alleen de beslissing voor Huidtherapie, zonder toelichting. */
export declare function besluitHuidtherapie(
  feiten: FeitenHuidtherapie,
): Besluit<OvereenkomstHuidtherapie>;

/** De sleutels van de regels die voor Preventieve voetzorg gelden. */
export type RegelPreventieveVoetzorg =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "zorgmodule_voetulcera"
  | "podotherapeut_geregistreerd"
  | "pedicure_geregistreerd"
  | "benaderen_praktijken"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Preventieve voetzorg. */
export type OvereenkomstPreventieveVoetzorg = OvereenkomstBeschrijving<
  "preventieve_voetzorg",
  "Zorgovereenkomst Preventieve voetzorg"
>;
/** Preventieve voetzorg in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortPreventieveVoetzorg extends ZorgsoortBeschrijving {
  readonly id: "preventieve_voetzorg";
  readonly overeenkomsten: readonly OvereenkomstPreventieveVoetzorg[];
  readonly regels: readonly RegelPreventieveVoetzorg[];
  readonly feiten: readonly (keyof FeitenPreventieveVoetzorg)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Preventieve voetzorg nodig heeft. */
export type FeitenPreventieveVoetzorg = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "podotherapeut_kwaliteitsregister"
  | "werkt_met_pedicures"
  | "pedicures_geregistreerd"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
  | "zorgmodule_voetulcera"
>;
/** De beslissing voor Preventieve voetzorg. */
export type BeslissingPreventieveVoetzorg = Beslissing<
  "preventieve_voetzorg",
  "ingangsdatum",
  OvereenkomstPreventieveVoetzorg,
  RegelPreventieveVoetzorg,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Preventieve voetzorg, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelPreventieveVoetzorg(
  feiten: FeitenPreventieveVoetzorg,
): BeslissingPreventieveVoetzorg;
/** Alleen de beslissing voor Preventieve voetzorg, zonder toelichting. */
export declare function besluitPreventieveVoetzorg(
  feiten: FeitenPreventieveVoetzorg,
): Besluit<OvereenkomstPreventieveVoetzorg>;

/** De sleutels van de regels die voor Gecombineerde leefstijlinterventie (GLI) gelden. */
export type RegelGli =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "gli_erkende_interventie"
  | "gli_beroepen"
  | "gli_aantekening"
  | "gli_kabiz"
  | "gli_licentie"
  | "gli_startinstructie"
  | "benaderen_praktijken"
  | "vektis_registratie"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Gecombineerde leefstijlinterventie (GLI). */
export type OvereenkomstGli = OvereenkomstBeschrijving<
  "gli",
  "Zorgovereenkomst Gecombineerde leefstijlinterventie (GLI)"
>;
/** Gecombineerde leefstijlinterventie (GLI) in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortGli extends ZorgsoortBeschrijving {
  readonly id: "gli";
  readonly overeenkomsten: readonly OvereenkomstGli[];
  readonly regels: readonly RegelGli[];
  readonly feiten: readonly (keyof FeitenGli)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Gecombineerde leefstijlinterventie (GLI) nodig heeft. */
export type FeitenGli = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "gli_interventie"
  | "gli_uitgevoerd_door"
  | "gli_aantekening_leefstijlcoaching"
  | "leefstijlcoach_in_kabiz"
  | "gli_licentieovereenkomst"
  | "gli_startinstructie_gevolgd"
  | "agb_soort_onderneming"
  | "verbonden_beroepen"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Gecombineerde leefstijlinterventie (GLI). */
export type BeslissingGli = Beslissing<"gli", "ingangsdatum", OvereenkomstGli, RegelGli, Datum>;
/** Beoordeelt een zorgaanbieder voor Gecombineerde leefstijlinterventie (GLI), met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelGli(feiten: FeitenGli): BeslissingGli;
/** Alleen de beslissing voor Gecombineerde leefstijlinterventie (GLI), zonder toelichting. */
export declare function besluitGli(feiten: FeitenGli): Besluit<OvereenkomstGli>;

/** De sleutels van de regels die voor Valpreventie gelden. */
export type RegelValpreventie =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "valpreventie_keten"
  | "valpreventie_inkoop_regio"
  | "valpreventie_interventies"
  | "valpreventie_uitvoering"
  | "benaderen_praktijken"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Valpreventie. */
export type OvereenkomstValpreventie = OvereenkomstBeschrijving<
  "valpreventie",
  "Zorgovereenkomst Valpreventie"
>;
/** Valpreventie in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortValpreventie extends ZorgsoortBeschrijving {
  readonly id: "valpreventie";
  readonly overeenkomsten: readonly OvereenkomstValpreventie[];
  readonly regels: readonly RegelValpreventie[];
  readonly feiten: readonly (keyof FeitenValpreventie)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Valpreventie nodig heeft. */
export type FeitenValpreventie = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "valpreventie_keten_geregeld"
  | "valpreventie_interventie"
  | "valpreventie_uitvoerder"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Valpreventie. */
export type BeslissingValpreventie = Beslissing<
  "valpreventie",
  "ingangsdatum",
  OvereenkomstValpreventie,
  RegelValpreventie,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Valpreventie, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelValpreventie(feiten: FeitenValpreventie): BeslissingValpreventie;
/** Alleen de beslissing voor Valpreventie, zonder toelichting. */
export declare function besluitValpreventie(
  feiten: FeitenValpreventie,
): Besluit<OvereenkomstValpreventie>;

/** De sleutels van de regels die voor Paramedische zorg in instellingen gelden. */
export type RegelInstellingen =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "vecozo_certificaten"
  | "geen_overeenkomst_3_jaar"
  | "geen_contractaanbod_gewenst"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Paramedische zorg in instellingen. */
export type OvereenkomstInstellingen = OvereenkomstBeschrijving<
  "instellingen",
  "Zorgovereenkomst Paramedische zorg in instellingen"
>;
/** Paramedische zorg in instellingen in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortInstellingen extends ZorgsoortBeschrijving {
  readonly id: "instellingen";
  readonly overeenkomsten: readonly OvereenkomstInstellingen[];
  readonly regels: readonly RegelInstellingen[];
  readonly feiten: readonly (keyof FeitenInstellingen)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Paramedische zorg in instellingen nodig heeft. */
export type FeitenInstellingen = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "vecozo_certificaten"
  | "laatste_contractjaar"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Paramedische zorg in instellingen. */
export type BeslissingInstellingen = Beslissing<
  "instellingen",
  "ingangsdatum",
  OvereenkomstInstellingen,
  RegelInstellingen,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Paramedische zorg in instellingen, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelInstellingen(feiten: FeitenInstellingen): BeslissingInstellingen;
/** Alleen de beslissing voor Paramedische zorg in instellingen, zonder toelichting. */
export declare function besluitInstellingen(
  feiten: FeitenInstellingen,
): Besluit<OvereenkomstInstellingen>;

/** De sleutels van de regels die voor Paramedische zorg in ziekenhuizen gelden. */
export type RegelZiekenhuizen =
  | "richtlijnen"
  | "declaraties_vecozo"
  | "kwaliteitsregister"
  | "verbijzonderde_zorg_register"
  | "bereikbaarheid"
  | "digitalisering_zn"
  | "digitale_zorg"
  | "vecozo_certificaten"
  | "geen_contractaanbod_gewenst"
  | "contractaanbod_ziekenhuizen"
  | "vermoeden_van_fraude";
/** De zorgovereenkomsten van Paramedische zorg in ziekenhuizen. */
export type OvereenkomstZiekenhuizen = OvereenkomstBeschrijving<
  "ziekenhuizen",
  "Zorgovereenkomst Paramedische zorg in ziekenhuizen"
>;
/** Paramedische zorg in ziekenhuizen in `ZORGSOORTEN`, met de sleutels van de regels, feiten en datums. */
export interface ZorgsoortZiekenhuizen extends ZorgsoortBeschrijving {
  readonly id: "ziekenhuizen";
  readonly overeenkomsten: readonly OvereenkomstZiekenhuizen[];
  readonly regels: readonly RegelZiekenhuizen[];
  readonly feiten: readonly (keyof FeitenZiekenhuizen)[];
  readonly datums: readonly "ingangsdatum"[];
}
/** De feiten die de beoordeling van Paramedische zorg in ziekenhuizen nodig heeft. */
export type FeitenZiekenhuizen = Pick<
  Feiten,
  | "declaraties_digitaal_via_vecozo"
  | "kwaliteitsregisters"
  | "levert_verbijzonderde_zorg"
  | "verbijzonderde_zorg_geregistreerd"
  | "telefonisch_bereikbaar_werkdagen"
  | "werkdagen_tot_eerste_afspraak"
  | "doelen_digitale_zorg"
  | "vecozo_certificaten"
  | "wil_geen_contractaanbod"
  | "vermoeden_fraude"
  | "aanvraagdatum"
  | "richtlijnen"
  | "digitalisering_zn"
>;
/** De beslissing voor Paramedische zorg in ziekenhuizen. */
export type BeslissingZiekenhuizen = Beslissing<
  "ziekenhuizen",
  "ingangsdatum",
  OvereenkomstZiekenhuizen,
  RegelZiekenhuizen,
  Datum
>;
/** Beoordeelt een zorgaanbieder voor Paramedische zorg in ziekenhuizen, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */
export declare function beoordeelZiekenhuizen(feiten: FeitenZiekenhuizen): BeslissingZiekenhuizen;
/** Alleen de beslissing voor Paramedische zorg in ziekenhuizen, zonder toelichting. */
export declare function besluitZiekenhuizen(
  feiten: FeitenZiekenhuizen,
): Besluit<OvereenkomstZiekenhuizen>;

/** Per zorgsoort de feiten die de beoordeling nodig heeft. */
export interface FeitenPerZorgsoort {
  readonly fysiotherapie: FeitenFysiotherapie;
  readonly oefentherapie: FeitenOefentherapie;
  readonly logopedie: FeitenLogopedie;
  readonly dietetiek: FeitenDietetiek;
  readonly ergotherapie: FeitenErgotherapie;
  readonly huidtherapie: FeitenHuidtherapie;
  readonly preventieve_voetzorg: FeitenPreventieveVoetzorg;
  readonly gli: FeitenGli;
  readonly valpreventie: FeitenValpreventie;
  readonly instellingen: FeitenInstellingen;
  readonly ziekenhuizen: FeitenZiekenhuizen;
}
/** Per zorgsoort de beslissing. */
export interface BeslissingPerZorgsoort {
  readonly fysiotherapie: BeslissingFysiotherapie;
  readonly oefentherapie: BeslissingOefentherapie;
  readonly logopedie: BeslissingLogopedie;
  readonly dietetiek: BeslissingDietetiek;
  readonly ergotherapie: BeslissingErgotherapie;
  readonly huidtherapie: BeslissingHuidtherapie;
  readonly preventieve_voetzorg: BeslissingPreventieveVoetzorg;
  readonly gli: BeslissingGli;
  readonly valpreventie: BeslissingValpreventie;
  readonly instellingen: BeslissingInstellingen;
  readonly ziekenhuizen: BeslissingZiekenhuizen;
}
/** Per zorgsoort de beslissing zonder toelichting. */
export interface BesluitPerZorgsoort {
  readonly fysiotherapie: Besluit<OvereenkomstFysiotherapie>;
  readonly oefentherapie: Besluit<OvereenkomstOefentherapie>;
  readonly logopedie: Besluit<OvereenkomstLogopedie>;
  readonly dietetiek: Besluit<OvereenkomstDietetiek>;
  readonly ergotherapie: Besluit<OvereenkomstErgotherapie>;
  readonly huidtherapie: Besluit<OvereenkomstHuidtherapie>;
  readonly preventieve_voetzorg: Besluit<OvereenkomstPreventieveVoetzorg>;
  readonly gli: Besluit<OvereenkomstGli>;
  readonly valpreventie: Besluit<OvereenkomstValpreventie>;
  readonly instellingen: Besluit<OvereenkomstInstellingen>;
  readonly ziekenhuizen: Besluit<OvereenkomstZiekenhuizen>;
}
/** Per zorgsoort met selectieve inkoop de zorg die niet wordt ingekocht (`nietIngekocht…`). */
export interface NietIngekochtPerZorgsoort {
  readonly fysiotherapie: DeelzorgFysiotherapie[];
  readonly oefentherapie: DeelzorgOefentherapie[];
  readonly logopedie: DeelzorgLogopedie[];
  readonly dietetiek: DeelzorgDietetiek[];
  readonly ergotherapie: DeelzorgErgotherapie[];
}

/**
 * De feiten voor zorgsoort Z. Kan Z meerdere zorgsoorten zijn (een variabele van het type
 * Zorgsoort), dan de feiten van al die zorgsoorten samen: welke het wordt, blijkt pas bij het
 * uitvoeren.
 */
export type FeitenVoor<Z extends Zorgsoort> = (
  Z extends unknown ? (feiten: FeitenPerZorgsoort[Z]) => void : never
) extends (feiten: infer F) => void
  ? F
  : never;

/** Beoordeelt een zorgaanbieder voor de gegeven zorgsoort, met volledige toelichting. */
export declare function beoordeel<Z extends Zorgsoort>(
  zorgsoort: Z,
  feiten: FeitenVoor<Z>,
): BeslissingPerZorgsoort[Z];
/** Alleen de beslissing voor de gegeven zorgsoort, zonder toelichting. */
export declare function besluit<Z extends Zorgsoort>(
  zorgsoort: Z,
  feiten: FeitenVoor<Z>,
): BesluitPerZorgsoort[Z];

/** Per zorgsoort `beoordeel`, `besluit` en (bij selectieve inkoop) `nietIngekocht` zonder de controle van de feiten, voor bulkverwerking van feiten die al zijn gecontroleerd (bijvoorbeeld met het JSON Schema van de feiten). Met ongeldige feiten geeft dit een verkeerde beslissing in plaats van een FeitenFout: gebruik het alleen na een eigen controle. */
export declare const ZONDER_CONTROLE: {
  readonly [Z in Zorgsoort]: {
    readonly beoordeel: (feiten: FeitenPerZorgsoort[Z]) => BeslissingPerZorgsoort[Z];
    readonly besluit: (feiten: FeitenPerZorgsoort[Z]) => BesluitPerZorgsoort[Z];
  } & (Z extends keyof NietIngekochtPerZorgsoort
    ? { readonly nietIngekocht: (feiten: FeitenPerZorgsoort[Z]) => NietIngekochtPerZorgsoort[Z] }
    : unknown);
};
