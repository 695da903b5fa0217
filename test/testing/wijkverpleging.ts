/**
 * The policy tests' test files against the one-care-type fixture policy with three
 * differentiation factors (test/fixtures/policytests/wijkverpleging/2026.policy): a complete
 * fact set, and a runner for cases written as YAML.
 */

import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTestFiles, type TestRun } from "../../compiler/testing/index.js";

const FACTS = `feitensets:
  compleet:
    feiten:
      hbo_verpleegkundigen_fte: 4
      totaal_fte: 20
      kwaliteitskader_wijkverpleging: ja
      bereikbaar_24_uur: ja
      clientervaring_score: 8
      gemiddelde_uren_per_client: 40
      uitzondering_uren: nee
      keurmerk: HKZ
      aanvraagdatum: onbekend
      richtlijnen_v_en_vn: ja
`;

/** Runs `cases` (YAML lines under `gevallen:`) against the policy, after `head` (the lines before the fact sets). */
export async function runWijkverpleging(cases: string, head = "taalversie: 1\n"): Promise<TestRun> {
  const dir = mkdtempSync(join(tmpdir(), "beleid-testbestand-"));
  mkdirSync(join(dir, "wijkverpleging"));
  cpSync("test/fixtures/policytests/wijkverpleging/2026.policy", join(dir, "wijkverpleging", "2026.policy"));
  const file = join(dir, "wijkverpleging", "2026.test.yaml");
  writeFileSync(file, `${head}${FACTS}gevallen:\n${cases}`);
  return runTestFiles([file]);
}

/** The diagnostics of a run as the tests compare them. */
export const problems = (run: TestRun) => run.diagnostics.map((d) => ({ code: d.code, message: d.message, hint: d.hint, replacement: d.replacement }));
