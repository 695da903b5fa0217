/**
 * The policy document itself, rendered from the checked model: the title block, a table of
 * contents, and every chapter in number order (shared chapters from included files too) with
 * its prose, agreements, tier tables and factors, groups of rules as published bullets, lookup
 * tables, date rules and planning. Intentions (`voornemen`) are marked in words. The result is
 * the content of a page; `compiler/site/page.ts` puts the site's frame around it.
 */

import type { Chapter, PolicyModel } from "../model.js";
import { RenderContext } from "./context.js";
import { formatDutchDate } from "./dutch.js";
import { html, join, raw, type Html } from "./html.js";
import { layoutDocument, type ChapterLayout, type ChapterPart } from "./layout.js";
import { heading, intentionClass, intentionMark } from "./marks.js";
import { renderAgreements, renderAgreementText } from "./parts/agreements.js";
import { renderDateRule } from "./parts/dateRules.js";
import { renderPlanning } from "./parts/planning.js";
import { renderGroup } from "./parts/rules.js";
import { renderTable } from "./parts/tables.js";
import { renderDifferentiation } from "./parts/tiers.js";
import { renderProse } from "./prose.js";

/** Links the site adds to the title block; the document renders without them too. */
export interface DocumentLinks {
  /** The checker page for this policy. */
  readonly checker?: string;
  /** The previous version's document, when the site has it. */
  readonly previous?: string;
  /** The change report against the previous version, when one could be made. */
  readonly changes?: string;
}

export interface RenderedDocument {
  /** For the page's <title>: "Inkoopbeleid Paramedische zorg 2026 (versie 2026-07)". */
  readonly title: string;
  readonly content: Html;
}

export function chapterAnchor(chapter: Pick<Chapter, "number">): string {
  return `hoofdstuk-${chapter.number.replace(/\./g, "-")}`;
}

function hasIntentions(model: PolicyModel): boolean {
  return (
    model.rules.some((r) => r.status === "voornemen") ||
    model.groups.some((g) => g.status === "voornemen") ||
    model.texts.some((t) => t.status === "voornemen") ||
    model.tables.some((t) => t.status === "voornemen") ||
    model.careTypes.some((c) => c.agreement.status === "voornemen")
  );
}

function renderTitleBlock(model: PolicyModel, links: DocumentLinks): Html {
  const meta = model.meta;
  const row = (term: string, value: Html | string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<header class="titelblad">
<p class="organisatie">${meta.organisation}</p>
<h1>${meta.title}</h1>
<dl class="documentgegevens">
${row("Zorgverzekeraar", meta.insurer)}
${row("Contractjaar", String(meta.year))}
${row("Versie", meta.version)}
${meta.published ? row("Gepubliceerd", html`<time datetime="${meta.published}">${formatDutchDate(meta.published)}</time>`) : ""}
${meta.previous ? row("Vorige versie", links.previous ? html`<a href="${links.previous}">${meta.previous}</a>` : meta.previous) : ""}
</dl>
${
  links.checker || links.changes
    ? html`<ul class="documentlinks">
${links.changes && meta.previous ? html`<li><a href="${links.changes}">Wijzigingen ten opzichte van ${meta.previous}</a></li>` : ""}
${links.checker ? html`<li><a href="${links.checker}">Controleer of u in aanmerking komt</a></li>` : ""}
</ul>`
    : ""
}
</header>`;
}

interface TocNode {
  readonly layout: ChapterLayout;
  readonly children: TocNode[];
}

/** Chapters nested by number: "2.3" under "2". */
function tocTree(layouts: readonly ChapterLayout[]): TocNode[] {
  const roots: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const layout of layouts) {
    const node: TocNode = { layout, children: [] };
    while (stack.length > 0 && !layout.chapter.number.startsWith(`${(stack[stack.length - 1] as TocNode).layout.chapter.number}.`)) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

function renderTocList(nodes: readonly TocNode[]): Html {
  return html`<ol>${nodes.map(
    ({ layout, children }) =>
      html`<li><a href="#${chapterAnchor(layout.chapter)}"><span class="nummer">${layout.chapter.number}</span> ${layout.chapter.title}</a>${children.length > 0 ? renderTocList(children) : ""}</li>`,
  )}</ol>`;
}

function renderToc(layouts: readonly ChapterLayout[]): Html {
  return html`<nav class="inhoud" aria-labelledby="inhoud-kop">
<h2 id="inhoud-kop">Inhoud</h2>
${renderTocList(tocTree(layouts))}
</nav>`;
}

/**
 * The heading words a part shows, for not repeating them: a group or table right after a text
 * with the same heading continues that text's paragraph.
 */
function partHeading(part: ChapterPart): string | undefined {
  switch (part.kind) {
    case "text":
      return part.text.heading;
    case "agreementText":
      return part.text.heading;
    case "group":
      return part.group.title;
    case "table":
      return part.table.title;
    default:
      return undefined;
  }
}

function sameWords(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function renderPart(part: ChapterPart, chapter: Chapter, level: number, ctx: RenderContext, underHeading: string | undefined): Html {
  switch (part.kind) {
    case "text": {
      const t = part.text;
      const id = ctx.claimId(`tekst-${t.id}`);
      return html`<div class="tekst${intentionClass(t.status)}"${id ? html` id="${id}"` : ""}>
${t.heading ? heading(level, undefined, html`${t.heading}${intentionMark(t.status)}`) : t.status === "voornemen" ? html`<p>${intentionMark(t.status)}</p>` : ""}
${renderProse(t.text)}
</div>`;
    }
    case "agreements":
      return renderAgreements(part.careTypes, part.texts, chapter.id, level, ctx);
    case "agreementText":
      return renderAgreementText(part.text, level);
    case "differentiation":
      return renderDifferentiation(part, level, ctx);
    case "group":
      return renderGroup(part.group, part.rules, level, ctx, !sameWords(part.group.title, underHeading));
    case "table":
      return renderTable(part.table, level, ctx);
    case "dateRule":
      return renderDateRule(part.dateRule, ctx);
    case "planning":
      return renderPlanning(part.milestones, chapter.id, level, ctx);
  }
}

function renderChapter(layout: ChapterLayout, ctx: RenderContext): Html {
  const { chapter, depth } = layout;
  const id = chapterAnchor(chapter);
  ctx.claimId(id);
  // The heading the parts so far stand under: a group with the same title continues it.
  let underHeading: string | undefined;
  const parts = layout.parts.map((part) => {
    const rendered = renderPart(part, chapter, depth + 2, ctx, underHeading);
    const shown = partHeading(part);
    if (shown !== undefined && !(part.kind === "group" && sameWords(shown, underHeading))) underHeading = shown;
    // A part with a heading of its own (the agreements, a differentiation, the planning) ends
    // the section: a group after it shows its title again.
    else if (shown === undefined && (part.kind === "agreements" || part.kind === "differentiation" || part.kind === "planning")) underHeading = undefined;
    return rendered;
  });
  return html`<section class="hoofdstuk niveau-${String(depth)}" aria-labelledby="${id}">
${heading(depth + 1, id, html`<span class="nummer">${chapter.number}</span> ${chapter.title}`)}
${join(parts, raw("\n"))}
</section>`;
}

export function renderDocument(model: PolicyModel, links: DocumentLinks = {}): RenderedDocument {
  const ctx = new RenderContext(model);
  const layouts = layoutDocument(model);
  const content = html`<article class="beleidsdocument">
${renderTitleBlock(model, links)}
${renderToc(layouts)}
${
  hasIntentions(model)
    ? html`<p class="voornemen-uitleg"><span class="voornemen-label">Voornemen</span> Onderdelen met dit label overweegt ${model.meta.organisation} nog; ze gelden nog niet.</p>`
    : ""
}
${join(
  layouts.map((layout) => renderChapter(layout, ctx)),
  raw("\n"),
)}
</article>`;
  return { title: `${model.meta.title} (versie ${model.meta.version})`, content };
}
