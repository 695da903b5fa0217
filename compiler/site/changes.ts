/**
 * The change reports on the site: for every policy whose previous version (`vorige:`) is on
 * the site too, `wijzigingen/<domein>/<oud>_<nieuw>.html` holds the report of the diff engine
 * (compiler/diff) inside the site's frame, and the document opens with the report's lists (its
 * front page of changes). A month version also shows the lists of the earlier versions of its
 * contract year, each the report of one step (plan.ts, `changeSteps`). The site asks for the
 * report through this small interface so that its tests can give a report of their own.
 */

import { diffModels } from "../diff/index.js";
import { renderHtmlFragment, summaryLine } from "../diff/render.js";
import type { ChangeKind } from "../diff/kinds.js";
import type { ChangeReport } from "../diff/report.js";
import type { PolicyModel } from "../model.js";

/** What the document's front page shows of a report: its title, and per section the sentences. */
export interface ReportLists {
  readonly title: string;
  readonly sections: readonly { readonly title: string; readonly items: readonly string[] }[];
  /** Shown when there are no sections: "Er zijn geen wijzigingen." */
  readonly summary: string;
}

export interface ChangeReports<Report = unknown> {
  /** The changes from `older` to `newer` (the same domain). */
  compare(older: PolicyModel, newer: PolicyModel): Report;
  /** The report as an HTML fragment: headings from <h2> down, no <html>, <head> or <body>. */
  renderChangeReportHtml(report: Report): string;
  /** The report's title and the sentences of its sections, for the document's front page. */
  lists(report: Report): ReportLists;
}

/**
 * Changes the full report tells but the front page leaves out. The shifted year ("Voor het
 * contractjaar 2026 zijn datums en jaartallen op negentien plaatsen … opgeschoven; dat is
 * verder geen wijziging.") says itself that it is no change, and no source lists it.
 */
const NOT_ON_FRONT_PAGE: ReadonlySet<ChangeKind> = new Set<ChangeKind>(["jaar_opgeschoven"]);

/**
 * The front page's lists of a report of the diff engine: its sections and sentences, without
 * the changes the front page leaves out; a section left empty goes too.
 */
export function diffReportLists(report: ChangeReport): ReportLists {
  const sections = report.sections
    .map((s) => ({ title: s.title, items: s.items.filter((i) => !NOT_ON_FRONT_PAGE.has(i.change.kind)).map((i) => i.sentence) }))
    .filter((s) => s.items.length > 0);
  return { title: report.title, sections, summary: sections.length > 0 ? summaryLine(report) : "Er zijn geen wijzigingen." };
}

/** The change report of the diff engine, as the site shows it. */
export const CHANGE_REPORTS: ChangeReports = {
  compare: (older, newer) => diffModels(older, newer).report,
  renderChangeReportHtml: (report) => renderHtmlFragment(report as ChangeReport),
  lists: (report) => diffReportLists(report as ChangeReport),
};
