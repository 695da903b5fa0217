/**
 * Numbers in a policy test file (.test.yaml) are read as in a policy (compiler/testing/numbers.ts):
 * `verwacht: factoren` as a number field of the policy (BL015, BL108), a number fact's value
 * with a hint how to write it (BL502), and an expected number of factors the care type cannot
 * reach is BL510. The policy is test/fixtures/policytests/wijkverpleging/2026.policy (one care
 * type, three factors) or, for a care type without differentiation, test/analyse/policy.ts.
 */

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runTestFiles, type TestRun } from "../../compiler/testing/index.js";
import { group, policyWith, rule } from "../analyse/policy.js";
import { problems, runWijkverpleging } from "./wijkverpleging.js";



/** A case from the complete fact set expecting `expectation` (YAML under `verwacht:`), with `facts` (YAML under `feiten:`). */
function caseWith(name: string, expectation: string, facts = ""): string {
  return `  - naam: ${name}\n    uitgangspunt: compleet\n${facts ? `    feiten:\n      ${facts}\n` : ""}    verwacht:\n      ${expectation}\n`;
}

const lineOf = (run: TestRun, index: number) => run.sources.get(run.diagnostics[index]!.span.file)?.positionOf(run.diagnostics[index]!.span.start).line;

describe("factoren the care type cannot reach", () => {
  it("is BL510 at the value, with the highest possible number; the other cases run", async () => {
    const run = await runWijkverpleging(caseWith("Zeven factoren", "factoren: 7") + caseWith("Alle drie", "factoren: 3") + caseWith("Vier", "factoren: 4"));
    expect(problems(run)).toEqual([
      {
        code: "BL510",
        message: "Deze verwachting kan niet uitkomen: ‘wijkverpleging’ heeft 3 differentiatiefactoren, dus aan ten hoogste 3 kan zijn voldaan.",
        hint: "Verwacht u dat aan alle differentiatiefactoren is voldaan, schrijf dan ‘factoren: 3’.",
        replacement: "3",
      },
      expect.objectContaining({ code: "BL510", replacement: "3" }),
    ]);
    // At the value (line 20 of the file, `factoren: 7`; positions count from 0), not at the case.
    expect(lineOf(run, 0)).toBe(19);
    expect(run.passed).toBe(1);
    expect(run.failed).toBe(0);
    expect(run.skipped).toBe(2);
  });

  it("a negative number is refused by the schema (BL005); another agreement is BL505", async () => {
    const run = await runWijkverpleging(caseWith("Min een", "factoren: -1") + caseWith("Overeenkomst E", "overeenkomst: E"));
    expect(problems(run)).toEqual([
      { code: "BL005", message: "Hier wordt een getal van minimaal 0 verwacht, maar er staat ‘-1’.", hint: undefined, replacement: undefined },
      { code: "BL505", message: "‘E’ is geen zorgovereenkomst van ‘wijkverpleging’.", hint: "Zorgovereenkomsten: A, B, C, D.", replacement: undefined },
    ]);
  });

  it("above 0 is BL510 for a care type without differentiation; a factor that is an intention does not count", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-testgetallen-"));
    const factors = group("f", "differentiatiefactor", rule("f1", "a") + rule("f2", "b", "        status: voornemen\n"), "[een]");
    writeFileSync(join(dir, "proef.policy"), policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors, "        A: { naam: Overeenkomst A, factoren: 1 }\n        B: { naam: Overeenkomst B, factoren: 0 }\n"));
    const facts = "    feiten: { x: 1, y: 2, p: 3, d: 2026-01-01, t: x, k: rood, s: [v1], a: ja, b: ja }\n";
    const file = join(dir, "proef.test.yaml");
    writeFileSync(
      file,
      `taalversie: 1\ngevallen:\n  - naam: Twee zonder differentiatie\n    zorgsoort: twee\n${facts}    verwacht:\n      factoren: 2\n` +
        `  - naam: Nul zonder differentiatie\n    zorgsoort: twee\n${facts}    verwacht:\n      factoren: 0\n` +
        `  - naam: Twee met een voornemen\n    zorgsoort: een\n${facts}    verwacht:\n      factoren: 2\n` +
        `  - naam: Een met een voornemen\n    zorgsoort: een\n${facts}    verwacht:\n      factoren: 1\n`,
    );
    const run = await runTestFiles([file]);
    expect(problems(run)).toEqual([
      {
        code: "BL510",
        message: "Deze verwachting kan niet uitkomen: ‘twee’ kent geen differentiatie, dus het aantal differentiatiefactoren waaraan is voldaan, is altijd 0.",
        hint: "Laat ‘factoren’ weg, of schrijf ‘factoren: 0’.",
        replacement: "0",
      },
      {
        code: "BL510",
        message: "Deze verwachting kan niet uitkomen: ‘een’ heeft 1 differentiatiefactor die geldt (een differentiatiefactor die nog een voornemen is, telt niet mee), dus aan ten hoogste 1 kan zijn voldaan.",
        hint: "Verwacht u dat aan alle differentiatiefactoren is voldaan, schrijf dan ‘factoren: 1’.",
        replacement: "1",
      },
    ]);
    expect(run.passed).toBe(2);
  });
});

describe("verwacht: factoren is read as a number field of a policy", () => {
  it("0x2, 1e3, Infinity, 1e400 are BL015 and 10.000 is BL108, each stopping only its own case", async () => {
    const written = ["0x2", "1e3", "Infinity", "1e400", "10.000"];
    const run = await runWijkverpleging(written.map((w) => caseWith(`Factoren ${w}`, `factoren: ${w}`)).join("") + caseWith("Drie", "factoren: 3") + caseWith("Met aanhalingstekens", 'factoren: "3"'));
    expect(problems(run)).toEqual([
      { code: "BL015", message: "‘0x2’ is hier geen bruikbaar getal: het wordt gelezen als het hexadecimaal geschreven getal 2.", hint: "Schrijf het met gewone cijfers: 2.", replacement: undefined },
      { code: "BL015", message: "‘1e3’ is hier geen bruikbaar getal: het is geschreven met een exponent (gelezen als 1000).", hint: "Schrijf het met gewone cijfers: 1000.", replacement: undefined },
      { code: "BL015", message: "‘Infinity’ is hier geen bruikbaar getal: het staat voor oneindig, en daarmee kan beleid niet rekenen.", hint: "Schrijf een getal met cijfers, bijvoorbeeld 10 of 2.5.", replacement: undefined },
      { code: "BL015", message: "‘1e400’ is hier geen bruikbaar getal: het is geschreven met een exponent, en het is te groot om mee te rekenen.", hint: undefined, replacement: undefined },
      {
        code: "BL108",
        message: "‘10.000’ wordt gelezen als 10: de punt is het decimaalteken, geen scheiding van duizendtallen.",
        hint: "Bedoelt u 10000, schrijf het dan zonder punt; bedoelt u 10, schrijf dan 10.",
        replacement: undefined,
      },
    ]);
    expect(run.passed).toBe(2);
    expect(run.skipped).toBe(5);
  });

  it(".inf, which the schema refuses, is told once", async () => {
    const run = await runWijkverpleging(caseWith("Oneindig", "factoren: .inf"));
    expect(problems(run).map((p) => p.code)).toEqual(["BL015"]);
  });

  it("taalversie: 0x1 stops the whole file", async () => {
    const run = await runWijkverpleging(caseWith("Drie", "factoren: 3"), "taalversie: 0x1\n");
    expect(problems(run).map((p) => p.code)).toEqual(["BL015"]);
    expect(run.passed).toBe(0);
    expect(run.files[0]?.run).toBe(false);
  });
});

describe("a number fact's value", () => {
  it("written as JavaScript reads a number gets the hint how to write it (BL502)", async () => {
    const values = ["0x2", "1e3", "Infinity", ".nan", "1e400", '"1e-7"'];
    const run = await runWijkverpleging(values.map((v) => caseWith(`Score ${v}`, "overeenkomst: A", `clientervaring_score: ${v}`)).join(""));
    const range = "moet een getal van 0 tot en met 10 zijn (of ‘onbekend’ als het onbekend is), maar is";
    const digits = "schrijf een getal met cijfers, bijvoorbeeld 10 of 2.5.";
    expect(problems(run)).toEqual([
      { code: "BL502", message: `‘clientervaring_score’ ${range} ‘0x2’.`, hint: "‘0x2’ is hexadecimaal geschreven (2); schrijf een getal met gewone cijfers, zoals in het beleid: 2.", replacement: "2" },
      { code: "BL502", message: `‘clientervaring_score’ ${range} ‘1e3’.`, hint: "Schrijf het getal voluit, zonder e: 1000 in plaats van 1e3.", replacement: "1000" },
      { code: "BL502", message: `‘clientervaring_score’ ${range} ‘Infinity’.`, hint: `‘Infinity’ staat voor oneindig, en daarmee kan beleid niet rekenen; ${digits}`, replacement: undefined },
      { code: "BL502", message: `‘clientervaring_score’ ${range} ‘.nan’.`, hint: `‘.nan’ staat voor ‘geen getal’ (NaN); ${digits}`, replacement: undefined },
      { code: "BL502", message: `‘clientervaring_score’ ${range} ‘1e400’.`, hint: `‘1e400’ is geschreven met een exponent en is te groot om mee te rekenen; ${digits}`, replacement: undefined },
      { code: "BL502", message: `‘clientervaring_score’ ${range} ‘1e-7’.`, hint: "Schrijf het getal voluit, zonder e: 0.0000001 in plaats van 1e-7.", replacement: "0.0000001" },
    ]);
  });

  it("+5 and a number beyond 2^53 − 1 are refused (they were taken); a plain number is fine", async () => {
    const run = await runWijkverpleging(
      caseWith("Plus", "overeenkomst: A", "clientervaring_score: +5") +
        caseWith("Heel groot", "overeenkomst: A", "totaal_fte: 12345678901234567890") +
        caseWith("Gewoon", "overeenkomst: A", 'clientervaring_score: "8.50"'),
    );
    expect(problems(run)).toEqual([
      {
        code: "BL502",
        message: "‘clientervaring_score’ is ‘+5’: een getal bestaat uit cijfers, met eventueel een minteken ervoor en een punt als decimaalteken.",
        hint: "Schrijf het met gewone cijfers, zoals in het beleid: 5 in plaats van +5.",
        replacement: "5",
      },
      {
        code: "BL502",
        message:
          "‘totaal_fte’ is ‘12345678901234567890’: dat getal is te groot om precies mee te rekenen; beleid zou ermee rekenen als 12345678901234567000, want een getal is alleen tot 9007199254740991 (2^53 − 1) precies.",
        hint: undefined,
        replacement: undefined,
      },
    ]);
    expect(run.passed).toBe(1);
  });

  it("refused as the case expects (feitenfout) is passed on as written", async () => {
    const run = await runWijkverpleging(caseWith("Exponent geweigerd", "feitenfout: [clientervaring_score]", "clientervaring_score: 1e3"));
    expect(problems(run)).toEqual([]);
    expect(run.passed).toBe(1);
  });
});
