/**
 * Plans the static site (`<out>/site/`): the index, per policy version a document page and a
 * checker page, the change report against the previous version where the diff engine is
 * connected (see `changes.ts`), and the files the pages need — the stylesheet, the checker's
 * browser code, the evaluators and the runtime. Returns files to write; `compiler/build.ts`
 * writes them with everything else, and only when no policy has an error.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PolicyModel } from "../model.js";
import type { OutputFile } from "../output.js";
import { packageFile } from "../packageRoot.js";
import { html, raw } from "../render/html.js";
import { reportTitle } from "../diff/report.js";
import { earlierVersionInLine, titleWithVersionName } from "../versionNames.js";
import { CHANGE_REPORTS, type ChangeReports } from "./changes.js";
import { renderCheckerPage } from "./checker.js";
import { renderDocumentPage, type Comparison } from "./documentPage.js";
import { byDomain, domainLabel, renderIndexPage } from "./indexPage.js";
import { renderPage, versionCrumb } from "./page.js";
import { sitePaths, versionOf } from "./paths.js";

export interface SiteInput {
  /** The compiled policies (shared files excluded) with their evaluator modules. */
  readonly evaluators: readonly { readonly model: PolicyModel; readonly js: string }[];
}

export interface SiteOptions {
  /** Overrides the connected diff engine (tests); `null` turns change reports off. */
  readonly changeReports?: ChangeReports | null;
}

/** The browser files of the site: the stylesheet and the checker's compiled code. */
function assetFiles(siteDir: string): OutputFile[] {
  const files: OutputFile[] = [{ path: join(siteDir, sitePaths.stylesheet), content: readFileSync(packageFile("web", "beleid.css"), "utf8") }];
  const checkerDir = packageFile("build", "web", "controle");
  if (!existsSync(checkerDir)) throw new Error(`De code van de controlepagina is niet gecompileerd (${checkerDir} ontbreekt); voer eerst ‘npm install’ of ‘npm run compile’ uit.`);
  for (const name of readdirSync(checkerDir).filter((n) => n.endsWith(".js")).sort()) {
    files.push({ path: join(siteDir, "assets", "controle", name), content: readFileSync(join(checkerDir, name), "utf8") });
  }
  const runtimeDir = packageFile("build", "runtime");
  for (const name of readdirSync(runtimeDir).filter((n) => n.endsWith(".js")).sort()) {
    files.push({ path: join(siteDir, "runtime", name), content: readFileSync(join(runtimeDir, name), "utf8") });
  }
  return files;
}

function renderChangePage(older: PolicyModel, newer: PolicyModel, path: string, reportHtml: string, label: string): string {
  const content = html`<article class="wijzigingsverslag">
<h1>${reportTitle(older)}</h1>
${raw(reportHtml)}
</article>`;
  return renderPage({
    path,
    kind: "wijzigingen",
    // Versions by name, as the report names them (compiler/versionNames.ts): the key `2026-07`
    // would read as July 2026.
    title: `Wijzigingen in ${titleWithVersionName(newer.meta)} ten opzichte van ${earlierVersionInLine(older.meta, newer.meta)}`,
    crumbs: [
      { label: "Al het inkoopbeleid", path: sitePaths.index },
      { label },
      versionCrumb(newer, true),
      { label: `Wijzigingen ten opzichte van ${earlierVersionInLine(older.meta, newer.meta)}` },
    ],
    content,
  });
}

/** One step between two consecutive versions: the changes `newer` made to `older` (its `vorige`). */
export interface ChangeStep {
  readonly older: PolicyModel;
  readonly newer: PolicyModel;
}

/**
 * The steps a document's front page lists, newest first, as the source documents do: the
 * changes against the previous version (`vorige`), and when that is of the same contract year
 * (2026-04 before 2026-07), also the steps before it, each one version back, up to and including
 * the step from the last version of the year before (2025 → 2026-04). Each step is one report,
 * never two steps taken together. Only versions the site has: where the chain breaks, the steps
 * stop.
 */
export function changeSteps(model: PolicyModel, versions: readonly PolicyModel[]): ChangeStep[] {
  const find = (key: string | undefined) => (key === undefined ? undefined : versions.find((m) => versionOf(m) === key));
  const steps: ChangeStep[] = [];
  const seen = new Set<PolicyModel>([model]);
  let newer = model;
  let older = find(model.meta.previous);
  while (older && !seen.has(older)) {
    steps.push({ older, newer });
    if (older.meta.year !== model.meta.year) break;
    seen.add(older);
    newer = older;
    older = find(older.meta.previous);
  }
  return steps;
}

export function planSite(input: SiteInput, siteDir: string, options: SiteOptions = {}): OutputFile[] {
  const reports = options.changeReports === undefined ? CHANGE_REPORTS : (options.changeReports ?? undefined);
  const models = input.evaluators.map((e) => e.model);
  const files: OutputFile[] = [];
  const changePages = new Map<PolicyModel, string>();
  // Each step's report once, by its newer version: a step of the front page of a later version
  // is the first step of an earlier version's document.
  const made = new Map<PolicyModel, unknown>();
  const reportOf = (step: ChangeStep, compare: ChangeReports["compare"]) => {
    if (!made.has(step.newer)) made.set(step.newer, compare(step.older, step.newer));
    return made.get(step.newer);
  };

  for (const [domain, versions] of byDomain(models)) {
    const label = domainLabel(domain, versions);
    for (const model of versions) {
      const steps = changeSteps(model, versions);
      const previous = steps[0]?.older;
      const comparisons: Comparison[] = [];
      if (reports) {
        for (const step of steps) {
          const path = sitePaths.changes(domain, versionOf(step.older), versionOf(step.newer));
          const report = reportOf(step, reports.compare);
          // The report page of an earlier step is written with that version's document.
          if (step.newer === model) files.push({ path: join(siteDir, path), content: renderChangePage(step.older, model, path, reports.renderChangeReportHtml(report), label) });
          comparisons.push({ ...step, lists: reports.lists(report), report: path });
        }
      }
      const changes = comparisons[0]?.report;
      if (changes) changePages.set(model, changes);
      const related = { ...(previous ? { previous } : {}), ...(changes ? { changes } : {}), ...(comparisons.length > 0 ? { comparisons } : {}) };
      files.push({ path: join(siteDir, sitePaths.document(model)), content: renderDocumentPage(model, label, related) });
      files.push({ path: join(siteDir, sitePaths.checker(model)), content: renderCheckerPage(model, label) });
    }
  }
  files.push({ path: join(siteDir, sitePaths.index), content: renderIndexPage(models, changePages) });
  for (const { model, js } of input.evaluators) files.push({ path: join(siteDir, sitePaths.evaluator(model)), content: js });
  files.push(...assetFiles(siteDir));
  return files;
}
