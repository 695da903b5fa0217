/**
 * The last check of a rename, by the compiler itself: each policy the rename changes is
 * compiled with the new texts, by the same pipeline as `beleid check` (with the comparison
 * with its previous version, `vorige`, for BL310). An error the rename would bring — a care
 * type whose generated names clash with another's or with the evaluator's own (BL215), a
 * reserved key (BL012), a `was:` that no longer points at anything — refuses it, so the rules
 * of what a name may be live in one place: the checks.
 */

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { versionDiagnostics } from "../build.js";
import { compileText, type CompileResult } from "../compile.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel } from "../model.js";
import type { Occurrence } from "./references.js";
import type { Insertion } from "./renameWas.js";

type TextOf = (file: string) => string | undefined;

interface Compiled {
  /** Every file the result was made from, with its text then. */
  readonly texts: readonly (readonly [string, string | undefined])[];
  readonly result: CompileResult;
}

/**
 * The last compilations per policy (the texts before a rename and after one), with the texts
 * they were made from: a policy is compiled again only when one of its texts changed.
 */
const compilations = new Map<string, Compiled[]>();
const KEPT_PER_POLICY = 2;
const MOST_POLICIES = 20;

function compile(policy: string, textOf: TextOf): CompileResult | undefined {
  const key = resolve(policy);
  const text = textOf(policy);
  if (text === undefined) return undefined;
  const known = compilations.get(key) ?? [];
  const same = known.find((c) => c.texts.every(([file, was]) => textOf(file) === was));
  if (same) return same.result;
  const readText = (file: string): string | Uint8Array => textOf(file) ?? readFileSync(file);
  const result = compileText(policy, text, { readText });
  const texts = [[policy, text] as const, ...result.sources.paths().filter((file) => resolve(file) !== key).map((file) => [file, textOf(file)] as const)];
  if (!compilations.has(key) && compilations.size >= MOST_POLICIES) compilations.clear();
  compilations.set(key, [{ texts, result }, ...known].slice(0, KEPT_PER_POLICY));
  return result;
}

/**
 * Keeps a compilation the server already made (an open policy's analysis) as the check's
 * compilation of those texts: the first rename after an edit then compiles only the renamed
 * texts, not the current ones again. Kept with the texts it was made from (as compiled), so it
 * is used only while every one of them is still the same; not when a file was not UTF-8 (the
 * server reads closed files as bytes, the check as text).
 */
export function rememberCompilation(policy: string, result: CompileResult): void {
  if (result.diagnostics.some((d) => d.code === "BL013")) return;
  const key = resolve(policy);
  const texts = result.sources.paths().map((file) => [file, result.sources.get(file)?.text] as const);
  if (!texts.some(([file]) => resolve(file) === key)) return;
  const known = (compilations.get(key) ?? []).filter((c) => c.result !== result);
  if (!compilations.has(key) && compilations.size >= MOST_POLICIES) compilations.clear();
  compilations.set(key, [{ texts, result }, ...known].slice(0, KEPT_PER_POLICY));
}

/**
 * The comparison of a compilation with its previous version, with the models it loaded: the
 * same compilation compared with the same models (the cache gives the same objects while the
 * texts stay the same) has the same diagnostics, so a second rename does not compare again.
 */
const comparisons = new WeakMap<CompileResult, { readonly loaded: readonly (readonly [string, PolicyModel | undefined])[]; readonly diagnostics: readonly Diagnostic[] }>();

/** The errors of `policy` (and of the comparison with its previous version) with the texts of `textOf`. */
function errorsOf(policy: string, textOf: TextOf): Diagnostic[] {
  const result = compile(policy, textOf);
  if (!result) return [];
  const found = [...result.diagnostics];
  const model = result.model;
  if (model && model.kind === "inkoopbeleid" && model.meta.previous) {
    const load = (file: string): PolicyModel | undefined => compile(file, textOf)?.model;
    const known = comparisons.get(result);
    if (known && known.loaded.every(([file, loaded]) => load(file) === loaded)) {
      found.push(...known.diagnostics);
    } else {
      const loaded: (readonly [string, PolicyModel | undefined])[] = [];
      const recording = (file: string): PolicyModel | undefined => {
        const previous = load(file);
        loaded.push([file, previous]);
        return previous;
      };
      const diagnostics = versionDiagnostics([{ path: model.file, result }], result.sources, undefined, recording);
      comparisons.set(result, { loaded, diagnostics });
      found.push(...diagnostics);
    }
  }
  return found.filter((d) => d.severity === "fout");
}

/**
 * The first error that `policies` have with the renamed texts (`renamed`, by absolute path)
 * and did not have before: more errors of its code than before. Undefined when the rename
 * brings none.
 */
export function errorBroughtBy(policies: readonly string[], textOf: TextOf, renamed: ReadonlyMap<string, string>): Diagnostic | undefined {
  const after: TextOf = (file) => renamed.get(resolve(file)) ?? textOf(file);
  for (const policy of new Set(policies.map((file) => resolve(file)))) {
    const counts = new Map<string, number>();
    for (const d of errorsOf(policy, textOf)) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
    for (const d of errorsOf(policy, after)) {
      const left = counts.get(d.code) ?? 0;
      if (left === 0) return d;
      counts.set(d.code, left - 1);
    }
  }
  return undefined;
}

/**
 * The texts of the files with `occurrences` once each is `newName` and with `insertions` (the
 * `was:` a rename adds, see renameWas.ts), by absolute path; built in one pass per file.
 */
export function renamedTexts(occurrences: readonly Occurrence[], textOf: TextOf, newName: string, insertions: readonly Insertion[] = []): Map<string, string> {
  const byFile = new Map<string, { start: number; end: number; text: string }[]>();
  const edit = (file: string, start: number, end: number, text: string) => {
    const key = resolve(file);
    const list = byFile.get(key);
    if (list) list.push({ start, end, text });
    else byFile.set(key, [{ start, end, text }]);
  };
  for (const insertion of insertions) edit(insertion.file, insertion.offset, insertion.offset, insertion.text);
  for (const occurrence of occurrences) edit(occurrence.span.file, occurrence.span.start, occurrence.span.end, newName);
  const renamed = new Map<string, string>();
  for (const [file, list] of byFile) {
    const text = textOf(file);
    if (text === undefined) continue;
    const parts: string[] = [];
    let at = 0;
    // Stable: an insertion comes before a renamed name at the same offset.
    for (const e of [...list].sort((a, b) => a.start - b.start)) {
      parts.push(text.slice(at, e.start), e.text);
      at = e.end;
    }
    parts.push(text.slice(at));
    renamed.set(file, parts.join(""));
  }
  return renamed;
}
