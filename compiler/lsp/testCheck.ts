/**
 * The checks of a policy's tests (`.test.yaml`, see docs/testen.md) in the language server:
 * what `beleid test` reports before it runs the cases — the file's own structure
 * (`readTestFile`), then the facts, care types, rules and agreements it names, against the
 * model of its policy (`buildSuite`), or BL508 when that policy is missing or has errors. The
 * server checks a test file again when it changes and when its policy (or a file that policy
 * uses) changes: a rename changes both.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { compileFile } from "../compile.js";
import { diagnostic, hasErrors, sortDiagnostics, uniqueDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { checkPolicyText } from "../load/loadPolicy.js";
import { readYamlTree } from "../load/yamlTree.js";
import type { PolicyModel } from "../model.js";
import { SourceFiles } from "../span.js";
import { buildSuite, policyFileOf, readTestFile, validateTestTree, type ReadTestFile } from "../testing/suite.js";

export const isTestFile = (path: string): boolean => /\.test\.ya?ml$/.test(path);

/** A test file as read for its checks, with the text its spans are offsets in. */
export interface ReadTests {
  readonly read: ReadTestFile;
  readonly text: string;
}

/**
 * A test file read from the editor's text (without a byte order mark), as `readTestFile`
 * reads one from disk: YAML, then the test schema. `path` is the path as `beleid` shows it.
 */
export function readTestText(path: string, text: string): ReadTests {
  // The checks of a file's text that `beleid test` reads from disk (a NUL character is BL013).
  const checked = checkPolicyText(path, text);
  if (checked.problem) return { read: { path, data: undefined, locations: new Map(), diagnostics: [checked.problem], policyFile: policyFileOf(path), brokenCases: new Set() }, text };
  const tree = readYamlTree(path, checked.text);
  const { diagnostics, data, brokenCases } = validateTestTree(path, checked.text, tree);
  const declared = data?.beleid ?? (tree.data !== null && typeof tree.data === "object" ? (tree.data as Record<string, unknown>).beleid : undefined);
  const read: ReadTestFile = {
    path,
    data,
    locations: tree.locations,
    diagnostics,
    policyFile: policyFileOf(path, typeof declared === "string" ? declared : undefined),
    brokenCases,
  };
  return { read, text };
}

/** The test files read last, by where the text came from and the path, while the text stays the same. */
const readTests = new Map<string, { readonly text: string | undefined; readonly tests: ReadTests }>();
const MOST_READ = 100;

function remember(key: string, text: string | undefined, read: () => ReadTests): ReadTests {
  const known = readTests.get(key);
  if (known && known.text === text) return known.tests;
  const tests = read();
  if (readTests.size >= MOST_READ) readTests.clear();
  readTests.set(key, { text, tests });
  return tests;
}

/** An open test file, read from the editor's text (kept while that text stays the same). */
export function testsInEditor(path: string, text: string): ReadTests {
  return remember(`editor\u0000${resolve(path)}`, text, () => readTestText(path, text));
}

/**
 * A test file that is not open, read from disk by `beleid test`'s own reader (which also says
 * BL010 and BL013); read again only when the file changed.
 */
export function testsOnDisk(path: string): ReadTests {
  let text: string | undefined;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    text = undefined;
  }
  return remember(`disk\u0000${resolve(path)}`, text, () => {
    const sources = new SourceFiles();
    const read = readTestFile(path, sources);
    return { read, text: sources.get(read.path)?.text ?? "" };
  });
}

/** The policy of a test file, as far as its checks need it. */
export interface TestedPolicy {
  /** The checked model; undefined when the policy has errors or is missing. */
  readonly model: PolicyModel | undefined;
  readonly missing: boolean;
  /** The files (absolute paths) the model was made from: the policy and what it includes. */
  readonly uses: ReadonlySet<string>;
}

/** The diagnostics of a test file in that file, as `beleid test` reports them before it runs the cases. */
export function testDiagnostics(read: ReadTestFile, policy: TestedPolicy): Diagnostic[] {
  const found: Diagnostic[] = [...read.diagnostics];
  if (read.data) {
    if (policy.model) found.push(...buildSuite(read, policy.model).diagnostics);
    else found.push(diagnostic("BL508", { file: read.path, start: 0, end: 0 }, { pad: read.policyFile, reden: policy.missing ? "het bestaat niet" : "het beleid zelf heeft fouten (zie beleid check)" }));
  }
  return uniqueDiagnostics(sortDiagnostics(found.filter((d) => resolve(d.span.file) === resolve(read.path))));
}

/**
 * The models of policies that are not open in the editor, for the checks of their open tests:
 * compiled as `beleid test` compiles them (included files read from the editor when open),
 * again only when the text of one of their files changed.
 */
export class ClosedPolicies {
  private readonly known = new Map<string, { readonly texts: ReadonlyMap<string, string | undefined>; readonly policy: TestedPolicy }>();

  /** `openText(path)`: the editor's text of a file (an absolute path), when it is open. */
  constructor(private readonly openText: (absolutePath: string) => string | undefined) {}

  private currentText(file: string): string | undefined {
    const open = this.openText(resolve(file));
    if (open !== undefined) return open;
    try {
      return readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
  }

  policyOf(file: string): TestedPolicy {
    const key = resolve(file);
    const known = this.known.get(key);
    if (known && [...known.texts].every(([path, text]) => this.currentText(path) === text)) return known.policy;
    const texts = new Map<string, string | undefined>();
    const readText = (path: string): string | Uint8Array => {
      const open = this.openText(resolve(path));
      if (open !== undefined) {
        texts.set(path, open);
        return open;
      }
      try {
        const bytes = readFileSync(path);
        texts.set(path, bytes.toString("utf8"));
        return bytes;
      } catch (error) {
        texts.set(path, undefined);
        throw error;
      }
    };
    const compiled = compileFile(file, { readText });
    const missing = compiled.diagnostics.some((d) => d.code === "BL008" && resolve(d.span.file) === key);
    const uses = new Set([key, ...compiled.sources.paths().map((path) => resolve(path))]);
    const policy = { model: compiled.model && !hasErrors(compiled.diagnostics) ? compiled.model : undefined, missing, uses };
    if (this.known.size >= 20) this.known.clear();
    this.known.set(key, { texts, policy });
    return policy;
  }

  /** A file changed on disk: compile again what was compiled from it. */
  changed(): void {
    this.known.clear();
  }
}
