/**
 * The title of a policy with its version, for page titles, links, reports and the text of a
 * decision. A module of its own: the change report and \`beleid eval\` need it without loading
 * the document renderer (about 20 ms of modules at every start).
 */

import type { PolicyModel } from "../model.js";
import { titleWithVersionName } from "../versionNames.js";

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
