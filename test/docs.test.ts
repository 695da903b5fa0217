/**
 * The documentation stays true: the complete example in docs/taal.md compiles and decides
 * as the text says, every function of the language is documented there, and every field of
 * the JSON Schema is mentioned. The error the README's tour shows is the real one.
 */

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FUNCTIONS } from "../compiler/check/functions.js";
import { compileText } from "../compiler/compile.js";
import { loadEvaluator } from "../compiler/evaluate.js";
import { renderDiagnostics } from "../compiler/diagnostics/render.js";
import { cli } from "./helpers.js";

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

describe("README.md", () => {
  it("shows in step 2 the error beleid check really gives for the edit it describes", async () => {
    const readme = readFileSync("README.md", "utf8");
    const step = readme.slice(readme.indexOf("**2. Controleren.**"), readme.indexOf("**3. "));
    const edit = /maak van `([^`]+)` in het voorbeeld hierboven `([^`]+)`/.exec(step);
    const shown = /```text\n([\s\S]*?)```/.exec(step)?.[1];
    expect(edit, "the edit step 2 describes").not.toBeNull();
    expect(shown, "the output step 2 shows").toBeDefined();
    const [, before, after] = edit as RegExpExecArray;
    const policy = "policies/paramedische-zorg/2026-07.policy";
    const dir = mkdtempSync(join(tmpdir(), "beleid-readme-"));
    try {
      for (const folder of ["policies/paramedische-zorg", "policies/algemeen"]) cpSync(folder, join(dir, folder), { recursive: true });
      const text = readFileSync(policy, "utf8");
      // The condition of the rule step 1 shows, the first in the file.
      const at = text.indexOf(`voorwaarde: ${before}\n`);
      expect(at, `‘voorwaarde: ${before}’ in ${policy}`).toBeGreaterThan(-1);
      const target = `voorwaarde: ${before}`.length;
      writeFileSync(join(dir, policy), text.slice(0, at) + `voorwaarde: ${after}` + text.slice(at + target));
      const run = await cli(["check", policy], { cwd: dir });
      expect(run.code).toBe(1);
      // The in-process CLI names a file outside the test's own working directory by its full path.
      expect(run.stderr.replaceAll(`${dir}/`, "").trimEnd() + "\n").toBe(shown);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
