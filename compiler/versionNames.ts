/**
 * How a version of a policy is named wherever a reader sees it: in the change report's title
 * ("Wijzigingen ten opzichte van het inkoopbeleid van 2025") and the line under it
 * ("Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025) vergeleken met de versie van 1
 * april 2025."), and in the document, its page title and its front page of changes
 * (compiler/render/title.ts, changesFrontPage.ts). A module shared by diff and render, so that
 * the key of a version (`2026-04`) never shows as its name in either.
 *
 * A version key is a year (`2025`, the policy of that year) or a year and a month (`2026-04`, one
 * of several versions of the policy for that year). Such a version is named by its publication
 * date when the policy has one (`gepubliceerd`), as the sources do ("Versie 1-7-2025"); without
 * one, by its month: "de versie van april". The year of the key is the contract year, not the
 * year of publication (`2026-07` was published on 1 July 2025), so "april 2026" would name the
 * wrong month; the sources name such a version as "het inkoopbeleid 2026 1 april", and the
 * report adds the contract year wherever the text does not already name it.
 */

import { DUTCH_MONTHS, dutchDate } from "./dutchDate.js";

/** What the report knows of a version: its title, key and publication date. */
export interface VersionMeta {
  readonly title: string;
  readonly version: string;
  readonly published?: string | undefined;
}

/** The contract year and month name of a version of several in a year; undefined for a year. */
function monthVersion(meta: Pick<VersionMeta, "version">): { readonly year: string; readonly month: string } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(meta.version.trim());
  if (!match) return undefined;
  return { year: match[1] as string, month: DUTCH_MONTHS[Number(match[2]) - 1] ?? (match[2] as string) };
}

/** Does the title already name this year ("Inkoopbeleid Geboortezorg 2026")? */
function titleNames(title: string, year: string): boolean {
  return title.split(/[\s(),:;]+/).includes(year);
}

/**
 * The earlier version in the report's title, after "Wijzigingen ten opzichte van": "het
 * inkoopbeleid van 2025", "het inkoopbeleid 2026 van 1 april 2025", or without a publication
 * date "het inkoopbeleid 2026 van april" (the sources: "het inkoopbeleid 2026 1 april").
 */
export function earlierPolicyName(older: Pick<VersionMeta, "version" | "published">): string {
  const month = monthVersion(older);
  if (!month) return `het inkoopbeleid van ${older.version.trim()}`;
  return `het inkoopbeleid ${month.year} van ${older.published ? dutchDate(older.published) : month.month}`;
}

/**
 * The newer version as the line under the title opens: its title with the version, "Inkoopbeleid
 * Paramedische zorg 2026 (versie van 1 juli 2025)", "Inkoopbeleid Voorbeeldzorg 2026 (versie van
 * juli)"; a version the title already names is not repeated ("Inkoopbeleid Geboortezorg 2026").
 */
export function titleWithVersionName(meta: VersionMeta): string {
  const version = meta.version.trim();
  if (titleNames(meta.title, version)) return meta.title;
  const month = monthVersion(meta);
  if (!month) return `${meta.title} (versie ${version})`;
  if (meta.published) return `${meta.title} (versie van ${dutchDate(meta.published)})`;
  return titleNames(meta.title, month.year) ? `${meta.title} (versie van ${month.month})` : `${meta.title} (${month.year}, versie van ${month.month})`;
}

/**
 * The earlier version after "vergeleken met": "het inkoopbeleid van 2025", "de versie van 1
 * april 2025", "de versie van april"; of another contract year than the newer version, "de
 * versie van oktober van het inkoopbeleid 2025".
 */
export function earlierVersionInLine(older: Pick<VersionMeta, "version" | "published">, newer: Pick<VersionMeta, "title" | "version">): string {
  const month = monthVersion(older);
  if (!month) return `het inkoopbeleid van ${older.version.trim()}`;
  if (older.published) return `de versie van ${dutchDate(older.published)}`;
  const newerYear = monthVersion(newer)?.year ?? newer.version.trim();
  return newerYear === month.year && titleNames(newer.title, month.year) ? `de versie van ${month.month}` : `de versie van ${month.month} van het inkoopbeleid ${month.year}`;
}
