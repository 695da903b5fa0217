/**
 * The layout of generated modules (compiler/emit/layout.ts) against prettier itself: for every
 * policy in the repository that compiles (the policies and the test fixtures), the module laid
 * out by beleid is byte for byte what prettier makes of the same source; and the parentheses
 * of compiled expressions (compiler/emit/precedence.ts) are the ones prettier prints.
 */

import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { layoutJavaScript, formatTypeScript } from "../../compiler/emit/format.js";
import { emitDeclarations } from "../../compiler/emit/dts.js";
import { emitModule, moduleStatements } from "../../compiler/emit/js.js";
import { atom, binary, conditional, negate, not, type BinaryOperator, type Js } from "../../compiler/emit/precedence.js";

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

  it("declarations: babel's TypeScript parser formats them as prettier's typescript parser does", async () => {
    for (const { path, model } of compiled.filter((c) => c.path.startsWith("policies"))) {
      const source = emitDeclarations(model, { runtimeImport: "../../runtime/index.js", sourceName: path });
      expect(await formatTypeScript(source), path).toBe(await prettier.format(source, { ...OPTIONS, parser: "typescript" }));
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
  it("for random expressions", async () => {
    const samples = fc.sample(jsArbitrary, { numRuns: 3000, seed: 2026 });
    const source = samples.map((e) => `x = ${e.code};`).join("\n") + "\n";
    // prettier keeps one statement per line when there is room; every line must come back unchanged.
    expect(await prettier.format(source, { ...OPTIONS, printWidth: 10_000 })).toBe(source);
  });
});
