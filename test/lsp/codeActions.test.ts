/**
 * Quick fixes for the diagnostics whose hint suggests another name (‘Bedoelt u …?’): the
 * diagnostic carries the replacement (`replacement`), the server offers it as an edit, and
 * applying the edit gives a text without that diagnostic.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyEdits, positionOf, startTestServer, textAt, type Range, type TestServer, type TextEdit } from "./lspClient.js";

interface CodeAction {
  title: string;
  kind: string;
  isPreferred?: boolean;
  diagnostics: { code: string; message: string; range: Range }[];
  edit: { changes: Record<string, TextEdit[]> };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** The code actions at `needle` (plus `offset`) in `text`, after opening `text`. */
async function actionsAt(text: string, needle: string, offset = 0, only?: string[]): Promise<CodeAction[]> {
  const { uri } = server.policy;
  await server.open(uri, text);
  const at = positionOf(text, needle, offset);
  return (await server.client.sendRequest("textDocument/codeAction", {
    textDocument: { uri },
    range: { start: at, end: at },
    context: { diagnostics: [], ...(only ? { only } : {}) },
  })) as CodeAction[];
}

describe("quick fixes", () => {
  it("replaces a misspelt fact in a condition by the fact the hint names", async () => {
    const { text, uri } = server.policy;
    const typo = text.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindx > 150");
    const [action, ...more] = await actionsAt(typo, "behandelindx > 150", 3);
    expect(more).toEqual([]);
    expect(action).toMatchObject({ title: "Vervang ‘behandelindx’ door ‘behandelindex’", kind: "quickfix", isPreferred: true });
    expect(action?.diagnostics[0]).toMatchObject({ code: "BL201" });
    expect(action?.diagnostics[0]?.message).toContain("Bedoelt u ‘behandelindex’?");
    const edits = action?.edit.changes[uri] ?? [];
    expect(edits).toHaveLength(1);
    expect(textAt(typo, (edits[0] as TextEdit).range)).toBe("behandelindx");
    expect(applyEdits(typo, edits)).toBe(text);
    expect(await server.open(uri, applyEdits(typo, edits))).toEqual([]);
  });

  it("replaces a misspelt field (BL003), care type (BL302) and chapter (BL301)", async () => {
    const { text, uri } = server.policy;
    const cases: [from: string, to: string, at: string, code: string][] = [
      ["        voorwaarde: behandelindex > 150", "        voorwarde: behandelindex > 150", "voorwarde", "BL003"],
      ["    soort: uitsluiting\n    zorgsoorten: [fysiotherapie]\n    # De eerste", "    soort: uitsluiting\n    zorgsoorten: [fysiotherapi]\n    # De eerste", "fysiotherapi]", "BL302"],
      ["    hoofdstuk: specifiek\n    soort: uitsluiting", "    hoofdstuk: specifek\n    soort: uitsluiting", "specifek", "BL301"],
    ];
    for (const [from, to, at, code] of cases) {
      expect(text).toContain(from);
      const typo = text.replace(from, to);
      const actions = await actionsAt(typo, at, 2);
      expect(actions.map((a) => a.diagnostics[0]?.code)).toEqual([code]);
      expect(applyEdits(typo, actions[0]?.edit.changes[uri] ?? [])).toBe(text);
    }
  });

  it("replaces a misspelt function, value of a field, volgorde entry and text after ‘na’", async () => {
    const { text, uri } = server.policy;
    const cases: [from: string, to: string, at: string, code: string, title: string][] = [
      ["voorwaarde: aantal(kwaliteitsregisters) >= 1", "voorwaarde: aantl(kwaliteitsregisters) >= 1", "aantl(", "BL203", "Vervang ‘aantl’ door ‘aantal’"],
      ["        bij_onbekend: onwaar\n", "        bij_onbekend: onwar\n", "onwar\n", "BL006", "Vervang ‘onwar’ door ‘onwaar’"],
      ["      - groep selectie_behandelindex\n", "      - groep selectie_behandelindx\n", "groep selectie_behandelindx", "BL317", "Vervang ‘groep selectie_behandelindx’ door ‘groep selectie_behandelindex’"],
      ["    na: themas_akkoord\n", "    na: themas_akord\n", "themas_akord", "BL315", "Vervang ‘themas_akord’ door ‘themas_akkoord’"],
    ];
    for (const [from, to, at, code, title] of cases) {
      expect(text).toContain(from);
      const typo = text.replace(from, to);
      const actions = await actionsAt(typo, at, 2);
      expect(actions.map((a) => [a.diagnostics[0]?.code, a.title])).toEqual([[code, title]]);
      expect(applyEdits(typo, actions[0]?.edit.changes[uri] ?? [])).toBe(text);
    }
  });

  it("writes a yes the way a condition does, in lower case", async () => {
    const { text, uri } = server.policy;
    const from = "          voorwaarde: uitzondering_behandelindex\n";
    for (const [written, fixed] of [["JA", "ja"], ["waar", "ja"], ["onwaar", "nee"]] as const) {
      const typo = text.replace(from, `          voorwaarde: uitzondering_behandelindex = ${written}\n`);
      const [action, ...more] = await actionsAt(typo, `= ${written}`, 3);
      expect(more).toEqual([]);
      expect(action?.title).toBe(`Vervang ‘${written}’ door ‘${fixed}’`);
      expect(applyEdits(typo, action?.edit.changes[uri] ?? [])).toBe(text.replace(from, `          voorwaarde: uitzondering_behandelindex = ${fixed}\n`));
    }
  });

  it("keeps the quotes the author wrote around a value in a condition", async () => {
    const { text, uri } = server.policy;
    const from = 'valpreventie_uitvoerder in ["fysiotherapeut", "oefentherapeut"]';
    const typo = text.replace(from, "valpreventie_uitvoerder = 'fysioterapeut'");
    const [action] = await actionsAt(typo, "'fysioterapeut'", 3);
    expect(action?.diagnostics[0]?.code).toBe("BL205");
    expect(action?.title).toBe("Vervang ‘'fysioterapeut'’ door ‘'fysiotherapeut'’");
    expect(applyEdits(typo, action?.edit.changes[uri] ?? [])).toBe(text.replace(from, "valpreventie_uitvoerder = 'fysiotherapeut'"));
  });

  it("keeps curly single quotes around a value in a condition", async () => {
    const { text, uri } = server.policy;
    const from = 'valpreventie_uitvoerder in ["fysiotherapeut", "oefentherapeut"]';
    const typo = text.replace(from, "valpreventie_uitvoerder = ‘fysioterapeut’");
    const [action, ...more] = await actionsAt(typo, "‘fysioterapeut’", 3);
    expect(more).toEqual([]);
    expect(action?.diagnostics[0]?.code).toBe("BL205");
    expect(action?.title).toBe("Vervang ‘‘fysioterapeut’’ door ‘‘fysiotherapeut’’");
    const fixed = applyEdits(typo, action?.edit.changes[uri] ?? []);
    expect(fixed).toBe(text.replace(from, "valpreventie_uitvoerder = ‘fysiotherapeut’"));
    expect(await server.open(uri, fixed)).toEqual([]);
  });

  it("keeps the quotes around a value with an apostrophe: ‘…’s’ stays one text between curly quotes", async () => {
    const { text, uri } = server.policy;
    const values = "beweeginterventie uitvoert.\n    waarden:\n      - fysiotherapeut\n";
    expect(text).toContain(values);
    const withApostrophe = text.replace(values, "beweeginterventie uitvoert.\n    waarden:\n      - fysiotherapeut’s\n");
    const from = 'valpreventie_uitvoerder in ["fysiotherapeut", "oefentherapeut"]';
    for (const [written, fixed] of [
      ["‘fysioterapeut’s’", "‘fysiotherapeut’s’"],
      ["'fysioterapeut’s'", "'fysiotherapeut’s'"],
    ] as const) {
      const typo = withApostrophe.replace(from, `valpreventie_uitvoerder = ${written}`);
      const [action] = await actionsAt(typo, written, 3);
      expect(action?.diagnostics[0]?.code).toBe("BL205");
      expect(action?.edit.changes[uri]?.[0]?.newText).toBe(fixed);
    }
  });

  it("offers nothing for a diagnostic without a suggestion, elsewhere, or when only other kinds are asked", async () => {
    const { text } = server.policy;
    const broken = text.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > ja");
    expect(await actionsAt(broken, "> ja", 2)).toEqual([]);
    const typo = text.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindx > 150");
    expect(await actionsAt(typo, "voorwaarde: behandelindx", 2)).toEqual([]);
    expect(await actionsAt(typo, "behandelindx > 150", 3, ["refactor"])).toEqual([]);
    expect(await actionsAt(typo, "behandelindx > 150", 3, ["quickfix"])).toHaveLength(1);
  });

  it("is advertised", () => {
    expect(server.capabilities).toMatchObject({ codeActionProvider: { codeActionKinds: ["quickfix"] } });
  });
});
