/**
 * Prose as the policy language writes it (docs/taal.md, chapter 12) turned into HTML: a blank
 * line separates paragraphs, a line that starts with `- ` is a bullet. E-mail addresses and web
 * addresses become links, as in the published PDF. A reference to a page of the PDF ("zie ‘Geen
 * aanbod ontvangen’ op pagina 13") means nothing on a web page: the page number is left out, and
 * a quoted heading the document has becomes a link to it.
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
      parts.push(addressLinks(before.slice(0, quoted.index)));
      parts.push(html`‘<a href="${href}">${quoted[1]}</a>’`);
    } else {
      parts.push(addressLinks(before));
    }
    last = start + match[0].length;
  }
  parts.push(addressLinks(text.slice(last)));
  return join(parts);
}

/** Text with e-mail and web addresses as links; everything else escaped. */
function addressLinks(text: string): Html {
  const parts: Html[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    let address = match[0];
    // A sentence's full stop or semicolon after an address is not part of it.
    const trailing = /[.,;:)]+$/.exec(address)?.[0] ?? "";
    address = address.slice(0, address.length - trailing.length);
    const start = match.index ?? 0;
    parts.push(html`${text.slice(last, start)}`);
    const href = match[1] ? `mailto:${address}` : address.startsWith("www.") ? `https://${address}` : address;
    parts.push(html`<a href="${href}">${address}</a>`);
    last = start + address.length;
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
