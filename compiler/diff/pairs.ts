/**
 * Which versions follow each other: a policy names its predecessor with `vorige:` (a version
 * in the same folder). `beleid build` writes a change report for every such pair.
 */

import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";

export interface VersionPair {
  readonly older: PolicyModel;
  readonly newer: PolicyModel;
}

export interface ConsecutivePairs {
  readonly pairs: readonly VersionPair[];
  /** A warning (BL603) per policy whose `vorige` cannot be compared with: no report for it. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Pairs among the given models; `load` is asked for a predecessor that was not among them. */
export function consecutivePairs(models: readonly PolicyModel[], load: (path: string) => PolicyModel | undefined): ConsecutivePairs {
  const byFile = new Map(models.map((m) => [m.file, m]));
  const pairs: VersionPair[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const newer of models) {
    if (newer.kind !== "inkoopbeleid" || !newer.meta.previous) continue;
    const path = join(dirname(newer.file), `${newer.meta.previous}.policy`);
    const exists = byFile.has(path) || existsSync(path);
    const older = byFile.get(path) ?? (exists ? load(path) : undefined);
    if (older && older.kind === "inkoopbeleid") {
      pairs.push({ older, newer });
      continue;
    }
    const reden = !exists ? `het bestand ‘${path}’ bestaat niet` : older ? `‘${path}’ is geen inkoopbeleid` : `‘${path}’ bevat fouten (zie beleid check ${path})`;
    diagnostics.push(diagnostic("BL603", newer.meta.previousSpan ?? newer.meta.versionSpan, { versie: newer.meta.previous, reden }));
  }
  return { pairs: pairs.sort((a, b) => a.newer.file.localeCompare(b.newer.file)), diagnostics };
}

/** `<domein>/<oud>_<nieuw>` for file names of reports. */
export function reportName(pair: VersionPair): string {
  return `${pair.newer.meta.domain}/${basename(pair.older.file, ".policy")}_${basename(pair.newer.file, ".policy")}`;
}
