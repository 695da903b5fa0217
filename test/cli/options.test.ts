/**
 * Options of the command line that could lose work or hide a mistake: an output file that is
 * the input (the same path, a symbolic or a hard link) is refused, `--out` is a hidden twin of
 * `--uit` for every command that writes, and an option given twice with different values is
 * a usage error instead of silently the last one.
 */

import { cpSync, existsSync, linkSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

const POLICY = "policies/paramedische-zorg/2026-07.policy";
const dir = mkdtempSync(join(tmpdir(), "beleid-opties-"));
const input = join(dir, "aanbieders.csv");

beforeAll(async () => {
  expect((await cli(["aanbieders", POLICY, "-z", "fysiotherapie", "-n", "20", "--uit", input])).code).toBe(0);
  symlinkSync(input, join(dir, "koppeling.csv"));
  linkSync(input, join(dir, "harde-koppeling.csv"));
  symlinkSync(dir, `${dir}-map`);
});

describe("an output that is an input", () => {
  it.each([
    ["the same path", input, input],
    ["the same file through a linked folder", join(`${dir}-map`, "aanbieders.csv"), input],
    ["a symbolic link to it", join(dir, "koppeling.csv"), input],
    ["a hard link to it", join(dir, "harde-koppeling.csv"), input],
  ])("is refused by eval --aanbieders when --uit is %s", async (_case, uit) => {
    const before = readFileSync(input, "utf8");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--uit", uit, "--werkers", "0"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `fout: --uit ‘${uit}’ is hetzelfde bestand als het bestand met zorgaanbieders (--aanbieders ‘${input}’); het zou worden overschreven. Kies een ander bestand voor --uit.\n`,
    );
    expect(run.stdout).toBe("");
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  it("is refused by eval --aanbieders with --out as well", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--out", input]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is hetzelfde bestand als het bestand met zorgaanbieders");
  });

  it("is refused by aanbieders when --uit is the policy (a .csv name linked to it)", async () => {
    const copy = join(mkdtempSync(join(tmpdir(), "beleid-opties-")), "beleid.policy");
    cpSync("test/fixtures/opmaak/minimaal.policy", copy);
    const link = join(dir, "beleid.csv");
    symlinkSync(copy, link);
    const before = readFileSync(copy, "utf8");
    const run = await cli(["aanbieders", copy, "-n", "5", "--uit", link]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fout: --uit ‘${link}’ is hetzelfde bestand als het beleid ‘${copy}’; het zou worden overschreven. Kies een ander bestand voor --uit.\n`);
    expect(readFileSync(copy, "utf8")).toBe(before);
  });
});

describe("--out as a hidden twin of --uit", () => {
  it("writes the results of eval --aanbieders", async () => {
    const out = join(dir, "resultaten-out.csv");
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--out", out, "--werkers", "0"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`Resultaten per rij geschreven naar ${out}.`);
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^regel,aanbieder,/);
  });

  it("writes the dataset of aanbieders", async () => {
    const out = join(dir, "set-out.csv");
    const run = await cli(["aanbieders", POLICY, "-n", "3", "--out", out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, "utf8").trim().split("\n")).toHaveLength(4);
  });

  it.each(["eval", "aanbieders"])("is not shown in the help of %s", async (command) => {
    const run = await cli([command, "--help"]);
    expect(run.stdout).toContain("-o, --uit <pad>");
    expect(run.stdout).not.toContain("--out");
  });
});

describe("an option given twice", () => {
  it.each([
    [["docs", POLICY, "--out", join(dir, "dd"), "--uit", join(dir, "ee")], `--out en --uit betekenen hetzelfde, maar zijn gegeven met verschillende waarden (‘${join(dir, "dd")}’ en ‘${join(dir, "ee")}’); geef er één.`],
    [["build", POLICY, "--uit", join(dir, "dd"), "-o", join(dir, "ee")], `--uit en --out betekenen hetzelfde, maar zijn gegeven met verschillende waarden (‘${join(dir, "dd")}’ en ‘${join(dir, "ee")}’); geef er één.`],
    [["eval", POLICY, "-z", "fysiotherapie", "-z", "logopedie", "--feiten", "test/fixtures/fysio-feiten.json"], "--zorgsoort is twee keer gegeven, met verschillende waarden (‘fysiotherapie’ en ‘logopedie’); geef het één keer."],
    [["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", input, "--uit", join(dir, "r1.csv"), "--out", join(dir, "r2.csv")], `--uit en --out betekenen hetzelfde, maar zijn gegeven met verschillende waarden (‘${join(dir, "r1.csv")}’ en ‘${join(dir, "r2.csv")}’); geef er één.`],
    [["aanbieders", POLICY, "-n", "3", "-n", "4"], "--aantal is twee keer gegeven, met verschillende waarden (‘3’ en ‘4’); geef het één keer."],
  ])("with different values is a usage error: %j", async (args, message) => {
    const run = await cli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fout: ${message}\n`);
    expect(run.stdout).toBe("");
    for (const name of ["dd", "ee", "r1.csv", "r2.csv"]) expect(existsSync(join(dir, name))).toBe(false);
  });

  it("with the same value is harmless", async () => {
    const run = await cli(["eval", POLICY, "-z", "fysiotherapie", "--zorgsoort", "fysiotherapie", "--feiten", "test/fixtures/fysio-feiten.json", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});

describe("Dutch twins of the English option names", () => {
  const OLD = "policies/paramedische-zorg/2026-04.policy";

  it("diff takes --vorm for --format and --fout-bij for --fail-on, and refuses the two with different values", async () => {
    const json = await cli(["diff", OLD, POLICY, "--vorm", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toHaveProperty("formatVersion");
    const stricter = await cli(["diff", OLD, POLICY, "--fout-bij", "strenger"]);
    expect(stricter.code).toBe(1);
    const both = await cli(["diff", OLD, POLICY, "--format", "md", "--vorm", "html"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe("fout: --format en --vorm betekenen hetzelfde, maar zijn gegeven met verschillende waarden (‘md’ en ‘html’); geef er één.\n");
  });

  it("fmt takes --controleer for --check, and the help names every twin", async () => {
    const run = await cli(["fmt", "--controleer", POLICY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("alles is opgemaakt");
    expect((await cli(["fmt", "--help"])).stdout).toContain("ook --controleer");
    expect((await cli(["diff", "--help"])).stdout).toMatch(/ook --vorm[\s\S]*ook\s+--fout-bij/);
    expect((await cli(["build", "--help"])).stdout).toContain("ook --volg");
  });
});
