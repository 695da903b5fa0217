/**
 * A policy document as a page of the site: the rendered document in the site's frame, with
 * links to its checker, its predecessor and the change report between them.
 */

import type { PolicyModel } from "../model.js";
import { renderDocument, type DocumentLinks } from "../render/document.js";
import { renderPage } from "./page.js";
import { relativeLink, sitePaths, versionOf } from "./paths.js";

export interface DocumentPageLinks {
  readonly previous?: PolicyModel;
  /** Site-relative path of the change report against `previous`, when it is written. */
  readonly changes?: string;
}

export function renderDocumentPage(model: PolicyModel, domainLabel: string, related: DocumentPageLinks = {}): string {
  const path = sitePaths.document(model);
  const links: DocumentLinks = {
    checker: relativeLink(path, sitePaths.checker(model)),
    ...(related.previous ? { previous: relativeLink(path, sitePaths.document(related.previous)) } : {}),
    ...(related.changes ? { changes: relativeLink(path, related.changes) } : {}),
  };
  const document = renderDocument(model, links);
  return renderPage({
    path,
    kind: "document",
    title: document.title,
    crumbs: [{ label: "Alle beleid", path: sitePaths.index }, { label: domainLabel }, { label: versionOf(model) }],
    content: document.content,
  });
}
