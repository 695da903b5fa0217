/**
 * Prose as the policy language writes it (docs/taal.md, chapter 12) turned into HTML: a blank
 * line separates paragraphs, a line that starts with `- ` is a bullet. E-mail addresses and web
 * addresses become links, as in the published PDF. A reference to a page of the PDF ("zie ‘Geen
 * aanbod ontvangen’ op pagina 13") means nothing on a web page: the page number is left out, and
 * a quoted heading the document has becomes a link to it, marked as a cross-reference with the
 * number of the heading's chapter, which print shows instead of the page (web/beleid.css).
 */

import { html, join, raw, type Html } from "./html.js";

export type ProseBlock = { readonly kind: "paragraph"; readonly text: string } | { readonly kind: "list"; readonly items: readonly string[] };

export function parseProse(text: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    if (items.length > 0) blocks.push({ kind: "list", items });
    paragraph = [];
    items = [];
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "") {
      flush();
    } else if (line.startsWith("- ")) {
      if (paragraph.length > 0) {
        blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
        paragraph = [];
      }
      items.push(line.slice(2).trim());
    } else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

const LINK = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(https?:\/\/[^\s<]+|www\.[\w-]+(?:\.[\w-]+)+(?:\/[^\s<]*)?)/g;

/** "op pagina 13", "op pagina’s 13 en 14", "op blz. 13": a page of the PDF. */
const PAGE_REFERENCE = /\s+op\s+(?:pagina(?:’s|'s)?|blz\.)\s+\d+(?:\s*(?:-|en|t\/m)\s*\d+)?(?![\p{L}\d])/gu;

/** A heading in quotes right before a page reference: "‘Geen aanbod ontvangen’ op pagina 13". */
const QUOTED_HEADING = /‘([^‘’\n]+)’$/u;

/** Where the document's headings are, for a reference to one; see `RenderContext`. */
export interface HeadingLinks {
  /** The anchor (`#…`) of the heading with these words, if the document has one. */
  headingHref(words: string): string | undefined;
  /** The number of the chapter the heading is in ("4.2"), which print shows after the link. */
  headingChapter?(words: string): string | undefined;
  /** The anchor (`#…`) of the footnote with this number in the current chapter, if it has one, and the id for the marker. */
  footnoteMarker?(number: string): { readonly href: string; readonly id: string | undefined } | undefined;
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** "¹²" as "12". */
export function fromSuperscript(marker: string): string {
  return [...marker].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join("");
}

/** A footnote line as the policies write it: "¹ Het effect van … | RIVM". */
const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s+(\S.*)$/u;

/**
 * Superscript digits right after a word or a closing mark ("gezondheid¹", "zorglandschap.²"):
 * a candidate footnote marker; `isFootnoteMarker` decides.
 */
const FOOTNOTE_MARKER = /(?<=[\p{L}.,;:)’”])[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?![\p{L}\d])/gu;

/** Units of measure written with an exponent ("cm²", "km²", "mm³"); a letter alone ("m²", "x²") is one too. */
const UNITS = new Set(["cm", "mm", "dm", "km", "µm", "μm", "ms", "ml", "cl", "dl"]);

/**
 * Whether superscript digits at `start` are a footnote marker as the source writes one: after a
 * word of two or more letters that is not a unit ("gezondheid¹"), or after a closing mark. An
 * exponent is not: after a unit or a single letter ("m²", "cm³", "x²") or after a digit ("10⁶");
 * nor are digits that run on into a word.
 */
export function isFootnoteMarker(text: string, start: number): boolean {
  const word = /[\p{L}]+$/u.exec(text.slice(0, start))?.[0];
  if (word === undefined) return /[.,;:)’”]$/u.test(text.slice(0, start));
  return [...word].length >= 2 && !UNITS.has(word.toLowerCase());
}

export interface Footnote {
  /** "1" for "¹". */
  readonly number: string;
  readonly marker: string;
  readonly text: string;
}

/**
 * The footnotes a text is, when every line of it is one ("¹ …" on its own line, as the policy
 * writes the notes at the bottom of a page of the source), otherwise undefined.
 */
export function parseFootnotes(text: string): Footnote[] | undefined {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  const notes: Footnote[] = [];
  for (const line of lines) {
    const match = FOOTNOTE_LINE.exec(line);
    if (!match) return undefined;
    const marker = match[1] ?? "";
    notes.push({ number: fromSuperscript(marker), marker, text: match[2] ?? "" });
  }
  return notes.length > 0 ? notes : undefined;
}

/**
 * Text with e-mail and web addresses as links; everything else escaped. A page reference is
 * left out; with `links`, the quoted heading before it becomes a link to that heading.
 */
export function inlineText(text: string, links?: HeadingLinks): Html {
  const parts: Html[] = [];
  let last = 0;
  for (const match of text.matchAll(PAGE_REFERENCE)) {
    const start = match.index ?? 0;
    const before = text.slice(last, start);
    const quoted = QUOTED_HEADING.exec(before);
    const href = quoted ? links?.headingHref(quoted[1] ?? "") : undefined;
    if (quoted && href) {
      const chapter = links?.headingChapter?.(quoted[1] ?? "");
      parts.push(addressLinks(before.slice(0, quoted.index), links));
      parts.push(html`<span class="verwijzing"${chapter ? html` data-hoofdstuk="${chapter}"` : ""}>‘<a href="${href}">${quoted[1]}</a>’</span>`);
    } else {
      parts.push(addressLinks(before, links));
    }
    last = start + match[0].length;
  }
  parts.push(addressLinks(text.slice(last), links));
  return join(parts);
}

/** Text with e-mail and web addresses as links and footnote markers linked to their notes; everything else escaped. */
function addressLinks(text: string, links?: HeadingLinks): Html {
  const parts: Html[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    let address = match[0];
    // A sentence's full stop or semicolon after an address is not part of it.
    const trailing = /[.,;:)]+$/.exec(address)?.[0] ?? "";
    address = address.slice(0, address.length - trailing.length);
    const start = match.index ?? 0;
    parts.push(footnoteMarkers(text.slice(last, start), links));
    const href = match[1] ? `mailto:${address}` : address.startsWith("www.") ? `https://${address}` : address;
    parts.push(html`<a href="${href}">${address}</a>`);
    last = start + address.length;
  }
  parts.push(footnoteMarkers(text.slice(last), links));
  return join(parts);
}

/** Text with each footnote marker the chapter has a note for as a link to that note. */
function footnoteMarkers(text: string, links?: HeadingLinks): Html {
  if (!links?.footnoteMarker) return html`${text}`;
  const parts: Html[] = [];
  let last = 0;
  for (const match of text.matchAll(FOOTNOTE_MARKER)) {
    const start = match.index ?? 0;
    if (!isFootnoteMarker(text, start)) continue;
    const number = fromSuperscript(match[0]);
    const target = links.footnoteMarker(number);
    if (!target) continue;
    parts.push(html`${text.slice(last, start)}`);
    parts.push(html`<a class="voetnootteken"${target.id ? html` id="${target.id}"` : ""} href="${target.href}" aria-label="voetnoot ${number}">${match[0]}</a>`);
    last = start + match[0].length;
  }
  parts.push(html`${text.slice(last)}`);
  return join(parts);
}

export function renderBlocks(blocks: readonly ProseBlock[], links?: HeadingLinks): Html {
  return join(
    blocks.map((block) =>
      block.kind === "paragraph"
        ? html`<p>${inlineText(block.text, links)}</p>`
        : html`<ul>${block.items.map((item) => html`<li>${inlineText(item, links)}</li>`)}</ul>`,
    ),
    raw("\n"),
  );
}

/** Prose as paragraphs and lists. */
export function renderProse(text: string, links?: HeadingLinks): Html {
  return renderBlocks(parseProse(text), links);
}

/** Prose inside a list item: a single paragraph stays inline, more becomes blocks. */
export function renderProseInline(text: string, links?: HeadingLinks): Html {
  const blocks = parseProse(text);
  const first = blocks[0];
  if (blocks.length === 1 && first?.kind === "paragraph") return inlineText(first.text, links);
  if (first?.kind === "paragraph") return html`${inlineText(first.text, links)}${renderBlocks(blocks.slice(1), links)}`;
  return renderBlocks(blocks, links);
}
