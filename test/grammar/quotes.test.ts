/**
 * Texts in an expression between every kind of quote beleid accepts ("…", '…', “…”, ‘…’), the
 * apostrophe inside a text, a text whose quotes do not match (one diagnostic with the text as
 * it was meant) and a dash where a minus belongs.
 */

import { describe, expect, it } from "vitest";
import { formatPolicyText } from "../../compiler/format/formatPolicy.js";
import { parseExpression } from "../../grammar/parse.js";
import { printExpression } from "../../grammar/print.js";
import { compile, group, policyWith } from "../analyse/policy.js";
import { shape } from "../helpers.js";

const value = (text: string) => {
  const parsed = parseExpression(text);
  expect(parsed.diagnostics).toEqual([]);
  return shape(parsed.expr);
};

const problems = (text: string) => parseExpression(text).diagnostics.map((d) => ({ code: d.code, at: text.slice(d.span.start, d.span.end), hint: d.hint, replacement: d.replacement }));

describe("curly single quotes", () => {
  it("delimit a text, as curly double quotes do", () => {
    expect(value("keurmerk in [“HKZ”, ‘ISO 9001’]")).toEqual({
      kind: "binary",
      operator: "in",
      left: { kind: "ref", name: "keurmerk" },
      right: { kind: "list", items: [{ kind: "string", value: "HKZ" }, { kind: "string", value: "ISO 9001" }] },
    });
  });

  it("read a ’ followed by a letter as an apostrophe, not as the end of the text", () => {
    expect(value("plaats = ‘’s-Hertogenbosch’")).toMatchObject({ right: { kind: "string", value: "’s-Hertogenbosch" } });
    expect(value("hulpmiddel = ‘auto’s’")).toMatchObject({ right: { kind: "string", value: "auto’s" } });
    expect(value("plaats = \"’s-Hertogenbosch\"")).toMatchObject({ right: { kind: "string", value: "’s-Hertogenbosch" } });
    expect(value("plaats in [‘Den Haag’, ‘’s-Gravenhage’]")).toMatchObject({ right: { items: [{ value: "Den Haag" }, { value: "’s-Gravenhage" }] } });
  });

  it("are printed in the canonical form, and the printed text parses to the same tree", () => {
    for (const text of ["keurmerk in [“HKZ”, ‘ISO 9001’]", "plaats = ‘’s-Hertogenbosch’", "a = ‘x’ en b"]) {
      const printed = printExpression(parseExpression(text).expr);
      expect(printed).not.toMatch(/[‘“]/);
      expect(value(printed)).toEqual(value(text));
    }
    expect(printExpression(parseExpression("keurmerk in [“HKZ”, ‘ISO 9001’]").expr)).toBe('keurmerk in ["HKZ", "ISO 9001"]');
  });

  it("print a text that holds \", ' and ” between ‘ and ’", () => {
    const text = { kind: "string" as const, value: "zo \"heet\" het 'ook' “echt”", span: { file: "x", start: 0, end: 0 } };
    const printed = printExpression(text);
    expect(printed).toBe("‘zo \"heet\" het 'ook' “echt”’");
    expect(value(printed)).toEqual({ kind: "string", value: text.value });
  });

  it("is a text a value copied from a hint can be written in (‘groen’, as ‘Bedoelt u ‘groen’?’ writes it)", () => {
    const policy = policyWith(group("g", "randvoorwaarde", "      r:\n        tekst: Regel r.\n        voorwaarde: k = ‘groen’\n"));
    expect(compile(policy).diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  });

  it("an unclosed ‘ is a text that is not closed (BL106)", () => {
    expect(problems("keurmerk = ‘HKZ")).toEqual([{ code: "BL106", at: "‘", hint: undefined, replacement: undefined }]);
  });
});

describe("a text whose quotes do not match", () => {
  it("is one diagnostic, with the text as it was begun", () => {
    expect(problems('keurmerk in [“HKZ", "ISO 9001"]')).toEqual([
      {
        code: "BL106",
        at: '“HKZ"',
        hint: 'Bedoelt u “HKZ”? Deze tekst begint met “ en eindigt met ": een tekst begint en eindigt met aanhalingstekens die bij elkaar horen.',
        replacement: "“HKZ”",
      },
    ]);
    expect(problems("keurmerk = 'HKZ’ en a")).toMatchObject([{ code: "BL106", at: "'HKZ’", replacement: "'HKZ'" }]);
    expect(problems('keurmerk = "HKZ”')).toMatchObject([{ code: "BL106", at: '"HKZ”', replacement: '"HKZ"' }]);
  });

  it("begun with a closing quote: the opening one is meant", () => {
    expect(problems("keurmerk = ’HKZ’")).toMatchObject([{ code: "BL106", at: "’HKZ’", replacement: "‘HKZ’" }]);
    expect(problems("keurmerk = ”HKZ”")).toMatchObject([{ code: "BL106", at: "”HKZ”", replacement: "“HKZ”" }]);
  });

  it("keeps the parse going: a later mistake is reported too", () => {
    expect(problems('keurmerk in [“HKZ", "ISO 9001"] en').map((p) => p.code)).toEqual(["BL106", "BL103"]);
  });

  it("is not taken for an apostrophe after an unclosed text", () => {
    expect(problems('plaats = "’s-Hertogenbosch').map((p) => [p.code, p.at])).toEqual([["BL106", '"']]);
  });

  it("is not laid out by the formatter", () => {
    const policy = policyWith(group("g", "randvoorwaarde", "      r:\n        tekst: Regel r.\n        voorwaarde: k in [“rood\", \"groen\"]\n"));
    const formatted = formatPolicyText(policy);
    expect(formatted.text).toContain('voorwaarde: k in [“rood", "groen"]');
  });
});

describe("a dash where a minus belongs", () => {
  it("is not read as a minus, and the hint says which character is meant", () => {
    expect(problems("behandelindex > 40 – 5")).toEqual([{ code: "BL101", at: "–", hint: "Bedoelt u ‘-’?", replacement: "-" }]);
    expect(problems("behandelindex > 40 — 5")).toEqual([{ code: "BL101", at: "—", hint: "Bedoelt u ‘-’?", replacement: "-" }]);
  });
});

describe("a closing quote on its own", () => {
  it("says how a text is quoted", () => {
    expect(problems("keurmerk = HKZ”")).toMatchObject([{ code: "BL101", at: "”", hint: 'Zet een tekst tussen aanhalingstekens die bij elkaar horen: "HKZ", “HKZ” of ‘HKZ’.' }]);
  });
});

describe("beleid fmt", () => {
  it("writes ‘…’ as \"…\" and formats its own output the same way again", () => {
    const policy = policyWith(group("g", "randvoorwaarde", "      r:\n        tekst: Regel r.\n        voorwaarde: k in [“rood”, ‘groen’] en t = ‘’s-Hertogenbosch’\n"));
    const once = formatPolicyText(policy);
    expect(once.diagnostics).toEqual([]);
    expect(once.text).toContain('voorwaarde: k in ["rood", "groen"] en t = "’s-Hertogenbosch"');
    expect(formatPolicyText(once.text).text).toBe(once.text);
    expect(compile(once.text).diagnostics.filter((d) => d.severity === "fout")).toEqual([]);
  });
});

describe("an unclosed parenthesis", () => {
  it("is found past a parenthesis inside a text between any kind of quotes", () => {
    expect(problems("(naam = ‘x (y’ en a").map((p) => p.hint)).toEqual(["Het haakje ‘(’ voor ‘naam = ‘x (y’ en a’ wordt niet gesloten; zet een ‘)’ waar het deel tussen haakjes ophoudt."]);
    expect(problems("naam = ‘x (y’ en (a").map((p) => p.hint)).toEqual(["Het haakje ‘(’ voor ‘a’ wordt niet gesloten; zet een ‘)’ waar het deel tussen haakjes ophoudt."]);
  });
});
