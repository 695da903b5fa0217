/**
 * The checker's result, drawn from the decision the evaluator returns (`Beslissing`, see
 * docs/beslissing.md) and from what of it is settled (settled.ts): the headline (in the live
 * region) with the reason, the exception route when an exclusion applies, what is missing for a
 * higher agreement, the open questions (each linked to its question), the dates, the
 * explanation, and every rule with its outcome, text and chapter (linked to the document). While
 * questions are open only what no answer can change is shown as the outcome; the rest says
 * that it still depends on the open questions.
 */

import type { Beslissing, Regeluitkomst } from "../../runtime/index.js";
import { el, linkedText, replaceChildren, type Child } from "./dom.js";
import { formatDutchDate } from "./numbers.js";
import { isGood, ruleGroups } from "./ruleList.js";
import type { Settled } from "./settled.js";

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

export interface DecisionView {
  readonly decision: Beslissing;
  readonly settled: Settled;
  /** The questions not (or not rightly) answered; empty: the decision is complete. */
  readonly open: readonly OpenQuestion[];
  readonly total: number;
  readonly documentHref: string;
  readonly dateLabels: Readonly<Record<string, string>>;
  /**
   * What a date without value means for these answers, in the words of `beleid eval`
   * (runtime/sentences.ts, `dateWithoutValue`): "Niet van toepassing: u heeft zelf geen
   * zorgovereenkomst aangevraagd."
   */
  readonly dateWithoutValue: (id: string) => string;
  readonly factorsTitle?: string | undefined;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "a", "a en b", "a, b en c". */
function listInWords(items: readonly string[], word = "en"): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Names of agreements in words, their shared first words once: "Zorgovereenkomst A, B of C". */
function agreementsInWords(names: readonly string[]): string {
  const first = names[0] ?? "";
  const prefix = first.slice(0, first.lastIndexOf(" ") + 1);
  const shared = prefix !== "" && names.every((n) => n.startsWith(prefix) && n.length > prefix.length);
  return shared ? `${prefix}${listInWords(names.map((n) => n.slice(prefix.length)), "of")}` : listInWords(names, "of");
}

function questionsLeft(open: readonly OpenQuestion[]): string {
  return open.length === 1 ? "Nog 1 vraag" : `Nog ${open.length} vragen`;
}

/** "12 van de 32 vragen zijn beantwoord; 1 antwoord is niet goed ingevuld." */
function answeredLine(open: readonly OpenQuestion[], total: number): string {
  const invalid = open.filter((q) => q.problem === "ongeldig").length;
  return `${total - open.length} van de ${total} vragen zijn beantwoord${invalid > 0 ? `; ${invalid === 1 ? "1 antwoord is" : `${invalid} antwoorden zijn`} niet goed ingevuld` : ""}.`;
}

function openQuestionsSection(open: readonly OpenQuestion[]): HTMLElement {
  return el(
    "section",
    { "aria-labelledby": "open-vragen-kop" },
    el("h3", { id: "open-vragen-kop" }, "Nog te beantwoorden"),
    el(
      "ul",
      { class: "open-vragen" },
      ...open.map((q) =>
        el("li", {}, el("a", { href: `#${q.focusId}`, "data-focus": q.focusId }, q.label), q.problem === "ongeldig" ? el("span", { class: "label label-fout" }, "niet goed ingevuld") : null),
      ),
    ),
  );
}

/** Before anything is settled: how many questions are left, and which. */
export function showOpenQuestions(targets: ResultTargets, open: readonly OpenQuestion[], total: number): void {
  const count = questionsLeft(open);
  targets.bar.textContent = `Uitkomst: ${count.toLowerCase()} te beantwoorden`;
  replaceChildren(targets.summary, el("p", { class: "besluit-kop besluit-open" }, `${count} te beantwoorden voordat de uitkomst bekend is.`), el("p", {}, answeredLine(open, total)));
  replaceChildren(targets.details, openQuestionsSection(open));
}

export function showError(targets: ResultTargets, title: string, lines: readonly string[]): void {
  replaceChildren(targets.summary, el("p", { class: "besluit-kop besluit-open" }, title));
  targets.bar.textContent = `Uitkomst: ${title}`;
  replaceChildren(targets.details, el("ul", { class: "meldingen" }, ...lines.map((line) => el("li", {}, line))));
}

/** Why the provider is not eligible, in the explanation's own sentences (so the explanation can leave them out). */
function reasonLines(decision: Beslissing, settled: Settled, complete: boolean): string[] {
  if (settled.intended) return [`De inkoop van ${lowerFirst(decision.zorgsoort.naam)} is nog een voornemen: ${decision.beleid.organisatie} biedt hiervoor nog geen zorgovereenkomst aan.`];
  const lines = settled.reasons.map((r) =>
    r.soort === "uitsluiting" ? `Uitgesloten: ‘${r.naam}’ (hoofdstuk ${r.hoofdstuk.nummer}).` : `Niet voldaan aan ${r.soort === "aanvullende_voorwaarde" ? "de aanvullende voorwaarde" : "de randvoorwaarde"} ‘${r.naam}’ (hoofdstuk ${r.hoofdstuk.nummer}).`,
  );
  const few = settled.tooFewFactors;
  if (lines.length === 0 && few) lines.push(`U voldoet aan ${complete ? "" : "ten hoogste "}${few.most} van de ${few.total} differentiatiefactoren.`, "Dat is minder dan het minimum voor een zorgovereenkomst.");
  return lines;
}

/** For an eligible provider with open questions: what they still decide. */
function stillOpen(view: DecisionView): string[] {
  const { decision, settled } = view;
  const organisation = decision.beleid.organisatie;
  const parts: string[] = [];
  if (!settled.approachFinal) parts.push(`of ${organisation} u uit zichzelf benadert met een contractaanbod`);
  const careParts = decision.regels.filter((r) => r.soort === "selectieve_inkoop" && r.status === "definitief" && r.deelzorg !== undefined && !settled.finalRules.has(r.id)).map((r) => r.deelzorg as string);
  for (const care of new Set(careParts)) parts.push(`of ${organisation} ${care} bij u inkoopt`);
  for (const id of Object.keys(decision.datums)) if (!settled.finalDates.has(id)) parts.push(`de ${lowerFirst(view.dateLabels[id] ?? id)}`);
  return parts;
}

function summaryParts(view: DecisionView): { headline: string; mark: string; kind: string; bar: string; lines: string[] } {
  const { decision, settled, open } = view;
  const factors = decision.differentiatie;
  const factorLine = factors && settled.factorsFinal ? `U voldoet aan ${factors.factorenVoldaan} van de ${factors.factorenTotaal} differentiatiefactoren.` : undefined;
  const agreement = settled.agreements.length === 1 ? settled.agreements[0] : undefined;
  const lines: string[] = [];
  if (settled.eligible === false) {
    lines.push(...reasonLines(decision, settled, open.length === 0));
    if (open.length > 0) lines.push("Dit staat vast: uw antwoorden op de open vragen veranderen dit niet.");
    return { headline: "U komt niet in aanmerking voor een zorgovereenkomst.", mark: "✗", kind: "besluit-nee", bar: "niet in aanmerking", lines };
  }
  if (settled.eligible === true) {
    if (factorLine) lines.push(factorLine);
    if (settled.agreements.length > 1) lines.push("Dat u in aanmerking komt, staat vast.", `Voor welke zorgovereenkomst hangt af van uw antwoorden over de differentiatiefactoren: ${agreementsInWords(settled.agreements.map((a) => a.naam))}.`);
    if (open.length > 0) {
      if (agreement) lines.push("Dit staat vast: uw antwoorden op de open vragen veranderen dit niet.");
      const parts = stillOpen(view);
      if (parts.length > 0) lines.push(`Van de open vragen hangt nog af: ${listInWords(parts)}.`);
    }
    return agreement
      ? { headline: `U komt in aanmerking voor ${agreement.naam}.`, mark: "✓", kind: "besluit-ja", bar: agreement.naam, lines }
      : { headline: "U komt in aanmerking voor een zorgovereenkomst.", mark: "✓", kind: "besluit-ja", bar: "in aanmerking", lines };
  }
  // Not yet known; with differentiation the factors may already settle the agreement.
  if (agreement && factors) lines.push(`Komt u in aanmerking, dan is dat voor ${agreement.naam}.${factorLine ? ` ${factorLine}` : ""}`);
  const count = questionsLeft(open);
  return { headline: `${count} te beantwoorden voordat de uitkomst bekend is.`, mark: "", kind: "besluit-open", bar: `${count.toLowerCase()} te beantwoorden`, lines };
}

export function showDecision(targets: ResultTargets, view: DecisionView): void {
  const { decision, settled, open, documentHref } = view;
  const complete = open.length === 0;
  const summary = summaryParts(view);
  targets.bar.textContent = `Uitkomst: ${summary.bar}`;
  replaceChildren(
    targets.summary,
    el("p", { class: `besluit-kop ${summary.kind}` }, summary.mark ? el("span", { class: "teken", "aria-hidden": "true" }, summary.mark) : null, summary.mark ? " " : null, summary.headline),
    ...summary.lines.map((line) => el("p", {}, line)),
    complete ? null : el("p", {}, answeredLine(open, view.total)),
  );

  const isFinal = (rule: Regeluitkomst) => settled.finalRules.has(rule.id);
  const routes = settled.reasons.filter((r) => r.soort === "uitsluiting" && r.uitzonderingsroute !== undefined);
  const missing = settled.eligible !== false && settled.factorsFinal ? (decision.differentiatie?.ontbreekt ?? []) : [];
  // Sentences shown in their own place are left out of the explanation.
  const shownElsewhere = new Set([summary.headline, ...summary.lines, ...routes.map((r) => `Uitzondering aanvragen: ${r.uitzonderingsroute}`), ...missing.map((m) => m.tekst)]);
  const explanation = complete ? decision.toelichting.filter((line) => !shownElsewhere.has(line)) : [];
  // The dates are those of the agreement: only for a provider who is eligible, each once its
  // questions are answered; a date without value with the sentence `beleid eval` gives it.
  const dates = settled.eligible === true ? Object.entries(decision.datums as Record<string, string | null>).filter(([id]) => settled.finalDates.has(id)) : [];
  const counted = decision.regels.filter((r) => r.status === "definitief" && isFinal(r) && r.uitkomst !== "niet_van_toepassing");
  const pending = decision.regels.filter((r) => r.status === "definitief" && !isFinal(r)).length;
  const met = counted.filter(isGood).length;
  const tally = complete
    ? `U voldoet aan ${met} van de ${counted.length} regels die op u van toepassing zijn.`
    : `U voldoet aan ${met} van de ${counted.length} regels waarvan de uitkomst al vaststaat. Bij ${pending === 1 ? "1 regel" : `${pending} regels`} hangt de uitkomst nog af van de open vragen (‘nog niet bekend’).`;

  const sections: Child[] = [
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
    complete ? null : openQuestionsSection(open),
    // The dates before the explanation, as in `beleid eval`.
    dates.length > 0
      ? el(
          "section",
          { "aria-labelledby": "datums-kop" },
          el("h3", { id: "datums-kop" }, "Datums"),
          el(
            "dl",
            { class: "datums" },
            ...dates.flatMap(([id, iso]) => [
              el("dt", {}, view.dateLabels[id] ?? id),
              el("dd", {}, iso !== null ? el("time", { datetime: iso }, formatDutchDate(iso)) : view.dateWithoutValue(id)),
            ]),
          ),
        )
      : null,
    explanation.length > 0 ? el("section", { "aria-labelledby": "toelichting-kop" }, el("h3", { id: "toelichting-kop" }, "Toelichting"), el("ul", { class: "toelichting" }, ...explanation.map((line) => el("li", {}, line)))) : null,
    el(
      "section",
      { "aria-labelledby": "regels-kop" },
      el("h3", { id: "regels-kop" }, "Alle voorwaarden"),
      el("p", {}, tally),
      ...ruleGroups({ rules: decision.regels, isFinal, careTypeId: decision.zorgsoort.id, documentHref, organisation: decision.beleid.organisatie }, view.factorsTitle),
    ),
  ];
  replaceChildren(targets.details, ...sections);
}
