/**
 * Fuzzing the front end: real .policy files, randomly mutated (characters deleted, lines
 * duplicated or swapped, YAML and expression fragments inserted, fragments that nest repeated
 * up to 3000 times), go through load, parse, check and the static analysis. There must never be an uncaught exception; every problem must be a diagnostic whose
 * span lies inside the file; a file without errors must give a model that the emitter accepts.
 *
 * The budget here is modest; `npm run fuzz` runs the same properties with FUZZ_RUNS (100,000
 * by default, see docs/betrouwbaarheid.md).
 */

import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import * as prettier from "prettier";
import { emitModule, moduleStatements } from "../../compiler/emit/js.js";
import { declarationStatements, emitDeclarations } from "../../compiler/emit/dts.js";
import { layoutJavaScript, layoutTypeScript } from "../../compiler/emit/format.js";
import { findPolicyFiles } from "../../compiler/files.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** FUZZ_SEED repeats a run exactly (fast-check reports the seed of a failing run). */
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
/** The long run (`npm run fuzz`) has no time limit; the suite's budget has one. */
const TIMEOUT = process.env.FUZZ_RUNS ? 0 : RUNS * 20 + 30_000;

const corpus = [...findPolicyFiles(["policies"]).files, ...findPolicyFiles(["test/fixtures"]).files.filter((f) => f.endsWith(".policy"))]
  .map((path) => ({ path, text: readFileSync(path, "utf8") }))
  .filter((f) => f.text.length < 400_000);

const FRAGMENTS = [":", ": ", "- ", "[", "]", "{", "}", "'", '"', "*a", "&a ", "\t", "#", "\n", "  ", "voorwaarde: x >", "voorwaarde: ", "tekst:", "zorgsoorten: alle", "hoofdstuk: ", "en", " of ", "niet", "30%", "€", "2025-02-30", "aandeel(", ")", ",", "ё", "\u2028", "\u0000", "!!binary", "---\n", "? ", "|", ">-", "bij_onbekend: waar", "was: x", "soort: uitsluiting", "factoren: 9", "__proto__: ", "constructor:", "toString", "9999-12-31", "0000-01-01", "eerste_van_volgende_maand(9999-12-15)", "plus_dagen(2026-01-01, 99999999)"];

type Mutation =
  | { kind: "delete"; at: number; length: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "duplicateLine"; line: number }
  | { kind: "swapLines"; a: number; b: number }
  | { kind: "indent"; line: number; by: number }
  | { kind: "repeat"; at: number; text: string; times: number };

/** Fragments that nest when repeated: deep brackets, runs of `niet`, deep YAML. */
const NESTING = ["(", "[", "niet ", "-", "a en ", "x + ", "{a: ", "- ", "  a:\n", "*a ", "&a "];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant("duplicateLine" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("swapLines" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("indent" as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant("repeat" as const), at: fc.nat(), text: fc.constantFrom(...NESTING), times: fc.integer({ min: 1, max: 3000 }) }),
);

function apply(text: string, m: Mutation): string {
  const lines = text.split("\n");
  switch (m.kind) {
    case "delete": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case "insert": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "duplicateLine": {
      const i = m.line % lines.length;
      lines.splice(i, 0, lines[i] as string);
      return lines.join("\n");
    }
    case "swapLines": {
      const a = m.a % lines.length;
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
      return lines.join("\n");
    }
    case "repeat": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text.repeat(m.times) + text.slice(at);
    }
    case "indent": {
      const i = m.line % lines.length;
      const line = lines[i] as string;
      lines[i] = m.by > 0 ? " ".repeat(m.by) + line : line.slice(Math.min(-m.by, line.length - line.trimStart().length));
      return lines.join("\n");
    }
  }
}

export function checkMutant(path: string, text: string): void {
  const result = compileText(path, text, { readText: (p) => readFileSync(p, "utf8") });
  for (const d of result.diagnostics) {
    const source = result.sources.get(d.span.file);
    expect(source, `diagnostic in an unknown file: ${d.span.file}`).toBeDefined();
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
    expect(d.span.end).toBeLessThanOrEqual(source?.text.length ?? 0);
    expect(d.message.length).toBeGreaterThan(0);
  }
  if (!hasErrors(result.diagnostics)) {
    expect(result.model).toBeDefined();
    emitModule(result.model!, { runtimeImport: "./runtime.js", sourceName: path });
    emitDeclarations(result.model!, { runtimeImport: "./runtime.js", sourceName: path });
  }
}

describe("fuzzing .policy files", () => {
  it("mutated policies never crash the compiler and all problems are diagnostics", () => {
    fc.assert(
      fc.property(fc.nat({ max: corpus.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (index, mutations) => {
        const file = corpus[index] as { path: string; text: string };
        const text = mutations.reduce(apply, file.text);
        checkMutant(file.path, text);
      }),
      { numRuns: RUNS, ...SEED },
    );
  }, TIMEOUT);

  it("the layout of the evaluator and declarations of a mutated policy is prettier's", async () => {
    // Small files only: prettier formats the whole module to compare.
    const small = corpus.filter((f) => f.text.length < 20_000);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: small.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (index, mutations) => {
        const file = small[index] as { path: string; text: string };
        const result = compileText(file.path, mutations.reduce(apply, file.text), { readText: (p) => readFileSync(p, "utf8") });
        if (hasErrors(result.diagnostics) || !result.model || result.model.careTypes.length === 0) return;
        const options = { runtimeImport: "./runtime.js", sourceName: file.path };
        const formatted = { printWidth: 100, trailingComma: "all", parser: "babel" } as const;
        expect(await layoutJavaScript(moduleStatements(result.model, options))).toBe(await prettier.format(emitModule(result.model, options), formatted));
        expect(await layoutTypeScript(declarationStatements(result.model, options))).toBe(await prettier.format(emitDeclarations(result.model, options), { ...formatted, parser: "typescript" }));
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 10)), ...SEED },
    );
  }, TIMEOUT);

  it("random bytes never crash the compiler", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => checkMutant("willekeurig.policy", text)),
      { numRuns: Math.max(100, Math.floor(RUNS / 3)), ...SEED },
    );
  }, TIMEOUT);
});
