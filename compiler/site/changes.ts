/**
 * The change reports on the site: for every policy whose previous version (`vorige:`) is on
 * the site too, `wijzigingen/<domein>/<oud>_<nieuw>.html` holds the report of the diff engine
 * (compiler/diff) inside the site's frame, linked from the document page. The site asks for
 * the report through this small interface so that its tests can give a report of their own.
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
