/**
 * An interrupted build leaves the previous outputs intact: a build is killed at random
 * moments while it writes; every output file is then either the previous version or the new
 * one, complete — never a partial file.
 */

import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

const BIN = resolve("build/bin/beleid.js");

function build(cwd: string, killAfterMs?: number): Promise<void> {
  return new Promise((done) => {
    const child = spawn("node", [BIN, "build", "policies", "--out", "dist"], { cwd, stdio: "ignore" });
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("exit", () => {
      if (timer) clearTimeout(timer);
      done();
    });
  });
}

function outputs(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      // Temporary files, and the claim a killed build left on the folder, are no outputs.
      else if (!entry.name.startsWith(".beleid-tmp-") && entry.name !== ".beleid-bezig") files.set(path, readFileSync(path, "utf8"));
    }
  };
  walk(dir);
  return files;
}

describe("atomic outputs", () => {
  it("a killed build never leaves a partial file", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "beleid-atomisch-"));
    cpSync("policies", join(cwd, "policies"), { recursive: true });
    await build(cwd);
    const before = outputs(join(cwd, "dist"));
    expect(before.size).toBeGreaterThan(2);

    // A new version of every policy text: outputs change everywhere.
    const policy = join(cwd, "policies/paramedische-zorg/2026-07.policy");
    writeFileSync(policy, readFileSync(policy, "utf8").replace("titel: Inkoopbeleid Paramedische zorg 2026", "titel: Inkoopbeleid Paramedische zorg 2026 (herzien)"));
    const reference = mkdtempSync(join(tmpdir(), "beleid-referentie-"));
    cpSync(join(cwd, "policies"), join(reference, "policies"), { recursive: true });
    await build(reference);
    const after = new Map([...outputs(join(reference, "dist"))].map(([path, content]) => [path.replace(reference, cwd), content]));

    for (const delay of [150, 300, 450, 600, 800]) {
      await build(cwd, delay);
      for (const [path, content] of outputs(join(cwd, "dist"))) {
        const previous = before.get(path);
        const next = after.get(path);
        expect(content === previous || content === next, `${path} is partial after a kill at ${delay} ms`).toBe(true);
      }
    }
  }, 60_000);
});

describe("outputs that cannot be written", () => {
  it("change nothing when one of them cannot be written, and say why in Dutch", async () => {
    const { OutputError, writeOutputs } = await import("../../compiler/output.js");
    const dir = mkdtempSync(join(tmpdir(), "beleid-uitvoer-"));
    writeFileSync(join(dir, "a.txt"), "oud");
    writeFileSync(join(dir, "map"), "een bestand waar een map moet staan");
    const attempt = () =>
      writeOutputs([
        { path: join(dir, "a.txt"), content: "nieuw" },
        { path: join(dir, "b.txt"), content: "nieuw" },
        { path: join(dir, "map", "c.txt"), content: "nieuw" },
      ]);
    expect(attempt).toThrow(OutputError);
    expect(attempt).toThrow(`De uitvoer kan niet worden geschreven naar ‘${join(dir, "map", "c.txt")}’: een deel van het pad is een bestand, geen map.`);
    // The files before the failing one are not written either, and no temporary file is left.
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "map"]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("oud");
  });

  it("change nothing when a folder stands where a file goes, wherever it is in the set", async () => {
    const { writeOutputs } = await import("../../compiler/output.js");
    const dir = mkdtempSync(join(tmpdir(), "beleid-uitvoer-"));
    writeFileSync(join(dir, "a.txt"), "oud");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "b.txt"), "oud");
    mkdirSync(join(dir, "c.txt"));
    const attempt = () =>
      writeOutputs([
        { path: join(dir, "a.txt"), content: "nieuw" },
        { path: join(dir, "sub", "b.txt"), content: "nieuw" },
        { path: join(dir, "nieuw", "d.txt"), content: "nieuw" },
        { path: join(dir, "c.txt"), content: "nieuw" },
      ]);
    expect(attempt).toThrow(`De uitvoer kan niet worden geschreven naar ‘${join(dir, "c.txt")}’: daar staat een map.`);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "c.txt", "sub"]);
    expect(readdirSync(join(dir, "sub"))).toEqual(["b.txt"]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("oud");
    expect(readFileSync(join(dir, "sub", "b.txt"), "utf8")).toBe("oud");
    expect(readdirSync(join(dir, "c.txt"))).toEqual([]);
  });

  it("change nothing when a file stands where a folder goes, deep in the path or among the outputs themselves", async () => {
    const { writeOutputs } = await import("../../compiler/output.js");
    const dir = mkdtempSync(join(tmpdir(), "beleid-uitvoer-"));
    writeFileSync(join(dir, "a.txt"), "oud");
    mkdirSync(join(dir, "x"));
    writeFileSync(join(dir, "x", "y"), "een bestand waar een map moet staan");
    expect(() =>
      writeOutputs([
        { path: join(dir, "a.txt"), content: "nieuw" },
        { path: join(dir, "nieuw", "b.txt"), content: "nieuw" },
        { path: join(dir, "x", "y", "z", "c.txt"), content: "nieuw" },
      ]),
    ).toThrow(`De uitvoer kan niet worden geschreven naar ‘${join(dir, "x", "y", "z", "c.txt")}’: een deel van het pad is een bestand, geen map.`);
    // One output is a file, a later one needs it as a folder.
    expect(() =>
      writeOutputs([
        { path: join(dir, "a.txt"), content: "nieuw" },
        { path: join(dir, "nieuw"), content: "nieuw" },
        { path: join(dir, "nieuw", "b.txt"), content: "nieuw" },
      ]),
    ).toThrow(`De uitvoer kan niet worden geschreven naar ‘${join(dir, "nieuw", "b.txt")}’: een deel van het pad is een bestand, geen map.`);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "x"]);
    expect(readdirSync(join(dir, "x"))).toEqual(["y"]);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("oud");
  });

  it("leave every file of a previous build as it was when one of the new outputs meets a folder", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "beleid-uitvoer-"));
    cpSync("policies", join(cwd, "pol"), { recursive: true });
    expect((await cli(["build", "-o", "uit", "pol"], { cwd })).code).toBe(0);
    const policy = join(cwd, "pol/paramedische-zorg/2026-07.policy");
    writeFileSync(policy, readFileSync(policy, "utf8").replace("titel: Inkoopbeleid Paramedische zorg 2026", "titel: Inkoopbeleid Paramedische zorg 2026 (herzien)"));
    const blocked = join(cwd, "uit/site/paramedische-zorg/2026-07-controle.html");
    rmSync(blocked);
    mkdirSync(blocked);
    const before = outputs(join(cwd, "uit"));
    const run = await cli(["build", "-o", "uit", "pol"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`fout: De uitvoer kan niet worden geschreven naar ‘${blocked}’: daar staat een map.\n`);
    expect(outputs(join(cwd, "uit"))).toEqual(before);
    expect(existsSync(blocked)).toBe(true);
  });

  it("end beleid build with the reason and exit code 1, without writing anything", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "beleid-uitvoer-"));
    writeFileSync(join(cwd, "dist"), "een bestand");
    const result = await new Promise<{ code: number | null; stderr: string }>((done) => {
      const child = spawn("node", [BIN, "build", resolve("policies/mondzorg"), "--out", "dist"], { cwd });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.on("exit", (code) => done({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^fout: De uitvoer kan niet worden geschreven naar ‘.*dist\/policies\/mondzorg\/2024\.js’: een deel van het pad is een bestand, geen map\.\n$/);
    expect(readdirSync(cwd)).toEqual(["dist"]);
  });
});
