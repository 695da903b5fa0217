/**
 * The agreements of the care types whose agreement text sits in a chapter: a table per care
 * type (new or running agreement, term), followed by each distinct published text once —
 * several care types usually share one sentence ("Voor Diëtetiek, Ergotherapie, … heeft Caresq
 * een meerjarige zorgovereenkomst gesloten die doorloopt in 2026") — with its heading
 * (`overeenkomst.kop`). A chapter with `volgorde` places the texts on their own.
 */

import type { CareType } from "../../model.js";
import type { AgreementText } from "../layout.js";
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

/** One published agreement text, under its heading when it has one. */
export function renderAgreementText(text: AgreementText, level: number): Html {
  return html`<div class="overeenkomst-tekst${intentionClass(text.status)}">
${text.heading ? heading(level, undefined, html`${text.heading}${intentionMark(text.status)}`) : ""}
${renderProse(text.text)}
</div>`;
}

export function renderAgreements(careTypes: readonly CareType[], texts: readonly AgreementText[], chapterId: string, level: number, ctx: RenderContext): Html {
  const id = ctx.claimId(`overeenkomsten-${chapterId}`);
  return html`<section class="overeenkomsten-per-zorgsoort"${id ? html` aria-labelledby="${id}"` : ""}>
${heading(level, id, careTypes.length === 1 ? "Zorgovereenkomst" : "Zorgovereenkomsten per zorgsoort")}
${scrollableTable(careTypes.length === 1 ? "Zorgovereenkomst" : "Zorgovereenkomsten per zorgsoort", html`<table>
<thead><tr><th scope="col">Zorgsoort</th><th scope="col">Zorgovereenkomst</th><th scope="col">Looptijd</th></tr></thead>
<tbody>${careTypes.map(
    (c) => html`<tr${c.agreement.status === "voornemen" ? html` class="voornemen"` : ""}><th scope="row">${c.name}</th><td>${agreementKindText(c)}${intentionMark(c.agreement.status)}</td><td class="looptijd">${termText(c) ?? html`<span aria-hidden="true">—</span><span class="alleen-voorlezen">niet vermeld</span>`}</td></tr>`,
  )}</tbody>
</table>`)}
${texts.map((t) => (t.heading ? renderAgreementText(t, level + 1) : html`<div class="overeenkomst-tekst${intentionClass(t.status)}">${renderProse(t.text)}</div>`))}
</section>`;
}
