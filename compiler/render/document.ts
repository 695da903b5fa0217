/**
 * The policy document itself, rendered from the checked model: the title block, the front
 * page of changes against earlier versions when the site gives them (changesFrontPage.ts), a
 * table of contents, and every chapter in number order (shared chapters from included files too) with
 * its prose, agreements, tier tables and factors, groups of rules as published bullets, lookup
 * tables, date rules and planning. Intentions (`voornemen`) are marked in words. The result is
 * the content of a page; `compiler/site/page.ts` puts the site's frame around it.
 */

import type { Chapter, PolicyModel } from "../model.js";
import { footnoteId, footnoteMarkerId, headingKey, RenderContext, type HeadingTarget } from "./context.js";
import { formatDutchDate } from "./dutch.js";
import { html, join, raw, type Html } from "./html.js";
import { layoutDocument, type ChapterLayout, type ChapterPart } from "./layout.js";
import { heading, intentionClass, intentionMark } from "./marks.js";
import { renderChangesFrontPage, earlierVersionInText, earlierVersionName, type ChangeList } from "./changesFrontPage.js";
import { renderAgreements, renderAgreementText } from "./parts/agreements.js";
import { renderDateRule } from "./parts/dateRules.js";
import { PLANNING_HEADING, renderPlanning } from "./parts/planning.js";
import { groupAnchor, readsAsRunningText, renderGroup } from "./parts/rules.js";
import { renderTable } from "./parts/tables.js";
import { differentiationHeading, renderDifferentiation } from "./parts/tiers.js";
import { inlineText, parseFootnotes, parseProse, renderProse, type Footnote } from "./prose.js";
import { titleWithVersion, versionName } from "./title.js";

/** Links the site adds to the title block; the document renders without them too. */
export interface DocumentLinks {
  /** The checker page for this policy. */
  readonly checker?: string;
  /** The previous version's document, when the site has it. */
  readonly previous?: string;
  /** The change report against the previous version, when one could be made. */
  readonly changes?: string;
  /**
   * The previous version's publication date, when the site has that version: a month version
   * (`2026-04`) is then named "versie van 1 april 2025", as the pages' titles name it.
   */
  readonly previousPublished?: string;
  /**
   * The front page of changes: per earlier version compared (the previous one, and for a month
   * version also the last of the year before), the change report's lists. None: no front page.
   */
  readonly changeLists?: readonly ChangeList[];
}

export interface RenderedDocument {
  /** For the page's <title>: "Inkoopbeleid Paramedische zorg 2026 (versie 2026-07)" (see `titleWithVersion`). */
  readonly title: string;
  readonly content: Html;
}

export function chapterAnchor(chapter: Pick<Chapter, "number">): string {
  return `hoofdstuk-${chapter.number.replace(/\./g, "-")}`;
}


/**
 * Whether the document shows a "Voornemen" label, so that it explains the label. An agreement
 * shows one only with its text: a text the chapter already shows elsewhere (in a group's
 * introduction) is not printed, and its status then is not either.
 */
function hasIntentions(model: PolicyModel, layouts: readonly ChapterLayout[]): boolean {
  const agreementTexts = layouts.flatMap((l) => l.parts.flatMap((p) => (p.kind === "agreements" ? p.texts : p.kind === "agreementText" ? [p.text] : [])));
  return (
    model.rules.some((r) => r.status === "voornemen") ||
    model.groups.some((g) => g.status === "voornemen") ||
    model.texts.some((t) => t.status === "voornemen") ||
    model.tables.some((t) => t.status === "voornemen") ||
    agreementTexts.some((t) => t.status === "voornemen")
  );
}

function renderTitleBlock(model: PolicyModel, links: DocumentLinks): Html {
  const meta = model.meta;
  const previous = meta.previous !== undefined ? { version: meta.previous, published: links.previousPublished } : undefined;
  const row = (term: string, value: Html | string) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  return html`<header class="titelblad">
<p class="organisatie">${meta.organisation}</p>
<h1>${meta.title}</h1>
<dl class="documentgegevens">
${row("Zorgverzekeraar", meta.insurer)}
${row("Contractjaar", String(meta.year))}
${row("Versie", versionName(meta).replace(/^versie /, ""))}
${meta.published ? row("Gepubliceerd", html`<time datetime="${meta.published}">${formatDutchDate(meta.published)}</time>`) : ""}
${previous ? row("Vorige versie", links.previous ? html`<a href="${links.previous}">${earlierVersionName(previous, meta)}</a>` : earlierVersionName(previous, meta)) : ""}
</dl>
${
  links.checker || links.changes
    ? html`<ul class="documentlinks">
${links.changes && previous ? html`<li><a href="${links.changes}">Wijzigingen ten opzichte van ${earlierVersionInText(previous, meta)}</a></li>` : ""}
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
 * with the same heading continues that text's paragraph. The agreements show the heading of
 * their last text that has one.
 */
function partHeading(part: ChapterPart): string | undefined {
  switch (part.kind) {
    case "text":
      return part.text.heading;
    case "agreementText":
      return part.text.heading;
    case "agreements":
      return part.texts.reduce<string | undefined>((last, t) => t.heading ?? last, undefined);
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

/** A paragraph that leads into what follows ("Wij hanteren de volgende planning voor de zorginkoop:"). */
function leadsIn(part: ChapterPart | undefined): boolean {
  const text = part?.kind === "text" ? part.text.text : part?.kind === "agreementText" ? part.text.text : undefined;
  return text !== undefined && text.trim().endsWith(":");
}

/** Whether `heading` already says `words`: the same words, or `words` as whole words in it ("Bereikbaarheid" in "Planning en bereikbaarheid"). */
function alreadySays(heading: string | undefined, words: string): boolean {
  if (heading === undefined) return false;
  if (sameWords(heading, words)) return true;
  const wanted = words.trim().toLowerCase().split(/\s+/);
  const said = heading.trim().toLowerCase().split(/[\s,;:]+/);
  return said.some((_, i) => wanted.every((word, j) => said[i + j] === word));
}

/**
 * Whether a table shows its title as a heading. The sources head a table where it opens a
 * section ("Doorlopende zorgovereenkomst"); a table right after a paragraph that leads into it
 * or under a heading that already names it ("5 Planning en bereikbaarheid" for the table
 * Bereikbaarheid: "In onderstaand schema ziet u …" follows the chapter's heading) has none, as
 * the planning. The title stays the table's accessible name.
 */
function showsTableTitle(part: Extract<ChapterPart, { kind: "table" }>, around: Surroundings): boolean {
  return !leadsIn(around.previous) && !alreadySays(around.underHeading, part.table.title) && continuedBullets(part, around.previous) === undefined;
}

/**
 * The bullets a table's introduction begins with ("- Bij een aantal … In onderstaand schema
 * vindt u meer informatie:"), when they are the last bullets of the list of the group right
 * before the table: the source ends that list with them and then shows the table. The list
 * then holds them, and the table has no heading between the list and its last bullets.
 * Undefined when the introduction begins otherwise or the part before is no list of rules.
 */
function continuedBullets(part: ChapterPart | undefined, previous: ChapterPart | undefined): readonly string[] | undefined {
  if (part?.kind !== "table" || previous?.kind !== "group" || part.table.introduction === undefined) return undefined;
  if (previous.rules.length === 0 || readsAsRunningText(previous.group, previous.rules) || previous.group.status !== part.table.status) return undefined;
  const first = parseProse(part.table.introduction)[0];
  return first?.kind === "list" ? first.items : undefined;
}

/**
 * Where a part stands in its chapter: under which heading (at first the chapter's own title),
 * and after which part. A heading the document makes itself ("Planning", a care type's name
 * or its `differentiatie.kop` above its differentiation) is left out when it would repeat the heading the reader is under —
 * chapter "5 Planning" is not followed by "Planning" — and the planning's heading also after a
 * paragraph that leads into the table, as in the source documents.
 */
interface Surroundings {
  readonly underHeading: string | undefined;
  readonly previous: ChapterPart | undefined;
}

/** The heading the document itself would put above a part, for parts that have one. */
function automaticHeading(part: ChapterPart): string | undefined {
  if (part.kind === "planning") return PLANNING_HEADING;
  if (part.kind === "differentiation") return differentiationHeading(part.careType);
  return undefined;
}

function showsAutomaticHeading(part: ChapterPart, around: Surroundings): boolean {
  const automatic = automaticHeading(part);
  if (automatic === undefined) return false;
  if (sameWords(automatic, around.underHeading)) return false;
  return !(part.kind === "planning" && leadsIn(around.previous));
}

/** `next`: the part after this one, whose introduction may end this part's list (`continuedBullets`). */
function renderPart(part: ChapterPart, chapter: Chapter, level: number, ctx: RenderContext, around: Surroundings, next: ChapterPart | undefined): Html {
  switch (part.kind) {
    case "text": {
      const t = part.text;
      const id = ctx.claimId(`tekst-${t.id}`);
      return html`<div class="tekst${intentionClass(t.status)}"${id ? html` id="${id}"` : ""}>
${t.heading ? heading(level, undefined, html`${t.heading}${intentionMark(t.status)}`) : t.status === "voornemen" ? html`<p>${intentionMark(t.status)}</p>` : ""}
${renderProse(t.text, ctx)}
</div>`;
    }
    case "agreements":
      return renderAgreements(part.texts, level, ctx);
    case "agreementText":
      return renderAgreementText(part.text, level, ctx);
    case "differentiation":
      return renderDifferentiation(part, level, ctx, showsAutomaticHeading(part, around));
    case "group":
      return renderGroup(part.group, part.rules, level, ctx, !sameWords(part.group.title, around.underHeading), continuedBullets(next, part));
    case "table":
      return renderTable(part.table, level, ctx, showsTableTitle(part, around), part.rowRules, continuedBullets(part, around.previous) !== undefined);
    case "dateRule":
      return renderDateRule(part.dateRule, ctx);
    case "planning":
      return renderPlanning(part.milestones, chapter.id, level, ctx, showsAutomaticHeading(part, around));
  }
}

/** A text of the chapter that is its footnotes ("¹ …" lines; see `parseFootnotes`), with the notes. */
function footnotesOf(part: ChapterPart): Footnote[] | undefined {
  return part.kind === "text" && part.text.heading === undefined ? parseFootnotes(part.text.text) : undefined;
}

/**
 * The chapter's footnotes at its end, as the source has them at the bottom of the page: each
 * with its marker, which links back to the (first) marker in the text.
 */
function renderFootnotes(notes: readonly Footnote[], prefix: string, ctx: RenderContext): Html {
  return html`<div class="voetnoten">
${join(
  notes.map((note) => {
    const id = ctx.claimId(footnoteId(prefix, note.number));
    const marker = footnoteMarkerId(prefix, note.number);
    // Back to the text only where the text has the marker.
    const back = ctx.hasMarker(marker) ? html`<a class="voetnootteken" href="#${marker}" aria-label="terug naar de tekst bij voetnoot ${note.number}">${note.marker}</a>` : html`${note.marker}`;
    return html`<p${id ? html` id="${id}"` : ""}>${back} ${inlineText(note.text, ctx)}</p>`;
  }),
  raw("\n"),
)}
</div>`;
}

function renderChapter(layout: ChapterLayout, ctx: RenderContext): Html {
  const { chapter, depth } = layout;
  const id = chapterAnchor(chapter);
  ctx.claimId(id);
  // A text that is only footnotes goes to the end of the chapter; its markers link there.
  const notes = layout.parts.flatMap((part) => footnotesOf(part) ?? []);
  const prefix = chapter.number.replace(/\./g, "-");
  ctx.setFootnotes(notes.length > 0 ? prefix : undefined, notes.map((n) => n.number));
  // The heading the parts so far stand under, at first the chapter's own: a group with the
  // same title continues it, an automatic heading with the same words is left out.
  let underHeading: string | undefined = chapter.title;
  let previous: ChapterPart | undefined;
  const shownParts = layout.parts.filter((part) => footnotesOf(part) === undefined);
  const parts = shownParts.map((part, index) => {
    const around = { underHeading, previous };
    const rendered = renderPart(part, chapter, depth + 2, ctx, around, shownParts[index + 1]);
    const shown = part.kind === "table" && !showsTableTitle(part, around) ? undefined : partHeading(part);
    if (shown !== undefined && !(part.kind === "group" && sameWords(shown, underHeading))) underHeading = shown;
    // A part with a heading of its own (a differentiation, the planning) ends the section: a
    // group after it shows its title again.
    else if (showsAutomaticHeading(part, around)) underHeading = undefined;
    previous = part;
    return rendered;
  });
  if (notes.length > 0) parts.push(renderFootnotes(notes, prefix, ctx));
  ctx.setFootnotes(undefined);
  return html`<section class="hoofdstuk niveau-${String(depth)}" aria-labelledby="${id}">
${heading(depth + 1, id, html`<span class="nummer">${chapter.number}</span> ${chapter.title}`)}
${join(
  parts.filter((part) => part.value.trim() !== ""),
  raw("\n"),
)}
</section>`;
}

/**
 * The headings a reference in the text can point to, with the id of what they head: chapters,
 * texts, groups and tables, the first in document order for words used twice.
 */
function headingAnchors(layouts: readonly ChapterLayout[]): Map<string, HeadingTarget> {
  const anchors = new Map<string, HeadingTarget>();
  const add = (words: string | undefined, id: string, chapter: string) => {
    if (words !== undefined && !anchors.has(headingKey(words))) anchors.set(headingKey(words), { id, chapter });
  };
  for (const layout of layouts) {
    add(layout.chapter.title, chapterAnchor(layout.chapter), layout.chapter.number);
    for (const part of layout.parts) {
      if (part.kind === "text") add(part.text.heading, `tekst-${part.text.id}`, layout.chapter.number);
      else if (part.kind === "group") add(part.group.title, groupAnchor(part.group.id), layout.chapter.number);
      else if (part.kind === "table") add(part.table.title, `tabel-${part.table.id}`, layout.chapter.number);
    }
  }
  return anchors;
}

export function renderDocument(model: PolicyModel, links: DocumentLinks = {}): RenderedDocument {
  const layouts = layoutDocument(model);
  const ctx = new RenderContext(model, headingAnchors(layouts));
  const content = html`<article class="beleidsdocument">
${renderTitleBlock(model, links)}${links.changeLists?.length ? html`\n${renderChangesFrontPage(links.changeLists, ctx)}` : ""}
${renderToc(layouts)}
${
  hasIntentions(model, layouts)
    ? html`<p class="voornemen-uitleg"><span class="voornemen-label">Voornemen</span> Onderdelen met dit label overweegt ${model.meta.organisation} nog; ze gelden nog niet.</p>`
    : ""
}
${join(
  layouts.map((layout) => renderChapter(layout, ctx)),
  raw("\n"),
)}
</article>`;
  return { title: titleWithVersion(model.meta), content };
}
