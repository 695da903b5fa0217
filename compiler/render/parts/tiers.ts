/**
 * Differentiation for one care type: the tier table ("Zorgovereenkomst A — Voldoet aan de
 * algemene voorwaarden en drie differentiatiefactoren", counts in words), followed by the
 * differentiation factors as bullets and any date rule that concerns only this care type.
 * Under the care type's name as a heading, or the heading the source writes (`differentiatie.kop`,
 * "Gedifferentieerde inkoop Kraamzorg"), unless the chapter already has that title. The list of
 * factors has the title "Differentiatiefactoren:", or the source's (`differentiatie.factoren_kop`,
 * "Kraamzorg - differentiatiefactoren"). Each factor carries an anchor for this care type
 * (`regel-<sleutel>-<zorgsoort>`), also when the rule counts for several care types and is shown
 * under each: the checker page links a care type's factor there.
 */

import type { CareType, DateRule, Rule, Tier } from "../../model.js";
import type { RenderContext } from "../context.js";
import { counted, lowerFirst } from "../dutch.js";
import { html, type Html } from "../html.js";
import { factorsHeading } from "../factorsHeading.js";
import { heading, scrollableTable } from "../marks.js";
import { renderProse } from "../prose.js";
import { renderDateRule } from "./dateRules.js";
import { renderRuleList } from "./rules.js";

/** "Voldoet aan de algemene voorwaarden en drie differentiatiefactoren". */
export function tierCondition(tier: Pick<Tier, "factors">): string {
  const base = "Voldoet aan de algemene voorwaarden";
  return tier.factors === 0 ? base : `${base} en ${counted(tier.factors, "differentiatiefactor", "differentiatiefactoren")}`;
}

/** "Zorgovereenkomst A — Voldoet aan de algemene voorwaarden en drie differentiatiefactoren". */
export function tierSentence(tier: Pick<Tier, "name" | "factors">): string {
  return `${tier.name} — ${tierCondition(tier)}`;
}

/** The introduction as written, or "Wij hanteren voor fysiotherapie vier zorgovereenkomsten." */
export function tierIntroduction(careType: CareType): string {
  const differentiation = careType.differentiation;
  if (!differentiation) return "";
  return differentiation.introduction ?? `Wij hanteren voor ${lowerFirst(careType.name)} ${counted(differentiation.tiers.length, "zorgovereenkomst", "zorgovereenkomsten")}.`;
}

/** The block's heading: `differentiatie.kop`, or the care type's name. */
export function differentiationHeading(careType: CareType): string {
  return careType.differentiation?.heading ?? careType.name;
}

export function differentiationAnchor(careTypeId: string): string {
  return `differentiatie-${careTypeId}`;
}

export function renderDifferentiation(
  part: { careType: CareType; factors: readonly Rule[]; introductions: readonly string[]; dateRules: readonly DateRule[] },
  level: number,
  ctx: RenderContext,
  showHeading = true,
): Html {
  const { careType } = part;
  const tiers = careType.differentiation?.tiers ?? [];
  const id = ctx.claimId(differentiationAnchor(careType.id));
  return html`<section class="differentiatie"${id ? (showHeading ? html` aria-labelledby="${id}"` : html` id="${id}"`) : ""}>
${showHeading ? heading(level, id, differentiationHeading(careType)) : ""}
${renderProse(tierIntroduction(careType), ctx)}
${scrollableTable(`Zorgovereenkomsten ${lowerFirst(careType.name)}`, html`<table class="overeenkomsten">
<caption class="alleen-voorlezen">Zorgovereenkomsten ${lowerFirst(careType.name)}</caption>
<thead><tr><th scope="col">Zorgovereenkomst</th><th scope="col">Voorwaarden</th></tr></thead>
<tbody>${tiers.map((tier) => html`<tr><th scope="row">${tier.name}</th><td>${tierCondition(tier)}</td></tr>`)}</tbody>
</table>`)}
${part.introductions.map((text) => renderProse(text, ctx))}
${part.factors.length > 0 ? html`<p class="lijstkop">${factorsHeading(careType)}</p>${renderRuleList(part.factors, ctx, true, careType.id)}` : ""}
${part.dateRules.map((d) => renderDateRule(d, ctx))}
</section>`;
}
