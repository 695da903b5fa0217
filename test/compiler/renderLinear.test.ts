/**
 * Rendering many diagnostics in a large file takes work in proportion to the number of
 * diagnostics, not to diagnostics × file size (40,000 warnings in a file of 4.4 MB took more
 * than five minutes), and the frames are the same bytes as code frame makes from the whole file.
 */

import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { renderDiagnostic, renderDiagnostics } from "../../compiler/diagnostics/render.js";
import type { Diagnostic } from "../../compiler/diagnostics/diagnostic.js";
import { SourceFiles } from "../../compiler/span.js";

const { codeFrameColumns } = createRequire(import.meta.url)("@babel/code-frame") as typeof import("@babel/code-frame");

function policyWithFacts(count: number): string {
  let text = "feiten:\n";
  for (let i = 0; i < count; i++) text += `  feit_${i}:\n    type: ja/nee\n    omschrijving: Feit nummer ${i}.\n`;
  return text;
}

function unusedFactWarnings(file: string, text: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const match of text.matchAll(/feit_\d+/g)) {
    found.push({ code: "BL405", severity: "waarschuwing", message: `Het feit ‘${match[0]}’ wordt nergens gebruikt.`, span: { file, start: match.index, end: match.index + match[0].length } });
  }
  return found;
}

/** Characters of text split into parts while `run` runs: the work of finding lines. */
function splitWork(run: () => void): number {
  const original = String.prototype.split;
  let work = 0;
  String.prototype.split = function (this: string, ...args: Parameters<typeof original>) {
    work += this.length;
    return original.apply(this, args);
  } as typeof original;
  try {
    run();
  } finally {
    String.prototype.split = original;
  }
  return work;
}

describe("rendering many diagnostics", () => {
  it("does work in proportion to the diagnostics, not to diagnostics × file size", () => {
    const work = (count: number) => {
      const sources = new SourceFiles();
      const text = policyWithFacts(count);
      sources.add("veel.policy", text);
      const diagnostics = unusedFactWarnings("veel.policy", text);
      expect(diagnostics).toHaveLength(count);
      return splitWork(() => renderDiagnostics(diagnostics, sources));
    };
    const n = work(4_000);
    const twice = work(8_000);
    // Each frame splits only its own three lines (some hundred characters).
    expect(n / 4_000).toBeLessThan(400);
    expect(twice / n).toBeLessThan(2.5);
  });

  it("gives the same frames as code frame over the whole file, with colour and without", () => {
    const text = policyWithFacts(1_200) + "laatste regel zonder einde";
    const sources = new SourceFiles();
    sources.add("veel.policy", text);
    const source = sources.get("veel.policy")!;
    const lines = text.split("\n");
    const picks = unusedFactWarnings("veel.policy", text).filter((_, i) => i < 5 || i % 97 === 0 || i > 1_195);
    picks.push({ code: "BL001", severity: "fout", message: "Einde.", span: { file: "veel.policy", start: text.length - 5, end: text.length } });
    // Lines 9, 10, 99, 100, 999 and 1000 change the width of the gutter.
    for (const line of [8, 9, 10, 11, 99, 100, 101, 999, 1000, 1001]) {
      const at = lines.slice(0, line - 1).join("\n").length + 1;
      picks.push({ code: "BL001", severity: "fout", message: "Hier.", span: { file: "veel.policy", start: at + 2, end: at + 4 } });
    }
    for (const colour of [false, true]) {
      for (const d of picks) {
        const start = source.positionOf(d.span.start);
        const end = source.positionOf(d.span.end);
        const location = end.column > start.column ? { start, end } : { start, end: { line: start.line, column: start.column + 1 } };
        const whole = codeFrameColumns(text, location, { highlightCode: false, forceColor: colour, linesAbove: 1, linesBelow: 1 });
        const rendered = renderDiagnostic(d, sources, { colour });
        expect(rendered.split("\n").slice(1).join("\n")).toBe(whole);
      }
    }
  });

  it("with perCode, shows that many of each code and counts the rest", () => {
    const sources = new SourceFiles();
    const text = policyWithFacts(5);
    sources.add("veel.policy", text);
    const warnings = unusedFactWarnings("veel.policy", text);
    const error: Diagnostic = { code: "BL001", severity: "fout", message: "Fout.", span: { file: "veel.policy", start: 0, end: 1 } };
    const all = [error, ...warnings];
    expect(renderDiagnostics(all, sources)).toBe(all.map((d) => renderDiagnostic(d, sources)).join("\n\n"));
    const parts = renderDiagnostics(all, sources, { colour: false, perCode: 2 }).split("\n\n");
    expect(parts.slice(0, 3)).toEqual([error, warnings[0]!, warnings[1]!].map((d) => renderDiagnostic(d, sources)));
    expect(parts.slice(3)).toEqual(["Nog 3 waarschuwingen BL405 zoals hierboven worden niet getoond."]);
    expect(renderDiagnostics(all, sources, { colour: false, perCode: 4 }).split("\n\n").at(-1)).toBe("Nog 1 waarschuwing BL405 zoals hierboven wordt niet getoond.");
  });
});
