/**
 * `beleid eval --aanbieders`: what the summary says about care not purchased (selective
 * purchase, per deelzorg) and about rejected rows counted per fact and kind of problem, in
 * text and with `--json`, and the column niet_ingekocht of the results file (docs/bulk.md).
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import type { Beslissing } from "../../runtime/decision.js";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const model = compileFile(POLICY).model!;
const dir = mkdtempSync(join(tmpdir(), "beleid-bulk-samenvatting-"));
const columns = (careType: string) => [PROVIDER_COLUMN, ...datasetFacts(model, careType).map((f) => f.id)];
const providers = [...generateProviders(model, { count: 600, seed: 12, careType: "fysiotherapie" })];
const percent = (n: number, of: number) => (n / of * 100).toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function notPurchasedIn(decision: Beslissing): string[] {
  return [...new Set(decision.regels.filter((r) => r.soort === "selectieve_inkoop" && r.status === "definitief" && r.uitkomst === "niet_voldaan").map((r) => r.deelzorg as string))];
}

describe("care not purchased (selective purchase)", async () => {
  const evaluator = await loadEvaluator(model);
  const input = join(dir, "fysio.csv");
  const writer = createRowWriter("csv", columns("fysiotherapie"));
  writeFileSync(input, writer.header() + writer.rows(providers));
  const decisions = providers.map((p) => evaluator.beoordeel("fysiotherapie", p));
  const parts = ["langdurige fysiotherapie bij Reumatoïde Artritis", "paramedische zorg bij de ziekte van Parkinson", "gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens"];
  const counts = parts.map((zorg) => ({
    zorg,
    aantal: decisions.filter((d) => notPurchasedIn(d).includes(zorg)).length,
    inAanmerking: decisions.filter((d) => d.inAanmerking && notPurchasedIn(d).includes(zorg)).length,
  }));

  it("says per part of the care from how many providers Caresq does not purchase it, and how many of them qualify", async () => {
    const out = join(dir, "fysio-uit.csv");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--uit", out, "--werkers", "0"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const c of counts) expect(c.aantal).toBeGreaterThan(1);
    const lines = run.stdout.split("\n");
    const approached = lines.findIndex((l) => l.startsWith("Benaderd met een contractaanbod: "));
    expect(lines.slice(approached + 1, approached + 5)).toEqual([
      ...counts.map((c) => `Caresq koopt ${c.zorg} niet in bij ${c.aantal} zorgaanbieders (${percent(c.aantal, 600)}%); ${c.inAanmerking} van hen komen in aanmerking voor een zorgovereenkomst.`),
      "Afgekeurde rijen: geen.",
    ]);
    // Each row names the care not purchased from that provider, in the order of the policy.
    const results = readFileSync(out, "utf8").trim().split("\n");
    expect(results[0]).toBe("regel,aanbieder,in_aanmerking,overeenkomst,benaderd,niet_ingekocht,problemen");
    results.slice(1).forEach((line, i) => {
      const cell = parts.filter((part) => notPurchasedIn(decisions[i] as Beslissing).includes(part)).join("; ");
      expect(line.split(",")[5]).toBe(cell);
    });
  });

  it("gives the same counts with --json, and with worker threads", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--json", "--werkers", "2"]);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary.nietIngekocht).toEqual(counts);
    expect(summary.afgekeurdPerProbleem).toEqual([]);
  });

  it("writes the care not purchased as a list in JSON lines, empty when all is purchased", async () => {
    const out = join(dir, "fysio-uit.jsonl");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--uit", out, "--werkers", "0"]);
    expect(run.code).toBe(0);
    const rows = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { niet_ingekocht: string[] });
    expect(rows.map((r) => r.niet_ingekocht)).toEqual(decisions.map((d) => parts.filter((part) => notPurchasedIn(d).includes(part))));
    expect(rows.filter((r) => r.niet_ingekocht.length === 0).length).toBeGreaterThan(400);
  });

  it("says nothing about it for a care type without selective purchase", async () => {
    const huid = join(dir, "huid.csv");
    const w = createRowWriter("csv", columns("huidtherapie"));
    writeFileSync(huid, w.header() + w.rows([...generateProviders(model, { count: 30, seed: 1, careType: "huidtherapie" })]));
    const text = await cli(["eval", POLICY, "-z", "huidtherapie", "--aanbieders", huid, "--werkers", "0"]);
    expect(text.stdout).not.toContain("koopt");
    const json = JSON.parse((await cli(["eval", POLICY, "-z", "huidtherapie", "--aanbieders", huid, "--json", "--werkers", "0"])).stdout) as Record<string, unknown>;
    expect(Object.keys(json)).not.toContain("nietIngekocht");
  });
});

describe("rejected rows counted per fact and kind of problem", () => {
  it("counts a JSON-lines file where every row lacks the same fact in one line", async () => {
    const input = join(dir, "zonder-skf.jsonl");
    const rows = providers.slice(0, 40).map(({ skf_keurmerk: _s, ...rest }) => JSON.stringify(rest));
    writeFileSync(input, rows.join("\n") + "\n{kapot\n");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--werkers", "0"]);
    expect(run.code).toBe(1);
    const text = run.stdout;
    expect(text).toContain("Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): 41 (de eerste 20; met --uit <bestand> komen ze allemaal in een resultatenbestand):\n  regel 1 (A0000001): ‘skf_keurmerk’ ontbreekt;");
    expect(text.endsWith("Afgekeurde rijen per feit en soort probleem (een rij met meer problemen telt bij elk daarvan mee):\n          40  ‘skf_keurmerk’ ontbreekt\n           1  geen geldige JSON\n")).toBe(true);
    const json = JSON.parse((await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--json", "--werkers", "2"])).stdout) as Record<string, unknown>;
    expect(json.afgekeurdPerProbleem).toEqual([
      { feit: "skf_keurmerk", soort: "ontbreekt", omschrijving: "‘skf_keurmerk’ ontbreekt", aantal: 40 },
      { feit: "", soort: "regel", reden: "geen_json", omschrijving: "geen geldige JSON", aantal: 1 },
    ]);
    expect(Object.keys(json)).toEqual(["formatVersion", "zorgsoort", "rijen", "beoordeeld", "afgekeurd", "perOvereenkomst", "nietInAanmerking", "benaderd", "nietIngekocht", "eersteAfgekeurd", "afgekeurdPerProbleem", "werkers", "seconden"]);
  });

  it("counts a column with a unit in every row, and rows with too few columns, most rows first", async () => {
    const input = join(dir, "eenheid.csv");
    const writer = createRowWriter("csv", columns("fysiotherapie"), "onbekend", ";");
    const withUnit = providers.slice(0, 30).map((p) => ({ ...p, werkdagen_tot_eerste_afspraak: `${p.werkdagen_tot_eerste_afspraak as number} dagen` }));
    writeFileSync(input, writer.header() + writer.rows(withUnit) + "A-kort;1;2\nA-kort2;1\n");
    const out = join(dir, "eenheid-uit.csv");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--uit", out, "--werkers", "0"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Afgekeurde rijen (feiten niet bruikbaar, niet beoordeeld): 32 (de eerste 20; alle staan in " + out + "):\n");
    expect(run.stdout).toContain("Afgekeurde rijen per feit en soort probleem (een rij met meer problemen telt bij elk daarvan mee):\n          30  ‘werkdagen_tot_eerste_afspraak’ heeft een waarde van de verkeerde soort\n           2  te weinig kolommen\n");
    // Rejected rows: no decision and no care not purchased, only why.
    expect(readFileSync(out, "utf8").split("\n")[1]).toMatch(/^2;A0000001;;;;;"?‘werkdagen_tot_eerste_afspraak’/);
  });
});
