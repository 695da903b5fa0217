/**
 * The list of every rule in the checker's result ("Alle voorwaarden"), under the headings of
 * the document, each with its outcome in words and a mark, its name, its published text and a
 * link to its bullet in the document. A rule whose outcome still depends on an open question
 * says so instead of showing the outcome the evaluator computed with a stand-in answer.
 */

import type { Regeluitkomst } from "../../runtime/index.js";
import { el, proseNodes } from "./dom.js";
import { rulesByGroup } from "./ruleGroups.js";

export interface Outcome {
  readonly label: string;
  readonly mark: string;
  readonly good: boolean | undefined;
}

/**
 * The outcome in words. An exclusion and an approach exclusion say what follows from them ("dus
 * geen zorgovereenkomst", "dus niet benaderd"): two rules with one name (the behandelindex in
 * 2.3 and in 4) must not read as the same thing twice.
 */
const OUTCOME: Record<Regeluitkomst["uitkomst"], Outcome> = {
  voldaan: { label: "Voldaan", mark: "✓", good: true },
  niet_voldaan: { label: "Niet voldaan", mark: "✗", good: false },
  niet_van_toepassing: { label: "Niet van toepassing", mark: "–", good: undefined },
  uitgesloten: { label: "Geldt, dus geen zorgovereenkomst", mark: "✗", good: false },
  niet_uitgesloten: { label: "Geldt niet", mark: "✓", good: true },
  uitzondering: { label: "Geldt, maar uitzondering verleend", mark: "!", good: undefined },
};

/** A rule about being approached costs the approach, not the agreement. */
const APPROACH_OUTCOME: Partial<Record<Regeluitkomst["uitkomst"], Outcome>> = {
  uitgesloten: { label: "Geldt, dus niet benaderd", mark: "✗", good: false },
  niet_voldaan: { label: "Niet voldaan, dus niet benaderd", mark: "✗", good: false },
};

/** What an unknown rule counts as, in the words of `beleid eval` and the explanation ("Onbekend is of …"). */
const COUNTED_AS: Record<Regeluitkomst["uitkomst"], string> = {
  voldaan: "voldaan",
  niet_voldaan: "niet voldaan",
  niet_van_toepassing: "niet van toepassing",
  uitgesloten: "uitgesloten",
  niet_uitgesloten: "niet uitgesloten",
  uitzondering: "uitgesloten, uitzondering verleend",
};

const OPEN: Outcome = { label: "Nog niet bekend", mark: "…", good: undefined };

export const aboutApproach = (rule: Regeluitkomst) => rule.soort === "benaderingsvoorwaarde" || rule.soort === "benaderingsuitsluiting";

/** A rule of selective purchase that does not hold costs a part of the care, not the agreement: not in red, and with what is not purchased. */
const notPurchased = (rule: Regeluitkomst) => rule.soort === "selectieve_inkoop" && rule.status === "definitief" && rule.uitkomst === "niet_voldaan";

/** Whether the outcome counts as good for the provider (met, or an exclusion that does not apply). */
export const isGood = (rule: Regeluitkomst) => OUTCOME[rule.uitkomst].good === true;

function outcomeOf(rule: Regeluitkomst): Outcome {
  // A rule that was unknown is shown as what the policy counts it as (`bij_onbekend`).
  if (rule.onbekend && rule.uitkomst !== "niet_van_toepassing") return { label: `Onbekend, geteld als ${COUNTED_AS[rule.uitkomst]}`, mark: "?", good: undefined };
  if (notPurchased(rule)) return { ...OUTCOME.niet_voldaan, mark: "–", good: undefined };
  return (aboutApproach(rule) ? APPROACH_OUTCOME[rule.uitkomst] : undefined) ?? OUTCOME[rule.uitkomst];
}

function outcomeClass(good: boolean | undefined): string {
  return good === true ? "goed" : good === false ? "fout" : "neutraal";
}

/**
 * The rule's bullet in the document. A differentiation factor has an anchor per care type
 * (`#regel-<sleutel>-<zorgsoort>`): a factor shared by several care types stands under each.
 */
function ruleHref(rule: Regeluitkomst, careTypeId: string, documentHref: string): string {
  return rule.soort === "differentiatiefactor" ? `${documentHref}#regel-${rule.id}-${careTypeId}` : `${documentHref}#regel-${rule.id}`;
}

/**
 * For an approach rule with the name of a rule about the agreement (the behandelindex: an
 * exclusion in 2.3, an approach exclusion in 4), which of the two this one is.
 */
function twinNote(rule: Regeluitkomst, rules: readonly Regeluitkomst[], organisation: string): string | undefined {
  if (!aboutApproach(rule)) return undefined;
  const twin = rules.find((r) => !aboutApproach(r) && r.soort !== "selectieve_inkoop" && r.naam.toLowerCase() === rule.naam.toLowerCase());
  return twin ? `Deze regel gaat over de benadering: of ${organisation} u uit zichzelf een contractaanbod doet. Over de zorgovereenkomst gaat de regel met dezelfde naam in hoofdstuk ${twin.hoofdstuk.nummer}.` : undefined;
}

export interface ListContext {
  readonly rules: readonly Regeluitkomst[];
  readonly isFinal: (rule: Regeluitkomst) => boolean;
  readonly careTypeId: string;
  readonly documentHref: string;
  readonly organisation: string;
}

function ruleItem(rule: Regeluitkomst, context: ListContext): HTMLElement {
  const { careTypeId, documentHref } = context;
  const final = context.isFinal(rule);
  const outcome = final ? outcomeOf(rule) : OPEN;
  const note = twinNote(rule, context.rules, context.organisation);
  return el(
    "li",
    { class: `regel-uitkomst uitkomst-${final ? outcomeClass(outcome.good) : "open"}` },
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
        final && notPurchased(rule) && rule.deelzorg ? el("span", { class: "label" }, `${rule.deelzorg} niet ingekocht`) : null,
      ),
      ...proseNodes(rule.tekst, "regel-tekst"),
      note ? el("p", { class: "regel-verwijzing" }, note) : null,
      final && rule.toelichting ? el("p", { class: "regel-toelichting" }, rule.toelichting) : null,
    ),
  );
}

/** The rule groups, each a heading and a list; `context.isFinal` tells which outcomes no open answer can change. */
export function ruleGroups(context: ListContext, factorsTitle: string | undefined): HTMLElement[] {
  return rulesByGroup(context.rules, factorsTitle).map((group) =>
    el("div", { class: "regelgroep" }, el("h4", {}, `${group.chapter} ${group.title}`), el("ul", { class: "regel-uitkomsten" }, ...group.rules.map((r) => ruleItem(r, context)))),
  );
}
