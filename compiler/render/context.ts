/**
 * State shared while one document is rendered: the model, the element ids already used, so a
 * part that appears twice (a factor for two care types) gets its anchor only once, and where the
 * document's headings are, so that a reference to a heading in the text ("zie ‘Geen aanbod
 * ontvangen’ op pagina 13") can link to it.
 */

import type { CareType, PolicyModel } from "../model.js";
import type { HeadingLinks } from "./prose.js";

/** Where a heading is: the id of the element it heads, and the number of its chapter. */
export interface HeadingTarget {
  readonly id: string;
  readonly chapter: string;
}

export class RenderContext implements HeadingLinks {
  private readonly usedIds = new Set<string>();
  readonly careTypes: ReadonlyMap<string, CareType>;

  /**
   * `headings`: the words of each heading in the document (compared without case), the id of
   * the element it heads and its chapter's number, the first in document order.
   */
  constructor(
    readonly model: PolicyModel,
    private readonly headings: ReadonlyMap<string, HeadingTarget> = new Map(),
  ) {
    this.careTypes = new Map(model.careTypes.map((c) => [c.id, c]));
  }

  /** `id` the first time it is asked for, afterwards undefined (no duplicate anchors). */
  claimId(id: string): string | undefined {
    if (this.usedIds.has(id)) return undefined;
    this.usedIds.add(id);
    return id;
  }

  /** The footnotes of the chapter being rendered: the prefix of their ids and their numbers. */
  private footnotes: { readonly prefix: string; readonly numbers: ReadonlySet<string> } | undefined;

  /** From here on, markers with these numbers link to the notes `#<prefix>-<number>` (see `footnoteId`); undefined: none. */
  setFootnotes(prefix: string | undefined, numbers: Iterable<string> = []): void {
    this.footnotes = prefix === undefined ? undefined : { prefix, numbers: new Set(numbers) };
  }

  footnoteMarker(number: string): { readonly href: string; readonly id: string | undefined } | undefined {
    if (!this.footnotes?.numbers.has(number)) return undefined;
    return { href: `#${footnoteId(this.footnotes.prefix, number)}`, id: this.claimId(footnoteMarkerId(this.footnotes.prefix, number)) };
  }

  /** Whether the text has a marker with this id (so that a note can link back to it). */
  hasMarker(id: string): boolean {
    return this.usedIds.has(id);
  }

  careTypeName(id: string): string {
    return this.careTypes.get(id)?.name ?? id;
  }

  headingHref(words: string): string | undefined {
    const target = this.headings.get(headingKey(words));
    return target === undefined ? undefined : `#${target.id}`;
  }

  headingChapter(words: string): string | undefined {
    return this.headings.get(headingKey(words))?.chapter;
  }
}

/** A heading's words as compared: without case and surrounding or doubled spaces. */
export function headingKey(words: string): string {
  return words.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The id of a footnote: "voetnoot-2-1-1" for note 1 of chapter 2.1 (prefix "2-1"). */
export function footnoteId(prefix: string, number: string): string {
  return `voetnoot-${prefix}-${number}`;
}

/** The id of the (first) marker of a footnote in the text, which the note links back to. */
export function footnoteMarkerId(prefix: string, number: string): string {
  return `voetnootteken-${prefix}-${number}`;
}
