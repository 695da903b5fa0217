/**
 * Ranges of the language server in a quoted YAML scalar whose source is longer than its value:
 * a name or text that ends in an escape (`\x78`, `\"` in a double-quoted scalar, `''` in a
 * single-quoted one) is covered up to the end of its source, as the checker's diagnostics are
 * (scalarOffsetMaps). References, hover, prepareRename and rename use those ranges.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEdits, positionOf, startTestServer, textAt, type Range, type TestServer, type TextEdit } from "./lspClient.js";

interface Location {
  uri: string;
  range: Range;
}

let server: TestServer;
/** The policy with its two conditions `behandelindex > 150` written in quoted scalars with escapes. */
let text: string;
const DOUBLE = 'voorwaarde: "behandelinde\\x78 > 150 en zorgsoort = \\"fysiotherapie\\""';
const SINGLE = "voorwaarde: 'behandelindex > 150 en zorgsoort = ''fysiotherapie'''";

beforeAll(async () => {
  server = await startTestServer();
  const plain = server.policy.text;
  const first = plain.indexOf("voorwaarde: behandelindex > 150");
  const second = plain.indexOf("voorwaarde: behandelindex > 150", first + 1);
  expect(second).toBeGreaterThan(first);
  const length = "voorwaarde: behandelindex > 150".length;
  text = plain.slice(0, first) + DOUBLE + plain.slice(first + length, second) + SINGLE + plain.slice(second + length);
  // The policy still checks: the escapes are read as the names and texts they stand for.
  const diagnostics = (await server.open(server.policy.uri, text)) as { severity: number; message: string }[];
  expect(diagnostics.filter((d) => d.severity === 1)).toEqual([]);
});
afterAll(() => server.close());

const references = async (needle: string, offset: number): Promise<Location[]> =>
  ((await server.client.sendRequest("textDocument/references", {
    textDocument: { uri: server.policy.uri },
    position: positionOf(text, needle, offset),
    context: { includeDeclaration: true },
  })) as Location[]).filter((l) => l.uri === server.policy.uri);

const lineOf = (needle: string) => positionOf(text, needle).line;

describe("a range in a quoted scalar with escapes", () => {
  it("covers a name that ends in an escape whole: references, hover and prepareRename", async () => {
    const found = await references(DOUBLE, 14);
    const inCondition = found.filter((l) => l.range.start.line === lineOf(DOUBLE));
    expect(inCondition.map((l) => textAt(text, l.range))).toEqual(["behandelinde\\x78"]);
    // The same thing from the key: the fact.
    expect((await references("  behandelindex:\n", 4)).map((l) => textAt(text, l.range))).toEqual(["behandelindex", "behandelinde\\x78", "behandelindex"]);

    const position = positionOf(text, DOUBLE, 14);
    const hover = (await server.client.sendRequest("textDocument/hover", { textDocument: { uri: server.policy.uri }, position })) as { range: Range };
    expect(textAt(text, hover.range)).toBe("behandelinde\\x78");
    // On the last character of the escape too.
    const onEscape = positionOf(text, DOUBLE, 28);
    const prepared = (await server.client.sendRequest("textDocument/prepareRename", { textDocument: { uri: server.policy.uri }, position: onEscape })) as { range: Range; placeholder: string };
    expect(prepared.placeholder).toBe("behandelindex");
    expect(textAt(text, prepared.range)).toBe("behandelinde\\x78");
  });

  it("covers a text between escaped quotes exactly, in a double-quoted and a single-quoted scalar", async () => {
    const found = await references("zorgsoorten: [fysiotherapie]", 15);
    const at = (needle: string) => found.filter((l) => l.range.start.line === lineOf(needle)).map((l) => [textAt(text, l.range), l.range.end.line === l.range.start.line]);
    expect(at(DOUBLE)).toEqual([["fysiotherapie", true]]);
    expect(at(SINGLE)).toEqual([["fysiotherapie", true]]);
    // Exactly: the escaped quotes around it stay outside.
    const double = found.find((l) => l.range.start.line === lineOf(DOUBLE)) as Location;
    const line = text.split("\n")[double.range.start.line] as string;
    expect(line.slice(double.range.start.character - 2, double.range.end.character + 3)).toBe('\\"fysiotherapie\\""');
    const single = found.find((l) => l.range.start.line === lineOf(SINGLE)) as Location;
    const singleLine = text.split("\n")[single.range.start.line] as string;
    expect(singleLine.slice(single.range.start.character - 2, single.range.end.character + 3)).toBe("''fysiotherapie'''");
  });

  it("covers a whole value written with an escape: a chapter after hoofdstuk:, a care type in the tests", async () => {
    const uri = server.policy.uri;
    const chapter = '    hoofdstuk: "thema\\x73"\n';
    const withChapter = text.replace("    hoofdstuk: themas\n", chapter);
    expect(withChapter).not.toBe(text);
    const errors = (list: unknown[]) => (list as { severity: number }[]).filter((d) => d.severity === 1);
    expect(errors(await server.open(uri, withChapter))).toEqual([]);
    const found = (await server.client.sendRequest("textDocument/references", {
      textDocument: { uri },
      position: positionOf(withChapter, chapter, 16),
      context: { includeDeclaration: true },
    })) as Location[];
    expect(found.filter((l) => l.uri === uri).map((l) => textAt(withChapter, l.range))).toEqual(['thema\\x73']);

    const testsFile = server.policy.file.replace(/\.policy$/, ".test.yaml");
    const tests = readFileSync(testsFile, "utf8");
    const escaped = tests.replace("    zorgsoort: fysiotherapie\n", '    zorgsoort: "fysiotherapi\\u0065"\n');
    expect(escaped).not.toBe(tests);
    writeFileSync(testsFile, escaped);
    try {
      const careTypes = (await server.client.sendRequest("textDocument/references", {
        textDocument: { uri },
        position: positionOf(withChapter, "zorgsoorten: [fysiotherapie]", 15),
        context: { includeDeclaration: true },
      })) as Location[];
      const inTests = careTypes.filter((l) => l.uri.endsWith(".test.yaml")).map((l) => textAt(escaped, l.range));
      expect(inTests).toContain("fysiotherapi\\u0065");
      expect(inTests.every((t) => t === "fysiotherapie" || t === "fysiotherapi\\u0065")).toBe(true);
    } finally {
      writeFileSync(testsFile, tests);
    }
    await server.open(uri, text);
  });

  it("renames through the escapes, and the policy checks as before", async () => {
    const uri = server.policy.uri;
    const careType = (await server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position: positionOf(text, "zorgsoorten: [fysiotherapie]", 15), newName: "fysio" })) as { changes: Record<string, TextEdit[]> };
    const renamed = applyEdits(text, careType.changes[uri] ?? []);
    expect(renamed).toContain('voorwaarde: "behandelinde\\x78 > 150 en zorgsoort = \\"fysio\\""\n');
    expect(renamed).toContain("voorwaarde: 'behandelindex > 150 en zorgsoort = ''fysio'''\n");
    const errors = (list: unknown[]) => (list as { severity: number }[]).filter((d) => d.severity === 1);
    expect(errors(await server.open(uri, renamed))).toEqual([]);
    await server.open(uri, text);

    const fact = (await server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position: positionOf(text, DOUBLE, 14), newName: "index" })) as { changes: Record<string, TextEdit[]> };
    const renamedFact = applyEdits(text, fact.changes[uri] ?? []);
    expect(renamedFact).toContain('voorwaarde: "index > 150 en zorgsoort = \\"fysiotherapie\\""\n');
    expect(renamedFact).toContain("voorwaarde: 'index > 150 en zorgsoort = ''fysiotherapie'''\n");
    expect(errors(await server.open(uri, renamedFact))).toEqual([]);
    await server.open(uri, text);
  });
});
