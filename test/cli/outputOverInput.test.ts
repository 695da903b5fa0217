/**
 * `beleid build --out` may not name a folder that holds policies of the build (`.`, `policies`,
 * a domain folder): the evaluators and a package.json would land between the policies. The
 * build is refused as wrong use (exit code 2) before anything is written; an output folder
 * inside the policies' folder is fine.
 */

import { cpSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers.js";

function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), "beleid-uitvoer-invoer-"));
  for (const domain of ["algemeen", "mondzorg"]) cpSync(join("policies", domain), join(cwd, "policies", domain), { recursive: true });
  return cwd;
}

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();

describe("an output folder that holds the policies", () => {
  for (const [out, example] of [
    [".", "policies/algemeen/2024.policy"],
    ["policies", "policies/algemeen/2024.policy"],
    ["policies/mondzorg", "policies/mondzorg/2024.policy"],
  ] as const) {
    it(`--out ${out} is refused, and nothing is written`, async () => {
      const cwd = project();
      const before = listing(cwd);
      const run = await cli(["build", "--out", out], { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(
        `De uitvoermap ‘${out}’ bevat zelf beleidsbestanden (zoals ‘${example}’): de evaluators en de site zouden dan tussen de beleidsbestanden komen te staan. Er is niets geschreven. Kies met --out een aparte map voor de uitvoer, bijvoorbeeld --out dist.`,
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(listing(cwd)).toEqual(before);
    });
  }

  it("also with --watch, and when only some policies are built", async () => {
    const cwd = project();
    const watched = await cli(["build", "--watch", "--out", "."], { cwd });
    expect(watched.code).toBe(2);
    expect(watched.stderr).toContain("De uitvoermap ‘.’ bevat zelf beleidsbestanden");
    const part = await cli(["build", "policies/mondzorg", "--out", "policies"], { cwd });
    expect(part.code).toBe(2);
    expect(existsSync(join(cwd, "policies", "package.json"))).toBe(false);
  });

  it("an output folder inside the policies' folder, or next to it, is fine", async () => {
    const cwd = project();
    expect((await cli(["build", "--out", "policies/dist"], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, "policies/dist/policies/mondzorg/2025.js"))).toBe(true);
    expect(readdirSync(join(cwd, "policies/mondzorg")).some((name) => name.endsWith(".js"))).toBe(false);
    expect((await cli(["build", "--out", "dist"], { cwd })).code).toBe(0);
  }, 60_000);
});
