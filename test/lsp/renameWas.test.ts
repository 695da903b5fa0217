/**
 * A rename in a policy with a previous version (`vorige`) that has the old key adds `was:
 * <oude sleutel>` to the renamed declaration, where `beleid fmt` puts it: the comparison then
 * pairs the two (no BL605, the report says renamed). Not when the declaration has a `was`
 * already, when the previous version does not have the old key, or when both versions share
 * the declaring file.
 */

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { applyEdits, positionOf, startTestServer, type TestServer, type TextEdit } from "./lspClient.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function rename(uri: string, text: string, needle: string, newName: string, offset = 0): Promise<{ changes: Record<string, TextEdit[]> }> {
  await server.open(uri, text);
  return (await server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position: positionOf(text, needle, offset), newName })) as { changes: Record<string, TextEdit[]> };
}

const wasLines = (text: string): string[] => text.split("\n").filter((line) => /^\s*was:/.test(line));

describe("a rename in a policy with a previous version", () => {
  it("adds was: after the last field of a fact, and the result is as beleid fmt lays it out", async () => {
    const { uri, text } = server.policy;
    expect(formatPolicyText(text, server.policy.file).changed).toBe(false);
    const edit = await rename(uri, text, "voorwaarde: behandelindex > 150", "landelijke_index", 14);
    const renamed = applyEdits(text, edit.changes[uri] ?? []);
    expect(renamed).toContain("  landelijke_index:\n    type: getal\n");
    expect(renamed).toContain("    onbekend: Een nieuwe praktijk heeft nog geen landelijke behandelindex.\n    was: behandelindex\n  uitzondering_behandelindex:\n");
    expect(wasLines(renamed)).toEqual(["    was: behandelindex"]);
    expect(formatPolicyText(renamed, server.policy.file).changed).toBe(false);
    expect(await server.open(uri, renamed)).toEqual([]);

    // Renamed again, it keeps the was it has: the previous version's key.
    const again = applyEdits(renamed, (await rename(uri, renamed, "voorwaarde: landelijke_index > 150", "index", 14)).changes[uri] ?? []);
    expect(again).toContain("  index:\n    type: getal\n");
    expect(wasLines(again)).toEqual(["    was: behandelindex"]);
    expect(await server.open(uri, again)).toEqual([]);
    await server.open(uri, text);
  });

  it("writes the line with the file's line ends (Windows)", async () => {
    const { uri } = server.policy;
    const text = server.policy.text.replace(/\n/g, "\r\n");
    const renamed = applyEdits(text, (await rename(uri, text, "voorwaarde: behandelindex > 150", "landelijke_index", 14)).changes[uri] ?? []);
    expect(renamed).toContain("landelijke behandelindex.\r\n    was: behandelindex\r\n  uitzondering_behandelindex:\r\n");
    expect(renamed).not.toMatch(/[^\r]\n/);
    await server.open(uri, server.policy.text);
  });

  it("adds was: to a rule after its nested fields, and to a chapter before its volgorde", async () => {
    const { uri, text } = server.policy;
    const rule = applyEdits(text, (await rename(uri, text, "      behandelindex_hoger_dan_150:", "index_boven_150", 8)).changes[uri] ?? []);
    expect(rule).toContain("      index_boven_150:\n        naam: landelijke behandelindex hoger dan 150\n");
    expect(wasLines(rule)).toEqual(["        was: behandelindex_hoger_dan_150"]);
    expect(formatPolicyText(rule, server.policy.file).changed).toBe(false);
    expect(await server.open(uri, rule)).toEqual([]);

    const chapter = applyEdits(text, (await rename(uri, text, "  specifiek:\n    nummer", "specifieke_themas", 4)).changes[uri] ?? []);
    expect(chapter).toContain('  specifieke_themas:\n    nummer: "2.3"\n    titel: Specifieke thema’s paramedie\n    was: specifiek\n    volgorde:\n');
    expect(formatPolicyText(chapter, server.policy.file).changed).toBe(false);
    expect(await server.open(uri, chapter)).toEqual([]);
    await server.open(uri, text);
  });

  it("adds was: to a care type, whose agreement keeps its place in the comparison", async () => {
    const { uri, text } = server.policy;
    const renamed = applyEdits(text, (await rename(uri, text, "  fysiotherapie:\n    naam", "fysio", 4)).changes[uri] ?? []);
    expect(wasLines(renamed)).toEqual(["    was: fysiotherapie"]);
    expect(formatPolicyText(renamed, server.policy.file).changed).toBe(false);
    expect(await server.open(uri, renamed)).toEqual([]);
    await server.open(uri, text);
  });

  it("adds nothing when the previous version does not have the old key, or shares the declaring file", async () => {
    const { uri, text } = server.policy;
    // uitzondering_behandelindex is new in 2026-07.
    const fresh = applyEdits(text, (await rename(uri, text, "  uitzondering_behandelindex:\n", "uitzondering_index", 4)).changes[uri] ?? []);
    expect(wasLines(fresh)).toEqual([]);
    expect(await server.open(uri, fresh)).toEqual([]);
    await server.open(uri, text);

    // The chapter themas is declared in the shared file both versions include: both are renamed, neither gets a was.
    const chapter = await rename(uri, text, "    hoofdstuk: themas", "themas_zorginkoop", 15);
    const shared = applyEdits(server.shared.text, chapter.changes[server.shared.uri] ?? []);
    expect(shared).toContain("  themas_zorginkoop:\n");
    expect(wasLines(shared)).toEqual(wasLines(server.shared.text));
    const previousUri = uri.replace("2026-07", "2026-04");
    const previous = readFileSync(server.policy.file.replace("2026-07", "2026-04"), "utf8");
    expect(wasLines(applyEdits(previous, chapter.changes[previousUri] ?? []))).toEqual(wasLines(previous));
    expect(wasLines(applyEdits(text, chapter.changes[uri] ?? []))).toEqual([]);
  });

  it("adds nothing to a declaration written as a flow mapping", async () => {
    const { uri, text } = server.policy;
    const from = "  uitzondering_behandelindex:\n    type: ja/nee\n";
    expect(text).toContain(from);
    // A fact that is in the previous version too, written on one line.
    const flow = text.replace(
      "  behandelindex:\n    type: getal\n    omschrijving: De landelijke behandelindex fysiotherapie van de praktijk, zoals Vektis die publiceert.\n    minimum: 0\n    peiljaar: -2\n    onbekend: Een nieuwe praktijk heeft nog geen landelijke behandelindex.\n",
      "  behandelindex: { type: getal, omschrijving: De landelijke behandelindex, minimum: 0, peiljaar: -2, onbekend: Niet bekend. }\n",
    );
    expect(flow).not.toBe(text);
    const renamed = applyEdits(flow, (await rename(uri, flow, "voorwaarde: behandelindex > 150", "index", 14)).changes[uri] ?? []);
    expect(renamed).toContain("  index: { type: getal,");
    expect(wasLines(renamed)).toEqual([]);
    await server.open(uri, text);
  });
});
