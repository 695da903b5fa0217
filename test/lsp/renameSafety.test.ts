/**
 * What a rename must not do, found by an exploratory tester: accept a name that breaks the
 * policy, pass by a policy that cannot be read or that a cut-short search missed, forget the
 * tests (`verwacht: overeenkomst`, a test file attached by `beleid:`) or the `was:` of the
 * newer version; and quick fixes and outline ranges that were wrong. Each case drives the
 * server in-process as an editor does.
 */

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { displayPath } from "../../compiler/load/loadPolicy.js";
import { workspaceFiles } from "../../compiler/lsp/includers.js";
import { applyEdits, positionOf, startTestServer, textAt, type Range, type TestServer, type TextEdit } from "./lspClient.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.open(server.policy.uri, server.policy.text);
});
afterAll(() => server.close());

type Edit = { changes: Record<string, TextEdit[]> };
const rename = (uri: string, text: string, needle: string, newName: string, offset = 0, nth = 0): Promise<Edit> =>
  server.client.sendRequest("textDocument/rename", { textDocument: { uri }, position: positionOf(text, needle, offset, nth), newName }) as Promise<Edit>;

async function refusal(request: Promise<unknown>): Promise<string> {
  try {
    await request;
  } catch (error) {
    expect((error as { code: number }).code).toBe(-32803);
    return (error as Error).message;
  }
  throw new Error("no error");
}

const para = () => join(server.dir, "paramedische-zorg");
const uriOf = (file: string) => pathToFileURL(file).href;

describe("a new name that would break the policy", () => {
  it("is refused when YAML reads it as something else than a name", async () => {
    const { uri, text } = server.policy;
    for (const name of ["null", "Null", "NULL", "true", "True", "FALSE", "yes", "off"]) {
      expect(await refusal(rename(uri, text, "voorwaarde: behandelindex > 150", name, 14))).toMatch(new RegExp(`^‘${name}’ kan geen naam zijn: een YAML-lezer leest het zonder aanhalingstekens als`));
    }
  });

  it("is refused when the expression language cannot write it", async () => {
    const { uri, text } = server.policy;
    for (const name of ["~", "a×b", "a÷b", "×"]) {
      expect(await refusal(rename(uri, text, "voorwaarde: behandelindex > 150", name, 14))).toMatch(/is geen geldige naam/);
    }
    // The letters the language does allow still are.
    const edit = await rename(uri, text, "voorwaarde: behandelindex > 150", "behandelindex_één", 14);
    // No diagnostics: the renamed fact says what it was (no BL605).
    const renamed = applyEdits(text, edit.changes[uri] ?? []);
    expect(renamed).toContain("    was: behandelindex\n");
    expect(await server.open(uri, renamed)).toEqual([]);
    await server.open(uri, text);
  });

  it("is refused when the checks would reject it: a reserved key, names that clash in the evaluator", async () => {
    const { uri, text } = server.policy;
    expect(await refusal(rename(uri, text, "voorwaarde: behandelindex > 150", "__proto__", 14))).toBe(
      `‘__proto__’ kan geen naam zijn: ‘${displayPath(server.policy.file)}’ zou dan deze fout krijgen (BL012): De sleutel ‘__proto__’ kan niet worden gebruikt. ‘__proto__’ heeft in JavaScript een eigen betekenis; kies een andere naam.`,
    );
    for (const name of ["Fysiotherapie", "fout", "voor", "beschrijving", "perzorgsoort", "Per_Zorgsoort"]) {
      const message = await refusal(rename(uri, text, "  logopedie:\n", name, 2));
      expect(message).toMatch(new RegExp(`^‘${name}’ kan geen naam zijn: ‘.*2026-07\\.policy’ zou dan deze fout krijgen \\(BL215\\): .*Kies een andere sleutel\\.$`));
    }
  });
});

describe("the tests of a policy", () => {
  it("renames the agreement of a care type without differentiation (`verwacht: overeenkomst`)", async () => {
    const { uri, text } = server.policy;
    const testsFile = server.policy.file.replace(/\.policy$/, ".test.yaml");
    const tests = readFileSync(testsFile, "utf8");
    const edit = await rename(uri, text, "  dietetiek:\n", "dietiek", 2);
    const renamed = applyEdits(tests, edit.changes[uriOf(testsFile)] ?? []);
    expect(renamed).toContain("      overeenkomst: dietiek\n");
    expect(renamed).not.toMatch(/\bdietetiek\b/);
    // An agreement of a care type with differentiation (A, B, …) stays.
    expect(renamed.match(/overeenkomst: [A-D]\n/g)?.length).toBe(tests.match(/overeenkomst: [A-D]\n/g)?.length);
  });

  it("renames in a test file that names the policy by `beleid:`", async () => {
    const { uri, text } = server.policy;
    const extra = join(para(), "extra-gevallen.test.yaml");
    writeFileSync(extra, "taalversie: 1\nbeleid: 2026-07.policy\ngevallen:\n  - naam: Hoge index\n    zorgsoort: fysiotherapie\n    feiten:\n      behandelindex: 200\n    verwacht:\n      in_aanmerking: nee\n");
    // A test file beside it that belongs to another policy is left alone.
    const other = join(para(), "2026-04-extra.test.yaml");
    writeFileSync(other, "taalversie: 1\nbeleid: 2026-04.policy\ngevallen:\n  - naam: Hoge index\n    zorgsoort: fysiotherapie\n    feiten:\n      behandelindex: 200\n    verwacht:\n      in_aanmerking: nee\n");
    try {
      await server.open(uri, text);
      const edit = await rename(uri, text, "voorwaarde: behandelindex > 150", "index", 14);
      expect((edit.changes[uriOf(extra)] ?? []).map((e) => textAt(readFileSync(extra, "utf8"), e.range))).toEqual(["behandelindex"]);
      expect(edit.changes[uriOf(other)]).toBeUndefined();
    } finally {
      rmSync(extra);
      rmSync(other);
    }
  });
});

describe("the other policies a rename must change", () => {
  const chapter = "    hoofdstuk: themas";

  it("refuses when a policy that includes the shared file cannot be read, on disk or open", async () => {
    const { uri, text } = server.policy;
    const broken = join(para(), "kapot.policy");
    writeFileSync(broken, readFileSync(server.policy.file.replace("2026-07", "2026-04"), "utf8").replace("feiten:\n", "feiten: [\n"));
    try {
      expect(await refusal(rename(uri, text, chapter, "themas_nieuw", 15))).toMatch(/^‘.*kapot\.policy’ kan nu niet worden gelezen \(een fout in de YAML\)\. Herstel die eerst/);
    } finally {
      rmSync(broken);
    }
    const older = server.policy.file.replace("2026-07", "2026-04");
    const olderText = readFileSync(older, "utf8");
    await server.open(uriOf(older), olderText.replace("feiten:\n", "feiten: [\n"));
    expect(await refusal(rename(uri, text, chapter, "themas_nieuw", 15))).toMatch(/^‘.*2026-04\.policy’ kan nu niet worden gelezen/);
    await server.open(uriOf(older), olderText);
    const edit = await rename(uri, text, chapter, "themas_nieuw", 15);
    expect(Object.keys(edit.changes)).toContain(uriOf(older));
  });

  it("searches past a folder of many files, and says when the search was cut short", async () => {
    const { uri, text } = server.policy;
    const many = join(server.dir, "aaa-veel");
    mkdirSync(many);
    for (let i = 0; i < 6000; i++) writeFileSync(join(many, `f${i}.txt`), "");
    try {
      const edit = await rename(uri, text, chapter, "themas_nieuw", 15);
      expect(Object.keys(edit.changes)).toContain(uriOf(server.policy.file.replace("2026-07", "2026-04")));
      const cut = workspaceFiles([server.dir], 100);
      expect(cut.complete).toBe(false);
      expect(workspaceFiles([server.dir]).complete).toBe(true);
    } finally {
      rmSync(many, { recursive: true });
    }
  });

  it("refuses, rather than rename part, when the workspace has more files than the search reads", async () => {
    const small = await startTestServer({ mostWorkspaceEntries: 5 });
    try {
      const { uri, text } = small.policy;
      await small.open(uri, text);
      const request = small.client.sendRequest("textDocument/rename", { textDocument: { uri }, position: positionOf(text, chapter, 15), newName: "themas_nieuw" });
      await expect(request).rejects.toMatchObject({ code: -32803, message: expect.stringMatching(/^De geopende map ‘.*’ bevat te veel bestanden om alle beleidsstukken te vinden die meedoen; hernoemen zou er een kunnen overslaan\./) });
      // Find references still answers with what it found.
      const found = (await small.client.sendRequest("textDocument/references", { textDocument: { uri }, position: positionOf(text, chapter, 15), context: { includeDeclaration: true } })) as unknown[];
      expect(found.length).toBeGreaterThan(1);
    } finally {
      small.close();
    }
  });

  it("renames `was:` in the newer version when renaming in the version it names as `vorige`", async () => {
    const newer = server.policy;
    const older = { file: newer.file.replace("2026-07", "2026-04"), uri: newer.uri.replace("2026-07", "2026-04") };
    const olderText = readFileSync(older.file, "utf8");
    const withWas = newer.text.replace("      behandelindex_hoger_dan_150:\n        naam:", "      behandelindex_hoger_dan_150:\n        was: behandelindex_hoger_dan_150\n        naam:");
    expect(withWas).not.toBe(newer.text);
    expect(await server.open(newer.uri, withWas)).toEqual([]);
    await server.open(older.uri, olderText);
    const edit = await rename(older.uri, olderText, "      behandelindex_hoger_dan_150:\n", "bi_boven_150", 6);
    const newerEdits = edit.changes[newer.uri] ?? [];
    expect(newerEdits).toHaveLength(1);
    expect(applyEdits(withWas, newerEdits)).toContain("        was: bi_boven_150\n");
    // The rule's own key in the newer version is another thing: it stays.
    expect(applyEdits(withWas, newerEdits)).toContain("      behandelindex_hoger_dan_150:\n");
    await server.open(newer.uri, newer.text);
  });
});

interface CodeAction {
  title: string;
  isPreferred?: boolean;
  diagnostics: { code: string }[];
}
async function actionsAt(text: string, needle: string, offset = 0): Promise<CodeAction[]> {
  const { uri } = server.policy;
  await server.open(uri, text);
  const at = positionOf(text, needle, offset);
  return (await server.client.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
}

describe("quick fixes that would be wrong", () => {
  it("offers no other agreement for a follow-on error of a misspelt chapter (BL317)", async () => {
    const { text, uri } = server.policy;
    const typo = text.replace("      hoofdstuk: procedure\n      tekst: Caresq biedt voor fysiotherapie", "      hoofdstuk: procedur\n      tekst: Caresq biedt voor fysiotherapie");
    expect(typo).not.toBe(text);
    const actions = await actionsAt(typo, "      - overeenkomst fysiotherapie", 8);
    expect(actions.filter((a) => a.diagnostics.some((d) => d.code === "BL317"))).toEqual([]);
    // The misspelt chapter itself is still fixed.
    const chapterFix = await actionsAt(typo, "hoofdstuk: procedur\n", 12);
    expect(chapterFix.map((a) => a.title)).toEqual(["Vervang ‘procedur’ door ‘procedure’"]);
    await server.open(uri, text);
  });

  it("offers no key that the mapping already has (BL003 would become BL002)", async () => {
    const { text, uri } = server.policy;
    const typo = text.replace("    minimum: 0\n    peiljaar: -2\n", "    minimum: 0\n    minimun: 1\n    peiljaar: -2\n");
    const actions = await actionsAt(typo, "minimun: 1", 3);
    expect(actions.filter((a) => a.diagnostics.some((d) => d.code === "BL003"))).toEqual([]);
    // Without the existing key, the fix is offered.
    const alone = text.replace("    minimum: 0\n    peiljaar: -2\n", "    minimun: 0\n    peiljaar: -2\n");
    expect((await actionsAt(alone, "minimun: 0", 3)).map((a) => a.title)).toEqual(["Vervang ‘minimun’ door ‘minimum’"]);
    await server.open(uri, text);
  });
});

describe("the outline", () => {
  it("gives an alias entry (`kopie: *anker`) the range of the whole entry", async () => {
    const { text, uri } = server.policy;
    const aliased = text.replace("  behandelindex:\n    type: getal", "  behandelindex: &bi\n    type: getal").replace("\nzorgsoorten:\n", "  bi_kopie: *bi\n\nzorgsoorten:\n");
    await server.open(uri, aliased);
    const symbols = (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as { name: string; range: Range; selectionRange: Range; children?: { name: string; range: Range }[] }[];
    const copy = symbols.find((s) => s.name === "feiten")?.children?.find((c) => c.name === "bi_kopie");
    expect(copy && textAt(aliased, copy.range)).toBe("bi_kopie: *bi");
    await server.open(uri, text);
  });
});
