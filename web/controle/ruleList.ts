/**
 * The list of every rule in the checker's result ("Alle voorwaarden"), under the headings of
 * the document, each with its outcome in words and a mark, its name, its published text and a
 * link to its bullet in the document. A rule whose outcome still depends on an open question
 * says so instead of showing the outcome the evaluator computed with a stand-in answer.
 */

import type { Regeluitkomst } from "../../runtime/index.js";
import { el, proseNodes } from "./dom.js";
import { aboutApproach, notPurchased, outcomeOf, rulesByGroup, type Outcome } from "./ruleGroups.js";

// The outcome in words is shared with `beleid eval` (ruleGroups.ts); re-exported for the rest of the checker.
export { aboutApproach, isGood, type Outcome } from "./ruleGroups.js";

const OPEN: Outcome = { label: "Nog niet bekend", mark: "…", good: undefined };

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
