/**
 * A quoted field over several lines in a column whose value never holds a line break (a
 * number, a date, yes or no, a choice, a list): a stray opening quote that met a stray closing
 * quote lines later, which papaparse reads as one valid record. The chunker (compiler/facts/
 * chunks.ts) rejects that record, naming both lines, and reads on at the line after the
 * opening quote; in a text column, or one that is no fact, a field may run over several lines.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { datasetFacts } from "../../compiler/facts/dataset.js";
import { readProviderRows, singleLineColumns, type ProviderRow } from "../../compiler/facts/rows.js";
import type { Fact } from "../../compiler/model.js";

const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
const facts = datasetFacts(model, "fysiotherapie").filter((f) => f.id === "behandelindex" || f.id === "kwaliteitsregisters");
const HEADER = "aanbieder,behandelindex,kwaliteitsregisters";

async function* piecesOf(bytes: Buffer, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** The rows, the same whatever the size of the pieces the file arrives in. */
async function readAll(text: string, factList: readonly Fact[] = facts): Promise<ProviderRow[]> {
  const read = async (size: number) => {
    const rows: ProviderRow[] = [];
    for await (const row of readProviderRows(piecesOf(Buffer.from(text), size), "csv", factList)) rows.push(row);
    return rows;
  };
  const rows = await read(64 * 1024);
  for (const size of [1, 3, 7, 64]) expect(await read(size)).toEqual(rows);
  return rows;
}

const problem = (line: number, melding: string, id?: string): ProviderRow => ({ line, ...(id !== undefined ? { id } : {}), problems: [{ feit: "", soort: "regel", melding, reden: "aanhalingsteken" }] });

describe("a quoted field over several lines", () => {
  it("in a number column, with as many columns as the header: that row rejected naming both lines, the lines between read (was: one row, lines 3 and 4 gone)", async () => {
    const rows = await readAll([HEADER, 'A1,"97,', "A2,98,", "A3,99,", 'A4,100",', "A5,101,", ""].join("\n"));
    expect(rows).toEqual([
      problem(
        2,
        "Het aanhalingsteken (\") waarmee de kolom ‘behandelindex’ begint, wordt op regel 2 niet gesloten, maar pas op regel 5; zo zouden de regels 2 tot en met 5 als één rij worden gelezen. Een waarde van ‘behandelindex’ loopt nooit over meer regels (dat kan alleen bij tekst). Staat er op regel 2 een aanhalingsteken te veel of te weinig? De regel is overgeslagen; het lezen gaat verder op regel 3.",
        "A1",
      ),
      { line: 3, id: "A2", facts: { behandelindex: 98, kwaliteitsregisters: [] } },
      { line: 4, id: "A3", facts: { behandelindex: 99, kwaliteitsregisters: [] } },
      // The stray closing quote is text in a field that does not start with one, as papaparse reads it.
      { line: 5, id: "A4", problems: [{ feit: "behandelindex", soort: "type", melding: expect.stringContaining("‘100\"’") }] },
      { line: 6, id: "A5", facts: { behandelindex: 101, kwaliteitsregisters: [] } },
    ]);
  });

  it("in a list column, with `;` and Windows line ends", async () => {
    const rows = await readAll(["aanbieder;behandelindex;kwaliteitsregisters", 'A1;97;"Kwaliteitsregister Paramedici', 'A2";98;', "A3;99;", ""].join("\r\n"));
    expect(rows[0]).toEqual(problem(2, expect.stringMatching(/^Het aanhalingsteken \(\"\) waarmee de kolom ‘kwaliteitsregisters’ begint, wordt op regel 2 niet gesloten, maar pas op regel 3;.* het lezen gaat verder op regel 3\.$/), "A1"));
    expect(rows.slice(1).map((r) => [r.line, r.id, "facts" in r])).toEqual([
      [3, 'A2"', true], // the stray closing quote is text in a field that does not start with one
      [4, "A3", true],
    ]);
  });

  it("after other quoted fields of the same record, counting their separators and quotes", async () => {
    const rows = await readAll([HEADER, '"Praktijk ""De Linde"", Utrecht","97","', 'Kwaliteitsregister Paramedici"', "A3,99,", ""].join("\n"));
    expect(rows[0]).toMatchObject({ line: 2, problems: [{ melding: expect.stringContaining("de kolom ‘kwaliteitsregisters’ begint, wordt op regel 2 niet gesloten, maar pas op regel 3") }] });
    expect(rows.slice(1).map((r) => r.line)).toEqual([3, 4]);
  });

  it("in the column aanbieder, a column that is no fact, or a text fact, is a value as it is", async () => {
    const text = facts.map((f) => (f.id === "kwaliteitsregisters" ? { ...f, type: "tekst" as const, values: undefined } : f)) as Fact[];
    expect(singleLineColumns(text)).toEqual(new Set(["behandelindex"]));
    const rows = await readAll([`${HEADER},adres`, '"Praktijk\nDe Linde",97,"Register\nmet twee regels","Straat 1\n1234 AB Utrecht"', "A2,98,Register,", ""].join("\n"), text);
    expect(rows).toEqual([
      { line: 2, id: "Praktijk\nDe Linde", facts: { behandelindex: 97, kwaliteitsregisters: "Register\nmet twee regels" } },
      { line: 6, id: "A2", facts: { behandelindex: 98, kwaliteitsregisters: "Register" } },
    ]);
  });

  it("is refused in every fact but a text, over both versions of a policy", () => {
    const older = compileFile("policies/paramedische-zorg/2025.policy").model!;
    const single = singleLineColumns([...model.facts, ...older.facts]);
    for (const fact of [...model.facts, ...older.facts]) expect(single.has(fact.id)).toBe(fact.type !== "tekst");
  });
});
