/**
 * The site's front page: every policy on the site, per domain, newest version first, with
 * links to its document, its checker and, where there is one, its change report.
 */

import type { PolicyModel } from "../model.js";
import { titleWithVersion, versionWithContractYear } from "../render/title.js";
import { formatDutchDate, upperFirst } from "../render/dutch.js";
import { anchorId, html } from "../render/html.js";
import { scrollableTable } from "../render/marks.js";
import { renderPage } from "./page.js";
import { relativeLink, sitePaths, versionOf } from "./paths.js";

/**
 * The name of a domain as a reader writes it. The `domein:` key is an ASCII slug
 * (`dietetiek`, BL007), so the name comes from the title of the newest version: "Inkoopbeleid
 * Diëtetiek 2028" gives "Diëtetiek" — the title without "Inkoopbeleid" (or "Zorginkoopbeleid")
 * before it and the year after it. That name is used only when it is the slug with its accents,
 * capitals and spaces back (so a title that names something else never relabels a domain);
 * otherwise the slug is shown with a capital and spaces: `paramedische-zorg`, "Paramedische zorg".
 */
export function domainLabel(domain: string, newestFirst: readonly PolicyModel[] = []): string {
  const title = newestFirst[0]?.meta.title;
  if (title !== undefined) {
    const name = title
      .replace(/^\s*(zorg)?inkoopbeleid\s+/iu, "")
      .replace(/\s+\d{4}(\s*[-–]\s*\d{4})?\s*$/u, "")
      .trim();
    if (name !== "" && anchorId(name) === domain) return upperFirst(name);
  }
  return upperFirst(domain.replace(/-/g, " "));
}

/** Models of one domain, newest version first. */
export function byDomain(models: readonly PolicyModel[]): Map<string, PolicyModel[]> {
  const domains = new Map<string, PolicyModel[]>();
  for (const model of models) domains.set(model.meta.domain, [...(domains.get(model.meta.domain) ?? []), model]);
  // By the version the policy states, not its file name (an archive copy or a draft may be named anything).
  for (const list of domains.values()) list.sort((a, b) => b.meta.version.localeCompare(a.meta.version) || versionOf(b).localeCompare(versionOf(a)));
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
<h2 id="domein-${domain}">${domainLabel(domain, list)}</h2>
${scrollableTable(`Versies ${domainLabel(domain, list)}`, html`<table>
<thead><tr><th scope="col">Versie</th><th scope="col">Titel</th><th scope="col">Gepubliceerd</th><th scope="col"><span class="alleen-voorlezen">Links</span></th></tr></thead>
<tbody>${list.map((model, i) => {
    const changes = changePages.get(model);
    return html`<tr>
<th scope="row">${versionWithContractYear(model.meta)}${i === 0 ? html` <span class="nieuwste-label">nieuwste</span>` : ""}</th>
<td>${model.meta.title}</td>
<td>${model.meta.published ? formatDutchDate(model.meta.published) : "—"}</td>
<td><ul class="links">
<li><a href="${relativeLink(sitePaths.index, sitePaths.document(model))}">Document<span class="alleen-voorlezen"> ${titleWithVersion(model.meta)}</span></a></li>
<li><a href="${relativeLink(sitePaths.index, sitePaths.checker(model))}">Controle<span class="alleen-voorlezen"> ${titleWithVersion(model.meta)}</span></a></li>
${changes ? html`<li><a href="${relativeLink(sitePaths.index, changes)}">Wijzigingen<span class="alleen-voorlezen"> in ${titleWithVersion(model.meta)}</span></a></li>` : ""}
</ul></td>
</tr>`;
  })}</tbody>
</table>`)}
</section>`,
)}
</div>`;
  return renderPage({
    path: sitePaths.index,
    kind: "index",
    title: "Inkoopbeleid",
    crumbs: [],
    content,
    footer: "De documenten en controles op deze site zijn gemaakt uit de beleidsbestanden zelf: dezelfde bron als de beslisregels.",
  });
}
