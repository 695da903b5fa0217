/**
 * Ctrl-C (SIGINT) or SIGTERM during `beleid build`, sent to a real process at several moments:
 * right after it starts, while it compiles, and while it writes (the moment it claims the
 * output folder). Afterwards the output folder is exactly the previous build or exactly the
 * new one, with no temporary file, backup or claim left in any folder, and what the command
 * says on stderr is true of it.
 *
 * The child runs with a small preload (written below) that only observes and slows it down:
 * it makes a marker file when the SIGINT handler is set, so "while it compiles" is a moment
 * after beleid took over the signal, and it makes writing each temporary file take a while,
 * so the signal surely comes while the outputs are being written.
 */

import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const BELEID = resolve("build/bin/beleid.js");

/** Every file below `dir` (hidden ones too) with its content. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) visit(path);
      else files.set(relative(dir, path), readFileSync(path, "utf8"));
    }
  };
  visit(dir);
  return files;
}

const leftovers = (files: Map<string, string>) => [...files.keys()].filter((path) => /(^|\/)\.beleid-(tmp-|bezig)/.test(path));

let cwd: string;
let preload: string;

const PRELOAD = `
const fs = require("node:fs");
const marker = process.env.AFBREKEN_MARKER;
const once = process.once;
process.once = function (event, ...rest) {
  if (event === "SIGINT" && marker) fs.writeFileSync(marker, "");
  return once.call(this, event, ...rest);
};
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (path, ...rest) {
  if (String(path).includes(".beleid-tmp-")) {
    const until = Date.now() + 30;
    while (Date.now() < until);
  }
  return writeFileSync.call(this, path, ...rest);
};
require("node:module").syncBuiltinESMExports();
`;
let before: Map<string, string>;
let after: Map<string, string>;
const POLICY = "policies/mondzorg/2025.policy";
let oldPolicy: string;
let newPolicy: string;

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "beleid-build-afbreken-"));
  preload = join(cwd, "..", `${cwd.split("/").at(-1)}-preload.cjs`);
  writeFileSync(preload, PRELOAD);
  mkdirSync(join(cwd, "policies"));
  for (const domain of ["algemeen", "mondzorg", "geboortezorg"]) cpSync(join("policies", domain), join(cwd, "policies", domain), { recursive: true });
  oldPolicy = readFileSync(join(cwd, POLICY), "utf8");
  newPolicy = oldPolicy.replace(/^titel: (.*)$/m, "titel: $1 (herzien)");
  expect(newPolicy).not.toBe(oldPolicy);
  const build = () => expect(spawnSync(process.execPath, [BELEID, "build"], { cwd, encoding: "utf8" }).status).toBe(0);
  build();
  before = snapshot(join(cwd, "dist"));
  cpSync(join(cwd, "dist"), join(cwd, "dist-vorig"), { recursive: true });
  writeFileSync(join(cwd, POLICY), newPolicy);
  build();
  after = snapshot(join(cwd, "dist"));
  // The new build changes some files and leaves others as they were.
  expect([...after.keys()].filter((path) => after.get(path) !== before.get(path)).length).toBeGreaterThan(0);
}, 60_000);

type Moment = "start" | "compiling" | "writing";

/** Starts `beleid build` over the previous build's output and sends `signal` at `moment`. */
async function interrupt(moment: Moment, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  rmSync(join(cwd, "dist"), { recursive: true, force: true });
  cpSync(join(cwd, "dist-vorig"), join(cwd, "dist"), { recursive: true });
  // The claim on the output folder is made just before writing: the moment to interrupt.
  let claimed: () => void = () => undefined;
  const claim = new Promise<void>((done) => (claimed = done));
  const watcher = watch(join(cwd, "dist"), (_event, name) => {
    if (String(name) === ".beleid-bezig") claimed();
  });
  const marker = join(cwd, "..", `${cwd.split("/").at(-1)}-signaal`);
  rmSync(marker, { force: true });
  const child = spawn(process.execPath, ["--require", preload, BELEID, "build"], { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, AFBREKEN_MARKER: marker } });
  let stderr = "";
  child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on("exit", (code, signal) => done({ code, signal })));
  if (moment === "start") await new Promise((done) => child.once("spawn", done));
  else if (moment === "compiling") while (!existsSync(marker)) await new Promise((done) => setTimeout(done, 5));
  else await claim;
  child.kill(signal);
  const result = await exited;
  watcher.close();
  return { ...result, stderr };
}

/** The output after an interrupted build is all old or all new, and clean; returns which. */
function outcome(): "oud" | "nieuw" {
  const files = snapshot(join(cwd, "dist"));
  expect(leftovers(files)).toEqual([]);
  const same = (expected: Map<string, string>) => files.size === expected.size && [...expected].every(([path, content]) => files.get(path) === content);
  if (same(before)) return "oud";
  expect(same(after)).toBe(true);
  return "nieuw";
}

describe("interrupting beleid build", () => {
  it("while it writes: the writing is finished first, and it says so (SIGINT, exit 130)", async () => {
    const run = await interrupt("writing", "SIGINT");
    expect(run.code).toBe(130);
    expect(run.stderr).toBe("Afgebroken, maar pas nadat de uitvoer volledig was geschreven naar dist/.\n");
    expect(outcome()).toBe("nieuw");
  }, 30_000);

  it("while it writes, with SIGTERM: exit 143, the output complete", async () => {
    const run = await interrupt("writing", "SIGTERM");
    expect(run.code).toBe(143);
    expect(outcome()).toBe("nieuw");
  }, 30_000);

  it("while it compiles: nothing is changed, and it says so (exit 130)", async () => {
    const run = await interrupt("compiling", "SIGINT");
    expect(run.code).toBe(130);
    expect(run.stderr).toBe("Afgebroken; er is niets gewijzigd.\n");
    expect(outcome()).toBe("oud");
  }, 30_000);

  for (const moment of ["start"] as const) {
    it("at the start: the output is the old or the new one, never a mix, and what it says is true", async () => {
      const run = await interrupt(moment, "SIGINT");
      const state = outcome();
      if (run.signal === "SIGINT") {
        // Stopped by Node before beleid got going: nothing was written.
        expect(state).toBe("oud");
      } else if (run.code === 130) {
        expect(run.stderr).toBe(state === "oud" ? "Afgebroken; er is niets gewijzigd.\n" : "Afgebroken, maar pas nadat de uitvoer volledig was geschreven naar dist/.\n");
      } else {
        // Finished before the signal came.
        expect(run.code).toBe(0);
        expect(state).toBe("nieuw");
      }
    }, 30_000);
  }
});
