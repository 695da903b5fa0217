/**
 * A text in memory (compileText: the language server, tests) with a lone UTF-16 surrogate gets
 * BL013 at its place, as a file whose bytes are not UTF-8 does in `beleid check`: on disk such a
 * text would be invalid UTF-8 or have U+FFFD in its place.
 */

import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { checkPolicyText, decodePolicyBytes } from "../../compiler/load/loadPolicy.js";
import { group, policyWith, rule } from "../analyse/policy.js";

const valid = policyWith(group("g", "randvoorwaarde", rule("r", "a")));

describe("a lone surrogate in compileText", () => {
  it("is BL013 at its place, with the wording of invalid UTF-8 on disk (was: no diagnostic)", () => {
    const at = valid.indexOf("Voorwaarden");
    const text = `${valid.slice(0, at)}\uDBFF${valid.slice(at)}`;
    const result = compileText("proef.policy", text);
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.span.start, d.span.end])).toEqual([["BL013", "fout", at, at + 1]]);
    expect(result.diagnostics[0]?.message).toBe("Het bestand ‘proef.policy’ is geen tekst in UTF-8: op deze plek staat een losse helft van een UTF-16-tekenpaar (DBFF), die hier in UTF-8 niet kan staan.");
    expect(result.diagnostics[0]?.hint).toContain("Sla het bestand op als UTF-8");
  });

  it("the same file on disk with the surrogate's bytes (ED AF BF) is BL013 at the same place", () => {
    const at = valid.indexOf("Voorwaarden");
    const bytes = Buffer.concat([Buffer.from(valid.slice(0, at)), Buffer.from([0xed, 0xaf, 0xbf]), Buffer.from(valid.slice(at))]);
    const problem = decodePolicyBytes("proef.policy", bytes).problem;
    expect([problem?.code, problem?.span.start]).toEqual(["BL013", at]);
  });

  it("the first problem is told: a NUL before a lone surrogate, and a lone surrogate before a NUL", () => {
    expect(checkPolicyText("p", "a\0b\uD800").problem?.message).toContain("nulbyte");
    const surrogateFirst = checkPolicyText("p", "a\uD800b\0").problem;
    expect([surrogateFirst?.span.start, surrogateFirst?.message.includes("UTF-16-tekenpaar (D800)")]).toEqual([1, true]);
  });

  it("a pair of halves is one character and fine; a low half before a high one is two lone halves", () => {
    expect(checkPolicyText("p", "a\uD83D\uDE00b").problem).toBeUndefined();
    expect(checkPolicyText("p", "a\uDE00\uD83Db").problem?.span.start).toBe(1);
  });
});
