/**
 * The synthetic provider dataset (compiler/facts/dataset.ts) and the row reader and writer
 * (rows.ts, rowsWriter.ts): seeded and deterministic, realistic where we claim it, valid
 * facts for the evaluator, and a lossless round trip through CSV and JSON lines. The reader
 * reports bad rows by line number and goes on.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { coerceFactValue, factCoercer } from "../../compiler/facts/coerce.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { readProviderRows, RowsError, type ProviderRow } from "../../compiler/facts/rows.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import type { Fact } from "../../compiler/model.js";

const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
const facts = datasetFacts(model, "fysiotherapie");
const generate = (count: number, seed: number) => [...generateProviders(model, { count, seed, careType: "fysiotherapie" })];

async function readAll(text: string, format: "csv" | "jsonl", factList: readonly Fact[] = facts, pieceSize = 7): Promise<ProviderRow[]> {
  // Small pieces, so records are cut across pieces and chunks.
  async function* pieces() {
    const bytes = Buffer.from(text);
    for (let i = 0; i < bytes.length; i += pieceSize) yield bytes.subarray(i, i + pieceSize);
  }
  const rows: ProviderRow[] = [];
  for await (const row of readProviderRows(pieces(), format, factList)) rows.push(row);
  return rows;
}

describe("generated providers", () => {
  const rows = generate(5000, 42);

  it("are the same for the same seed and differ for another", () => {
    expect(generate(50, 42)).toEqual(rows.slice(0, 50));
    expect(generate(50, 43)).not.toEqual(rows.slice(0, 50));
    expect(rows[0]?.[PROVIDER_COLUMN]).toBe("A0000001");
  });

  it("have a behandelindex around 100 with a tail above 150 and some unknown", () => {
    const known = rows.map((r) => r.behandelindex).filter((v): v is number => typeof v === "number");
    const mean = known.reduce((a, b) => a + b, 0) / known.length;
    expect(mean).toBeGreaterThan(95);
    expect(mean).toBeLessThan(110);
    const above = known.filter((v) => v > 150).length / rows.length;
    expect(above).toBeGreaterThan(0.02);
    expect(above).toBeLessThan(0.1);
    const unknown = rows.filter((r) => r.behandelindex === null).length / rows.length;
    expect(unknown).toBeGreaterThan(0.01);
    expect(unknown).toBeLessThan(0.1);
  });

  it("stay within each fact's range, so the evaluator accepts every row", async () => {
    for (const [path, careType, fact] of [
      ["policies/geboortezorg/2026.policy", "kraamzorg", "aandeel_loondienst"],
      ["policies/mondzorg/2025.policy", "cbt", "machtigingen_in_een_keer_goedgekeurd"],
    ] as const) {
      const model = compileFile(path).model!;
      const range = model.facts.find((f) => f.id === fact)!;
      expect(range).toMatchObject({ minimum: 0, maximum: 100 });
      const evaluator = await loadEvaluator(model);
      for (const row of generateProviders(model, { careType, count: 2000, seed: 7 })) {
        const value = row[fact];
        if (typeof value === "number") expect(value >= 0 && value <= 100, `${fact} ${value}`).toBe(true);
        expect(() => evaluator.besluit(careType, row)).not.toThrow();
      }
    }
  });

  it("keep related facts consistent and registrations correlated", () => {
    for (const r of rows) {
      expect(r.minste_uren_verbijzonderd === null).toBe(r.fysiotherapeuten_verbijzonderd === 0);
      expect(r.fysiotherapeuten_verbijzonderd as number).toBeLessThanOrEqual(r.fysiotherapeuten as number);
    }
    // Practices with the KNGF registration have the SKF label more often than others.
    const share = (list: typeof rows) => list.filter((r) => r.skf_keurmerk).length / list.length;
    expect(share(rows.filter((r) => r.kngf_basisregister))).toBeGreaterThan(share(rows.filter((r) => !r.kngf_basisregister)) + 0.1);
  });

  it("are valid facts, and give every kind of decision", async () => {
    const evaluator = await loadEvaluator(model);
    const agreements = new Map<string, number>();
    for (const r of rows) {
      const decision = evaluator.besluit("fysiotherapie", r);
      const key = decision.overeenkomst?.id ?? "geen";
      agreements.set(key, (agreements.get(key) ?? 0) + 1);
    }
    for (const key of ["A", "B", "C", "D", "geen"]) expect(agreements.get(key) ?? 0).toBeGreaterThan(rows.length / 100);
  });

  it.each(["csv", "jsonl"] as const)("round-trip through %s", async (format) => {
    const sample = rows.slice(0, 300);
    const writer = createRowWriter(format, [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
    const read = await readAll(writer.header() + writer.rows(sample), format, facts, 4096);
    expect(read).toHaveLength(sample.length);
    read.forEach((row, i) => {
      expect(row.line).toBe(format === "csv" ? i + 2 : i + 1);
      expect(row.id).toBe(sample[i]?.[PROVIDER_COLUMN]);
      const { [PROVIDER_COLUMN]: _, ...expected } = sample[i] as Record<string, unknown>;
      expect("facts" in row ? row.facts : row.problems).toEqual(expected);
    });
  });
});

describe("reading rows", () => {
  const two = facts.filter((f) => f.id === "behandelindex" || f.id === "kwaliteitsregisters");

  it("reports bad rows by line number and goes on", async () => {
    const text = ["aanbieder,behandelindex,kwaliteitsregisters,extra", "a1,120,Kwaliteitsregister Paramedici,x", "a2,hoog,,x", "", "a3,onbekend,Onbekend register,x", "a4,1,2", "a5,99,,x"].join("\n");
    const rows = await readAll(text, "csv", two);
    expect(rows).toEqual([
      { line: 2, id: "a1", facts: { behandelindex: 120, kwaliteitsregisters: ["Kwaliteitsregister Paramedici"] } },
      { line: 3, id: "a2", problems: [{ feit: "behandelindex", soort: "type", melding: "‘behandelindex’ moet een getal van ten minste 0 zijn (of leeg als het onbekend is), maar is ‘hoog’." }] },
      { line: 5, id: "a3", problems: [{ feit: "kwaliteitsregisters", soort: "waarde", melding: expect.stringContaining("‘kwaliteitsregisters’ bevat ‘Onbekend register’") }] },
      { line: 6, id: "a4", problems: [{ feit: "", soort: "regel", melding: "De regel heeft 3 kolommen; de kopregel heeft er 4.", reden: "te_weinig_kolommen" }] },
      { line: 7, id: "a5", facts: { behandelindex: 99, kwaliteitsregisters: [] } },
    ]);
  });

  it("follows quoted fields over several lines, semicolons, CRLF and a byte order mark", async () => {
    const text = '\ufeffbehandelindex;kwaliteitsregisters;opmerking\r\n120;Kwaliteitsregister Paramedici;"een\r\nlange; opmerking"\r\n130;;kort\r\nx;;\r\n';
    const rows = await readAll(text, "csv", two, 5);
    expect(rows).toEqual([
      { line: 2, facts: { behandelindex: 120, kwaliteitsregisters: ["Kwaliteitsregister Paramedici"] } },
      { line: 4, facts: { behandelindex: 130, kwaliteitsregisters: [] } },
      { line: 5, problems: [{ feit: "behandelindex", soort: "type", melding: "‘behandelindex’ moet een getal van ten minste 0 zijn (of leeg als het onbekend is), maar is ‘x’." }] },
    ]);
  });

  it("reads JSON lines with typed values, and reports lines that are not objects", async () => {
    const text = '{"behandelindex": 120, "kwaliteitsregisters": []}\n[1]\n{"behandelindex": null}\nnot json\n{"behandelindex": 120 "kwaliteitsregisters": []}\n';
    const rows = await readAll(text, "jsonl", two);
    expect(rows).toEqual([
      { line: 1, facts: { behandelindex: 120, kwaliteitsregisters: [] } },
      { line: 2, problems: [{ feit: "", soort: "regel", melding: "De regel moet een JSON-object zijn met per feit een waarde.", reden: "geen_json_object" }] },
      { line: 3, problems: [{ feit: "kwaliteitsregisters", soort: "ontbreekt", melding: expect.stringMatching(/^‘kwaliteitsregisters’ ontbreekt; verwacht een lijst met waarden uit: .* Omschrijving: /) }] },
      { line: 4, problems: [{ feit: "", soort: "regel", melding: "De regel is geen geldige JSON: onverwacht teken ‘o’.", reden: "geen_json" }] },
      { line: 5, problems: [{ feit: "", soort: "regel", melding: "De regel is geen geldige JSON: na een waarde hoort ‘,’ of ‘}’ (ontbreekt er een komma?) (kolom 23).", reden: "geen_json" }] },
    ]);
  });

  it("rejects a header without the facts' columns, naming them", async () => {
    await expect(readAll("aanbieder,behandelindex\n1,2\n", "csv", facts.slice(0, 3))).rejects.toThrow(RowsError);
    await expect(readAll("aanbieder,behandelindex\n1,2\n", "csv", facts.slice(0, 3))).rejects.toThrow(
      "De kolommen ‘uitzondering_behandelindex’ en ‘declaraties_digitaal_via_vecozo’ ontbreken in de kopregel.",
    );
    await expect(readAll("", "csv", facts)).rejects.toThrow("Het bestand is leeg");
  });

  it("coerces cells the same way with the prepared coercer as with coerceFactValue", () => {
    const cell = fc.oneof(fc.constantFrom("ja", "nee", "JA", " ja", "1", "0", "onbekend", "", "12", "-3.5", "1,5", "€ 10", "30%", "2026-01-01", " 2026-01-01", "2024-02-29", "2026-02-30", "Kwaliteitsregister Paramedici", "Kwaliteitsregister Paramedici; Individueel Register Fysiotherapie (IRF) van het KNGF", "a|b", "Fysiotherapeut; Fysiotherapeut"), fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(...model.facts), cell, (fact, raw) => {
        expect(factCoercer(fact)(raw)).toEqual(coerceFactValue(fact, raw));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
