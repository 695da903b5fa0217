/**
 * A group that `volgorde` places in a chapter by its rules there, when all those rules were
 * removed for an error already told (cut out by the load stage, or left out by the check for
 * an error in their condition): no follow-on BL317 ‘Hoofdstuk … heeft geen groep …’. A group
 * with no rule written in that chapter, or with one there that is fine, is still told.
 */

import { describe, expect, it } from "vitest";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

/** Group g in chapter h (3) with rule r there and `rules` (rule lines), chapter h2 (4) placing `order`. */
function withRules(rules: string, order = "[groep g]"): string {
  return policyWith(group("g", "randvoorwaarde", rule("r", "a") + rules)).replace(
    '  h: { nummer: "3", titel: Voorwaarden }\n',
    `  h: { nummer: "3", titel: Voorwaarden }\n  h2: { nummer: "4", titel: Procedure, volgorde: ${order} }\n`,
  );
}

const inH2 = "        hoofdstuk: h2\n";

function errors(text: string) {
  const result = compile(text);
  return result.diagnostics.filter((d) => d.severity === "fout").map((d) => ({ code: d.code, message: d.message }));
}

describe("a group that volgorde places by its rules in another chapter", () => {
  it("is valid with its rule there, so the cases below have only their own errors", () => {
    expect(errors(withRules(rule("s", "b", inH2)))).toEqual([]);
  });

  it("whose rule there was cut out by the load stage (no tekst): told once, without a follow-on BL317", () => {
    const found = errors(withRules(`      s:\n        voorwaarde: b\n        hoofdstuk: h2\n`));
    expect(found.map((d) => d.code)).toEqual(["BL004"]);
    expect(found[0]?.message).toContain("tekst");
  });

  it("whose rules there were all left out for an error in their condition: only those errors", () => {
    const found = errors(withRules(rule("s", "onbekend_feit", inH2) + rule("t", "b en", inH2)));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((d) => d.code)).not.toContain("BL317");
  });

  it("with one rule there left out and one fine: no BL317 either (the group is there)", () => {
    expect(errors(withRules(rule("s", "onbekend_feit", inH2) + rule("t", "b", inH2))).map((d) => d.code)).not.toContain("BL317");
  });

  it("with no rule written in that chapter is still BL317, though another of its rules was cut out", () => {
    const found = errors(withRules(`      s:\n        voorwaarde: b\n`));
    expect(found.map((d) => d.code)).toEqual(["BL317", "BL004"]);
    expect(found[0]?.message).toContain("Hoofdstuk 4 (‘h2’) heeft geen groep ‘g’");
  });

  it("whose rules there were all left out, but which volgorde of chapter h names with no rule there: BL317 stays for that chapter only", () => {
    const text = withRules(rule("s", "onbekend_feit", inH2)).replace("volgorde: [groep g] }", "volgorde: [groep g, groep x] }");
    const found = errors(text).filter((d) => d.code === "BL317");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("heeft geen groep ‘x’");
  });

  it("a rule there with a quoted hoofdstuk ('h2') counts as written there", () => {
    expect(errors(withRules(rule("s", "onbekend_feit", "        hoofdstuk: 'h2'\n"))).map((d) => d.code)).toEqual(["BL201"]);
  });
});
