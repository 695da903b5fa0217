/**
 * The site's front page: every policy on the site, per domain, newest version first, with
 * links to its document, its checker and, where there is one, its change report.
 */

import type { PolicyModel } from "../model.js";
import { formatDutchDate, upperFirst } from "../render/dutch.js";
import { html } from "../render/html.js";
import { scrollableTable } from "../render/marks.js";
import { renderPage } from "./page.js";
import { sitePaths, versionOf } from "./paths.js";

export function domainLabel(domain: string): string {
  return upperFirst(domain.replace(/-/g, " "));
}

/** Models of one domain, newest version first. */
export function byDomain(models: readonly PolicyModel[]): Map<string, PolicyModel[]> {
  const domains = new Map<string, PolicyModel[]>();
  for (const model of models) domains.set(model.meta.domain, [...(domains.get(model.meta.domain) ?? []), model]);
  for (const list of domains.values()) list.sort((a, b) => versionOf(b).localeCompare(versionOf(a)));
  return new Map([...domains].sort(([a], [b]) => a.localeCompare(b)));
}

export function renderIndexPage(models: readonly PolicyModel[], changePages: ReadonlyMap<PolicyModel, string>): string {
  const domains = byDomain(models);
  const organisations = [...new Set(models.map((m) => m.meta.organisation))];
  const content = html`<div class="overzicht">
<h1>Inkoopbeleid${organisations.length === 1 ? html` van ${organisations[0]}` : ""}</h1>
<p>Hier vindt u elk inkoopbeleid als document om te lezen en te printen, en per beleid een controle waarmee u als zorgaanbieder nagaat of u in aanmerking komt voor een zorgovereenkomst.</p>
${[...domains].map(
  ([domain, list]) => html`<section class="domein" aria-labelledby="domein-${domain}">
<h2 id="domein-${domain}">${domainLabel(domain)}</h2>
${scrollableTable(`Versies ${domainLabel(domain)}`, html`<table>
<thead><tr><th scope="col">Versie</th><th scope="col">Titel</th><th scope="col">Gepubliceerd</th><th scope="col"><span class="alleen-voorlezen">Links</span></th></tr></thead>
<tbody>${list.map((model, i) => {
    const changes = changePages.get(model);
    return html`<tr>
<th scope="row">${versionOf(model)}${i === 0 ? html` <span class="nieuwste-label">nieuwste</span>` : ""}</th>
<td>${model.meta.title}</td>
<td>${model.meta.published ? formatDutchDate(model.meta.published) : "—"}</td>
<td><ul class="links">
<li><a href="${sitePaths.document(model)}">Document<span class="alleen-voorlezen"> ${model.meta.title}, versie ${versionOf(model)}</span></a></li>
<li><a href="${sitePaths.checker(model)}">Controle<span class="alleen-voorlezen"> ${model.meta.title}, versie ${versionOf(model)}</span></a></li>
${changes ? html`<li><a href="${changes}">Wijzigingen<span class="alleen-voorlezen"> in versie ${versionOf(model)}</span></a></li>` : ""}
</ul></td>
</tr>`;
  })}</tbody>
</table>`)}
</section>`,
)}
</div>`;
  return renderPage({ path: sitePaths.index, kind: "index", title: "Inkoopbeleid", crumbs: [], content });
}
