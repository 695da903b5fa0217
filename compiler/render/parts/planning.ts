/**
 * The planning of a chapter as the two-column table of the source documents (Onderwerp,
 * Datum). A moment given in words is shown as written; an exact date as "24 oktober 2025".
 * Deadlines carry the word "deadline" next to the date.
 */

import type { Milestone } from "../../model.js";
import type { RenderContext } from "../context.js";
import { formatDutchDate } from "../dutch.js";
import { html, type Html } from "../html.js";
import { heading, scrollableTable } from "../marks.js";

export function milestoneWhen(milestone: Milestone): string {
  return milestone.when ?? (milestone.date ? formatDutchDate(milestone.date) : "");
}

export function renderPlanning(milestones: readonly Milestone[], chapterId: string, level: number, ctx: RenderContext): Html {
  const id = ctx.claimId(`planning-${chapterId}`);
  return html`<section class="planning"${id ? html` aria-labelledby="${id}"` : ""}>
${heading(level, id, "Planning")}
${scrollableTable("Planning", html`<table>
<thead><tr><th scope="col">Onderwerp</th><th scope="col">Datum</th></tr></thead>
<tbody>${milestones.map(
    (m) =>
      html`<tr${m.kind === "deadline" ? html` class="deadline"` : ""}><th scope="row">${m.subject}</th><td>${
        m.date ? html`<time datetime="${m.date}">${milestoneWhen(m)}</time>` : milestoneWhen(m)
      }${m.kind === "deadline" ? html` <span class="deadline-label">deadline</span>` : ""}</td></tr>`,
  )}</tbody>
</table>`)}
</section>`;
}
