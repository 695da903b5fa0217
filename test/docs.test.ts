/**
 * The documentation stays true: the complete example in docs/taal.md compiles and decides
 * as the text says, every function of the language is documented there, and every field of
 * the JSON Schema is mentioned.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../compiler/check/functions.js";
import { compileText } from "../compiler/compile.js";
import { loadEvaluator } from "../compiler/evaluate.js";
import { renderDiagnostics } from "../compiler/diagnostics/render.js";

const taal = readFileSync("docs/taal.md", "utf8");

describe("docs/taal.md", () => {
  it("documents every function", () => {
    for (const fn of FUNCTIONS) expect(taal, fn.name).toContain(`\`${fn.name}(`);
  });

  it("mentions every field of the policy schema", () => {
    const schema = readFileSync("compiler/schema/policy.schema.json", "utf8");
    const fields = new Set([...schema.matchAll(/"([a-z_]+)": \{/g)].map((m) => m[1] as string));
    for (const ignored of ["properties", "additionalProperties", "items", "then", "else", "if", "propertyNames"]) fields.delete(ignored);
    for (const field of fields) expect(taal, field).toMatch(new RegExp(`\`${field}[:\`]|\\b${field}:`));
  });

  it("has a complete example that compiles and decides as described", async () => {
    const section = taal.slice(taal.indexOf("## 2. Een klein, volledig voorbeeld"));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const result = compileText("voorbeeld.policy", yaml);
    expect(renderDiagnostics(result.diagnostics, result.sources, { colour: false })).toBe("");
    const evaluator = await loadEvaluator(result.model!);
    const base = { behandelindex: 120, richtlijnen: true, keurmerk: true };
    expect(evaluator.besluit("voorbeeldzorg", base).overeenkomst?.id).toBe("A");
    expect(evaluator.besluit("voorbeeldzorg", { ...base, keurmerk: false }).overeenkomst?.id).toBe("B");
    expect(evaluator.besluit("voorbeeldzorg", { ...base, behandelindex: 160 }).inAanmerking).toBe(false);
    expect(evaluator.besluit("voorbeeldzorg", { ...base, behandelindex: null }).inAanmerking).toBe(true);
  });
});
