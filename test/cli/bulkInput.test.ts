/**
 * `beleid eval --aanbieders` and `beleid diff --aanbieders` with an input file that is not as
 * it should be: quotes that swallow or misplace fields (each such record rejected, nothing
 * silently merged, exit 1), and errors in the file as a whole (a missing column, not UTF-8,
 * tabs, empty) as JSON on standard output with `--json` (docs/bulk.md).
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const model = compileFile(POLICY).model!;
const dir = mkdtempSync(join(tmpdir(), "beleid-bulk-invoer-"));
const writer = createRowWriter("csv", [PROVIDER_COLUMN, ...datasetFacts(model, "fysiotherapie").map((f) => f.id)]);
const providers = [...generateProviders(model, { count: 200, seed: 1, careType: "fysiotherapie" })];
/** The lines of a file of 200 providers: the header is line 1, provider n is line n + 1. */
const lines = (writer.header() + writer.rows(providers)).split("\n");
/** The file with the provider's name on `line` replaced by `name` (written as it is). */
const withName = (text: string[], line: number, name: string) => text.map((l, i) => (i === line - 1 ? `${name}${l.slice(l.indexOf(","))}` : l));

async function evalFile(name: string, content: string, ...extra: string[]) {
  const input = join(dir, name);
  writeFileSync(input, content);
  return cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--werkers", "0", ...extra]);
}

describe("quotes in a CSV file", () => {
  it("a stray opening quote: that row rejected, the rows after it read, exit 1 (was: 195 rows read, one of them with a name over six lines, exit 0)", async () => {
    const text = withName(withName(lines, 100, '"Praktijk X'), 105, '"Praktijk Y"').join("\n");
    const uit = join(dir, "stray.jsonl");
    const run = await evalFile("stray.csv", text, "--uit", uit, "--json");
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect([summary.rijen, summary.beoordeeld, summary.afgekeurd]).toEqual([200, 199, 1]);
    expect(summary.eersteAfgekeurd).toEqual([
      {
        regel: 100,
        problemen: [
          "Het aanhalingsteken (\") waarmee de kolom ‘aanbieder’ begint, wordt op regel 100 niet gesloten. Het eerste aanhalingsteken dat het veld zou kunnen sluiten, staat op regel 105, maar daarna volgt ‘Praktijk Y\"’, waar een scheidingsteken (‘,’) of het einde van de regel hoort; het sluit het veld dus niet. Staat er op regel 100 een aanhalingsteken te veel of te weinig? De regel is overgeslagen; het lezen gaat verder op regel 101.",
        ],
      },
    ]);
    expect(summary.afgekeurdPerProbleem).toEqual([{ feit: "", soort: "regel", reden: "aanhalingsteken", omschrijving: "een aanhalingsteken dat niet sluit", aantal: 1 }]);
    // Every line has its result, the one of line 105 with the name it has there.
    const results = readFileSync(uit, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(results.map((r) => r.regel)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
    expect(results.find((r) => r.regel === 105).aanbieder).toBe("Praktijk Y");
    expect(results.find((r) => r.regel === 101).aanbieder).toBe("A0000100");
  });

  it("a closed quote followed by text: says so, how to write it, and reads on (was: ‘wordt niet gesloten … tot het einde van het bestand’)", async () => {
    const run = await evalFile("linde.csv", withName(lines, 50, '"De Linde" Utrecht').join("\n"));
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("200 rijen gelezen");
    expect(run.stdout).toContain(
      "  regel 50: Het aanhalingsteken (\") waarmee de kolom ‘aanbieder’ begint, wordt gesloten na ‘De Linde’, maar daarna volgt ‘Utrecht’, waar een scheidingsteken (‘,’) of het einde van de regel hoort. Zet het hele veld tussen aanhalingstekens of laat de aanhalingstekens weg (‘\"\"\"De Linde\"\" Utrecht\"’, met elk aanhalingsteken in het veld verdubbeld, of ‘De Linde Utrecht’). De regel is overgeslagen; het lezen gaat verder op regel 51.\n",
    );
    expect(run.stdout).not.toContain("einde van het bestand");
  });
});

describe("a quoted field over several lines in a column whose value never has a line break", () => {
  // A file with every fact of the policy, as `beleid aanbieders` without --zorgsoort makes it.
  const all = datasetFacts(model);
  const fysio = new Set(datasetFacts(model, "fysiotherapie").map((f) => f.id));
  const other = all.find((f) => f.type === "ja/nee" && !fysio.has(f.id))!;
  const allWriter = createRowWriter("csv", [PROVIDER_COLUMN, ...all.map((f) => f.id)]);
  const allLines = (allWriter.header() + allWriter.rows([...generateProviders(model, { count: 200, seed: 2 })])).split("\n");
  const column = allLines[0]!.split(",").indexOf(other.id);
  /** The file with `edit` applied to the cell of `other` on `line`. */
  const withCell = (text: string[], line: number, edit: (cell: string) => string) => text.map((l, i) => (i === line - 1 ? l.split(",").map((c, k) => (k === column ? edit(c) : c)).join(",") : l));

  it("a stray quote that meets another one lines later, in a column fysiotherapie does not read: that row rejected, the lines between read (was: lines 100 to 104 one provider, silently, exit 0)", async () => {
    expect(allLines[99]!.split(",")[column]).not.toContain('"');
    const text = withCell(withCell(allLines, 100, (c) => `"${c}`), 104, (c) => `${c}"`);
    const uit = join(dir, "regelovergang.jsonl");
    const run = await evalFile("regelovergang.csv", text.join("\n"), "--uit", uit, "--json");
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect([summary.rijen, summary.beoordeeld, summary.afgekeurd]).toEqual([200, 199, 1]);
    expect(summary.eersteAfgekeurd).toEqual([
      {
        regel: 100,
        aanbieder: "A0000099",
        problemen: [
          `Het aanhalingsteken (") waarmee de kolom ‘${other.id}’ begint, wordt op regel 100 niet gesloten, maar pas op regel 104; zo zouden de regels 100 tot en met 104 als één rij worden gelezen. Een waarde van ‘${other.id}’ loopt nooit over meer regels (dat kan alleen bij tekst). Staat er op regel 100 een aanhalingsteken te veel of te weinig? De regel is overgeslagen; het lezen gaat verder op regel 101.`,
        ],
      },
    ]);
    expect(summary.afgekeurdPerProbleem).toEqual([{ feit: "", soort: "regel", reden: "aanhalingsteken", omschrijving: "een aanhalingsteken dat niet sluit", aantal: 1 }]);
    const results = readFileSync(uit, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(results.map((r) => r.regel)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
    expect(results.filter((r) => r.regel >= 101 && r.regel <= 104).every((r) => r.problemen === null)).toBe(true);
  });

  it("the same in beleid diff --aanbieders: the row is unusable for every care type, the report says why", async () => {
    const input = join(dir, "regelovergang-diff.csv");
    writeFileSync(input, withCell(withCell(allLines, 100, (c) => `"${c}`), 104, (c) => `${c}"`).join("\n"));
    const run = await cli(["diff", "policies/paramedische-zorg/2026-04.policy", POLICY, "--aanbieders", input]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Fysiotherapie (199 zorgaanbieders beoordeeld; 1 rij niet bruikbaar)");
    expect(run.stdout).toContain("  Waarom de rij niet bruikbaar is, per feit en soort probleem:\n    een aanhalingsteken dat niet sluit: 1\n");
  });
});

describe("an error in the file as a whole", () => {
  const header = lines[0]!;
  const cases: [string, string | Buffer, RegExp][] = [
    ["a missing column", [header.replace(",behandelindex,", ",behandelindx,"), ...lines.slice(1, 4)].join("\n"), /^ontbreekt\.csv: De kolom ‘behandelindex’ ontbreekt in de kopregel\./],
    ["Windows-1252", Buffer.from(`${header}\n${withName(lines, 2, "Praktijk Ro\u00eble")[1]}\n`, "latin1"), /^windows-1252\.csv: Het bestand is niet in UTF-8 opgeslagen \(regel 2 /],
    ["separated by tabs", lines.slice(0, 3).map((l) => l.replaceAll(",", "\t")).join("\n"), /^tabs\.csv: De kolommen in de kopregel zijn gescheiden door tabs/],
    ["empty", "", /^leeg\.csv: Het bestand is leeg/],
  ];
  const names = ["ontbreekt.csv", "windows-1252.csv", "tabs.csv", "leeg.csv"];

  it.each(cases.map((c, i) => [...c, names[i]!] as const))("%s: exit 1, with --json as { fout: aanbiedersbestand, bericht } on standard output (was: nothing on standard output)", async (_, content, message, name) => {
    const input = join(dir, name);
    writeFileSync(input, content);
    const json = await cli(["eval", resolve(POLICY), "-z", "fysiotherapie", "--aanbieders", name, "--werkers", "0", "--json"], { cwd: dir });
    expect(json.code).toBe(1);
    const error = JSON.parse(json.stdout) as { fout: string; bericht: string };
    expect(Object.keys(error)).toEqual(["fout", "bericht"]);
    expect(error.fout).toBe("aanbiedersbestand");
    expect(error.bericht).toMatch(message);
    // The person reads the same on standard error; without --json standard output stays empty.
    expect(json.stderr).toBe(`fout: ${error.bericht}\n`);
    const text = await cli(["eval", resolve(POLICY), "-z", "fysiotherapie", "--aanbieders", name, "--werkers", "0"], { cwd: dir });
    expect([text.code, text.stdout, text.stderr]).toEqual([1, "", json.stderr]);
  });
});
