/**
 * The integration point for change reports (issue 4). The diff engine is written separately;
 * when it exists, it provides a way to compare two checked models and to render the result as
 * HTML (the report's content, without the site's frame). The site then writes
 * `wijzigingen/<domein>/<oud>_<nieuw>.html` for every policy whose previous version is on the
 * site, and links it from the document page. Until then no change report page is written and
 * no link is shown: the site never shows a made-up report.
 *
 * To connect the diff engine, set `CHANGE_REPORTS` below, for example:
 *
 *   import { diffModels } from "../diff/index.js";
 *   import { renderChangeReportHtml } from "../diff/html.js";
 *   export const CHANGE_REPORTS: ChangeReports | undefined = { compare: diffModels, renderChangeReportHtml };
 */

import { diffModels } from "../diff/index.js";
import { renderHtmlFragment } from "../diff/render.js";
import type { ChangeReport } from "../diff/report.js";
import type { PolicyModel } from "../model.js";

export interface ChangeReports<Report = unknown> {
  /** The changes from `older` to `newer` (the same domain). */
  compare(older: PolicyModel, newer: PolicyModel): Report;
  /** The report as an HTML fragment: headings from <h2> down, no <html>, <head> or <body>. */
  renderChangeReportHtml(report: Report): string;
}

/** The change report of the diff engine, as the site shows it. */
export const CHANGE_REPORTS: ChangeReports | undefined = {
  compare: (older, newer) => diffModels(older, newer).report,
  renderChangeReportHtml: (report) => renderHtmlFragment(report as ChangeReport),
};
