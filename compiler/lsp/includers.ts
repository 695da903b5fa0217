/**
 * The other files a rename must change besides a policy and its includes: the policies in the
 * editor's workspace folders that include the file declaring the renamed thing (`omvat`; a
 * policy that still used the old name would no longer check, also when it is not open), and
 * the tests beside each policy (`.test.yaml`). Read from the current texts (the editor's when
 * open); folders that hold no policies of the author's (`node_modules`, `dist`, `build`,
 * hidden folders) are skipped.
 */

import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readPolicyYaml } from "../load/simpleYaml.js";
import type { Compilation } from "./references.js";

const SKIPPED = new Set(["node_modules", "dist", "build"]);
/** More files than a workspace of policies has: a folder like a home directory is not searched further. */
const MOST_FILES = 5000;

function policyFiles(root: string): string[] {
  const found: string[] = [];
  let seen = 0;
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++seen > MOST_FILES) return;
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".policy")) found.push(path);
    }
  };
  walk(root);
  return found;
}

/** The tests of a policy (`2026-07.test.yaml` beside `2026-07.policy`), when they exist. */
export function testsOf(policy: string): string[] {
  const tests = policy.replace(/\.policy$/, ".test.yaml");
  return tests !== policy && existsSync(tests) ? [tests] : [];
}

/** The files a policy text includes (`omvat`), as absolute paths. */
export function includesOf(file: string, text: string): string[] {
  const data = readPolicyYaml(file, text).data as { omvat?: unknown } | undefined;
  const list = Array.isArray(data?.omvat) ? data.omvat : [];
  return list.filter((entry): entry is string => typeof entry === "string").map((entry) => resolve(dirname(file), entry));
}

/** The compilations of the policies under `roots` that include `home` (an absolute path). */
export function compilationsIncluding(roots: readonly string[], home: string, textOf: (file: string) => string | undefined): Compilation[] {
  const compilations: Compilation[] = [];
  const name = home.slice(home.lastIndexOf("/") + 1);
  for (const file of new Set(roots.flatMap(policyFiles))) {
    const text = textOf(file);
    if (text === undefined || !text.includes(name)) continue;
    const includes = includesOf(file, text);
    if (includes.includes(home)) compilations.push({ files: [file, ...includes, ...testsOf(file)], textOf });
  }
  return compilations;
}
