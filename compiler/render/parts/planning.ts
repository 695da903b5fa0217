/**
 * The planning of a chapter as the two-column table of the source documents (Onderwerp,
 * Datum). A moment given in words is shown as written; an exact date as "24 oktober 2025".
 * A deadline's row is marked, and carries the word "deadline" next to the date unless the row
 * already says so ("Deadline vragenlijst …", "Uiterste tekendatum …", "Uiterlijk 1 september").
 * The heading "Planning" is left out where the document already says it (see document.ts).
 */

import type { Milestone } from "../../model.js";
import type { RenderContext } from "../context.js";
import { formatDutchDate } from "../dutch.js";
import { html, type Html } from "../html.js";
import { heading, scrollableTable } from "../marks.js";

/** The heading the document puts above a planning. */
export const PLANNING_HEADING = "Planning";

export function milestoneWhen(milestone: Milestone): string {
  return milestone.when ?? (milestone.date ? formatDutchDate(milestone.date) : "");
}

/** Whether a deadline's own words already call it one, so a "deadline" label would repeat them. */
export function saysDeadline(milestone: Pick<Milestone, "subject" | "when">): boolean {
  return /(^|[^\p{L}])(deadline|uiterste|uiterlijk)(?!\p{L})/iu.test(`${milestone.subject} ${milestone.when ?? ""}`);
}

export function renderPlanning(milestones: readonly Milestone[], chapterId: string, level: number, ctx: RenderContext, showHeading = true): Html {
  const id = ctx.claimId(`planning-${chapterId}`);
  return html`<section class="planning"${id ? (showHeading ? html` aria-labelledby="${id}"` : html` id="${id}"`) : ""}>
${showHeading ? heading(level, id, PLANNING_HEADING) : ""}
${scrollableTable(PLANNING_HEADING, html`<table>
<thead><tr><th scope="col">Onderwerp</th><th scope="col">Datum</th></tr></thead>
<tbody>${milestones.map(
    (m) =>
      html`<tr${m.kind === "deadline" ? html` class="deadline"` : ""}><th scope="row">${m.subject}</th><td>${
        m.date ? html`<time datetime="${m.date}">${milestoneWhen(m)}</time>` : milestoneWhen(m)
      }${m.kind === "deadline" && !saysDeadline(m) ? html` <span class="deadline-label">deadline</span>` : ""}</td></tr>`,
  )}</tbody>
</table>`)}
</section>`;
}
