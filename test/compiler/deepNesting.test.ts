/**
 * Brackets nested far past the limit (a megabyte of `[`) are told as BL010 at the first bracket
 * too deep, as soon as the reader gets there: before, the yaml library took minutes and a
 * gigabyte (or overflowed its stack, which stopped the language server) before the depth was
 * found. No timing assertions: these simply finish quickly.
 */

import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { readYamlTree } from "../../compiler/load/yamlTree.js";
import { readPolicyYaml } from "../../compiler/load/simpleYaml.js";
import { Workspace } from "../../compiler/lsp/analysis.js";

const HEAD = "taalversie: 1\nx: ";
/** Offset of the 65th bracket: one level past the limit of 64 (the map `x` is in is level 0). */
const TOO_DEEP_AT = HEAD.length + 64;

function tooDeep(diagnostics: readonly { code: string; message: string; span: { start: number; end: number } }[]) {
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  expect(d!.code).toBe("BL010");
  expect(d!.message).toBe("Het document is te groot: meer dan 64 niveaus diep genest (de grens is 64 niveaus).");
  return d!.span;
}

describe("deeply nested brackets", () => {
  it("a million unclosed ‘[’: BL010 at the 65th, running to the end", () => {
    const text = HEAD + "[".repeat(1_000_000) + "\n";
    const span = tooDeep(readPolicyYaml("diep.policy", text).diagnostics);
    expect(span).toEqual({ file: "diep.policy", start: TOO_DEEP_AT, end: text.length });
  });

  it("a million closed ‘[’: BL010 at the 65th, up to its own ‘]’", () => {
    const text = HEAD + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "\n";
    const span = tooDeep(readYamlTree("diep.policy", text).diagnostics);
    expect(span).toEqual({ file: "diep.policy", start: TOO_DEEP_AT, end: text.length - 1 - 64 });
  });

  it("the same diagnostic as for a nesting the yaml library reads whole (maps, lines, quotes)", () => {
    for (const [text, start] of [
      [HEAD + "[".repeat(100) + "]".repeat(100) + "\n", TOO_DEEP_AT],
      [HEAD + "{a: ".repeat(100) + "}".repeat(100) + "\n", HEAD.length + 64 * 4],
      [HEAD + "[\n" + "  [\n".repeat(80) + "  ]\n".repeat(80) + "]\n", HEAD.length + 2 + 63 * 4 + 2],
      // Brackets in quotes and a plain text are not nesting; the list under `c` is level 3.
      ["a:\n  b:\n    - c: " + "[ 'x[', \"[\", ".repeat(80) + "]".repeat(80) + "\n", undefined],
    ] as const) {
      const tree = readYamlTree("diep.policy", text);
      const d = tooDeep(tree.diagnostics);
      if (start !== undefined) expect(d.start).toBe(start);
      expect(text.charAt(d.start)).toMatch(start === undefined ? /'/ : /[[{]/);
      if (start === undefined) expect(text.slice(d.start, d.end)).toBe("'x['");
    }
  });

  it("100,000 unclosed ‘[’ through check and the language server's analysis", () => {
    const text = `${HEAD}[${"[".repeat(100_000)}`;
    const checked = compileText("diep.policy", text);
    expect(checked.diagnostics.map((d) => [d.code, d.span.start])).toEqual([["BL010", TOO_DEEP_AT]]);
    const analysis = new Workspace(() => undefined).analyse("diep.policy", text);
    expect(analysis.result.diagnostics.map((d) => [d.code, d.span.start])).toEqual([["BL010", TOO_DEEP_AT]]);
  });

  it("300,000 times ‘a: ’ on one line: the colon in the value once, not every colon after it", () => {
    const text = `taalversie: 1\nx: ${"a: ".repeat(300_000)}\n`;
    const told = readPolicyYaml("diep.policy", text).diagnostics;
    expect(told[0]).toMatchObject({ code: "BL001", span: { start: HEAD.length + 1 } });
    expect(told[0]!.message).toContain("de waarde van ‘x’ bevat een dubbele punt met een spatie erna (na ‘a’)");
    // What may follow is yaml's stack giving out on the nesting it makes of it, said once.
    expect(told.slice(1).map((d) => d.message)).toEqual(told.length > 1 ? ["Het bestand is geen geldige YAML: de waarden zijn te diep in elkaar genest."] : []);
  });

  it("leaves brackets in texts and shallow nesting alone", () => {
    expect(readYamlTree("a.policy", `x: a ${"[".repeat(100)}\n`).diagnostics).toEqual([]);
    expect(readYamlTree("a.policy", `x: '${"[".repeat(100)}'\n`).diagnostics).toEqual([]);
    expect(readYamlTree("a.policy", `x: ${"[".repeat(60)}${"]".repeat(60)}\n`).diagnostics).toEqual([]);
    expect(readYamlTree("a.policy", `# ${"[".repeat(100)}\nx: 1\n`).diagnostics).toEqual([]);
  });
});
