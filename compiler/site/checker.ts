/**
 * The checker page of one policy: a provider picks a care type, answers the questions the
 * evaluator needs, and sees the decision at once. The page is a static shell; the browser code
 * (`web/controle/`, copied to `assets/controle/`) builds the form from the evaluator module's
 * own description of its facts and calls `beoordeel…` on every change. Nothing leaves the
 * browser.
 */

import type { PolicyModel } from "../model.js";
import { factorsTitle } from "../render/factorsHeading.js";
import { titleWithVersion } from "../render/title.js";
import { html, raw } from "../render/html.js";
import { dateFacts, formSections, ruleFacts, type FormSection, type RuleFacts } from "./checkerLayout.js";
import { renderPage, versionCrumb } from "./page.js";
import { relativeLink, sitePaths } from "./paths.js";

/** What the browser code reads from the page (`<script type="application/json" id="controle-gegevens">`). */
export interface CheckerConfig {
  /** The evaluator module, relative to the page. */
  readonly evaluator: string;
  /** The policy document, relative to the page; rule anchors are `#regel-<sleutel>`. */
  readonly document: string;
  /** Per care type the sections of the form. */
  readonly secties: Readonly<Record<string, readonly FormSection[]>>;
  /** Per date rule its description, as the label of the computed date. */
  readonly datums: Readonly<Record<string, string>>;
  /**
   * Per care type with differentiation the title above its factors in the document
   * ("Differentiatiefactoren", "Kraamzorg - differentiatiefactoren"), the heading of the
   * factors in the result.
   */
  readonly factoren: Readonly<Record<string, string>>;
  /**
   * Per care type and rule the facts the rule's outcome depends on (whether it applies, its
   * condition, its exception), and per care type and date rule the facts of the date: an outcome
   * is final once these are answered.
   */
  readonly regelfeiten: Readonly<Record<string, Readonly<Record<string, RuleFacts>>>>;
  readonly datumfeiten: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** What the checker page says when it is opened as a file instead of through a webserver. */
export const FROM_DISK =
  "Deze controlepagina werkt alleen via een webserver, niet als bestand op uw schijf. Start de site met ‘beleid serve’ en open de pagina op het adres dat die opdracht noemt; het beleidsdocument zelf kunt u wel vanaf schijf openen.";

/** JSON inside a <script> element: "<" is escaped so no text can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function renderCheckerPage(model: PolicyModel, domainLabel: string): string {
  const path = sitePaths.checker(model);
  const config: CheckerConfig = {
    evaluator: relativeLink(path, sitePaths.evaluator(model)),
    document: relativeLink(path, sitePaths.document(model)),
    secties: Object.fromEntries(model.careTypes.map((c) => [c.id, formSections(model, c.id)])),
    datums: Object.fromEntries(model.dateRules.map((d) => [d.id, d.description])),
    factoren: Object.fromEntries(model.careTypes.flatMap((c) => { const title = factorsTitle(c); return title === undefined ? [] : [[c.id, title]]; })),
    regelfeiten: Object.fromEntries(model.careTypes.map((c) => [c.id, ruleFacts(model, c.id)])),
    datumfeiten: Object.fromEntries(model.careTypes.map((c) => [c.id, dateFacts(model, c.id)])),
  };
  const documentLink = relativeLink(path, sitePaths.document(model));
  const content = html`<div class="controle">
<header class="controle-kop">
<h1>Controleer of u in aanmerking komt</h1>
<p class="ondertitel">${titleWithVersion(model.meta)} — <a href="${documentLink}">lees het beleid</a></p>
<p>Kies de zorgsoort en beantwoord de vragen over uw praktijk. De uitkomst verschijnt direct en wordt bij elke wijziging bijgewerkt. Uw antwoorden blijven in uw browser: er wordt niets verstuurd of bewaard.</p>
<p class="voorbehoud">De uitkomst is een hulpmiddel. Aan de uitkomst kunt u geen rechten ontlenen; het gepubliceerde inkoopbeleid is leidend.</p>
</header>
<noscript><p class="melding melding-fout">Deze controle werkt alleen met JavaScript. Zet JavaScript aan, of lees de voorwaarden in <a href="${documentLink}">het beleid</a>.</p></noscript>
<div class="controle-indeling">
<form id="controle-formulier" class="controle-formulier" novalidate aria-labelledby="formulier-kop">
<h2 id="formulier-kop">Uw gegevens</h2>
<div class="veld">
<label for="zorgsoort">Zorgsoort</label>
<select id="zorgsoort" name="zorgsoort">
${model.careTypes.map((c) => html`<option value="${c.id}">${c.name}</option>`)}
</select>
</div>
<div id="vragen"><p class="laden">De vragen worden geladen…</p></div>
</form>
<section id="uitkomst" class="uitkomst" aria-labelledby="uitkomst-kop">
<h2 id="uitkomst-kop">Uitkomst</h2>
<div id="samenvatting" class="samenvatting" role="status" aria-live="polite" aria-atomic="true"></div>
<div id="details"></div>
</section>
</div>
<p class="stand-balk"><a id="stand" href="#uitkomst-kop">Naar de uitkomst</a></p>
</div>`;
  // Opened from disk, a browser refuses the checker's module script (file:// has no origin), so
  // the page would say "De vragen worden geladen…" forever; this classic script still runs and
  // says what to do instead.
  const scripts = html`<script type="application/json" id="controle-gegevens">${raw(scriptJson(config))}</script>
<script>if (location.protocol === "file:") document.getElementById("vragen").innerHTML = ${raw(scriptJson(`<p class="melding melding-fout">${FROM_DISK}</p>`))};</script>
<script type="module" src="${relativeLink(path, sitePaths.checkerScript)}"></script>`;
  return renderPage({
    path,
    kind: "controle",
    title: `Controle — ${titleWithVersion(model.meta)}`,
    crumbs: [{ label: "Al het inkoopbeleid", path: sitePaths.index }, { label: domainLabel }, versionCrumb(model, true), { label: "Controle" }],
    content,
    scripts,
    footer: "Deze controle komt uit hetzelfde beleidsbestand als het beleidsdocument: de vragen en de uitkomst volgen dezelfde regels als de tekst.",
  });
}
