/**
 * State shared while one document is rendered: the model, and the element ids already used,
 * so a part that appears twice (a factor for two care types) gets its anchor only once.
 */

import type { CareType, PolicyModel } from "../model.js";

export class RenderContext {
  private readonly usedIds = new Set<string>();
  readonly careTypes: ReadonlyMap<string, CareType>;

  constructor(readonly model: PolicyModel) {
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
}
