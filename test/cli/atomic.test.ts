/**
 * An interrupted build leaves the previous outputs intact: a build is killed at random
 * moments while it writes; every output file is then either the previous version or the new
 * one, complete — never a partial file.
 */

import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

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
      else if (!entry.name.startsWith(".beleid-tmp-")) files.set(path, readFileSync(path, "utf8"));
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
