/**
 * Input limits (docs/betrouwbaarheid.md): files that are too large, YAML alias bombs, too many
 * values, too deep nesting, and expressions too large to parse or walk safely are refused with
 * one BL010 diagnostic (or BL001 where the YAML library itself gives up), never with a crash
 * or a hang; just below each limit everything still works, up to the formatted evaluator.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { emitPolicy } from "../../compiler/emit/index.js";
import { DEFAULT_MAX_FILE_BYTES } from "../../compiler/load/loadPolicy.js";
import { DEFAULT_YAML_LIMITS } from "../../compiler/load/yamlTree.js";
import { EXPRESSION_LIMITS } from "../../grammar/limits.js";
import { readProviderRows, type ProviderRow } from "../../compiler/facts/rows.js";
import { datasetFacts } from "../../compiler/facts/dataset.js";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

const errors = (result: ReturnType<typeof compileText>) => result.diagnostics.filter((d) => d.severity === "fout").map((d) => `${d.code} ${d.message}`);

describe("the limits", () => {
  it("are the documented numbers", () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(DEFAULT_YAML_LIMITS).toEqual({ maxNodes: 200_000, maxAliases: 100, maxDepth: 64 });
    expect(EXPRESSION_LIMITS).toEqual({ maxTokens: 1000, maxNesting: 32, maxDepth: 100 });
  });
});

describe("files", () => {
  it("larger than 5 MB are not read", () => {
    const path = join(mkdtempSync(join(tmpdir(), "beleid-groot-")), "groot.policy");
    writeFileSync(path, "taalversie: 1\n" + "# opvulling\n".repeat(500_000));
    expect(errors(compileFile(path))).toEqual([expect.stringMatching(/^BL010 Het bestand ‘.*groot\.policy’ is te groot: \d,\d MB \(de grens is 5,0 MB\)\.$/)]);
  });

  it("larger than 5 MB are refused also when the text is given directly (language server)", () => {
    const result = compileText("groot.policy", "taalversie: 1\n" + "# opvulling\n".repeat(500_000));
    expect(errors(result)).toHaveLength(1);
    expect(result.sources.get("groot.policy")).toBeDefined();
  });
});

describe("YAML", () => {
  it("an alias bomb stops at the number of aliases", () => {
    // Every alias met while expanding counts: 2 + 4 + 8 + … passes 100 long before 2^30.
    const lines = ["taalversie: 1", "soort: gedeeld", "x:", "  a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i <= 30; i++) lines.push(`  a${i}: &a${i} [*a${i - 1}, *a${i - 1}]`);
    expect(errors(compileText("bom.policy", lines.join("\n") + "\n"))).toEqual(["BL010 Het aantal verwijzingen (*alias) is te groot: meer dan 100 (de grens is 100)."]);
  });

  it("a few aliases of a large value stop at the number of values", () => {
    const text = `taalversie: 1\nsoort: gedeeld\na: &a [${Array(10_000).fill("x").join(", ")}]\nb: [${Array(30).fill("*a").join(", ")}]\n`;
    expect(errors(compileText("bom.policy", text))).toEqual(["BL010 Het document is te groot: meer dan 200000 waarden (de grens is 200000 waarden)."]);
  });

  it("more than 100 aliases are refused", () => {
    const lines = ["taalversie: 1", "soort: gedeeld", "a: &a x", "b:"];
    for (let i = 0; i < 101; i++) lines.push("  - *a");
    expect(errors(compileText("aliassen.policy", lines.join("\n") + "\n"))).toEqual(["BL010 Het aantal verwijzingen (*alias) is te groot: meer dan 100 (de grens is 100)."]);
  });

  it("more than 200,000 values without aliases are refused", () => {
    const text = `taalversie: 1\nsoort: gedeeld\nx: [${"x,".repeat(200_001)}]\n`;
    expect(errors(compileText("veel.policy", text))).toEqual(["BL010 Het document is te groot: meer dan 200000 waarden (de grens is 200000 waarden)."]);
  });

  it("nesting deeper than 64 levels is refused; a list in a list deeper than the YAML library can read is BL001", () => {
    const nested = (depth: number) => {
      let text = "taalversie: 1\nsoort: gedeeld\nx:\n";
      let indent = "  ";
      for (let i = 0; i < depth; i++) {
        text += `${indent}a:\n`;
        indent += " ";
      }
      return `${text}${indent}b\n`;
    };
    expect(errors(compileText("diep.policy", nested(60))).filter((e) => e.startsWith("BL010"))).toEqual([]);
    expect(errors(compileText("diep.policy", nested(70)))).toEqual(["BL010 Het document is te groot: meer dan 64 niveaus diep genest (de grens is 64 niveaus)."]);
    const flow = "taalversie: 1\nx: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
    // Brackets are cut at the limit before the yaml library reads them (yamlTree.ts): the same BL010.
    expect(errors(compileText("diep.policy", flow))).toEqual(["BL010 Het document is te groot: meer dan 64 niveaus diep genest (de grens is 64 niveaus)."]);
    // The yaml library's parser overflows its stack on this without catching it itself.
    expect(errors(compileText("diep.policy", "- ".repeat(5000) + "x\n"))).toEqual(["BL001 Het bestand is geen geldige YAML: de waarden zijn te diep in elkaar genest."]);
  });
});

describe("expressions", () => {
  const withCondition = (condition: string) => compile(policyWith(group("g", "randvoorwaarde", rule("r", condition))));

  it.each([
    ["many tokens", Array(600).fill("a").join(" en "), "BL010 De expressie is te groot: 1199 woorden en tekens (de grens is 1000)."],
    ["deep brackets", "(".repeat(33) + "a" + ")".repeat(33), "BL010 De expressie is te groot: 33 niveaus van haakjes, ‘niet’ en ‘-’ in elkaar (de grens is 32 niveaus)."],
    ["a long run of niet", "niet ".repeat(40) + "a", "BL010 De expressie is te groot: 40 niveaus van haakjes, ‘niet’ en ‘-’ in elkaar (de grens is 32 niveaus)."],
    ["a deep tree", Array(150).fill("a").join(" en "), "BL010 De expressie is te groot: meer dan 100 niveaus diep (de grens is 100 niveaus)."],
    ["thousands of brackets", "(".repeat(20_000) + "a" + ")".repeat(20_000), "BL010 De expressie is te groot: 40001 woorden en tekens (de grens is 1000)."],
  ])("too large (%s) is one BL010 on the expression", (_, condition, message) => {
    const result = withCondition(condition);
    expect(errors(result)).toEqual([message]);
    const d = result.diagnostics.find((x) => x.code === "BL010")!;
    expect(result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end)).toBe(condition);
  });

  it("too large after a character the lexer cannot read is still BL010, not a stack overflow", () => {
    // Found by the long fuzz run (npm run fuzz): 390 brackets and a `:`.
    const condition = "(".repeat(390) + ":a" + ")".repeat(390);
    expect(errors(withCondition(condition))).toEqual([
      "BL010 De expressie is te groot: 390 niveaus van haakjes, ‘niet’ en ‘-’ in elkaar (de grens is 32 niveaus).",
      "BL101 Het teken ‘:’ hoort niet in een expressie.",
    ]);
  });

  it("just within the limits compiles, and the evaluator is emitted and formatted", async () => {
    for (const condition of ["(".repeat(32) + "a" + ")".repeat(32), "niet ".repeat(32) + "a", Array(99).fill("a").join(" en "), "y in [" + Array(400).fill("1").join(", ") + "]"]) {
      const result = withCondition(condition);
      expect(errors(result)).toEqual([]);
      await emitPolicy(result.model!, { runtimeImport: "./runtime.js", sourceName: "proef.policy" });
    }
  });
});

describe("provider files", () => {
  it("a JSON line with lists nested thousands deep, or objects, is a refused row, not a crash", async () => {
    const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
    const facts = datasetFacts(model, "fysiotherapie");
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const line = (value: string) => "{" + facts.map((f) => `${JSON.stringify(f.id)}: ${f.type === "verzameling" ? `[${value}, ${value}]` : value}`).join(", ") + "}";
    const rows: ProviderRow[] = [];
    async function* input() {
      yield `${line(deep)}\n${line('{"a": 1}')}\n`;
    }
    for await (const row of readProviderRows(input(), "jsonl", facts)) rows.push(row);
    expect(rows.map((r) => ("problems" in r ? r.problems?.length : 0))).toEqual([facts.length, facts.length]);
    const problems = (row: ProviderRow | undefined) => (row && "problems" in row ? row.problems.map((p) => p.melding) : []);
    const set = facts.find((f) => f.type === "verzameling")!;
    // A JSON line's values are taken as --feiten takes them: the facts schema's words.
    expect(problems(rows[0])).toContain(`‘${set.id}’ bevat een lijst, een lijst, maar mogelijke waarden zijn: ${set.values!.map((v) => JSON.stringify(v)).join(", ")}.`);
    expect(facts[0]).toMatchObject({ type: "getal", unknownReason: expect.any(String) });
    expect(problems(rows[1])).toContainEqual(expect.stringMatching(new RegExp(`^‘${facts[0]!.id}’ moet een getal .*\\(of null als het onbekend is\\), maar is een object\\.$`)));
  });
});
