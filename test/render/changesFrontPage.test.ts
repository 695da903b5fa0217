/**
 * The document's front page of changes as rendered: each list is one step between two versions;
 * a list of an earlier step (2025 → 2026-04 in the document of 2026-07) says in its heading and
 * its link whose changes it holds. The lists the site takes from the change report leave out
 * the shifted year, which the full report keeps.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import { changeListTitle, type ChangeList } from "../../compiler/render/changesFrontPage.js";
import { renderDocument } from "../../compiler/render/document.js";
import { diffReportLists } from "../../compiler/site/changes.js";
import { model } from "./models.js";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const frontPage = (html: string) => html.slice(html.indexOf('<section class="wijzigingenblad"'), html.indexOf('<nav class="inhoud"'));

describe("a list of an earlier step", () => {
  const july = model("policies/hulpmiddelen/2026-07.policy");

  it("names the version whose changes it holds, in its heading and its link", () => {
    const lists: ChangeList[] = [
      { title: "Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025", older: { version: "2026-04", published: "2025-04-01" }, sections: [{ title: "Hulpmiddelen", items: ["Juli."] }], summary: "1 wijziging.", report: "a.html" },
      { title: "Wijzigingen ten opzichte van het inkoopbeleid van 2025", older: { version: "2025" }, newer: { version: "2026-04", published: "2025-04-01" }, sections: [{ title: "Algemeen", items: ["April."] }], summary: "1 wijziging.", report: "b.html" },
    ];
    const html = frontPage(renderDocument(july, { changeLists: lists }).content.value);
    expect([...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((m) => m[1])).toEqual([
      "Wijzigingen ten opzichte van het inkoopbeleid 2026 van 1 april 2025",
      "Wijzigingen in de versie van 1 april 2025 ten opzichte van het inkoopbeleid van 2025",
    ]);
    expect(text(html)).toContain("Het volledige wijzigingsverslag ten opzichte van de versie van 1 april 2025 geeft");
    expect(text(html)).toContain("Het volledige wijzigingsverslag van de versie van 1 april 2025 ten opzichte van 2025 geeft");
  });

  it("is named by its month without a publication date, and by its year when it is a whole year", () => {
    const meta = { title: "Inkoopbeleid Hulpmiddelen 2026", version: "2026-10" };
    const title = "Wijzigingen ten opzichte van het inkoopbeleid van 2025";
    expect(changeListTitle({ title, newer: { version: "2026-04" } }, meta)).toBe("Wijzigingen in de versie van april ten opzichte van het inkoopbeleid van 2025");
    expect(changeListTitle({ title, newer: { version: "2026" } }, meta)).toBe("Wijzigingen in het inkoopbeleid van 2026 ten opzichte van het inkoopbeleid van 2025");
    expect(changeListTitle({ title }, meta)).toBe(title);
  });
});

describe("the lists the site takes from the change report", () => {
  const y2025 = model("policies/hulpmiddelen/2025.policy");
  const april = model("policies/hulpmiddelen/2026-04.policy");
  const report = diffModels(y2025, april).report;

  it("leave out the shifted year, which the report keeps", () => {
    const sentences = report.sections.flatMap((s) => s.items.map((i) => i.sentence));
    expect(sentences).toContain("Voor het contractjaar 2026 zijn datums en jaartallen op 41 plaatsen van 2025 naar 2026 opgeschoven; dat is verder geen wijziging.");
    const lists = diffReportLists(report);
    const items = lists.sections.flatMap((s) => s.items);
    expect(items).toEqual(sentences.filter((s) => !s.includes("opgeschoven")));
    expect(items.length).toBe(sentences.length - 1);
    const html = frontPage(renderDocument(april, { changeLists: [{ ...lists, older: { version: "2025" } }] }).content.value);
    expect(html).not.toContain("opgeschoven");
    expect(html).toContain("<h4>Algemeen</h4>");
  });

  it("drop a section left empty, and say there are no changes when the shifted year was all", () => {
    const onlyYear = { ...report, sections: report.sections.map((s) => ({ ...s, items: s.items.filter((i) => i.change.kind === "jaar_opgeschoven") })).filter((s) => s.items.length > 0) };
    expect(onlyYear.sections.map((s) => s.title)).toEqual(["Algemeen"]);
    expect(diffReportLists(onlyYear)).toEqual({ title: report.title, sections: [], summary: "Er zijn geen wijzigingen." });
  });
});
