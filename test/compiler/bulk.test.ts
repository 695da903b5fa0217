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
import { compileFile, compileText } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import type { Beslissing } from "../../runtime/decision.js";
import { careTypeFactsValidator } from "../../compiler/facts/validateFacts.js";
import type { PolicyModel } from "../../compiler/model.js";
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

/** The parts of the care not purchased from a provider, as the full decision gives them (docs/beslissing.md). */
function notPurchasedIn(decision: Beslissing): string[] {
  return [...new Set(decision.regels.filter((r) => r.soort === "selectieve_inkoop" && r.status === "definitief" && r.uitkomst === "niet_voldaan").map((r) => r.deelzorg as string))];
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
  const parts = ["langdurige fysiotherapie bij Reumatoïde Artritis", "paramedische zorg bij de ziekte van Parkinson", "gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens"];
  // In the order of the policy, which is the order of the column and the summary.
  const notPurchasedBy = (p: Record<string, unknown>) => parts.filter((part) => notPurchasedIn(evaluator.beoordeel("fysiotherapie", p)).includes(part));
  const text = csvWithBadRows();
  const inline = await run(text, 0);

  it("decides every valid row as the checked evaluator does, in input order", () => {
    const lines = inline.output.trim().split("\n");
    // Fysiotherapie purchases parts of its care selectively: the column niet_ingekocht says which are not purchased.
    expect(lines[0]).toBe("regel,aanbieder,in_aanmerking,overeenkomst,benaderd,niet_ingekocht,problemen");
    expect(lines).toHaveLength(providers.length + 1);
    providers.forEach((p, i) => {
      const line = lines[i + 1] as string;
      expect(line.startsWith(`${i + 2},`)).toBe(true);
      if (i === 9 || i === 99) return;
      const d = evaluator.besluit("fysiotherapie", p);
      expect(line).toBe(`${i + 2},${p[PROVIDER_COLUMN]},${d.inAanmerking ? "ja" : "nee"},${d.overeenkomst?.id ?? ""},${d.benaderd ? "ja" : "nee"},${notPurchasedBy(p).join("; ")},`);
    });
    expect(lines.filter((l) => /,(ja|nee),[^,]+,$/.test(l)).length).toBeGreaterThan(30);
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
    const full = valid.map((p) => evaluator.beoordeel("fysiotherapie", p));
    expect(s.notPurchased).toEqual(
      parts.map((zorg) => ({
        zorg,
        aantal: full.filter((d) => notPurchasedIn(d).includes(zorg)).length,
        inAanmerking: full.filter((d) => d.inAanmerking && notPurchasedIn(d).includes(zorg)).length,
      })),
    );
    for (const part of s.notPurchased ?? []) expect(part.inAanmerking).toBeGreaterThan(0);
    expect(s.rejectedGroups).toEqual([
      { feit: "behandelindex", soort: "type", omschrijving: "‘behandelindex’ heeft een waarde van de verkeerde soort", aantal: 1 },
      { feit: "", soort: "regel", reden: "te_weinig_kolommen", omschrijving: "te weinig kolommen", aantal: 1 },
    ]);
    expect(s.firstRejected).toEqual([
      { regel: 11, aanbieder: "A0000010", problemen: ["‘behandelindex’ moet een getal van ten minste 0 zijn (of leeg als het onbekend is), maar is ‘hoog’."] },
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
      expect(output.startsWith("\ufeffregel;aanbieder;in_aanmerking;overeenkomst;benaderd;niet_ingekocht;problemen\n2;A0000001;")).toBe(true);
    }
    const plain = await run(text.split("\n").slice(0, 5).join("\n"), 0);
    expect(plain.output.startsWith("regel,aanbieder,")).toBe(true);
  });

  it("reads and writes JSON lines", async () => {
    const writer = createRowWriter("jsonl", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
    const { summary, output } = await run(writer.rows(providers.slice(0, 50)), 0, "jsonl");
    expect(summary.rows).toBe(50);
    expect(summary.rejected).toBe(0);
    const results = output.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    results.forEach((result, i) => {
      const p = providers[i] as Record<string, unknown>;
      const d = evaluator.besluit("fysiotherapie", p);
      // niet_ingekocht: a list, empty when every part of the care is purchased.
      expect(result).toEqual({ regel: i + 1, aanbieder: p[PROVIDER_COLUMN], in_aanmerking: d.inAanmerking, overeenkomst: d.overeenkomst?.id ?? null, benaderd: d.benaderd, niet_ingekocht: notPurchasedBy(p), problemen: null });
      expect(Object.keys(result)).toEqual(["regel", "aanbieder", "in_aanmerking", "overeenkomst", "benaderd", "niet_ingekocht", "problemen"]);
    });
    expect(results.some((r) => (r.niet_ingekocht as string[]).length > 0)).toBe(true);
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
    expect(rejected).toEqual({ regel: 2, aanbieder: "A0000002", in_aanmerking: null, overeenkomst: null, benaderd: null, niet_ingekocht: null, problemen: validated });
    expect(validated[0]).toMatchObject({ feit: "verbonden_beroepen", soort: "waarde" });
  });

  it("writes the problems of a rejected row as a list of { feit, soort, melding } in JSON lines, and as one text in CSV", async () => {
    const writer = createRowWriter("jsonl", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]);
    const { [PROVIDER_COLUMN]: _id, kwaliteitsregisters: _k, ...lacking } = providers[1] as Record<string, unknown>;
    const text = writer.rows([providers[0]!]) + "geen json\n" + JSON.stringify({ ...lacking, aanbieder: "X", behandelindex: "hoog" }) + "\n";
    const { summary, output } = await run(text, 0, "jsonl");
    expect(summary.rejected).toBe(2);
    const [, notJson, wrong] = output.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(notJson).toEqual({ regel: 2, aanbieder: null, in_aanmerking: null, overeenkomst: null, benaderd: null, niet_ingekocht: null, problemen: [{ feit: "", soort: "regel", melding: "De regel is geen geldige JSON: onverwacht teken ‘g’." }] });
    expect(wrong?.problemen).toEqual(careTypeFactsValidator(model, "fysiotherapie")({ ...lacking, behandelindex: "hoog" }));
    expect((wrong?.problemen as { feit: string; soort: string }[]).map((p) => [p.feit, p.soort])).toEqual([
      ["behandelindex", "type"],
      ["kwaliteitsregisters", "ontbreekt"],
    ]);
    // CSV: one cell, the messages after one another.
    const csv = inline.output.split("\n").find((l) => l.startsWith("11,"));
    expect(csv).toBe('11,A0000010,,,,,"‘behandelindex’ moet een getal van ten minste 0 zijn (of leeg als het onbekend is), maar is ‘hoog’."');
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
    expect(run.stdout).toContain("Fysiotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025), 2.998 zorgaanbieders beoordeeld:");
    expect(run.stdout).toMatch(/\n {2}Zorgovereenkomst A +[\d.]+ \([\d,]+%\)\n/);
    expect(run.stdout).toContain("Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): 2:\n  regel 11 (A0000010): ‘behandelindex’ moet een getal van ten minste 0 zijn (of leeg als het onbekend is), maar is ‘hoog’.\n  regel 101 (A-kort): De regel heeft 3 kolommen");
    expect(readFileSync(out, "utf8").split("\n")).toHaveLength(3002);
  });

  it("gives the summary as JSON", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--json", "--werkers", "0"]);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ formatVersion: 1, zorgsoort: "fysiotherapie", rijen: 3000, beoordeeld: 2998, afgekeurd: 2, werkers: 0 });
    expect(Object.keys(summary)).toEqual(["formatVersion", "zorgsoort", "rijen", "beoordeeld", "afgekeurd", "perOvereenkomst", "nietInAanmerking", "benaderd", "nietIngekocht", "eersteAfgekeurd", "afgekeurdPerProbleem", "werkers", "seconden"]);
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
    const summary: BulkSummary = { rows: 5, evaluated: 5, seconds: 0.1, perAgreement: [], notEligible: 5, approached: 0, rejected: 0, firstRejected: [], rejectedGroups: [], fractionPercentages: [], workers: 0 };
    const context = { careType: "Fysiotherapie", policy: "Inkoopbeleid Test 2026" };
    expect(renderBulkSummary(summary, context).split("\n")[0]).toBe("5 rijen gelezen in 0,1 s.");
    expect(renderBulkSummary({ ...summary, rows: 1_000_000, seconds: 6.1 }, context).split("\n")[0]).toBe("1.000.000 rijen gelezen in 6,1 s, 163.934 per seconde.");
    expect(renderBulkSummary({ ...summary, rows: 1, evaluated: 1 }, context).split("\n").slice(0, 2)).toEqual(["1 rij gelezen in 0,1 s.", "Fysiotherapie — Inkoopbeleid Test 2026, 1 zorgaanbieder beoordeeld:"]);
  });
});

describe("the summary's text", async () => {
  const { renderBulkSummary, timeLeft } = await import("../../compiler/bulk/summary.js");
  const base: BulkSummary = { rows: 50, evaluated: 50, seconds: 4, perAgreement: [{ id: "A", naam: "Zorgovereenkomst A", aantal: 1 }], notEligible: 49, approached: 6, rejected: 0, firstRejected: [], rejectedGroups: [], fractionPercentages: [], workers: 0 };
  const context = { careType: "Fysiotherapie", policy: "Inkoopbeleid Test 2026" };

  it("says about care purchased selectively only what the assessed providers show (was: ‘koopt … in bij elke zorgaanbieder die in aanmerking komt’ with none assessed or none qualifying)", () => {
    const withParts = (summary: BulkSummary, aantal: number, inAanmerking: number): BulkSummary => ({ ...summary, notPurchased: [{ zorg: "zorg bij de ziekte van Parkinson", aantal, inAanmerking }] });
    const caresq = { ...context, organisation: "Caresq" };
    // Someone qualifies and the care is withheld from none of them: purchased from every one who qualifies.
    expect(renderBulkSummary(withParts(base, 0, 0), caresq)).toContain("Caresq koopt zorg bij de ziekte van Parkinson in bij elke zorgaanbieder die in aanmerking komt.\n");
    // Nobody qualifies: nothing about purchasing that care (no care at all is purchased from them).
    const noneQualify = withParts({ ...base, perAgreement: [{ id: "A", naam: "Zorgovereenkomst A", aantal: 0 }], notEligible: 50 }, 0, 0);
    expect(renderBulkSummary(noneQualify, caresq)).not.toContain("koopt");
    // Withheld from some who do not qualify: still said, truly.
    expect(renderBulkSummary(withParts(noneQualify, 3, 0), caresq)).toContain("Caresq koopt zorg bij de ziekte van Parkinson niet in bij 3 zorgaanbieders (6,0%); geen van hen komt in aanmerking voor een zorgovereenkomst.\n");
    // Every row rejected: nobody assessed, nothing said about purchasing.
    const noneAssessed = withParts({ ...base, evaluated: 0, perAgreement: [{ id: "A", naam: "Zorgovereenkomst A", aantal: 0 }], notEligible: 0, approached: 0, rejected: 50 }, 0, 0);
    expect(renderBulkSummary(noneAssessed, caresq)).not.toContain("koopt");
  });

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

/**
 * A policy with selective purchase in every form the compiled module must get right: two rules
 * for one part of the care, a condition that can be unknown (bij_onbekend waar and onwaar), a
 * list of values, a declaration, and an intention (which purchases nothing yet).
 */
const SELECTIVE = `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: voorbeeld
titel: Inkoopbeleid Voorbeeld 2026
jaar: 2026
versie: "2026"
hoofdstukken:
  voorwaarden:
    nummer: "3"
    titel: Voorwaarden zorgovereenkomst
  procedure:
    nummer: "4"
    titel: Inkoopprocedure
feiten:
  kwaliteitsregister:
    type: ja/nee
    omschrijving: De praktijk staat in het kwaliteitsregister.
  levert_parkinsonzorg:
    type: ja/nee
    omschrijving: De praktijk levert fysiotherapie bij de ziekte van Parkinson.
  aangesloten_parkinsonnet:
    type: ja/nee
    omschrijving: De praktijk is aangesloten bij ParkinsonNet.
  wachttijd:
    type: getal
    omschrijving: De wachttijd in dagen.
    onbekend: Een nieuwe praktijk kent haar wachttijd nog niet.
  regio:
    type: keuze
    waarden: [noord, zuid, oost]
    omschrijving: De regio van de praktijk.
zorgsoorten:
  fysiotherapie:
    naam: Fysiotherapie
    overeenkomst:
      soort: nieuw
      looptijd: 2026-2027
      hoofdstuk: procedure
      tekst: Caresq biedt een tweejarige zorgovereenkomst aan.
groepen:
  basis:
    titel: Randvoorwaarden
    hoofdstuk: voorwaarden
    soort: randvoorwaarde
    zorgsoorten: alle
    regels:
      register:
        tekst: De praktijk staat in het kwaliteitsregister.
        voorwaarde: kwaliteitsregister
  parkinson:
    titel: Fysiotherapie bij de ziekte van Parkinson
    hoofdstuk: voorwaarden
    soort: selectieve_inkoop
    zorgsoorten: alle
    regels:
      parkinsonnet:
        naam: aangesloten bij ParkinsonNet
        tekst: Fysiotherapie bij de ziekte van Parkinson kopen wij selectief in bij zorgaanbieders die zijn aangesloten bij ParkinsonNet.
        deelzorg: fysiotherapie bij de ziekte van Parkinson
        voorwaarde: aangesloten_parkinsonnet
        van_toepassing_als: levert_parkinsonzorg
      parkinson_wachttijd:
        naam: korte wachttijd
        tekst: En de wachttijd is ten hoogste tien dagen.
        deelzorg: fysiotherapie bij de ziekte van Parkinson
        voorwaarde: wachttijd <= 10
        bij_onbekend: onwaar
        van_toepassing_als: levert_parkinsonzorg
  regio:
    titel: Zorg in de regio
    hoofdstuk: voorwaarden
    soort: selectieve_inkoop
    zorgsoorten: alle
    regels:
      regio_noord:
        naam: praktijk in het noorden of met een korte wachttijd
        tekst: Looptraining kopen wij in bij praktijken in het noorden of met een wachttijd van ten hoogste twintig dagen.
        deelzorg: looptraining
        voorwaarde: regio in ["noord", "oost"] of wachttijd <= 20
        bij_onbekend: waar
      verklaard:
        naam: eigen verklaring
        tekst: De praktijk verklaart de richtlijn voor looptraining te volgen.
        deelzorg: looptraining volgens de richtlijn
        verklaring: ja
  later:
    titel: Voornemen
    hoofdstuk: voorwaarden
    soort: selectieve_inkoop
    status: voornemen
    zorgsoorten: alle
    regels:
      voornemen_regio:
        naam: praktijk in het zuiden
        tekst: Wij overwegen handtherapie alleen in te kopen in het zuiden.
        deelzorg: handtherapie
        voorwaarde: regio = "zuid"
`;

describe("selective purchase in bulk evaluation", async () => {
  const { careParts } = await import("../../compiler/queries.js");
  const { selectiveCareParts } = await import("../../compiler/emit/js.js");
  const { careTypeFunctionNames } = await import("../../compiler/emit/careTypeNames.js");
  type NotPurchased = (f: unknown) => string[];
  /** The evaluator's `nietIngekocht…` (checked) and `ZONDER_CONTROLE.….nietIngekocht` (which bulk evaluation uses): both must give the same new list. */
  const load = async (m: PolicyModel, careType: string) => {
    const evaluator = (await loadEvaluator(m)) as unknown as Record<string, unknown> & { ZONDER_CONTROLE: Record<string, { nietIngekocht: NotPurchased }> };
    const checked = evaluator[careTypeFunctionNames({ id: careType }).nietIngekocht] as NotPurchased;
    const unchecked = evaluator.ZONDER_CONTROLE[careType]!.nietIngekocht;
    // The parts bulk evaluation counts (and the impact table of beleid diff lists) are the ones the function names.
    expect(selectiveCareParts(m, careType)).toEqual(careParts(m, careType));
    return (f: Record<string, unknown>) => {
      const parts = checked(f);
      const again = unchecked(f);
      expect(again).toEqual(parts);
      expect(again).not.toBe(parts);
      expect(Object.isFrozen(parts)).toBe(false);
      return parts;
    };
  };

  it("says which care is not purchased exactly as the full decision does, for every care type of every policy with selective purchase", async () => {
    let compared = 0;
    let notPurchased = 0;
    for (const file of ["policies/paramedische-zorg/2025.policy", "policies/paramedische-zorg/2026-04.policy", POLICY]) {
      const m = compileFile(file).model!;
      const evaluator = await loadEvaluator(m);
      for (const careType of m.careTypes.filter((c) => careParts(m, c.id).length > 0)) {
        const of = await load(m, careType.id);
        let i = 0;
        for (const p of generateProviders(m, { count: 400, seed: 3, careType: careType.id })) {
          // Every other provider delivers all care purchased selectively, and meets its rules by chance.
          const f: Record<string, unknown> = { ...p };
          if (i++ % 2 === 0) for (const id of Object.keys(f)) if (typeof f[id] === "boolean" && /^(levert_|aangesloten_|aantekening_)/.test(id)) f[id] = id.startsWith("levert_") || (i * 7 + id.length) % 3 === 0;
          const expected = notPurchasedIn(evaluator.beoordeel(careType.id, f));
          expect(of(f)).toEqual(expected);
          compared++;
          if (expected.length > 0) notPurchased++;
        }
      }
    }
    expect(compared).toBeGreaterThan(4000);
    expect(notPurchased).toBeGreaterThan(500);
  });

  it("counts an unknown condition as bij_onbekend, two rules for one part once, a declaration, and no intention", async () => {
    const m = compileText("selectief.policy", SELECTIVE).model!;
    expect(careParts(m, "fysiotherapie")).toEqual(["fysiotherapie bij de ziekte van Parkinson", "looptraining", "looptraining volgens de richtlijn"]);
    const evaluator = await loadEvaluator(m);
    const of = await load(m, "fysiotherapie");
    let withParts = 0;
    for (const levert_parkinsonzorg of [true, false])
      for (const aangesloten_parkinsonnet of [true, false])
        for (const wachttijd of [null, 5, 15, 25])
          for (const regio of ["noord", "zuid", "oost"])
            for (const verklaard of [true, false]) {
              const f = { kwaliteitsregister: true, levert_parkinsonzorg, aangesloten_parkinsonnet, wachttijd, regio, verklaard };
              const expected = notPurchasedIn(evaluator.beoordeel("fysiotherapie", f));
              expect(of(f)).toEqual(expected);
              if (expected.length > 1) withParts++;
            }
    expect(withParts).toBeGreaterThan(10);
    // Unknown wachttijd: not purchased for Parkinson (bij_onbekend onwaar), purchased for looptraining (bij_onbekend waar).
    expect(of({ kwaliteitsregister: true, levert_parkinsonzorg: true, aangesloten_parkinsonnet: true, wachttijd: null, regio: "zuid", verklaard: true })).toEqual(["fysiotherapie bij de ziekte van Parkinson"]);
  });

  it("counts per part of the care in the summary and writes the care not purchased in each result row", async () => {
    const m = compileText("selectief.policy", SELECTIVE).model!;
    const rows = [
      { aanbieder: "P1", kwaliteitsregister: true, levert_parkinsonzorg: true, aangesloten_parkinsonnet: false, wachttijd: 5, regio: "zuid", verklaard: false },
      { aanbieder: "P2", kwaliteitsregister: false, levert_parkinsonzorg: true, aangesloten_parkinsonnet: true, wachttijd: 12, regio: "noord", verklaard: true },
      { aanbieder: "P3", kwaliteitsregister: true, levert_parkinsonzorg: false, aangesloten_parkinsonnet: false, wachttijd: null, regio: "zuid", verklaard: true },
    ];
    const text = rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
    for (const workers of [0, 2]) {
      let output = "";
      const summary = await evaluateBulk({ model: m, careType: "fysiotherapie", input: (async function* () { yield text; })(), inputFormat: "jsonl", output: { format: "jsonl", write: (t) => void (output += t) }, workers });
      expect(summary.notPurchased).toEqual([
        { zorg: "fysiotherapie bij de ziekte van Parkinson", aantal: 2, inAanmerking: 1 },
        { zorg: "looptraining", aantal: 0, inAanmerking: 0 },
        { zorg: "looptraining volgens de richtlijn", aantal: 1, inAanmerking: 1 },
      ]);
      expect(output.trim().split("\n").map((l) => (JSON.parse(l) as { niet_ingekocht: unknown }).niet_ingekocht)).toEqual([
        ["fysiotherapie bij de ziekte van Parkinson", "looptraining volgens de richtlijn"],
        ["fysiotherapie bij de ziekte van Parkinson"],
        [],
      ]);
      const { renderBulkSummary } = await import("../../compiler/bulk/summary.js");
      const lines = renderBulkSummary(summary, { careType: "Fysiotherapie", policy: "Inkoopbeleid Voorbeeld 2026", organisation: "Caresq" }).split("\n");
      expect(lines.slice(5, 8)).toEqual([
        "Caresq koopt fysiotherapie bij de ziekte van Parkinson niet in bij 2 zorgaanbieders (66,7%); 1 van hen komt in aanmerking voor een zorgovereenkomst.",
        "Caresq koopt looptraining in bij elke zorgaanbieder die in aanmerking komt.",
        "Caresq koopt looptraining volgens de richtlijn niet in bij 1 zorgaanbieder (33,3%); die komt in aanmerking voor een zorgovereenkomst.",
      ]);
    }
  });

  it("refuses facts it cannot use with the evaluator's FeitenFout, and exists only for a care type with selective purchase", async () => {
    const m = compileText("selectief.policy", SELECTIVE).model!;
    const evaluator = (await loadEvaluator(m)) as unknown as Record<string, unknown> & { FeitenFout: new () => Error; ZONDER_CONTROLE: Record<string, Record<string, unknown>> };
    const nietIngekocht = evaluator.nietIngekochtFysiotherapie as NotPurchased;
    const f = { kwaliteitsregister: true, levert_parkinsonzorg: "ja", aangesloten_parkinsonnet: true, wachttijd: 5, regio: "zuid", verklaard: true };
    expect(() => nietIngekocht(f)).toThrow(evaluator.FeitenFout);
    expect(() => nietIngekocht(f)).toThrow("‘levert_parkinsonzorg’ moet ja of nee (true of false) zijn, maar is de tekst \"ja\".");
    expect(() => nietIngekocht([])).toThrow(evaluator.FeitenFout);
    const paramedical = (await loadEvaluator(model)) as unknown as Record<string, unknown> & { ZONDER_CONTROLE: Record<string, Record<string, unknown>> };
    expect(paramedical.nietIngekochtFysiotherapie).toBeTypeOf("function");
    expect(paramedical.nietIngekochtHuidtherapie).toBeUndefined();
    expect(Object.keys(paramedical.ZONDER_CONTROLE.huidtherapie!)).toEqual(["beoordeel", "besluit"]);
    expect(Object.keys(paramedical.ZONDER_CONTROLE.fysiotherapie!)).toEqual(["beoordeel", "besluit", "nietIngekocht"]);
  });

  it("leaves a care type without selective purchase as it was: no column, nothing in the summary", async () => {
    const rows = [...generateProviders(model, { count: 20, seed: 2, careType: "huidtherapie" })];
    const columns = [PROVIDER_COLUMN, ...datasetFacts(model, "huidtherapie").map((f) => f.id)];
    const writer = createRowWriter("csv", columns);
    let output = "";
    const summary = await evaluateBulk({ model, careType: "huidtherapie", input: (async function* () { yield writer.header() + writer.rows(rows); })(), inputFormat: "csv", output: { format: "csv", write: (t) => void (output += t) }, workers: 0 });
    expect(careParts(model, "huidtherapie")).toEqual([]);
    expect(summary.notPurchased).toBeUndefined();
    expect(output.split("\n")[0]).toBe("regel,aanbieder,in_aanmerking,overeenkomst,benaderd,problemen");
    const { renderBulkSummary } = await import("../../compiler/bulk/summary.js");
    expect(renderBulkSummary(summary, { careType: "Huidtherapie", policy: "x", organisation: "Caresq" })).not.toContain("koopt");
  });
});

describe("the summary's line on care not purchased", async () => {
  const { renderBulkSummary } = await import("../../compiler/bulk/summary.js");
  const summary = (aantal: number, inAanmerking: number): BulkSummary => ({ rows: 1000, evaluated: 1000, seconds: 0.5, perAgreement: [], notEligible: 0, approached: 0, rejected: 0, firstRejected: [], rejectedGroups: [], fractionPercentages: [], workers: 0, notPurchased: [{ zorg: "paramedische zorg bij de ziekte van Parkinson", aantal, inAanmerking }] });
  const line = (aantal: number, inAanmerking: number) => renderBulkSummary(summary(aantal, inAanmerking), { careType: "Fysiotherapie", policy: "x", organisation: "Caresq" }).split("\n")[4];

  it("says from how many providers the care is not purchased, and how many of them qualify", () => {
    expect(line(41234, 20617)).toBe("Caresq koopt paramedische zorg bij de ziekte van Parkinson niet in bij 41.234 zorgaanbieders (4.123,4%); 20.617 van hen komen in aanmerking voor een zorgovereenkomst.");
    expect(line(12, 1)).toBe("Caresq koopt paramedische zorg bij de ziekte van Parkinson niet in bij 12 zorgaanbieders (1,2%); 1 van hen komt in aanmerking voor een zorgovereenkomst.");
    expect(line(12, 0)).toBe("Caresq koopt paramedische zorg bij de ziekte van Parkinson niet in bij 12 zorgaanbieders (1,2%); geen van hen komt in aanmerking voor een zorgovereenkomst.");
    expect(line(1, 0)).toBe("Caresq koopt paramedische zorg bij de ziekte van Parkinson niet in bij 1 zorgaanbieder (0,1%); die komt niet in aanmerking voor een zorgovereenkomst.");
    expect(line(0, 0)).toBe("Caresq koopt paramedische zorg bij de ziekte van Parkinson in bij elke zorgaanbieder die in aanmerking komt.");
  });
});

describe("rejected rows per fact and kind of problem", async () => {
  const { renderBulkSummary } = await import("../../compiler/bulk/summary.js");
  const { MAX_GROUPS, RejectionGroups, rejectionGroups } = await import("../../compiler/bulk/rejections.js");

  it("counts a JSON-lines file where every row lacks the same fact in one group, and says so below the first twenty", async () => {
    const lacking = providers.slice(0, 30).map(({ skf_keurmerk: _s, ...rest }) => rest);
    lacking[4] = { ...lacking[4], behandelindex: "hoog" };
    // Written as they are: the row writer would write the missing fact as null.
    const text = lacking.map((r) => JSON.stringify(r)).join("\n") + "\ngeen json\n[1, 2]\n";
    const { summary } = await run(text, 0, "jsonl");
    expect(summary.rejected).toBe(32);
    expect(summary.rejectedGroups).toEqual([
      { feit: "skf_keurmerk", soort: "ontbreekt", omschrijving: "‘skf_keurmerk’ ontbreekt", aantal: 30 },
      { feit: "behandelindex", soort: "type", omschrijving: "‘behandelindex’ heeft een waarde van de verkeerde soort", aantal: 1 },
      { feit: "", soort: "regel", reden: "geen_json", omschrijving: "geen geldige JSON", aantal: 1 },
      { feit: "", soort: "regel", reden: "geen_json_object", omschrijving: "geen JSON-object", aantal: 1 },
    ]);
    const lines = renderBulkSummary(summary, { careType: "Fysiotherapie", policy: "x", uit: "uit.jsonl" }).split("\n");
    const at = lines.indexOf("Afgekeurde rijen per feit en soort probleem (een rij met meer problemen telt bij elk daarvan mee):");
    expect(at).toBeGreaterThan(20);
    expect(lines[at - 21]).toBe("Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): 32 (de eerste 20; alle staan in uit.jsonl):");
    expect(lines.slice(at + 1, at + 5)).toEqual(["          30  ‘skf_keurmerk’ ontbreekt", "           1  ‘behandelindex’ heeft een waarde van de verkeerde soort", "           1  geen geldige JSON", "           1  geen JSON-object"]);
  });

  it("does not repeat the groups when every rejected row is named", () => {
    const text = renderBulkSummary({ rows: 5, evaluated: 4, seconds: 0.1, perAgreement: [], notEligible: 4, approached: 0, rejected: 1, firstRejected: [{ regel: 2, problemen: ["x"] }], rejectedGroups: [{ feit: "a", soort: "ontbreekt", omschrijving: "‘a’ ontbreekt", aantal: 1 }], fractionPercentages: [], workers: 0 }, { careType: "F", policy: "x" });
    expect(text).not.toContain("per feit en soort probleem");
  });

  it("names each problem with the row itself as its own group, from the reader's own messages", async () => {
    const header = [PROVIDER_COLUMN, ...facts.map((f) => f.id)].join(",");
    const good = createRowWriter("csv", [PROVIDER_COLUMN, ...facts.map((f) => f.id)]).rows([providers[0]!]).trim();
    const csv = [header, "A-kort,1,2", good + ",extra,meer", "A-kort2,1", good, 'A-open,"nooit gesloten'].join("\n") + "\n";
    const { summary } = await run(csv, 0);
    expect(summary.rejectedGroups.map((g) => [g.reden, g.omschrijving, g.aantal])).toEqual([
      ["te_weinig_kolommen", "te weinig kolommen", 2],
      ["te_veel_kolommen", "te veel kolommen", 1],
      ["aanhalingsteken", "een aanhalingsteken dat niet sluit", 1],
    ]);
    // A line over 1 MB, read as a file is read: in pieces.
    const text = Buffer.from([header, good + "x".repeat(1300 * 1024), good].join("\n") + "\n");
    const long = await evaluateBulk({ model, careType: "fysiotherapie", inputFormat: "csv", workers: 0, input: (async function* () { for (let at = 0; at < text.length; at += 65536) yield text.subarray(at, at + 65536); })() });
    expect(long.rejected).toBe(1);
    expect(long.rejectedGroups.map((g) => [g.reden, g.omschrijving])).toEqual([["te_lang", "de regel is langer dan 1 MB"]]);
  });

  it("sorts the groups by the number of rows, equal numbers in the order first seen, and keeps at most MAX_GROUPS", () => {
    const groups = new RejectionGroups();
    groups.addRow([{ feit: "a", soort: "type", melding: "…" }, { feit: "a", soort: "type", melding: "…" }, { feit: "b", soort: "bereik", melding: "…" }]);
    groups.addRow([{ feit: "b", soort: "bereik", melding: "…" }]);
    groups.addRow([{ feit: "c", soort: "verband", melding: "…" }]);
    expect(rejectionGroups(groups.entries()).map((g) => [g.omschrijving, g.aantal])).toEqual([
      ["‘b’ ligt buiten het bereik van het feit", 2],
      ["‘a’ heeft een waarde van de verkeerde soort", 1],
      ["‘c’ is groter dan het geheel waarvan het een deel is", 1],
    ]);
    const many = new RejectionGroups();
    for (let i = 0; i < MAX_GROUPS + 5; i++) many.addRow([{ feit: `f${i}`, soort: "onbekend", melding: "…" }]);
    many.addRow([{ feit: "f0", soort: "onbekend", melding: "…" }]);
    const all = rejectionGroups(many.entries());
    // The problems beyond the first MAX_GROUPS groups together, always last.
    expect(all).toHaveLength(MAX_GROUPS + 1);
    expect(all[0]).toEqual({ feit: "f0", soort: "onbekend", omschrijving: "‘f0’ is onbekend, maar mag niet onbekend zijn", aantal: 2 });
    expect(all[MAX_GROUPS]).toEqual({ feit: "", soort: "overig", omschrijving: `andere problemen (meer dan ${MAX_GROUPS} soorten)`, aantal: 5 });
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
