/**
 * A group of rules as the document shows it: the group's title as a heading, its
 * introduction above the list, and every rule as the published bullet. An exclusion's exception
 * route follows its bullet, as in the source documents. A selective purchase is a heading and a
 * paragraph in the sources ("Paramedische zorg bij de ziekte van Parkinson"), so its rules are
 * running text.
 */

import type { Rule, RuleGroup } from "../../model.js";
import type { RenderContext } from "../context.js";
import { html, type Html } from "../html.js";
import { heading, intentionClass, intentionMark } from "../marks.js";
import { renderProse, renderProseInline } from "../prose.js";

/** The anchor of a rule's bullet; the checker page links to it. */
export function ruleAnchor(ruleId: string): string {
  return `regel-${ruleId}`;
}

export function groupAnchor(groupId: string): string {
  return `groep-${groupId}`;
}

/** One rule as a list item. `markIntention` is false when the whole group is already marked. */
export function renderRule(rule: Rule, ctx: RenderContext, markIntention = true): Html {
  const id = ctx.claimId(ruleAnchor(rule.id));
  const intention = markIntention ? rule.status : "definitief";
  return html`<li${id ? html` id="${id}"` : ""} class="regel${intentionClass(intention)}">${renderProseInline(rule.text)}${intentionMark(intention)}${
    rule.exception ? html`<p class="uitzonderingsroute"><span class="uitzonderingsroute-kop">Uitzondering aanvragen:</span> ${renderProseInline(rule.exception.route)}</p>` : ""
  }</li>`;
}

export function renderRuleList(rules: readonly Rule[], ctx: RenderContext, markIntention = true): Html {
  return html`<ul class="regels">${rules.map((rule) => renderRule(rule, ctx, markIntention))}</ul>`;
}

/**
 * The rules as one paragraph (`lopende_tekst: ja`): the source writes one sentence that the
 * policy divides over its rules ("Wij benaderen alle zorgaanbieders die …", "en die beschikken
 * over …"). Each rule keeps its anchor (the checker page links to it); exception routes follow
 * the paragraph.
 */
export function renderRunningText(rules: readonly Rule[], ctx: RenderContext, markIntention = true): Html {
  const parts = rules.map((rule) => {
    const id = ctx.claimId(ruleAnchor(rule.id));
    const intention = markIntention ? rule.status : "definitief";
    return html`<span${id ? html` id="${id}"` : ""} class="regel${intentionClass(intention)}">${renderProseInline(rule.text)}${intentionMark(intention)}</span>`;
  });
  const routes = rules.filter((rule) => rule.exception !== undefined);
  return html`<p class="regels-doorlopend">${parts.flatMap((part, i) => (i === 0 ? [part] : [html` `, part]))}</p>${routes.map(
    (rule) => html`<p class="uitzonderingsroute"><span class="uitzonderingsroute-kop">Uitzondering aanvragen:</span> ${renderProseInline(rule.exception?.route ?? "")}</p>`,
  )}`;
}

/**
 * `showTitle` is false when the group continues a paragraph under a heading with the same words
 * ("Vragenlijst": the text, then the rule): the heading is not repeated, and the section then
 * has no name of its own (it is no landmark), so two sections never share one name.
 */
export function renderGroup(group: RuleGroup, rules: readonly Rule[], level: number, ctx: RenderContext, showTitle = true): Html {
  const id = ctx.claimId(groupAnchor(group.id));
  const groupIsIntention = group.status === "voornemen";
  const title = showTitle
    ? heading(level, id, html`${group.title}${intentionMark(group.status)}`)
    : groupIsIntention
      ? html`<p>${intentionMark(group.status)}</p>`
      : "";
  return html`${group.announcement ? html`<div class="aankondiging">${renderProse(group.announcement)}</div>` : ""}<section class="groep${intentionClass(group.status)}"${id ? (showTitle ? html` aria-labelledby="${id}"` : html` id="${id}"`) : ""}>
${title}
${group.introduction ? renderProse(group.introduction) : ""}
${rules.length > 0 ? (group.runningText || group.kind === "selectieve_inkoop" ? renderRunningText(rules, ctx, !groupIsIntention) : renderRuleList(rules, ctx, !groupIsIntention)) : ""}
</section>`;
}
