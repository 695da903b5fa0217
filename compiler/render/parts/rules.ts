/**
 * A group of rules as the document shows it: the group's title as a heading, its
 * introduction above the list, and every rule as the published bullet. An exclusion's exception
 * route follows its bullet, as in the source documents. A selective purchase is a heading and a
 * paragraph in the sources ("Paramedische zorg bij de ziekte van Parkinson"), so its rules are
 * running text; so is a group of one rule ("Indien er twijfel bestaat over de integriteit …",
 * "Als u apotheekhoudende bent, …"): the sources write a single requirement as a sentence, not
 * as a list of one.
 */

import type { Rule, RuleGroup } from "../../model.js";
import type { RenderContext } from "../context.js";
import { html, join, raw, type Html } from "../html.js";
import { heading, intentionClass, intentionMark } from "../marks.js";
import { parseProse, renderProse, renderProseInline } from "../prose.js";

/** The anchor of a rule's bullet; the checker page links to it. */
export function ruleAnchor(ruleId: string): string {
  return `regel-${ruleId}`;
}

/**
 * The anchor of a differentiation factor for one care type it counts for. A factor shared by
 * several care types (PREM for oefentherapie and logopedie) is shown under each; the checker
 * page, which judges one care type, links to this one.
 */
export function careTypeRuleAnchor(ruleId: string, careTypeId: string): string {
  return `regel-${ruleId}-${careTypeId}`;
}

/**
 * The care-type anchors a rule's bullet carries as empty markers at its start: for a factor in a
 * care type's differentiation block that care type; for a factor shown in a group, every care type it
 * counts for. Other rules have none.
 */
function careTypeMarkers(rule: Rule, ctx: RenderContext, careTypeId: string | undefined): Html {
  if (rule.kind !== "differentiatiefactor") return html``;
  const careTypes = careTypeId !== undefined ? [careTypeId] : rule.careTypes;
  return html`${careTypes.map((c) => {
    const id = ctx.claimId(careTypeRuleAnchor(rule.id, c));
    return id ? html`<span id="${id}" class="anker"></span>` : "";
  })}`;
}

export function groupAnchor(groupId: string): string {
  return `groep-${groupId}`;
}

function exceptionRoute(rule: Rule, ctx: RenderContext): Html {
  return html`<p class="uitzonderingsroute"><span class="uitzonderingsroute-kop">Uitzondering aanvragen:</span> ${renderProseInline(rule.exception?.route ?? "", ctx)}</p>`;
}

/**
 * One rule as a list item. `markIntention` is false when the whole group is already marked;
 * `careTypeId` is the care type whose differentiation block shows the rule.
 */
export function renderRule(rule: Rule, ctx: RenderContext, markIntention = true, careTypeId?: string): Html {
  const id = ctx.claimId(ruleAnchor(rule.id));
  const intention = markIntention ? rule.status : "definitief";
  return html`<li${id ? html` id="${id}"` : ""} class="regel${intentionClass(intention)}">${careTypeMarkers(rule, ctx, careTypeId)}${renderProseInline(rule.text, ctx)}${intentionMark(intention)}${
    rule.exception ? exceptionRoute(rule, ctx) : ""
  }</li>`;
}

/** `more`: bullets after the rules that are no rule (a table's introduction that continues the list, see document.ts). */
export function renderRuleList(rules: readonly Rule[], ctx: RenderContext, markIntention = true, careTypeId?: string, more: readonly string[] = []): Html {
  return html`<ul class="regels">${rules.map((rule) => renderRule(rule, ctx, markIntention, careTypeId))}${more.map((item) => html`<li>${renderProseInline(item, ctx)}</li>`)}</ul>`;
}

/**
 * The rules as running text (`lopende_tekst: ja`, a selective purchase, a group of one rule):
 * the source writes one sentence that the policy divides over its rules ("Wij benaderen alle
 * zorgaanbieders die …", "en die beschikken over …"), or a paragraph. Rules of one paragraph
 * each are joined into one paragraph; a rule whose text has paragraphs or a list of its own
 * ("Bij de aanmelding stuurt u het volgende mee:" and the list) stands as those blocks, between
 * the paragraphs. Each rule keeps its anchor (the checker page links to it); exception routes
 * follow the text.
 */
export function renderRunningText(rules: readonly Rule[], ctx: RenderContext, markIntention = true): Html {
  const blocks: Html[] = [];
  let sentences: Html[] = [];
  const endParagraph = () => {
    if (sentences.length > 0) blocks.push(html`<p class="regels-doorlopend">${join(sentences, raw(" "))}</p>`);
    sentences = [];
  };
  for (const rule of rules) {
    const id = ctx.claimId(ruleAnchor(rule.id));
    const intention = markIntention ? rule.status : "definitief";
    const prose = parseProse(rule.text);
    if (prose.length <= 1 && prose[0]?.kind !== "list") {
      sentences.push(html`<span${id ? html` id="${id}"` : ""} class="regel${intentionClass(intention)}">${careTypeMarkers(rule, ctx, undefined)}${renderProseInline(rule.text, ctx)}${intentionMark(intention)}</span>`);
    } else {
      endParagraph();
      blocks.push(html`<div${id ? html` id="${id}"` : ""} class="regel${intentionClass(intention)}">${careTypeMarkers(rule, ctx, undefined)}${renderProse(rule.text, ctx)}${intention === "voornemen" ? html`<p>${intentionMark(intention)}</p>` : ""}</div>`);
    }
  }
  endParagraph();
  const routes = rules.filter((rule) => rule.exception !== undefined);
  return html`${join(blocks, raw("\n"))}${routes.map((rule) => exceptionRoute(rule, ctx))}`;
}

/** Whether a group's rules read as running text rather than as a list (see the module comment). */
export function readsAsRunningText(group: RuleGroup, rules: readonly Rule[]): boolean {
  return group.runningText === true || group.kind === "selectieve_inkoop" || rules.length === 1;
}

/**
 * `showTitle` is false when the group continues a paragraph under a heading with the same words
 * ("Vragenlijst": the text, then the rule): the heading is not repeated, and the section then
 * has no name of its own (it is no landmark), so two sections never share one name. `more`:
 * bullets that end the group's list without being rules (see `renderRuleList`).
 */
export function renderGroup(group: RuleGroup, rules: readonly Rule[], level: number, ctx: RenderContext, showTitle = true, more: readonly string[] = []): Html {
  const id = ctx.claimId(groupAnchor(group.id));
  const groupIsIntention = group.status === "voornemen";
  const title = showTitle
    ? heading(level, id, html`${group.title}${intentionMark(group.status)}`)
    : groupIsIntention
      ? html`<p>${intentionMark(group.status)}</p>`
      : "";
  return html`${group.announcement ? html`<div class="aankondiging">${renderProse(group.announcement, ctx)}</div>` : ""}<section class="groep${intentionClass(group.status)}"${id ? (showTitle ? html` aria-labelledby="${id}"` : html` id="${id}"`) : ""}>
${title}
${group.introduction ? renderProse(group.introduction, ctx) : ""}
${rules.length > 0 ? (readsAsRunningText(group, rules) ? renderRunningText(rules, ctx, !groupIsIntention) : renderRuleList(rules, ctx, !groupIsIntention, undefined, more)) : ""}
</section>`;
}
