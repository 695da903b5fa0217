/**
 * The headings of a decision's rules (web/controle/ruleGroups.ts), shared by the checker page and
 * `beleid eval`: each group once, in chapter order, the factors under the title above them.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { renderDecisionText } from "../../compiler/render/decisionText.js";
import { factorsTitle } from "../../compiler/render/factorsHeading.js";
import { outcomeOf, rulesByGroup } from "../../web/controle/ruleGroups.js";
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

/**
 * An intention (`status: voornemen`) does not count (docs/beslissing.md): its outcome is said
 * without a consequence and without ✗, in `beleid eval` and on the checker page alike.
 */
describe("the outcome of an intention", async () => {
  const model = compileFile("policies/paramedische-zorg/2026-04.policy").model!;
  const evaluator = await loadEvaluator(model);
  const facts = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;

  it("says that an exclusion that is an intention applies, but does not count yet", () => {
    const decision = evaluator.beoordeel("fysiotherapie", { ...facts, behandelindex: 180 });
    expect(decision.inAanmerking).toBe(true);
    const rule = decision.regels.find((r) => r.id === "behandelindex_hoger_dan_150")!;
    expect(rule).toMatchObject({ status: "voornemen", uitkomst: "uitgesloten" });
    expect(outcomeOf(rule)).toEqual({ label: "Geldt, maar telt nog niet mee", mark: "–", good: undefined });
    const text = renderDecisionText(decision, false, { factorsTitle: "Differentiatiefactoren" });
    expect(text).toContain("\n    – Geldt, maar telt nog niet mee: landelijke behandelindex hoger dan 150 [behandelindex_hoger_dan_150; voornemen, telt niet mee]\n");
    expect(text).not.toContain("✗ Geldt");
  });

  it("says the same of a condition that is an intention and not met; a definitive rule keeps its consequence", () => {
    const decision = evaluator.beoordeel("fysiotherapie", { ...facts, behandelindex: 180 });
    const rule = decision.regels.find((r) => r.id === "behandelindex_hoger_dan_150")!;
    expect(outcomeOf({ ...rule, soort: "randvoorwaarde", uitkomst: "niet_voldaan" })).toEqual({ label: "Niet voldaan, maar telt nog niet mee", mark: "–", good: undefined });
    expect(outcomeOf({ ...rule, soort: "benaderingsuitsluiting" })).toEqual({ label: "Geldt, maar telt nog niet mee", mark: "–", good: undefined });
    expect(outcomeOf({ ...rule, status: "definitief" })).toEqual({ label: "Geldt, dus geen zorgovereenkomst", mark: "✗", good: false });
    // What is good for the provider reads the same for an intention.
    expect(outcomeOf({ ...rule, uitkomst: "niet_uitgesloten" })).toEqual({ label: "Geldt niet", mark: "✓", good: true });
    // Unknown stays unknown.
    expect(outcomeOf({ ...rule, onbekend: true }).mark).toBe("?");
  });
});
