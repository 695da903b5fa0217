/**
 * Every explicit YAML tag is told as a label (as `!eigen` was), also the tags yaml
 * knows and reads as something else than a text (`!!binary`, `!!set`, `!!timestamp`): those
 * were BL005 ‘a list of keys with values’ or a text of bytes, which the author did not write.
 */

import { describe, expect, it } from "vitest";
import { readYamlTree } from "../../compiler/load/yamlTree.js";
import { readPolicyYaml } from "../../compiler/load/simpleYaml.js";

const told = (text: string) =>
  readPolicyYaml("t.policy", text).diagnostics.map((d) => [d.code, d.message, text.slice(d.span.start, d.span.end)]);

describe("explicit tags", () => {
  it.each([
    ["organisatie: !!binary Q2FyZXNx\n", "!!binary"],
    ["zorgsoorten: !!set {a, b}\n", "!!set"],
    ["gepubliceerd: !!timestamp 2025-04-01T10:00:00Z\n", "!!timestamp"],
    ["titel: !!str Beleid\n", "!!str"],
    ["hoofdstukken: !!map {a: b}\n", "!!map"],
    ["lijst: !!seq [a]\n", "!!seq"],
    ["titel: &t !!str Beleid\n", "!!str"],
    ["titel: ! Beleid\n", "!"],
    // Tags of YAML's own that this yaml does not resolve (an unknown tag to it): labels as well.
    ["titel: !!int 12\n", "!!int"],
    ["organisatie: !!float 3\n", "!!float"],
    ["actief: !!bool ja\n", "!!bool"],
    ["voorwaarde: !!null\n", "!!null"],
  ])("%s is told as a label", (text, tag) => {
    expect(told(text)).toEqual([["BL001", `Het bestand is geen geldige YAML: een waarde die met ‘!’ begint, leest YAML als een label (‘${tag}’) en niet als tekst; beleid kent geen labels.`, tag]]);
    expect(readYamlTree("t.policy", text).data).toBeUndefined();
    expect(readYamlTree("t.policy", text).diagnostics[0]?.hint).toBe(`Haal ‘${tag}’ weg: beleid leest de waarde zelf (een datum als jjjj-mm-dd, een getal, een tekst). Zet een tekst die met ‘!’ begint tussen aanhalingstekens.`);
  });

  it("a tag of one ‘!’ keeps its message: the value would lose it, and in a condition ‘niet’ was meant", () => {
    expect(told("organisatie: !eigen 3\n")[0]?.[1]).toContain("(‘!eigen’) en niet als tekst; het label zou verloren gaan.");
    expect(readYamlTree("t.policy", "voorwaarde: !werkt_met_omaha\n").diagnostics[0]?.hint).toContain("Schrijf in een voorwaarde ‘niet …’ in plaats van ‘!’");
    expect(readYamlTree("t.policy", "titel: !!int 12\n").diagnostics[0]?.hint).not.toContain("niet …");
  });

  it("a tagged value reached through two aliases is told once", () => {
    expect(told("a: &x !!binary Q2FyZXNx\nb: *x\nc: *x\n")).toHaveLength(1);
  });
});
