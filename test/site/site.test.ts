/**
 * The site as files: what `planSite` writes, the checker's form layout, the integration point
 * for change reports (issue 4), the static server, and the `docs`, `build` and `serve`
 * commands. The pages themselves are tested in a real browser in test/e2e/.
 */

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planBuild } from "../../compiler/build.js";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyModel } from "../../compiler/model.js";
import { factsFor } from "../../compiler/queries.js";
import type { ChangeReports } from "../../compiler/site/changes.js";
import { formSections } from "../../compiler/site/checkerLayout.js";
import { domainLabel } from "../../compiler/site/indexPage.js";
import { changeSteps, planSite } from "../../compiler/site/plan.js";
import { resolveRequest, serveSite, type SiteServer } from "../../compiler/site/server.js";
import { runServe } from "../../bin/commands/serve.js";
import { cli } from "../helpers.js";
import { dietetiek } from "../render/dietetiek.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";

function model(path: string): PolicyModel {
  const result = compileFile(path);
  if (!result.model) throw new Error(`${path} compileert niet`);
  return result.model;
}

/** Two versions of one domain in a temporary folder: 2026-04 and 2026-07 (vorige: 2026-04). */
function twoVersions(): string[] {
  const dir = mkdtempSync(join(tmpdir(), "beleid-versies-"));
  mkdirSync(join(dir, "paramedische-zorg"));
  cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
  const source = readFileSync(POLICY, "utf8");
  const older = join(dir, "paramedische-zorg", "2026-04.policy");
  const newer = join(dir, "paramedische-zorg", "2026-07.policy");
  writeFileSync(older, source.replace("versie: 2026-07", "versie: 2026-04").replace("vorige: 2026-04\n", "").replace("gepubliceerd: 2025-07-01", "gepubliceerd: 2025-04-01"));
  writeFileSync(newer, source);
  return [older, newer];
}

// The stub titles its lists with the version key ("Wijzigingen ten opzichte van 2026-04"); the
// site shows an engine's title as given, and the real one names the version (diff/report.ts,
// reportTitle; test/site/versionNames.test.ts).
const stubReports: ChangeReports<{ older: string; newer: string }> = {
  compare: (older, newer) => ({ older: older.meta.version, newer: newer.meta.version }),
  renderChangeReportHtml: (report) => `<section class="stub"><h2>Wijzigingen</h2><p>Van ${report.older} naar ${report.newer}.</p></section>`,
  lists: (report) => ({ title: `Wijzigingen ten opzichte van ${report.older}`, sections: [{ title: "Algemeen", items: [`Van ${report.older} naar ${report.newer}.`] }], summary: "1 wijziging." }),
};

describe("planSite", () => {
  const site = "/site";
  const paramedisch = model(POLICY);

  it("writes the index, a document and a checker page per version, the evaluator, the runtime and the assets", () => {
    const files = planSite({ evaluators: [{ model: paramedisch, js: "// evaluator" }] }, site, { changeReports: null }).map((f) => relative(site, f.path));
    expect(files).toEqual(
      expect.arrayContaining([
        "index.html",
        "paramedische-zorg/2026-07.html",
        "paramedische-zorg/2026-07-controle.html",
        "evaluators/paramedische-zorg/2026-07.js",
        "runtime/index.js",
        "runtime/decision.js",
        "assets/beleid.css",
        "assets/controle/app.js",
        "assets/controle/questions.js",
      ]),
    );
    expect(files.some((f) => f.startsWith("wijzigingen/"))).toBe(false);
  });

  it("links the checker to its evaluator and document, relative to the page", () => {
    const page = planSite({ evaluators: [{ model: paramedisch, js: "" }] }, site, { changeReports: null }).find((f) => f.path.endsWith("2026-07-controle.html"));
    const config = JSON.parse(/<script type="application\/json" id="controle-gegevens">(.*?)<\/script>/s.exec(page?.content ?? "")?.[1] ?? "{}");
    expect(config.evaluator).toBe("../evaluators/paramedische-zorg/2026-07.js");
    expect(config.document).toBe("2026-07.html");
    expect(config.datums.ingangsdatum).toBe("Ingangsdatum van een zorgovereenkomst na een eigen aanvraag");
    expect(page?.content).toContain('<script type="module" src="../assets/controle/app.js"></script>');
  });

  it("writes no change report and no link while the diff engine is not connected", () => {
    const [older, newer] = twoVersions().map(model) as [PolicyModel, PolicyModel];
    const files = planSite({ evaluators: [older, newer].map((m) => ({ model: m, js: "" })) }, site, { changeReports: null });
    expect(files.some((f) => f.path.includes("wijzigingen"))).toBe(false);
    const document = files.find((f) => f.path.endsWith("paramedische-zorg/2026-07.html"))?.content ?? "";
    expect(document).not.toContain("Wijzigingen ten opzichte van");
    // The previous version's document is linked.
    expect(document).toContain('<dd><a href="2026-04.html">versie van 1 april 2025</a></dd>');
  });

  it("writes and links the change report page when a diff engine is connected", () => {
    const [older, newer] = twoVersions().map(model) as [PolicyModel, PolicyModel];
    const files = planSite({ evaluators: [older, newer].map((m) => ({ model: m, js: "" })) }, site, { changeReports: stubReports });
    const report = files.find((f) => f.path === join(site, "wijzigingen/paramedische-zorg/2026-04_2026-07.html"));
    expect(report?.content).toContain('<section class="stub"><h2>Wijzigingen</h2><p>Van 2026-04 naar 2026-07.</p></section>');
    expect(report?.content).toContain('<link rel="stylesheet" href="../../assets/beleid.css">');
    const document = files.find((f) => f.path.endsWith("paramedische-zorg/2026-07.html"))?.content ?? "";
    // 2026-04 is a month version: named by its publication date, as the page titles do.
    expect(document).toContain('<a href="../wijzigingen/paramedische-zorg/2026-04_2026-07.html">Wijzigingen ten opzichte van de versie van 1 april 2025</a>');
    expect(document).toContain('<dd><a href="2026-04.html">versie van 1 april 2025</a></dd>');
    const index = files.find((f) => f.path.endsWith("index.html") && !f.path.includes("/paramedische-zorg/"))?.content ?? "";
    expect(index).toContain('href="wijzigingen/paramedische-zorg/2026-04_2026-07.html"');
    // The oldest version has no predecessor and no report.
    expect(files.filter((f) => f.path.includes("wijzigingen"))).toHaveLength(1);
  });

  it("lists the newest version by what the policy states, not by its file name, and links a file name with # and % as a URL", () => {
    const [older, newer] = twoVersions();
    // An archive copy of the older version under a name that sorts after 2026-07.
    const archive = join(older!, "..", "archief #2 50%.policy");
    writeFileSync(archive, readFileSync(older!, "utf8").replace("versie: 2026-04", "versie: 2026-03").replace("gepubliceerd: 2025-04-01", "gepubliceerd: 2025-03-01"));
    const models = [archive, older!, newer!].map(model);
    const files = planSite({ evaluators: models.map((m) => ({ model: m, js: "" })) }, site, { changeReports: null });
    const index = files.find((f) => f.path === join(site, "index.html"))?.content ?? "";
    const rows = [...index.matchAll(/<th scope="row">([^<]*)(<span class="nieuwste-label">)?/g)].map((m) => [m[1]?.trim(), m[2] !== undefined]);
    // The column names each version (never its key, 2026-07, which reads as July 2026).
    expect(rows).toEqual([["2026 (versie van 1 juli 2025)", true], ["2026 (versie van 1 april 2025)", false], ["2026 (versie van 1 maart 2025)", false]]);
    expect(index).toContain('href="paramedische-zorg/archief%20%232%2050%25.html"');
    expect(index).toContain('href="paramedische-zorg/archief%20%232%2050%25-controle.html"');
    const checker = files.find((f) => f.path.endsWith("archief #2 50%-controle.html"))?.content ?? "";
    expect(checker).toContain('"evaluator":"../evaluators/paramedische-zorg/archief%20%232%2050%25.js"');
  });
});

describe("the checker's form layout", () => {
  it("puts every fact a care type needs in exactly one section, in chapter order", () => {
    const paramedisch = model(POLICY);
    for (const careType of paramedisch.careTypes) {
      const sections = formSections(paramedisch, careType.id);
      const placed = sections.flatMap((s) => s.feiten);
      expect([...placed].sort(), careType.id).toEqual(factsFor(paramedisch, careType.id).map((f) => f.id).sort());
    }
    const fysio = formSections(paramedisch, "fysiotherapie");
    expect(fysio[0]).toEqual({ titel: "Selectie op basis van de landelijke behandelindex", hoofdstuk: "2.3", feiten: ["behandelindex", "uitzondering_behandelindex"] });
    // Whether a rule applies is asked before its condition.
    const general = fysio.find((s) => s.titel === "Paramedische zorg algemeen - randvoorwaarden");
    const feiten = general?.feiten ?? [];
    expect(feiten.indexOf("levert_verbijzonderde_zorg")).toBeLessThan(feiten.indexOf("verbijzonderde_zorg_geregistreerd"));
    expect(fysio.at(-1)?.titel).toBe("Ingangsdatum van een zorgovereenkomst na een eigen aanvraag");
  });
});

describe("the static server", () => {
  let dir: string;
  let server: SiteServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "beleid-server-"));
    mkdirSync(join(dir, "d"));
    writeFileSync(join(dir, "index.html"), "<p>overzicht</p>");
    writeFileSync(join(dir, "d", "pagina.html"), "<p>pagina</p>");
    writeFileSync(join(dir, "d", "code.js"), "export {};");
    server = await serveSite(dir, { port: 0 });
  });

  afterAll(async () => {
    await server.close();
  });

  it("serves files with their type, and index.html for a folder", async () => {
    const index = await fetch(server.url);
    expect(index.status).toBe(200);
    expect(await index.text()).toBe("<p>overzicht</p>");
    const js = await fetch(new URL("d/code.js", server.url));
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 404 in Dutch, and 405 to anything but reading", async () => {
    const missing = await fetch(new URL("bestaat-niet.html", server.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Deze pagina bestaat niet.");
    expect((await fetch(server.url, { method: "POST" })).status).toBe(405);
  });

  it("never serves a file outside its folder", () => {
    expect(resolveRequest(dir, "/../package.json")).toBeUndefined();
    expect(resolveRequest(dir, "/%2e%2e/%2e%2e/etc/passwd")).toBeUndefined();
    expect(resolveRequest(dir, "/d/pagina.html?x=1#y")).toBe(join(dir, "d", "pagina.html"));
  });
});

describe("beleid docs, build and serve", () => {
  it("docs writes only the site, and tells where it is", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-docs-"));
    const run = await cli(["docs", POLICY, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 beleidsdocument met controlepagina geschreven naar");
    expect(existsSync(join(out, "site/index.html"))).toBe(true);
    expect(existsSync(join(out, "site/paramedische-zorg/2026-07.html"))).toBe(true);
    expect(existsSync(join(out, "policies"))).toBe(false);
  });

  it("docs writes nothing when a policy has an error", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-docs-"));
    const run = await cli(["docs", POLICY, "test/fixtures/meerdere-fouten.policy", "--out", out, "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ geslaagd: false, geschreven: [] });
    expect(existsSync(join(out, "site"))).toBe(false);
  });

  it("build writes the site next to the evaluators", async () => {
    const plan = await planBuild([POLICY], "/uit");
    const paths = plan.outputs.map((o) => o.path);
    expect(paths).toContain("/uit/policies/paramedische-zorg/2026-07.js");
    expect(paths).toContain("/uit/site/paramedische-zorg/2026-07.html");
    expect(paths).toContain("/uit/site/evaluators/paramedische-zorg/2026-07.js");
  });

  it("build's site lists a month version's step from the previous version and the step before it, each the report build writes for that pair", async () => {
    const plan = await planBuild(["2025", "2026-04", "2026-07"].map((v) => `policies/paramedische-zorg/${v}.policy`), "/uit");
    expect(plan.diagnostics).toEqual([]);
    const page = (path: string) => plan.outputs.find((o) => o.path === path)?.content.toString() ?? "";
    expect(page("/uit/site/wijzigingen/paramedische-zorg/2026-04_2026-07.html")).toContain("vergeleken met de versie van 1 april 2025");
    expect(page("/uit/site/wijzigingen/paramedische-zorg/2025_2026-04.html")).toContain("vergeleken met het inkoopbeleid van 2025");
    expect(plan.outputs.map((o) => o.path).filter((p) => p.includes("2025_2026-07"))).toEqual([]);
    const document = page("/uit/site/paramedische-zorg/2026-07.html");
    expect(document).toContain(">Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025</h3>");
    expect(document).toContain(">Wijzigingen in de versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025</h3>");
    // The second list holds the sentences of the report build writes for 2025 → 2026-04.
    const report = page("/uit/wijzigingen/paramedische-zorg/2025_2026-04.md");
    const sentences = [...report.matchAll(/^- (.*) \*\([a-z]+\)\*$/gm)].map((m) => m[1] ?? "").filter((s) => !s.includes("opgeschoven"));
    expect(sentences.length).toBeGreaterThan(5);
    const front = document.slice(document.indexOf('<section class="wijzigingenlijst" aria-labelledby="wijzigingen-2025"'), document.indexOf('<nav class="inhoud"'));
    expect([...front.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual(sentences);
  });

  it("serve explains what is wrong instead of starting", async () => {
    const empty = mkdtempSync(join(tmpdir(), "beleid-serve-"));
    const noSite = await cli(["serve", "--out", empty]);
    expect(noSite.code).toBe(2);
    expect(noSite.stderr).toContain("Er staat nog geen site in");
    const badPort = await cli(["serve", "--poort", "abc"]);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain("‘abc’ is geen poortnummer");
    expect((await cli(["serve", "--help"])).stdout).toContain("--poort <nummer>");
    expect((await cli(["docs", "--help"])).stdout).toContain("Schrijf de site");
  });

  it("serve serves the site until it is stopped", async () => {
    const out = mkdtempSync(join(tmpdir(), "beleid-serve-"));
    expect((await cli(["docs", POLICY, "--out", out])).code).toBe(0);
    let printed = "";
    let stop = () => {};
    const stopped = new Promise<void>((done) => (stop = done));
    const io = { stdout: (t: string) => void (printed += t), stderr: () => {}, readStdin: async () => "", colour: false, cwd: process.cwd() };
    const running = runServe({ poort: "0", out }, io, () => stopped);
    await expect.poll(() => printed).toContain("staat op http://localhost:");
    const url = /http:\/\/localhost:\d+\//.exec(printed)?.[0] ?? "";
    const page = await fetch(new URL("paramedische-zorg/2026-07.html", url.replace("localhost", "127.0.0.1")));
    expect(await page.text()).toContain("<h1>Inkoopbeleid Paramedische zorg 2026</h1>");
    stop();
    expect(await running).toBe(0);
  });
});

describe("the checker's question sections", () => {
  it("never have two sections with one name: groups sharing a title in a chapter are one section", () => {
    for (const path of ["policies/hulpmiddelen/2026-07.policy", "policies/geboortezorg/2026.policy", "policies/paramedische-zorg/2026-07.policy"]) {
      const model = compileFile(path).model;
      if (!model) throw new Error(`${path} compileert niet`);
      for (const careType of model.careTypes) {
        const names = formSections(model, careType.id).map((s) => `${s.hoofdstuk} ${s.titel}`);
        expect(new Set(names).size, `${path} ${careType.id}: ${names.join(" | ")}`).toBe(names.length);
      }
    }
  });
});

describe("the site of a domain whose key is a slug: Diëtetiek 2027 and 2028", () => {
  const site = "/site";
  const versions = [dietetiek(2027), dietetiek(2028, { previous: "2027" })];
  const files = planSite({ evaluators: versions.map((m) => ({ model: m, js: "" })) }, site, { changeReports: stubReports });
  const page = (path: string) => files.find((f) => f.path === join(site, path))?.content ?? "";
  const crumbs = (markup: string) => [.../<nav class="kruimelpad"[^>]*>(.*?)<\/nav>/s.exec(markup)?.[1]?.matchAll(/<li[^>]*>(.*?)<\/li>/g) ?? []].map((m) => m[1]?.replace(/<[^>]+>/g, ""));

  it("names the domain as its titles do, with its diacritics, on the index and in every breadcrumb trail", () => {
    expect(page("index.html")).toContain('<h2 id="domein-dietetiek">Diëtetiek</h2>');
    expect(page("index.html")).toContain('aria-label="Versies Diëtetiek"');
    expect(crumbs(page("dietetiek/2028.html"))).toEqual(["Al het inkoopbeleid", "Diëtetiek", "2028"]);
    expect(crumbs(page("dietetiek/2028-controle.html"))).toEqual(["Al het inkoopbeleid", "Diëtetiek", "2028", "Controle"]);
    expect(crumbs(page("wijzigingen/dietetiek/2027_2028.html"))).toEqual(["Al het inkoopbeleid", "Diëtetiek", "2028", "Wijzigingen ten opzichte van het inkoopbeleid van 2027"]);
  });

  it("takes the name from the newest title only when it is the domain's key, else shows the key", () => {
    expect(domainLabel("dietetiek", [dietetiek(2028, { title: "Zorginkoopbeleid Diëtetiek 2028" })])).toBe("Diëtetiek");
    expect(domainLabel("paramedische-zorg", [model(POLICY)])).toBe("Paramedische zorg");
    // A title that names something else does not rename the domain.
    expect(domainLabel("dietetiek", [dietetiek(2028, { title: "Inkoopbeleid Voedingsadvies 2028" })])).toBe("Dietetiek");
    expect(domainLabel("dietetiek")).toBe("Dietetiek");
  });

  it("does not repeat a version that the title already names", () => {
    expect(page("dietetiek/2028.html")).toContain("<title>Inkoopbeleid Diëtetiek 2028</title>");
    expect(page("dietetiek/2028-controle.html")).toContain("<title>Controle — Inkoopbeleid Diëtetiek 2028</title>");
    expect(page("dietetiek/2028-controle.html")).toContain('<p class="ondertitel">Inkoopbeleid Diëtetiek 2028 — <a href="2028.html">lees het beleid</a></p>');
    expect(page("wijzigingen/dietetiek/2027_2028.html")).toContain("<h1>Wijzigingen ten opzichte van het inkoopbeleid van 2027</h1>");
    expect(page("index.html")).toContain('<span class="alleen-voorlezen"> Inkoopbeleid Diëtetiek 2028</span>');
    expect(files.map((f) => f.content).join("\n")).not.toContain("(versie 2028)");
    const paramedisch = planSite({ evaluators: [{ model: model(POLICY), js: "" }] }, site, { changeReports: null });
    expect(paramedisch.find((f) => f.path.endsWith("2026-07-controle.html"))?.content).toContain("<title>Controle — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)</title>");
  });

  it("says where the site comes from on the index and the checker, not on the policy document or the change report", () => {
    const footer = (markup: string) => /<footer class="site-voet">\s*<p>(.*?)<\/p>/s.exec(markup)?.[1];
    expect(footer(page("index.html"))).toBe("De documenten en controles op deze site zijn gemaakt uit de beleidsbestanden zelf: dezelfde bron als de beslisregels.");
    expect(footer(page("dietetiek/2028-controle.html"))).toContain("Deze controle komt uit hetzelfde beleidsbestand als het beleidsdocument");
    expect(page("dietetiek/2028.html")).not.toContain("<footer");
    expect(page("wijzigingen/dietetiek/2027_2028.html")).not.toContain("<footer");
    expect(page("dietetiek/2028.html")).not.toContain("gemaakt met beleid");
  });
});

describe("the front page of changes in the document", () => {
  const site = "/site";
  const paths = ["policies/paramedische-zorg/2025.policy", "policies/paramedische-zorg/2026-04.policy", "policies/paramedische-zorg/2026-07.policy"];
  const [y2025, april, july] = paths.map(model) as [PolicyModel, PolicyModel, PolicyModel];
  const files = planSite({ evaluators: [y2025, april, july].map((m) => ({ model: m, js: "" })) }, site);
  const page = (path: string) => files.find((f) => f.path === join(site, path))?.content ?? "";
  const frontPage = (markup: string) => /<section class="wijzigingenblad"[^>]*>(.*?)<\/section>\n<nav class="inhoud"/s.exec(markup)?.[1] ?? "";
  const listTitles = (markup: string) => [...frontPage(markup).matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((m) => m[1]);
  /** One list of the front page by its heading's id, without its heading and link: the sections and sentences. */
  const list = (markup: string, id: string) => {
    const section = new RegExp(`<section class="wijzigingenlijst" aria-labelledby="${id}">(.*?)</section>`, "s").exec(frontPage(markup))?.[1] ?? "";
    return section.replace(/<h3[^>]*>.*?<\/h3>\n/, "").replace(/<p class="verslaglink">.*?<\/p>\n?/, "");
  };
  const items = (markup: string) => [...markup.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1] ?? "");

  it("lists a month version's changes against the previous version, between the title block and the contents", () => {
    const document = page("paramedische-zorg/2026-07.html");
    expect(document.indexOf('<header class="titelblad">')).toBeLessThan(document.indexOf('<section class="wijzigingenblad"'));
    expect(document.indexOf('<section class="wijzigingenblad"')).toBeLessThan(document.indexOf('<nav class="inhoud"'));
    expect(frontPage(document)).toContain('<h2 id="wijzigingen">Wijzigingen contractvoorwaarden en proces</h2>');
    // The report's sections and sentences, as the report page has them.
    const report = page("wijzigingen/paramedische-zorg/2026-04_2026-07.html");
    const sections = [...report.matchAll(/<section><h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(sections.length).toBeGreaterThan(0);
    const toApril = list(document, "wijzigingen-2026-04");
    expect([...toApril.matchAll(/<h4>(.*?)<\/h4>/g)].map((m) => m[1])).toEqual(sections);
    const sentences = [...report.matchAll(/<li data-klasse="[a-z]+" data-vingerafdruk="[^"]+">(.*?) <span class="klasse/g)].map((m) => m[1]);
    expect(sentences).toHaveLength(3);
    expect(items(toApril)).toEqual(sentences);
    expect(frontPage(document)).toContain('<a href="../wijzigingen/paramedische-zorg/2026-04_2026-07.html">Het volledige wijzigingsverslag ten opzichte van de versie van 1 april 2025</a>');
    // The title block still links the report against the previous version.
    expect(document).toContain('<li><a href="../wijzigingen/paramedische-zorg/2026-04_2026-07.html">Wijzigingen ten opzichte van de versie van 1 april 2025</a></li>');
  });

  it("lists next the earlier version's own changes against the year before, under a heading that says whose they are, not the two steps taken together", () => {
    const document = page("paramedische-zorg/2026-07.html");
    const own = page("paramedische-zorg/2026-04.html");
    expect(listTitles(document)).toEqual(["Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025", "Wijzigingen in de versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025"]);
    expect(listTitles(own)).toEqual(["Wijzigingen ten opzichte van het inkoopbeleid van 2025"]);
    // The same sections and sentences as the document of 1 April has.
    const fromApril = list(document, "wijzigingen-2025");
    expect(fromApril).toContain("<h4>Fysiotherapie</h4>");
    expect(fromApril).toBe(list(own, "wijzigingen-2025"));
    // No sentence twice: the three behandelindex sentences are in the first list only.
    const all = items(frontPage(document));
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((i) => i.includes("behandelindex"))).toHaveLength(3);
    expect(items(fromApril).filter((i) => i.includes("behandelindex"))).toEqual([]);
    // It links the report the 2026-04 document links; no report 2025 → 2026-07 is written.
    expect(frontPage(document)).toContain('<a href="../wijzigingen/paramedische-zorg/2025_2026-04.html">Het volledige wijzigingsverslag van de versie van 1 april 2025 ten opzichte van 2025</a>');
    expect(frontPage(own)).toContain('<a href="../wijzigingen/paramedische-zorg/2025_2026-04.html">Het volledige wijzigingsverslag ten opzichte van 2025</a>');
  });

  it("lists each sentence of Hulpmiddelen 2026-07 once: the 2.3 passage and uniformering in the first list only", () => {
    const versions = ["2025", "2026-04", "2026-07"].map((v) => model(`policies/hulpmiddelen/${v}.policy`));
    const hulpmiddelen = planSite({ evaluators: versions.map((m) => ({ model: m, js: "" })) }, site);
    const document = hulpmiddelen.find((f) => f.path === join(site, "hulpmiddelen/2026-07.html"))?.content ?? "";
    const own = hulpmiddelen.find((f) => f.path === join(site, "hulpmiddelen/2026-04.html"))?.content ?? "";
    const all = items(frontPage(document));
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((i) => i.includes("continentiezorg") || i.includes("uniformering"))).toHaveLength(2);
    expect(items(list(document, "wijzigingen-2026-04")).filter((i) => i.includes("continentiezorg") || i.includes("uniformering"))).toHaveLength(2);
    expect(list(document, "wijzigingen-2025")).toBe(list(own, "wijzigingen-2025"));
    expect(frontPage(document)).not.toContain("opgeschoven");
  });

  it("leaves out the shifted year, which the full report keeps", () => {
    for (const version of ["2026-04", "2026-07"]) expect(frontPage(page(`paramedische-zorg/${version}.html`))).not.toContain("opgeschoven");
    const report = page("wijzigingen/paramedische-zorg/2025_2026-04.html");
    expect(report).toContain("Voor het contractjaar 2026 zijn datums en jaartallen op negentien plaatsen van 2025 naar 2026 opgeschoven; dat is verder geen wijziging.");
    // "Algemeen" keeps its other changes.
    expect(list(page("paramedische-zorg/2026-04.html"), "wijzigingen-2025")).toContain("<h4>Algemeen</h4>");
  });

  it("says there are no changes when the shifted year is all the report has", () => {
    const older = dietetiek(2027);
    const newer = dietetiek(2028, { previous: "2027" });
    const written = planSite({ evaluators: [older, newer].map((m) => ({ model: m, js: "" })) }, site);
    const file = (path: string) => written.find((f) => f.path === join(site, path))?.content ?? "";
    expect(file("wijzigingen/dietetiek/2027_2028.html")).toContain("Voor het contractjaar 2028 zijn datums en jaartallen");
    expect(file("wijzigingen/dietetiek/2027_2028.html")).toContain("opgeschoven; dat is verder geen wijziging.");
    expect(list(file("dietetiek/2028.html"), "wijzigingen-2027").trim()).toBe("<p>Er zijn geen wijzigingen.</p>");
  });

  it("lists a version after a whole year once, and writes nothing for a version without a previous one", () => {
    expect(page("paramedische-zorg/2026-04.html")).toContain('<dd><a href="2025.html">2025</a></dd>');
    expect(page("paramedische-zorg/2026-04.html")).toContain(">Wijzigingen ten opzichte van 2025</a></li>");
    expect(page("paramedische-zorg/2025.html")).not.toContain("wijzigingenblad");
    expect(page("paramedische-zorg/2025.html")).not.toContain("Wijzigingen contractvoorwaarden");
    expect(files.filter((f) => f.path.includes("/wijzigingen/")).map((f) => relative(site, f.path)).sort()).toEqual([
      "wijzigingen/paramedische-zorg/2025_2026-04.html",
      "wijzigingen/paramedische-zorg/2026-04_2026-07.html",
    ]);
  });

  it("goes back one step at a time to the year before, newest first, and only through versions on the site", () => {
    const only = planSite({ evaluators: [april, july].map((m) => ({ model: m, js: "" })) }, site);
    expect(listTitles(only.find((f) => f.path === join(site, "paramedische-zorg/2026-07.html"))?.content ?? "")).toEqual([
      "Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025",
    ]);
    const pairs = (steps: ReturnType<typeof changeSteps>) => steps.map((s) => `${s.older.meta.version}_${s.newer.meta.version}`);
    expect(changeSteps(july, [y2025, july])).toEqual([]);
    expect(pairs(changeSteps(july, [y2025, april, july]))).toEqual(["2026-04_2026-07", "2025_2026-04"]);
    expect(pairs(changeSteps(april, [y2025, april, july]))).toEqual(["2025_2026-04"]);
    // Three versions in one year: one list per step, back to the year before and no further.
    const y2024 = { ...y2025, file: "policies/paramedische-zorg/2024.policy", meta: { ...y2025.meta, version: "2024", year: 2024 } } as PolicyModel;
    const y2025after2024 = { ...y2025, meta: { ...y2025.meta, previous: "2024" } } as PolicyModel;
    const october = { ...july, file: "policies/paramedische-zorg/2026-10.policy", meta: { ...july.meta, version: "2026-10", previous: "2026-07", published: "2025-10-01" } } as PolicyModel;
    expect(pairs(changeSteps(october, [y2024, y2025after2024, april, july, october]))).toEqual(["2026-07_2026-10", "2026-04_2026-07", "2025_2026-04"]);
    // Two versions of one year that name each other: no endless search.
    const loop = { ...april, meta: { ...april.meta, previous: "2026-07" } } as PolicyModel;
    expect(pairs(changeSteps(july, [loop, july]))).toEqual(["2026-04_2026-07"]);
  });

  it("names each earlier step on the front page of a chain of three month versions", () => {
    const october = { ...july, file: "policies/paramedische-zorg/2026-10.policy", meta: { ...july.meta, version: "2026-10", previous: "2026-07", published: "2025-10-01" } } as PolicyModel;
    const chain = planSite({ evaluators: [y2025, april, july, october].map((m) => ({ model: m, js: "" })) }, site, { changeReports: stubReports });
    const document = chain.find((f) => f.path === join(site, "paramedische-zorg/2026-10.html"))?.content ?? "";
    expect(listTitles(document)).toEqual([
      "Wijzigingen ten opzichte van 2026-07",
      "Wijzigingen in de versie van 1 juli 2025 ten opzichte van 2026-04",
      "Wijzigingen in de versie van 1 april 2025 ten opzichte van 2025",
    ]);
    expect(items(frontPage(document))).toEqual(["Van 2026-07 naar 2026-10.", "Van 2026-04 naar 2026-07.", "Van 2025 naar 2026-04."]);
    expect(frontPage(document)).toContain('<a href="../wijzigingen/paramedische-zorg/2026-04_2026-07.html">Het volledige wijzigingsverslag van de versie van 1 juli 2025 ten opzichte van de versie van 1 april 2025</a>');
    // Each report page once, with the document of its newer version.
    expect(chain.filter((f) => f.path.includes("/wijzigingen/")).map((f) => relative(site, f.path)).sort()).toEqual([
      "wijzigingen/paramedische-zorg/2025_2026-04.html",
      "wijzigingen/paramedische-zorg/2026-04_2026-07.html",
      "wijzigingen/paramedische-zorg/2026-07_2026-10.html",
    ]);
  });

  it("uses a report's sentences from any engine given, and says so when there are none", () => {
    const empty: ChangeReports<string> = { compare: (o) => o.meta.version, renderChangeReportHtml: () => "", lists: (v) => ({ title: `Wijzigingen ten opzichte van ${v}`, sections: [], summary: "Er zijn geen wijzigingen." }) };
    const document = planSite({ evaluators: [y2025, april, july].map((m) => ({ model: m, js: "" })) }, site, { changeReports: empty }).find((f) => f.path === join(site, "paramedische-zorg/2026-07.html"))?.content ?? "";
    expect(frontPage(document)).toContain('<h3 id="wijzigingen-2026-04">Wijzigingen ten opzichte van 2026-04</h3>\n<p>Er zijn geen wijzigingen.</p>');
    expect(frontPage(document)).toContain('<h3 id="wijzigingen-2025">Wijzigingen in de versie van 1 april 2025 ten opzichte van 2025</h3>\n<p>Er zijn geen wijzigingen.</p>');
  });
});
