/**
 * The title of a policy with its version, for page titles, links, reports and the text of a
 * decision. A module of its own: the change report and \`beleid eval\` need it without loading
 * the document renderer (about 20 ms of modules at every start).
 */

import type { PolicyModel } from "../model.js";

/**
 * The title with its version, "Inkoopbeleid Paramedische zorg 2026 (versie 2026-07)", for
 * page titles and links. A version the title already names ("Inkoopbeleid Diëtetiek 2028",
 * version 2028) is not repeated.
 */
export function titleWithVersion(meta: Pick<PolicyModel["meta"], "title" | "version">): string {
  const version = meta.version.trim();
  const named = meta.title.split(/[\s(),:;]+/).includes(version);
  return named ? meta.title : `${meta.title} (versie ${version})`;
}
