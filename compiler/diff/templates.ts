/**
 * The Dutch sentences of the change report, one per kind of change, all in one place. A
 * template gets the change's arguments already formatted (names between ‘ ’, small counts in
 * words, dates in full) and writes the part of the sentence after "In hoofdstuk 3.1 " (or
 * after "Hiermee " when the change is the consequence of another). `voor` is " voor
 * fysiotherapie" when the change concerns some care types, and "" otherwise.
 */

import { capitalise, dutchList } from "./format.js";
import type { ChangeKind } from "./kinds.js";

export interface TemplateArgs {
  /** Formatted arguments, by name. */
  readonly a: Readonly<Record<string, string>>;
  /** Raw arguments, for agreement (singular or plural). */
  readonly raw: Readonly<Record<string, unknown>>;
  readonly voor: string;
  /** What the report knows of the two versions beyond the change's own arguments (report.ts). */
  readonly context?: SentenceContext;
}

/**
 * What a sentence may need from the versions compared rather than from the change: it is the
 * same for every change of the comparison (the contract years) or read from the models when the
 * sentence is written (the fact's description, the rules that read it), and so is no argument
 * of the change (no part of its fingerprint or of the JSON report).
 */
export interface SentenceContext {
  /** The contract years, when the versions have different ones. */
  readonly contractYears?: { readonly oud: string; readonly nieuw: string };
  /**
   * A fact (feit_bereik_gewijzigd): its description as the policy gives it, and the rules that
   * read it as the sentence names them ("randvoorwaarde ‘…’").
   */
  readonly fact?: {
    readonly description: string;
    readonly rules: readonly string[];
    /** The descriptions of the facts it may not exceed (`niet_groter_dan`), by key. */
    readonly wholes?: Readonly<Record<string, string>>;
  };
  /** A threshold (drempel_gewijzigd) whose exclusion's exception route changed only with it. */
  readonly routeFollows?: boolean;
  /**
   * Rows of a table (tabelrijen_*), in the order of the change's `rijen`, as the document names
   * them: "Orthopedisch schoeisel", not the key ‘orthopedische_schoenen’ (compareTables.ts, rowName).
   */
  readonly rows?: readonly string[];
  /**
   * A paragraph with a heading of its own added to or removed from a subject (tekst_toegevoegd,
   * tekst_verwijderd keyed `paragraaf:…`, compareDocument.ts): its heading as the version that
   * has it gives it.
   */
  readonly paragraph?: string;
}

type Template = (args: TemplateArgs) => string;

/** Kinds whose sentence names its own subject instead of starting with "In hoofdstuk …". */
export const OWN_SUBJECT: ReadonlySet<ChangeKind> = new Set<ChangeKind>(["hoofdstuk_hernummerd", "jaar_opgeschoven", "regel_verplaatst"]);

const count = (raw: unknown): number => (Array.isArray(raw) ? raw.length : typeof raw === "number" ? raw : 0);

const PLURAL: Record<string, string> = {
  randvoorwaarde: "randvoorwaarden",
  "aanvullende voorwaarde": "aanvullende voorwaarden",
  differentiatiefactor: "differentiatiefactoren",
  uitsluiting: "uitsluitingen",
  "voorwaarde om benaderd te worden": "voorwaarden om benaderd te worden",
  "uitzondering op het benaderen": "uitzonderingen op het benaderen",
  "voorwaarde voor selectieve inkoop": "voorwaarden voor selectieve inkoop",
};

/** "de randvoorwaarde ‘a’" or, for several rules, "de randvoorwaarden ‘a’ en ‘b’". */
const several = (raw: unknown) => Array.isArray(raw) && raw.length > 1;
const plural = (soort: unknown) => PLURAL[String(soort)] ?? String(soort).replace(/^voorwaarde voor selectieve inkoop van /, "voorwaarden voor selectieve inkoop van ");

/**
 * "van 150 naar 140"; for a date compared across a change of contract year, with the years
 * ("van 1 juli 2025 voor het contractjaar 2026 naar 15 juni 2026 voor het contractjaar 2027"):
 * earlier or later is then meant for the contract year, which the bare dates would not show.
 */
const fromTo = (a: TemplateArgs["a"], raw: TemplateArgs["raw"]) =>
  raw.jaar_oud !== undefined
    ? `van ${a.oud} voor het contractjaar ${a.jaar_oud} naar ${a.nieuw} voor het contractjaar ${a.jaar_nieuw}`
    : `van ${a.oud} naar ${a.nieuw}`;

/** A bound of zero, in any of the fact types' notations (0, 0%, € 0): "negatief" says it better. */
const isZero = (value: unknown) => typeof value === "string" && /^(€ )?0%?$/.test(value);

/**
 * A fact's description in running text: "De landelijke behandelindex." reads "de landelijke
 * behandelindex"; a first word in capitals keeps them ("PREM …").
 */
function factInText(description: string): string {
  const text = description.trim().replace(/\.$/, "");
  return /^[A-ZÀ-Ý][a-zà-ÿ]*(?![\p{L}\d])/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/**
 * What changed in a fact's range, as what the fact may be now compared with before: "mag niet
 * langer negatief zijn (minimum 0)", "mag voortaan ook groter zijn dan 100 (maximum 200)". The
 * clause says which values are no longer or now also allowed; between brackets the bound that
 * the clause does not already name. One clause per bound, one for `geheel` and one for the
 * whole a part may not exceed (`niet_groter_dan`); a minimum and maximum that came (or went)
 * together are one range.
 */
function rangeClauses({ a, raw, context }: TemplateArgs): string[] {
  const [minOld, minNew, maxOld, maxNew] = [raw.minimum_oud, raw.minimum_nieuw, raw.maximum_oud, raw.maximum_nieuw];
  const clauses: string[] = [];
  if (minOld === undefined && maxOld === undefined && minNew !== undefined && maxNew !== undefined) {
    clauses.push(`moet voortaan een waarde van ${a.minimum_nieuw} tot en met ${a.maximum_nieuw} hebben`);
  } else if (minOld !== undefined && maxOld !== undefined && minNew === undefined && maxNew === undefined) {
    clauses.push(`heeft geen minimum en maximum meer (voorheen ${a.minimum_oud} tot en met ${a.maximum_oud})`);
  } else {
    if (minOld === undefined && minNew !== undefined) clauses.push(isZero(minNew) ? `mag niet langer negatief zijn (minimum ${a.minimum_nieuw})` : `mag niet langer kleiner zijn dan ${a.minimum_nieuw}`);
    if (minOld !== undefined && minNew === undefined) clauses.push(isZero(minOld) ? `mag voortaan ook negatief zijn (voorheen minimum ${a.minimum_oud})` : `mag voortaan ook kleiner zijn dan ${a.minimum_oud}`);
    if (minOld !== undefined && minNew !== undefined) {
      clauses.push(
        raw.minimum_richting === "verhoogd"
          ? `mag niet langer kleiner zijn dan ${a.minimum_nieuw} (voorheen minimum ${a.minimum_oud})`
          : `mag voortaan ook kleiner zijn dan ${a.minimum_oud} (minimum ${a.minimum_nieuw})`,
      );
    }
    if (maxOld === undefined && maxNew !== undefined) clauses.push(`mag niet langer groter zijn dan ${a.maximum_nieuw}`);
    if (maxOld !== undefined && maxNew === undefined) clauses.push(`mag voortaan ook groter zijn dan ${a.maximum_oud}`);
    if (maxOld !== undefined && maxNew !== undefined) {
      clauses.push(
        raw.maximum_richting === "verlaagd"
          ? `mag niet langer groter zijn dan ${a.maximum_nieuw} (voorheen maximum ${a.maximum_oud})`
          : `mag voortaan ook groter zijn dan ${a.maximum_oud} (maximum ${a.maximum_nieuw})`,
      );
    }
  }
  if (raw.geheel_oud !== undefined || raw.geheel_nieuw !== undefined) clauses.push(raw.geheel_nieuw === "ja" ? "moet voortaan een geheel getal zijn" : "mag voortaan ook een getal met decimalen zijn");
  // A part of a whole (`niet_groter_dan`): the whole by its description, as the fact itself is
  // named, or without the models by its key ("het feit ‘therapeuten’").
  const [wholeOld, wholeNew] = [raw.niet_groter_dan_oud, raw.niet_groter_dan_nieuw];
  const whole = (key: unknown, formatted: string | undefined) => {
    const description = context?.fact?.wholes?.[String(key)];
    return description !== undefined ? factInText(description) : `het feit ${formatted}`;
  };
  if (wholeOld === undefined && wholeNew !== undefined) clauses.push(`mag niet langer groter zijn dan ${whole(wholeNew, a.niet_groter_dan_nieuw)}`);
  if (wholeOld !== undefined && wholeNew === undefined) clauses.push(`mag voortaan ook groter zijn dan ${whole(wholeOld, a.niet_groter_dan_oud)}`);
  if (wholeOld !== undefined && wholeNew !== undefined) clauses.push(`mag voortaan niet groter zijn dan ${whole(wholeNew, a.niet_groter_dan_nieuw)} (voorheen ${whole(wholeOld, a.niet_groter_dan_oud)})`);
  return clauses;
}

/**
 * A rule by its name; a renamed rule by both, the old name first, as a reader of the old version
 * knows it: "‘landelijke behandelindex hoger dan 140’ (nu ‘landelijke behandelindex hoger dan
 * 130’)".
 */
const ruleName = (a: TemplateArgs["a"], raw: TemplateArgs["raw"]) => (raw.oude_naam !== undefined && raw.oude_naam !== raw.naam ? `${a.oude_naam} (nu ${a.naam})` : (a.naam ?? ""));

/** The label of a rule of selective purchase (KIND_LABEL.selectieve_inkoop). */
const SELECTIVE = "voorwaarde voor selectieve inkoop";

/** Whether a rule added or dropped with a care type is named by its paragraph (the group's title). */
const hasParagraph = (raw: TemplateArgs["raw"]) => raw.paragraaf !== undefined && String(raw.paragraaf) !== "";

/**
 * The rules of a new (or dropped) care type's own paragraph, with their kind: "met de
 * randvoorwaarde ‘…’", "met de voorwaarden voor een contractaanbod: ‘…’ en ‘…’". A condition for
 * being approached is one for a contract offer: being approached is receiving one, also where a
 * care type applies for its agreement and is then offered one (CBT’s in mondzorg 2025), which
 * "voorwaarde om benaderd te worden" would not say.
 */
const PARAGRAPH_LABEL: Readonly<Record<string, readonly [string, string]>> = {
  "voorwaarde om benaderd te worden": ["voorwaarde voor een contractaanbod", "voorwaarden voor een contractaanbod"],
};
const paragraphRules = (a: TemplateArgs["a"], raw: TemplateArgs["raw"]) => {
  const [one, more] = PARAGRAPH_LABEL[String(raw.soort)] ?? [String(raw.soort), plural(raw.soort)];
  return several(raw.naam) ? `de ${more}: ${a.naam}` : `de ${one} ${a.naam}`;
};

/**
 * Exclusions from being approached, by their names, as the sources say it ("zorgaanbieders
 * fysiotherapie met een landelijke behandelindex hoger dan 150"): "zorgaanbieders met ‘…’".
 * Several are joined by "of": each on its own is enough not to be approached.
 */
const withExclusions = (raw: TemplateArgs["raw"]) => {
  const names = (Array.isArray(raw.naam) ? raw.naam : [raw.naam]).map((n) => `‘${String(n)}’`);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} of ${names[names.length - 1] as string}` : (names[0] as string);
};

/** Rows of a table as the document names them, when the report knows them; otherwise by their keys. */
const rowNames = (a: TemplateArgs["a"], context: TemplateArgs["context"]) => (context?.rows !== undefined ? dutchList(context.rows.map((r) => `‘${r}’`)) : a.rijen);

/** "; ook de tekst is aangepast" when the text changed along with what the sentence says. */
const alsoText = (raw: TemplateArgs["raw"]) => (raw.ook_tekst === "ja" ? "; ook de tekst is aangepast" : "");

export const TEMPLATES: Record<ChangeKind, Template> = {
  zorgsoort_toegevoegd: ({ a }) => `is de zorgsoort ${a.zorgsoort} toegevoegd, met een eigen zorgovereenkomst.`,
  zorgsoort_verwijderd: ({ a }) => `is de zorgsoort ${a.zorgsoort} vervallen; daarvoor is er geen eigen zorgovereenkomst meer.`,
  zorgsoort_afgesplitst: ({ a }) => `wordt de zorgsoort ${a.zorgsoort} voortaan apart ingekocht (voorheen onder ${a.onder}), met een eigen zorgovereenkomst.`,
  zorgsoort_samengevoegd: ({ a }) => `wordt de zorgsoort ${a.zorgsoort} niet langer apart ingekocht, maar weer onder ${a.onder}; daarvoor is er geen eigen zorgovereenkomst meer.`,

  regel_toegevoegd: ({ a, raw, voor }) =>
    // The own paragraph of a new care type, named as the document names it.
    hasParagraph(raw)
      ? `is de paragraaf ${a.paragraaf} opgenomen${voor}, met ${paragraphRules(a, raw)}.`
      : // "Toegevoegd dat zorgaanbieders fysiotherapie met een landelijke behandelindex hoger dan
        // 150 niet door ons worden benaderd", as the sources say it.
        raw.soort === "uitzondering op het benaderen"
      ? `worden zorgaanbieders met ${withExclusions(raw)} niet meer benaderd${voor}.`
      : several(raw.naam)
        ? `zijn ${plural(raw.soort)} opgenomen${voor}: ${a.naam}.`
        : `is een ${a.soort} opgenomen${voor}: ${a.naam}.`,
  regel_verwijderd: ({ a, raw, voor }) =>
    hasParagraph(raw)
      ? `is de paragraaf ${a.paragraaf}${voor} vervallen, met ${paragraphRules(a, raw)}.`
      : several(raw.naam) ? `zijn de ${plural(raw.soort)} ${a.naam}${voor} vervallen.` : `is de ${a.soort} ${a.naam}${voor} vervallen.`,
  regel_soort_gewijzigd: ({ a, raw, voor }) => {
    // A rule that becomes (or stops being) a condition for selective purchase: the care it is
    // about, and what that means for a provider who does not meet it.
    const part = raw.deelzorg !== undefined ? ` van ${a.deelzorg}` : "";
    if (raw.nieuw === SELECTIVE && raw.deelzorg !== undefined) {
      const effect =
        raw.oud === "randvoorwaarde" || raw.oud === "aanvullende voorwaarde"
          ? "zorgaanbieders die er niet aan voldoen, houden hun zorgovereenkomst, maar deze zorg wordt niet bij hen ingekocht"
          : "bij zorgaanbieders die er niet aan voldoen, wordt deze zorg niet ingekocht";
      return `is ${ruleName(a, raw)}${voor} opgenomen als ${a.nieuw}${part} en niet langer als ${a.oud}: ${effect}.`;
    }
    if (raw.oud === SELECTIVE && raw.deelzorg !== undefined) {
      const effect =
        raw.nieuw === "randvoorwaarde" || raw.nieuw === "aanvullende voorwaarde"
          ? "zorgaanbieders die er niet aan voldoen, komen niet langer in aanmerking voor een zorgovereenkomst; voorheen werd alleen deze zorg niet bij hen ingekocht"
          : "deze zorg wordt voortaan ook ingekocht bij zorgaanbieders die er niet aan voldoen";
      return `is ${ruleName(a, raw)}${voor} opgenomen als ${a.nieuw} en niet langer als ${a.oud}${part}: ${effect}.`;
    }
    return `is ${ruleName(a, raw)}${voor} opgenomen als ${a.nieuw} en niet langer als ${a.oud}${part}.`;
  },
  // The care that is not purchased from a provider who does not meet the rule (`deelzorg`).
  deelzorg_gewijzigd: ({ a, raw, voor }) =>
    `is bij de ${a.soort} ${ruleName(a, raw)}${voor} gewijzigd welke zorg niet wordt ingekocht bij zorgaanbieders die er niet aan voldoen: niet langer ${a.oud}, maar ${a.nieuw}${alsoText(raw)}.`,
  regel_verplaatst: ({ a, raw, voor }) =>
    several(raw.naam)
      ? `De ${plural(raw.soort)} ${a.naam}${voor} staan nu in hoofdstuk ${a.nieuw} (voorheen ${a.oud}).`
      : `De ${a.soort} ${a.naam}${voor} staat nu in hoofdstuk ${a.nieuw} (voorheen ${a.oud}).`,
  regel_tekst_gewijzigd: ({ a, raw, voor }) => `is de tekst van de ${a.soort} ${ruleName(a, raw)}${voor} aangepast; de voorwaarde zelf is niet veranderd.`,
  regel_naam_gewijzigd: ({ a, voor }) => `is de naam van de ${a.soort} ${a.oude_naam}${voor} gewijzigd in ${a.naam}.`,
  // Moved with a care type split off from the one it applied to; the new care type by its name,
  // as the report names a care type that came ("de zorgsoort ‘Partusassistentie’").
  regel_zorgsoort_gewijzigd: ({ a, raw }) => {
    const names = (Array.isArray(raw.nieuw) ? raw.nieuw : [raw.nieuw]).map(String);
    return `geldt de ${a.soort} ${ruleName(a, raw)} voortaan voor ${names.length > 1 ? "de zorgsoorten" : "de zorgsoort"} ${dutchList(names.map((n) => `‘${n}’`))} in plaats van voor ${a.oud}.`;
  },
  // An exception route that repeats the threshold and changed only with it is said here, not
  // as a change of how to ask for an exception (report.ts, foldRouteIntoThreshold).
  drempel_gewijzigd: ({ a, raw, voor, context }) =>
    `is bij de ${a.soort} ${ruleName(a, raw)}${voor} de ${raw.grens !== undefined ? a.grens : "grens"} ${a.richting} ${fromTo(a, raw)}${context?.routeFollows ? "; ook de tekst van de uitzonderingsroute is daarop aangepast" : ""}.`,
  waarden_gewijzigd: ({ a, raw, voor }) => {
    const parts: string[] = [];
    const added = count(raw.toegevoegd);
    const removed = count(raw.vervallen);
    if (added > 0) parts.push(`${a.toegevoegd} ${added === 1 ? "is" : "zijn"} toegevoegd`);
    if (removed > 0) parts.push(`${a.vervallen} ${removed === 1 ? "is" : "zijn"} vervallen`);
    // The values a rule lists (the registers, the interventions), as its text lists them.
    return `is bij de ${a.soort} ${ruleName(a, raw)}${voor} de opsomming aangepast: ${parts.join(" en ")}.`;
  },
  voorwaarde_gewijzigd: ({ a, raw, voor }) => {
    const text = raw.ook_tekst === "ja" ? "; ook de tekst is aangepast" : "";
    if (raw.verklaring === "vervallen") return `is de ${a.soort} ${a.naam}${voor} niet langer een verklaring van de zorgaanbieder, maar een voorwaarde die wordt getoetst${text}.`;
    if (raw.verklaring === "ingevoerd") return `is de ${a.soort} ${a.naam}${voor} niet langer een voorwaarde die wordt getoetst, maar een verklaring van de zorgaanbieder${text}.`;
    // Renamed along with the logic: the old name and the new one, as the insurers write it
    // ("Stichting Garantiefonds Mondzorg gewijzigd in Stichting Geschilleninstantie Mondzorg").
    if (raw.oude_naam !== raw.naam) {
      const how = raw.richting === "aangescherpt" ? "aangescherpt tot" : raw.richting === "versoepeld" ? "versoepeld tot" : "gewijzigd in";
      return `is de ${a.soort} ${a.oude_naam}${voor} ${how} ${a.naam}.`;
    }
    return `is de ${a.soort} ${a.naam}${voor} ${raw.richting === "aangescherpt" || raw.richting === "versoepeld" ? String(raw.richting) : "inhoudelijk gewijzigd"}${text}.`;
  },
  status_gewijzigd: ({ a, raw, voor }) => {
    const state = (s: unknown) => (s === "voornemen" ? "een voornemen" : "definitief");
    const states = (s: unknown) => (s === "voornemen" ? "voornemens" : "definitief");
    return several(raw.naam)
      ? `zijn de ${plural(raw.soort)} ${a.naam}${voor} niet langer ${states(raw.oud)}, maar ${states(raw.nieuw)}${alsoText(raw)}.`
      : `is de ${a.soort} ${ruleName(a, raw)}${voor} niet langer ${state(raw.oud)}, maar ${state(raw.nieuw)}${alsoText(raw)}.`;
  },
  // Named with its kind (an exclusion), so the rule's name does not read as a thing.
  uitzondering_toegevoegd: ({ a, raw, voor }) => `is toegevoegd hoe een zorgaanbieder${voor} een uitzondering kan aanvragen op de ${a.soort} ${ruleName(a, raw)}.`,
  uitzondering_verwijderd: ({ a, raw, voor }) => `is de mogelijkheid vervallen om${voor} een uitzondering aan te vragen op de ${a.soort} ${ruleName(a, raw)}.`,
  uitzondering_gewijzigd: ({ a, raw, voor }) => {
    const how = raw.voorwaarde === "aangescherpt" || raw.voorwaarde === "versoepeld" ? String(raw.voorwaarde) : "inhoudelijk gewijzigd";
    if (raw.voorwaarde === "nee") {
      return raw.route === "ja"
        ? `is gewijzigd hoe een zorgaanbieder${voor} een uitzondering kan aanvragen op de ${a.soort} ${ruleName(a, raw)}.`
        : `is de tekst over het aanvragen van een uitzondering op de ${a.soort} ${ruleName(a, raw)}${voor} aangepast; de manier van aanvragen is niet veranderd.`;
    }
    const route = raw.route === "ja" ? "; ook is gewijzigd hoe een zorgaanbieder die uitzondering aanvraagt" : raw.route === "tekst" ? "; ook de tekst over het aanvragen is aangepast" : "";
    return `is de voorwaarde voor een uitzondering op de ${a.soort} ${ruleName(a, raw)}${voor} ${how}${route}.`;
  },
  toepassing_gewijzigd: ({ a, raw, voor }) =>
    raw.oud === "altijd"
      ? `geldt de ${a.soort} ${ruleName(a, raw)}${voor} niet langer altijd, maar alleen als ‘${a.nieuw}’.`
      : raw.nieuw === "altijd"
        ? `geldt de ${a.soort} ${ruleName(a, raw)}${voor} voortaan altijd, en niet alleen als ‘${a.oud}’.`
        : `geldt de ${a.soort} ${ruleName(a, raw)}${voor} voortaan als ‘${a.nieuw}’, en niet langer als ‘${a.oud}’.`,
  onbekend_gewijzigd: ({ a, raw, voor }) => `geldt bij de ${a.soort} ${ruleName(a, raw)}${voor} een onbekende waarde niet langer als ‘${a.oud}’, maar als ‘${a.nieuw}’.`,

  overeenkomsten_aantal_gewijzigd: ({ a, raw, voor }) => {
    // The tier that went (or came), and what that means for the providers it was (is) for.
    const went = raw.vervallen !== undefined ? ` ${capitalise(a.vervallen ?? "")} is vervallen: zorgaanbieders ${a.groep} ${raw.anders === undefined ? "komen niet meer in aanmerking" : `krijgen voortaan ${a.anders}`}.` : "";
    const came = raw.toegevoegd !== undefined ? ` ${capitalise(a.toegevoegd ?? "")} is toegevoegd: zorgaanbieders ${a.groep} ${raw.anders === undefined ? "komen voortaan in aanmerking" : `krijgen deze voortaan in plaats van ${a.anders}`}.` : "";
    return `is het aantal zorgovereenkomsten${voor} ${a.richting} van ${a.oud} naar ${a.nieuw}.${went}${came}`;
  },
  overeenkomsten_drempels_gewijzigd: ({ a, voor }) => `zijn de zorgovereenkomsten${voor} anders ingedeeld naar het aantal differentiatiefactoren: voorheen ${a.oud}, nu ${a.nieuw}.`,
  overeenkomst_hernoemd: ({ a, raw, voor }) => `heet de zorgovereenkomst${voor} voor ${a.factoren} ${count(raw.factoren) === 1 ? "differentiatiefactor" : "differentiatiefactoren"} niet langer ${a.oud}, maar ${a.nieuw}.`,
  differentiatie_ingevoerd: ({ a, voor }) => `is gedifferentieerde inkoop ingevoerd${voor}, met ${a.aantal} zorgovereenkomsten.`,
  differentiatie_vervallen: ({ a, voor }) => `is de gedifferentieerde inkoop${voor} vervallen; er waren ${a.aantal} zorgovereenkomsten.`,
  contractsoort_gewijzigd: ({ a, raw, voor }) => `is de zorgovereenkomst${voor} niet langer ${a.oud}, maar ${a.nieuw}${alsoText(raw)}.`,
  overeenkomst_loopt_door: ({ a, raw, voor }) => {
    const wasNew = raw.oud === "een nieuwe zorgovereenkomst";
    const runsOn = raw.nieuw === "een doorlopende zorgovereenkomst";
    // "de meerjarige zorgovereenkomst", as the sources say it ("een meerjarige zorgovereenkomst
    // gesloten die doorloopt in 2026"): where a source gives no term, the policy's `looptijd`
    // is the author's inference, which the sentence should not present as the source's words.
    return wasNew && runsOn
      ? `loopt${voor} de ${String(raw.looptijd).includes("-") ? "meerjarige zorgovereenkomst" : `zorgovereenkomst ${a.looptijd}`} door; er komt geen nieuw contractaanbod.`
      : `wordt de zorgovereenkomst ${a.looptijd}${voor} opnieuw aangeboden in plaats van dat zij doorloopt.`;
  },
  looptijd_gewijzigd: ({ a, raw, voor }) => `is de looptijd van de zorgovereenkomst${voor} gewijzigd van ${a.oud} in ${a.nieuw}${alsoText(raw)}.`,
  contracttekst_gewijzigd: ({ voor }) => `is de tekst over de zorgovereenkomst${voor} aangepast.`,
  overeenkomstnaam_gewijzigd: ({ a, voor }) => `heet de zorgovereenkomst${voor} niet langer ${a.oud}, maar ${a.nieuw}.`,
  inkoop_status_gewijzigd: ({ raw, voor }) => {
    const state = (s: unknown) => (s === "voornemen" ? "een voornemen" : "definitief");
    return `is de inkoop${voor} niet langer ${state(raw.oud)}, maar ${state(raw.nieuw)}${alsoText(raw)}.`;
  },
  jaar_opgeschoven: ({ a, raw }) =>
    `Voor het contractjaar ${a.nieuw} zijn datums en jaartallen ${count(raw.aantal) === 1 ? "op één plaats" : `op ${a.aantal} plaatsen`} van ${a.oud} naar ${a.nieuw} opgeschoven; dat is verder geen wijziging.`,

  mijlpaal_verschoven: ({ a, raw, voor }) => `is de datum van ${a.onderwerp}${voor} ${a.richting} ${fromTo(a, raw)}.`,
  // A moment in words reads as a phrase of the sentence ("half mei 2025", "1 juli 2025"), as in
  // mijlpaal_toegevoegd; "voorheen …, nu …" keeps two such phrases apart ("van vanaf … in …" would not).
  // Across a change of contract year each moment with its year, as a date's change says it
  // (fromTo): "begin september 2025" and "eind augustus 2026" are then not a year apart.
  mijlpaal_moment_gewijzigd: ({ a, voor, context }) => {
    const years = context?.contractYears;
    return years
      ? `is het moment van ${a.onderwerp}${voor} gewijzigd: voorheen ${a.oud} voor het contractjaar ${years.oud}, nu ${a.nieuw} voor het contractjaar ${years.nieuw}.`
      : `is het moment van ${a.onderwerp}${voor} gewijzigd: voorheen ${a.oud}, nu ${a.nieuw}.`;
  },
  mijlpaal_toegevoegd: ({ a, voor }) => `is in de planning ${a.onderwerp}${voor} opgenomen (${a.moment}).`,
  mijlpaal_verwijderd: ({ a, voor }) => `is ${a.onderwerp}${voor} (${a.moment}) uit de planning vervallen.`,

  tabel_toegevoegd: ({ a }) => `is de tabel ${a.tabel} opgenomen.`,
  tabel_verwijderd: ({ a }) => `is de tabel ${a.tabel} vervallen.`,
  // A table's parts as a reader of the document sees them: its title, a column's heading, a row.
  tabel_titel_gewijzigd: ({ a }) => `is de titel van de tabel ${a.oud} gewijzigd in ${a.nieuw}.`,
  tabel_status_gewijzigd: ({ a, raw }) => {
    const state = (s: unknown) => (s === "voornemen" ? "een voornemen" : "definitief");
    return `is de tabel ${a.tabel} niet langer ${state(raw.oud)}, maar ${state(raw.nieuw)}.`;
  },
  kolomkop_gewijzigd: ({ a }) => `is in de tabel ${a.tabel} de kolomkop ${a.oud} gewijzigd in ${a.nieuw}.`,
  tabelrijen_toegevoegd: ({ a, raw, context }) =>
    count(raw.aantal) === 1 ? `is aan de tabel ${a.tabel} de rij ${rowNames(a, context)} toegevoegd.` : `zijn aan de tabel ${a.tabel} ${a.aantal} rijen toegevoegd: ${rowNames(a, context)}.`,
  tabelrijen_verwijderd: ({ a, raw, context }) =>
    count(raw.aantal) === 1 ? `is uit de tabel ${a.tabel} de rij ${rowNames(a, context)} vervallen.` : `zijn uit de tabel ${a.tabel} ${a.aantal} rijen vervallen: ${rowNames(a, context)}.`,
  tabelrijen_gewijzigd: ({ a, raw, context }) =>
    count(raw.aantal) === 1 ? `is in de tabel ${a.tabel} de rij ${rowNames(a, context)} gewijzigd.` : `zijn in de tabel ${a.tabel} ${a.aantal} rijen gewijzigd: ${rowNames(a, context)}.`,

  // The heading of a group, as the sources' lists name it ("het kopje ‘iMSR bij chronische pijn’").
  groep_titel_gewijzigd: ({ a, voor }) => `is het kopje ${a.oud}${voor} gewijzigd in ${a.nieuw}.`,
  tekst_gewijzigd: ({ a, raw }) => `${count(raw.aantal) === 1 ? "is" : "zijn"} ${a.onderwerpen} aangepast.`,
  // A paragraph with a heading of its own within a subject, as the sources write it: "bij het
  // thema … is de paragraaf ‘CSRD (…)’ opgenomen".
  tekst_toegevoegd: ({ a, context }) => (context?.paragraph !== undefined ? `is bij ${a.onderwerp} de paragraaf ‘${context.paragraph}’ opgenomen.` : `is een passage opgenomen over ${a.onderwerp}.`),
  tekst_verwijderd: ({ a, context }) => (context?.paragraph !== undefined ? `is bij ${a.onderwerp} de paragraaf ‘${context.paragraph}’ vervallen.` : `is de passage over ${a.onderwerp} vervallen.`),
  hoofdstuk_hernummerd: ({ a }) => `Hoofdstuk ${a.titel} heeft het nummer ${a.nieuw} gekregen (voorheen ${a.oud}).`,
  hoofdstuk_titel_gewijzigd: ({ a }) => `is de titel gewijzigd van ${a.oud} in ${a.nieuw}.`,

  // A fact belongs to no chapter; the rules that read it do, and the sentence stands in the
  // chapter of the first (compareFacts.ts). It names the fact by its description and those rules,
  // as a reader of the document knows it: "In hoofdstuk 3.1 mag het aantal werkdagen … (randvoorwaarde
  // ‘…’) niet langer groter zijn dan 60." Without the models, by its key: "het feit ‘…’".
  feit_bereik_gewijzigd: (args) => {
    const fact = args.context?.fact;
    const subject = fact ? `${factInText(fact.description)}${fact.rules.length > 0 ? ` (${dutchList(fact.rules)})` : ""}` : `het feit ${args.a.feit}`;
    // The verb comes before the subject after "In hoofdstuk 3.1": "mag het aantal … niet langer …".
    const [first = "", ...rest] = rangeClauses(args);
    const verb = first.split(" ")[0] as string;
    return `${verb} ${subject} ${dutchList([first.slice(verb.length + 1), ...rest])}.`;
  },

  datumregel_toegevoegd: ({ a, voor }) => `is een regel opgenomen voor de ${a.omschrijving}${voor}.`,
  datumregel_verwijderd: ({ a, voor }) => `is de regel voor de ${a.omschrijving}${voor} vervallen.`,
  datumregel_gewijzigd: ({ a, voor }) => `is de berekening van de ${a.omschrijving}${voor} gewijzigd van ‘${a.oud}’ in ‘${a.nieuw}’.`,
};
