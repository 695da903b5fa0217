/**
 * The policy document rendered from the model: a golden file of the whole page for
 * Paramedische zorg 2026-07 (formatted with prettier so a reviewer can read the diff), and
 * the properties every document must have — chapters in number order with shared ones,
 * every rule once as its published bullet, tier sentences with Dutch number words, marked
 * intentions, tables in words, escaped text.
 */

import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import prettier from "prettier";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { group, policyWith, rule } from "../analyse/policy.js";
import type { PolicyModel } from "../../compiler/model.js";
import { renderDocument } from "../../compiler/render/document.js";
import { titleWithVersion } from "../../compiler/render/title.js";
import { saysDeadline } from "../../compiler/render/parts/planning.js";
import { renderDocumentPage } from "../../compiler/site/documentPage.js";
import { diffReportLists } from "../../compiler/site/changes.js";
import { changeSteps } from "../../compiler/site/plan.js";
import { sitePaths, versionOf } from "../../compiler/site/paths.js";
import { diffModels } from "../../compiler/diff/index.js";
import { tierSentence, tierIntroduction } from "../../compiler/render/parts/tiers.js";
import { dietetiek, dietetiekSource } from "./dietetiek.js";
import { model } from "./models.js";

const PARAMEDISCH = model("policies/paramedische-zorg/2026-07.policy");
const KENMERKEN = model("test/fixtures/kenmerken/kenmerken.policy");

/** The text content of an HTML fragment, whitespace collapsed (good enough for assertions). */
function text(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

describe("the policy document", () => {
  it("matches the golden page for Paramedische zorg 2026-07", async () => {
    // As the site writes it with 2025 and 2026-04: the front page lists the steps 2026-04 →
    // 2026-07 and 2025 → 2026-04.
    const april = model("policies/paramedische-zorg/2026-04.policy");
    const comparisons = changeSteps(PARAMEDISCH, [model("policies/paramedische-zorg/2025.policy"), april, PARAMEDISCH]).map(({ older, newer }) => ({
      older,
      newer,
      lists: diffReportLists(diffModels(older, newer).report),
      report: sitePaths.changes("paramedische-zorg", versionOf(older), versionOf(newer)),
    }));
    expect(comparisons.map((c) => `${versionOf(c.older)}_${versionOf(c.newer)}`)).toEqual(["2026-04_2026-07", "2025_2026-04"]);
    const page = renderDocumentPage(PARAMEDISCH, "Paramedische zorg", { previous: april, changes: comparisons[0]?.report, comparisons });
    const formatted = await prettier.format(page, { parser: "html", printWidth: 100 });
    await expect(formatted).toMatchFileSnapshot("../golden/site/paramedische-zorg-2026-07.html");
  });

  it("is deterministic", () => {
    expect(renderDocument(PARAMEDISCH).content.value).toBe(renderDocument(PARAMEDISCH).content.value);
  });

  it("lists every chapter in number order, the shared chapters of the included file too", () => {
    const html = renderDocument(PARAMEDISCH).content.value;
    const toc = html.slice(html.indexOf('<nav class="inhoud"'), html.indexOf("</nav>"));
    const numbers = [...toc.matchAll(/<span class="nummer">([\d.]+)<\/span>/g)].map((m) => m[1]);
    expect(numbers).toEqual(["1", "2", "2.1", "2.2", "2.3", "3", "3.1", "3.2", "3.3", "4", "5"]);
    const headings = [...html.matchAll(/<h[2-4] id="(hoofdstuk-[\d-]+)"/g)].map((m) => m[1]);
    expect(headings).toEqual(numbers.map((n) => `hoofdstuk-${n?.replace(/\./g, "-")}`));
    expect(text(html)).toContain("Caresq is verantwoordelijk voor de inkoop van de zorg");
  });

  it("shows every rule once as an anchored bullet with its published text", () => {
    const html = renderDocument(PARAMEDISCH).content.value;
    for (const rule of PARAMEDISCH.rules) {
      expect(html.split(`id="regel-${rule.id}"`).length - 1, rule.id).toBe(1);
      const firstLine = rule.text.split("\n")[0]?.replace(/\s+/g, " ").slice(0, 60) ?? "";
      expect(text(html), rule.id).toContain(text(firstLine.replace(/&/g, "&amp;")));
    }
    // No two elements share an id.
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("writes tier tables with Dutch number words", () => {
    expect(tierSentence({ name: "Zorgovereenkomst A", factors: 3 })).toBe("Zorgovereenkomst A — Voldoet aan de algemene voorwaarden en drie differentiatiefactoren");
    expect(tierSentence({ name: "Zorgovereenkomst C", factors: 1 })).toBe("Zorgovereenkomst C — Voldoet aan de algemene voorwaarden en één differentiatiefactor");
    expect(tierSentence({ name: "Zorgovereenkomst D", factors: 0 })).toBe("Zorgovereenkomst D — Voldoet aan de algemene voorwaarden");
    const html = text(renderDocument(PARAMEDISCH).content.value);
    expect(html).toContain("Zorgovereenkomst A Voldoet aan de algemene voorwaarden en drie differentiatiefactoren");
    expect(html).toContain("Zorgovereenkomst B Voldoet aan de algemene voorwaarden en twee differentiatiefactoren");
  });

  it("generates the tier introduction when the policy has none", () => {
    const audiciens = KENMERKEN.careTypes.find((c) => c.id === "audiciens");
    expect(audiciens && tierIntroduction(audiciens)).toBe("Wij hanteren voor audiciens twee zorgovereenkomsten.");
  });

  it("shows each exclusion's exception route after its bullet", () => {
    const html = renderDocument(PARAMEDISCH).content.value;
    const bullet = html.slice(html.indexOf('id="regel-behandelindex_hoger_dan_150"'));
    expect(text(bullet.slice(0, bullet.indexOf("</li>")))).toContain("Uitzondering aanvragen: Als de zorgaanbieder een landelijke behandelindex hoger dan 150 heeft");
    expect(html).toContain('<a href="mailto:zorginkoop@caresq.nl">zorginkoop@caresq.nl</a>');
  });

  it("marks intentions in words and explains the mark", () => {
    const html = renderDocument(KENMERKEN).content.value;
    const bullet = html.slice(html.indexOf('id="regel-loondienst_voornemen"'));
    expect(bullet.slice(0, bullet.indexOf("</li>"))).toContain('<span class="voornemen-label">Voornemen</span>');
    expect(text(html)).toContain("Onderdelen met dit label overweegt Caresq nog; ze gelden nog niet.");
    expect(renderDocument(PARAMEDISCH).content.value).not.toContain("voornemen-label");
  });

  it("reads condition cells of a table in words", () => {
    const html = text(renderDocument(KENMERKEN).content.value);
    expect(html).toContain("Audiciens SEMH-certificaat AUD of StAr-registratie");
    expect(html).toContain("Personenalarmering ISO-certificaat en WDTM Ketenkeurmerk");
  });

  it("heads a table's rows with the column that names them instead of printing the key as well", () => {
    const hulpmiddelen = model("policies/hulpmiddelen/2026-07.policy");
    const markup = renderDocument(hulpmiddelen).content.value;
    const headers = [...markup.matchAll(/<thead><tr>(.*?)<\/tr><\/thead>/g)].map((m) => text(m[1] ?? ""));
    expect(headers).toContain("Hulpmiddel Looptijd");
    expect(headers).toContain("Onderwerp Bereikbaarheid");
    expect(headers.some((h) => /^(\S+) \1\b/.test(h))).toBe(false);
    expect(text(markup)).toContain("Tens 2025-2026");
    expect(text(markup)).not.toContain("Vragen over zorginkoop Vragen over zorginkoop");
  });

  it("follows a chapter's volgorde, with agreement headings, and does not repeat a group's heading after the same text heading", () => {
    const html = text(renderDocument(PARAMEDISCH).content.value);
    const chapter5 = html.slice(html.indexOf("5 Planning en bereikbaarheid", html.indexOf("Niet-gecontracteerde")));
    const order = ["In onderstaand schema", "Vermeld bij het versturen", "Wij hanteren de volgende planning", "Uiterste tekendatum", "Disclaimer"];
    expect(order.map((t) => chapter5.indexOf(t))).toEqual(order.map((t) => chapter5.indexOf(t)).sort((a, b) => a - b));
    expect(order.every((t) => chapter5.includes(t))).toBe(true);
    const chapter4 = html.slice(html.indexOf("4 Inkoopprocedure Het proces"), html.indexOf("5 Planning en bereikbaarheid", html.indexOf("Niet-gecontracteerde")));
    for (const heading of ["Doorlopende zorgovereenkomst vrijgevestigde", "Nieuwe zorgovereenkomst vrijgevestigde", "Instellingen (m.u.v. ziekenhuizen)", "Ziekenhuizen"]) {
      expect(chapter4, heading).toContain(heading);
    }
    expect(chapter4.split("Vragenlijst Voor fysiotherapie").length - 1).toBe(1);
    expect(chapter4.split("Geen aanbod ontvangen").length - 1).toBe(2); // the heading, and "zie ‘Geen aanbod ontvangen’"
    expect(html.split("Na een periode van landelijke onduidelijkheid").length - 1).toBe(1);
  });

  it("follows the volgorde of a chapter from a shared file", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-gedeeld-"));
    cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
    cpSync("policies/paramedische-zorg", join(dir, "paramedische-zorg"), { recursive: true });
    const shared = join(dir, "algemeen", "2026.policy");
    writeFileSync(shared, readFileSync(shared, "utf8").replace('    titel: Caresq\n', "    titel: Caresq\n    volgorde: [tekst caresq_contact]\n"));
    const result = compileFile(join(dir, "paramedische-zorg", "2026-07.policy"));
    expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    const html = text(renderDocument(result.model!).content.value);
    expect(html.indexOf("Zorginkoop: Caresq")).toBeLessThan(html.indexOf("Sinds 2018 werkt Caresq"));
    expect(text(renderDocument(PARAMEDISCH).content.value).indexOf("Zorginkoop: Caresq")).toBeGreaterThan(html.indexOf("Sinds 2018 werkt Caresq"));
  });

  it("gives two care types with the same agreement text but their own headings each their heading", () => {
    const source = policyWith(group("g", "randvoorwaarde", rule("r", "a")))
      .replace("    naam: Een\n    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }", "    naam: Een\n    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst., kop: Eerste }")
      .replace("    naam: Twee\n    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }", "    naam: Twee\n    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst., kop: Tweede }");
    const result = compileText("proef.policy", source);
    expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    const html = renderDocument(result.model!).content.value;
    expect(html).toMatch(/>Eerste</);
    expect(html).toMatch(/>Tweede</);
  });

  it("shows a group's title again after a part with a heading of its own, even when a text before had it", () => {
    const source = `${policyWith(group("g", "randvoorwaarde", rule("r", "a"))).replace("tekst: Een overeenkomst. }", "tekst: Een overeenkomst., kop: Overeenkomst }")}teksten:
  inleiding:
    hoofdstuk: h
    kop: Groep g
    tekst: Een inleiding.
`;
    const result = compileText("proef.policy", source);
    expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    // The text (heading "Groep g"), then the agreement text with its own heading, then the group.
    const html = renderDocument(result.model!).content.value;
    expect(html.match(/<h\d[^>]*>Overeenkomst</g)?.length).toBe(1);
    expect(html.match(/<h\d[^>]*>Groep g</g)?.length).toBe(2);
  });

  it("prints an agreement text once when a rule or a table's introduction already says it, and keeps its own sentences", () => {
    const geboortezorg = text(renderDocument(compileFile("policies/geboortezorg/2026.policy").model!).content.value);
    expect(geboortezorg.split("Op het moment dat u met uw preferente zorgverzekeraar").length - 1).toBe(1);
    expect(geboortezorg).toContain("Caresq gaat ervan uit dat deze toeslag van tijdelijke aard is.");
    const hulpmiddelen = text(renderDocument(compileFile("policies/hulpmiddelen/2026-07.policy").model!).content.value);
    expect(hulpmiddelen.split(/Wij bieden voor 2026 .{0,80}nieuwe zorgovereenkomsten aan/).length - 1).toBe(1);
  });

  it("lists set cells and planning dates the Dutch way", () => {
    const html = text(renderDocument(PARAMEDISCH).content.value);
    expect(html).toContain("Huidtherapie 04, 37 en 90 Huidtherapeut");
    expect(html).toContain("Deadline vragenlijst fysiotherapie via VECOZO 24 oktober 2025 Uiterste tekendatum");
  });

  it("escapes policy text", () => {
    const tampered: PolicyModel = { ...PARAMEDISCH, meta: { ...PARAMEDISCH.meta, title: 'Beleid <script>alert("x")</script>' } };
    const html = renderDocument(tampered).content.value;
    expect(html).not.toContain("<script>");
    expect(html).toContain("Beleid &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });
});

describe("a group written as running text (lopende_tekst: ja)", () => {
  it("puts the rules' texts in one paragraph, each with its own anchor, as the source's one sentence", () => {
    const model = compileFile("policies/hulpmiddelen/2026-07.policy").model!;
    const html = renderDocument(model).content.value;
    const paragraph = /<p class="regels-doorlopend">((?:(?!<\/p>)[\s\S])*?id="regel-gecontracteerd_vorig_jaar"[\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
    expect(paragraph.replace(/<[^>]+>/g, "")).toBe(
      "Wij benaderen alle zorgaanbieders die wij in 2025 hebben gecontracteerd en die beschikken over de juiste Vektis registratie, de juiste VECOZO certificaten en die voldoen aan de voorwaarden zoals gesteld in hoofdstuk 3 via VECOZO.",
    );
    for (const id of ["gecontracteerd_vorig_jaar", "vektis_registratie", "vecozo_certificaten"]) expect(paragraph).toContain(`id="regel-${id}"`);
  });

  it("keeps an exception's route after the paragraph", () => {
    const text = policyWith(
      group("g", "uitsluiting", rule("r", "x > 150", "        uitzondering:\n          voorwaarde: a\n          route: Vraag het aan per e-mail.\n")).replace("    soort: uitsluiting\n", "    soort: uitsluiting\n    lopende_tekst: ja\n"),
    );
    const model = compileText("proef.policy", text).model!;
    const html = renderDocument(model).content.value;
    expect(html).toMatch(/<p class="regels-doorlopend">[\s\S]*?<\/p><p class="uitzonderingsroute"><span class="uitzonderingsroute-kop">Uitzondering aanvragen:<\/span> Vraag het aan per e-mail\.<\/p>/);
  });
});

describe("the document reads as the source writes it", () => {
  it("writes a group of one rule as a sentence, not as a list of one", () => {
    // "Wij beoordelen of uw aanvraag van toegevoegde waarde is …", "Indien er twijfel bestaat over
    // de integriteit …" (every source), "Als u apotheekhoudende bent, …" (hulpmiddelen): prose.
    for (const policy of allPolicies()) {
      const markup = renderDocument(policy).content.value;
      for (const group of policy.groups.filter((g) => g.rules.length === 1 && g.kind !== "differentiatiefactor")) {
        const id = group.rules[0] as string;
        expect(markup, `${policy.file} ${id}`).toMatch(new RegExp(`<p class="regels-doorlopend"><span id="regel-${id}" class="regel[ "]`));
        expect(markup, `${policy.file} ${id}`).not.toContain(`<li id="regel-${id}"`);
      }
    }
    const one = renderDocument(compileText("proef.policy", policyWith(group("g", "uitsluiting", rule("r", "a")))).model!).content.value;
    expect(one).toContain('<p class="regels-doorlopend"><span id="regel-r" class="regel">Regel r.</span></p>');
    // Two rules stay a list.
    const two = renderDocument(compileText("proef.policy", policyWith(group("g", "randvoorwaarde", rule("r", "a") + rule("s", "b")))).model!).content.value;
    expect(two).toContain('<ul class="regels"><li id="regel-r" class="regel">Regel r.</li><li id="regel-s" class="regel">Regel s.</li></ul>');
  });

  it("keeps a rule's own list out of the running paragraph", () => {
    const listed = rule("lijst", "b").replace("tekst: Regel lijst.", "tekst: |-\n          Bij de aanmelding stuurt u mee:\n          - een plan;\n          - een offerte.");
    const source = policyWith(group("g", "benaderingsvoorwaarde", rule("r", "a") + listed).replace("    soort: benaderingsvoorwaarde\n", "    soort: benaderingsvoorwaarde\n    lopende_tekst: ja\n"));
    const markup = renderDocument(compileText("proef.policy", source).model!).content.value;
    expect(markup).toContain('<p class="regels-doorlopend"><span id="regel-r" class="regel">Regel r.</span></p>');
    expect(markup).toContain('<div id="regel-lijst" class="regel"><p>Bij de aanmelding stuurt u mee:</p>\n<ul><li>een plan;</li><li>een offerte.</li></ul></div>');
    expect(markup).not.toMatch(/<p[^>]*>(?:(?!<\/p>)[\s\S])*<ul/);
  });

  it("shows the schema's requirement, not the evaluator's condition beside it", () => {
    // Hulpmiddelen: "Hulpmiddel | Benodigd certificaat, keurmerk en/of registratie"; the policy's
    // column "Eis" (certificaten bevat "…") is what the checker tests, not a column of the source.
    const markup = renderDocument(model("policies/hulpmiddelen/2026-07.policy")).content.value;
    const table = markup.slice(markup.indexOf('id="tabel-certificering"'), markup.indexOf("</table>", markup.indexOf('id="tabel-certificering"')));
    expect(text(/<thead>(.*?)<\/thead>/s.exec(table)?.[1] ?? "")).toBe("Hulpmiddel Benodigd certificaat, keurmerk en/of registratie");
    expect(text(table)).toContain("Elastische kousen SEMH-certificaat TEK. Bij voorkeur ingeschreven in het KABIZ-register Mammaprothesen");
    expect(text(table)).not.toContain("ISO-certificaat ISO-certificaat");
    // A table whose only column is the condition shows it, in words.
    expect(text(renderDocument(KENMERKEN).content.value)).toContain("Benodigd certificaat, keurmerk en/of registratie Audiciens SEMH-certificaat AUD of StAr-registratie");
  });

  it("heads a table only where the source does: not under a heading that already names it", () => {
    // "5 Planning en bereikbaarheid", then "In onderstaand schema ziet u waar u met uw vragen
    // terecht kunt." and the table: no heading "Bereikbaarheid" in any source.
    for (const policy of allPolicies()) {
      const markup = renderDocument(policy).content.value;
      const chapter5 = markup.slice(markup.indexOf('<h2 id="hoofdstuk-5"'));
      expect(headings(chapter5), policy.file).not.toContain("Bereikbaarheid");
      expect(chapter5, policy.file).toContain('<section class="opzoektabel" id="tabel-bereikbaarheid">');
      expect(chapter5, policy.file).toContain('aria-label="Bereikbaarheid"');
      expect(text(chapter5), policy.file).toMatch(/^5 Planning en bereikbaarheid In onderstaand schema ziet u waar u met uw vragen terecht kunt\. Onderwerp Bereikbaarheid/);
    }
    // A table that opens a section of its own keeps its heading (hulpmiddelen 4).
    const hulpmiddelen = renderDocument(model("policies/hulpmiddelen/2026-07.policy")).content.value;
    expect(headings(hulpmiddelen)).toEqual(expect.arrayContaining(["Doorlopende zorgovereenkomst", "Nieuwe zorgovereenkomsten"]));
  });

  it("shows a table once: a group whose rules are its rows is not listed again, its rules are anchored on their rows", () => {
    const table = `tabellen:
  schema:
    titel: Benodigd certificaat
    hoofdstuk: h
    sleutel: { titel: Zorgsoort, zorgsoort: ja }
    kolommen:
      benodigd: { titel: Benodigd, type: tekst }
      eis: { titel: Eis, type: voorwaarde }
    rijen:
      een: { benodigd: Certificaat v1, eis: 's bevat "v1"' }
      twee: { benodigd: Certificaat v2, eis: 's bevat "v2"' }
`;
    const perRow = rule("r_een", "schema[zorgsoort].eis", "        zorgsoorten: [een]\n") + rule("r_twee", "schema[zorgsoort].eis", "        zorgsoorten: [twee]\n");
    const result = compileText("proef.policy", `${policyWith(group("g", "randvoorwaarde", perRow))}${table}`);
    expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    const markup = renderDocument(result.model!).content.value;
    expect(headings(markup)).not.toContain("Groep g");
    expect(markup).not.toContain('<li id="regel-');
    expect(markup).toContain('<th scope="row"><span id="regel-r_een" class="regel">Een</span></th><td>Certificaat v1</td>');
    expect(markup).toContain('<th scope="row"><span id="regel-r_twee" class="regel">Twee</span></th><td>Certificaat v2</td>');
    // A rule that says more than the cell (another condition) keeps the group as a list.
    const other = rule("r_een", "schema[zorgsoort].eis en a", "        zorgsoorten: [een]\n");
    const listed = renderDocument(compileText("proef.policy", `${policyWith(group("g", "randvoorwaarde", other))}${table}`).model!).content.value;
    expect(headings(listed)).toContain("Groep g");
    expect(listed).toContain('<p class="regels-doorlopend"><span id="regel-r_een" class="regel">Regel r_een.</span></p>');
    expect(listed).toContain('<th scope="row">Een</th>');
    // Hulpmiddelen: the schema once, as the source has it; every rule of certificaat_per_hulpmiddel on its row.
    const hulpmiddelen = model("policies/hulpmiddelen/2026-07.policy");
    const document = renderDocument(hulpmiddelen).content.value;
    const schema = document.slice(document.indexOf('id="tabel-certificering"'), document.indexOf("</table>", document.indexOf('id="tabel-certificering"')));
    for (const rule of hulpmiddelen.rules.filter((r) => r.group === "certificaat_per_hulpmiddel")) {
      expect(document.split(`id="regel-${rule.id}"`).length - 1, rule.id).toBe(1);
      expect(schema, rule.id).toContain(`<span id="regel-${rule.id}" class="regel">`);
    }
  });

  it("leaves out a page number of the PDF and links the heading it refers to", () => {
    // "zie ‘Geen aanbod ontvangen’ op pagina 13" (geboortezorg), "… op pagina 14" (paramedische zorg).
    for (const policy of allPolicies()) expect(text(renderDocument(policy).content.value), policy.file).not.toMatch(/op pagina \d/);
    const markup = renderDocument(model("policies/geboortezorg/2026.policy")).content.value;
    const link = /zie <span class="verwijzing" data-hoofdstuk="[\d.]+">‘<a href="#([^"]+)">Geen aanbod ontvangen<\/a>’<\/span>\./.exec(markup);
    expect(link).not.toBeNull();
    expect(markup).toMatch(new RegExp(`id="${link?.[1]}"[^>]*>\\s*<h3>Geen aanbod ontvangen</h3>`));
  });
});

/** The headings of an HTML fragment as text, in order. */
function headings(markup: string): string[] {
  return [...markup.matchAll(/<h(\d)[^>]*>(.*?)<\/h\1>/gs)].map((m) => text(m[2] ?? ""));
}

/** A planning of one entry in chapter `h` of `policyWith`, at the moment `when`. */
function planningOf(when: string): string {
  return `planning:\n  aanbieding:\n    onderwerp: Aanbieding zorgovereenkomst\n    hoofdstuk: h\n    wanneer: ${when}\n`;
}

/** Every policy of the repository (shared files excepted). */
function allPolicies(): PolicyModel[] {
  return ["geboortezorg", "hulpmiddelen", "mondzorg", "paramedische-zorg"].flatMap((domain) =>
    readdirSync(join("policies", domain))
      .filter((f) => f.endsWith(".policy"))
      .map((f) => model(join("policies", domain, f))),
  );
}

describe("what the document adds to the policy's own words", () => {
  it("does not repeat a chapter's title as a heading of its own: '5 Planning' has no 'Planning' under it", () => {
    const markup = renderDocument(dietetiek(2028)).content.value;
    expect(headings(markup)).toEqual(["Inkoopbeleid Diëtetiek 2028", "Inhoud", "3 Voorwaarden", "Randvoorwaarden", "4 Zorgovereenkomst", "5 Planning"]);
    // The planning's table keeps its name for a screen reader, and its anchor.
    expect(markup).toContain('<section class="planning" id="planning-planning">');
    expect(markup).toContain('aria-label="Planning"');
  });

  it("does not repeat the chapter's title above a group with the same title at its start", () => {
    const source = policyWith(group("voorwaarden", "randvoorwaarde", rule("r", "a")).replace("titel: Groep voorwaarden", "titel: Voorwaarden"));
    const markup = renderDocument(compileText("proef.policy", source).model!).content.value;
    expect(headings(markup).filter((h) => /Voorwaarden/.test(h))).toEqual(["3 Voorwaarden"]);
    expect(markup).toContain('<section class="groep" id="groep-voorwaarden">');
  });

  it("prints the agreement's text, without a table of care types, kinds and terms the source does not have", () => {
    const chapter4 = text(renderDocument(dietetiek(2028)).content.value).split("4 Zorgovereenkomst").at(-1)?.split("5 Planning")[0];
    expect(chapter4?.trim()).toBe("Caresq biedt een tweejarige zorgovereenkomst 2028-2029 aan.");
    for (const model of [PARAMEDISCH, ...allPolicies()]) {
      const markup = renderDocument(model).content.value;
      expect(markup, model.file).not.toMatch(/Zorgovereenkomsten per zorgsoort|>Looptijd<\/th><\/tr><\/thead>\s*<tbody><tr[^>]*><th scope="row">[^<]*<\/th><td>(Nieuw|Doorlopend)/);
      expect(headings(markup), model.file).not.toContain("Zorgovereenkomst");
    }
  });

  it("shows no looptijd for a running agreement whose source only says that it runs on", () => {
    // The policy names 2025-2026 for the change report; the source says "doorloopt in 2026".
    const oefentherapie = PARAMEDISCH.careTypes.find((c) => c.id === "oefentherapie");
    expect(oefentherapie?.agreement.term).toEqual({ from: 2025, to: 2026 });
    const html = text(renderDocument(PARAMEDISCH).content.value);
    expect(html).not.toMatch(/2025\s*[-–]\s*2026/);
    expect(html).toContain("een meerjarige zorgovereenkomst gesloten die doorloopt in 2026");
    // §3.1: the valpreventie group's two paragraphs follow each other, nothing generated between.
    expect(html).toContain("Caresq inmiddels gestart met contractering. Om in aanmerking te komen voor een zorgovereenkomst voor valpreventie");
  });

  it("writes a range with a hyphen, as the sources and the policies do, and makes no range with an en dash", () => {
    for (const model of [dietetiek(2028), ...allPolicies()]) {
      expect(text(renderDocument(model).content.value), model.file).not.toMatch(/\d{4}\s*–\s*\d{4}/);
    }
    expect(text(renderDocument(PARAMEDISCH).content.value)).toContain("een tweejarige zorgovereenkomst 2026-2027 aan");
  });

  it("leaves out the planning's heading after a paragraph that leads into it, and keeps it after another section", () => {
    const paramedisch = renderDocument(PARAMEDISCH).content.value;
    const chapter5 = paramedisch.slice(paramedisch.indexOf('<h2 id="hoofdstuk-5"'));
    expect(headings(chapter5)).toEqual(["5 Planning en bereikbaarheid", "Disclaimer"]);
    expect(text(chapter5)).toContain("Wij hanteren de volgende planning voor de zorginkoop: Onderwerp Datum");
    // A planning after another section, in a chapter with another title, has its heading.
    const after = renderDocument(compileText("proef.policy", `${policyWith(group("g", "randvoorwaarde", rule("r", "a")))}${planningOf("Begin september 2025")}`).model!).content.value;
    expect(headings(after)).toEqual(["Proefbeleid", "Inhoud", "3 Voorwaarden", "Groep g", "Planning"]);
    expect(text(after)).toContain("Aanbieding zorgovereenkomst Begin september 2025");
  });

  it("makes no planning table of a moment the chapter already says in its own words", () => {
    // Geboortezorg 4: "dan kunt u zich tot uiterlijk 1 oktober 2025 melden via zorginkoop@caresq.nl"
    // is a rule; its planning entry (for the evaluator and the change report) is no table of the source.
    const geboortezorg = renderDocument(model("policies/geboortezorg/2026.policy")).content.value;
    const chapter4 = geboortezorg.slice(geboortezorg.indexOf('<h2 id="hoofdstuk-4"'), geboortezorg.indexOf('<h2 id="hoofdstuk-5"'));
    expect(headings(chapter4)).not.toContain("Planning");
    expect(chapter4).not.toContain("<table");
    expect(text(chapter4)).toContain("tot uiterlijk 1 oktober 2025 melden");
    expect(text(geboortezorg)).not.toContain("Aanmelding integrale geboortezorg via zorginkoop@caresq.nl");
    // Hulpmiddelen 4: "De aanvraag kunt u voor 1 augustus 2025 indienen via zorginkoop@caresq.nl."
    const hulpmiddelen = renderDocument(model("policies/hulpmiddelen/2026-07.policy")).content.value;
    const procedure = hulpmiddelen.slice(hulpmiddelen.indexOf('<h2 id="hoofdstuk-4"'), hulpmiddelen.indexOf('<h2 id="hoofdstuk-5"'));
    expect(headings(procedure)).not.toContain("Planning");
    expect(text(procedure)).not.toContain("Voor 1 augustus 2025 deadline");
    expect(text(procedure)).toContain("De aanvraag kunt u voor 1 augustus 2025 indienen");
    // Chapter 5's planning tables stay, in every policy.
    for (const policy of allPolicies()) {
      const markup = renderDocument(policy).content.value;
      const chapter5 = markup.slice(markup.indexOf('<h2 id="hoofdstuk-5"'));
      expect(chapter5, policy.file).toContain('<section class="planning"');
    }
    // In a small policy: said in a rule of the same chapter, no table; said nowhere, a table.
    const said = policyWith(group("g", "randvoorwaarde", rule("r", "a").replace(/tekst: .*/, "tekst: Meld u vóór begin september 2025 aan.")));
    expect(renderDocument(compileText("proef.policy", `${said}${planningOf("Begin september 2025")}`).model!).content.value).not.toContain('class="planning"');
    expect(renderDocument(compileText("proef.policy", `${said}${planningOf("Half mei 2025")}`).model!).content.value).toContain('class="planning"');
    // "1 september 2025" is not said by "11 september 2025".
    expect(renderDocument(compileText("proef.policy", `${said.replace("begin september", "11 september")}${planningOf("1 september 2025")}`).model!).content.value).toContain('class="planning"');
  });

  it("labels a deadline only when its row does not already say so", () => {
    const markup = renderDocument(dietetiek(2028)).content.value;
    const row = (subject: string) => text(/<tr class="deadline">(.*?)<\/tr>/gs.exec(markup.slice(markup.indexOf(subject) - 40))?.[1] ?? "");
    expect(row("Deadline ondertekening")).toBe("Deadline ondertekening zorgovereenkomst 7 november 2027");
    expect(row("Aanvraag nieuwe producten")).toBe("Aanvraag nieuwe producten 1 augustus 2027 deadline");
    expect(saysDeadline({ subject: "Uiterste tekendatum zorgovereenkomst" })).toBe(true);
    expect(saysDeadline({ subject: "Aanmelding integrale geboortezorg", when: "Tot uiterlijk 1 oktober 2025" })).toBe(true);
    expect(saysDeadline({ subject: "Deadlinebewaking invoeren" })).toBe(false);
  });

  it("names the version in the title only when the title does not", () => {
    expect(renderDocument(dietetiek(2028)).title).toBe("Inkoopbeleid Diëtetiek 2028");
    // A version of several in a year by its publication date, as the source ("Versie 1-7-2025").
    expect(renderDocument(PARAMEDISCH).title).toBe("Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)");
    // Without a publication date by its month, never by its key ("2026-07" reads as July 2026).
    expect(titleWithVersion({ title: "Inkoopbeleid Paramedische zorg 2026", version: "2026-07" })).toBe("Inkoopbeleid Paramedische zorg 2026 (versie van juli)");
    expect(titleWithVersion({ title: "Inkoopbeleid Mondzorg 2025", version: "2025" })).toBe("Inkoopbeleid Mondzorg 2025");
    expect(titleWithVersion({ title: "Inkoopbeleid Mondzorg 20251", version: "2025" })).toBe("Inkoopbeleid Mondzorg 20251 (versie 2025)");
  });

  it("marks an intended agreement in its text, and explains the label only when the document shows one", () => {
    const intended = dietetiek(2028, {
      agreement: "      soort: nieuw\n      hoofdstuk: overeenkomst\n      status: voornemen\n      tekst: Caresq is nog niet gestart met contractering.",
    });
    const markup = renderDocument(intended).content.value;
    expect(text(markup)).toContain("4 Zorgovereenkomst Voornemen Caresq is nog niet gestart met contractering.");
    expect(markup).toContain('class="voornemen-uitleg"');
    // Paramedische zorg 2025: the intended agreement's text stands in the valpreventie group's
    // introduction, so it is not printed a second time, and no label is shown for it.
    const source = dietetiekSource(2028, {
      agreement: "      soort: nieuw\n      hoofdstuk: voorwaarden\n      status: voornemen\n      tekst: De diëtist staat in het Kwaliteitsregister Paramedici.",
    });
    const shownElsewhere = renderDocument(compileText("dietetiek/2028.policy", source).model!).content.value;
    expect(shownElsewhere).not.toContain("voornemen");
  });
});
