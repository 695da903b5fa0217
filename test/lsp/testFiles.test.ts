/**
 * A policy's tests (`.test.yaml`) in the language server: checked as `beleid test` checks them
 * before it runs them, when open and when they lie beside an open policy, and checked again
 * when they or their policy change — after a rename, which changes both, their diagnostics
 * follow. Driven over the protocol as an editor does.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEdits, positionOf, startTestServer, type TestServer, type TextEdit } from "./lspClient.js";

interface Published {
  code: string;
  message: string;
  severity: number;
}

let server: TestServer;
let tests: { file: string; uri: string; text: string };
beforeAll(async () => {
  server = await startTestServer();
  const file = server.policy.file.replace(/\.policy$/, ".test.yaml");
  tests = { file, uri: pathToFileURL(file).href, text: readFileSync(file, "utf8") };
});
afterAll(() => server.close());

const codes = (list: unknown[]) => (list as Published[]).map((d) => `${d.code} ${d.message}`);
const some = (list: unknown[]) => list.length > 0;
const none = (list: unknown[]) => list.length === 0;
const notify = (changes: { uri: string; type: number }[]) => server.client.sendNotification("workspace/didChangeWatchedFiles", { changes });
const close = (uri: string) => server.closeDocument(uri);

async function renameFact(from: string, to: string): Promise<Record<string, TextEdit[]>> {
  const { uri, text } = server.policy;
  const at = positionOf(text, `voorwaarde: ${from} > 150`, 12);
  return ((await server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position: at, newName: to })) as { changes: Record<string, TextEdit[]> }).changes;
}

describe("the tests of a policy", () => {
  it("are checked when open, as beleid test checks them, not as a policy", async () => {
    expect(await server.open(tests.uri, tests.text)).toEqual([]);
    const misspelt = tests.text.replace('      behandelindex: "120"\n', '      behandelindx: "120"\n');
    expect(codes(await server.open(tests.uri, misspelt))).toContainEqual(expect.stringMatching(/^BL501 .*‘behandelindx’/));
    expect(await server.open(tests.uri, tests.text)).toEqual([]);
    // Numbers are read from their text, as beleid test reads them: 0x3 is not 3.
    const hexadecimal = tests.text.replace("      factoren: 3\n", "      factoren: 0x3\n");
    expect(hexadecimal).not.toBe(tests.text);
    expect(codes(await server.open(tests.uri, hexadecimal))).toContainEqual(expect.stringMatching(/^BL015 /));
    expect(await server.open(tests.uri, tests.text)).toEqual([]);
    await close(tests.uri);
  });

  it("are checked again after a rename, when open: the policy's change, then their own", async () => {
    const policyUri = server.policy.uri;
    await server.open(policyUri, server.policy.text);
    expect(await server.open(tests.uri, tests.text)).toEqual([]);
    const changes = await renameFact("behandelindex", "landelijke_behandelindex");
    expect(Object.keys(changes).sort()).toEqual([policyUri, tests.uri].sort());

    // The editor applies the edit file by file: with only the policy renamed, the tests name an unknown fact.
    const afterPolicy = server.nextDiagnostics(tests.uri);
    // No warning either: the rename says what the fact was called in the previous version (no BL605).
    expect(await server.open(policyUri, applyEdits(server.policy.text, changes[policyUri] ?? []))).toEqual([]);
    expect(codes(await afterPolicy)).toContainEqual(expect.stringMatching(/^BL501 .*‘behandelindex’/));
    // With the tests renamed too, they fit again.
    expect(await server.open(tests.uri, applyEdits(tests.text, changes[tests.uri] ?? []))).toEqual([]);

    // Back, in the other order.
    expect(codes(await server.open(tests.uri, tests.text))).toContainEqual(expect.stringMatching(/^BL501 .*‘behandelindex’/));
    const fits = server.nextDiagnostics(tests.uri);
    expect(await server.open(policyUri, server.policy.text)).toEqual([]);
    expect(await fits).toEqual([]);
  });

  it("that are not open are checked beside the open policy, again after a rename changes the policy and the file on disk", async () => {
    const policyUri = server.policy.uri;
    // Closed, the tests are as on disk: the open policy reports them.
    const closed = server.nextDiagnostics(tests.uri);
    await close(tests.uri);
    expect(await closed).toEqual([]);

    const changes = await renameFact("behandelindex", "landelijke_behandelindex");
    const afterPolicy = server.diagnosticsUntil(tests.uri, some);
    await server.open(policyUri, applyEdits(server.policy.text, changes[policyUri] ?? []));
    expect(codes(await afterPolicy)).toContainEqual(expect.stringMatching(/^BL501 .*‘behandelindex’/));

    // The editor writes the closed file and says so.
    const afterWrite = server.diagnosticsUntil(tests.uri, none);
    writeFileSync(tests.file, applyEdits(tests.text, changes[tests.uri] ?? []));
    await notify([{ uri: tests.uri, type: 2 }]);
    expect(await afterWrite).toEqual([]);

    // Back again; a test that breaks on disk is reported at its place.
    const restored = server.diagnosticsUntil(tests.uri, none);
    writeFileSync(tests.file, tests.text);
    await server.open(policyUri, server.policy.text);
    expect(await restored).toEqual([]);
    const broken = server.diagnosticsUntil(tests.uri, some);
    writeFileSync(tests.file, tests.text.replace("      uitzondering_behandelindex: nee\n", "      uitzondering_behandelindx: nee\n"));
    await notify([{ uri: tests.uri, type: 2 }]);
    const found = (await broken) as (Published & { range: { start: { line: number } } })[];
    expect(codes(found)).toContainEqual(expect.stringMatching(/^BL501 .*‘uitzondering_behandelindx’/));
    expect(found.find((d) => d.code === "BL501")?.range.start.line).toBe(positionOf(tests.text, "      uitzondering_behandelindex: nee").line);
    writeFileSync(tests.file, tests.text);

    // Closing the policy takes its report of the tests away.
    const gone = server.diagnosticsUntil(tests.uri, none);
    await close(policyUri);
    expect(await gone).toEqual([]);
  });

  it("name a policy that cannot be used: BL508, and are checked again when the policy is fixed", async () => {
    const policyUri = server.policy.uri;
    expect(await server.open(tests.uri, tests.text)).toEqual([]);
    const refused = server.diagnosticsUntil(tests.uri, some);
    await server.open(policyUri, server.policy.text.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > ja"));
    expect(codes(await refused)).toEqual([expect.stringMatching(/^BL508 Het beleid ‘.*2026-07\.policy’ bij dit testbestand kan niet worden gebruikt: het beleid zelf heeft fouten/)]);
    const fixed = server.diagnosticsUntil(tests.uri, none);
    await server.open(policyUri, server.policy.text);
    expect(await fixed).toEqual([]);
    await close(policyUri);
  });

  it("are checked against the policy on disk while it is not open, and again when it changes there", async () => {
    const renamed = server.policy.text.replace(/^ {2}behandelindex:$/m, "  landelijke_behandelindex:").replaceAll("voorwaarde: behandelindex >", "voorwaarde: landelijke_behandelindex >");
    const again = server.diagnosticsUntil(tests.uri, some);
    writeFileSync(server.policy.file, renamed);
    await notify([{ uri: server.policy.uri, type: 2 }]);
    expect(codes(await again)).toContainEqual(expect.stringMatching(/^BL501 .*‘behandelindex’/));
    const restored = server.diagnosticsUntil(tests.uri, none);
    writeFileSync(server.policy.file, server.policy.text);
    await notify([{ uri: server.policy.uri, type: 2 }]);
    expect(await restored).toEqual([]);
    await close(tests.uri);
  });
});

describe("requests in a test file", () => {
  it("find and rename what the test names in its policy too, open or not", async () => {
    const at = positionOf(tests.text, '      behandelindex: "120"', 6);
    expect(await server.open(tests.uri, tests.text)).toEqual([]);
    for (const policyOpen of [false, true]) {
      if (policyOpen) await server.open(server.policy.uri, server.policy.text);
      const found = (await server.client.sendRequest("textDocument/references", { textDocument: { uri: tests.uri }, position: at, context: { includeDeclaration: true } })) as { uri: string }[];
      expect(found.filter((l) => l.uri === server.policy.uri)).toHaveLength(3);
      expect(found.filter((l) => l.uri === tests.uri).length).toBeGreaterThan(1);
      const changes = ((await server.client.sendRequest("textDocument/rename", { textDocument: { uri: tests.uri }, position: at, newName: "landelijke_behandelindex" })) as { changes: Record<string, TextEdit[]> }).changes;
      expect(Object.keys(changes).sort()).toEqual([server.policy.uri, tests.uri].sort());
      expect(applyEdits(server.policy.text, changes[server.policy.uri] ?? [])).toContain("  landelijke_behandelindex:\n    type: getal");
    }
    // A name that would break the policy is refused from here too.
    const refused = server.client.sendRequest("textDocument/rename", { textDocument: { uri: tests.uri }, position: at, newName: "__proto__" });
    await expect(refused).rejects.toThrow(/^‘__proto__’ kan geen naam zijn: .*\(BL012\)/);
    await close(server.policy.uri);
    await close(tests.uri);
  });

  it("answer nothing that is meant for a policy: no layout, hover, outline or quick fix", async () => {
    const messages: string[] = [];
    server.client.onNotification("window/showMessage", (params: { type: number; message: string }) => {
      messages.push(params.message);
    });
    await server.open(tests.uri, tests.text);
    const document = { textDocument: { uri: tests.uri } };
    expect(await server.client.sendRequest("textDocument/formatting", { ...document, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    expect(messages).toEqual([expect.stringMatching(/^Niet opgemaakt: ‘.*2026-07\.test\.yaml’ is een testbestand; beleid maakt alleen \.policy-bestanden op\.$/)]);
    const position = positionOf(tests.text, '      behandelindex: "120"', 6);
    expect(await server.client.sendRequest("textDocument/hover", { ...document, position })).toBeNull();
    expect(await server.client.sendRequest("textDocument/documentSymbol", document)).toEqual([]);
    const range = { start: position, end: position };
    expect(await server.client.sendRequest("textDocument/codeAction", { ...document, range, context: { diagnostics: [] } })).toEqual([]);
    await close(tests.uri);
  });
});
