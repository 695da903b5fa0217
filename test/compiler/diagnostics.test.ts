/**
 * One fixture per diagnostic code (test/fixtures/diagnostics/<code>/invoer.policy): each must
 * produce its code, and the rendered output is kept as a golden file
 * (test/golden/diagnostics/<code>.txt) to review wording, positions and code frames by eye.
 */

import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { DIAGNOSTIC_CODES, MESSAGES } from "../../compiler/diagnostics/messages.js";
import { diagnosticToJson, renderDiagnostics } from "../../compiler/diagnostics/render.js";
import { runTestFiles } from "../../compiler/testing/index.js";
import { diffModels } from "../../compiler/diff/index.js";
import { SourceFiles } from "../../compiler/span.js";

function diffFixture(previous: string, current: string) {
  const sources = new SourceFiles();
  const older = compileFile(previous, {}, sources);
  const newer = compileFile(current, {}, sources);
  const diagnostics = [...older.diagnostics, ...newer.diagnostics, ...(older.model && newer.model ? diffModels(older.model, newer.model).diagnostics : [])];
  return { diagnostics, sources };
}
import { formatFile } from "../../compiler/format/formatFile.js";
import { planBuild } from "../../compiler/build.js";

/** The files a build fixture builds next to invoer.policy: its lines `ook: <path>`. */
function alsoBuilt(bouw: string): string[] {
  return [...readFileSync(bouw, "utf8").matchAll(/^ook: (.+)$/gm)].map((m) => m[1] as string);
}

describe("every diagnostic code has a fixture that produces it", () => {
  it.each(DIAGNOSTIC_CODES)("%s", async (code) => {
    // Codes about test files have an invoer.test.yaml next to the policy.
    // Codes about the change report have a vorige.policy to compare with.
    const testFile = `test/fixtures/diagnostics/${code}/invoer.test.yaml`;
    // Codes about the change report have a vorige.policy to compare with; codes of the
    // authoring tools (BL7xx) come from the formatter.
    const policy = `test/fixtures/diagnostics/${code}/invoer.policy`;
    const previous = `test/fixtures/diagnostics/${code}/vorige.policy`;
    // Codes that only a build gives (a file `bouw` in the fixture's folder, naming other files to build on lines `ook: <path>`) come from planBuild.
    const result = existsSync(testFile)
      ? await runTestFiles([testFile])
      : existsSync(previous)
        ? diffFixture(previous, policy)
        : existsSync(`test/fixtures/diagnostics/${code}/bouw`)
          ? await planBuild([policy, ...alsoBuilt(`test/fixtures/diagnostics/${code}/bouw`)], "/uit")
          : code.startsWith("BL7")
            ? formatFile(policy)
            : compileFile(policy);
    const codes = result.diagnostics.map((d) => d.code);
    expect(codes).toContain(code);
    const rendered = renderDiagnostics(result.diagnostics, result.sources, { colour: false });
    await expect(rendered + "\n").toMatchFileSnapshot(`../golden/diagnostics/${code}.txt`);
  });
});

describe("diagnostics", () => {
  it("all have a Dutch title and message, and a severity", () => {
    for (const code of DIAGNOSTIC_CODES) {
      const entry = MESSAGES[code];
      expect(entry.title.length, code).toBeGreaterThan(3);
      expect(["fout", "waarschuwing"]).toContain(entry.severity);
    }
  });

  it("are all documented in docs/diagnostics.md, and nothing else is", () => {
    const doc = readFileSync("docs/diagnostics.md", "utf8");
    const documented = [...doc.matchAll(/^## (BL\d{3})\b/gm)].map((m) => m[1]);
    expect(documented).toEqual([...DIAGNOSTIC_CODES]);
  });

  it("are all reported at once, also across sections", () => {
    const result = compileFile("test/fixtures/meerdere-fouten.policy");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["BL003", "BL201", "BL202", "BL301"]);
  });

  it("render as JSON with line and column", () => {
    const result = compileFile("test/fixtures/diagnostics/BL202/invoer.policy");
    const json = result.diagnostics.map((d) => diagnosticToJson(d, result.sources));
    expect(json[0]).toMatchObject({ code: "BL202", ernst: "fout", bestand: "test/fixtures/diagnostics/BL202/invoer.policy", begin: { regel: 47, kolom: 38 } });
  });
});

describe("docs/diagnostics.md", () => {
  it("shows for every code the example its fixture produces", () => {
    const doc = readFileSync("docs/diagnostics.md", "utf8");
    for (const code of DIAGNOSTIC_CODES) {
      const section = doc.slice(doc.indexOf(`## ${code} `));
      const example = /```text\n([\s\S]*?)\n```/.exec(section)?.[1];
      const golden = readFileSync(`test/golden/diagnostics/${code}.txt`, "utf8").trimEnd().split("\n\n");
      expect(golden, code).toContain(example);
    }
  });
});

describe("code frames of long lines", () => {
  it("show the part of a long line around the span, with the caret in the right place", async () => {
    const { renderDiagnostic } = await import("../../compiler/diagnostics/render.js");
    const sources = new SourceFiles();
    const long = `voorwaarde: ${"a en ".repeat(20_000)}b & c`;
    const text = `regel een\n${long}\nregel drie\n`;
    sources.add("lang.policy", text);
    const at = text.indexOf("&");
    const rendered = renderDiagnostic({ code: "BL101", severity: "fout", message: "Het teken ‘&’ hoort niet in een expressie.", span: { file: "lang.policy", start: at, end: at + 1 } }, sources);
    expect(rendered.length).toBeLessThan(1000);
    const lines = rendered.split("\n");
    expect(lines[0]).toBe(`lang.policy:2:${at - text.indexOf("\n")} fout BL101: Het teken ‘&’ hoort niet in een expressie.`);
    const code = lines.find((l) => l.startsWith("> 2 |")) as string;
    const caret = lines[lines.indexOf(code) + 1] as string;
    expect(code).toMatch(/^> 2 \| …[aen ]+b & c$/);
    expect(code.charAt(caret.indexOf("^"))).toBe("&");
    expect(lines).toContain("  1 | …");
  });

  it("leave short lines as they are", async () => {
    const { frameInput } = await import("../../compiler/diagnostics/render.js");
    const { SourceText } = await import("../../compiler/span.js");
    const location = { start: { line: 2, column: 1 }, end: { line: 2, column: 3 } };
    expect(frameInput(new SourceText("a", "a\nbb\nccc\n"), location, 1)).toEqual({ text: "a\nbb\nccc", location, startLine: 1 });
    // Only the lines the frame shows are kept, numbered from startLine, with the line endings
    // the positions count (CRLF, a lone CR).
    const four = { start: { line: 4, column: 1 }, end: { line: 4, column: 2 } };
    expect(frameInput(new SourceText("b", "1\n2\n3\n4\n5\n"), four, 1)).toMatchObject({ text: "3\n4\n5", startLine: 3 });
    expect(frameInput(new SourceText("c", "1\r\n2\r\n3\r\n4\r\n5"), four, 1)).toMatchObject({ text: "3\n4\n5", startLine: 3 });
    expect(frameInput(new SourceText("d", "1\r2\r3\r4\r5"), four, 1)).toMatchObject({ text: "3\n4\n5", startLine: 3 });
  });
});
