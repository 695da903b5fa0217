/**
 * One name for a policy's version wherever a user of `beleid eval` reads it: the decision's
 * header, the facts error of `beleid eval`, the generated evaluator's `FeitenFout` and the summary
 * of `--aanbieders` all say "Fysiotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1
 * juli 2025)", never the key `2026-07` (which reads as July 2026).
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { emitModule } from "../../compiler/emit/js.js";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const NAME = "Fysiotherapie — Inkoopbeleid Paramedische zorg 2026 (versie van 1 juli 2025)";
const dir = mkdtempSync(join(tmpdir(), "beleid-versienaam-"));
const facts = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;

describe("the version's name in beleid eval", () => {
  it("heads the decision with it", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", "test/fixtures/fysio-feiten.json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(NAME);
  });

  it("names the policy the same way when the facts are not usable", async () => {
    const file = join(dir, "feiten.json");
    writeFileSync(file, JSON.stringify({ ...facts, behandelindex: "hoog" }));
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "-f", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`fout: Eén feit is niet bruikbaar voor ${NAME}:\n`);
    expect(run.stderr).not.toContain("2026-07");
  });

  it("names the policy the same way in the summary of --aanbieders", async () => {
    const keys = Object.keys(facts);
    const csv = join(dir, "aanbieders.csv");
    writeFileSync(csv, `${keys.join(",")}\n${keys.map((k) => String(facts[k] ?? "")).join(",")}\n`);
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", csv, "--werkers", "0"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`${NAME}, 1 zorgaanbieder beoordeeld:`);
    expect(run.stdout).not.toContain("2026-07");
  });

  it("names the policy the same way in the generated evaluator's FeitenFout", async () => {
    const model = compileFile(POLICY).model;
    if (!model) throw new Error(`${POLICY} compileert niet`);
    const runtime = pathToFileURL(join(process.cwd(), "runtime/index.ts")).href;
    const js = emitModule(model, { sourceName: POLICY, runtimeImport: runtime });
    expect(js).toContain(JSON.stringify(NAME));
    expect(js).not.toMatch(/versie 2026-07/);
  });
});
