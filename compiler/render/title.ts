/**
 * The title of a policy with its version, for page titles, links, reports and the text of a
 * decision, and the name of a version on its own, for the site's breadcrumb trail and index. A
 * module of its own: the change report and \`beleid eval\` need it without loading the document
 * renderer (about 20 ms of modules at every start).
 */

import { DUTCH_MONTHS, dutchDate } from "../dutchDate.js";
import type { PolicyModel } from "../model.js";
import { earlierVersionInLine, titleWithVersionName } from "../versionNames.js";

type TitleMeta = Pick<PolicyModel["meta"], "title" | "version"> & { readonly published?: string | undefined };

/**
 * The title with its version, "Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)",
 * for page titles and links, named as the change report names it (compiler/versionNames.ts). A
 * version of several in a year (`2026-07`) is named by its publication date when the policy has
 * one, as the source does ("Versie 1-7-2025"); otherwise by its month, "(versie van juli)":
 * `2026-07` alone would read as July 2026, while 2026 is the contract year. A version the title
 * already names ("Inkoopbeleid Diëtetiek 2028", version 2028) is not repeated.
 */
export function titleWithVersion(meta: TitleMeta): string {
  return titleWithVersionName(meta);
}

/** The contract year and month of a version key of several in a year (`2026-07`). */
function monthKey(version: string): { readonly year: string; readonly month: string } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(version.trim());
  if (!match) return undefined;
  return { year: match[1] as string, month: DUTCH_MONTHS[Number(match[2]) - 1] ?? (match[2] as string) };
}

/**
 * A version on its own, where the policy is already named (a breadcrumb under its domain):
 * "2026" for the policy of a whole year; one of several in a year by its publication date,
 * "versie van 1 juli 2025", or without one by its month, "versie van juli" ("versie van juli
 * van het inkoopbeleid 2026" when the title does not name the contract year). The same words as
 * the document's "Vorige versie" (compiler/versionNames.ts); never the key `2026-07`.
 */
export function versionName(meta: TitleMeta): string {
  if (!monthKey(meta.version)) return meta.version.trim();
  return earlierVersionInLine(meta, meta).replace(/^de /, "");
}

/**
 * A version with its contract year first, for a list of versions of several years (the index's
 * column "Versie"): "2025", "2026 (versie van 1 juli 2025)", "2026 (versie van juli)". The
 * contract year leads, so that the versions read in the order the list sorts them.
 */
export function versionWithContractYear(meta: TitleMeta): string {
  const key = monthKey(meta.version);
  if (!key) return meta.version.trim();
  return `${key.year} (versie van ${meta.published ? dutchDate(meta.published) : key.month})`;
}
