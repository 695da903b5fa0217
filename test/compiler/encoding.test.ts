/**
 * The load stage reads only UTF-8 (BL013): a byte that is not UTF-8 is reported at its line
 * and column instead of being read as U+FFFD, a UTF-16 file is named as such, and the
 * formatter refuses what the load stage refuses as a whole (an empty file, a list), with the
 * same diagnostic as `beleid check` instead of BL701.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { decodePolicyBytes } from "../../compiler/load/loadPolicy.js";
import { runTestFiles } from "../../compiler/testing/index.js";
import { SourceFiles } from "../../compiler/span.js";

const bytes = (...parts: (string | number[])[]): Uint8Array => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

/** Where decoding stops, as line:column in the text shown in the code frame, and the reason. */
function problemOf(input: Uint8Array): { at: string; message: string; shown: string } | undefined {
  const decoded = decodePolicyBytes("x.policy", input);
  if (!decoded.problem) return undefined;
  const sources = new SourceFiles();
  const source = sources.add("x.policy", decoded.text);
  const { line, column } = source.positionOf(decoded.problem.span.start);
  return { at: `${line}:${column}`, message: decoded.problem.message, shown: decoded.text };
}

describe("decoding a policy file's bytes", () => {
  it("accepts UTF-8, with or without byte order mark, and keeps the mark in the text", () => {
    expect(decodePolicyBytes("x.policy", bytes("titel: Financiële zaken €\n"))).toEqual({ text: "titel: Financiële zaken €\n" });
    expect(decodePolicyBytes("x.policy", bytes([0xef, 0xbb, 0xbf], "a: b\n"))).toEqual({ text: "\uFEFFa: b\n" });
  });

  it("points at the first byte that is not UTF-8, after multi-byte letters and a byte order mark", () => {
    const latin1 = problemOf(bytes([0xef, 0xbb, 0xbf], "taalversie: 1\ntitel: Financiële ", [0x63, 0x61, 0x66, 0xe9], " zaken\n"));
    expect(latin1?.at).toBe("2:22");
    expect(latin1?.message).toBe("Het bestand ‘x.policy’ is geen tekst in UTF-8: op deze plek staat de byte E9, die hier in UTF-8 niet kan staan (in de oudere codering Windows-1252 is dat ‘é’).");
    expect(latin1?.shown).toBe("taalversie: 1\ntitel: Financiële caf\uFFFD zaken\n");
  });

  it("finds a sequence cut off at the end, an overlong form and a surrogate", () => {
    expect(problemOf(bytes("a: b\nc: ", [0xe2, 0x82]))?.at).toBe("2:4");
    expect(problemOf(bytes("a: ", [0xc0, 0x80]))?.at).toBe("1:4");
    expect(problemOf(bytes("a: bc", [0xed, 0xa0, 0x80]))?.at).toBe("1:6");
    // A byte without a letter in Windows-1252 is only named.
    expect(problemOf(bytes("a: ", [0x81]))?.message).toBe("Het bestand ‘x.policy’ is geen tekst in UTF-8: op deze plek staat de byte 81, die hier in UTF-8 niet kan staan.");
  });

  it("names UTF-16 (both byte orders) at the start, and shows the text without NUL bytes", () => {
    for (const encoded of [Buffer.from("\uFEFFtitel: é\n", "utf16le"), Buffer.from("\uFEFFtitel: é\n", "utf16le").swap16()]) {
      const problem = problemOf(encoded);
      expect(problem?.at).toBe("1:1");
      expect(problem?.message).toBe("Het bestand ‘x.policy’ is geen tekst in UTF-8: het is opgeslagen als UTF-16 (in Kladblok heet dat ‘Unicode’).");
      expect(problem?.shown).toBe("titel: é\n");
    }
  });

  it("refuses a NUL byte (UTF-16 without byte order mark, or not text at all)", () => {
    const problem = problemOf(Buffer.from("titel: x\n", "utf16le"));
    expect(problem?.at).toBe("1:2");
    expect(problem?.message).toContain("nulbyte");
  });
});

describe("line ends", () => {
  it("reads a file with only carriage returns (old Mac) as lines, with the same model and positions", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-cr-"));
    const lf = readFileSync("test/fixtures/diagnostics/BL406/invoer.policy", "utf8");
    writeFileSync(join(dir, "lf.policy"), lf);
    writeFileSync(join(dir, "cr.policy"), lf.replace(/\n/g, "\r"));
    const [a, b] = [compileFile(join(dir, "lf.policy")), compileFile(join(dir, "cr.policy"))];
    expect(b.diagnostics.map((d) => [d.code, d.span.start])).toEqual(a.diagnostics.map((d) => [d.code, d.span.start]));
    expect(b.model?.rules.map((r) => r.id)).toEqual(a.model?.rules.map((r) => r.id));
    expect(b.model).toBeDefined();
  });
});

describe("BL013 from the load stage", () => {
  const dir = mkdtempSync(join(tmpdir(), "beleid-codering-"));
  const shared = readFileSync("policies/algemeen/2026.policy", "utf8");

  it("is reported by check instead of reading U+FFFD, with the hint", () => {
    const path = join(dir, "latin1.policy");
    writeFileSync(path, Buffer.from("taalversie: 1\ntitel: Caf\xe9\n", "latin1"));
    const result = compileFile(path);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(["BL013"]);
    expect(result.diagnostics[0]?.hint).toBe("Sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8).");
  });

  it("is reported for an included file, in that file, also when the language server reads it", () => {
    const sharedPath = join(dir, "gedeeld.policy");
    writeFileSync(sharedPath, Buffer.from(shared.replace("titel:", "titel: \u00e9"), "latin1"));
    const policy = readFileSync("test/fixtures/diagnostics/BL011/invoer.policy", "utf8").replace('tekst: ""', "tekst: Iets.").replace("titel: Inkoopbeleid Voorbeeld 2026", "titel: Inkoopbeleid Voorbeeld 2026\nomvat: [gedeeld.policy]");
    const path = join(dir, "met-omvat.policy");
    writeFileSync(path, policy);
    const fromDisk = compileFile(path);
    expect(fromDisk.diagnostics.map((d) => `${d.code} ${d.span.file}`)).toContain(`BL013 ${sharedPath}`);
    // The language server reads files that are not open as bytes.
    const fromEditor = compileText(path, policy, { readText: (file) => readFileSync(file) });
    expect(fromEditor.diagnostics.map((d) => d.code)).toContain("BL013");
  });

  it("is reported for a test file", async () => {
    const policy = join(dir, "getest.policy");
    writeFileSync(policy, readFileSync("test/fixtures/diagnostics/BL011/invoer.policy", "utf8").replace('tekst: ""', "tekst: Iets."));
    const testFile = join(dir, "getest.test.yaml");
    writeFileSync(testFile, Buffer.from("gevallen:\n  caf\xe9:\n    zorgsoort: fysiotherapie\n", "latin1"));
    const run = await runTestFiles([testFile]);
    expect(run.diagnostics.map((d) => d.code)).toEqual(["BL013"]);
  });
});

describe("the formatter refuses what the load stage refuses as a whole", () => {
  it.each([
    ["an empty file", "", "BL011"],
    ["only a comment", "# nog niets\n", "BL011"],
    ["a list", "- a\n- b\n", "BL005"],
    ["a bare text", "hallo\n", "BL005"],
    ["a YAML error", "titel: [a\n", "BL001"],
  ])("%s: the diagnostic of check, the text unchanged", (_, text, code) => {
    const formatted = formatPolicyText(text, "x.policy");
    expect(formatted.changed).toBe(false);
    expect(formatted.text).toBe(text);
    const checked = compileText("x.policy", text);
    expect(formatted.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(checked.diagnostics.map((d) => `${d.code} ${d.message}`));
    expect(formatted.diagnostics[0]?.code).toBe(code);
  });
});
