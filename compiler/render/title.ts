/**
 * The title of a policy with its version, for page titles, links, reports and the text of a
 * decision. A module of its own: the change report and \`beleid eval\` need it without loading
 * the document renderer (about 20 ms of modules at every start).
 */

import { dutchDate } from "../dutchDate.js";
import type { PolicyModel } from "../model.js";

type TitleMeta = Pick<PolicyModel["meta"], "title" | "version"> & { readonly published?: string | undefined };

/**
 * The title with its version, "Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
 * for page titles and links. A version of several in a year (`2026-07`) is named by its
 * publication date when the policy has one, as the source does ("Versie 1-7-2025"; `2026-07`
 * alone reads as July 2026); otherwise by its key, "(versie 2026-07)". A version the title
 * already names ("Inkoopbeleid Diëtetiek 2028", version 2028) is not repeated.
 */
export function titleWithVersion(meta: TitleMeta): string {
  const version = meta.version.trim();
  const named = meta.title.split(/[\s(),:;]+/).includes(version);
  return named ? meta.title : `${meta.title} (${versionName(meta)})`;
}

/** "versie van 1 juli 2025" for a version of several in a year with a publication date, else "versie 2026-07". */
export function versionName(meta: Pick<TitleMeta, "version" | "published">): string {
  const version = meta.version.trim();
  return /^\d{4}-\d{2}$/.test(version) && meta.published ? `versie van ${dutchDate(meta.published)}` : `versie ${version}`;
}
