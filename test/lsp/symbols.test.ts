/**
 * The outline (document symbols): the sections of a policy and what each declares, with the
 * range of the whole entry and of its key, from the text as it is in the editor.
 */

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { positionOf, startTestServer, textAt, type Range, type TestServer } from "./lspClient.js";

interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function symbolsOf(uri: string, text: string): Promise<DocumentSymbol[]> {
  await server.open(uri, text);
  return (await server.client.sendRequest("textDocument/documentSymbol", { textDocument: { uri } })) as DocumentSymbol[];
}

const named = (list: DocumentSymbol[] | undefined, name: string): DocumentSymbol => {
  const found = list?.find((s) => s.name === name);
  if (!found) throw new Error(`no symbol ${name}`);
  return found;
};

describe("document symbols", () => {
  it("lists the sections, and in them the chapters, facts, care types, groups with their rules, tables and texts", async () => {
    const { uri, text } = server.policy;
    const symbols = await symbolsOf(uri, text);
    expect(symbols.map((s) => s.name)).toEqual(["hoofdstukken", "feiten", "zorgsoorten", "groepen", "datumregels", "tabellen", "planning", "teksten"]);

    const chapter = named(named(symbols, "hoofdstukken").children, "specifiek");
    expect(chapter).toMatchObject({ kind: 2, detail: expect.stringMatching(/^\d[\d.]* \S/) });
    expect(chapter.selectionRange.start).toEqual(positionOf(text, "  specifiek:\n", 2));

    const fact = named(named(symbols, "feiten").children, "behandelindex");
    expect(fact).toMatchObject({ kind: 13, detail: "getal" });
    expect(textAt(text, fact.selectionRange)).toBe("behandelindex");
    expect(textAt(text, fact.range)).toMatch(/^behandelindex:\n {4}type: getal\n[\s\S]*\S$/);

    const careType = named(named(symbols, "zorgsoorten").children, "fysiotherapie");
    expect(careType).toMatchObject({ kind: 5, detail: "Fysiotherapie" });
    expect(careType.children?.map((c) => [c.name, c.detail])).toEqual([
      ["A", "Zorgovereenkomst A"],
      ["B", "Zorgovereenkomst B"],
      ["C", "Zorgovereenkomst C"],
      ["D", "Zorgovereenkomst D"],
    ]);
    expect(textAt(text, named(careType.children, "B").range)).toBe("B: { naam: Zorgovereenkomst B, factoren: 2 }");

    const group = named(named(symbols, "groepen").children, "selectie_behandelindex");
    expect(group).toMatchObject({ kind: 4, detail: "uitsluiting: Selectie op basis van de landelijke behandelindex" });
    const rule = named(group.children, "behandelindex_hoger_dan_150");
    expect(rule).toMatchObject({ kind: 12, detail: "uitsluiting" });
    expect(textAt(text, rule.selectionRange)).toBe("behandelindex_hoger_dan_150");
    // Each range holds its children.
    const inside = (outer: Range, inner: Range) =>
      (outer.start.line < inner.start.line || (outer.start.line === inner.start.line && outer.start.character <= inner.start.character)) &&
      (outer.end.line > inner.end.line || (outer.end.line === inner.end.line && outer.end.character >= inner.end.character));
    expect(inside(group.range, rule.range)).toBe(true);
    expect(inside(named(symbols, "groepen").range, group.range)).toBe(true);

    const table = named(named(symbols, "tabellen").children, "vektis");
    expect(table).toMatchObject({ kind: 23, detail: "Vektis registratie" });
    expect(table.children?.map((c) => [c.name, c.kind, c.detail])).toEqual([
      ["agb_codes", 8, "verzameling"],
      ["beroep", 8, "tekst"],
    ]);
    expect(named(named(symbols, "planning").children, "uiterste_tekendatum")).toMatchObject({ kind: 24, detail: "Uiterste tekendatum zorgovereenkomst" });
  });

  it("follows the text as typed, also with an error in a condition, and gives none while the YAML is broken", async () => {
    const { uri, text } = server.policy;
    const changed = text.replace("voorwaarde: behandelindex > 150", "voorwaarde: behandelindex > ja").replace("  behandelindex:\n    type: getal", "  index:\n    type: getal");
    const facts = named(await symbolsOf(uri, changed), "feiten").children ?? [];
    expect(facts.some((f) => f.name === "index")).toBe(true);
    expect(facts.some((f) => f.name === "behandelindex")).toBe(false);
    expect(await symbolsOf(uri, text.replace("feiten:\n", "feiten: [\n"))).toEqual([]);
  });

  it("lists a shared file's chapters and texts", async () => {
    const { uri, text } = server.shared;
    const symbols = await symbolsOf(uri, text);
    expect(symbols.map((s) => s.name)).toEqual(["hoofdstukken", "teksten"]);
    expect(named(named(symbols, "hoofdstukken").children, "caresq")).toMatchObject({ detail: "1 Caresq" });
    expect(named(named(symbols, "teksten").children, "over_caresq")).toMatchObject({ kind: 15, detail: "Over Caresq" });
  });

  it("is advertised", () => {
    expect(server.capabilities).toMatchObject({ documentSymbolProvider: { label: "beleid" } });
  });
});
