/**
 * A tiny helper to create DOM elements in the checker page. Text is always set as text, never
 * as HTML, so nothing from a policy or from the user can become markup.
 */

export type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | boolean | undefined>> = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: readonly Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

const ADDRESS = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(www\.[\w-]+(?:\.[\w-]+)+)/g;

/** Text with e-mail and web addresses as links, as in the document. */
export function linkedText(text: string): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[0].replace(/[.,;:]+$/, "");
    const start = match.index ?? 0;
    parts.push(text.slice(last, start));
    parts.push(el("a", { href: match[1] ? `mailto:${address}` : `https://${address}` }, address));
    last = start + address.length;
  }
  parts.push(text.slice(last));
  return parts.filter((p) => p !== "");
}

/** Policy prose as the document shows it: a blank line separates paragraphs, "- " starts a bullet. */
export function proseNodes(text: string, className: string): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(el("p", { class: className }, ...linkedText(paragraph.join(" "))));
    if (items.length > 0) blocks.push(el("ul", { class: className }, ...items.map((item) => el("li", {}, ...linkedText(item)))));
    paragraph = [];
    items = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") flush();
    else if (line.startsWith("- ")) {
      if (paragraph.length > 0) {
        blocks.push(el("p", { class: className }, ...linkedText(paragraph.join(" "))));
        paragraph = [];
      }
      items.push(line.slice(2));
    } else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
