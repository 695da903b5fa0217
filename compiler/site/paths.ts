/**
 * Where each page and file of the static site lives, relative to the site's root folder
 * (`dist/site/`). All links between pages are relative, so the site works from any address,
 * from `beleid serve` and from disk.
 */

import { basename, posix } from "node:path";
import type { PolicyModel } from "../model.js";

/** The version as the file names it: `2026-07` for `2026-07.policy`. */
export function versionOf(model: PolicyModel): string {
  return basename(model.file, ".policy");
}

export const sitePaths = {
  index: "index.html",
  stylesheet: "assets/beleid.css",
  checkerScript: "assets/controle/app.js",
  document: (model: PolicyModel) => `${model.meta.domain}/${versionOf(model)}.html`,
  checker: (model: PolicyModel) => `${model.meta.domain}/${versionOf(model)}-controle.html`,
  evaluator: (model: PolicyModel) => `evaluators/${model.meta.domain}/${versionOf(model)}.js`,
  changes: (domain: string, older: string, newer: string) => `wijzigingen/${domain}/${older}_${newer}.html`,
} as const;

/**
 * The relative link from page `from` to file `to` (both relative to the site root), as a URL:
 * each part of the path percent-encoded, so that a file name with `#`, `%` or `?` (the file
 * name of a policy is free) links to that file and not to a fragment or a query.
 */
export function relativeLink(from: string, to: string): string {
  const link = posix.relative(posix.dirname(from), to);
  return (link === "" ? posix.basename(to) : link)
    .split("/")
    .map((part) => (part === "." || part === ".." ? part : encodeURIComponent(part)))
    .join("/");
}
