/**
 * Reading provider files that are not as they should be (compiler/facts/chunks.ts, rows.ts):
 * an unclosed quote, a record too long, a file that is not UTF-8 or separated by tabs, a
 * column twice or in capitals, rows of empty cells (Excel), and JSON lines typed as
 * `--feiten` types them. Every bad record is one rejected row with its line number, and the
 * rest of the file is still read, in linear time.
 */

import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { chunkRows, type RowChunk } from "../../compiler/facts/chunks.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { csvLayout, parseCsvText, parseRowChunk, readProviderRows, RowsError, type ProviderRow, type RowProblem } from "../../compiler/facts/rows.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import type { Fact } from "../../compiler/model.js";

const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
const facts = datasetFacts(model, "fysiotherapie");
const two = facts.filter((f) => f.id === "behandelindex" || f.id === "kwaliteitsregisters");

async function* piecesOf(bytes: Buffer, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function readAll(input: string | Buffer, format: "csv" | "jsonl" = "csv", factList: readonly Fact[] = two, pieceSize = 7): Promise<ProviderRow[]> {
  const rows: ProviderRow[] = [];
  for await (const row of readProviderRows(piecesOf(Buffer.from(input), pieceSize), format, factList)) rows.push(row);
  return rows;
}

async function chunksOf(text: string, chunkSize: number, maxRecord: number, pieceSize = 5): Promise<RowChunk[]> {
  const chunks: RowChunk[] = [];
  for await (const chunk of chunkRows(piecesOf(Buffer.from(text), pieceSize), "csv", chunkSize, maxRecord)) chunks.push(chunk);
  return chunks;
}

const HEADER = "aanbieder,behandelindex,kwaliteitsregisters";

describe("an unclosed quote", () => {
  it("is one rejected row naming the column; reading goes on at the next line", async () => {
    const rows = await readAll([HEADER, '"A1,97,', "A2,98,", "A3,99,Kwaliteitsregister Paramedici", ""].join("\n"));
    expect(rows).toEqual([
      { line: 2, problems: [{ feit: "", soort: "regel", melding: "Het aanhalingsteken (\") waarmee de kolom ‘aanbieder’ begint, wordt niet gesloten: er komt tot het einde van het bestand geen aanhalingsteken meer dat erbij past. De regel is overgeslagen; het lezen gaat verder op regel 3.", reden: "aanhalingsteken" }] },
      { line: 3, id: "A2", facts: { behandelindex: 98, kwaliteitsregisters: [] } },
      { line: 4, id: "A3", facts: { behandelindex: 99, kwaliteitsregisters: ["Kwaliteitsregister Paramedici"] } },
    ]);
  });

  it("names the provider when the quote opens after its column, and says when it is on the last line", async () => {
    const rows = await readAll([HEADER, "A1,97,", 'A2,98,"Kwaliteitsregister'].join("\n"));
    expect(rows[1]).toEqual({ line: 3, id: "A2", problems: [{ feit: "", soort: "regel", melding: "Het aanhalingsteken (\") waarmee de kolom ‘kwaliteitsregisters’ begint, wordt niet gesloten: er komt tot het einde van het bestand geen aanhalingsteken meer dat erbij past.", reden: "aanhalingsteken" }] });
  });

  it("is given up after the longest record (1 MB), in linear time", async () => {
    const rest = Array.from({ length: 400_000 }, (_, i) => `A${i},${i % 200},`).join("\n"); // 5 MB after the quote
    const text = `${HEADER}\n"A0,1,\n${rest}\n`;
    const started = performance.now();
    const rows = await readAll(text, "csv", two, 64 * 1024);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(rows).toHaveLength(400_001);
    expect(rows[0]).toEqual({ line: 2, problems: [{ feit: "", soort: "regel", melding: "Het aanhalingsteken (\") waarmee de kolom ‘aanbieder’ begint, wordt binnen 1 MB niet gesloten. De regel is overgeslagen; het lezen gaat verder op regel 3.", reden: "aanhalingsteken" }] });
    expect(rows.slice(1).every((r) => "facts" in r)).toBe(true);
  });

  it("a quote inside a field that does not start with one is text, as papaparse reads it", async () => {
    const rows = await readAll([HEADER, 'Praktijk "De Linde",97,', "A2,98,", ""].join("\n"));
    expect(rows).toEqual([
      { line: 2, id: 'Praktijk "De Linde"', facts: { behandelindex: 97, kwaliteitsregisters: [] } },
      { line: 3, id: "A2", facts: { behandelindex: 98, kwaliteitsregisters: [] } },
    ]);
  });

  it("that finds a partner lines later says the record runs on, and names no provider", async () => {
    const rows = await readAll([HEADER, '"A1,97,', "A2,98,", 'A3",99', "A4,99,", ""].join("\n"));
    expect(rows[0]).toEqual({ line: 2, problems: [{ feit: "", soort: "regel", melding: "De regel heeft 2 kolommen; de kopregel heeft er 3. De regel loopt door tot en met regel 4, omdat een veld tussen aanhalingstekens (\") regelovergangen bevat; staat er ergens een aanhalingsteken te veel of te weinig?", reden: "te_weinig_kolommen" }] });
    expect(rows[1]).toEqual({ line: 5, id: "A4", facts: { behandelindex: 99, kwaliteitsregisters: [] } });
  });
});

describe("a quote followed by text where a separator belongs", () => {
  const REGISTER = "Kwaliteitsregister Paramedici";

  it("after a stray opening quote: that row rejected naming both lines, the lines between read as they are (was: merged into one row, silently)", async () => {
    // The tester's file: `"Praktijk X` (no closing quote) on one line, `"Praktijk Y"` three lines on.
    // papaparse takes the quote before `Praktijk Y` as text and closes the field after it:
    // one row with a name over four lines, the facts of the last, and no error.
    const lines = [HEADER, '"Praktijk X,97,', "A2,98,", "A3,99,", '"Praktijk Y",100,' + REGISTER, "A5,101,", ""];
    for (const pieceSize of [1, 7, 1000]) {
      const rows = await readAll(lines.join("\n"), "csv", two, pieceSize);
      expect(rows).toEqual([
        {
          line: 2,
          problems: [
            {
              feit: "",
              soort: "regel",
              melding:
                "Het aanhalingsteken (\") waarmee de kolom ‘aanbieder’ begint, wordt op regel 2 niet gesloten. Het eerste aanhalingsteken dat het veld zou kunnen sluiten, staat op regel 5, maar daarna volgt ‘Praktijk Y\"’, waar een scheidingsteken (‘,’) of het einde van de regel hoort; het sluit het veld dus niet. Staat er op regel 2 een aanhalingsteken te veel of te weinig? De regel is overgeslagen; het lezen gaat verder op regel 3.",
              reden: "aanhalingsteken",
            },
          ],
        },
        { line: 3, id: "A2", facts: { behandelindex: 98, kwaliteitsregisters: [] } },
        { line: 4, id: "A3", facts: { behandelindex: 99, kwaliteitsregisters: [] } },
        { line: 5, id: "Praktijk Y", facts: { behandelindex: 100, kwaliteitsregisters: [REGISTER] } },
        { line: 6, id: "A5", facts: { behandelindex: 101, kwaliteitsregisters: [] } },
      ]);
    }
  });

  it("after a quote that closes the field on its own line: says so, with both ways to write the field (was: ‘wordt niet gesloten … tot het einde van het bestand’)", async () => {
    const rows = await readAll([HEADER, '"De Linde" Utrecht,97,', "A2,98,"].join("\r\n"));
    expect(rows).toEqual([
      {
        line: 2,
        problems: [
          {
            feit: "",
            soort: "regel",
            melding:
              "Het aanhalingsteken (\") waarmee de kolom ‘aanbieder’ begint, wordt gesloten na ‘De Linde’, maar daarna volgt ‘Utrecht’, waar een scheidingsteken (‘,’) of het einde van de regel hoort. Zet het hele veld tussen aanhalingstekens of laat de aanhalingstekens weg (‘\"\"\"De Linde\"\" Utrecht\"’, met elk aanhalingsteken in het veld verdubbeld, of ‘De Linde Utrecht’). De regel is overgeslagen; het lezen gaat verder op regel 3.",
            reden: "tekst_na_aanhalingsteken",
          },
        ],
      },
      { line: 3, id: "A2", facts: { behandelindex: 98, kwaliteitsregisters: [] } },
    ]);
    // Both ways the message suggests are read as one field.
    const fixed = await readAll([HEADER, '"""De Linde"" Utrecht",97,', "De Linde Utrecht,98,"].join("\n"));
    expect(fixed.map((r) => [r.id, "facts" in r])).toEqual([['"De Linde" Utrecht', true], ["De Linde Utrecht", true]]);
  });

  it("names the provider and the column, with `;`, also on the last line of the file", async () => {
    const rows = await readAll(["aanbieder;behandelindex;kwaliteitsregisters", 'A1;"97" punten;', 'A2;98;"Kwaliteitsregister" Paramedici'].join("\n"));
    expect(rows.map((r) => ("problems" in r ? [r.line, r.id, r.problems[0]!.soort === "regel" ? r.problems[0]!.reden : "", r.problems[0]!.melding.slice(0, 100)] : [r.line]))).toEqual([
      [2, "A1", "tekst_na_aanhalingsteken", "Het aanhalingsteken (\") waarmee de kolom ‘behandelindex’ begint, wordt gesloten na ‘97’, maar daarna"],
      [3, "A2", "tekst_na_aanhalingsteken", "Het aanhalingsteken (\") waarmee de kolom ‘kwaliteitsregisters’ begint, wordt gesloten na ‘Kwaliteits"],
    ]);
    expect((rows[1] as { problems: readonly RowProblem[] }).problems[0]!.melding).toMatch(/volgt ‘Paramedici’, waar een scheidingsteken \(‘;’\) of het einde van de regel hoort\. .*\)\.$/);
  });

  it("every record the chunker passes on, papaparse reads without a quote error, whatever the quotes (property)", async () => {
    const field = fc.constantFrom("", "a", "b c", '"', '"a', 'a"', '"a"', '"a" b', '"a""b"', '""', '"a\nb"', '"a\nb" c', "x\ny", ",", " ");
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 9 }), async (records, chunkSize, pieceSize) => {
        const text = ["a,b,c", ...records.map((r) => r.join(","))].join("\n") + "\n";
        const chunks = await chunksOf(text, chunkSize, 1 << 20, pieceSize);
        for (const chunk of chunks.slice(1)) {
          if (chunk.unreadable) continue;
          expect(Papa.parse<string[]>(chunk.text, { delimiter: ",", newline: "\n" }).errors.filter((e) => e.type === "Quotes")).toEqual([]);
        }
        // The same records whatever the pieces the file arrives in.
        const again = await chunksOf(text, chunkSize, 1 << 20, 1000);
        const records_ = (list: RowChunk[]) => list.filter((c) => c.unreadable).map((c) => [c.firstLine, c.unreadable?.reason, c.unreadable?.nextLine]);
        expect(records_(again)).toEqual(records_(chunks));
      }),
      { numRuns: 300 },
    );
  });

  it("that papaparse reports in a chunk is a rejected row, not papaparse's guess", () => {
    const layout = csvLayout(`${HEADER}\n`, two);
    const rows = parseRowChunk({ text: '"A1" x,97,\nA2,98,\n', firstLine: 2 }, layout);
    expect(rows[0]).toMatchObject({ line: 2, problems: [{ soort: "regel", reden: "aanhalingsteken" }] });
    expect((rows[0] as { problems: readonly RowProblem[] }).problems[0]!.melding).toMatch(/^Een aanhalingsteken \("\) in de regels 2 tot en met 3 staat niet aan het begin of het eind van een veld/);
  });
});

describe("a record that is too long", () => {
  it("is rejected and skipped up to the end of its line", async () => {
    const chunks = await chunksOf(`${HEADER}\nA1,1,\nA2,${"9".repeat(5000)},\nA3,3,\n`, 64, 1000);
    const texts = chunks.map((c) => [c.firstLine, c.unreadable?.reason ?? "", c.unreadable ? "" : c.text]);
    expect(texts).toEqual([
      [1, "", `${HEADER}\n`],
      [2, "", "A1,1,\n"],
      [3, "long", ""],
      [4, "", "A3,3,\n"],
    ]);
  });
});

describe("cutting into chunks", () => {
  it("cuts only between records, with any pieces and chunk sizes (property)", async () => {
    const field = fc.oneof(fc.constantFrom("", "a", '"', '""', ",", "\n", "\r\n", "x y", 'a"b', "€"), fc.string({ maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 9 }), async (records, chunkSize, pieceSize) => {
        const text = Papa.unparse([["a", "b", "c"], ...records], { newline: "\n" }) + "\n";
        const chunks = await chunksOf(text, chunkSize, 1 << 20, pieceSize);
        expect(chunks.map((c) => c.text).join("")).toBe(text);
        const parsed = chunks.slice(1).flatMap((c) => Papa.parse<string[]>(c.text, { delimiter: "," }).data.filter((r) => !(r.length === 1 && r[0] === "")));
        expect(parsed).toEqual(records);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the encoding", () => {
  it("refuses a file that is not UTF-8, naming the line (Windows-1252 from Excel)", async () => {
    const bytes = Buffer.concat([Buffer.from(`${HEADER}\nA1,1,\nA2,2,`), Buffer.from([0x44, 0x69, 0xeb, 0x74]), Buffer.from("\n")]);
    await expect(readAll(bytes)).rejects.toThrow(RowsError);
    await expect(readAll(bytes)).rejects.toThrow("Het bestand is niet in UTF-8 opgeslagen (regel 3 bevat een teken dat in UTF-8 niet bestaat, zoals een ‘ë’ uit Windows-1252); sla het op als ‘CSV UTF-8 (door komma's gescheiden)’ (Excel) of kies bij het opslaan de codering UTF-8.");
  });

  it("refuses UTF-16, with or without a byte-order mark", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\nA1,1,\n`, "utf16le")]);
    await expect(readAll(utf16)).rejects.toThrow("Het bestand is niet in UTF-8 opgeslagen, maar in UTF-16 (‘Unicode-tekst’)");
    await expect(readAll(Buffer.from(`${HEADER}\nA1,1,\n`, "utf16le"))).rejects.toThrow("in UTF-16");
  });

  it("remembers a UTF-8 byte-order mark on the header chunk", async () => {
    const chunks = await chunksOf(`\ufeff${HEADER}\nA1,1,\n`, 64, 1000, 1);
    expect(chunks[0]).toEqual({ text: `${HEADER}\n`, firstLine: 1, bom: true });
  });
});

describe("the header", () => {
  it("separated by tabs is refused with what to do", async () => {
    await expect(readAll("aanbieder\tbehandelindex\tkwaliteitsregisters\nA1\t1\t\n")).rejects.toThrow("De kolommen in de kopregel zijn gescheiden door tabs");
  });

  it("with a fact's column twice names both places", async () => {
    await expect(readAll("aanbieder,behandelindex,kwaliteitsregisters,behandelindex,x,x\nA1,1,,2,,\n")).rejects.toThrow(
      "De kolom ‘behandelindex’ (kolom 2 en 4) staat meer dan één keer in de kopregel; welke geldt, is niet te zeggen. Laat elke kolom één keer staan.",
    );
  });

  it("with a fact's column in capitals says so", async () => {
    await expect(readAll("aanbieder,BEHANDELINDEX,kwaliteitsregisters\nA1,1,\n")).rejects.toThrow(
      "De kolom ‘behandelindex’ ontbreekt in de kopregel. Elke kolom heet naar een feit van het beleid. De kopregel heeft wel ‘BEHANDELINDEX’: schrijf de namen zoals het beleid ze schrijft (hoofdletters en kleine letters tellen).",
    );
  });
});

describe("rows from Excel", () => {
  it("skips a row of only separators, and accepts empty cells after the last column", async () => {
    const rows = await readAll(["aanbieder;behandelindex;kwaliteitsregisters;", "A1;97;;", ";;;", ";;", "A2;98;;;;", "A3;99;;x", ""].join("\r\n"));
    expect(rows).toEqual([
      { line: 2, id: "A1", facts: { behandelindex: 97, kwaliteitsregisters: [] } },
      { line: 5, id: "A2", facts: { behandelindex: 98, kwaliteitsregisters: [] } },
      { line: 6, id: "A3", facts: { behandelindex: 99, kwaliteitsregisters: [] } },
    ]);
    const more = await readAll([HEADER, "A1,97,,x", ""].join("\n"));
    expect(more).toEqual([{ line: 2, id: "A1", problems: [{ feit: "", soort: "regel", melding: "De regel heeft 4 kolommen; de kopregel heeft er 3.", reden: "te_veel_kolommen" }] }]);
  });
});

describe("JSON lines", () => {
  const provider = [...generateProviders(model, { count: 1, seed: 3, careType: "fysiotherapie" })][0]!;
  const { [PROVIDER_COLUMN]: _id, ...ownFacts } = provider as Record<string, unknown>;
  const validate = careTypeFactsValidator(model, "fysiotherapie");

  it("takes the values as --feiten does: a number written as text is refused, with the same words", async () => {
    const wrong = { ...ownFacts, behandelindex: "97", levert_verbijzonderde_zorg: "ja" };
    const writer = createRowWriter("jsonl", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
    const rows = await readAll(writer.rows([{ [PROVIDER_COLUMN]: "X1", ...wrong }]), "jsonl", facts);
    expect(rows).toEqual([{ line: 1, id: "X1", problems: validate(wrong) }]);
    // (What a number must be may name the fact's range: "een getal van ten minste 0".)
    expect(validate(wrong).map((p) => p.melding)[0]).toMatch(/^‘behandelindex’ moet een getal .*\(of null als het onbekend is\), maar is de tekst "97"\.$/);
  });

  it("names the provider of a row that lacks a fact, and says what the fact is, as --feiten does", async () => {
    const { kwaliteitsregisters: _k, ...lacking } = ownFacts;
    const rows = await readAll(JSON.stringify({ aanbieder: "X2", ...lacking }) + "\n", "jsonl", facts);
    expect(rows).toEqual([{ line: 1, id: "X2", problems: validate(lacking) }]);
    expect((rows[0] as { problems: readonly RowProblem[] }).problems[0]).toMatchObject({ soort: "ontbreekt" });
    expect((rows[0] as { problems: readonly RowProblem[] }).problems[0]?.melding).toMatch(/^‘kwaliteitsregisters’ ontbreekt; verwacht een lijst met waarden uit: .*Omschrijving: /);
  });

  it("a line that is too long is rejected and the next one read", async () => {
    const chunks: RowChunk[] = [];
    for await (const c of chunkRows(piecesOf(Buffer.from(`{"a":1}\n{"b":"${"x".repeat(3000)}"}\n{"c":3}\n`), 100), "jsonl", 64, 1000)) chunks.push(c);
    expect(chunks.map((c) => [c.firstLine, c.unreadable?.reason ?? c.text])).toEqual([
      [1, '{"a":1}\n'],
      [2, "long"],
      [3, '{"c":3}\n'],
    ]);
  });
});

describe("papaparse's core parser (parseCsvText) reads as Papa.parse does", () => {
  const cell = fc.oneof(fc.constantFrom("", "ja", "a; b", '"', '""', ",", ";", "\n", "\r\n", " x ", "é"), fc.string({ maxLength: 6 }));
  const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const record = fc.array(fc.tuple(cell, fc.boolean()).map(([text, quote]) => (quote ? quoted(text) : text)), { minLength: 1, maxLength: 5 });
  const csv = fc.tuple(fc.array(record, { minLength: 1, maxLength: 6 }), fc.constantFrom(",", ";"), fc.constantFrom("\n" as const, "\r\n" as const));

  it("the same records and errors, whole and record by record (property)", () => {
    fc.assert(
      fc.property(csv, ([records, delimiter, newline]) => {
        const text = records.map((r) => r.join(delimiter)).join(newline);
        const options = { delimiter, newline };
        const wrapped = Papa.parse<string[]>(text, options);
        const core = parseCsvText(text, options);
        expect(core.data).toEqual(wrapped.data);
        expect(core.errors).toEqual(wrapped.errors);
        const steps = (parse: (step: (r: Papa.ParseStepResult<string[][]>) => void) => void) => {
          const seen: unknown[] = [];
          parse((r) => seen.push({ data: r.data, errors: r.errors, cursor: r.meta.cursor }));
          return seen;
        };
        // Papa.parse hands a step the record itself; the core parser a list of that one record.
        const viaPapa = steps((step) => Papa.parse<string[]>(text, { ...options, step: (r) => step({ ...r, data: [r.data] } as unknown as Papa.ParseStepResult<string[][]>) }));
        expect(steps((step) => parseCsvText(text, { ...options, step }))).toEqual(viaPapa);
      }),
      { numRuns: 500 },
    );
  });
});
