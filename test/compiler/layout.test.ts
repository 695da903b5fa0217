/**
 * The layout of generated modules and declarations (compiler/emit/layout.ts) against prettier
 * itself: for every policy in the repository that compiles (the policies and the test
 * fixtures), what beleid lays out is byte for byte what prettier makes of the same source; and
 * the parentheses of compiled expressions (compiler/emit/precedence.ts) are the ones prettier
 * prints.
 */

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { layoutJavaScript, layoutTypeScript } from "../../compiler/emit/format.js";
import { declarationStatements, emitDeclarations } from "../../compiler/emit/dts.js";
import { emitModule, moduleStatements } from "../../compiler/emit/js.js";
import { layoutModule, sourceOf, type Statement } from "../../compiler/emit/layout/index.js";
import { layoutStatement } from "../../compiler/emit/layout/lines.js";
import { atom, binary, chain, conditional, negate, not, type BinaryOperator, type Js } from "../../compiler/emit/precedence.js";

const OPTIONS = { printWidth: 100, trailingComma: "all", parser: "babel" } as const;

function policyFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return policyFiles(path);
    return name.endsWith(".policy") ? [path] : [];
  });
}

const compiled = [...policyFiles("policies"), ...policyFiles("test")].flatMap((path) => {
  const model = compileFile(path).model;
  return model && model.careTypes.length > 0 ? [{ path, model }] : [];
});

describe("the layout of a generated module is prettier's", () => {
  it("covers the policies and a good part of the fixtures", () => {
    expect(compiled.length).toBeGreaterThan(30);
  });

  it.each(compiled.map((c) => [c.path, c.model] as const))("%s", async (path, model) => {
    const options = { runtimeImport: "../../runtime/index.js", sourceName: path };
    const expected = await prettier.format(emitModule(model, options), OPTIONS);
    expect(await layoutJavaScript(moduleStatements(model, options))).toBe(expected);
  });

  it.each(compiled.map((c) => [c.path, c.model] as const))("declarations of %s", async (path, model) => {
    const options = { runtimeImport: "../../runtime/index.js", sourceName: path };
    // prettier's own TypeScript parser: what is left to prettier goes through babel's, which must agree.
    const expected = await prettier.format(emitDeclarations(model, options), { ...OPTIONS, parser: "typescript" });
    expect(await layoutTypeScript(declarationStatements(model, options))).toBe(expected);
  });

  it("what is left to prettier of the declarations comes out of babel's TypeScript parser as out of prettier's", async () => {
    for (const { path, model } of compiled.filter((c) => c.path.startsWith("policies"))) {
      const source = emitDeclarations(model, { runtimeImport: "../../runtime/index.js", sourceName: path });
      expect(await prettier.format(source, { ...OPTIONS, parser: "babel-ts" }), path).toBe(await prettier.format(source, { ...OPTIONS, parser: "typescript" }));
    }
  });
});

const OPERATORS: BinaryOperator[] = ["??", "||", "&&", "===", "!==", "<", ">", "<=", ">=", "in", "+", "-", "*", "/"];

const jsArbitrary: fc.Arbitrary<Js> = fc.letrec<{ js: Js }>((tie) => ({
  js: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("a", "b", "feiten.x", "f(c)", "1", "null").map(atom),
    fc.tuple(fc.constantFrom(...OPERATORS), tie("js"), tie("js")).map(([op, l, r]) => binary(op, l, r)),
    tie("js").map(not),
    tie("js").map(negate),
    fc.tuple(tie("js"), tie("js"), tie("js")).map(([t, c, a]) => conditional(t, c, a)),
  ),
})).js;

describe("compiled expressions have prettier's parentheses", () => {
  it("a chain written in one go is the chain built one operator at a time", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPERATORS), fc.array(jsArbitrary, { maxLength: 6 }), (op, operands) => {
        const [first, ...rest] = operands;
        const folded = first === undefined ? atom("true") : rest.reduce((acc, e) => binary(op, acc, e), first);
        expect(chain(op, operands, atom("true"))).toEqual(folded);
      }),
      { numRuns: 2000, seed: 2026 },
    );
  });

  it("for random expressions", async () => {
    const samples = fc.sample(jsArbitrary, { numRuns: 3000, seed: 2026 });
    const source = samples.map((e) => `x = ${e.code};`).join("\n") + "\n";
    // prettier keeps one statement per line when there is room; every line must come back unchanged.
    expect(await prettier.format(source, { ...OPTIONS, printWidth: 10_000 })).toBe(source);
  });
});

/** A random condition over the facts of test/fixtures/kenmerken/kenmerken.policy, in the policy language. */
const conditionArbitrary: fc.Arbitrary<string> = fc.letrec<{ condition: string; number: string }>((tie) => ({
  number: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom("fte", "opleidingsplekken", "wachttijd", "12", "1500"),
    fc.tuple(tie("number"), fc.constantFrom("+", "-", "*"), tie("number")).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(tie("number"), tie("number")).map(([a, b]) => `max(${a}, ${b})`),
    fc.tuple(tie("condition"), tie("number"), tie("number")).map(([c, a, b]) => `als(${c}, ${a}, ${b})`),
  ),
  condition: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom("ontheffing", "gecontracteerd_2025", "startdatum < 2025-01-01", "(fte + 1) in [1, 2, 3]", "aandeel_loondienst >= 50%", "omzet * 10% > € 1000", "plus_maanden(startdatum, 6) > 2025-09-01", "fte tussen 1 en 20", `regio in ["noord", "midden"]`, `regio niet in ["zuid"]`, `certificaten bevat "ISO-certificaat"`, "omzet tussen € 10000 en € 5000000"),
    fc.tuple(tie("number"), fc.constantFrom(">", ">=", "<", "<=", "=", "≠"), tie("number")).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie("condition").map((c) => `niet (${c})`),
    fc.tuple(tie("condition"), fc.constantFrom("en", "of"), tie("condition")).map(([a, op, b]) => `(${a}) ${op} (${b})`),
  ),
})).condition;

describe("the layout of random conditions is prettier's", () => {
  // Two fixtures: the language features, and the same with very long names (lines that must break) and unusual texts.
  const LONG_NAMES: Record<string, string> = {
    opleidingsplekken: "aantal_opleidingsplekken_voor_kraamverzorgenden_in_opleiding_bij_de_praktijk",
    wachttijd: "gemiddelde_wachttijd_in_werkdagen_tussen_aanmelding_en_eerste_behandeling",
    omzet: "omzét",
  };
  const fixtures = [
    { path: "test/fixtures/kenmerken/kenmerken.policy", rename: (text: string) => text },
    { path: "test/fixtures/opmaak/lange-namen.policy", rename: (text: string) => text.replace(/\b(opleidingsplekken|wachttijd|omzet)\b/g, (name) => LONG_NAMES[name] as string) },
  ];
  // Four rules of different kinds get a random condition: a randvoorwaarde, a differentiatiefactor, a benaderingsvoorwaarde and a benaderingsuitsluiting.
  const replaced = ['voorwaarde: regio niet in ["zuid"]', "voorwaarde: opleidingsplekken >= max(1, naar_boven(fte / 20))", "voorwaarde: gecontracteerd_2025 en voorwaarden_voldaan", "voorwaarde: plus_maanden(startdatum, 6) > 2025-09-01"];

  it.each(fixtures)("in the evaluator of $path", async ({ path, rename }) => {
    // The date rule's own bij_onbekend goes: every replaced condition gets one.
    const text = readFileSync(path, "utf8").replace(/(voorwaarde: plus_maanden\(startdatum, 6\) > 2025-09-01\n)(?: *#.*\n)? *bij_onbekend: waar\n/, "$1");
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.tuple(conditionArbitrary, conditionArbitrary, conditionArbitrary, conditionArbitrary), async (conditions) => {
        const policy = replaced.reduce((t, line, i) => t.replace(rename(line), rename(`voorwaarde: ${conditions[i]}\n        bij_onbekend: onwaar`)), text);
        const result = compileText(path, policy, { readText: (p) => readFileSync(p, "utf8") });
        if (!result.model) return;
        compared++;
        const options = { runtimeImport: "../../runtime/index.js", sourceName: path };
        expect(await layoutJavaScript(moduleStatements(result.model, options))).toBe(await prettier.format(emitModule(result.model, options), OPTIONS));
      }),
      { numRuns: Number(process.env.LAYOUT_RUNS ?? 60), seed: Number(process.env.LAYOUT_SEED ?? 2026) },
    );
    // Most random conditions are well typed, so most runs compare.
    expect(compared).toBeGreaterThan(Number(process.env.LAYOUT_RUNS ?? 60) * 0.6);
  });
});

describe("statements left to prettier", () => {
  it("keep their plain source when prettier cannot format them (its stack overflows on a chain of thousands of rules), the others are formatted", async () => {
    const long = "x".repeat(90);
    const statements: Statement[] = [
      { kind: "code", text: `const a = f("${long}", 1);` },
      { kind: "code", text: `const kapot = g("${long}") &&\nh("${long}");` },
    ];
    const format = async (source: string, printWidth: number) => {
      if (source.includes("kapot")) throw new RangeError("Maximum call stack size exceeded");
      return prettier.format(source, { ...OPTIONS, printWidth });
    };
    const formattedA = await prettier.format(`const a = f("${long}", 1);`, OPTIONS);
    expect(await layoutModule(statements, format)).toBe(`${formattedA}const kapot = g("${long}") &&\n  h("${long}");\n`);
  });

  it("come back in their place, also one that holds the separator between statements itself", async () => {
    const long = "x".repeat(90);
    const statements: Statement[] = [
      { kind: "code", text: `const a = f("${long}", "// @beleid-layout-separator");` },
      { kind: "block", head: "function g()", body: [{ kind: "code", text: `return h("${long}", b);` }, { kind: "code", text: `return h("${long}", c);` }] },
      { kind: "code", text: `const d = f("${long}", 2);` },
    ];
    const format = (source: string, printWidth: number) => prettier.format(source, { ...OPTIONS, printWidth });
    expect(await layoutModule(statements, format)).toBe(await prettier.format(sourceOf(statements), OPTIONS));
  });
});

describe("the layout with longer names is prettier's", () => {
  // Every name of a fact, rule and care type made longer, so that lines that fitted must break.
  const fixtures = compiled.filter((c) => c.path.startsWith("test/fixtures"));

  it.each(fixtures.map((c) => [c.path, c.model] as const))("%s", async (path, model) => {
    const ids = [...model.facts.map((f) => f.id), ...model.rules.map((r) => r.id), ...model.careTypes.map((c) => c.id)].filter((id) => /^[a-z_][a-z0-9_]*$/.test(id) && id.length > 3);
    for (const extra of [14, 38]) {
      const text = readFileSync(path, "utf8").replace(new RegExp(`\\b(${ids.join("|")})\\b`, "g"), (id) => `${id}_${"verlengd".repeat(5).slice(0, extra)}`);
      const result = compileText(path, text, { readText: (p) => readFileSync(p, "utf8") });
      if (!result.model) continue;
      const options = { runtimeImport: "../../runtime/index.js", sourceName: path };
      expect(await layoutJavaScript(moduleStatements(result.model, options)), `${extra}`).toBe(await prettier.format(emitModule(result.model, options), OPTIONS));
      expect(await layoutTypeScript(declarationStatements(result.model, options)), `${extra}`).toBe(await prettier.format(emitDeclarations(result.model, options), { ...OPTIONS, parser: "typescript" }));
    }
  });
});

describe("the statements that make up most of a module are laid out without prettier", () => {
  // Sent to prettier they were most of a cold build's formatting (246 kB of 13 policies' modules).
  const policies = compiled.filter((c) => c.path.startsWith("policies"));
  const options = { runtimeImport: "../../runtime/index.js", sourceName: "x" };
  const statements = (list: readonly Statement[]): Statement[] => list.flatMap((s) => (s.kind === "block" ? statements(s.body) : [s]));

  it.each(policies.map((c) => [c.path, c.model] as const))("%s: FEITEN and REGELS in the declarations, the explanation's call in the module", (_path, model) => {
    const declared = declarationStatements(model, options).filter((s) => s.kind === "member" && /^export declare const (FEITEN|REGELS)$/.test(s.key));
    const explained = statements(moduleStatements(model, options)).filter((s) => s.kind === "return" && s.value.kind === "call" && s.value.callee.endsWith(".verklaar"));
    expect(declared).toHaveLength(2);
    expect(explained.length).toBeGreaterThan(0);
    for (const s of [...declared, ...explained]) expect(() => layoutStatement(s as Exclude<Statement, { kind: "lines" | "block" }>, s.kind === "return" ? 2 : 0)).not.toThrow();
  });
});
