/**
 * The policy document rendered from the model: a golden file of the whole page for
 * Paramedische zorg 2026-07 (formatted with prettier so a reviewer can read the diff), and
 * the properties every document must have — chapters in number order with shared ones,
 * every rule once as its published bullet, tier sentences with Dutch number words, marked
 * intentions, tables in words, escaped text.
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import prettier from "prettier";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { group, policyWith, rule } from "../analyse/policy.js";
import type { PolicyModel } from "../../compiler/model.js";
import { renderDocument } from "../../compiler/render/document.js";
import { renderDocumentPage } from "../../compiler/site/documentPage.js";
import { tierSentence, tierIntroduction } from "../../compiler/render/parts/tiers.js";

function model(path: string): PolicyModel {
  const result = compileFile(path);
  if (!result.model) throw new Error(`${path} compileert niet`);
  return result.model;
}

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
    const page = renderDocumentPage(PARAMEDISCH, "Paramedische zorg");
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
    const source = `${policyWith(group("g", "randvoorwaarde", rule("r", "a")))}teksten:
  inleiding:
    hoofdstuk: h
    kop: Groep g
    tekst: Een inleiding.
`;
    const result = compileText("proef.policy", source);
    expect(result.diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
    // The text (heading "Groep g"), then the agreements with their own heading, then the group.
    const html = renderDocument(result.model!).content.value;
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
    expect(html).toContain("Deadline vragenlijst fysiotherapie via VECOZO 24 oktober 2025 deadline");
    expect(html).toContain("Fysiotherapie Nieuw 2026–2027");
    expect(html).toContain("Oefentherapie Doorlopend 2025–2026");
    expect(html).toContain("Paramedische zorg in instellingen Doorlopend — niet vermeld");
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
    const paragraph = /<p class="regels-doorlopend">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
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
