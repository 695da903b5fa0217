/**
 * A date rule in the document: its published text as a paragraph. The computation itself is
 * for the evaluator; the reader sees the sentence it came from.
 */

import type { DateRule } from "../../model.js";
import type { RenderContext } from "../context.js";
import { html, type Html } from "../html.js";
import { renderProse } from "../prose.js";

export function renderDateRule(dateRule: DateRule, ctx: RenderContext): Html {
  const id = ctx.claimId(`datum-${dateRule.id}`);
  return html`<div class="datumregel"${id ? html` id="${id}"` : ""}>${renderProse(dateRule.text, ctx)}</div>`;
}
