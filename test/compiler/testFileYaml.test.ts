/**
 * A test file's YAML is told as a test file's: a second document (`---`) is ‘een testbestand
 * bevat precies één YAML-document’ (it said ‘.policy-bestand’), and a tag yaml knows
 * (`!!binary`) is told as a label, as in a policy.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTestFile } from "../../compiler/testing/suite.js";
import { readYamlTree } from "../../compiler/load/yamlTree.js";
import { SourceFiles } from "../../compiler/span.js";

function readTest(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "beleid-testyaml-"));
  const path = join(dir, "2026.test.yaml");
  writeFileSync(path, text);
  return readTestFile(path, new SourceFiles()).diagnostics.map((d) => `${d.code} ${d.message}`);
}

describe("YAML errors in a test file", () => {
  it("a second document is told as a test file's", () => {
    expect(readTest("taalversie: 1\n---\ngevallen: []\n")).toEqual(["BL001 Het bestand is geen geldige YAML: een testbestand bevat precies één YAML-document (geen tweede ‘---’)."]);
    expect(readYamlTree("a/2026.policy", "a: 1\n---\nb: 2\n").diagnostics.map((d) => d.message)).toEqual(["Het bestand is geen geldige YAML: een .policy-bestand bevat precies één YAML-document (geen tweede ‘---’)."]);
  });

  it("a known tag is told as a label", () => {
    expect(readTest("taalversie: 1\ngevallen:\n  - naam: !!binary Q2FyZXNx\n")).toEqual(["BL001 Het bestand is geen geldige YAML: een waarde die met ‘!’ begint, leest YAML als een label (‘!!binary’) en niet als tekst; beleid kent geen labels."]);
  });
});
