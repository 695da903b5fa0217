/**
 * Prose as the policy language writes it (docs/taal.md, chapter 12) turned into HTML: a blank
 * line separates paragraphs, a line that starts with `- ` is a bullet. E-mail addresses and web
 * addresses become links, as in the published PDF.
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

/** Text with e-mail and web addresses as links; everything else escaped. */
export function inlineText(text: string): Html {
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

export function renderBlocks(blocks: readonly ProseBlock[]): Html {
  return join(
    blocks.map((block) =>
      block.kind === "paragraph" ? html`<p>${inlineText(block.text)}</p>` : html`<ul>${block.items.map((item) => html`<li>${inlineText(item)}</li>`)}</ul>`,
    ),
    raw("\n"),
  );
}

/** Prose as paragraphs and lists. */
export function renderProse(text: string): Html {
  return renderBlocks(parseProse(text));
}

/** Prose inside a list item: a single paragraph stays inline, more becomes blocks. */
export function renderProseInline(text: string): Html {
  const blocks = parseProse(text);
  const first = blocks[0];
  if (blocks.length === 1 && first?.kind === "paragraph") return inlineText(first.text);
  if (first?.kind === "paragraph") return html`${inlineText(first.text)}${renderBlocks(blocks.slice(1))}`;
  return renderBlocks(blocks);
}
