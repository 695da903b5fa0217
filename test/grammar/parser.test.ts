import { describe, expect, it } from "vitest";
import { parseExpression } from "../../grammar/parse.js";
import { ExpressionParser } from "../../grammar/parser.js";
import { printExpression } from "../../grammar/print.js";
import { shape } from "../helpers.js";

const parse = (text: string) => {
  const result = parseExpression(text);
  expect(result.diagnostics, text).toEqual([]);
  return result.expr;
};
/** The canonical print with full parentheses shows how the parser grouped the expression. */
const grouped = (text: string): string => {
  const show = (e: ReturnType<typeof parse>): string => {
    switch (e.kind) {
      case "binary":
        return `(${show(e.left)} ${e.operator} ${show(e.right)})`;
      case "unary":
        return `(${e.operator === "niet" ? "niet " : "-"}${show(e.operand)})`;
      case "between":
        return `(${show(e.operand)} tussen ${show(e.low)} en ${show(e.high)})`;
      default:
        return printExpression(e);
    }
  };
  return show(parse(text));
};

describe("literals", () => {
  it("reads numbers, percentages, amounts, dates, texts and yes/no", () => {
    expect(shape(parse("150"))).toEqual({ kind: "number", value: 150 });
    expect(shape(parse("2.5"))).toEqual({ kind: "number", value: 2.5 });
    expect(shape(parse("30%"))).toEqual({ kind: "percentage", value: 30 });
    expect(shape(parse("€ 1500.50"))).toEqual({ kind: "amount", value: 1500.5 });
    expect(shape(parse("€250"))).toEqual({ kind: "amount", value: 250 });
    expect(shape(parse("2025-10-24"))).toEqual({ kind: "date", value: "2025-10-24" });
    expect(shape(parse('"04"'))).toEqual({ kind: "string", value: "04" });
    expect(shape(parse("'CooL'"))).toEqual({ kind: "string", value: "CooL" });
    expect(shape(parse("“X-fitt”"))).toEqual({ kind: "string", value: "X-fitt" });
    expect(shape(parse("ja"))).toEqual({ kind: "boolean", value: true });
    expect(shape(parse("nee"))).toEqual({ kind: "boolean", value: false });
  });

  it("keeps names that start with a keyword as one name", () => {
    expect(shape(parse("enquete"))).toEqual({ kind: "ref", name: "enquete" });
    expect(shape(parse("offerte"))).toEqual({ kind: "ref", name: "offerte" });
    expect(shape(parse("nietig"))).toEqual({ kind: "ref", name: "nietig" });
    expect(shape(parse("inschrijving"))).toEqual({ kind: "ref", name: "inschrijving" });
    expect(shape(parse("diëtist_aantal"))).toEqual({ kind: "ref", name: "diëtist_aantal" });
  });

  it("reads lists, calls and table cells", () => {
    expect(printExpression(parse('["04", "05"]'))).toBe('["04", "05"]');
    expect(printExpression(parse("aandeel(a, b)"))).toBe("aandeel(a, b)");
    expect(printExpression(parse("vektis[zorgsoort].agb_codes"))).toBe("vektis[zorgsoort].agb_codes");
    expect(printExpression(parse("[]"))).toBe("[]");
    expect(printExpression(parse("f()"))).toBe("f()");
  });
});

describe("precedence and associativity (docs/taal.md)", () => {
  it.each([
    ["a of b en c", "(a of (b en c))"],
    ["a en b of c", "((a en b) of c)"],
    ["a of b of c", "((a of b) of c)"],
    ["a en b en c", "((a en b) en c)"],
    ["niet a en b", "((niet a) en b)"],
    ["niet a of b", "((niet a) of b)"],
    ["niet niet a", "(niet (niet a))"],
    ["niet x > 3", "(niet (x > 3))"],
    ["x > 3 en y < 4", "((x > 3) en (y < 4))"],
    ["a + b * c", "(a + (b * c))"],
    ["a * b + c", "((a * b) + c)"],
    ["a - b - c", "((a - b) - c)"],
    ["a / b / c", "((a / b) / c)"],
    ["a - b + c", "((a - b) + c)"],
    ["-a * b", "((-a) * b)"],
    ["- -a", "(-(-a))"],
    ["a + b > c * d", "((a + b) > (c * d))"],
    ["x tussen 1 en 5 en y", "((x tussen 1 en 5) en y)"],
    ["x tussen a + 1 en b * 2", "(x tussen (a + 1) en (b * 2))"],
    ["x in [1, 2] of y bevat \"z\"", "((x in [1, 2]) of (y bevat \"z\"))"],
    ["x niet in [1] en y", "((x niet in [1]) en y)"],
    ["(a of b) en c", "((a of b) en c)"],
    ["a >= 30% en b >= 24", "((a >= 30%) en (b >= 24))"],
  ])("%s  →  %s", (text, expected) => {
    expect(grouped(text)).toBe(expected);
  });

  it("normalises alternative operator spellings", () => {
    expect(grouped("a ≥ b")).toBe("(a >= b)");
    expect(grouped("a ≤ b")).toBe("(a <= b)");
    expect(grouped("a ≠ b")).toBe("(a ≠ b)");
    expect(grouped("a != b")).toBe("(a ≠ b)");
    expect(grouped("a <> b")).toBe("(a ≠ b)");
    expect(grouped("a == b")).toBe("(a = b)");
  });
});

describe("spans", () => {
  it("points every node at its characters", () => {
    const text = "behandelindex > 150";
    const expr = parseExpression(text).expr;
    if (expr.kind !== "binary") throw new Error("binary expected");
    expect(text.slice(expr.left.span.start, expr.left.span.end)).toBe("behandelindex");
    expect(text.slice(expr.right.span.start, expr.right.span.end)).toBe("150");
    expect(text.slice(expr.operatorSpan.start, expr.operatorSpan.end)).toBe(">");
    expect(text.slice(expr.span.start, expr.span.end)).toBe(text);
  });

  it("maps offsets through the given function", () => {
    const result = parseExpression("a > ja", { file: "x.policy", mapOffset: (o) => o + 100 });
    expect(result.expr.span).toEqual({ file: "x.policy", start: 100, end: 106 });
  });
});

describe("syntax errors", () => {
  const codes = (text: string) => parseExpression(text).diagnostics.map((d) => d.code);

  it("gives one diagnostic for one typo", () => {
    expect(codes("a > > 3")).toEqual(["BL102"]);
    expect(codes("a en en b")).toEqual(["BL102"]);
    expect(codes("aandeel(a b)")).toEqual(["BL102"]);
    expect(codes("(a en b")).toEqual(["BL103"]);
  });

  it("reports an expression that stops too early", () => {
    const result = parseExpression("behandelindex >");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["BL103"]);
    expect(result.diagnostics[0]?.message).toBe("De expressie houdt op waar een waarde, een naam of een bewerking verwacht werd.");
  });

  it("rejects chained comparisons with their own message", () => {
    const result = parseExpression("1 < x < 5");
    expect(result.diagnostics.map((d) => d.code)).toEqual(["BL104"]);
    expect(result.diagnostics[0]?.hint).toContain("tussen");
  });

  it("rejects impossible dates, and says why the date does not exist", () => {
    expect(codes("x > 2025-02-30")).toEqual(["BL105"]);
    expect(codes("x > 2024-02-29")).toEqual([]);
    const hint = (date: string) => parseExpression(`x > ${date}`).diagnostics[0]?.hint;
    expect(hint("2026-06-31")).toBe("Juni heeft 30 dagen.");
    expect(hint("2026-02-30")).toBe("Februari heeft 28 dagen.");
    expect(hint("2024-02-30")).toBe("Februari heeft 29 dagen.");
    expect(hint("2026-02-29")).toBe("2026 is geen schrikkeljaar: februari heeft dan 28 dagen.");
    expect(hint("2026-13-01")).toBe("Een maand is 01 tot en met 12: jjjj-mm-dd.");
    expect(hint("2026-00-10")).toBe("Een maand is 01 tot en met 12: jjjj-mm-dd.");
    expect(hint("2026-01-00")).toBe("Een dag is 01 of later: jjjj-mm-dd.");
  });

  it("refuses a point between thousands (1.000), which would silently read as a decimal point", () => {
    const result = parseExpression("x >= 1.000");
    expect(result.diagnostics.map((d) => [d.code, d.message, d.hint])).toEqual([
      ["BL108", "‘1.000’ wordt gelezen als 1: de punt is het decimaalteken, geen scheiding van duizendtallen.", "Bedoelt u 1000, schrijf het dan zonder punt; bedoelt u 1, schrijf dan 1."],
    ]);
    expect(parseExpression("x <= € 1.500").diagnostics.map((d) => [d.message, d.hint])).toEqual([
      ["‘€ 1.500’ wordt gelezen als € 1.5: de punt is het decimaalteken, geen scheiding van duizendtallen.", "Bedoelt u € 1500, schrijf het dan zonder punt; bedoelt u € 1.5, schrijf dan € 1.5."],
    ]);
    expect(codes("x >= 12.500")).toEqual(["BL108"]);
    expect(codes("x >= 2.500%")).toEqual(["BL108"]);
    expect(codes("x <= € 2.375")).toEqual(["BL108"]); // money has two decimals
    // Real decimals stay: a fraction, three decimals that do not end in 0, money in cents.
    for (const fine of ["x >= 0.150", "x >= 0.151", "x >= 2.375", "x >= 1.5", "x <= € 12.50", "x >= 1000", "x >= 1000.500"]) expect(codes(fine), fine).toEqual([]);
  });

  it("explains a number written the Dutch way (1.000,5) with the same number written as the language wants it", () => {
    expect(parseExpression("x >= 1.000,5").diagnostics[0]?.hint).toBe("Schrijf getallen zonder punt tussen de duizendtallen en met een punt als decimaalteken: 1000.5 in plaats van 1.000,5.");
    expect(parseExpression("x <= € 1.500,00 en y").diagnostics[0]?.hint).toBe("Schrijf getallen zonder punt tussen de duizendtallen en met een punt als decimaalteken: 1500.00 in plaats van 1.500,00.");
    expect(parseExpression("x >= 2,5").diagnostics[0]?.hint).toBe("Gebruik een punt als decimaalteken: 2.5 in plaats van 2,5.");
  });

  it("explains a number with an exponent (1e5) with the number written out", () => {
    expect(parseExpression("x > 1e5").diagnostics.map((d) => [d.code, d.hint])).toEqual([["BL102", "Schrijf het getal voluit, zonder e: 100000 in plaats van 1e5."]]);
    expect(parseExpression("x > 2.5e3").diagnostics[0]?.hint).toBe("Schrijf het getal voluit, zonder e: 2500 in plaats van 2.5e3.");
    expect(parseExpression("x > 25e-1 en y").diagnostics[0]?.hint).toBeUndefined();
    expect(parseExpression("x > 1e30").diagnostics[0]?.hint).toBe("Schrijf het getal voluit, zonder e (1e30); een getal groter dan 9007199254740991 kan beleid niet precies rekenen.");
    // A name after a number and a space is another mistake (a unit, a missing ‘en’).
    expect(parseExpression("x > 1 e5").diagnostics[0]?.hint).toBeUndefined();
  });

  it("reports characters that do not belong, with a hint where one helps", () => {
    const result = parseExpression("a & b");
    expect(result.diagnostics[0]?.code).toBe("BL101");
    expect(result.diagnostics[0]?.hint).toContain("‘en’");
    expect(parseExpression("x > 30 %").diagnostics[0]?.hint).toContain("30%");
  });

  it("reports an unterminated text", () => {
    expect(codes('x = "abc')).toContain("BL106");
  });

  it("reports an empty expression", () => {
    expect(codes("   ")).toEqual(["BL107"]);
  });

  it("hints at a decimal comma and at capitalised keywords", () => {
    expect(parseExpression("x = 2,5").diagnostics[0]?.hint).toContain("punt");
    expect(parseExpression("a EN b").diagnostics[0]?.hint).toContain("‘en’");
  });

  it("hints at a comparison written the wrong way round", () => {
    expect(parseExpression("x => 150").diagnostics[0]?.hint).toBe("Bedoelt u ‘>=’ (groter dan of gelijk aan)?");
    expect(parseExpression("x =< 150").diagnostics[0]?.hint).toBe("Bedoelt u ‘<=’ (kleiner dan of gelijk aan)?");
    expect(parseExpression("x = > 150").diagnostics[0]?.hint).toBeUndefined();
  });
});

describe("the grammar", () => {
  // The parser of the compiler skips Chevrotain's grammar checks to start faster; they run here.
  it("passes Chevrotain's own checks (no ambiguity, no left recursion)", () => {
    // performSelfAnalysis throws on a definition error; the list is not in Chevrotain's types.
    const parser = new ExpressionParser({ validateGrammar: true }) as unknown as { definitionErrors: unknown[] };
    expect(parser.definitionErrors).toEqual([]);
  });
});
