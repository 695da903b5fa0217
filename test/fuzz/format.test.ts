/**
 * Fuzzing fmt's breaking of long expressions on the real policies: a rule's condition is
 * replaced by a long one made of conditions of the same file joined with `en` and `of`, written
 * on one line, as an author would before running fmt. fmt must break it (idempotently), the
 * policy must compile to the same model with the same diagnostics before and after, and a
 * mistake put into any line of the broken condition (a fact that does not exist) must be
 * reported exactly there: the diagnostic's span covers that name, on that line.
 *
 * `npm run fuzz` runs it longer (FUZZ_RUNS).
 */

import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { formatPolicyText, LINE_WIDTH } from "../../compiler/format/formatPolicy.js";
import { expressionLexer } from "../../grammar/tokens.js";
import { stripSpans } from "../helpers.js";
import { comparableModel } from "../format/comparableModel.js";

const RUNS = Math.max(10, Math.floor(Number(process.env.FUZZ_RUNS ?? 300) / 30));
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {};
const TIMEOUT = process.env.FUZZ_RUNS ? 0 : RUNS * 4_000 + 30_000;

/** A condition written plain on one line, that YAML reads as written. */
const CONDITION = /^( +)voorwaarde: ([a-z(][^#]*)$/;

// Each policy as fmt writes it, so that the long condition is all fmt changes.
const corpus = findPolicyFiles(["policies"])
  .files.map((path) => ({ path, text: formatPolicyText(readFileSync(path, "utf8"), path).text }))
  .map((file) => ({ ...file, conditions: file.text.split("\n").flatMap((line, index) => (CONDITION.test(line) && !/: /.test(line.replace(/^ +voorwaarde: /, "")) ? [index] : [])) }))
  .filter((file) => file.conditions.length >= 3);

const read = (path: string) => readFileSync(path, "utf8");

describe("fmt breaks long conditions of the policies", () => {
  it("keeps the model and the diagnostics, and a mistake in any line is reported at its place", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("en", "of")), { minLength: 3, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (fileIndex, target, parts, lineChoice, tokenChoice) => {
          const file = corpus[fileIndex % corpus.length]!;
          const lines = file.text.split("\n");
          const at = file.conditions[target % file.conditions.length]!;
          const [, indent] = CONDITION.exec(lines[at]!)!;
          const conditionOf = (index: number) => CONDITION.exec(lines[index]!)![2]!.trim();
          const long = parts.map(([pick, operator], i) => `${i === 0 ? "" : ` ${operator} `}(${conditionOf(file.conditions[pick % file.conditions.length]!)})`).join("");
          fc.pre(`${indent}voorwaarde: ${long}`.length > LINE_WIDTH);
          lines[at] = `${indent}voorwaarde: ${long}`;
          const written = lines.join("\n");

          const formatted = formatPolicyText(written, file.path);
          expect(formatted.diagnostics).toEqual([]);
          expect(formatted.changed).toBe(true);
          expect(formatPolicyText(formatted.text, file.path).text).toBe(formatted.text);
          const before = compileText(file.path, written, { readText: read });
          const after = compileText(file.path, formatted.text, { readText: read });
          expect(after.diagnostics.map((d) => `${d.code} ${d.message}`).sort()).toEqual(before.diagnostics.map((d) => `${d.code} ${d.message}`).sort());
          expect(comparableModel(after.model)).toEqual(comparableModel(before.model));

          // The broken condition: its header at line `at`, its lines below, deeper indented. The
          // parentheses around each part can be superfluous; without them the condition may fit
          // on its line after all, and then it stays there.
          const out = formatted.text.split("\n");
          if (out[at] !== `${indent}voorwaarde: >-`) {
            expect(out[at]!.length).toBeLessThanOrEqual(LINE_WIDTH);
            return;
          }
          const block: number[] = [];
          for (let i = at + 1; out[i]?.startsWith(`${indent}  `); i++) block.push(i);
          expect(block.length).toBeGreaterThan(1);
          expect(stripSpans(after.diagnostics)).toEqual(stripSpans(before.diagnostics));

          // A name that does not exist, in place of a name in one of its lines.
          const lineIndex = block[lineChoice % block.length]!;
          const line = out[lineIndex]!;
          const names = expressionLexer
            .tokenize(line)
            .tokens.filter((token, i, all) => token.tokenType.name === "Identifier" && all[i - 1]?.image !== "." && all[i + 1]?.image !== "(");
          fc.pre(names.length > 0);
          const name = names[tokenChoice % names.length]!;
          const wrong = "onbekend_feit_x";
          out[lineIndex] = line.slice(0, name.startOffset) + wrong + line.slice(name.startOffset + name.image.length);
          const mistaken = out.join("\n");
          const result = compileText(file.path, mistaken, { readText: read });
          const unknown = result.diagnostics.filter((d) => d.code === "BL201" && d.span.file === file.path);
          expect(unknown.length).toBeGreaterThan(0);
          const lineStart = out.slice(0, lineIndex).reduce((sum, l) => sum + l.length + 1, 0);
          for (const d of unknown) {
            expect(mistaken.slice(d.span.start, d.span.end)).toBe(wrong);
            expect(d.span.start).toBe(lineStart + name.startOffset);
          }
        },
      ),
      { numRuns: RUNS, ...SEED },
    );
  }, TIMEOUT);
});
