/**
 * A policy document as a page of the site: the rendered document in the site's frame, with
 * links to its checker, its predecessor and the change report between them, and the front page
 * of changes: one list per step back to the year before (plan.ts, `changeSteps`).
 */

import type { PolicyModel } from "../model.js";
import type { ChangeList } from "../render/changesFrontPage.js";
import { renderDocument, type DocumentLinks } from "../render/document.js";
import type { ReportLists } from "./changes.js";
import { renderPage, versionCrumb } from "./page.js";
import { relativeLink, sitePaths } from "./paths.js";

/**
 * One step of the front page, the changes `newer` made to `older`: the report's lists and the
 * site path of its page. `newer` is the document itself, or an earlier version of its contract
 * year.
 */
export interface Comparison {
  readonly older: PolicyModel;
  readonly newer: PolicyModel;
  readonly lists: ReportLists;
  /** Site-relative path of the full report page, when it is written. */
  readonly report?: string;
}

export interface DocumentPageLinks {
  readonly previous?: PolicyModel;
  /** Site-relative path of the change report against `previous`, when it is written. */
  readonly changes?: string;
  /** The front page: the step from the previous version first, then each step before it. */
  readonly comparisons?: readonly Comparison[];
}

export function renderDocumentPage(model: PolicyModel, domainLabel: string, related: DocumentPageLinks = {}): string {
  const path = sitePaths.document(model);
  const changeLists: ChangeList[] = (related.comparisons ?? []).map(({ older, newer, lists, report }) => ({
    ...lists,
    older: { version: older.meta.version, published: older.meta.published },
    ...(newer !== model ? { newer: { version: newer.meta.version, published: newer.meta.published } } : {}),
    ...(report ? { report: relativeLink(path, report) } : {}),
  }));
  const links: DocumentLinks = {
    checker: relativeLink(path, sitePaths.checker(model)),
    ...(related.previous ? { previous: relativeLink(path, sitePaths.document(related.previous)) } : {}),
    ...(related.previous?.meta.published ? { previousPublished: related.previous.meta.published } : {}),
    ...(related.changes ? { changes: relativeLink(path, related.changes) } : {}),
    ...(changeLists.length > 0 ? { changeLists } : {}),
  };
  const document = renderDocument(model, links);
  return renderPage({
    path,
    kind: "document",
    title: document.title,
    crumbs: [{ label: "Al het inkoopbeleid", path: sitePaths.index }, { label: domainLabel }, versionCrumb(model)],
    content: document.content,
  });
}
