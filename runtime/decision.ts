/**
 * The decision an evaluator returns: the documented `Beslissing` shape (docs/beslissing.md)
 * and what the generated code hands over to have it explained. The generated code decides
 * (straight-line, per care type); runtime/explanation.ts turns the rule outcomes into the
 * Dutch explanation. Neither looks at an expression.
 */

import { Uitleg, uitkomst } from "./explanation.js";

export { opsomming } from "./explanation.js";

export type RegelSoort =
  | "randvoorwaarde"
  | "aanvullende_voorwaarde"
  | "differentiatiefactor"
  | "uitsluiting"
  | "benaderingsvoorwaarde"
  | "benaderingsuitsluiting"
  | "selectieve_inkoop";

export type Status = "definitief" | "voornemen";

export interface Hoofdstuk {
  readonly nummer: string;
  readonly titel: string;
}

export interface RegelBeschrijving {
  readonly id: string;
  /** Korte naam voor toelichtingen; anders het begin van de tekst. */
  readonly naam: string;
  readonly soort: RegelSoort;
  /** De gepubliceerde tekst. */
  readonly tekst: string;
  readonly hoofdstuk: Hoofdstuk;
  readonly groep: { readonly id: string; readonly titel: string };
  readonly status: Status;
  /** De zorgaanbieder verklaart dit zelf (een ja/nee-feit met de sleutel van de regel). */
  readonly verklaring: boolean;
  /** Wat geldt als de voorwaarde onbekend is; alleen bij voorwaarden die onbekend kunnen zijn. */
  readonly bijOnbekend?: boolean;
  readonly onbekendToelichting?: string;
  /**
   * Bij een regel met `bijOnbekend`: de feiten die onbekend mogen zijn en waarvan de uitkomst
   * afhangt. De toelichting noemt welke daarvan onbekend waren.
   */
  readonly onbekendDoor?: readonly string[];
  /**
   * Bij een regel met `bijOnbekend`: de berekeningen in de voorwaarde die geen uitkomst kunnen
   * hebben terwijl alle feiten bekend zijn (een aandeel van een totaal van 0, een datum na
   * 9999-12-31). De toelichting noemt welke het was, als alle feiten van `onbekendDoor` bekend
   * waren.
   */
  readonly geenUitkomst?: readonly BerekeningZonderUitkomst[];
  /** Bij een uitsluiting met uitzondering: hoe die wordt aangevraagd. */
  readonly uitzonderingsroute?: string;
  /**
   * Bij selectieve inkoop: het deel van de zorg dat alleen wordt ingekocht als aan de regel is
   * voldaan ("paramedische zorg bij de ziekte van Parkinson").
   */
  readonly deelzorg?: string;
}

/** Een berekening in een voorwaarde die geen uitkomst kan hebben, ook als alle feiten bekend zijn. */
export interface BerekeningZonderUitkomst {
  /**
   * `deling`: een deling of een aandeel (`aandeel(deel, totaal)`), dat geen uitkomst heeft als
   * de deler of het totaal 0 is; `datum`: een datum die na 9999-12-31 of vóór 0001-01-01 zou
   * vallen; `tabel`: een tabel zonder rij voor de sleutel.
   */
  readonly soort: "deling" | "datum" | "tabel";
  /** Bij een deling: het feit dat de deler of het totaal is, als dat een feit is. */
  readonly deler?: string;
  /** Bij een tabel: de titel van de tabel. */
  readonly tabel?: string;
}

/** Een zorgovereenkomst; de gegenereerde declaraties geven elke overeenkomst haar eigen sleutel en naam. */
export interface OvereenkomstBeschrijving<I extends string = string, N extends string = string> {
  readonly id: I;
  readonly naam: N;
  /** Bij gedifferentieerde inkoop: het minimale aantal differentiatiefactoren. */
  readonly factoren?: number;
}

export interface ContractBeschrijving {
  readonly soort: "nieuw" | "doorlopend";
  readonly looptijd: { readonly van: number; readonly tot: number } | null;
  readonly tekst: string;
  readonly hoofdstuk: Hoofdstuk;
  readonly status: Status;
}

export interface ZorgsoortBeschrijving {
  readonly id: string;
  readonly naam: string;
  readonly contract: ContractBeschrijving;
  /** De zorgovereenkomsten van veel naar weinig differentiatiefactoren, of één zonder differentiatie. */
  readonly overeenkomsten: readonly OvereenkomstBeschrijving[];
  readonly gedifferentieerd: boolean;
  /** Sleutels van de regels die voor deze zorgsoort gelden, in volgorde van het beleid. */
  readonly regels: readonly string[];
  /** Sleutels van de feiten die de beoordeling nodig heeft. */
  readonly feiten: readonly string[];
  /** Sleutels van de datumregels. */
  readonly datums: readonly string[];
}

export interface BeleidBeschrijving {
  readonly organisatie: string;
  readonly zorgverzekeraar: string;
  readonly domein: string;
  readonly titel: string;
  readonly jaar: number;
  readonly versie: string;
  readonly gepubliceerd: string | null;
  readonly vorige: string | null;
}

export type Uitkomst =
  | "voldaan"
  | "niet_voldaan"
  | "niet_van_toepassing"
  | "uitgesloten"
  | "niet_uitgesloten"
  | "uitzondering";

/** R: de sleutels van de regels (in de gegenereerde declaraties die van de zorgsoort). */
export interface Regeluitkomst<R extends string = string> {
  readonly id: R;
  readonly naam: string;
  readonly soort: RegelSoort;
  readonly tekst: string;
  readonly hoofdstuk: Hoofdstuk;
  readonly groep: { readonly id: string; readonly titel: string };
  readonly status: Status;
  readonly verklaring: boolean;
  /**
   * Voorwaarden en factoren: voldaan / niet_voldaan; uitsluitingen: uitgesloten /
   * niet_uitgesloten / uitzondering (uitgesloten, maar een uitzondering is verleend); en
   * niet_van_toepassing als de regel voor deze zorgaanbieder niet geldt.
   */
  readonly uitkomst: Uitkomst;
  /** De voorwaarde was onbekend; de uitkomst volgt uit wat het beleid dan voorschrijft. */
  readonly onbekend: boolean;
  readonly toelichting?: string;
  readonly uitzonderingsroute?: string;
  /**
   * Bij selectieve inkoop: het deel van de zorg waarover de regel gaat. Is de uitkomst
   * niet_voldaan, dan wordt die zorg niet bij de zorgaanbieder ingekocht.
   */
  readonly deelzorg?: string;
}

/** O: de zorgovereenkomsten van de zorgsoort; R: de sleutels van haar regels. */
export interface Ontbrekend<O extends OvereenkomstBeschrijving = OvereenkomstBeschrijving, R extends string = string> {
  readonly overeenkomst: { readonly id: O["id"]; readonly naam: O["naam"] };
  /** Hoeveel differentiatiefactoren er nog bij moeten komen. */
  readonly nogNodig: number;
  /** De factoren waaraan (nog) niet is voldaan. */
  readonly factoren: readonly { readonly id: R; readonly naam: string }[];
  readonly tekst: string;
}

/**
 * De beslissing voor zorgsoort Z. D: de sleutels van de datumregels; O: de zorgovereenkomsten;
 * R: de sleutels van de regels; T: het type van een berekende datum. De gegenereerde
 * declaraties vullen alle vijf in (T is daar `Datum`); de standaardwaarden zijn de ruime typen
 * die de runtime zelf gebruikt.
 */
export interface Beslissing<
  Z extends string = string,
  D extends string = string,
  O extends OvereenkomstBeschrijving = OvereenkomstBeschrijving,
  R extends string = string,
  T extends string = string,
> {
  readonly beleid: BeleidBeschrijving;
  readonly zorgsoort: { readonly id: Z; readonly naam: string };
  /** Komt de zorgaanbieder in aanmerking voor een zorgovereenkomst? */
  readonly inAanmerking: boolean;
  /** Benadert Caresq de zorgaanbieder uit zichzelf met een contractaanbod? */
  readonly benaderd: boolean;
  /** De zorgovereenkomst waarvoor de zorgaanbieder in aanmerking komt, of null. */
  readonly overeenkomst: O | null;
  readonly differentiatie: {
    readonly factorenVoldaan: number;
    readonly factorenTotaal: number;
    /** Per hogere zorgovereenkomst wat er nog ontbreekt. */
    readonly ontbreekt: readonly Ontbrekend<O, R>[];
  } | null;
  readonly contract: ContractBeschrijving;
  /** Berekende datums (zoals de ingangsdatum), of null als een benodigd feit onbekend is. */
  readonly datums: Readonly<Record<D, T | null>>;
  /** Elke regel die voor deze zorgsoort geldt, met zijn uitkomst. */
  readonly regels: readonly Regeluitkomst<R>[];
  /** De beslissing in gewone zinnen. */
  readonly toelichting: readonly string[];
}

/** What the generated code decided, before the explanation. O: the care type's agreements. */
export interface Besluit<O extends OvereenkomstBeschrijving = OvereenkomstBeschrijving> {
  readonly inAanmerking: boolean;
  readonly benaderd: boolean;
  readonly overeenkomst: O | null;
}

/** One rule as evaluated by the generated code. */
export interface RegelResultaat {
  readonly regel: RegelBeschrijving;
  /** The condition's value; `null` when it was unknown. */
  readonly waarde: boolean | null;
  readonly vanToepassing: boolean;
  /** Exclusions: whether an exception was granted (unknown counts as not granted). */
  readonly uitzondering: boolean;
}

export function resultaat(regel: RegelBeschrijving, waarde: boolean | null, vanToepassing = true, uitzondering = false): RegelResultaat {
  return { regel, waarde, vanToepassing, uitzondering };
}

/**
 * Builds the documented decision from rule results, one by one: for callers that evaluate
 * the rules themselves. The generated code and the reference interpreter use a `Uitleg`
 * prepared once per care type (runtime/explanation.ts), which gives the same decision faster.
 */
export function verklaar<Z extends string, D extends string>(
  beleid: BeleidBeschrijving,
  zorgsoort: ZorgsoortBeschrijving & { readonly id: Z },
  besluit: Besluit,
  resultaten: readonly RegelResultaat[],
  datums: Readonly<Record<D, string | null>>,
  feiten?: Readonly<Record<string, unknown>>,
): Beslissing<Z, D> {
  const regels = Object.fromEntries(resultaten.map((r) => [r.regel.id, r.regel]));
  const uitleg = new Uitleg<Z, D>(beleid, { ...zorgsoort, regels: resultaten.map((r) => r.regel.id) }, regels);
  return uitleg.verklaar(besluit, resultaten.map((r) => uitkomst(r.waarde, r.vanToepassing, r.uitzondering)), datums, feiten);
}
