/**
 * The site names a version as the change report and the document do (compiler/versionNames.ts):
 * by its publication date, or by its month, never by its key (`2026-07` reads as July 2026 but
 * was published on 1 July 2025). The change report page's title and breadcrumb trail, and the
 * index's link to it.
 */

import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
