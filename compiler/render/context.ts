/**
 * State shared while one document is rendered: the model, the element ids already used, so a
 * part that appears twice (a factor for two care types) gets its anchor only once, and where the
 * document's headings are, so that a reference to a heading in the text ("zie ‘Geen aanbod
 * ontvangen’ op pagina 13") can link to it.
 */

import type { CareType, PolicyModel } from "../model.js";
import type { HeadingLinks } from "./prose.js";

export class RenderContext implements HeadingLinks {
  private readonly usedIds = new Set<string>();
  readonly careTypes: ReadonlyMap<string, CareType>;

  /**
   * `headings`: the words of each heading in the document (compared without case) and the id of
   * the element it heads, the first in document order.
   */
  constructor(
    readonly model: PolicyModel,
    private readonly headings: ReadonlyMap<string, string> = new Map(),
  ) {
    this.careTypes = new Map(model.careTypes.map((c) => [c.id, c]));
  }

  /** `id` the first time it is asked for, afterwards undefined (no duplicate anchors). */
  claimId(id: string): string | undefined {
    if (this.usedIds.has(id)) return undefined;
    this.usedIds.add(id);
    return id;
  }

  careTypeName(id: string): string {
    return this.careTypes.get(id)?.name ?? id;
  }

  headingHref(words: string): string | undefined {
    const id = this.headings.get(headingKey(words));
    return id === undefined ? undefined : `#${id}`;
  }
}

/** A heading's words as compared: without case and surrounding or doubled spaces. */
export function headingKey(words: string): string {
  return words.replace(/\s+/g, " ").trim().toLowerCase();
}
