/**
 * The headings of a decision's rules (web/controle/ruleGroups.ts), shared by the checker page and
 * `beleid eval`: each group once, in chapter order, the factors under the title above them.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { renderDecisionText } from "../../compiler/render/decisionText.js";
import { factorsTitle } from "../../compiler/render/factorsHeading.js";
import { rulesByGroup } from "../../web/controle/ruleGroups.js";
import { readFileSync } from "node:fs";

describe("rulesByGroup", async () => {
  const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
  const evaluator = await loadEvaluator(model);
  const facts = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;

  it("puts the factors under the document's title above them, and the groups in chapter order, each once", () => {
    const decision = evaluator.beoordeel("fysiotherapie", facts);
    const careType = model.careTypes.find((c) => c.id === "fysiotherapie")!;
    const groups = rulesByGroup([...decision.regels].reverse(), factorsTitle(careType));
    const headings = groups.map((g) => `${g.chapter} ${g.title}`);
    expect(headings).toContain("3.2 Differentiatiefactoren");
    expect(headings.filter((h) => /differentiatiefactoren/i.test(h))).toEqual(["3.2 Differentiatiefactoren"]);
    expect(new Set(headings).size).toBe(headings.length);
    const chapters = groups.map((g) => g.chapter);
    expect(chapters).toEqual([...chapters].sort((a, b) => a.localeCompare(b, "nl", { numeric: true })));
    expect(groups.flatMap((g) => g.rules).length).toBe(decision.regels.length);
  });

  it("gives beleid eval the headings the checker page shows", () => {
    const decision = evaluator.beoordeel("fysiotherapie", facts);
    const title = factorsTitle(model.careTypes.find((c) => c.id === "fysiotherapie")!);
    const text = renderDecisionText(decision, false, { factorsTitle: title });
    const shown = text.split("\nRegels\n")[1]!.match(/^  \S.*$/gm)!.map((line) => line.trim());
    expect(shown).toEqual(rulesByGroup(decision.regels, title).map((g) => `${g.chapter} ${g.title}`));
  });

  it("without a title for the factors keeps each group under its own title", () => {
    const decision = evaluator.beoordeel("fysiotherapie", facts);
    expect(rulesByGroup(decision.regels, undefined).map((g) => g.title)).toContain("Fysiotherapie - differentiatiefactoren");
  });
});
