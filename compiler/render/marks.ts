/**
 * Small pieces of markup every part of the document uses: headings at the right level, and the
 * mark for an intention (`status: voornemen`), which is always written out in words so it
 * survives printing in black and white.
 */

import type { Status } from "../model.js";
import { html, raw, type Html, type HtmlValue } from "./html.js";

/** `<hN id="…">`, with N kept between 1 and 6. */
export function heading(level: number, id: string | undefined, content: HtmlValue, className?: string): Html {
  const tag = raw(`h${Math.min(6, Math.max(1, level))}`);
  return html`<${tag}${id ? html` id="${id}"` : ""}${className ? html` class="${className}"` : ""}>${content}</${tag}>`;
}

/** "Voornemen" badge after a heading or bullet; nothing for definitive parts. */
export function intentionMark(status: Status): Html {
  return status === "voornemen" ? html` <span class="voornemen-label">Voornemen</span>` : html``;
}

/** The class of a block that is an intention, for its dashed margin line. */
export function intentionClass(status: Status): string {
  return status === "voornemen" ? " voornemen" : "";
}

/**
 * A table in a box that scrolls sideways on a narrow screen instead of running off it. The box
 * can take focus (so it can be scrolled with the keyboard) and is named after the table.
 */
export function scrollableTable(label: string, table: Html): Html {
  return html`<div class="tabel-rol" role="region" tabindex="0" aria-label="${label}">${table}</div>`;
}
