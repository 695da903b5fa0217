/**
 * Ctrl-C or SIGTERM during `beleid eval --aanbieders --uit` and `beleid aanbieders --uit`
 * (bin/commands/interrupt.ts): the temporary file is removed, an earlier file stays as it
 * was, the command says so and exits 130 or 143. A temporary file left by a process that was
 * killed outright is removed by a later write to the same file (compiler/output.ts).
 */

import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readdirSync, readFileSync, utimesSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openFileAtomic } from "../../compiler/output.js";

const BELEID = resolve("build/bin/beleid.js");
const POLICY = resolve("policies/paramedische-zorg/2026-07.policy");

function run(args: string[], cwd: string) {
  const child = spawn(process.execPath, [BELEID, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, done, stderr: () => stderr };
}

async function until(condition: () => boolean, ms = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const temporary = (dir: string) => readdirSync(dir).filter((f) => f.startsWith(".beleid-tmp-"));

describe("interrupting a command that writes a file", () => {
  it("eval --aanbieders: SIGINT removes the temporary file, keeps the old results and exits 130", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-afbreken-"));
    writeFileSync(join(dir, "resultaten.csv"), "oud\n");
    // A named pipe that never ends: the command waits for rows, with its output file open.
    execFileSync("mkfifo", [join(dir, "aanbieders.csv")]);
    const proc = run(["eval", POLICY, "-z", "fysiotherapie", "--aanbieders", "aanbieders.csv", "--uit", "resultaten.csv", "--werkers", "2"], dir);
    // Opened for reading and writing, which does not wait for the reader (Linux).
    const pipe = openSync(join(dir, "aanbieders.csv"), "r+");
    writeSync(pipe, "aanbieder,behandelindex\n");
    await until(() => temporary(dir).length > 0);
    proc.child.kill("SIGINT");
    expect(await proc.done).toBe(130);
    closeSync(pipe);
    expect(proc.stderr()).toBe("Afgebroken; ‘resultaten.csv’ is niet gewijzigd.\n");
    expect(temporary(dir)).toEqual([]);
    expect(readFileSync(join(dir, "resultaten.csv"), "utf8")).toBe("oud\n");
  }, 30_000);

  it("aanbieders --uit: SIGTERM removes the temporary file and exits 143", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-afbreken-"));
    const proc = run(["aanbieders", POLICY, "-n", "50000000", "-z", "fysiotherapie", "--uit", "aanbieders.csv"], dir);
    await until(() => temporary(dir).length > 0);
    proc.child.kill("SIGTERM");
    expect(await proc.done).toBe(143);
    expect(proc.stderr()).toBe("Afgebroken; ‘aanbieders.csv’ is niet geschreven.\n");
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);
});

describe("a temporary file left by a killed process", () => {
  it("is removed by the next write to the same file, unless its process runs, it is recent, or it is a backup", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-achtergelaten-"));
    const old = (name: string) => {
      writeFileSync(join(dir, name), "half");
      const hourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(join(dir, name), hourAgo, hourAgo);
    };
    // Process ids this high are not handed out (the maximum on Linux is 4194304).
    old(".beleid-tmp-99999999-0-uit.csv");
    old(`.beleid-tmp-${process.ppid}-0-uit.csv`); // a process that runs
    old(".beleid-tmp-vorig-99999999-1-uit.csv"); // a backup
    old(".beleid-tmp-99999999-2-ander.csv"); // another file
    writeFileSync(join(dir, ".beleid-tmp-99999998-0-uit.csv"), "recent");
    const out = openFileAtomic(join(dir, "uit.csv"));
    await out.write("nieuw\n");
    await out.commit();
    expect(readdirSync(dir).sort()).toEqual([`.beleid-tmp-${process.ppid}-0-uit.csv`, ".beleid-tmp-99999998-0-uit.csv", ".beleid-tmp-99999999-2-ander.csv", ".beleid-tmp-vorig-99999999-1-uit.csv", "uit.csv"].sort());
    expect(existsSync(join(dir, ".beleid-tmp-99999999-0-uit.csv"))).toBe(false);
  });

  it("abort() removes the temporary file at once, even before anything was written", () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-afbreken-"));
    const out = openFileAtomic(join(dir, "uit.csv"));
    expect(temporary(dir)).toHaveLength(1);
    out.abort();
    expect(readdirSync(dir)).toEqual([]);
  });
});
