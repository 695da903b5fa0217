/**
 * The main job: compile every policy, and when none has an error, write per policy an
 * evaluator (`.js` + `.d.ts`) and the JSON Schema of its facts (`.feiten.schema.json`), with a
 * copy of the runtime next to them, and the static site (`site/`: documents and checker pages,
 * see `site/plan.ts`). Nothing is written when any policy has an error, so `dist/` always
 * holds a consistent set. The outputs carry the policies they are made from, so the output
 * folder's record (`outputManifest.ts`) can later tell which belong to a policy that is gone.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { CompileCache } from "./cache/compileCache.js";
import { compileFile, type CompileResult } from "./compile.js";
import { diagnostic, hasErrors, uniqueDiagnostics, type Diagnostic } from "./diagnostics/diagnostic.js";
import { displayPath } from "./displayPath.js";
import { diffModels } from "./diff/index.js";
import { consecutivePairs, reportName } from "./diff/pairs.js";
import { renderReport } from "./diff/render.js";
import type { ChangeReport } from "./diff/report.js";
import { renderFactsSchema } from "./emit/factsSchema.js";
import type { FormatCache } from "./emit/formatCache.js";
import { emitPolicy } from "./emit/index.js";
import type { PolicyModel } from "./model.js";
import type { OutputFile } from "./output.js";
import { packageFile } from "./packageRoot.js";
import { CHANGE_REPORTS } from "./site/changes.js";
import { planSite } from "./site/plan.js";
import { SourceFiles } from "./span.js";

export interface CompiledPolicy {
  readonly path: string;
  readonly result: CompileResult;
}

export interface BuildPlan {
  readonly compiled: readonly CompiledPolicy[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceFiles;
  /** Files to write; empty when there were errors. */
  readonly outputs: readonly OutputFile[];
  /** Policies that produced an evaluator. */
  readonly evaluators: readonly { readonly model: PolicyModel; readonly js: string }[];
}

/** Compiles one file, through `cache` when there is one. */
function compileThrough(cache: CompileCache | undefined, path: string, sources: SourceFiles): CompileResult {
  return cache ? cache.compileFile(path, {}, sources, compileFile) : compileFile(path, {}, sources);
}

/** Compiles `files` (through `compileCache` when given); all diagnostics share one SourceFiles so they render together. */
export function checkFiles(files: readonly string[], options: { readonly compileCache?: CompileCache } = {}): { compiled: CompiledPolicy[]; diagnostics: Diagnostic[]; sources: SourceFiles } {
  const sources = new SourceFiles();
  const compiled = files.map((path) => ({ path, result: compileThrough(options.compileCache, path, sources) }));
  // An included file's problems are reported once, not once per file that includes it.
  const diagnostics = uniqueDiagnostics(compiled.flatMap(({ result }) => result.diagnostics));
  return { compiled, diagnostics, sources };
}

/**
 * What comparing each policy with its previous version (`vorige`) finds, as `beleid build`
 * does when it writes the change reports: a `was:` that points at nothing (BL310), a previous
 * version that is missing or has errors (BL603), versions in the wrong order. For `beleid
 * check`, so that it passes only what `build` accepts.
 */
export function versionDiagnostics(
  compiled: readonly CompiledPolicy[],
  sources: SourceFiles,
  cache?: CompileCache,
  /** How a previous version not among `compiled` is compiled (the language server reads open editors). */
  load: (path: string) => PolicyModel | undefined = (path) => compileThrough(cache, path, sources).model,
): Diagnostic[] {
  const models = compiled.flatMap((c) => (c.result.model ? [c.result.model] : []));
  const consecutive = consecutivePairs(models, load);
  return uniqueDiagnostics([...consecutive.diagnostics, ...consecutive.pairs.flatMap((pair) => diffModels(pair.older, pair.newer).diagnostics)]);
}

/** Where a policy's evaluator goes: `<out>/policies/<domein>/<versie>.js`. */
export function evaluatorPath(outDir: string, model: PolicyModel): string {
  return join(outDir, "policies", model.meta.domain, `${basename(model.file, ".policy")}.js`);
}

/**
 * BL604 for every policy whose evaluator would be written over another's: the same domain and
 * the same file name in two folders (one would silently replace the other).
 */
function outputClashes(compiled: readonly CompiledPolicy[], outDir: string): Diagnostic[] {
  const first = new Map<string, PolicyModel>();
  const clashes: Diagnostic[] = [];
  for (const { result } of compiled) {
    const model = result.model;
    if (!model || model.kind !== "inkoopbeleid") continue;
    const path = evaluatorPath(outDir, model);
    const earlier = first.get(path);
    if (earlier === undefined) first.set(path, model);
    else clashes.push(diagnostic("BL604", model.meta.domainSpan, { ander: earlier.file, domein: model.meta.domain, naam: basename(model.file, ".policy"), pad: displayPath(path) }));
  }
  return clashes;
}

/** Where the static site goes: `<out>/site/`. */
export function siteDirectory(outDir: string): string {
  return join(outDir, "site");
}

export function runtimeFiles(outDir: string): OutputFile[] {
  const dir = packageFile("build", "runtime");
  if (!existsSync(dir)) throw new Error(`De runtime is niet gecompileerd (${dir} ontbreekt); voer eerst ‘npm install’ of ‘npm run compile’ uit.`);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".js") || name.endsWith(".d.ts"))
    .sort()
    .map((name) => ({ path: join(outDir, "runtime", name), content: readFileSync(join(dir, name), "utf8") }))
    .concat(moduleFolderFile(join(outDir, "runtime"), "De runtime die de evaluators van beleid importeren."));
}

/**
 * A `package.json` that says the `.js` files of its folder are ES modules, in `policies/` and
 * `runtime/`: each can be copied into a project whose own package.json says nothing (or
 * `"type": "commonjs"`) and Node still loads them as modules, without a warning. It also says
 * they have no side effects (`"sideEffects": false`, read by bundlers): loading one only
 * defines constants, classes and functions, so a bundler may leave out a module of which an
 * app uses nothing (test/emit/treeShaking.test.ts).
 */
function moduleFolderFile(dir: string, description: string): OutputFile {
  return { path: join(dir, "package.json"), content: JSON.stringify({ description, type: "module", sideEffects: false }, null, 2) + "\n" };
}

export interface PlanBuildOptions {
  /** Formatted evaluators from and to this cache (see `emit/formatCache.ts`); none by default. */
  readonly formatCache?: FormatCache;
  /**
   * Compiled results from and to this cache (see `cache/compileCache.ts`); none by default. The
   * CLI passes the project's, so a `beleid check` or `beleid diff` after a build finds every
   * built policy there.
   */
  readonly compileCache?: CompileCache;
}

export async function planBuild(files: readonly string[], outDir: string, options: PlanBuildOptions = {}): Promise<BuildPlan> {
  const cache = options.compileCache;
  const { compiled, diagnostics, sources } = checkFiles(files, cache ? { compileCache: cache } : {});
  if (hasErrors(diagnostics)) return { compiled, diagnostics, sources, outputs: [], evaluators: [] };
  const clashes = outputClashes(compiled, outDir);
  if (clashes.length > 0) return { compiled, diagnostics: [...diagnostics, ...clashes], sources, outputs: [], evaluators: [] };
  const outputs: OutputFile[] = [];
  const evaluators: { model: PolicyModel; js: string }[] = [];
  for (const { path, result } of compiled) {
    const model = result.model;
    if (!model || model.kind !== "inkoopbeleid") continue;
    const jsPath = evaluatorPath(outDir, model);
    const emitted = await emitPolicy(model, { runtimeImport: "../../runtime/index.js", sourceName: sourceName(path), formatCache: options.formatCache });
    const sources = [path];
    outputs.push({ path: jsPath, content: emitted.js, sources }, { path: jsPath.replace(/\.js$/, ".d.ts"), content: emitted.dts, sources });
    outputs.push({ path: jsPath.replace(/\.js$/, ".feiten.schema.json"), content: renderFactsSchema(model), sources });
    evaluators.push({ model, js: emitted.js });
  }
  outputs.push(moduleFolderFile(join(outDir, "policies"), "Evaluators, door beleid gegenereerd uit de .policy-bestanden; niet met de hand wijzigen."));
  outputs.push(...runtimeFiles(outDir));

  // A change report for every pair of consecutive versions, computed once for the report
  // files and the site.
  const models = compiled.flatMap((c) => (c.result.model ? [c.result.model] : []));
  const reportDiagnostics: Diagnostic[] = [];
  // By the newer version, with the older one it was compared with. Every list on a document's
  // front page is one of these pairs (site/plan.ts, changeSteps), so the site asks for no other.
  const reports = new Map<PolicyModel, { readonly older: PolicyModel; readonly report: ChangeReport }>();
  const consecutive = consecutivePairs(models, (path) => compileThrough(cache, path, sources).model);
  reportDiagnostics.push(...consecutive.diagnostics);
  for (const pair of consecutive.pairs) {
    const result = diffModels(pair.older, pair.newer);
    reportDiagnostics.push(...result.diagnostics);
    reports.set(pair.newer, { older: pair.older, report: result.report });
    const base = join(outDir, "wijzigingen", reportName(pair));
    const sources = [pair.older.file, pair.newer.file];
    outputs.push(
      { path: `${base}.md`, content: renderReport(result.report, "md"), sources },
      { path: `${base}.html`, content: renderReport(result.report, "html"), sources },
      { path: `${base}.json`, content: renderReport(result.report, "json"), sources },
    );
  }
  const all = [...diagnostics, ...reportDiagnostics];
  if (hasErrors(all)) return { compiled, diagnostics: all, sources, outputs: [], evaluators: [] };
  outputs.push(
    ...planSite({ evaluators }, siteDirectory(outDir), {
      changeReports: {
        ...CHANGE_REPORTS,
        compare: (older, newer) => {
          const made = reports.get(newer);
          return made?.older === older ? made.report : diffModels(older, newer).report;
        },
      },
    }),
  );
  return { compiled, diagnostics: all, sources, outputs, evaluators };
}

/**
 * How a generated file names its source: the path from the working directory, or (for a file
 * outside it) its folder and name, so no machine's absolute paths end up in shipped files.
 */
function sourceName(path: string): string {
  const fromHere = relative(process.cwd(), resolve(path));
  const inside = fromHere !== "" && !fromHere.startsWith("..") && !isAbsolute(fromHere);
  return (inside ? fromHere : join(basename(dirname(resolve(path))), basename(path))).replace(/\\/g, "/");
}
