/**
 * The Dutch sentences of the change report, one per kind of change (TEMPLATES). A template gets
 * the change's arguments already formatted (names between ‘ ’, small counts in words, dates in
 * full) and writes the part of the sentence after "In hoofdstuk 3.1 " (or after "Hiermee " when
 * the change is the consequence of another). `voor` is " voor fysiotherapie" when the change
 * concerns some care types, and "" otherwise. The changes of a rule are in ruleTemplates.ts, a
 * fact's range in factTemplates.ts, the parts they share in templateParts.ts; here are those
 * of care types, agreements, the planning, tables, the document's texts and date rules.
 */

import { FACT_TEMPLATES } from "./factTemplates.js";
import { capitalise, dutchList } from "./format.js";
import type { ChangeKind } from "./kinds.js";
import { RULE_TEMPLATES } from "./ruleTemplates.js";
import { alsoText, count, fromTo, type Template, type TemplateArgs } from "./templateParts.js";

export type { SentenceContext, TemplateArgs } from "./templateParts.js";

/** Kinds whose sentence names its own subject instead of starting with "In hoofdstuk …". */
export const OWN_SUBJECT: ReadonlySet<ChangeKind> = new Set<ChangeKind>(["hoofdstuk_hernummerd", "jaar_opgeschoven", "regel_verplaatst"]);

/** Rows of a table as the document names them, when the report knows them; otherwise by their keys. */
const rowNames = (a: TemplateArgs["a"], context: TemplateArgs["context"]) => (context?.rows !== undefined ? dutchList(context.rows.map((r) => `‘${r}’`)) : a.rijen);

export const TEMPLATES: Record<ChangeKind, Template> = {
  zorgsoort_toegevoegd: ({ a }) => `is de zorgsoort ${a.zorgsoort} toegevoegd, met een eigen zorgovereenkomst.`,
  zorgsoort_verwijderd: ({ a }) => `is de zorgsoort ${a.zorgsoort} vervallen; daarvoor is er geen eigen zorgovereenkomst meer.`,
  zorgsoort_afgesplitst: ({ a }) => `wordt de zorgsoort ${a.zorgsoort} voortaan apart ingekocht (voorheen onder ${a.onder}), met een eigen zorgovereenkomst.`,
  zorgsoort_samengevoegd: ({ a }) => `wordt de zorgsoort ${a.zorgsoort} niet langer apart ingekocht, maar weer onder ${a.onder}; daarvoor is er geen eigen zorgovereenkomst meer.`,

  ...RULE_TEMPLATES,

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

  ...FACT_TEMPLATES,

  datumregel_toegevoegd: ({ a, voor }) => `is een regel opgenomen voor de ${a.omschrijving}${voor}.`,
  datumregel_verwijderd: ({ a, voor }) => `is de regel voor de ${a.omschrijving}${voor} vervallen.`,
  datumregel_gewijzigd: ({ a, voor }) => `is de berekening van de ${a.omschrijving}${voor} gewijzigd van ‘${a.oud}’ in ‘${a.nieuw}’.`,
};
