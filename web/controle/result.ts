/**
 * The checker's result, drawn from the decision the evaluator returns (`Beslissing`, see
 * docs/beslissing.md): the headline (in the live region), the exception route when an
 * exclusion applies, what is missing for a higher agreement, the explanation, the dates, and
 * every rule with its outcome, text and chapter (linked to the document). When answers are
 * missing it lists them instead, each linked to its question.
 */

import type { Beslissing, Regeluitkomst } from "../../runtime/index.js";
import { el, linkedText, proseNodes, replaceChildren } from "./dom.js";
import { formatDutchDate } from "./numbers.js";

export interface ResultTargets {
  readonly summary: HTMLElement;
  readonly details: HTMLElement;
  /** On small screens, a bar at the bottom with the headline that leads to the result. */
  readonly bar: HTMLElement;
}

export interface OpenQuestion {
  readonly label: string;
  readonly focusId: string;
  readonly problem: "leeg" | "ongeldig";
}

const OUTCOME: Record<Regeluitkomst["uitkomst"], { label: string; mark: string; good: boolean | undefined }> = {
  voldaan: { label: "Voldaan", mark: "✓", good: true },
  niet_voldaan: { label: "Niet voldaan", mark: "✗", good: false },
  niet_van_toepassing: { label: "Niet van toepassing", mark: "–", good: undefined },
  uitgesloten: { label: "Uitgesloten", mark: "✗", good: false },
  niet_uitgesloten: { label: "Niet uitgesloten", mark: "✓", good: true },
  uitzondering: { label: "Uitzondering verleend", mark: "!", good: undefined },
};

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function outcomeClass(good: boolean | undefined): string {
  return good === true ? "goed" : good === false ? "fout" : "neutraal";
}

export function showOpenQuestions(targets: ResultTargets, open: readonly OpenQuestion[], total: number): void {
  const invalid = open.filter((q) => q.problem === "ongeldig").length;
  const count = open.length === 1 ? "Nog 1 vraag" : `Nog ${open.length} vragen`;
  targets.bar.textContent = `Uitkomst: ${count.toLowerCase()} te beantwoorden`;
  replaceChildren(
    targets.summary,
    el("p", { class: "besluit-kop besluit-open" }, `${count} te beantwoorden voordat de uitkomst bekend is.`),
    el("p", {}, `${total - open.length} van de ${total} vragen zijn beantwoord${invalid > 0 ? `; ${invalid === 1 ? "1 antwoord is" : `${invalid} antwoorden zijn`} niet goed ingevuld` : ""}.`),
  );
  replaceChildren(
    targets.details,
    el("h3", {}, "Nog te beantwoorden"),
    el(
      "ul",
      { class: "open-vragen" },
      ...open.map((q) =>
        el("li", {}, el("a", { href: `#${q.focusId}`, "data-focus": q.focusId }, q.label), q.problem === "ongeldig" ? el("span", { class: "label label-fout" }, "niet goed ingevuld") : null),
      ),
    ),
  );
}

export function showError(targets: ResultTargets, title: string, lines: readonly string[]): void {
  replaceChildren(targets.summary, el("p", { class: "besluit-kop besluit-open" }, title));
  targets.bar.textContent = `Uitkomst: ${title}`;
  replaceChildren(targets.details, el("ul", { class: "meldingen" }, ...lines.map((line) => el("li", {}, line))));
}

/** A rule of selective purchase that does not hold costs a part of the care, not the agreement: not in red, and with what is not purchased. */
const notPurchased = (rule: Regeluitkomst) => rule.soort === "selectieve_inkoop" && rule.status === "definitief" && rule.uitkomst === "niet_voldaan";

/**
 * A rule that was unknown is not shown as met or not met: its outcome is what the policy counts
 * it as (`bij_onbekend`), as `beleid eval` shows it and the explanation says ("Onbekend is of …").
 */
function unknownOutcome(rule: Regeluitkomst): { label: string; mark: string; good: boolean | undefined } {
  const countedAs = rule.uitkomst === "uitzondering" ? "uitgesloten, uitzondering verleend" : OUTCOME[rule.uitkomst].label.toLowerCase();
  return { label: `Onbekend, geteld als ${countedAs}`, mark: "?", good: undefined };
}

/**
 * A rule about being approached costs the approach, not the agreement: "Uitgesloten" next to a
 * headline "U komt in aanmerking" read as a contradiction.
 */
const APPROACH_OUTCOME: Partial<Record<Regeluitkomst["uitkomst"], { label: string; mark: string; good: boolean | undefined }>> = {
  uitgesloten: { label: "Geldt, dus niet benaderd", mark: "✗", good: false },
  niet_uitgesloten: { label: "Geldt niet", mark: "✓", good: true },
  niet_voldaan: { label: "Niet voldaan, dus niet benaderd", mark: "✗", good: false },
};

const aboutApproach = (rule: Regeluitkomst) => rule.soort === "benaderingsvoorwaarde" || rule.soort === "benaderingsuitsluiting";

/**
 * The rule's bullet in the document. A differentiation factor has an anchor per care type
 * (`#regel-<sleutel>-<zorgsoort>`): a factor shared by several care types stands under each.
 */
function ruleHref(rule: Regeluitkomst, careTypeId: string, documentHref: string): string {
  return rule.soort === "differentiatiefactor" ? `${documentHref}#regel-${rule.id}-${careTypeId}` : `${documentHref}#regel-${rule.id}`;
}

function ruleItem(rule: Regeluitkomst, careTypeId: string, documentHref: string): HTMLElement {
  const unknown = rule.onbekend && rule.uitkomst !== "niet_van_toepassing";
  const outcome = unknown
    ? unknownOutcome(rule)
    : notPurchased(rule)
      ? { ...OUTCOME.niet_voldaan, mark: "–", good: undefined }
      : ((aboutApproach(rule) ? APPROACH_OUTCOME[rule.uitkomst] : undefined) ?? OUTCOME[rule.uitkomst]);
  return el(
    "li",
    { class: `regel-uitkomst uitkomst-${outcomeClass(outcome.good)}` },
    el("span", { class: "teken", "aria-hidden": "true" }, outcome.mark),
    el(
      "div",
      { class: "regel-inhoud" },
      el(
        "p",
        { class: "regel-kop" },
        el("span", { class: "uitkomst-label" }, outcome.label),
        ": ",
        el("strong", {}, rule.naam),
        " ",
        el("a", { href: ruleHref(rule, careTypeId, documentHref), class: "hoofdstuk-link" }, `hoofdstuk ${rule.hoofdstuk.nummer}`),
        rule.status === "voornemen" ? el("span", { class: "label label-voornemen" }, "voornemen, telt niet mee") : null,
        rule.verklaring ? el("span", { class: "label" }, "verklaring") : null,
        notPurchased(rule) && rule.deelzorg ? el("span", { class: "label" }, `${rule.deelzorg} niet ingekocht`) : null,
      ),
      ...proseNodes(rule.tekst, "regel-tekst"),
      rule.toelichting ? el("p", { class: "regel-toelichting" }, rule.toelichting) : null,
    ),
  );
}

/**
 * The rules under the headings of the document: a group's title, and for the differentiation
 * factors the title above them in the care type's differentiation ("Differentiatiefactoren",
 * "Kraamzorg - differentiatiefactoren"), all factors together as the document lists them, also
 * those of a group shared with another care type.
 */
function rulesByGroup(rules: readonly Regeluitkomst[], factorsTitle: string | undefined): { title: string; rules: Regeluitkomst[] }[] {
  const groups: { key: string; title: string; rules: Regeluitkomst[] }[] = [];
  for (const rule of rules) {
    const asFactor = rule.soort === "differentiatiefactor" && factorsTitle !== undefined;
    const key = asFactor ? `${rule.hoofdstuk.nummer}|differentiatiefactoren` : `${rule.hoofdstuk.nummer}|${rule.groep.id}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, title: `${rule.hoofdstuk.nummer} ${asFactor ? factorsTitle : rule.groep.titel}`, rules: [] };
      groups.push(group);
    }
    group.rules.push(rule);
  }
  return groups;
}

export function showDecision(
  targets: ResultTargets,
  decision: Beslissing,
  documentHref: string,
  dateLabels: Readonly<Record<string, string>>,
  factorsTitle?: string,
): void {
  const excluded = decision.regels.filter((r) => r.status === "definitief" && r.uitkomst === "uitgesloten");
  const routes = excluded.filter((r) => r.uitzonderingsroute !== undefined);
  const missing = decision.differentiatie?.ontbreekt ?? [];
  const headline = decision.inAanmerking && decision.overeenkomst ? `U komt in aanmerking voor ${decision.overeenkomst.naam}.` : "U komt niet in aanmerking voor een zorgovereenkomst.";
  const factors = decision.differentiatie;
  targets.bar.textContent = `Uitkomst: ${decision.inAanmerking && decision.overeenkomst ? decision.overeenkomst.naam : "niet in aanmerking"}`;

  replaceChildren(
    targets.summary,
    el(
      "p",
      { class: `besluit-kop ${decision.inAanmerking ? "besluit-ja" : "besluit-nee"}` },
      el("span", { class: "teken", "aria-hidden": "true" }, decision.inAanmerking ? "✓" : "✗"),
      " ",
      headline,
    ),
    factors && decision.inAanmerking ? el("p", {}, `U voldoet aan ${factors.factorenVoldaan} van de ${factors.factorenTotaal} differentiatiefactoren.`) : null,
  );

  // Sentences shown in their own section are left out of the explanation.
  const factorLine = factors ? `U voldoet aan ${factors.factorenVoldaan} van de ${factors.factorenTotaal} differentiatiefactoren.` : "";
  const shownElsewhere = new Set([headline, ...(decision.inAanmerking ? [factorLine] : []), ...routes.map((r) => `Uitzondering aanvragen: ${r.uitzonderingsroute}`), ...missing.map((m) => m.tekst)]);
  const explanation = decision.toelichting.filter((line) => !shownElsewhere.has(line));
  const dates = Object.entries(decision.datums as Record<string, string | null>).filter((entry): entry is [string, string] => entry[1] !== null);
  const applicable = decision.regels.filter((r) => r.uitkomst !== "niet_van_toepassing" && r.status === "definitief");
  const met = applicable.filter((r) => OUTCOME[r.uitkomst].good === true).length;

  replaceChildren(
    targets.details,
    routes.length > 0
      ? el(
          "section",
          { class: "uitzondering", "aria-labelledby": "uitzondering-kop" },
          el("h3", { id: "uitzondering-kop" }, "Uitzondering aanvragen"),
          ...routes.map((r) => el("p", {}, el("strong", {}, `${upperFirst(r.naam)} (hoofdstuk ${r.hoofdstuk.nummer}). `), ...linkedText(r.uitzonderingsroute ?? ""))),
        )
      : null,
    missing.length > 0
      ? el("section", { class: "ontbreekt", "aria-labelledby": "ontbreekt-kop" }, el("h3", { id: "ontbreekt-kop" }, "Wat ontbreekt voor een hogere zorgovereenkomst"), el("ul", {}, ...missing.map((m) => el("li", {}, m.tekst))))
      : null,
    explanation.length > 0 ? el("section", { "aria-labelledby": "toelichting-kop" }, el("h3", { id: "toelichting-kop" }, "Toelichting"), el("ul", { class: "toelichting" }, ...explanation.map((line) => el("li", {}, line)))) : null,
    dates.length > 0
      ? el(
          "section",
          { "aria-labelledby": "datums-kop" },
          el("h3", { id: "datums-kop" }, "Datums"),
          el("dl", { class: "datums" }, ...dates.flatMap(([id, iso]) => [el("dt", {}, dateLabels[id] ?? id), el("dd", {}, el("time", { datetime: iso }, formatDutchDate(iso)))])),
        )
      : null,
    el(
      "section",
      { "aria-labelledby": "regels-kop" },
      el("h3", { id: "regels-kop" }, "Alle voorwaarden"),
      el("p", {}, `U voldoet aan ${met} van de ${applicable.length} regels die op u van toepassing zijn.`),
      ...rulesByGroup(decision.regels, factorsTitle).map((group) => el("div", { class: "regelgroep" }, el("h4", {}, group.title), el("ul", { class: "regel-uitkomsten" }, ...group.rules.map((r) => ruleItem(r, decision.zorgsoort.id, documentHref))))),
    ),
  );
}
