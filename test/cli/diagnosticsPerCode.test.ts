/**
 * The text output of `beleid check` shows at most DIAGNOSTICS_PER_CODE diagnostics of one code
 * and counts the rest in a line per code; `--json` gives them all. (A tester's policy with
 * 40,000 unused facts filled the terminal for minutes.)
 */

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { DIAGNOSTICS_PER_CODE } from "../../bin/commands/shared.js";
import { cli } from "../helpers.js";

const BASE = readFileSync("test/fixtures/policytests/wijkverpleging/2026.policy", "utf8");

/** The base policy with `count` facts that no rule reads (one BL405 warning each). */
function withUnusedFacts(count: number): string {
  const facts = Array.from({ length: count }, (_, i) => `  ongebruikt_${i}:\n    type: ja/nee\n    omschrijving: Feit ${i} dat geen regel leest.\n`).join("");
  return BASE.replace("  totaal_fte:\n", `${facts}  totaal_fte:\n`);
}

it("shows the first diagnostics of a code and counts the rest; --json gives all", async () => {
  const dir = mkdtempSync(join(tmpdir(), "beleid-per-code-"));
  const file = join(dir, "veel.policy");
  writeFileSync(file, withUnusedFacts(DIAGNOSTICS_PER_CODE + 5));
  const text = await cli(["check", file]);
  expect(text.code).toBe(0);
  expect(text.stderr.match(/waarschuwing BL405/g)).toHaveLength(DIAGNOSTICS_PER_CODE);
  expect(text.stderr).toContain("Nog 5 waarschuwingen BL405 zoals hierboven worden niet getoond.\nMet --json komen alle meldingen.");
  const json = await cli(["check", file, "--json"]);
  const report = JSON.parse(json.stdout) as { diagnosen: { code: string }[] };
  expect(report.diagnosen.filter((d) => d.code === "BL405")).toHaveLength(DIAGNOSTICS_PER_CODE + 5);
});

it("says nothing more when every diagnostic is shown", async () => {
  const dir = mkdtempSync(join(tmpdir(), "beleid-per-code-"));
  const file = join(dir, "enkele.policy");
  writeFileSync(file, withUnusedFacts(3));
  const text = await cli(["check", file]);
  expect(text.stderr.match(/waarschuwing BL405/g)).toHaveLength(3);
  expect(text.stderr).not.toContain("niet getoond");
  expect(text.stderr).not.toContain("--json");
});
