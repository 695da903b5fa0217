/**
 * The line `beleid docs` ends with: what it wrote, with warnings in the same parenthesis.
 */

import { cpSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

describe("beleid docs", () => {
  it("names the warnings inside the parenthesis with the number of files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-docs-"));
    cpSync("policies/mondzorg", join(dir, "policies", "mondzorg"), { recursive: true });
    cpSync("policies/algemeen", join(dir, "policies", "algemeen"), { recursive: true });
    // A file named after another version than it has: warning BL014.
    renameSync(join(dir, "policies", "mondzorg", "2025.policy"), join(dir, "policies", "mondzorg", "2023.policy"));
    rmSync(join(dir, "policies", "mondzorg", "2025.test.yaml"));
    const run = await cli(["docs", "policies", "--uit", "out"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 beleidsdocumenten met controlepagina's geschreven naar out\/site\/ \(\d+ bestanden, 1 waarschuwing\)\.$/m);
  });
});
