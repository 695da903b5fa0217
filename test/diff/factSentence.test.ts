/**
 * A change to a fact's range reads as every item on the sources' front pages does, "In hoofdstuk
 * X …": the fact by its description, with the rules that read it, in their chapter. The JSON
 * report keeps the fact's key. The policy document's front page shows the same sentence.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { diffModels } from "../../compiler/diff/index.js";
import { renderReport } from "../../compiler/diff/render.js";
import { renderDocument } from "../../compiler/render/document.js";
import { diffReportLists } from "../../compiler/site/changes.js";

const PATH = "policies/paramedische-zorg/2026-07.policy";
const FACT = "    eenheid: werkdagen\n    minimum: 0\n    geheel: ja\n";

function withMaximum() {
  const text = readFileSync(PATH, "utf8");
  expect(text.split(FACT).length).toBe(2);
  const result = compileText(PATH, text.replace(FACT, `${FACT}    maximum: 60\n`));
  return result.model!;
}

const SENTENCE =
  "In hoofdstuk 3.1 mag het aantal werkdagen waarbinnen de verzekerde weet wanneer de behandeling start en de eerste afspraak is ingepland (randvoorwaarde ‘telefonische bereikbaarheid en eerste afspraak binnen vijf werkdagen’) niet langer groter zijn dan 60.";

describe("a changed range of a fact in a real policy", () => {
  const older = compileFile(PATH).model!;
  const newer = withMaximum();
  const { report } = diffModels(older, newer);

  it("names the fact by its description and the rule that reads it, in that rule's chapter", () => {
    const items = report.sections.flatMap((s) => s.items);
    expect(items.map((i) => i.sentence)).toEqual([SENTENCE]);
    expect(items[0]?.change.chapter).toEqual({ old: "3.1", new: "3.1" });
  });

  it("keeps the fact's key in the JSON report", () => {
    const [change] = JSON.parse(renderReport(report, "json")).wijzigingen;
    expect(change).toMatchObject({ soort: "feit_bereik_gewijzigd", sleutel: "feit:werkdagen_tot_eerste_afspraak", argumenten: { feit: "werkdagen_tot_eerste_afspraak", maximum_nieuw: "60" }, zin: SENTENCE });
  });

  it("reads the same on the document's front page, with its chapter", () => {
    const lists = diffReportLists(report);
    const html = renderDocument(newer, { changeLists: [{ ...lists, older: { version: "2026-07", published: "2025-07-01" } }] }).content.value;
    const front = html.slice(html.indexOf('class="wijzigingenblad"'), html.indexOf("</section>", html.indexOf('class="wijzigingenblad"')));
    expect(front).toContain(`<li>${SENTENCE}</li>`);
    expect(front).not.toContain("Het feit");
  });
});
