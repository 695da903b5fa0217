/**
 * The other files a rename must change besides a policy and its includes: the policies in the
 * editor's workspace folders that include the file declaring the renamed thing (`omvat`; a
 * policy that still used the old name would no longer check, also when it is not open), the
 * policies that name a changed policy as their previous version (`vorige`, for their `was:`),
 * and the tests of each policy (found as `beleid test` finds them). Read from the current
 * texts (the editor's when open); folders that hold no policies of the author's
 * (`node_modules`, `dist`, `build`, hidden folders) are skipped. A walk that had to stop
 * (a folder like a home directory) says so: a rename then refuses rather than change part.
 */

import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { readPolicyYaml } from "../load/simpleYaml.js";
import { policyFileOf } from "../testing/suite.js";
import type { Compilation } from "./references.js";

const SKIPPED = new Set(["node_modules", "dist", "build", "coverage", "target", "out", "__pycache__", "venv"]);
/** More entries than a workspace of policies has: the walk stops there, and says it did. */
export const MOST_ENTRIES = 100_000;

/** The policies and test files under the workspace folders, and whether every folder was searched. */
export interface WorkspaceFiles {
  readonly policies: readonly string[];
  readonly tests: readonly string[];
  /** False when the walk stopped at `MOST_ENTRIES`: files may have been missed. */
  readonly complete: boolean;
}

export function workspaceFiles(roots: readonly string[], most = MOST_ENTRIES): WorkspaceFiles {
  const policies = new Set<string>();
  const tests = new Set<string>();
  let seen = 0;
  let complete = true;
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (++seen > most) {
        complete = false;
        return;
      }
      if (entry.name.startsWith(".")) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(path);
      } else if (entry.isFile() && entry.name.endsWith(".policy")) policies.add(resolve(path));
      else if (entry.isFile() && /\.test\.ya?ml$/.test(entry.name)) tests.add(resolve(path));
    }
  };
  for (const root of roots) if (complete) walk(root);
  return { policies: [...policies], tests: [...tests], complete };
}

/** The `beleid:` of the test files read last, while their text stays the same. */
const declared = new Map<string, { readonly text: string; readonly policy: string | undefined }>();

/** The `beleid:` a test file names its policy by, read as text when the YAML does not parse. */
function declaredPolicy(file: string, text: string): string | undefined {
  const known = declared.get(file);
  if (known?.text === text) return known.policy;
  if (declared.size >= 500) declared.clear();
  const policy = readDeclaredPolicy(file, text);
  declared.set(file, { text, policy });
  return policy;
}

function readDeclaredPolicy(file: string, text: string): string | undefined {
  const data = readPolicyYaml(file, text).data as { beleid?: unknown } | undefined;
  if (data !== null && typeof data === "object") return typeof data.beleid === "string" ? data.beleid : undefined;
  const line = /^beleid:[ \t]*(["']?)([^"'#\n]+?)\1[ \t]*(?:#.*)?$/m.exec(text);
  return line?.[2];
}

/**
 * The tests of a policy, as `beleid test` attaches them (`policyFileOf`): a test file that
 * names it (`beleid: 2026-07.policy`), or `2026-07.test.yaml` beside `2026-07.policy` naming
 * no other. Looked for beside the policy and among `candidates` (the workspace's test files).
 */
export function testsOf(policy: string, textOf: (file: string) => string | undefined, candidates: readonly string[] = []): string[] {
  const target = resolve(policy);
  const beside = (() => {
    try {
      return readdirSync(dirname(target)).filter((name) => /\.test\.ya?ml$/.test(name)).map((name) => join(dirname(target), name));
    } catch {
      return [];
    }
  })();
  const found: string[] = [];
  for (const file of new Set([...beside, ...candidates].map((f) => resolve(f)))) {
    const text = textOf(file);
    if (text === undefined) continue;
    if (resolve(policyFileOf(file, declaredPolicy(file, text))) === target) found.push(file);
  }
  return found.sort();
}

/** The entries of `omvat` as the text writes them, for a policy whose YAML does not parse. */
function includesInText(text: string): string[] {
  const found: string[] = [];
  const block = /^omvat:[ \t]*(?:#.*)?\n((?:[ \t]*-[^\n]*\n?|[ \t]*(?:#[^\n]*)?\n)*)/m.exec(text);
  for (const line of block?.[1]?.split("\n") ?? []) {
    const entry = /^[ \t]*-[ \t]*(["']?)([^"'#\n]+?)\1[ \t]*(?:#.*)?$/.exec(line);
    if (entry?.[2]) found.push(entry[2]);
  }
  const flow = /^omvat:[ \t]*\[([^\]\n]*)\]/m.exec(text);
  for (const item of flow?.[1]?.split(",") ?? []) {
    const entry = item.trim().replace(/^(["'])(.*)\1$/, "$2");
    if (entry !== "") found.push(entry);
  }
  return found;
}

/**
 * The files a policy text includes (`omvat`), as absolute paths. When its YAML does not
 * parse, the entries are read from the text as written, so a broken policy is still known
 * to include a shared file (and a rename refuses instead of passing it by).
 */
export function includesOf(file: string, text: string): string[] {
  const tree = readPolicyYaml(file, text);
  const data = tree.data as { omvat?: unknown } | undefined;
  const parsed = data !== null && typeof data === "object" && !tree.diagnostics.some((d) => d.severity === "fout");
  const list = parsed ? (Array.isArray(data.omvat) ? data.omvat : []) : includesInText(text);
  return list.filter((entry): entry is string => typeof entry === "string").map((entry) => resolve(dirname(file), entry));
}

/** The previous version a policy text names (`vorige: 2026-04`), as an absolute path. */
export function previousOf(file: string, text: string): string | undefined {
  const tree = readPolicyYaml(file, text);
  const data = tree.data as { vorige?: unknown } | undefined;
  const previous = data !== null && typeof data === "object" ? data.vorige : /^vorige:[ \t]*(["']?)([^"'#\n]+?)\1[ \t]*(?:#.*)?$/m.exec(text)?.[2];
  return typeof previous === "string" || typeof previous === "number" ? resolve(dirname(file), `${String(previous)}.policy`) : undefined;
}

/** The compilations of the policies among `files` that include `home` (an absolute path). */
export function compilationsIncluding(files: WorkspaceFiles, home: string, textOf: (file: string) => string | undefined): Compilation[] {
  const compilations: Compilation[] = [];
  const name = home.slice(home.lastIndexOf("/") + 1);
  for (const file of files.policies) {
    const text = textOf(file);
    if (text === undefined || !text.includes(name)) continue;
    const includes = includesOf(file, text);
    if (includes.includes(home)) compilations.push({ files: [file, ...includes, ...testsOf(file, textOf, files.tests)], textOf });
  }
  return compilations;
}

/** The compilations of the policies among `files` that name one of `older` as their previous version (`vorige`). */
export function compilationsAfter(files: WorkspaceFiles, older: readonly string[], textOf: (file: string) => string | undefined): Compilation[] {
  const wanted = new Set(older.map((file) => resolve(file)));
  const compilations: Compilation[] = [];
  for (const file of files.policies) {
    const text = textOf(file);
    if (text === undefined || !text.includes("vorige")) continue;
    const previous = previousOf(file, text);
    if (previous !== undefined && wanted.has(previous) && !wanted.has(resolve(file))) compilations.push({ files: [file, ...includesOf(file, text)], textOf });
  }
  return compilations;
}
