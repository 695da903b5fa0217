/**
 * The front page of changes, "Wijzigingen contractvoorwaarden en proces", as every source
 * document opens: per step between two versions, newest first, the change report's title
 * ("Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025"), its sections and their
 * sentences as a list. A step before the document's own (2025 → 2026-04 in the document of
 * 2026-07) is the changes of that earlier version, and its heading says so: "Wijzigingen in de
 * versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025". The document renderer does
 * not compare versions itself: the site gives the lists (plain data from the change report, see
 * compiler/site/changes.ts) and the link to each full report page.
 */

import type { RenderContext } from "./context.js";
import { anchorId, html, type Html } from "./html.js";
import { heading } from "./marks.js";
import { earlierVersionInLine, type VersionMeta } from "../versionNames.js";

export const CHANGES_HEADING = "Wijzigingen contractvoorwaarden en proces";

/** What the version key and publication date of an earlier version are called in running text. */
export interface EarlierVersion {
  readonly version: string;
  readonly published?: string | undefined;
}

/** One step between two versions, as the change report has it. */
export interface ChangeList {
  /** The report's own title: "Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025". */
  readonly title: string;
  readonly older: EarlierVersion;
  /**
   * The version whose changes these are, when it is not the document but an earlier version
   * of its contract year (the step 2025 → 2026-04 in the document of 2026-07).
   */
  readonly newer?: EarlierVersion;
  /** The report's sections ("Algemeen", a care type, …) with the sentence of each change. */
  readonly sections: readonly { readonly title: string; readonly items: readonly string[] }[];
  /** Said when there are no sections: "Er zijn geen wijzigingen." */
  readonly summary: string;
  /** The full report page (classes, rules side by side), relative to the document. */
  readonly report?: string;
}

/**
 * The earlier version as a name on its own, for the row "Vorige versie": "2025", "versie van 1
 * april 2025" (a month version with its publication date), "versie van april" (without one, of
 * the same contract year as `newer`), or "versie van april van het inkoopbeleid 2026" when the
 * contract year is not known to be the same (compiler/versionNames.ts). Never the key `2026-04`,
 * which reads as April 2026.
 */
export function earlierVersionName(older: EarlierVersion, newer?: VersionMeta): string {
  return earlierVersionInText(older, newer).replace(/^de /, "");
}

/**
 * The same in a sentence: "ten opzichte van 2025", "ten opzichte van de versie van 1 april
 * 2025", "ten opzichte van de versie van april".
 */
export function earlierVersionInText(older: EarlierVersion, newer?: VersionMeta): string {
  if (!/^\d{4}-\d{2}$/.test(older.version.trim())) return older.version.trim();
  return earlierVersionInLine(older, newer ?? { title: "", version: "" });
}

/**
 * A list's heading: the report's title, and for an earlier step the version whose changes they
 * are: "Wijzigingen in de versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025"
 * (the source's "Wijzigingen ten opzichte van het inkoopbeleid van 2025" would say, under the
 * document of 1 July, that they are the changes of that document).
 */
export function changeListTitle(list: Pick<ChangeList, "title" | "newer">, document: VersionMeta): string {
  if (!list.newer) return list.title;
  // "de versie van 1 april 2025", "de versie van april", "het inkoopbeleid van 2026".
  const newer = earlierVersionInLine(list.newer, document);
  return /^Wijzigingen /.test(list.title) ? list.title.replace(/^Wijzigingen /, `Wijzigingen in ${newer} `) : `Wijzigingen in ${newer}: ${list.title}`;
}

function reportLinkText(list: ChangeList, document: VersionMeta): string {
  const older = earlierVersionInText(list.older, document);
  return list.newer ? `Het volledige wijzigingsverslag van ${earlierVersionInLine(list.newer, document)} ten opzichte van ${older}` : `Het volledige wijzigingsverslag ten opzichte van ${older}`;
}

function renderChangeList(list: ChangeList, ctx: RenderContext): Html {
  const id = ctx.claimId(anchorId("wijzigingen", list.older.version)) ?? ctx.claimId(anchorId("wijzigingen", list.older.version, "2"));
  return html`<section class="wijzigingenlijst"${id ? html` aria-labelledby="${id}"` : ""}>
${heading(3, id, changeListTitle(list, ctx.model.meta))}
${
  list.sections.length === 0
    ? html`<p>${list.summary}</p>`
    : list.sections.map(
        (section) => html`${heading(4, undefined, section.title)}
<ul>
${section.items.map((item) => html`<li>${item}</li>\n`)}</ul>
`,
      )
}${
    list.report
      ? html`<p class="verslaglink"><a href="${list.report}">${reportLinkText(list, ctx.model.meta)}</a> geeft ook de soort van elke wijziging (strenger, soepeler, onbepaald of redactioneel) en zet elke gewijzigde regel oud naast nieuw.</p>`
      : ""
  }
</section>`;
}

/** The front page, or nothing when the document is compared with no earlier version. */
export function renderChangesFrontPage(lists: readonly ChangeList[], ctx: RenderContext): Html | "" {
  if (lists.length === 0) return "";
  const id = ctx.claimId("wijzigingen");
  return html`<section class="wijzigingenblad"${id ? html` aria-labelledby="${id}"` : ""}>
${heading(2, id, CHANGES_HEADING)}
${lists.map((list) => renderChangeList(list, ctx))}
</section>`;
}
