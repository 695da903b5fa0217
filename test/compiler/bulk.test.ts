/**
 * Bulk evaluation (compiler/bulk) and `beleid eval --aanbieders`: the counts and the results
 * per row equal what the checked evaluator decides row by row; bad rows are reported by line
 * number and the rest is still evaluated; worker threads give the same output as one thread.
 */

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateBulk, type BulkSummary } from "../../compiler/bulk/index.js";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const model = compileFile(POLICY).model!;
const facts = datasetFacts(model, "fysiotherapie");
const providers = [...generateProviders(model, { count: 3000, seed: 9, careType: "fysiotherapie" })];
const dir = mkdtempSync(join(tmpdir(), "beleid-bulk-"));

function csvWithBadRows(): string {
  const writer = createRowWriter("csv", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
  const lines = (writer.header() + writer.rows(providers)).split("\n");
  // Line n is lines[n - 1]; the header is line 1, so provider i is on line i + 2.
  lines[10] = lines[10]!.replace(/^([^,]*),[^,]*,/, "$1,hoog,"); // behandelindex "hoog"
  lines[100] = "A-kort,1,2";
  return lines.join("\n");
}

async function run(text: string, workers: number, format: "csv" | "jsonl" = "csv") {
  let output = "";
  const summary = await evaluateBulk({
    model,
    careType: "fysiotherapie",
    input: (async function* () {
      yield Buffer.from(text);
    })(),
    inputFormat: format,
    output: { format, write: (t) => void (output += t) },
    workers,
    chunkSize: 64 * 1024,
  });
  return { summary, output };
}

describe("bulk evaluation", async () => {
  const evaluator = await loadEvaluator(model);
  const text = csvWithBadRows();
  const inline = await run(text, 0);

  it("decides every valid row as the checked evaluator does, in input order", () => {
    const lines = inline.output.trim().split("\n");
    expect(lines[0]).toBe("regel,aanbieder,in_aanmerking,overeenkomst,benaderd,problemen");
    expect(lines).toHaveLength(providers.length + 1);
    providers.forEach((p, i) => {
      const line = lines[i + 1] as string;
      expect(line.startsWith(`${i + 2},`)).toBe(true);
      if (i === 9 || i === 99) return;
      const d = evaluator.besluit("fysiotherapie", p);
      expect(line).toBe(`${i + 2},${p[PROVIDER_COLUMN]},${d.inAanmerking ? "ja" : "nee"},${d.overeenkomst?.id ?? ""},${d.benaderd ? "ja" : "nee"},`);
    });
  });

  it("counts per agreement, not eligible, approached and rejected", () => {
    const valid = providers.filter((_, i) => i !== 9 && i !== 99);
    const decisions = valid.map((p) => evaluator.besluit("fysiotherapie", p));
    const s = inline.summary;
    expect(s.rows).toBe(providers.length);
    expect(s.rejected).toBe(2);
    expect(s.evaluated).toBe(valid.length);
    expect(s.perAgreement.map((a) => a.id)).toEqual(["A", "B", "C", "D"]);
    for (const a of s.perAgreement) expect(a.aantal).toBe(decisions.filter((d) => d.overeenkomst?.id === a.id).length);
    expect(s.notEligible).toBe(decisions.filter((d) => !d.inAanmerking).length);
    expect(s.approached).toBe(decisions.filter((d) => d.benaderd).length);
    expect(s.firstRejected).toEqual([
      { regel: 11, aanbieder: "A0000010", problemen: ["‘behandelindex’ moet een getal zijn (of leeg als het onbekend is), maar is ‘hoog’."] },
      { regel: 101, aanbieder: "A-kort", problemen: [`De regel heeft 3 kolommen; de kopregel heeft er ${facts.length + 1}.`] },
    ]);
  });

  it("gives the same output with worker threads", async () => {
    const threaded = await run(text, 2);
    expect(threaded.output).toBe(inline.output);
    expect({ ...threaded.summary, seconds: 0, workers: 0 }).toEqual({ ...inline.summary, seconds: 0, workers: 0 });
  });

  it("writes a CSV results file as the input is written: its separator and its BOM (Dutch Excel)", async () => {
    const writer = createRowWriter("csv", [PROVIDER_COLUMN, ...facts.map((f) => f.id)], "onbekend", ";");
    const dutch = "\ufeff" + (writer.header() + writer.rows(providers.slice(0, 30))).replaceAll("\n", "\r\n");
    for (const workers of [0, 2]) {
      const { output, summary } = await run(dutch, workers);
      expect(summary.rejected).toBe(0);
      expect(output.startsWith("\ufeffregel;aanbieder;in_aanmerking;overeenkomst;benaderd;problemen\n2;A0000001;")).toBe(true);
    }
    const plain = await run(text.split("\n").slice(0, 5).join("\n"), 0);
    expect(plain.output.startsWith("regel,aanbieder,")).toBe(true);
  });

  it("reads and writes JSON lines", async () => {
    const writer = createRowWriter("jsonl", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
    const { summary, output } = await run(writer.rows(providers.slice(0, 50)), 0, "jsonl");
    expect(summary.rows).toBe(50);
    expect(summary.rejected).toBe(0);
    const first = JSON.parse(output.split("\n")[0] as string) as Record<string, unknown>;
    const d = evaluator.besluit("fysiotherapie", providers[0]);
    expect(first).toEqual({ regel: 1, aanbieder: "A0000001", in_aanmerking: d.inAanmerking, overeenkomst: d.overeenkomst?.id ?? null, benaderd: d.benaderd, problemen: null });
  });

  it("rejects a row whose values convert but which the evaluator refuses, with the problems of the facts schema", async () => {
    // A list with a value twice converts fine, but is no verzameling: the evaluator's own
    // check refuses it, in the words the facts schema (ajv) would use.
    const writer = createRowWriter("jsonl", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
    const twice = { ...providers[1], verbonden_beroepen: ["Fysiotherapeut", "Fysiotherapeut"] };
    const { summary, output } = await run(writer.rows([providers[0]!, twice, providers[2]!]), 0, "jsonl");
    expect(summary.rejected).toBe(1);
    const { [PROVIDER_COLUMN]: _id, ...factsOnly } = twice as Record<string, unknown>;
    const validated = careTypeFactsValidator(model, "fysiotherapie")(factsOnly);
    const schemaProblems = validated.map((p) => p.melding);
    expect(schemaProblems).toHaveLength(1);
    expect(summary.firstRejected).toEqual([{ regel: 2, aanbieder: "A0000002", problemen: schemaProblems }]);
    // In the JSON-lines results: each problem with its fact and kind, as the schema gives them.
    const rejected = JSON.parse(output.split("\n")[1] as string) as Record<string, unknown>;
    expect(rejected).toEqual({ regel: 2, aanbieder: "A0000002", in_aanmerking: null, overeenkomst: null, benaderd: null, problemen: validated });
    expect(validated[0]).toMatchObject({ feit: "verbonden_beroepen", soort: "waarde" });
  });

  it("writes the problems of a rejected row as a list of { feit, soort, melding } in JSON lines, and as one text in CSV", async () => {
    const writer = createRowWriter("jsonl", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
    const { [PROVIDER_COLUMN]: _id, kwaliteitsregisters: _k, ...lacking } = providers[1] as Record<string, unknown>;
    const text = writer.rows([providers[0]!]) + "geen json\n" + JSON.stringify({ ...lacking, aanbieder: "X", behandelindex: "hoog" }) + "\n";
    const { summary, output } = await run(text, 0, "jsonl");
    expect(summary.rejected).toBe(2);
    const [, notJson, wrong] = output.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(notJson).toEqual({ regel: 2, aanbieder: null, in_aanmerking: null, overeenkomst: null, benaderd: null, problemen: [{ feit: "", soort: "regel", melding: "De regel is geen geldige JSON: onverwacht teken ‘g’." }] });
    expect(wrong?.problemen).toEqual(careTypeFactsValidator(model, "fysiotherapie")({ ...lacking, behandelindex: "hoog" }));
    expect((wrong?.problemen as { feit: string; soort: string }[]).map((p) => [p.feit, p.soort])).toEqual([
      ["behandelindex", "type"],
      ["kwaliteitsregisters", "ontbreekt"],
    ]);
    // CSV: one cell, the messages after one another.
    const csv = inline.output.split("\n").find((l) => l.startsWith("11,"));
    expect(csv).toBe('11,A0000010,,,,"‘behandelindex’ moet een getal zijn (of leeg als het onbekend is), maar is ‘hoog’."');
  });
});

describe("beleid eval --aanbieders", () => {
  const input = join(dir, "aanbieders.csv");
  writeFileSync(input, csvWithBadRows());

  it("prints a Dutch summary, writes results and exits 1 because rows were rejected", async () => {
    const out = join(dir, "resultaten.csv");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--uit", out, "--werkers", "0"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^3\.000 rijen gelezen in [\d,]+ s/);
    expect(run.stdout).toContain("Fysiotherapie (Inkoopbeleid Paramedische zorg 2026, versie 2026-07), 2.998 zorgaanbieders beoordeeld:");
    expect(run.stdout).toMatch(/\n {2}Zorgovereenkomst A +[\d.]+ \([\d,]+%\)\n/);
    expect(run.stdout).toContain("Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): 2:\n  regel 11 (A0000010): ‘behandelindex’ moet een getal zijn (of leeg als het onbekend is), maar is ‘hoog’.\n  regel 101 (A-kort): De regel heeft 3 kolommen");
    expect(readFileSync(out, "utf8").split("\n")).toHaveLength(3002);
  });

  it("gives the summary as JSON", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--json", "--werkers", "0"]);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ formatVersion: 1, zorgsoort: "fysiotherapie", rijen: 3000, beoordeeld: 2998, afgekeurd: 2, werkers: 0 });
    expect(Object.keys(summary)).toEqual(["formatVersion", "zorgsoort", "rijen", "beoordeeld", "afgekeurd", "perOvereenkomst", "nietInAanmerking", "benaderd", "eersteAfgekeurd", "werkers", "seconden"]);
    expect((summary.eersteAfgekeurd as { regel: number }[])[0]).toMatchObject({ regel: 11, aanbieder: "A0000010" });
  });

  it("names missing columns", async () => {
    const bad = join(dir, "kort.csv");
    writeFileSync(bad, "aanbieder,behandelindex\nA1,100\n");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^fout: .*kort\.csv: De kolommen ‘uitzondering_behandelindex’, .* ontbreken in de kopregel\./);
  });

  it("refuses a file of providers that is neither .csv nor .jsonl, to read or to write, and writes nothing", async () => {
    const json = join(dir, "aanbieders.json");
    writeFileSync(json, "[]\n");
    const read = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", json]);
    expect(read.code).toBe(2);
    expect(read.stderr).toBe(`fout: --aanbieders ‘${json}’: de bestandsnaam moet eindigen op .csv (CSV), of op .jsonl of .ndjson (JSON-regels: één object per regel). Een bestand met één JSON-object per regel heet .jsonl.\n`);
    const out = join(dir, "resultaten.txt");
    const written = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--uit", out]);
    expect(written.code).toBe(2);
    expect(written.stderr).toBe(`fout: --uit ‘${out}’: de bestandsnaam moet eindigen op .csv (CSV), of op .jsonl of .ndjson (JSON-regels: één object per regel).\n`);
    expect(existsSync(out)).toBe(false);
    const generated = await cli(["aanbieders", POLICY, "-n", "2", "--uit", join(dir, "aanbieders.json")]);
    expect(generated.code).toBe(2);
    expect(readFileSync(json, "utf8")).toBe("[]\n");
  });

  it("takes --feiten or --aanbieders, not both and not neither", async () => {
    const both = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--feiten", "test/fixtures/fysio-feiten.json"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe("fout: Geef --feiten (één zorgaanbieder) of --aanbieders (een bestand met zorgaanbieders), niet allebei.\n");
    const neither = await cli(["eval", POLICY, "-z", "fysiotherapie"]);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toBe("fout: Geef --feiten <pad> voor één zorgaanbieder of --aanbieders <bestand> voor een bestand met zorgaanbieders.\n");
    const uit = await cli(["eval", POLICY, "-z", "fysiotherapie", "--feiten", "test/fixtures/fysio-feiten.json", "--uit", "x.csv"]);
    expect(uit.code).toBe(2);
  });

  it("writes a reproducible dataset with beleid aanbieders", async () => {
    const a = await cli(["aanbieders", POLICY, "-n", "20", "-s", "5", "-z", "fysiotherapie"]);
    const b = await cli(["aanbieders", POLICY, "-n", "20", "-s", "5", "-z", "fysiotherapie"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split("\n")[0]).toBe([PROVIDER_COLUMN, ...facts.map((f) => f.id)].join(","));
    const wrong = await cli(["aanbieders", POLICY, "-n", "nul"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe("fout: --aantal moet een geheel getal zijn van 1 tot en met 100.000.000, maar is ‘nul’.\n");
  });
});

describe("the summary of bulk evaluation", () => {
  it("gives the speed only when the run took a second or more (for a small file it would be mostly start-up)", async () => {
    const { renderBulkSummary } = await import("../../compiler/bulk/summary.js");
    const summary: BulkSummary = { rows: 5, evaluated: 5, seconds: 0.1, perAgreement: [], notEligible: 5, approached: 0, rejected: 0, firstRejected: [], fractionPercentages: [], workers: 0 };
    const context = { careType: "Fysiotherapie", policy: "Inkoopbeleid Test 2026" };
    expect(renderBulkSummary(summary, context).split("\n")[0]).toBe("5 rijen gelezen in 0,1 s.");
    expect(renderBulkSummary({ ...summary, rows: 1_000_000, seconds: 6.1 }, context).split("\n")[0]).toBe("1.000.000 rijen gelezen in 6,1 s, 163.934 per seconde.");
    expect(renderBulkSummary({ ...summary, rows: 1, evaluated: 1 }, context).split("\n").slice(0, 2)).toEqual(["1 rij gelezen in 0,1 s.", "Fysiotherapie (Inkoopbeleid Test 2026), 1 zorgaanbieder beoordeeld:"]);
  });
});

describe("the summary's text", async () => {
  const { renderBulkSummary, timeLeft } = await import("../../compiler/bulk/summary.js");
  const base: BulkSummary = { rows: 50, evaluated: 50, seconds: 4, perAgreement: [{ id: "A", naam: "Zorgovereenkomst A", aantal: 1 }], notEligible: 49, approached: 6, rejected: 0, firstRejected: [], fractionPercentages: [], workers: 0 };
  const context = { careType: "Fysiotherapie", policy: "Inkoopbeleid Test 2026" };

  it("writes every percentage and the seconds with one decimal", () => {
    const text = renderBulkSummary(base, context);
    expect(text).toContain("50 rijen gelezen in 4,0 s, 13 per seconde.");
    expect(text).toContain("Zorgovereenkomst A           1 (2,0%)");
    expect(text).toContain("Benaderd met een contractaanbod: 6 (12,0%).");
  });

  it("shows control characters and line ends in names and values as symbols", () => {
    const text = renderBulkSummary({ ...base, rejected: 1, firstRejected: [{ regel: 2, aanbieder: "X\u001b[31m\nY\u0007", problemen: ["‘a’ is ‘\u001b]0;titel\u0007’."] }] }, context);
    expect(text).toContain("  regel 2 (X␛[31m␊Y␇): ‘a’ is ‘␛]0;titel␇’.\n");
  });

  it("says how to see every rejected row when it names only the first 20", () => {
    const rejected = { ...base, rejected: 26, firstRejected: Array.from({ length: 20 }, (_, i) => ({ regel: i + 2, problemen: ["x"] })) };
    expect(renderBulkSummary(rejected, context)).toContain("Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): 26 (de eerste 20; met --uit <bestand> komen ze allemaal in een resultatenbestand):");
    expect(renderBulkSummary(rejected, { ...context, uit: "uit.csv" })).toContain(": 26 (de eerste 20; alle staan in uit.csv):");
  });

  it("gives the time left in Dutch, and none before it is known", () => {
    expect([timeLeft(undefined), timeLeft(44.6), timeLeft(200), timeLeft(3900)]).toEqual(["…", "45 s", "3 min 20 s", "1 u 5 min"]);
  });

  it("warns when every value of a percentage lies between 0 and 1 (0,55 for 55%)", async () => {
    const birth = compileFile("policies/geboortezorg/2026.policy").model!;
    const rows = [...generateProviders(birth, { count: 200, seed: 4, careType: "kraamzorg" })];
    const columns = [PROVIDER_COLUMN, ...datasetFacts(birth, "kraamzorg").map((f) => f.id)];
    const header = createRowWriter("csv", columns).header();
    const run = async (list: Record<string, unknown>[]) =>
      evaluateBulk({ model: birth, careType: "kraamzorg", input: (async function* () { yield header + createRowWriter("csv", columns).rows(list); })(), inputFormat: "csv", workers: 0 });
    expect((await run(rows)).fractionPercentages).toEqual([]);
    const fractions = await run(rows.map((r, i) => ({ ...r, aandeel_loondienst: (i % 10) / 10 })));
    expect(fractions.fractionPercentages).toEqual(["aandeel_loondienst"]);
    expect(renderBulkSummary(fractions, context)).toContain("Let op: alle waarden van ‘aandeel_loondienst’ liggen tussen 0 en 1. Een percentage schrijft u als 55 (of 55%), niet als 0,55; staat 0,55 hier voor 55%, dan kloppen de uitkomsten niet.\n");
  });
});

describe("beleid eval --aanbieders -", () => {
  it("says that standard input is not read, and why", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", "-"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fout: --aanbieders leest niet van de standaardinvoer (‘-’): geef een bestand, met .csv (CSV) of .jsonl (JSON-regels) aan het eind van de naam.\n");
  });
});

describe("a results file that cannot be written", () => {
  it("is named as the user wrote it, not as an absolute path", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "beleid-uit-"));
    writeFileSync(join(cwd, "bestand"), "");
    writeFileSync(join(cwd, "aanbieders.csv"), csvWithBadRows().split("\n").slice(0, 3).join("\n"));
    const run = await cli(["eval", join(process.cwd(), POLICY), "-z", "fysiotherapie", "--aanbieders", "aanbieders.csv", "--uit", "bestand/uit.csv"], { cwd });
    expect(run.stderr).toBe("fout: De uitvoer kan niet worden geschreven naar ‘bestand/uit.csv’: een deel van het pad is een bestand, geen map.\n");
    const generated = await cli(["aanbieders", join(process.cwd(), POLICY), "-n", "2", "--uit", "bestand/a.csv"], { cwd });
    expect(generated.stderr).toBe("fout: De uitvoer kan niet worden geschreven naar ‘bestand/a.csv’: een deel van het pad is een bestand, geen map.\n");
  });
});
