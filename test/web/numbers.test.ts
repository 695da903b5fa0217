/**
 * Numbers as a provider types them in the checker's form (web/controle/numbers.ts): a decimal
 * comma, thousands dots, and a decimal point where it cannot be a thousands dot.
 */

import { describe, expect, it } from "vitest";
import { parseDutchNumber, rangeProblem, relationProblem } from "../../web/controle/numbers.js";

describe("parseDutchNumber", () => {
  it("reads a decimal comma and thousands dots", () => {
    expect(parseDutchNumber("12,5")).toBe(12.5);
    expect(parseDutchNumber("1.250")).toBe(1250);
    expect(parseDutchNumber("1.250.000,75")).toBe(1250000.75);
    expect(parseDutchNumber("€ 125.000,50")).toBe(125000.5);
    expect(parseDutchNumber("55%")).toBe(55);
    expect(parseDutchNumber("-1.250")).toBe(-1250);
  });

  it("reads a first group that starts with 0 as a decimal number, never as thousands", () => {
    expect(parseDutchNumber("0.151")).toBe(0.151);
    expect(parseDutchNumber("-0.151")).toBe(-0.151);
    expect(parseDutchNumber("0.151.000")).toBeUndefined();
    expect(parseDutchNumber("0.151,5")).toBeUndefined();
  });

  it("reads a decimal point that cannot be a thousands dot", () => {
    expect(parseDutchNumber("12.5")).toBe(12.5);
    expect(parseDutchNumber("0.5")).toBe(0.5);
  });

  it("refuses what is not a number", () => {
    expect(parseDutchNumber("")).toBeUndefined();
    expect(parseDutchNumber("twaalf")).toBeUndefined();
    expect(parseDutchNumber("1,2,3")).toBeUndefined();
  });
});

describe("rangeProblem", () => {
  it("asks for a value in the fact's range, in the form's words", () => {
    expect(rangeProblem({ type: "percentage", minimum: 0, maximum: 100 }, 120)).toBe("Vul een percentage van 0 tot en met 100 in.");
    expect(rangeProblem({ type: "getal", minimum: 0, geheel: true }, 2.5)).toBe("Vul een geheel getal van ten minste 0 in.");
    expect(rangeProblem({ type: "getal", maximum: 168.5 }, 200)).toBe("Vul een getal van ten hoogste 168,5 in.");
    expect(rangeProblem({ type: "getal", minimum: 0, maximum: 100 }, 100)).toBeUndefined();
    expect(rangeProblem({ type: "bedrag" }, -5)).toBeUndefined();
  });
});

describe("relationProblem", () => {
  it("asks for a part no greater than its whole, naming the whole by its question", () => {
    const whole = { label: "Het totaal aantal therapeuten", value: 3 };
    expect(relationProblem({ type: "getal", geheel: true }, 5, whole)).toBe("Vul een geheel getal van ten hoogste 3 in: dit kan niet meer zijn dan uw antwoord op ‘Het totaal aantal therapeuten’.");
    expect(relationProblem({ type: "percentage" }, 40.5, { label: "Het aandeel", value: 12.5 })).toBe("Vul een percentage van ten hoogste 12,5 in: dit kan niet meer zijn dan uw antwoord op ‘Het aandeel’.");
    expect(relationProblem({ type: "getal" }, 4, { label: "Het totaal.", value: 3 })).toBe("Vul een getal van ten hoogste 3 in: dit kan niet meer zijn dan uw antwoord op ‘Het totaal’.");
    expect(relationProblem({ type: "getal" }, 3, whole)).toBeUndefined();
    expect(relationProblem({ type: "getal" }, 0, whole)).toBeUndefined();
  });
});
