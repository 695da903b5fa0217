/**
 * Building HTML safely: a tagged template `html` that escapes every interpolated value unless
 * it is already HTML (`Html`, made by `html` itself or by `raw`). Every renderer of the
 * document and the site builds its markup with it, so no policy text can break the page.
 */

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

function toHtml(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (value === null || value === undefined || value === false) return "";
  if (Array.isArray(value)) return value.map(toHtml).join("");
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\`` escapes `text`; arrays are joined; null, undefined and false vanish. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += toHtml(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Marks trusted markup (produced by our own code, never by policy text) as HTML. */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** Joins parts with a separator (both escaped unless HTML). */
export function join(parts: readonly HtmlValue[], separator: HtmlValue = ""): Html {
  return new Html(parts.map(toHtml).join(toHtml(separator)));
}

/** A stable fragment identifier for an anchor: lower case, letters, digits and dashes. */
export function anchorId(...parts: readonly string[]): string {
  return parts
    .join("-")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
