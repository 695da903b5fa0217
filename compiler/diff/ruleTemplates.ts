/**
 * The sentences of the change report for a change of a rule: added or dropped (alone, or with
 * a care type's own paragraph), another kind, moved, renamed, its text, its threshold, the
 * values it lists, its condition, its status, its exception, when it applies and what an
 * unknown value counts as. Joined with the other families into TEMPLATES in templates.ts.
 */

import { dutchList } from "./format.js";
import type { ChangeKind } from "./kinds.js";
import { alsoText, count, fromTo, plural, ruleName, several, type Template, type TemplateArgs } from "./templateParts.js";

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

export const RULE_TEMPLATES = {
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
} satisfies Partial<Record<ChangeKind, Template>>;
