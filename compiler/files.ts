/**
 * Finding .policy files: the paths a user names, folders searched recursively, in a stable
 * order.
 */

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface FoundFiles {
  readonly files: string[];
  /** Paths that do not exist, for a usage error. */
  readonly missing: string[];
  /**
   * Paths named explicitly that are not a file with the extension (`x.json`, a test file, a
   * device): never read as a policy, so a command can refuse them instead of overwriting or
   * misreading them. A folder is always searched, whatever its name (also `x.policy/`).
   */
  readonly other: string[];
}

export function findPolicyFiles(paths: readonly string[], extension = ".policy"): FoundFiles {
  const files: string[] = [];
  const missing: string[] = [];
  const other: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      if (explicit) missing.push(path);
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry.startsWith(".") || entry === "node_modules") continue;
        visit(join(path, entry), false);
      }
    } else if (stats.isFile() && path.endsWith(extension)) {
      files.push(path);
    } else if (explicit) {
      other.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return { files: [...new Set(files)], missing, other: [...new Set(other)] };
}
