/**
 * The site names a version as the change report and the document do (compiler/versionNames.ts):
 * by its publication date, or by its month, never by its key (`2026-07` reads as July 2026 but
 * was published on 1 July 2025). The change report page's title and breadcrumb trail, and the
 * index's link to it; the version's crumb on the document and change report pages, and the index's
 * column "Versie", in a site built from policy files in a temporary folder.
 */

import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planBuild } from "../../compiler/build.js";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyModel } from "../../compiler/model.js";
import type { ChangeReports } from "../../compiler/site/changes.js";
import { planSite } from "../../compiler/site/plan.js";

function model(path: string): PolicyModel {
  const result = compileFile(path);
  if (!result.model) throw new Error(`${path} compileert niet`);
  return result.model;
}

const stubReports: ChangeReports<null> = {
  compare: () => null,
  renderChangeReportHtml: () => "<p>Verslag.</p>",
  lists: () => ({ title: "Wijzigingen", sections: [], summary: "" }),
};

const site = "/site";
const april = model("policies/paramedische-zorg/2026-04.policy");
const july = model("policies/paramedische-zorg/2026-07.policy");
const crumbs = (markup: string) => [.../<nav class="kruimelpad"[^>]*>(.*?)<\/nav>/s.exec(markup)?.[1]?.matchAll(/<li[^>]*>(.*?)<\/li>/g) ?? []].map((m) => m[1]?.replace(/<[^>]+>/g, ""));
const title = (markup: string) => /<title>(.*?)<\/title>/s.exec(markup)?.[1];

function pages(models: readonly PolicyModel[]): (path: string) => string {
  const files = planSite({ evaluators: models.map((m) => ({ model: m, js: "" })) }, site, { changeReports: stubReports });
  return (path) => files.find((f) => f.path === join(site, path))?.content ?? "";
}

describe("version names on the site", () => {
  it("names both versions of a change report page by their publication dates, in its title and breadcrumb trail", () => {
    const page = pages([april, july])("wijzigingen/paramedische-zorg/2026-04_2026-07.html");
    expect(title(page)).toBe("Wijzigingen in Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025) ten opzichte van de versie van 1 april 2025");
    expect(crumbs(page).at(-1)).toBe("Wijzigingen ten opzichte van de versie van 1 april 2025");
    expect(page).not.toMatch(/<title>[^<]*2026-0[47]/);
    expect(crumbs(page).at(-1)).not.toContain("2026-04");
  });

  it("names a version without a publication date by its month", () => {
    const unpublished = (m: PolicyModel) => ({ ...m, meta: { ...m.meta, published: undefined } }) as PolicyModel;
    const page = pages([unpublished(april), unpublished(july)])("wijzigingen/paramedische-zorg/2026-04_2026-07.html");
    expect(title(page)).toBe("Wijzigingen in Inkoopbeleid Paramedische zorg 2026 (versie van juli) ten opzichte van de versie van april");
    expect(crumbs(page).at(-1)).toBe("Wijzigingen ten opzichte van de versie van april");
  });

  it("tells a screen reader which version's changes the index links to by the version's name", () => {
    const index = pages([april, july])("index.html");
    expect(index).toContain('Wijzigingen<span class="alleen-voorlezen"> in Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)</span></a>');
    expect(index).not.toContain("in versie 2026-07");
  });
});

/**
 * The site as `beleid build` writes it, from Paramedische zorg 2025, 2026-04 and 2026-07 copied
 * to a temporary folder; `unpublished` takes out the publication dates of the month versions.
 */
async function builtSite(unpublished: boolean): Promise<(path: string) => string> {
  const dir = mkdtempSync(join(tmpdir(), "beleid-versienamen-"));
  mkdirSync(join(dir, "paramedische-zorg"));
  cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
  const files = ["2025", "2026-04", "2026-07"].map((version) => {
    const file = join(dir, "paramedische-zorg", `${version}.policy`);
    const source = readFileSync(`policies/paramedische-zorg/${version}.policy`, "utf8");
    writeFileSync(file, unpublished ? source.replace(/^gepubliceerd: .*\n/m, "") : source);
    return file;
  });
  const plan = await planBuild(files, join(dir, "uit"));
  expect(plan.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  return (path) => plan.outputs.find((o) => o.path === join(dir, "uit", "site", path))?.content.toString() ?? "";
}

/** The index's column "Versie": the row heading of each version, without the label "nieuwste". */
const versionColumn = (index: string) => [...index.matchAll(/<th scope="row">([^<]*)/g)].map((m) => m[1]?.trim());
/** What a reader sees of a page: its text without tags (so without file names in links). */
const visibleText = (markup: string) => markup.replace(/<script[^>]*>.*?<\/script>/gs, "").replace(/<[^>]+>/g, " ");

describe("the version's crumb and the index's column", () => {
  it("name a version with a publication date by that date, a whole year by its year", async () => {
    const page = await builtSite(false);
    expect(crumbs(page("paramedische-zorg/2026-07.html"))).toEqual(["Al het inkoopbeleid", "Paramedische zorg", "Versie van 1 juli 2025"]);
    expect(crumbs(page("paramedische-zorg/2026-04.html")).at(-1)).toBe("Versie van 1 april 2025");
    expect(crumbs(page("paramedische-zorg/2025.html")).at(-1)).toBe("2025");
    const report = page("wijzigingen/paramedische-zorg/2026-04_2026-07.html");
    expect(crumbs(report)).toEqual(["Al het inkoopbeleid", "Paramedische zorg", "Versie van 1 juli 2025", "Wijzigingen ten opzichte van de versie van 1 april 2025"]);
    expect(report).toContain('<li><a href="../../paramedische-zorg/2026-07.html">Versie van 1 juli 2025</a></li>');
    expect(crumbs(page("wijzigingen/paramedische-zorg/2025_2026-04.html")).slice(2)).toEqual(["Versie van 1 april 2025", "Wijzigingen ten opzichte van het inkoopbeleid van 2025"]);
    // Newest first, by the version the policy states; the file names stay in the links.
    const index = page("index.html");
    expect(versionColumn(index)).toEqual(["2026 (versie van 1 juli 2025)", "2026 (versie van 1 april 2025)", "2025"]);
    expect(index).toContain('href="paramedische-zorg/2026-07.html"');
    // The front page's headings are the real reports' titles, named (the key shows only with a
    // test's stub engine that titles its lists with it).
    const headings = [...page("paramedische-zorg/2026-07.html").matchAll(/<h3 id="wijzigingen-[^"]*">(.*?)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual(["Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025", "Wijzigingen in de versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025"]);
    // Nowhere a reader looks on the index, the reports and the document does the key show (the
    // title block's row "Versie" reads "van 1 juli 2025").
    for (const path of ["index.html", "wijzigingen/paramedische-zorg/2026-04_2026-07.html", "wijzigingen/paramedische-zorg/2025_2026-04.html", "paramedische-zorg/2026-07.html"]) {
      expect(visibleText(page(path)), path).not.toMatch(/2026-0[47]/);
    }
    expect(visibleText(page("paramedische-zorg/2026-07.html")).replace(/\s+/g, " ")).toContain("Versie van 1 juli 2025");
  });

  it("name a version without a publication date by its month, the index with its contract year", async () => {
    const page = await builtSite(true);
    expect(crumbs(page("paramedische-zorg/2026-07.html"))).toEqual(["Al het inkoopbeleid", "Paramedische zorg", "Versie van juli"]);
    expect(crumbs(page("wijzigingen/paramedische-zorg/2026-04_2026-07.html"))).toEqual(["Al het inkoopbeleid", "Paramedische zorg", "Versie van juli", "Wijzigingen ten opzichte van de versie van april"]);
    expect(versionColumn(page("index.html"))).toEqual(["2026 (versie van juli)", "2026 (versie van april)", "2025"]);
    for (const path of ["index.html", "wijzigingen/paramedische-zorg/2026-04_2026-07.html"]) {
      expect(visibleText(page(path)), path).not.toMatch(/2026-0[47]/);
    }
  });

  it("names the version on the checker page's crumb as on the document's", async () => {
    const published = await builtSite(false);
    expect(crumbs(published("paramedische-zorg/2026-07-controle.html"))).toEqual(["Al het inkoopbeleid", "Paramedische zorg", "Versie van 1 juli 2025", "Controle"]);
    const unpublished = await builtSite(true);
    expect(crumbs(unpublished("paramedische-zorg/2026-07-controle.html"))).toEqual(["Al het inkoopbeleid", "Paramedische zorg", "Versie van juli", "Controle"]);
  });
});
