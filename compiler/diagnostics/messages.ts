/**
 * The message catalogue: every diagnostic code with its severity, Dutch message template and
 * optional hint template. Templates use named arguments (`{naam}`) so word order stays Dutch.
 * `docs/diagnostics.md` documents every code; a test keeps the two in step.
 *
 * Ranges: BL0xx reading the file (YAML, schema), BL1xx expression syntax, BL2xx names and
 * types in expressions, BL3xx consistency of the policy as a whole, BL4xx warnings from the
 * static analysis, BL5xx policy tests, BL6xx the change report, BL7xx authoring tools (the
 * formatter).
 */

import type { RuleKind } from "../model.js";
import { RULE_KIND_NAME } from "../queries.js";
import type { Severity } from "./diagnostic.js";

export interface MessageEntry {
  readonly severity: Severity;
  /** Short Dutch title for the documentation. */
  readonly title: string;
  readonly message: string;
  readonly hint?: string;
  /**
   * Other wordings of the message, for a case of the code that "{message}" would misname (a
   * good name that clashes in the evaluator is no spelling mistake); the stage that finds the
   * case picks one by its key (CheckContext.reportVariant).
   */
  readonly variants?: Readonly<Record<string, string>>;
}

export const MESSAGES = {
  // --- BL0xx: reading the file -------------------------------------------------------------
  BL001: {
    severity: "fout",
    title: "YAML-syntaxfout",
    message: "Het bestand is geen geldige YAML: {detail}",
  },
  BL002: {
    severity: "fout",
    title: "Dubbele sleutel",
    message: "De sleutel ‘{sleutel}’ komt hier twee keer voor.",
    hint: "Elke sleutel mag op hetzelfde niveau maar één keer voorkomen.",
  },
  BL003: {
    severity: "fout",
    title: "Onbekend veld",
    message: "Onbekend veld ‘{veld}’ in {plaats}.",
  },
  BL004: {
    severity: "fout",
    title: "Verplicht veld ontbreekt",
    message: "Het verplichte veld ‘{veld}’ ontbreekt in {plaats}.",
  },
  BL005: {
    severity: "fout",
    title: "Verkeerd soort waarde",
    message: "Hier wordt {verwacht} verwacht, maar er staat {gevonden}.",
  },
  BL006: {
    severity: "fout",
    title: "Waarde niet toegestaan",
    message: "De waarde ‘{waarde}’ is hier niet toegestaan.",
    hint: "Toegestaan: {toegestaan}.",
  },
  BL007: {
    severity: "fout",
    title: "Ongeldige vorm",
    message: "‘{waarde}’ heeft niet de juiste vorm: {vorm}.",
  },
  BL008: {
    severity: "fout",
    title: "Bestand niet leesbaar",
    message: "Het bestand ‘{pad}’ kan niet worden gelezen: {reden}.",
  },
  BL009: {
    severity: "fout",
    title: "Opgenomen bestand onbruikbaar",
    message: "Het opgenomen bestand ‘{pad}’ kan niet worden gebruikt: {reden}.",
  },
  BL010: {
    severity: "fout",
    title: "Invoer te groot",
    message: "{wat} is te groot: {grootte} (de grens is {grens}).",
    hint: "Deze grens beschermt tegen bestanden die de compiler laten vastlopen; zie docs/betrouwbaarheid.md.",
  },
  BL011: {
    severity: "fout",
    title: "Lege of ongeldige waarde",
    message: "{wat} mag niet leeg zijn.",
  },
  BL012: {
    severity: "fout",
    title: "Voorbehouden sleutel",
    message: "De sleutel ‘{sleutel}’ kan niet worden gebruikt.",
    hint: "‘__proto__’ heeft in JavaScript een eigen betekenis; kies een andere naam.",
  },
  BL013: {
    severity: "fout",
    title: "Bestand niet in UTF-8",
    message: "Het bestand ‘{pad}’ is geen tekst in UTF-8: {reden}.",
    hint: "Sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8).",
  },
  BL014: {
    severity: "waarschuwing",
    title: "Versie of domein anders dan de bestandsnaam",
    message: "Het bestand heet ‘{bestand}’, maar ‘{veld}’ is ‘{waarde}’: {gevolg}.",
    hint: "Geef het bestand de naam van de versie en de map die van het domein (policies/<domein>/<versie>.policy), of pas ‘{veld}’ aan.",
  },
  BL015: {
    severity: "fout",
    title: "Getal anders geschreven dan met cijfers",
    message: "‘{tekst}’ is hier geen bruikbaar getal: {reden}.",
  },
  BL016: {
    severity: "waarschuwing",
    title: "Opmerking midden in een tekst",
    message: "De tekst van ‘{veld}’ houdt op voor ‘{opmerking}’: in YAML begint een # na een spatie een opmerking.",
    hint: "Hoort ‘{opmerking}’ bij de tekst, zet de hele tekst dan tussen enkele aanhalingstekens (een ' in de tekst schrijft u dan als ''). Is het een opmerking, zet dan een spatie na de #.",
  },

  // --- BL1xx: expression syntax -------------------------------------------------------------
  BL101: {
    severity: "fout",
    title: "Onbekend teken in expressie",
    // `teken`: ‘Het teken ‘&’’, or what an unseen or lookalike character is (grammar/parse.ts).
    message: "{teken} hoort niet in een expressie.",
  },
  BL102: {
    severity: "fout",
    title: "Syntaxfout in expressie",
    message: "{detail}",
  },
  BL103: {
    severity: "fout",
    title: "Expressie onvolledig",
    message: "{detail}",
  },
  BL104: {
    severity: "fout",
    title: "Geschakelde vergelijking",
    message: "Vergelijkingen kunnen niet aan elkaar worden geschakeld.",
    hint: "Schrijf ‘a < b en b < c’ of gebruik ‘b tussen a en c’.",
  },
  BL105: {
    severity: "fout",
    title: "Ongeldige datum",
    message: "‘{tekst}’ is geen bestaande datum.",
    hint: "Schrijf een datum als jjjj-mm-dd, bijvoorbeeld 2025-10-24.",
  },
  BL106: {
    severity: "fout",
    title: "Tekst niet afgesloten",
    message: "De tekst die hier begint, wordt niet afgesloten met een aanhalingsteken.",
  },
  BL107: {
    severity: "fout",
    title: "Lege expressie",
    message: "De expressie is leeg.",
  },
  BL108: {
    severity: "fout",
    title: "Punt als scheiding van duizendtallen",
    message: "‘{tekst}’ wordt gelezen als {waarde}: de punt is het decimaalteken, geen scheiding van duizendtallen.",
    hint: "Bedoelt u {zonder}, schrijf het dan zonder punt; bedoelt u {waarde}, schrijf dan {waarde}.",
  },
  BL109: {
    severity: "fout",
    title: "Getal te groot",
    message: "Dit getal is te groot: {reden}.",
  },

  // --- BL2xx: names and types -------------------------------------------------------------
  BL201: {
    severity: "fout",
    title: "Onbekend feit",
    message: "‘{naam}’ is geen feit, tabel of vaste waarde van dit beleid.",
  },
  BL202: {
    severity: "fout",
    title: "Typefout",
    message: "{detail}",
  },
  BL203: {
    severity: "fout",
    title: "Onbekende functie",
    message: "Er is geen functie ‘{naam}’.",
  },
  BL204: {
    severity: "fout",
    title: "Verkeerd aantal argumenten",
    message: "De functie ‘{naam}’ verwacht {verwacht}, maar krijgt er {gekregen}.",
  },
  BL205: {
    severity: "fout",
    title: "Waarde niet in keuzelijst",
    message: "‘{waarde}’ is geen mogelijke waarde van {wat}.",
  },
  BL206: {
    severity: "fout",
    title: "Voorwaarde is geen ja/nee",
    message: "{wat} moet ja of nee opleveren, maar levert {type} op.",
  },
  BL207: {
    severity: "fout",
    title: "Onbekende waarde niet afgehandeld",
    message:
      "Deze voorwaarde kan onbekend zijn, omdat {oorzaak}; geef met ‘bij_onbekend’ aan wat dan geldt.",
    hint: "Voeg ‘bij_onbekend: waar’ of ‘bij_onbekend: onwaar’ toe aan {wat}.",
  },
  BL208: {
    severity: "waarschuwing",
    title: "Overbodige bij_onbekend",
    message: "‘bij_onbekend’ heeft geen effect: deze voorwaarde kan niet onbekend zijn.",
  },
  BL209: {
    severity: "fout",
    title: "Onbekende tabelkolom",
    message: "De tabel ‘{tabel}’ heeft geen kolom ‘{kolom}’.",
  },
  BL210: {
    severity: "fout",
    title: "Tabelrij ontbreekt",
    message: "De tabel ‘{tabel}’ heeft geen rij ‘{sleutel}’.",
  },
  BL211: {
    severity: "fout",
    title: "Tabelcel past niet bij kolom",
    message: "De waarde ‘{waarde}’ past niet bij kolom ‘{kolom}’: verwacht {verwacht}.",
  },
  BL212: {
    severity: "fout",
    title: "Datumregel levert geen datum",
    message: "De berekening van ‘{naam}’ moet een datum opleveren, maar levert {type} op.",
  },
  BL213: {
    severity: "fout",
    title: "Naam al in gebruik",
    message: "De naam ‘{naam}’ wordt al gebruikt door {door}.",
  },
  BL214: {
    severity: "fout",
    title: "Gereserveerd woord als naam",
    message: "‘{naam}’ is een gereserveerd woord van de taal en kan geen naam zijn.",
  },
  BL215: {
    severity: "fout",
    title: "Ongeldige naam",
    message: "‘{naam}’ is geen geldige naam.",
    hint: "Een naam begint met een letter en bevat alleen letters, cijfers en lage streepjes (_).",
    variants: {
      // A care type key whose generated type names the module already has (FeitenVoor).
      evaluator: "De sleutel ‘{naam}’ botst met {welke} de evaluator al gebruikt: {namen}.",
      // A care type key that gives the same names as the key of a care type above it.
      zorgsoort: "De sleutel ‘{naam}’ botst in de evaluator met de sleutel ‘{ander}’ van een zorgsoort erboven.",
    },
  },
  BL216: {
    severity: "fout",
    title: "Van-toepassing-voorwaarde kan onbekend zijn",
    message: "‘van_toepassing_als’ mag niet onbekend kunnen zijn, maar kan dat wel, omdat {oorzaak}.",
    hint: "Gebruik bijvoorbeeld bekend(…) om de onbekende waarde af te vangen.",
  },

  BL217: {
    severity: "fout",
    title: "Vaste waarde hier niet beschikbaar",
    message: "‘{naam}’ kan alleen worden gebruikt in een benaderingsvoorwaarde of benaderingsuitsluiting.",
    hint: "Of een zorgaanbieder aan de voorwaarden voldoet of in aanmerking komt, hangt af van alle randvoorwaarden en uitsluitingen; daarom kan zo'n regel er niet zelf van afhangen.",
  },
  BL218: {
    severity: "fout",
    title: "Ongeldig bereik van een feit",
    message: "{detail}",
  },

  // --- BL3xx: consistency of the policy ---------------------------------------------------
  BL301: {
    severity: "fout",
    title: "Onbekend hoofdstuk",
    message: "Er is geen hoofdstuk ‘{id}’.",
  },
  BL302: {
    severity: "fout",
    title: "Onbekende zorgsoort",
    message: "Er is geen zorgsoort ‘{id}’.",
  },
  BL303: {
    severity: "fout",
    title: "Dubbele sleutel in beleid",
    message: "De sleutel ‘{id}’ wordt al gebruikt voor {eerder}.",
    hint: "Regels, factoren en verklaringen hebben één sleutel die in het hele beleid uniek is.",
  },
  BL304: {
    severity: "fout",
    title: "Zorgsoort buiten de groep",
    message: "De regel geldt voor ‘{zorgsoort}’, maar de groep ‘{groep}’ geldt niet voor die zorgsoort.",
  },
  BL305: {
    severity: "fout",
    title: "Differentiatie onvolledig",
    message: "{detail}",
  },
  BL306: {
    severity: "fout",
    title: "Overeenkomstentabel ongeldig",
    message: "{detail}",
  },
  BL307: {
    severity: "fout",
    title: "Uitzondering bij verkeerde soort regel",
    message: "Alleen een uitsluiting kan een uitzondering hebben; deze regel is een {soort}.",
  },
  BL308: {
    severity: "fout",
    title: "Dubbel hoofdstuknummer",
    message: "Hoofdstuknummer {nummer} wordt al gebruikt door hoofdstuk ‘{ander}’.",
  },
  BL309: {
    severity: "fout",
    title: "Opgenomen bestand botst",
    message: "‘{id}’ staat zowel in dit bestand als in het opgenomen bestand ‘{pad}’.",
  },
  BL310: {
    severity: "fout",
    title: "Verwijzing met ‘was’ onbekend",
    message: "‘was: {oud}’ verwijst naar iets dat in de vorige versie niet bestaat.",
    hint: "‘was’ noemt de sleutel die dit onderdeel in de vorige versie had; controleer de spelling of laat het weg.",
  },
  BL311: {
    severity: "waarschuwing",
    title: "Zorgsoort zonder regels",
    message: "Voor de zorgsoort ‘{id}’ geldt geen enkele voorwaarde.",
    hint: "Koppel een groep met ‘zorgsoorten: alle’ of noem de zorgsoort in een groep.",
  },
  BL313: {
    severity: "fout",
    title: "Regel zonder logica",
    message: "De regel ‘{id}’ {wat}.",
    hint: "Schrijf een voorwaarde, of ‘verklaring: ja’ als de zorgaanbieder dit zelf verklaart.",
  },
  BL314: {
    severity: "fout",
    title: "Looptijd ongeldig",
    message: "De looptijd {looptijd} is ongeldig: het eindjaar ligt voor het beginjaar.",
  },
  BL315: {
    severity: "fout",
    title: "‘na’ verwijst naar een onbekende tekst",
    message: "Er is geen tekst ‘{id}’ om deze tekst na te plaatsen.",
    hint: "‘na’ noemt de sleutel van een tekst in dit bestand of in een opgenomen gedeeld bestand.",
  },
  BL316: {
    severity: "waarschuwing",
    title: "Naam van de overeenkomst niet gebruikt",
    message: "De zorgsoort ‘{zorgsoort}’ heeft een differentiatie: de zorgovereenkomsten heten zoals onder ‘differentiatie’, niet ‘{naam}’.",
    hint: "Haal ‘naam’ bij ‘overeenkomst’ weg, of geef de zorgovereenkomsten onder ‘differentiatie’ de namen die u wilt.",
  },
  BL317: {
    severity: "fout",
    title: "‘volgorde’ noemt een onderdeel dat niet in het hoofdstuk staat",
    message: "{detail}",
    hint: "‘volgorde’ noemt onderdelen van het hoofdstuk zelf: ‘tekst <sleutel>’, ‘groep <sleutel>’, ‘tabel <sleutel>’, ‘datumregel <sleutel>’, ‘overeenkomst <zorgsoort>’, ‘differentiatie <zorgsoort>’, ‘overeenkomsten’ of ‘planning’, elk één keer.",
  },

  BL318: {
    severity: "fout",
    title: "Voorwaarde voor selectieve inkoop zonder deelzorg",
    message: "De regel ‘{id}’ staat in een groep met ‘soort: selectieve_inkoop’, maar noemt niet welk deel van de zorg alleen onder deze voorwaarde wordt ingekocht.",
    hint: "Voeg ‘deelzorg’ toe, bijvoorbeeld ‘deelzorg: paramedische zorg bij de ziekte van Parkinson’; de toelichting bij de beslissing noemt de zorg zo.",
  },
  BL319: {
    severity: "fout",
    title: "Deelzorg bij verkeerde soort regel",
    message: "Alleen een voorwaarde voor selectieve inkoop noemt een deelzorg; deze regel is een {soort}.",
    hint: "Verplaats de regel naar een groep met ‘soort: selectieve_inkoop’ als alleen een deel van de zorg van de voorwaarde afhangt, of haal ‘deelzorg’ weg.",
  },
  BL320: {
    severity: "waarschuwing",
    title: "Deelzorg past niet midden in een zin",
    message: "De deelzorg ‘{deelzorg}’ {probleem}, maar de toelichting noemt haar midden in een zin: ‘{organisatie} koopt {deelzorg} niet bij u in: …’.",
    hint: "Schrijf ‘deelzorg: {verbeterd}’.",
  },

  // --- BL4xx: warnings from the static analysis -------------------------------------------
  BL401: {
    severity: "waarschuwing",
    title: "Zorgovereenkomsten met een gat",
    message: "Voor {zorgsoort} vraagt de laagste zorgovereenkomst {aantal} {factoren}; een zorgaanbieder die aan de voorwaarden voldoet maar minder factoren heeft, krijgt geen zorgovereenkomst.",
    hint: "Voeg een overeenkomst toe met ‘factoren: 0’ als iedereen die aan de voorwaarden voldoet een overeenkomst moet krijgen.",
  },
  BL402: {
    severity: "waarschuwing",
    title: "Zorgovereenkomsten in verkeerde volgorde",
    message: "Voor {zorgsoort} vraagt ‘{hoogste}’ meer differentiatiefactoren dan ‘{laagste}’; meestal is dat andersom.",
    hint: "Controleer bij elke overeenkomst het aantal ‘factoren’.",
  },
  BL403: {
    severity: "waarschuwing",
    title: "Voorwaarde altijd waar of nooit waar",
    message: "{wat} is {uitkomst}, wat de feiten ook zijn.",
    hint: "Controleer de grenzen en het gebruik van ‘en’, ‘of’ en ‘niet’: ‘x > 150 en x < 100’ is bijvoorbeeld nooit waar, ‘a of niet a’ altijd.",
  },
  BL404: {
    severity: "waarschuwing",
    title: "Zorgovereenkomst onbereikbaar",
    message: "‘{overeenkomst}’ vraagt {aantal} {factoren}, maar een zorgaanbieder die in aanmerking komt voor {zorgsoort}, haalt er hooguit {hooguit} tegelijk.",
    hint: "Sommige differentiatiefactoren kunnen niet tegelijk gelden, met elkaar of met de voorwaarden; controleer hun grenzen.",
  },
  BL405: {
    severity: "waarschuwing",
    title: "Feit wordt niet gebruikt",
    message: "Het feit ‘{feit}’ wordt door geen enkele regel gebruikt.",
    hint: "Verwijder het, of gebruik het in een voorwaarde; een ongebruikt feit wordt zorgaanbieders wel gevraagd in formulieren.",
  },
  BL406: {
    severity: "waarschuwing",
    title: "Deadline na het begin van het contractjaar",
    message: "De deadline ‘{onderwerp}’ ({datum}) ligt niet voor het begin van contractjaar {jaar}.",
    hint: "Een deadline van de inkoop ligt voor het contractjaar; controleer het jaar.",
  },
  BL407: {
    severity: "waarschuwing",
    title: "Uitzondering wordt nooit verleend",
    message: "De uitzondering op ‘{regel}’ wordt nooit verleend wanneer de uitsluiting geldt, wat de feiten ook zijn.",
    hint: "Controleer de voorwaarde van de uitzondering naast die van de uitsluiting; zoals ze nu staan, helpt de uitzonderingsroute niemand.",
  },
  BL408: {
    severity: "waarschuwing",
    title: "Regel nooit van toepassing",
    message: "Regel ‘{regel}’ is nooit van toepassing: de voorwaarde bij ‘van_toepassing_als’ is nooit waar, wat de feiten ook zijn.",
    hint: "Zo telt de regel voor niemand mee; controleer de voorwaarde.",
  },
  BL409: {
    severity: "waarschuwing",
    title: "Niemand komt in aanmerking",
    message: "Geen zorgaanbieder kan in aanmerking komen voor {zorgsoort}: de regels {regels} sluiten elkaar uit.",
    hint: "Een zorgaanbieder die aan de ene regel voldoet, voldoet nooit aan de andere (of valt onder de uitsluiting); controleer de grenzen.",
  },
  BL410: {
    severity: "waarschuwing",
    title: "Differentiatiefactor telt nooit mee",
    message: "De differentiatiefactor ‘{regel}’ telt voor {zorgsoort} nooit mee bij een zorgaanbieder die in aanmerking komt.",
    hint: "De factor kan niet gelden samen met de randvoorwaarden, aanvullende voorwaarden en uitsluitingen (of met zijn eigen ‘van_toepassing_als’); controleer de grenzen.",
  },
  BL411: {
    severity: "waarschuwing",
    title: "Niemand wordt benaderd",
    message: "{organisatie} benadert voor {zorgsoort} nooit een zorgaanbieder: de regels {regels} sluiten elkaar uit.",
    hint: "Een zorgaanbieder die aan de ene benaderingsregel voldoet, voldoet nooit aan de andere; controleer de grenzen.",
  },
  BL412: {
    severity: "waarschuwing",
    title: "Datum in de planning ruim voor het contractjaar",
    message: "De datum van ‘{onderwerp}’ ({datum}) ligt meer dan een jaar voor contractjaar {jaar}.",
    hint: "In een nieuwe versie blijft een datum gemakkelijk staan; controleer het jaar.",
  },
  BL413: {
    severity: "waarschuwing",
    title: "Naam van een regel noemt een andere grens",
    message: "De naam van regel ‘{regel}’ (‘{naam}’) noemt {genoemd}, maar de voorwaarde rekent daar niet mee.",
    hint: "Is de grens in de voorwaarde veranderd? Pas dan ook de naam en de tekst aan: de toelichting en het wijzigingsverslag noemen de regel bij zijn naam.",
  },

  // --- BL5xx: policy tests (.test.yaml) -----------------------------------------------------
  BL501: {
    severity: "fout",
    title: "Onbekend feit in testgeval",
    message: "‘{naam}’ is geen feit van het beleid.",
  },
  BL502: {
    severity: "fout",
    title: "Waarde past niet bij feit",
    message: "{probleem}",
  },
  BL503: {
    severity: "fout",
    title: "Onbekende zorgsoort in testgeval",
    message: "‘{id}’ is geen zorgsoort van het beleid.",
  },
  BL504: {
    severity: "fout",
    title: "Onbekende regel in testgeval",
    message: "‘{id}’ is geen regel die voor ‘{zorgsoort}’ geldt.",
  },
  BL505: {
    severity: "fout",
    title: "Onbekende zorgovereenkomst in testgeval",
    message: "‘{id}’ is geen zorgovereenkomst van ‘{zorgsoort}’.",
  },
  BL506: {
    severity: "fout",
    title: "Onbekende feitenset of kring van feitensets",
    // "Er is geen feitenset ‘…’." or, for a cycle, which sets lead back to themselves.
    message: "{melding}",
  },
  BL507: {
    severity: "fout",
    title: "Uitkomst past niet bij soort regel",
    message: "‘{uitkomst}’ is geen uitkomst van een {soort}.",
    hint: "Mogelijke uitkomsten: {mogelijk}.",
  },
  BL508: {
    severity: "fout",
    title: "Beleid bij testbestand onbruikbaar",
    message: "Het beleid ‘{pad}’ bij dit testbestand kan niet worden gebruikt: {reden}.",
  },
  BL509: {
    severity: "fout",
    title: "Onbekende datumregel in testgeval",
    message: "‘{id}’ is geen datumregel die voor ‘{zorgsoort}’ geldt.",
  },
  BL510: {
    severity: "fout",
    title: "Verwachting die niet kan uitkomen",
    message: "Deze verwachting kan niet uitkomen: {reden}.",
  },
  // --- BL6xx: the change report (beleid diff) -------------------------------------------------
  BL601: {
    severity: "waarschuwing",
    title: "Verschillende domeinen vergeleken",
    message: "Het oude beleid gaat over ‘{oud}’, het nieuwe over ‘{nieuw}’: het verslag vergelijkt twee verschillende beleidsdomeinen.",
    hint: "Een wijzigingsverslag vergelijkt twee versies van hetzelfde beleid; controleer of u de goede bestanden hebt gekozen.",
  },
  BL602: {
    severity: "waarschuwing",
    title: "Oude en nieuwe versie verwisseld",
    message: "De oude versie ({oud}) is {reden} de nieuwe versie ({nieuw}): het verslag beschrijft de wijzigingen terug in de tijd.",
    hint: "Noem eerst de oude en dan de nieuwe versie: beleid diff <oud> <nieuw>.",
  },
  BL603: {
    severity: "waarschuwing",
    title: "Vorige versie niet bruikbaar",
    message: "Er komt geen wijzigingsverslag ten opzichte van de vorige versie ‘{versie}’: {reden}.",
    hint: "De vorige versie hoort als <versie>.policy in dezelfde map te staan; ‘beleid build’ vergelijkt de twee.",
  },
  BL604: {
    severity: "fout",
    title: "Twee beleidsstukken met dezelfde uitvoer",
    message: "Dit beleid en ‘{ander}’ hebben hetzelfde domein ‘{domein}’ en dezelfde bestandsnaam ‘{naam}’: hun evaluators zouden allebei {pad} worden.",
    hint: "Geef elk beleid een eigen domein, of binnen een domein een eigen bestandsnaam (de versie), en bouw ze dan samen.",
  },
  BL605: {
    severity: "waarschuwing",
    title: "Nieuwe sleutel zonder ‘was’",
    message: "{Wat} ‘{nieuw}’ is nieuw en ‘{oud}’ uit de vorige versie vervalt, maar beide hebben {gelijk}.",
    hint: "Is het {wat} ‘{oud}’ onder een nieuwe sleutel, schrijf dan ‘was: {oud}’ bij ‘{nieuw}’; anders noemt het wijzigingsverslag {wat} als vervallen én als nieuw.",
  },
  BL606: {
    severity: "fout",
    title: "Zorgsoort afgesplitst van onbekende zorgsoort",
    message: "‘afgesplitst_van: {van}’ bij de zorgsoort ‘{zorgsoort}’ noemt geen zorgsoort van de vorige versie.",
    hint: "‘afgesplitst_van’ noemt de zorgsoort van de vorige versie waaronder deze zorgsoort viel; controleer de spelling, of laat het weg als de zorgsoort echt nieuw is.",
  },
  // --- BL7xx: authoring tools (beleid fmt) ----------------------------------------------------
  BL701: {
    severity: "fout",
    title: "Opmaak niet mogelijk",
    message: "Het bestand kan niet veilig worden opgemaakt: {reden}. Het is niet gewijzigd.",
    hint: "beleid fmt verandert alleen de opmaak en verliest nooit een waarde of opmerking; past dat hier niet, dan laat het het bestand zoals het is.",
  },
} as const satisfies Record<string, MessageEntry>;

export type DiagnosticCode = keyof typeof MESSAGES;

/**
 * A kind of rule as diagnostics name it ("deze regel is een …", "geen uitkomst van een …"):
 * as the change report does (compiler/diff/context.ts), so a selective purchase rule is a
 * "voorwaarde voor selectieve inkoop" everywhere an author reads about it.
 */
export const RULE_KIND_IN_MESSAGES: Readonly<Record<RuleKind, string>> = { ...RULE_KIND_NAME, selectieve_inkoop: "voorwaarde voor selectieve inkoop" };

export const DIAGNOSTIC_CODES = Object.keys(MESSAGES) as DiagnosticCode[];
