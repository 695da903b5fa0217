/**
 * The frame every page of the site shares: language, title, stylesheet, a skip link, the
 * site's header with a breadcrumb trail, the main landmark and, where a page has one, a footer.
 * Pages hand in their content; links are made relative to the page's own place in the site.
 */

import type { PolicyModel } from "../model.js";
import { upperFirst } from "../render/dutch.js";
import { html, type Html } from "../render/html.js";
import { versionName } from "../render/title.js";
import { relativeLink, sitePaths } from "./paths.js";

export interface Crumb {
  readonly label: string;
  /** Site-relative path; absent for the current page. */
  readonly path?: string;
}

/**
 * The crumb of a policy version under its domain: "2026" for a whole year, "Versie van 1 juli
 * 2025" for one of several in a year (render/title.ts, `versionName`), never the key `2026-07`,
 * which reads as July 2026. With `linked`, a link to the version's document.
 */
export function versionCrumb(model: PolicyModel, linked = false): Crumb {
  const label = upperFirst(versionName(model.meta));
  return linked ? { label, path: sitePaths.document(model) } : { label };
}

export interface PageInput {
  /** The page's path relative to the site root, e.g. "paramedische-zorg/2026-07.html". */
  readonly path: string;
  readonly title: string;
  /** Shown in the header; the last crumb is the current page. */
  readonly crumbs: readonly Crumb[];
  readonly content: Html;
  /** Extra elements at the end of <body>, such as the checker's scripts. */
  readonly scripts?: Html;
  /** A class on <body>, for page-specific styles. */
  readonly kind: "index" | "document" | "controle" | "wijzigingen";
  /**
   * A note at the foot of the page. The index and the checker say where their content comes
   * from; the policy document and the change report have none, since an author would not
   * publish a note about the tool on the policy itself.
   */
  readonly footer?: string;
}

export function renderPage(page: PageInput): string {
  const link = (to: string) => relativeLink(page.path, to);
  const crumbs = page.crumbs;
  return html`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${link(sitePaths.stylesheet)}">
</head>
<body class="pagina-${page.kind}">
<a class="naar-inhoud" href="#inhoud">Naar de inhoud</a>
<header class="site-kop">
<a class="site-naam" href="${link(sitePaths.index)}">Inkoopbeleid</a>
${
  crumbs.length > 0
    ? html`<nav class="kruimelpad" aria-label="Kruimelpad"><ol>${crumbs.map((crumb, i) =>
        i === crumbs.length - 1 || !crumb.path
          ? html`<li${i === crumbs.length - 1 ? html` aria-current="page"` : ""}>${crumb.label}</li>`
          : html`<li><a href="${link(crumb.path)}">${crumb.label}</a></li>`,
      )}</ol></nav>`
    : ""
}
</header>
<main id="inhoud" tabindex="-1">
${page.content}
</main>
${page.footer ? html`<footer class="site-voet">
<p>${page.footer}</p>
</footer>
` : ""}${page.scripts ?? ""}
</body>
</html>
`.value;
}
