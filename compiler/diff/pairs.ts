/**
 * Which versions follow each other: a policy names its predecessor with `vorige:` (a version
 * in the same folder). `beleid build` writes a change report for every such pair.
 */

import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { PolicyModel } from "../model.js";

export interface VersionPair {
  readonly older: PolicyModel;
  readonly newer: PolicyModel;
}

/** Pairs among the given models; `load` is asked for a predecessor that was not among them. */
export function consecutivePairs(models: readonly PolicyModel[], load: (path: string) => PolicyModel | undefined): VersionPair[] {
  const byFile = new Map(models.map((m) => [m.file, m]));
  const pairs: VersionPair[] = [];
  for (const newer of models) {
    if (newer.kind !== "inkoopbeleid" || !newer.meta.previous) continue;
    const path = join(dirname(newer.file), `${newer.meta.previous}.policy`);
    const older = byFile.get(path) ?? (existsSync(path) ? load(path) : undefined);
    if (older && older.kind === "inkoopbeleid") pairs.push({ older, newer });
  }
  return pairs.sort((a, b) => a.newer.file.localeCompare(b.newer.file));
}

/** `<domein>/<oud>_<nieuw>` for file names of reports. */
export function reportName(pair: VersionPair): string {
  return `${pair.newer.meta.domain}/${basename(pair.older.file, ".policy")}_${basename(pair.newer.file, ".policy")}`;
}
