/**
 * Report details a reviewer found by comparing the reports with the sources: what goes under
 * "Algemeen" and what under the domain, the rule comparison of a rule added for one care type,
 * the line that names the older version, and how counts are written.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import { countWord } from "../../compiler/diff/format.js";
import { renderHtml, renderMarkdown, renderReport } from "../../compiler/diff/render.js";
import type { ChangeReport } from "../../compiler/diff/report.js";

const report = (domain: string, older: string, newer: string): ChangeReport =>
  diffModels(compileFile(`policies/${domain}/${older}.policy`).model!, compileFile(`policies/${domain}/${newer}.policy`).model!).report;

const sectionOf = (r: ChangeReport, start: string): string | undefined => r.sections.find((s) => s.items.some((i) => i.sentence.startsWith(start)))?.title;

describe("Algemeen and the domain", () => {
  it("Algemeen holds the shared chapters; the domain's own texts stand under the domain's name", () => {
    for (const newer of ["2026-04", "2026-07"]) {
      const r = report("paramedische-zorg", "2025", newer);
      expect(sectionOf(r, "In hoofdstuk 2.1 zijn de opsomming van de vier thema’s")).toBe("Algemeen");
      expect(sectionOf(r, "In hoofdstuk 2.2 is de visie en strategie")).toBe("Algemeen");
      expect(sectionOf(r, "In hoofdstuk 2.3 is het thema gedifferentieerde zorginkoop aangepast.")).toBe("Paramedische zorg");
      expect(sectionOf(r, "In hoofdstuk 3.3 is een passage opgenomen over ADZ-ondersteuning bij ParkinsonNet.")).toBe("Paramedische zorg");
      // The shifted year stands in no chapter: general.
      expect(sectionOf(r, "Voor het contractjaar 2026")).toBe("Algemeen");
    }
  });

  it("a report with only the domain's own texts has no Algemeen", () => {
    const r = report("hulpmiddelen", "2026-04", "2026-07");
    expect(r.sections.map((s) => [s.title, s.items.length])).toEqual([["Hulpmiddelen", 2]]);
    const whole = report("hulpmiddelen", "2025", "2026-07");
    expect(sectionOf(whole, "In hoofdstuk 2.3 is een passage opgenomen over het aanvullende beleid")).toBe("Hulpmiddelen");
    expect(sectionOf(whole, "In hoofdstuk 2.1 zijn")).toBe("Algemeen");
    // The 2.1 paragraphs hulpmiddelen writes itself stand in a shared chapter: one sentence for 2.1.
    expect(whole.sections.flatMap((s) => s.items).filter((i) => i.sentence.startsWith("In hoofdstuk 2.1"))).toHaveLength(1);
  });
});

describe("the rule comparison in HTML", () => {
  it("shows no rule as it was for a care type that gains a rule another care type had", () => {
    const r = report("geboortezorg", "2025", "2026");
    const section = r.sections.find((s) => s.title === "Ligdagen (kraamzorg)")!;
    const item = section.items.find((i) => i.sentence === "In hoofdstuk 3 is een randvoorwaarde opgenomen: ‘minimaal 50% kraamverzorgenden in loondienst’.")!;
    expect(item.rule?.old).toBeUndefined();
    expect(item.rule?.new?.kind).toBe("randvoorwaarde");
    const html = renderHtml(r);
    const li = html.split("<li").find((l) => l.includes("is een randvoorwaarde opgenomen: ‘minimaal 50%"))!;
    expect(li).toContain(`<td class="leeg">—</td>`);
    expect(li).not.toContain("differentiatiefactor");
    // Kraamzorg itself still compares the factor with the requirement.
    const kraamzorg = html.split("<li").find((l) => l.includes("opgenomen als randvoorwaarde en niet langer als differentiatiefactor"))!;
    expect(kraamzorg).toContain("Hoofdstuk 3, differentiatiefactor:");
  });
});

describe("the line naming the versions", () => {
  it("names a whole-year version as the policy of that year, a version in a year by its date", () => {
    expect(renderMarkdown(report("geboortezorg", "2025", "2026")).split("\n")[2]).toBe("Inkoopbeleid Geboortezorg 2026 vergeleken met het inkoopbeleid van 2025.");
    expect(renderMarkdown(report("hulpmiddelen", "2025", "2026-07")).split("\n")[2]).toBe("Inkoopbeleid Hulpmiddelen 2026 (versie van 1 juli 2025) vergeleken met het inkoopbeleid van 2025.");
    expect(renderMarkdown(report("hulpmiddelen", "2026-04", "2026-07")).split("\n")[2]).toBe("Inkoopbeleid Hulpmiddelen 2026 (versie van 1 juli 2025) vergeleken met de versie van 1 april 2025.");
  });
});

describe("counts in sentences", () => {
  it("writes up to twenty, round tens and round hundreds in words, others in digits", () => {
    expect([0, 1, 6, 19, 20, 21, 40, 45, 100, 110, 200, 1000, 1500, 2000].map(countWord)).toEqual([
      "nul", "één", "zes", "negentien", "twintig", "21", "veertig", "45", "honderd", "110", "tweehonderd", "duizend", "1.500", "2.000",
    ]);
  });

  // 41 since the introductions of tables are compared ("Wij bieden voor 2026 …" in Nieuwe zorgovereenkomsten).
  it("the shifted year in hulpmiddelen: op 41 plaatsen", () => {
    expect(report("hulpmiddelen", "2025", "2026-07").sections[0]!.items.map((i) => i.sentence)).toContain(
      "Voor het contractjaar 2026 zijn datums en jaartallen op 41 plaatsen van 2025 naar 2026 opgeschoven; dat is verder geen wijziging.",
    );
  });
});

describe("the report as JSON", () => {
  type Item = { sleutel: string; argumenten: Record<string, unknown>; zin: string };
  const json = (domain: string, older: string, newer: string) => JSON.parse(renderReport(report(domain, older, newer), "json")) as { formatVersion: number; wijzigingen: Item[] };

  it("keeps every key of a change merged across care types, and compares the rule in HTML", () => {
    const items = json("mondzorg", "2024", "2025").wijzigingen;
    const digital = items.find((w) => w.zin.includes("‘gebruik van digitale zorg’"))!;
    expect(digital.sleutel).toBe("regel:impl_digitale_zorg+tp_digitale_zorg");
    expect(digital.argumenten.verklaring).toBe("vervallen");
    const html = renderHtml(report("mondzorg", "2024", "2025"));
    const li = html.split("<li").find((l) => l.includes("‘gebruik van digitale zorg’"))!;
    expect(li).toContain("Vergelijk de regel");
  });

  it("gives naam as one name and namen as a list, in format version 3", () => {
    const result = json("mondzorg", "2024", "2025");
    expect(result.formatVersion).toBe(4);
    for (const item of result.wijzigingen) {
      if ("naam" in item.argumenten) expect(typeof item.argumenten.naam).toBe("string");
      if ("namen" in item.argumenten) expect(Array.isArray(item.argumenten.namen)).toBe(true);
    }
    const approach = result.wijzigingen.find((w) => w.sleutel === "regel:cbt_voorwaarden+cbt_aanvraag_voor_1_september")!;
    expect(approach.argumenten).toEqual({
      soort: "voorwaarde om benaderd te worden",
      namen: ["de voorwaarden van hoofdstuk 3", "zorgovereenkomst aangevraagd voor 1 september 2024"],
      paragraaf: "Centrum voor Bijzondere Tandheelkunde (CBT)",
    });
  });

  it("says ongewijzigd for a condition that was and is tested", () => {
    const verklaringen = new Set(
      ["geboortezorg/2025/2026", "mondzorg/2024/2025", "paramedische-zorg/2025/2026-07"].flatMap((p) => {
        const [d, o, n] = p.split("/") as [string, string, string];
        return json(d, o, n).wijzigingen.flatMap((w) => (w.argumenten.verklaring === undefined ? [] : [w.argumenten.verklaring]));
      }),
    );
    expect([...verklaringen].sort()).toEqual(["ongewijzigd", "vervallen"]);
  });
});
