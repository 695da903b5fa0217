/**
 * Find references and rename over the LSP protocol: a declared thing (fact, rule, care type,
 * chapter, …) at its key and every use, in the policy and the shared file it includes, and a
 * rename as one WorkspaceEdit over those files, or a Dutch refusal.
 */

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { SourceFiles } from "../../compiler/span.js";
import { buildSuite, readTestFile } from "../../compiler/testing/suite.js";
import { applyEdits, positionOf, startTestServer, textAt, type Range, type TestServer, type TextEdit } from "./lspClient.js";

interface Location {
  uri: string;
  range: Range;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.open(server.policy.uri, server.policy.text);
});
afterAll(() => server.close());

const textOf = (uri: string): string => (uri === server.policy.uri ? server.policy.text : uri === server.shared.uri ? server.shared.text : "");
const lineOf = (location: Location) => location.range.start.line + 1;

async function references(uri: string, needle: string, offset = 0, includeDeclaration = true, nth = 0): Promise<Location[]> {
  return (await server.client.sendRequest("textDocument/references", {
    textDocument: { uri },
    position: positionOf(textOf(uri), needle, offset, nth),
    context: { includeDeclaration },
  })) as Location[];
}

/** The diagnostics of a policy's tests (`beleid test` before it runs them), for the texts of both. */
function testDiagnostics(policy: string, tests: string): string[] {
  const file = join(server.dir, "paramedische-zorg", "controle.policy");
  const testFile = file.replace(/\.policy$/, ".test.yaml");
  writeFileSync(testFile, tests);
  try {
    const model = compileText(file, policy).model;
    if (!model) throw new Error("the policy has errors");
    return buildSuite(readTestFile(testFile, new SourceFiles()), model).diagnostics.map((d) => `${d.code} ${d.message}`);
  } finally {
    rmSync(testFile);
  }
}

async function rename(uri: string, text: string, needle: string, newName: string, offset = 0): Promise<{ changes: Record<string, TextEdit[]> }> {
  return (await server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position: positionOf(text, needle, offset), newName })) as { changes: Record<string, TextEdit[]> };
}

/** The error a request was answered with. */
async function refusal(request: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await request;
  } catch (error) {
    return { code: (error as { code: number }).code, message: (error as Error).message };
  }
  throw new Error("no error");
}

describe("find references", () => {
  it("finds a fact at its key and in every condition, not the text or group with a like name", async () => {
    const { uri, text } = server.policy;
    const found = (await references(uri, "voorwaarde: behandelindex > 150", 14)).filter((l) => l.uri === uri);
    expect(found.every((l) => textAt(text, l.range) === "behandelindex")).toBe(true);
    // The lines of the key and of the two conditions (found in the text, so an edit of the policy elsewhere changes nothing).
    const lines = (needle: string) => text.split("\n").flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
    const [key] = lines("  behandelindex:");
    const conditions = lines("voorwaarde: behandelindex > 150");
    expect(conditions).toHaveLength(2);
    expect(found.map(lineOf)).toEqual([key, ...conditions]);
    // Without the declaration; and the same answer from the key.
    expect((await references(uri, "voorwaarde: behandelindex > 150", 14, false)).filter((l) => l.uri === uri).map(lineOf)).toEqual(conditions);
    expect((await references(uri, "  behandelindex:\n", 4)).filter((l) => l.uri === uri).map(lineOf)).toEqual([key, ...conditions]);
    // The text `behandelindex` is another thing: its key and its place in the volgorde.
    expect((await references(uri, "- tekst behandelindex", 10)).map((l) => textAt(text, l.range) + "@" + lineOf(l))).toEqual([
      expect.stringMatching(/^behandelindex@\d+$/),
      `behandelindex@${lines("- tekst behandelindex")[0]}`,
    ]);
  });

  it("finds a fact, rule and care type in the policy's tests too", async () => {
    const { uri } = server.policy;
    const tests = { uri: uri.replace(/\.policy$/, ".test.yaml"), text: readFileSync(server.policy.file.replace(/\.policy$/, ".test.yaml"), "utf8") };
    const inTests = async (needle: string, offset: number) => (await references(uri, needle, offset)).filter((l) => l.uri === tests.uri);
    const lines = (pattern: RegExp) => tests.text.split("\n").flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));

    const fact = await inTests("voorwaarde: behandelindex > 150", 14);
    expect(fact.every((l) => textAt(tests.text, l.range) === "behandelindex")).toBe(true);
    expect(fact.map(lineOf)).toEqual(lines(/^\s+behandelindex:/));
    expect(fact.length).toBeGreaterThan(1);

    const rule = await inTests("      behandelindex_hoger_dan_150:", 6);
    expect(rule.map(lineOf)).toEqual(lines(/^\s+behandelindex_hoger_dan_150:/));

    const factor = await inTests("      skf_praktijkregistratie:", 6);
    expect(factor.map((l) => textAt(tests.text, l.range))).toEqual(Array(factor.length).fill("skf_praktijkregistratie"));
    // Its expected outcomes (`regels:`) and the factors missing for an agreement (`ontbreekt: { A: [...] }`).
    expect(factor.map(lineOf)).toEqual(lines(/^\s+skf_praktijkregistratie:|^\s+[A-D]: \[.*\bskf_praktijkregistratie\b/));
    expect(factor.some((l) => /^\s+[A-D]: \[/.test(tests.text.split("\n")[l.range.start.line] as string))).toBe(true);

    const careType = await inTests("zorgsoorten: [fysiotherapie]", 15);
    expect(careType.map(lineOf)).toEqual(lines(/^\s+zorgsoort: fysiotherapie$/));
  });

  it("finds a care type in lists of care types, table rows, agreements in a volgorde and conditions", async () => {
    const { uri, text } = server.policy;
    const found = (await references(uri, "zorgsoorten: [fysiotherapie]", 15)).filter((l) => l.uri === uri);
    expect(found.every((l) => textAt(text, l.range) === "fysiotherapie")).toBe(true);
    const lines = found.map(lineOf);
    expect(lines[0]).toBe(text.split("\n").indexOf("  fysiotherapie:") + 1);
    expect(lines).toContain(text.split("\n").indexOf("      fysiotherapie: { agb_codes: [\"04\", \"05\", \"07\", \"24\", \"37\", \"88\", \"90\"], beroep: { waarde: Fysiotherapeut, tekst: Fysiotherapeut (04) } }") + 1);
    expect(lines).toContain(positionOf(text, "zorgsoorten: [fysiotherapie]").line + 1);
    expect(new Set(lines).size).toBe(lines.length);
    // Every `[fysiotherapie]` and `, fysiotherapie` in a list of care types is among them.
    const listed = text.split("\n").filter((line) => /zorgsoorten: \[(?:.*, )?fysiotherapie[,\]]/.test(line)).length;
    expect(lines.filter((line) => /zorgsoorten: \[/.test(text.split("\n")[line - 1] as string)).length).toBe(listed);
  });

  it("finds a chapter of the shared file in that file and in the policy that includes it, from either", async () => {
    const { uri, text } = server.policy;
    const fromPolicy = await references(uri, "    hoofdstuk: themas", 15);
    const inShared = fromPolicy.filter((l) => l.uri === server.shared.uri);
    const inPolicy = fromPolicy.filter((l) => l.uri === uri);
    expect(inShared[0]?.range.start).toEqual(positionOf(server.shared.text, "  themas:\n", 2));
    expect(inShared.every((l) => textAt(server.shared.text, l.range) === "themas")).toBe(true);
    expect(inPolicy.map((l) => textAt(text, l.range))).toEqual(["themas"]);
    expect(inShared.length).toBeGreaterThan(1);

    await server.open(server.shared.uri, server.shared.text);
    const fromShared = await references(server.shared.uri, "  themas:\n", 2);
    expect(fromShared).toEqual(fromPolicy);
  });

  it("finds a column of a table: its key, the cells of the rows and `tabel[…].kolom`, not a table of the same name", async () => {
    const { uri, text } = server.policy;
    const column = (await references(uri, "      beroep:\n", 6)).filter((l) => l.uri === uri);
    const vektisRows = text.split("\n").flatMap((line, i) => (/^ {6}\w+: \{ (?:sleutel: \{ tekst: [^}]* \}, )?agb_codes: .*, beroep: /.test(line) ? [i + 1] : []));
    expect(vektisRows).toHaveLength(8);
    expect(column.map((l) => textAt(text, l.range))).toEqual(Array(column.length).fill("beroep"));
    const key = positionOf(text, "      beroep:\n").line + 1;
    const inCondition = positionOf(text, "vektis[zorgsoort].beroep").line + 1;
    expect(column.map(lineOf)).toEqual([key, ...[inCondition, ...vektisRows].sort((a, b) => a - b)]);

    // The table ‘bereikbaarheid’ has a column ‘bereikbaarheid’: the column's references are its key and its four cells.
    const sameName = await references(uri, "    kolommen:\n      bereikbaarheid:", 20);
    const table = positionOf(text, "  bereikbaarheid:\n    titel: Bereikbaarheid").line + 1;
    expect(sameName.map((l) => textAt(text, l.range))).toEqual(Array(5).fill("bereikbaarheid"));
    expect(sameName.map(lineOf)).not.toContain(table);

    const edit = await rename(uri, text, "      beroep:\n", "beroepsgroep", 6);
    const renamed = applyEdits(text, edit.changes[uri] ?? []);
    expect(renamed).toContain("bevat vektis[zorgsoort].beroepsgroep\n");
    expect(renamed).not.toMatch(/\bberoep:|\]\.beroep\b/);
    expect(await server.open(uri, renamed)).toEqual([]);
    const taken = await refusal(rename(uri, text, "      beroep:\n", "agb_codes", 6));
    expect((await refusal(rename(uri, text, "      beroep:\n", "niet", 6))).message).toMatch(/^‘niet’ is een sleutelwoord van de voorwaarden en kan geen naam van een kolom zijn\.$/);
    expect(taken.message).toMatch(/^Er is al een kolom ‘agb_codes’ in tabel ‘vektis’ \(in .*\)\. Kies een andere naam\.$/);
    expect(await server.open(uri, text)).toEqual([]);
  });

  it("answers nothing where no declared thing is named", async () => {
    const { uri } = server.policy;
    expect(await references(uri, "voorwaarde: behandelindex > 150", 3)).toBeNull();
    expect(await references(uri, "titel: Selectie op basis", 10)).toBeNull();
  });
});

describe("rename", () => {
  it("renames a fact at its key and every use, and the policy is as correct as before", async () => {
    const { uri, text } = server.policy;
    const prepared = (await server.client.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position: positionOf(text, "voorwaarde: behandelindex > 150", 14) })) as { range: Range; placeholder: string };
    expect(prepared.placeholder).toBe("behandelindex");
    expect(textAt(text, prepared.range)).toBe("behandelindex");

    const edit = await rename(uri, text, "voorwaarde: behandelindex > 150", "landelijke_behandelindex", 14);
    const testsUri = uri.replace(/\.policy$/, ".test.yaml");
    expect(Object.keys(edit.changes).sort()).toEqual([uri, testsUri]);
    // Its key, its two uses, and the `was:` that says what the previous version called it.
    expect(edit.changes[uri]).toHaveLength(4);
    const renamed = applyEdits(text, edit.changes[uri] ?? []);
    expect(renamed).toContain("  landelijke_behandelindex:\n    type: getal");
    expect(renamed).toContain("    onbekend: Een nieuwe praktijk heeft nog geen landelijke behandelindex.\n    was: behandelindex\n  uitzondering_behandelindex:");
    expect(renamed).toContain("voorwaarde: landelijke_behandelindex > 150");
    expect(renamed).toContain("- tekst behandelindex\n");
    // No diagnostics: no warning either that the fact has a new key without ‘was’ (BL605).
    expect(await server.open(uri, renamed)).toEqual([]);
    expect(await server.open(uri, text)).toEqual([]);

    // The tests still fit the policy: no fact they give is unknown.
    const tests = readFileSync(server.policy.file.replace(/\.policy$/, ".test.yaml"), "utf8");
    const renamedTests = applyEdits(tests, edit.changes[testsUri] ?? []);
    expect(renamedTests).not.toMatch(/^\s+behandelindex:/m);
    expect(testDiagnostics(renamed, renamedTests)).toEqual(testDiagnostics(text, tests));
    expect(testDiagnostics(renamed, tests)).toContainEqual(expect.stringMatching(/^BL501 .*‘behandelindex’/));
  });

  it("renames a care type everywhere in the policy, and a chapter of the shared file in both files", async () => {
    const { uri, text } = server.policy;
    const edit = await rename(uri, text, "zorgsoorten: [fysiotherapie]", "fysio", 15);
    const renamed = applyEdits(text, edit.changes[uri] ?? []);
    // Only the prose still says ‘fysiotherapie’.
    expect(renamed).not.toMatch(/^\s*fysiotherapie:|zorgsoorten: \[[^\]]*\bfysiotherapie\b|"fysiotherapie"/m);
    expect(renamed).toContain("  fysio:\n    naam: Fysiotherapie");
    expect(await server.open(uri, renamed)).toEqual([]);
    await server.open(uri, text);

    // The chapter is the shared file's, which the previous version includes too: that changes as well.
    const chapter = await rename(uri, text, "    hoofdstuk: themas", "themas_zorginkoop", 15);
    const previous = { uri: server.policy.uri.replace("2026-07", "2026-04"), text: readFileSync(server.policy.file.replace("2026-07", "2026-04"), "utf8") };
    expect(Object.keys(chapter.changes).sort()).toEqual([server.shared.uri, previous.uri, uri].sort());
    const shared = applyEdits(server.shared.text, chapter.changes[server.shared.uri] ?? []);
    expect(shared).toContain("  themas_zorginkoop:\n    nummer: \"2\"");
    expect(shared).not.toMatch(/hoofdstuk: themas\n/);
    const policy = applyEdits(text, chapter.changes[uri] ?? []);
    expect(policy).toContain("hoofdstuk: themas_zorginkoop\n");
    const older = applyEdits(previous.text, chapter.changes[previous.uri] ?? []);
    expect(older).not.toMatch(/hoofdstuk: themas\n/);
    expect((chapter.changes[previous.uri] ?? []).every((e) => textAt(previous.text, e.range) === "themas")).toBe(true);

    // With all three changed, both versions check as before.
    const changed = new Map([
      [resolve(server.shared.file), shared],
      [resolve(server.policy.file), policy],
      [resolve(server.policy.file.replace("2026-07", "2026-04")), older],
    ]);
    const readText = (file: string) => changed.get(resolve(file)) ?? readFileSync(file, "utf8");
    for (const [file, changedText] of changed) {
      if (file.includes("algemeen")) continue;
      expect(compileText(file, changedText, { readText }).diagnostics).toEqual([]);
    }
  });

  it("refuses, in Dutch, a name the language does not allow or that is taken, and a document that does not parse", async () => {
    const { uri, text } = server.policy;
    const at = "voorwaarde: behandelindex > 150";
    const cases: [string, RegExp][] = [
      ["2de_index", /^‘2de_index’ is geen geldige naam\. Een naam bestaat uit letters, cijfers en lage streepjes/],
      ["behandel index", /is geen geldige naam/],
      ["tussen", /^‘tussen’ is een sleutelwoord van de voorwaarden/],
      ["aandeel", /^‘aandeel’ is een functie/],
      ["zorgsoort", /^‘zorgsoort’ is een vaste waarde/],
      ["uitzondering_behandelindex", /^Er is al een feit ‘uitzondering_behandelindex’ \(in .*2026-07\.policy\)\. Kies een andere naam\.$/],
      ["vektis", /^‘vektis’ is al de naam van een tabel/],
      ["behandelindex", /^Het feit heet al ‘behandelindex’\.$/],
    ];
    for (const [newName, message] of cases) {
      const error = await refusal(rename(uri, text, at, newName, 14));
      expect(error.code).toBe(-32803);
      expect(error.message).toMatch(message);
    }
    const broken = text.replace("feiten:\n", "feiten: [\n");
    await server.open(uri, broken);
    for (const request of [
      rename(uri, broken, at, "index", 14),
      server.client.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position: positionOf(broken, at, 14) }),
    ]) {
      const error = await refusal(request);
      expect(error).toEqual({ code: -32803, message: "Het document kan nu niet worden gelezen (een fout in de YAML). Herstel die eerst; dan kunt u hernoemen." });
    }
    await server.open(uri, text);
    const nothing = await refusal(server.client.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position: positionOf(text, at, 3) }));
    expect(nothing.message).toMatch(/^Hier staat geen naam die u kunt hernoemen/);
  });

  it("is advertised", () => {
    expect(server.capabilities).toMatchObject({ referencesProvider: true, renameProvider: { prepareProvider: true } });
  });
});

describe("a request the server does not answer", () => {
  it("is refused with the JSON-RPC code for an unknown method, in Dutch", async () => {
    const { uri } = server.policy;
    const error = await refusal(server.client.sendRequest("textDocument/signatureHelp", { textDocument: { uri }, position: { line: 0, character: 0 } }));
    expect(error).toEqual({ code: -32601, message: "De taalserver van beleid beantwoordt de vraag ‘textDocument/signatureHelp’ niet." });
  });
});
