/**
 * The agreements of the care types whose agreement text sits in a chapter: a table per care
 * type (new or running agreement, term), followed by each distinct published text once —
 * several care types usually share one sentence ("Voor Diëtetiek, Ergotherapie, … heeft Caresq
 * een meerjarige zorgovereenkomst gesloten die doorloopt in 2026").
 */

import type { CareType } from "../../model.js";
import type { RenderContext } from "../context.js";
import { html, type Html } from "../html.js";
import { heading, intentionClass, intentionMark, scrollableTable } from "../marks.js";
import { renderProse } from "../prose.js";

/** "2026–2027", "2026", or undefined when the policy names no term (a running agreement). */
export function termText(careType: CareType): string | undefined {
  const term = careType.agreement.term;
  if (!term) return undefined;
  return term.from === term.to ? String(term.from) : `${term.from}–${term.to}`;
}

export function agreementKindText(careType: CareType): string {
  return careType.agreement.kind === "nieuw" ? "Nieuw" : "Doorlopend";
}

export function renderAgreements(careTypes: readonly CareType[], chapterId: string, level: number, ctx: RenderContext): Html {
  const id = ctx.claimId(`overeenkomsten-${chapterId}`);
  const texts: { text: string; status: CareType["agreement"]["status"] }[] = [];
  for (const careType of careTypes) {
    if (!texts.some((t) => t.text === careType.agreement.text)) texts.push({ text: careType.agreement.text, status: careType.agreement.status });
  }
  return html`<section class="overeenkomsten-per-zorgsoort"${id ? html` aria-labelledby="${id}"` : ""}>
${heading(level, id, careTypes.length === 1 ? "Zorgovereenkomst" : "Zorgovereenkomsten per zorgsoort")}
${scrollableTable(careTypes.length === 1 ? "Zorgovereenkomst" : "Zorgovereenkomsten per zorgsoort", html`<table>
<thead><tr><th scope="col">Zorgsoort</th><th scope="col">Zorgovereenkomst</th><th scope="col">Looptijd</th></tr></thead>
<tbody>${careTypes.map(
    (c) => html`<tr${c.agreement.status === "voornemen" ? html` class="voornemen"` : ""}><th scope="row">${c.name}</th><td>${agreementKindText(c)}${intentionMark(c.agreement.status)}</td><td class="looptijd">${termText(c) ?? html`<span aria-hidden="true">—</span><span class="alleen-voorlezen">niet vermeld</span>`}</td></tr>`,
  )}</tbody>
</table>`)}
${texts.map((t) => html`<div class="overeenkomst-tekst${intentionClass(t.status)}">${renderProse(t.text)}</div>`)}
</section>`;
}
