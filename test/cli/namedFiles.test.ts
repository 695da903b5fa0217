/**
 * What the commands do with the files a user names: a file that is not a .policy file is a
 * usage error for check, build, docs and fmt alike (fmt used to rewrite `package.json` as
 * YAML); a folder named `x.policy` is a folder. And `beleid fmt` never writes a file that
 * `beleid check` cannot read: not UTF-8 (BL013), empty, or not YAML; it gives check's
 * diagnostic and leaves the bytes as they were.
 */

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { cli } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "beleid-paden-"));
const VALID = readFileSync("test/fixtures/diagnostics/BL011/invoer.policy", "utf8").replace('tekst: ""', "tekst: De praktijk staat in het kwaliteitsregister.");

beforeAll(() => {
  process.env.CACHE_DIR = join(dir, ".cache");
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe("a named file that is not a .policy file", () => {
  it.each(["check", "build", "docs", "fmt"])("is a usage error for %s, and is left untouched", async (command) => {
    const json = file("f.json", '{"a": 1}\n');
    const text = file("notities.txt", "titel: iets\n");
    const pkg = file("package.json", '{ "name": "x", "version": "1.0.0" }\n');
    for (const path of [json, text, pkg]) {
      const before = readFileSync(path, "utf8");
      const run = await cli([command, path], { cwd: dir });
      expect(run.code, `${command} ${path}`).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(`fout: ‘${path}’ is geen .policy-bestand; beleid leest en schrijft alleen .policy-bestanden (of de .policy-bestanden in een map).\n`);
      expect(readFileSync(path, "utf8")).toBe(before);
    }
  });

  it("names every such file, also next to a .policy file, and reads none of them", async () => {
    const policy = file("goed.policy", VALID);
    const others = ["a.json", "b.txt"].map((name) => file(name, "a: 1\n"));
    const run = await cli(["fmt", policy, ...others], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fout: Deze bestanden zijn geen .policy-bestanden: ‘${others[0]}’, ‘${others[1]}’. Geef .policy-bestanden of mappen.\n`);
    for (const path of others) expect(readFileSync(path, "utf8")).toBe("a: 1\n");
  });

  it("points a test file to beleid test, named as the user wrote it", async () => {
    file("getest.test.yaml", "gevallen: {}\n");
    const run = await cli(["check", "getest.test.yaml"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("fout: ‘getest.test.yaml’ is een testbestand, geen .policy-bestand; voer het uit met ‘beleid test getest.test.yaml’.\n");
  });

  it("is not the same as a .policy file found in a folder: only those are read", async () => {
    const folder = join(dir, "map");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.policy"), VALID);
    writeFileSync(join(folder, "notities.txt"), "niet lezen\n");
    const run = await cli(["check", folder], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 beleidsbestand gecontroleerd");
  });
});

describe("a folder named x.policy", () => {
  it("is searched as a folder", async () => {
    const folder = join(dir, "domein.policy");
    mkdirSync(folder);
    writeFileSync(join(folder, "2026.policy"), VALID);
    const run = await cli(["check", "domein.policy"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 beleidsbestand gecontroleerd");
  });

  it("without .policy files is a clear usage error", async () => {
    mkdirSync(join(dir, "leeg.policy"));
    for (const command of ["check", "fmt"]) {
      const run = await cli([command, "leeg.policy"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe("fout: ‘leeg.policy’ is een map, geen .policy-bestand, en er staan geen .policy-bestanden in.\n");
    }
  });
});

describe("beleid fmt writes nothing that check cannot read", () => {
  const latin1 = Buffer.from(VALID.replace("titel: Voorwaarden zorgovereenkomst", "titel: Voorwaarden en financi\u00eble afspraken"), "latin1");
  const cases: [string, Uint8Array, string][] = [
    ["Latin-1", latin1, "BL013"],
    ["UTF-16 (Kladblok ‘Unicode’)", Buffer.from(`\uFEFF${VALID}`, "utf16le"), "BL013"],
    ["binary", Uint8Array.from({ length: 256 }, (_, i) => (i * 167 + 13) % 256), "BL013"],
    ["empty", new Uint8Array(), "BL011"],
    ["a YAML error", Buffer.from(VALID.replace("feiten:", "feiten: [")), "BL001"],
  ];

  it.each(cases)("%s: check's diagnostics, exit 1, the bytes unchanged (also with --check)", async (_, content, code) => {
    const path = file("geval.policy", content);
    const check = await cli(["check", "--json", path], { cwd: dir });
    expect(check.code).toBe(1);
    const checked = (JSON.parse(check.stdout) as { diagnosen: { code: string; bericht: string }[] }).diagnosen;
    expect(checked[0]?.code).toBe(code);
    for (const args of [["fmt", path], ["fmt", "--check", path]]) {
      const run = await cli(args, { cwd: dir });
      expect(run.code, args.join(" ")).toBe(1);
      for (const d of checked) expect(run.stderr).toContain(`${d.code}: ${d.bericht}`);
      expect(run.stderr).not.toContain("BL701");
      expect(run.stderr).not.toContain("\0");
      expect(Buffer.compare(readFileSync(path), Buffer.from(content))).toBe(0);
    }
    expect((await cli(["fmt", path], { cwd: dir })).stdout).toBe("0 bestanden opgemaakt, 0 ongewijzigd, 1 niet opgemaakt vanwege een fout.\n");
  });

  it("points at the byte that is not UTF-8", async () => {
    const path = file("latin1.policy", latin1);
    const run = await cli(["fmt", path], { cwd: dir });
    expect(run.stderr).toContain(`${path}:11:34 fout BL013: Het bestand ‘${path}’ is geen tekst in UTF-8: op deze plek staat de byte EB, die hier in UTF-8 niet kan staan (in de oudere codering Windows-1252 is dat ‘ë’).`);
    expect(run.stderr).toContain("hint: Sla het bestand op als UTF-8 (in Kladblok: Opslaan als, Codering UTF-8).");
  });

  it("still formats a UTF-8 file with a byte order mark, and keeps the mark", async () => {
    const path = file("bom.policy", `\uFEFF${VALID}`);
    const run = await cli(["fmt", path], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("1 bestand opgemaakt, 0 ongewijzigd.\n");
    expect(readFileSync(path, "utf8")).toBe(`\uFEFF${formatPolicyText(VALID).text}`);
  });
});
