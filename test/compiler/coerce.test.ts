/**
 * The problems of compiler/facts/coerce.ts (provider rows, and BL502 in test files) are worded
 * as the evaluator's own check words them (runtime/facts.ts): what the fact must be, whether it
 * may be unknown (as the file writes unknown: an empty cell, or `onbekend`), and the possible
 * values of a keuze or verzameling, the first six and how many more.
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { coerceFactValue, factCoercer } from "../../compiler/facts/coerce.js";
import type { Fact, FactType } from "../../compiler/model.js";
import { runTestFiles } from "../../compiler/testing/index.js";
import { probleemMetWaarde } from "../../runtime/facts.js";

const span = { file: "proef.policy", start: 0, end: 0 };
const fact = (id: string, type: FactType, more: Partial<Fact> = {}): Fact => ({ id, type, description: `Het feit ${id}.`, span, ...more });
const problem = (f: Fact, raw: unknown, source?: "rows" | "test") => {
  const coerced = coerceFactValue(f, raw, source);
  return "problem" in coerced ? coerced.problem : undefined;
};

const index = fact("behandelindex", "getal", { unknownReason: "Nieuwe praktijken hebben er geen." });
const fte = fact("fte", "getal");
const NINE = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];

describe("a wrong value in a file", () => {
  it("says that a fact that may be unknown may also be empty (a row) or ‘onbekend’ (a test file)", () => {
    expect(problem(index, "hoog")).toBe("‘behandelindex’ moet een getal zijn (of leeg als het onbekend is), maar is ‘hoog’.");
    expect(problem(index, "hoog", "test")).toBe("‘behandelindex’ moet een getal zijn (of ‘onbekend’ als het onbekend is), maar is ‘hoog’.");
    expect(problem(fte, "hoog")).toBe("‘fte’ moet een getal zijn, maar is ‘hoog’.");
    // In a verzameling an empty cell is the empty list: unknown is ‘onbekend’ there too.
    expect(problem(fact("s", "verzameling", { values: ["x"], unknownReason: "Soms." }), { a: 1 })).toBe("‘s’ moet een lijst zijn met waarden uit: ‘x’ (of ‘onbekend’ als het onbekend is); het is een object.");
  });

  it("says what a fact that may not be unknown must be, and that the cell was empty", () => {
    expect(problem(fte, "")).toBe("‘fte’ is leeg, maar mag niet onbekend zijn; verwacht een getal.");
    expect(problem(fte, "onbekend", "test")).toBe("‘fte’ mag niet onbekend zijn; verwacht een getal.");
    expect(problem(fact("k", "keuze", { values: ["rood", "groen"] }), null)).toBe("‘k’ mag niet onbekend zijn; verwacht een van deze waarden: ‘rood’, ‘groen’.");
    expect(problem(fact("s", "verzameling", { values: NINE }), "onbekend")).toBe("‘s’ mag niet onbekend zijn; verwacht een lijst met waarden uit: ‘a’, ‘b’, ‘c’, ‘d’, ‘e’, ‘f’ en nog 3 andere.");
  });

  it("lists the possible values of a keuze or verzameling: the first six and how many more", () => {
    expect(problem(fact("k", "keuze", { values: NINE }), "z")).toBe("‘k’ moet een van deze waarden zijn: ‘a’, ‘b’, ‘c’, ‘d’, ‘e’, ‘f’ en nog 3 andere; het is ‘z’.");
    // "en nog 1 andere" would be no shorter than the seventh value itself.
    expect(problem(fact("k", "keuze", { values: NINE.slice(0, 7), unknownReason: "Soms." }), "z")).toBe("‘k’ moet een van deze waarden zijn: ‘a’, ‘b’, ‘c’, ‘d’, ‘e’, ‘f’, ‘g’ (of leeg als het onbekend is); het is ‘z’.");
    const set = fact("s", "verzameling", { values: NINE });
    expect(problem(set, "a; z")).toBe("‘s’ bevat ‘z’, maar mogelijke waarden zijn: ‘a’, ‘b’, ‘c’, ‘d’, ‘e’, ‘f’ en nog 3 andere.");
    expect(problem(set, "t; u; v; w; x; y; z")).toBe("‘s’ bevat ‘t’, ‘u’, ‘v’, ‘w’, ‘x’, …, maar mogelijke waarden zijn: ‘a’, ‘b’, ‘c’, ‘d’, ‘e’, ‘f’ en nog 3 andere.");
  });

  it("names a date that does not exist, and a value of the wrong kind", () => {
    const date = fact("d", "datum");
    expect(problem(date, "2026-02-30")).toBe("‘d’ moet een bestaande datum zijn; 2026-02-30 bestaat niet.");
    expect(problem(date, "30-01-2026")).toBe("‘d’ moet een datum als jjjj-mm-dd zijn, maar is ‘30-01-2026’.");
    expect(problem(fact("j", "ja/nee"), "misschien")).toBe("‘j’ moet ja of nee (true of false) zijn, maar is ‘misschien’.");
    expect(problem(fact("p", "percentage"), "veel")).toBe("‘p’ moet een percentage (een getal, 30 voor 30%) zijn, maar is ‘veel’.");
    expect(problem(fte, [1, 2])).toBe("‘fte’ moet een getal zijn, maar is een lijst.");
  });

  it("leaves a value given twice to the evaluator's check, which names it", () => {
    const set = fact("s", "verzameling", { values: ["a", "b"] });
    expect(coerceFactValue(set, "a; a")).toEqual({ value: ["a", "a"] });
    expect(probleemMetWaarde({ id: "s", type: "verzameling", waarden: ["a", "b"] }, ["a", "a"])).toBe('‘s’ bevat "a" twee keer; elke waarde mag er één keer in staan.');
  });

  it("is the evaluator's message for a value that is not text, with unknown as a row writes it", () => {
    for (const type of ["getal", "percentage", "bedrag", "datum", "ja/nee", "tekst"] as const) {
      for (const unknownReason of [undefined, "Soms."]) {
        const f = fact("f", type, unknownReason === undefined ? {} : { unknownReason });
        for (const raw of [{ a: 1 }, ...(type === "tekst" ? [] : [["x"]])]) {
          const runtime = probleemMetWaarde({ id: "f", type, ...(unknownReason === undefined ? {} : { onbekend: unknownReason }) }, raw);
          expect(problem(f, raw)?.replace("(of leeg als", "(of null als")).toBe(runtime);
        }
      }
    }
  });

  it("is the same with the prepared coercer", () => {
    for (const [f, raw] of [[index, "hoog"], [fte, ""], [fact("k", "keuze", { values: NINE }), "z"], [fact("s", "verzameling", { values: NINE }), "a; z"]] as const) {
      expect(factCoercer(f)(raw)).toEqual(coerceFactValue(f, raw));
    }
  });
});

describe("ja/nee", () => {
  it("a row may write true/false or 1/0 (exports of other systems); a test file writes ja or nee, as conditions do", () => {
    const f = fact("x", "ja/nee");
    for (const [raw, value] of [["ja", true], ["Nee", false], ["true", true], ["1", true], ["0", false]] as const) expect(coerceFactValue(f, raw, "rows")).toEqual({ value });
    expect(coerceFactValue(f, "ja", "test")).toEqual({ value: true });
    for (const raw of ["true", "1", "0", "waar", "yes"]) expect(problem(f, raw, "test"), raw).toBe(`‘x’ moet ja of nee zijn, maar is ‘${raw}’.`);
  });
});

describe("numbers", () => {
  const amount = fact("bedrag", "bedrag");
  const share = fact("aandeel", "percentage");

  it("are decimal digits with an optional sign and one decimal point or comma", () => {
    for (const [raw, value] of [["97", 97], ["-3", -3], ["+7", 7], ["2,5", 2.5], ["2.5", 2.5], ["0.125", 0.125], ["1097", 1097], [" 12 ", 12]] as const) expect(coerceFactValue(fte, raw), raw).toEqual({ value });
    expect(coerceFactValue(amount, "€ 55")).toEqual({ value: 55 });
    expect(coerceFactValue(amount, "€55,50")).toEqual({ value: 55.5 });
    expect(coerceFactValue(share, "55 %")).toEqual({ value: 55 });
    // A number from YAML or JSON stays as it is.
    expect(coerceFactValue(fte, 1e21)).toEqual({ value: 1e21 });
  });

  it("are not what JavaScript also reads as a number", () => {
    for (const raw of ["0x10", "0x99", "0b1", "0o7", "1e3", "Infinity", ".5", "5.", "1_000", "1 600"]) expect(problem(fte, raw), raw).toBe(`‘fte’ moet een getal zijn, maar is ‘${raw}’.`);
  });

  it("carry € only for an amount and % only for a percentage", () => {
    expect(problem(share, "€ 55")).toBe("‘aandeel’ moet een percentage (een getal, 30 voor 30%) zijn, maar is ‘€ 55’.");
    expect(problem(amount, "55%")).toBe("‘bedrag’ moet een bedrag in euro (een getal) zijn, maar is ‘55%’.");
    expect(problem(fte, "€ 5")).toBe("‘fte’ moet een getal zijn, maar is ‘€ 5’.");
  });

  it("that can be read two ways are refused, saying both (as BL108 in conditions)", () => {
    expect(problem(fte, "1.600")).toBe("‘fte’: ‘1.600’ kan 1,6 of 1600 betekenen; schrijf 1600 of 1,6.");
    expect(problem(fte, "2.025")).toBe("‘fte’: ‘2.025’ kan 2,025 of 2025 betekenen; schrijf 2025 of 2,025.");
    expect(problem(amount, "€ 1.234")).toBe("‘bedrag’: ‘€ 1.234’ kan € 1,234 of € 1234 betekenen; schrijf € 1234 of € 1,234.");
    expect(problem(fte, "-1.500")).toBe("‘fte’: ‘-1.500’ kan -1,5 of -1500 betekenen; schrijf -1500 of -1,5.");
    // Never a thousands separator: a leading 0, or not three decimals.
    expect(coerceFactValue(fte, "0.600")).toEqual({ value: 0.6 });
    expect(coerceFactValue(fte, "1.60")).toEqual({ value: 1.6 });
    expect(coerceFactValue(fte, "1,600")).toEqual({ value: 1.6 });
    expect(factCoercer(fte)("1.600")).toEqual(coerceFactValue(fte, "1.600"));
  });

  it("with thousands separators are refused with the number to write", () => {
    expect(problem(fte, "1.234,56")).toBe("‘fte’ is ‘1.234,56’: schrijf een getal zonder scheiding van duizendtallen, 1234,56.");
    expect(problem(fte, "1,234.56")).toBe("‘fte’ is ‘1,234.56’: schrijf een getal zonder scheiding van duizendtallen, 1234,56.");
    expect(problem(amount, "€ 1.234.567")).toBe("‘bedrag’ is ‘€ 1.234.567’: schrijf een getal zonder scheiding van duizendtallen, € 1234567.");
  });
  // A test file is written in the policy language: the point is the decimal separator, a comma
  // an error with the policy's hint (BL102). A CSV row from Dutch Excel keeps its comma (above).
  it("in a test file take a point as decimal separator, as a policy does, and refuse a comma with the policy's hint", () => {
    expect(coerceFactValue(fte, "140.5", "test")).toEqual({ value: 140.5 });
    expect(coerceFactValue(fte, "140,5", "test")).toEqual({
      problem: "‘fte’ is ‘140,5’, met een komma: in een testbestand is de punt het decimaalteken, net als in het beleid.",
      soort: "waarde",
      hint: "Gebruik een punt als decimaalteken: 140.5 in plaats van 140,5.",
    });
    expect(coerceFactValue(amount, "€ 55,50", "test")).toMatchObject({ hint: "Gebruik een punt als decimaalteken: € 55.50 in plaats van € 55,50." });
    expect(coerceFactValue(share, "-2,5%", "test")).toMatchObject({ hint: "Gebruik een punt als decimaalteken: -2.5% in plaats van -2,5%." });
    // What can be read two ways is said as BL108 says it in a policy, with points.
    expect(coerceFactValue(fte, "1.400", "test")).toEqual({
      problem: "‘fte’ is ‘1.400’, dat wordt gelezen als 1.4: de punt is het decimaalteken, geen scheiding van duizendtallen.",
      soort: "waarde",
      hint: "Bedoelt u 1400, schrijf het dan zonder punt; bedoelt u 1.4, schrijf dan 1.4.",
    });
    expect(problem(fte, "1.234,56", "test")).toBe("‘fte’ is ‘1.234,56’: schrijf een getal zonder scheiding van duizendtallen, 1234.56.");
    // Rows (CSV) are unchanged.
    expect(coerceFactValue(fte, "140,5", "rows")).toEqual({ value: 140.5 });
  });
});

describe("BL502", () => {
  it("words a wrong value in a test file as a test file writes unknown", async () => {
    const run = await runTestFiles(["test/fixtures/diagnostics/BL502/invoer.test.yaml"]);
    expect(run.diagnostics.filter((d) => d.code === "BL502").map((d) => d.message)).toEqual(["‘behandelindex’ moet een getal zijn (of ‘onbekend’ als het onbekend is), maar is ‘hoog’."]);
  });
});

describe("BL502 for a number with a decimal comma in a test file", () => {
  it("is an error at the value, with the hint a policy gives (as BL102 there)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-komma-"));
    cpSync("test/fixtures/diagnostics/BL502/invoer.policy", join(dir, "invoer.policy"));
    writeFileSync(join(dir, "invoer.test.yaml"), readFileSync("test/fixtures/diagnostics/BL502/invoer.test.yaml", "utf8").replace("behandelindex: hoog", 'behandelindex: "140,5"'));
    const run = await runTestFiles([join(dir, "invoer.test.yaml")]);
    const found = run.diagnostics.filter((d) => d.code === "BL502");
    expect(found.map((d) => [d.message, d.hint])).toEqual([
      ["‘behandelindex’ is ‘140,5’, met een komma: in een testbestand is de punt het decimaalteken, net als in het beleid.", "Gebruik een punt als decimaalteken: 140.5 in plaats van 140,5."],
    ]);
    expect(run.sources.get(found[0]!.span.file)?.text.slice(found[0]!.span.start, found[0]!.span.end)).toBe('"140,5"');
  });
});

describe("BL502 for a yes/no fact that may not be unknown", () => {
  it("says ja of nee, as a test file writes it, not true of false", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-janee-"));
    cpSync("test/fixtures/diagnostics/BL502/invoer.policy", join(dir, "invoer.policy"));
    writeFileSync(join(dir, "invoer.test.yaml"), readFileSync("test/fixtures/diagnostics/BL502/invoer.test.yaml", "utf8").replace("behandelindex: hoog", "behandelindex: 1").replace("kwaliteitsregister: ja", "kwaliteitsregister: onbekend"));
    const run = await runTestFiles([join(dir, "invoer.test.yaml")]);
    expect(run.diagnostics.filter((d) => d.code === "BL502").map((d) => d.message)).toEqual(["‘kwaliteitsregister’ mag niet onbekend zijn; verwacht ja of nee."]);
  });
});

describe("BL508", () => {
  it("a test file whose policy does not exist is said once, at the test file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-zonder-"));
    writeFileSync(join(dir, "2099.test.yaml"), readFileSync("test/fixtures/diagnostics/BL502/invoer.test.yaml", "utf8"));
    const run = await runTestFiles([join(dir, "2099.test.yaml")]);
    expect(run.diagnostics.map((d) => d.code)).toEqual(["BL508"]);
    expect(run.diagnostics[0]?.message).toContain("het bestaat niet");
  });
});

describe("BL502 for a fact a case does not give", () => {
  it("is an error at the case, in the file's words, and the case does not run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-ontbreekt-"));
    cpSync("test/fixtures/diagnostics/BL502/invoer.policy", join(dir, "invoer.policy"));
    writeFileSync(join(dir, "invoer.test.yaml"), readFileSync("test/fixtures/diagnostics/BL502/invoer.test.yaml", "utf8").replace("behandelindex: hoog", "behandelindex: 1").replace("      kwaliteitsregister: ja\n", ""));
    const run = await runTestFiles([join(dir, "invoer.test.yaml")]);
    const found = run.diagnostics.filter((d) => d.code === "BL502");
    expect(found.map((d) => d.message)).toEqual(["‘kwaliteitsregister’ ontbreekt; verwacht ja of nee."]);
    // The case builds on the fact set ‘goed’: said there, where adding it mends every case.
    expect(run.sources.get(found[0]!.span.file)?.text.slice(found[0]!.span.start, found[0]!.span.end)).toBe("goed");
    expect(found[0]?.hint).toBe("Geef het feit in de feitenset ‘goed’, waarop de gevallen voortbouwen, of in ‘feiten’ van elk geval dat het nodig heeft.");
    expect(run.failed).toBe(0);

    // A case without fact sets: said at the case.
    const own = readFileSync(join(dir, "invoer.test.yaml"), "utf8").replace("    uitgangspunt: goed\n", "    feiten: { behandelindex: 1, rechtsvorm: bv }\n");
    writeFileSync(join(dir, "invoer.test.yaml"), own);
    const alone = (await runTestFiles([join(dir, "invoer.test.yaml")])).diagnostics.filter((d) => d.code === "BL502");
    expect(alone.map((d) => own.slice(d.span.start, d.span.end))).toEqual(["naam"]);
  });

  it("is said once for a fact new in the policy that the shared fact set lacks, not once per case", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-nieuw-feit-"));
    cpSync("policies/paramedische-zorg", join(dir, "paramedische-zorg"), { recursive: true });
    cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
    const file = join(dir, "paramedische-zorg", "2026-07.test.yaml");
    const text = readFileSync(file, "utf8");
    const set = "      vecozo_certificaten: ja\n      datum_vragenlijst_bevestigd: 2025-10-01\n";
    expect(text).toContain(set);

    // Missing from the fact set ‘compleet’ that every case builds on: one BL502, at that set.
    writeFileSync(file, text.replace(set, "      datum_vragenlijst_bevestigd: 2025-10-01\n"));
    const missing = (await runTestFiles([file])).diagnostics.filter((d) => d.code === "BL502");
    expect(missing.map((d) => [d.message, text.slice(d.span.start, d.span.end)])).toEqual([["‘vecozo_certificaten’ ontbreekt; verwacht ja of nee.", "compleet"]]);

    // A fact the policy no longer has, in that set: one BL501, not one per case.
    writeFileSync(file, text.replace(set, "      vecozo_certificaat: ja\n      vecozo_certificaten: ja\n      datum_vragenlijst_bevestigd: 2025-10-01\n"));
    const unknown = (await runTestFiles([file])).diagnostics.filter((d) => d.code === "BL501");
    expect(unknown).toHaveLength(1);
  });
});

describe("BL506", () => {
  it("names a cycle of fact sets as a cycle, not as a set that does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-kring-"));
    cpSync("test/fixtures/diagnostics/BL502/invoer.policy", join(dir, "invoer.policy"));
    const text = readFileSync("test/fixtures/diagnostics/BL502/invoer.test.yaml", "utf8")
      .replace("behandelindex: hoog", "behandelindex: 1")
      .replace("  goed:\n    feiten:", "  goed:\n    uitgangspunt: b\n    feiten:")
      .replace("gevallen:", "  b:\n    uitgangspunt: goed\ngevallen:");
    writeFileSync(join(dir, "invoer.test.yaml"), text);
    const run = await runTestFiles([join(dir, "invoer.test.yaml")]);
    const found = run.diagnostics.filter((d) => d.code === "BL506");
    expect(found.map((d) => d.message)).toContain("De feitenset ‘goed’ komt via ‘uitgangspunt’ weer bij zichzelf uit (goed → b → goed); zo is geen van deze feitensets compleet.");
    expect(found.every((d) => !d.message.startsWith("Er is geen"))).toBe(true);
    expect(found[0]?.hint).toBe("Laat één feitenset in de kring zonder ‘uitgangspunt’ beginnen.");
  });
});

describe("BL501", () => {
  it("a number with a decimal comma between { } becomes a fact named after its decimals; the hint says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-komma-"));
    cpSync("test/fixtures/diagnostics/BL502/invoer.policy", join(dir, "invoer.policy"));
    const text = readFileSync("test/fixtures/diagnostics/BL502/invoer.test.yaml", "utf8").replace("      behandelindex: hoog\n", "      behandelindex: 1\n").replace("    uitgangspunt: goed\n", "    uitgangspunt: goed\n    feiten: { behandelindex: 12,5 }\n");
    writeFileSync(join(dir, "invoer.test.yaml"), text);
    const run = await runTestFiles([join(dir, "invoer.test.yaml")]);
    const found = run.diagnostics.find((d) => d.code === "BL501");
    expect(found?.message).toContain("‘5’");
    expect(found?.hint).toBe("Staat hier een getal met een komma, zoals 2,9? Schrijf 2.9: tussen { } scheidt een komma de feiten.");
  });
});

describe("BL505", () => {
  it("an agreement of one letter that does not exist lists the agreements instead of suggesting the nearest letter", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-d-"));
    cpSync("policies/paramedische-zorg", join(dir, "paramedische-zorg"), { recursive: true });
    cpSync("policies/algemeen", join(dir, "algemeen"), { recursive: true });
    const file = join(dir, "paramedische-zorg", "2026-07.test.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/overeenkomst: [ABC]\n/, "overeenkomst: E\n"));
    const run = await runTestFiles([file]);
    expect(run.diagnostics.find((d) => d.code === "BL505")?.hint).toBe("Zorgovereenkomsten: A, B, C, D.");
  });
});
