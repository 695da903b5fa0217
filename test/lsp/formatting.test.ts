/**
 * The language server's formatting request on a document that the load stage rejects (a YAML
 * error, an empty document, a list): no edit at all, so "format on save" never rewrites a
 * document `beleid check` cannot read. A document that loads is still formatted.
 */

import { readFileSync } from "node:fs";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-languageserver-protocol/node";
import { createConnection } from "vscode-languageserver/node";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { startLanguageServer } from "../../compiler/lsp/server.js";

const uri = pathToFileURL("/tmp/beleid-lsp-opmaak/voorbeeld.policy").href;
let client: MessageConnection;
let version = 1;
const shown: { type: number; message: string }[] = [];

beforeAll(async () => {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  startLanguageServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onNotification("window/showMessage", (params: { type: number; message: string }) => {
    shown.push(params);
  });
  client.listen();
  await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: {} });
  await client.sendNotification("initialized", {});
  await client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "beleid", version, text: "" } });
});

afterAll(() => client.dispose());

async function formatEdits(text: string): Promise<{ newText: string }[] | null> {
  shown.length = 0;
  await client.sendNotification("textDocument/didChange", { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
  return (await client.sendRequest("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })) as { newText: string }[] | null;
}

describe("formatting in the language server", () => {
  it.each([
    ["an empty document", ""],
    ["only whitespace", "\n\n   \n"],
    ["a list", "-   a\n-    b\n"],
    ["a YAML error", "titel:    Iets\nfeiten: [\n"],
    ["a duplicate key", "titel:   a\ntitel:   b\n"],
  ])("returns no edit for %s", async (_, text) => {
    expect(await formatEdits(text)).toEqual([]);
  });

  it("says why a document is not formatted, as beleid fmt does", async () => {
    expect(await formatEdits("titel:    Iets\nfeiten: [\n")).toEqual([]);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.type).toBe(2); // a warning
    expect(shown[0]?.message).toMatch(/^Niet opgemaakt \(BL001\): Het bestand is geen geldige YAML/);
    const aliasFirst = "groepen:\n  g:\n    regels:\n      r:\n        naam: *zin\n        tekst: &zin De praktijk.\n";
    expect(await formatEdits(aliasFirst)).toEqual([]);
    expect(shown[0]?.message).toMatch(/^Niet opgemaakt \(BL701\): Het bestand kan niet veilig worden opgemaakt/);
    await formatEdits("titel:     Iets\n");
    expect(shown).toEqual([]);
  });

  it("says the hint of the reason too", async () => {
    const tab = "titel: Iets\nfeiten:\n\tx:\n    type: getal\n";
    const problem = formatPolicyText(tab).diagnostics[0];
    expect(problem?.hint).toBeDefined();
    expect(await formatEdits(tab)).toEqual([]);
    expect(shown.map((m) => m.message)).toEqual([`Niet opgemaakt (${problem?.code}): ${problem?.message} ${problem?.hint}`]);
  });

  it("still formats a document that loads", async () => {
    const messy = "titel:     Iets\ntaalversie:    1\n";
    const edits = await formatEdits(messy);
    expect(edits).toHaveLength(1);
    expect(edits?.[0]?.newText).toBe(formatPolicyText(messy).text);
  });

  it("rewrites expressions as docs/editor.md says it does (`a` wordt `b`)", async () => {
    const doc = readFileSync("docs/editor.md", "utf8");
    const bullet = doc.slice(doc.indexOf("- **expressies**"), doc.indexOf("- **teksten**"));
    const examples = [...bullet.matchAll(/`([^`]+)`\s+wordt\s+`([^`]+)`/g)].map((m) => [m[1] as string, m[2] as string] as const);
    expect(examples.length).toBeGreaterThanOrEqual(2);
    const rule = (expression: string) => `groepen:\n  g:\n    regels:\n      r:\n        voorwaarde: ${expression}\n`;
    for (const [before, after] of examples) {
      const edits = await formatEdits(rule(before));
      expect(edits?.[0]?.newText ?? rule(before)).toBe(rule(after));
    }
  });
});
