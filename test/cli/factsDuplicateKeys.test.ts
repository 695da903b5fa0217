/**
 * A key written twice in one JSON object of facts (compiler/facts/json.ts): JSON.parse keeps
 * the last value without a word, and which one the writer meant decides the outcome. `eval
 * --feiten` stops with the key and both places; a JSON-lines row of `eval --aanbieders` and
 * `diff --aanbieders` is rejected with its line, and the rows after it are read.
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { parseJsonText } from "../../compiler/facts/json.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const dir = mkdtempSync(join(tmpdir(), "beleid-dubbele-sleutel-"));

describe("parseJsonText", () => {
  it("refuses a key that occurs twice in one object, naming it and both places", () => {
    expect(parseJsonText('{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}')).toEqual({
      problem: "de sleutel ‘a’ staat twee keer in hetzelfde object (regel 2, kolom 3 en regel 4, kolom 3)",
      reason: "de sleutel ‘a’ staat twee keer in hetzelfde object",
      line: 4,
      column: 3,
      first: { line: 2, column: 3 },
    });
    // Also in a nested object, and when the second is written with an escape.
    expect((parseJsonText('[{"x": {"k": 1, "\\u006b": 2}}]') as { problem: string }).problem).toBe(
      "de sleutel ‘k’ staat twee keer in hetzelfde object (regel 1, kolom 9 en regel 1, kolom 17)",
    );
  });

  it("finds the end of a key that ends in an escaped backslash", () => {
    expect((parseJsonText('{"a\\\\": 1, "b": "\\"", "a\\\\": 2}') as { reason: string }).reason).toBe("de sleutel ‘a\\’ staat twee keer in hetzelfde object");
  });

  it("accepts one key in different objects, keys inside texts and strings in lists", () => {
    const text = '{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}], "c": "\\"a\\": 1, \\"a\\"", "d": ["a", "a"]}';
    expect(parseJsonText(text)).toEqual({ value: JSON.parse(text) });
    expect(parseJsonText('{"__proto__": 1, "constructor": 2}')).toEqual({ value: JSON.parse('{"__proto__": 1, "constructor": 2}') });
  });
});

describe("beleid eval --feiten", () => {
  const facts = readFileSync("test/fixtures/fysio-feiten.json", "utf8");

  it("stops with the key and both places, exit 1 as for other bad facts files (was: the last value decided, not eligible)", async () => {
    // The second behandelindex (above 150) silently won: not eligible instead of Zorgovereenkomst B.
    const file = join(dir, "dubbel.json");
    writeFileSync(file, facts.replace('  "behandelindex": 120,\n', '  "behandelindex": 120,\n  "behandelindex": 180,\n'));
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--feiten", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("zijn geen geldige JSON: de sleutel ‘behandelindex’ staat twee keer in hetzelfde object (regel 2, kolom 3 en regel 3, kolom 3).");
    const json = await cli(["eval", POLICY, "-z", "fysiotherapie", "--feiten", file, "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ fout: "feitenbestand" });
  });
});

describe("a JSON-lines file of --aanbieders", () => {
  const model = compileFile(POLICY).model!;
  const ids = datasetFacts(model, "fysiotherapie").map((f) => f.id);
  const writer = createRowWriter("jsonl", [PROVIDER_COLUMN, ...ids]);
  const providers = [...generateProviders(model, { count: 20, seed: 3, careType: "fysiotherapie" })];
  const lines = writer.rows(providers).trimEnd().split("\n");
  // Row 7 with its behandelindex a second time at the end.
  lines[6] = lines[6]!.replace(/\}$/, ', "behandelindex": 500}');
  const input = join(dir, "dubbel.jsonl");
  writeFileSync(input, `${lines.join("\n")}\n`);
  const first = lines[6]!.indexOf('"behandelindex"') + 1;
  const second = lines[6]!.lastIndexOf('"behandelindex"') + 1;

  it("eval: that row rejected with its line and both columns, the other rows read (was: read with the last value)", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--werkers", "0", "--uit", join(dir, "uit.jsonl"), "--json"]);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect([summary.rijen, summary.beoordeeld, summary.afgekeurd]).toEqual([20, 19, 1]);
    expect(summary.eersteAfgekeurd).toEqual([
      { regel: 7, problemen: [`De regel is geen geldige JSON: de sleutel ‘behandelindex’ staat twee keer in hetzelfde object (kolom ${first} en ${second}).`] },
    ]);
  });

  it("diff: the row is not usable, the report says why", async () => {
    const run = await cli(["diff", "policies/paramedische-zorg/2026-04.policy", POLICY, "--aanbieders", input]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Fysiotherapie (19 zorgaanbieders beoordeeld; 1 rij niet bruikbaar)");
  });
});
