/**
 * What the layout must keep as the author wrote it, found by an exploratory tester: the line
 * breaks of folded texts (also when the full layout falls back to the conservative one), the
 * spelling of number literals, quotes a YAML reader needs, and escapes for invisible characters.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalExpressionLines } from "../../compiler/format/expressionLayout.js";
import { formatPolicyText, layOut } from "../../compiler/format/formatPolicy.js";
import { schemaShape } from "../../compiler/format/schemaShape.js";

const MONDZORG = "policies/mondzorg/2024.policy";

describe("an anchor shared by an expression and a text", () => {
  const original = readFileSync(MONDZORG, "utf8");
  const shared = original.replace(
    "        voorwaarde: nvoi_ingeschreven of voldoet_eisen_nvoi\n",
    "        voorwaarde: &nv nvoi_ingeschreven   of   voldoet_eisen_nvoi\n        toelichting: *nv\n",
  );

  it("keeps that expression as written and lays out the rest of the file in full", () => {
    expect(shared).not.toBe(original);
    const result = formatPolicyText(shared, MONDZORG);
    expect(result.diagnostics).toEqual([]);
    expect(result.partial).toBeUndefined();
    expect(result.changed).toBe(false);
    // The expression is also the text of the toelichting, so its spacing is data there.
    const messy = shared.replace("naam: digitaal declareren via VECOZO", "naam:    digitaal declareren via VECOZO");
    expect(formatPolicyText(messy, MONDZORG).text).toBe(shared);
  });

  it("keeps the line breaks of folded texts in the conservative layout too", () => {
    const text = ["teksten:", "  t:", "    tekst: >-", "      Een lange zin die de auteur", "      zelf over twee regels verdeelde.", ""].join("\n");
    expect(layOut(text, schemaShape(), { conservative: true })).toBe(text);
    expect(layOut(original, schemaShape(), { conservative: true })).toBe(original);
  });
});

describe("folded texts keep the author's line breaks", () => {
  const texts = (...lines: string[]) => ["teksten:", "  t:", ...lines, ""].join("\n");

  it("with an indentation indicator, kept where the first line starts with a space", () => {
    const text = texts("    tekst: >2-", "        ingesprongen regel", "      een", "      twee");
    expect(formatPolicyText(text).text).toBe(text);
    expect(formatPolicyText(texts("    tekst: >2-", "      een", "      twee")).text).toBe(texts("    tekst: >-", "      een", "      twee"));
  });

  it("with keep chomping (>+) and with clip (>)", () => {
    const keep = texts("    tekst: >+", "      een", "      twee", "", "  u:", "    tekst: x");
    expect(formatPolicyText(keep).text).toBe(keep);
    const clip = texts("    tekst: >", "      een", "      twee");
    expect(formatPolicyText(clip).text).toBe(clip);
  });

  it("after a blank line holding more spaces than the block's indentation", () => {
    const text = texts("    tekst: >-", "      een", "      twee", "        ", "      drie", "      vier");
    expect(formatPolicyText(text).text).toBe(text);
  });

  it("at the canonical indentation", () => {
    const text = ["teksten:", "    t:", "        tekst: >2-", "            ingesprongen", "          een", "          twee", ""].join("\n");
    expect(formatPolicyText(text).text).toBe(texts("    tekst: >2-", "        ingesprongen", "      een", "      twee"));
  });
});

describe("number literals in expressions", () => {
  it("keep the author's digits; only the space after € is canonical", () => {
    expect(canonicalExpressionLines("bedrag >= €1500.50")).toEqual(["bedrag >= € 1500.50"]);
    expect(canonicalExpressionLines("x*2.50 > 007 en y = 1.0")).toEqual(["x * 2.50 > 007 en y = 1.0"]);
    expect(canonicalExpressionLines("aandeel(a,b) >= 30.0%")).toEqual(["aandeel(a, b) >= 30.0%"]);
    const text = "x > 2.50 en\ny = 007";
    expect(canonicalExpressionLines(text, [text.indexOf("y")])).toEqual(["x > 2.50 en", "y = 007"]);
  });

  it("also in a policy", () => {
    const text = "groepen:\n  g:\n    regels:\n      r:\n        voorwaarde: tarief>=€ 1500.50\n";
    expect(formatPolicyText(text).text).toBe("groepen:\n  g:\n    regels:\n      r:\n        voorwaarde: tarief >= € 1500.50\n");
  });
});

describe("quotes and escapes", () => {
  it("keep quotes where YAML 1.1 or 1.2 would read something other than the text", () => {
    const values = ["yes", "on", "Off", "Y", "n", "2024-01-01", "12:30", "1_000", "0b1", "04", "1.5", "true", "~"];
    const text = `feiten:\n  k:\n    type: keuze\n    waarden: [${values.map((v) => `"${v}"`).join(", ")}, ja]\n`;
    expect(formatPolicyText(text).text).toBe(text);
  });

  it("write control and invisible characters as escapes in double quotes", () => {
    const text = 'teksten:\n  a:\n    tekst: "tab\\there"\n    titel: "a\\u00a0b\\u200bc\\u00add\\u200ee\\ufefff\\u2028g\\u0085h"\n';
    expect(formatPolicyText(text).text).toBe(text);
    // Also when the author wrote them raw, or in single quotes.
    expect(formatPolicyText("teksten:\n  a:\n    tekst: 'tab\there'\n    titel: a\u00a0b\n").text).toBe('teksten:\n  a:\n    tekst: "tab\\there"\n    titel: "a\\u00a0b"\n');
  });

  it("leave numbers unquoted where the table column wants a number, and dates where a date is asked", () => {
    const text = [
      "tabellen:",
      "  t:",
      "    titel: T",
      "    kolommen:",
      "      grens: { titel: G, type: getal }",
      "      van: { titel: V, type: datum }",
      "    rijen:",
      '      r1: { grens: "150", van: "2025-01-01" }',
      '      r2: { grens: 0.151, van: 2025-02-01 }',
      '      r3: { grens: "04", van: "12:30" }',
      "",
    ].join("\n");
    const formatted = formatPolicyText(text).text;
    expect(formatted).toContain('r1: { grens: 150, van: 2025-01-01 }');
    expect(formatted).toContain('r2: { grens: 0.151, van: 2025-02-01 }');
    expect(formatted).toContain('r3: { grens: "04", van: "12:30" }');
    expect(formatPolicyText("gepubliceerd: '2025-10-24'\nonbekend: 1\n").text).toBe("gepubliceerd: 2025-10-24\nonbekend: 1\n");
  });
});

describe("parentheses around an en inside an of", () => {
  it("stay where the author wrote them, though en binds more strongly", () => {
    expect(canonicalExpressionLines("a of ( b en c )")).toEqual(["a of (b en c)"]);
    expect(canonicalExpressionLines("(a en b) of c")).toEqual(["(a en b) of c"]);
    expect(canonicalExpressionLines("a of ((b en c))")).toEqual(["a of (b en c)"]);
    expect(canonicalExpressionLines("a of (b en (c of (d en e)))")).toEqual(["a of (b en (c of (d en e)))"]);
    const text = "a of\n(b en c) of\n  d";
    expect(canonicalExpressionLines(text, [text.indexOf("("), text.indexOf("d")])).toEqual(["a of", "(b en c) of", "d"]);
  });

  it("and are not added, nor kept elsewhere", () => {
    expect(canonicalExpressionLines("a of b en c")).toEqual(["a of b en c"]);
    expect(canonicalExpressionLines("(a) en (b) of c")).toEqual(["a en b of c"]);
    expect(canonicalExpressionLines("a + (b * c) > 1")).toEqual(["a + b * c > 1"]);
  });
});
