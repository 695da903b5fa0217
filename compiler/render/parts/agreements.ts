/**
 * The agreements of the care types whose agreement text sits in a chapter: each distinct
 * published text once — several care types usually share one sentence ("Voor Diëtetiek,
 * Ergotherapie, … heeft Caresq een meerjarige zorgovereenkomst gesloten die doorloopt in 2026")
 * — with its heading (`overeenkomst.kop`). A chapter with `volgorde` places the texts on their
 * own.
 *
 * The document adds no table or heading of its own here. It used to print a generated table
 * "Zorgovereenkomsten per zorgsoort" (zorgsoort, nieuw of doorlopend, looptijd) that the source
 * documents do not have: it repeated what the texts say, stood under a heading that repeated
 * the chapter's ("4 Zorgovereenkomst", then "Zorgovereenkomst"), and showed a looptijd the
 * source does not give — for a running agreement the policy has to name a term (the change
 * report needs one), but the source only says that it "doorloopt in 2026". What the published
 * policy says is its text; what it means for one provider is on the checker page.
 */

import type { AgreementText } from "../layout.js";
import { html, type Html } from "../html.js";
import { heading, intentionClass, intentionMark } from "../marks.js";
import { renderProse, type HeadingLinks } from "../prose.js";

/** One published agreement text, under its heading when it has one. */
export function renderAgreementText(text: AgreementText, level: number, links?: HeadingLinks): Html {
  return html`<div class="overeenkomst-tekst${intentionClass(text.status)}">
${text.heading ? heading(level, undefined, html`${text.heading}${intentionMark(text.status)}`) : text.status === "voornemen" ? html`<p>${intentionMark(text.status)}</p>` : ""}
${renderProse(text.text, links)}
</div>`;
}

/** The agreement texts of a chapter that `volgorde` does not place on their own. */
export function renderAgreements(texts: readonly AgreementText[], level: number, links?: HeadingLinks): Html {
  return html`${texts.map((t) => renderAgreementText(t, level, links))}`;
}
