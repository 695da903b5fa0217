/**
 * An error inside an expression must point at the right line and column of the .policy
 * file, however the YAML scalar is written: plain, quoted, folded over lines, or as a block.
 */

import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";

const POLICY = (condition: string) => `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: test
titel: Test
jaar: 2026
versie: "2026"
hoofdstukken:
  h:
    nummer: "3"
    titel: Voorwaarden
feiten:
  behandelindex:
    type: getal
    omschrijving: De behandelindex.
zorgsoorten:
  fysiotherapie:
    naam: Fysiotherapie
    overeenkomst: { soort: nieuw, hoofdstuk: h, tekst: Een overeenkomst. }
groepen:
  g:
    titel: Voorwaarden
    hoofdstuk: h
    soort: randvoorwaarde
    zorgsoorten: alle
    regels:
      r:
        tekst: Een regel.
${condition}
`;

/** Line and column (1-based) of the first diagnostic, and the text it covers. */
function firstDiagnostic(condition: string) {
  const text = POLICY(condition);
  const result = compileText("test.policy", text);
  const d = result.diagnostics[0];
  if (!d) throw new Error("a diagnostic was expected");
  const position = result.sources.get("test.policy")?.positionOf(d.span.start);
  return { code: d.code, line: position?.line, column: position?.column, covers: text.slice(d.span.start, d.span.end) };
}

const RULE_LINE = POLICY("").split("\n").length - 1; // the line where the condition starts

describe("positions of errors inside expressions", () => {
  it("plain scalar", () => {
    expect(firstDiagnostic("        voorwaarde: behandelindex > ja")).toEqual({ code: "BL202", line: RULE_LINE, column: 37, covers: "ja" });
  });

  it("double-quoted scalar", () => {
    expect(firstDiagnostic('        voorwaarde: "behandelindex > ja"')).toEqual({ code: "BL202", line: RULE_LINE, column: 38, covers: "ja" });
  });

  it("single-quoted scalar with a doubled quote before the error", () => {
    // In YAML, '' inside a single-quoted scalar is one quote: the expression is 'a' = 'b' of …
    expect(firstDiagnostic("        voorwaarde: '''a'' = ''b'' of behandelindx > 1'")).toEqual({ code: "BL201", line: RULE_LINE, column: 39, covers: "behandelindx" });
  });

  it("double-quoted scalar with an escape before the error", () => {
    expect(firstDiagnostic('        voorwaarde: "\\u0062ehandelindex > ja"')).toMatchObject({ code: "BL202", covers: "ja" });
  });

  it("double-quoted scalar whose last token ends with an escaped quote: the span ends after it", () => {
    // The text "ja" at the end of the value is written \"ja\" in the file: the span covers both escapes.
    expect(firstDiagnostic('        voorwaarde: "behandelindex > \\"ja\\""')).toMatchObject({ code: "BL202", covers: '\\"ja\\"' });
    // And in the middle of the value.
    expect(firstDiagnostic('        voorwaarde: "behandelindex > \\"ja\\" of behandelindex > 1"')).toMatchObject({ code: "BL202", covers: '\\"ja\\"' });
  });

  it("plain scalar folded over several lines", () => {
    expect(firstDiagnostic("        voorwaarde: behandelindex > 100\n          en behandelindex\n          < ja")).toEqual({ code: "BL202", line: RULE_LINE + 2, column: 13, covers: "ja" });
  });

  it("folded block scalar", () => {
    expect(firstDiagnostic("        voorwaarde: >-\n          behandelindex > 100 en\n          onbekend_feit < 3")).toEqual({ code: "BL201", line: RULE_LINE + 2, column: 11, covers: "onbekend_feit" });
  });

  it("literal block scalar", () => {
    expect(firstDiagnostic("        voorwaarde: |\n          behandelindex > 100\n            en aantall(x) > 1")).toEqual({ code: "BL203", line: RULE_LINE + 2, column: 16, covers: "aantall" });
  });

  it("double-quoted scalar over several lines", () => {
    expect(firstDiagnostic('        voorwaarde: "behandelindex > 100 en\n          behandelindex >= nee"')).toEqual({ code: "BL202", line: RULE_LINE + 1, column: 28, covers: "nee" });
  });
});

describe("a YAML error on a value that YAML did not read as text", () => {
  const message = (text: string) => compileText("x.policy", text).diagnostics.map((d) => `${d.code} ${d.message}`);

  it("explains a value that starts with a quoted text", () => {
    expect(message('taalversie: 1\nfeiten:\n  a:\n    type: ja/nee\n    omschrijving: "a" is b\n')).toEqual([
      "BL001 Het bestand is geen geldige YAML: de waarde begint met een aanhalingsteken en eindigt daarom bij het sluitende aanhalingsteken; zet de hele waarde tussen enkele aanhalingstekens, of laat haar niet met een tekst beginnen.",
    ]);
  });

  it("explains a value that starts with a character YAML reserves", () => {
    expect(message("taalversie: 1\nteksten:\n  a:\n    tekst: > 95% van de machtigingen: direct\n")).toEqual([
      "BL001 Het bestand is geen geldige YAML: een waarde die met ‘>’ begint, leest YAML niet als tekst; zet de hele waarde tussen aanhalingstekens.",
    ]);
  });
});

describe("hints for names that are not known", () => {
  const hint = (condition: string) => compileText("test.policy", POLICY(`        voorwaarde: ${condition}`)).diagnostics.find((d) => d.code === "BL201")?.hint;

  it("says that true and false are written ja and nee in a condition", () => {
    expect(hint("behandelindex > 1 en waar")).toBe("In een voorwaarde heten de waarden van een ja/nee-feit ‘ja’ en ‘nee’; schrijf ‘ja’ (of alleen de naam van het feit).");
    expect(hint("behandelindex > 1 en False")).toContain("schrijf ‘nee’");
    expect(hint("behandelindex > 1 en constructor")).toBe("Declareer het onder ‘feiten’, of controleer de spelling.");
  });
});
