/**
 * Decisions as golden files: the Dutch text `beleid eval` prints and the JSON for a few
 * characteristic providers, so a change in wording or outcome shows in review.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { dateNotes } from "../../compiler/render/decisionDates.js";
import { renderDecisionText } from "../../compiler/render/decisionText.js";

const base = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;

const PROFILES: Record<string, Record<string, unknown>> = {
  "fysio-b-met-skf": {},
  "fysio-behandelindex-151": { behandelindex: 151 },
  "fysio-nieuwe-praktijk": { behandelindex: null, laatste_contractjaar: null, aanvraagdatum: "2026-01-01" },
  "fysio-niet-in-aanmerking": { prem_extern_meetbureau: false, werkdagen_tot_eerste_afspraak: 8, vermoeden_fraude: true },
};

describe("decisions for characteristic providers", async () => {
  const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
  const evaluator = await loadEvaluator(model);
  for (const [name, overrides] of Object.entries(PROFILES)) {
    it(name, async () => {
      const decision = evaluator.beoordeel("fysiotherapie", { ...base, ...overrides });
      // As beleid eval prints it, with what a date without value means for these facts.
      await expect(renderDecisionText(decision, false, { dates: dateNotes(model, "fysiotherapie", { ...base, ...overrides }), factorsTitle: "Differentiatiefactoren" })).toMatchFileSnapshot(`../golden/decisions/${name}.txt`);
      await expect(JSON.stringify(decision, null, 2) + "\n").toMatchFileSnapshot(`../golden/decisions/${name}.json`);
    });
  }
});

describe("the decision as text for the terminal", async () => {
  const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
  const evaluator = await loadEvaluator(model);

  it("shows a control character from the policy as its symbol, and colours only its own words", () => {
    const decision = evaluator.beoordeel("fysiotherapie", base);
    const first = decision.regels[0]!;
    const tampered = { ...decision, regels: [{ ...first, naam: "index \u001b]0;titel\u0007 hoger" }, ...decision.regels.slice(1)], toelichting: ["Zie \u001b[31mrood"] };
    const plain = renderDecisionText(tampered, false);
    expect(plain).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(plain).toContain("index ␛]0;titel␇ hoger");
    expect(plain).toContain("Zie ␛[31mrood");
    // With colours the escape sequences are picocolors' own; the policy's stay symbols.
    expect(renderDecisionText(tampered, true)).toContain("index ␛]0;titel␇ hoger");
  });

  it("does not show the agreement and its dates as his to a provider who does not qualify, but what the policy offers", () => {
    const decision = evaluator.beoordeel("fysiotherapie", { ...base, behandelindex: 151 });
    const text = renderDecisionText(decision, false);
    expect(text).toContain("\nZorgovereenkomst: geen; dit beleid biedt nieuwe zorgovereenkomsten aan met looptijd 2026-2027\n");
    expect(text).not.toMatch(/Datums|Ingangsdatum|Ingang na/);
    const continuing = { ...decision, contract: { ...decision.contract, soort: "doorlopend" as const, looptijd: { van: 2024, tot: 2025 } } };
    expect(renderDecisionText(continuing, false)).toContain("\nZorgovereenkomst: geen; de zorgovereenkomsten van dit beleid lopen door (looptijd 2024-2025)\n");
    // Who qualifies reads his agreement and its dates.
    const qualifies = renderDecisionText(evaluator.beoordeel("fysiotherapie", base), false);
    expect(qualifies).toMatch(/\nZorgovereenkomst: +nieuw, looptijd 2026-2027\n/);
    expect(qualifies).toContain("\nDatums\n  Ingangsdatum\n    1 april 2026\n");
  });

  it("lists each group of rules once, in the order of the chapters, and says which care is not purchased", () => {
    const decision = evaluator.beoordeel("fysiotherapie", { ...base, levert_parkinsonzorg: true, aangesloten_parkinsonnet: false });
    // The evaluator weighs the rules in its own order (approach rules last); reversed, each group still comes once.
    const text = renderDecisionText({ ...decision, regels: [...decision.regels].reverse() }, false);
    const headings = text.split("Regels")[1]!.match(/^  (\d+(?:\.\d+)*) /gm)!.map((h) => h.trim());
    expect(headings).toEqual([...headings].sort((a, b) => a.localeCompare(b, "nl", { numeric: true })));
    expect(new Set(text.split("Regels")[1]!.match(/^  \S.*$/gm)).size).toBe(headings.length);
    expect(text).toContain("– Niet voldaan: aangesloten bij ParkinsonNet [parkinsonnet; paramedische zorg bij de ziekte van Parkinson niet ingekocht]");
  });
});
