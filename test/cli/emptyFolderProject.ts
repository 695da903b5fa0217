/**
 * The project of the tests of an empty folder named like a policy: one good policy with its test
 * file, and an empty folder `policies/map.policy`.
 */

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A policy without diagnostics. */
export const VALID_POLICY = readFileSync("test/fixtures/diagnostics/BL011/invoer.policy", "utf8").replace('tekst: ""', "tekst: De praktijk staat in het kwaliteitsregister.");
const TESTS = "taalversie: 1\ngevallen:\n  - naam: In het register\n    feiten: { behandelindex: 120, kwaliteitsregister: ja, rechtsvorm: bv }\n    verwacht: { in_aanmerking: ja }\n";

/** The project in `base/name`; returns its folder. */
export function projectWithEmptyFolder(base: string, name: string): string {
  const dir = join(base, name);
  mkdirSync(join(dir, "policies", "map.policy"), { recursive: true });
  writeFileSync(join(dir, "policies", "goed.policy"), VALID_POLICY);
  writeFileSync(join(dir, "policies", "goed.test.yaml"), TESTS);
  return dir;
}
