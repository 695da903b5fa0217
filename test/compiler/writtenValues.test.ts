/**
 * Numbers, dates and texts in a policy that YAML or JavaScript would read otherwise than the
 * author meant: a number field written `Infinity`, `1e400`, `0x10` or `10.000`, a literal too
 * large to compute with, year 0000, a `#` that cuts a text. Each is told where it is written.
 */

import { describe, expect, it } from "vitest";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

/** The errors (or with `code`, the diagnostics of that code): code, severity, the text pointed at, message and hint. */
function told(text: string, code?: string) {
  const result = compile(text);
  return result.diagnostics
    .filter((d) => (code === undefined ? d.severity === "fout" : d.code === code))
    .map((d) => ({ code: d.code, ernst: d.severity, at: result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "", message: d.message, hint: d.hint }));
}

const withCondition = (condition: string) => policyWith(group("g", "randvoorwaarde", rule("r", condition)));

/** The policy with `line` added to fact `y` (a number). */
const withFactField = (line: string) => withCondition("y > 1").replace("    omschrijving: Een getal.\n", `    omschrijving: Een getal.\n    ${line}\n`);

describe("number fields written otherwise than with digits", () => {
  it("infinity and not-a-number are refused, with the advice to leave a limit out", () => {
    for (const written of ["Infinity", "-Infinity", ".inf", "-.inf", ".Inf", ".nan", "NaN"]) {
      const found = told(withFactField(`maximum: ${written}`));
      expect(found, written).toHaveLength(1);
      expect(found[0], written).toMatchObject({ code: "BL015", ernst: "fout", at: written, hint: "Is er geen grootste waarde, laat ‘maximum’ dan weg." });
    }
    expect(told(withFactField("maximum: Infinity"))[0]?.message).toBe("‘Infinity’ is hier geen bruikbaar getal: het staat voor oneindig, en daarmee kan beleid niet rekenen.");
    expect(told(withFactField("minimum: .nan"))[0]).toMatchObject({ message: "‘.nan’ is hier geen bruikbaar getal: het staat voor ‘geen getal’ (NaN).", hint: "Is er geen kleinste waarde, laat ‘minimum’ dan weg." });
  });

  it("a number too large to compute with is refused, also written with all its digits", () => {
    expect(told(withFactField("maximum: 1e400"))[0]).toMatchObject({ code: "BL015", at: "1e400", message: "‘1e400’ is hier geen bruikbaar getal: het is geschreven met een exponent, en het is te groot om mee te rekenen." });
    const digits = "9".repeat(400);
    expect(told(withFactField(`maximum: ${digits}`))).toEqual([
      {
        code: "BL109",
        ernst: "fout",
        at: digits,
        message: "Dit getal is te groot: beleid kan er niet mee rekenen, want het is groter dan het grootste getal dat beleid kent (ongeveer 1,8 × 10^308).",
        hint: "Is er geen grootste waarde, laat ‘maximum’ dan weg.",
      },
    ]);
    expect(told(withFactField("maximum: 99999999999999999999999"))[0]?.message).toBe(
      "Dit getal is te groot: beleid zou ermee rekenen als 99999999999999991611392, want een getal is alleen tot 9007199254740991 (2^53 − 1) precies.",
    );
    expect(told(withFactField("maximum: 9007199254740991"))).toEqual([]);
  });

  it("hexadecimal, octal, binary and exponents are refused, saying how JavaScript would read them", () => {
    expect(told(withFactField("maximum: 0x10"))[0]).toMatchObject({ code: "BL015", at: "0x10", message: "‘0x10’ is hier geen bruikbaar getal: het wordt gelezen als het hexadecimaal geschreven getal 16.", hint: "Schrijf het met gewone cijfers: 16." });
    expect(told(withFactField("maximum: 0o10"))[0]?.message).toBe("‘0o10’ is hier geen bruikbaar getal: het wordt gelezen als het octaal geschreven getal 8.");
    expect(told(withFactField("maximum: 0b10"))[0]?.message).toBe("‘0b10’ is hier geen bruikbaar getal: het wordt gelezen als het binair geschreven getal 2.");
    expect(told(withFactField("maximum: 1e3"))[0]).toMatchObject({ message: "‘1e3’ is hier geen bruikbaar getal: het is geschreven met een exponent (gelezen als 1000).", hint: "Schrijf het met gewone cijfers: 1000." });
    expect(told(withFactField("minimum: .5"))[0]).toMatchObject({ code: "BL015", hint: "Schrijf het met gewone cijfers: 0.5." });
    expect(told(withFactField("minimum: +5"))[0]).toMatchObject({ code: "BL015", hint: "Schrijf het met gewone cijfers: 5." });
    // Quoted, the text is the same number.
    expect(told(withFactField('maximum: "0x10"'))[0]).toMatchObject({ code: "BL015", at: '"0x10"' });
  });

  it("a point between the thousands is refused as in a condition (BL108)", () => {
    expect(told(withFactField("maximum: 10.000"))).toEqual([
      {
        code: "BL108",
        ernst: "fout",
        at: "10.000",
        message: "‘10.000’ wordt gelezen als 10: de punt is het decimaalteken, geen scheiding van duizendtallen.",
        hint: "Bedoelt u 10000, schrijf het dan zonder punt; bedoelt u 10, schrijf dan 10.",
      },
    ]);
    expect(told(withFactField("minimum: -1.000"))[0]).toMatchObject({ code: "BL108", hint: "Bedoelt u -1000, schrijf het dan zonder punt; bedoelt u -1, schrijf dan -1." });
    // As in a condition: a fraction or a number like 2.375 stays.
    for (const written of ["0.150", "2.375", "10.5", "1000", "-3", '"12"']) expect(told(withFactField(`maximum: ${written}`)), written).toEqual([]);
    // More than one point between the thousands is not a number at all; the hint says how to write it.
    expect(told(withFactField("maximum: 1.000.000"))[0]).toMatchObject({ code: "BL005", hint: "Schrijf getallen zonder punt tussen de duizendtallen: 1000000 in plaats van 1.000.000." });
  });

  it("every number field is read so: factoren, jaar, peiljaar", () => {
    expect(told(withFactField("peiljaar: -1e0"))[0]).toMatchObject({ code: "BL015", at: "-1e0" });
    expect(told(withCondition("y > 1").replace("jaar: 2026", "jaar: 0x7EA"))[0]).toMatchObject({ code: "BL015", at: "0x7EA", hint: "Schrijf het met gewone cijfers: 2026." });
    const differentiated = policyWith(group("g", "differentiatiefactor", rule("r", "a")), "        A: { naam: Zorgovereenkomst A, factoren: Infinity }\n");
    // Once, not also as a number above the maximum of 50.
    expect(told(differentiated).map((d) => d.code)).toEqual(["BL015"]);
  });
});

describe("number literals in a condition too large to compute with", () => {
  it("an infinite literal (400 digits) is an error, not a comparison with Infinity", () => {
    const digits = "1" + "0".repeat(400);
    for (const literal of [digits, `${digits}%`, `€ ${digits}`]) {
      expect(told(withCondition(`y > ${literal}`)), literal).toMatchObject([{ code: "BL109", at: literal, message: expect.stringContaining("beleid kan er niet mee rekenen") }]);
    }
  });

  it("a whole number beyond 2^53 − 1 is an error: beleid would compute with another number", () => {
    expect(told(withCondition("y > 99999999999999999999999"))).toEqual([
      {
        code: "BL109",
        ernst: "fout",
        at: "99999999999999999999999",
        message: "Dit getal is te groot: beleid zou ermee rekenen als 99999999999999991611392, want een getal is alleen tot 9007199254740991 (2^53 − 1) precies.",
        hint: undefined,
      },
    ]);
    expect(told(withCondition("y > -9007199254740993"))[0]).toMatchObject({ code: "BL109", at: "9007199254740993" });
    expect(told(withCondition("y > 9007199254740991 en y < 1000000000000"))).toEqual([]);
  });
});

describe("year 0000", () => {
  it("is not a date, in a condition, at gepubliceerd, in the planning and in a table", () => {
    const hint = "Het jaar 0000 bestaat niet: een datum loopt van 0001-01-01 tot en met 9999-12-31.";
    expect(told(withCondition("d > 0000-01-01"))).toEqual([{ code: "BL105", ernst: "fout", at: "0000-01-01", message: "‘0000-01-01’ is geen bestaande datum.", hint }]);
    expect(told(withCondition("d > 0001-01-01"))).toEqual([]);
    const published = withCondition("a").replace('versie: "2026"\n', 'versie: "2026"\ngepubliceerd: 0000-12-31\n');
    expect(told(published)).toMatchObject([{ code: "BL105", at: "0000-12-31", hint }]);
    const planned = `${withCondition("a")}planning:\n  deadline:\n    onderwerp: Deadline\n    hoofdstuk: h\n    datum: 0000-01-01\n    soort: deadline\n`;
    expect(told(planned)).toMatchObject([{ code: "BL105", at: "0000-01-01", hint }]);
    const table = `${withCondition("a")}tabellen:\n  grenzen:\n    titel: Grenzen\n    hoofdstuk: h\n    sleutel: { titel: Sleutel }\n    kolommen:\n      van: { titel: Van, type: datum }\n      grens: { titel: Grens, type: getal }\n    rijen:\n      een: { van: 0000-01-01, grens: 1 }\n      twee: { van: 2026-01-01, grens: 10.000 }\n`;
    expect(told(table)).toMatchObject([
      { code: "BL105", at: "0000-01-01", hint },
      { code: "BL108", at: "10.000" },
    ]);
  });
});

describe("a # in a plain text", () => {
  const withText = (line: string) => withCondition("a").replace("        tekst: Regel r.\n", `        tekst: ${line}\n`);

  it("directly followed by text is told: YAML cuts the text there", () => {
    expect(told(withText("De zorgaanbieder handelt #1 volgens de richtlijnen"), "BL016")).toEqual([
      {
        code: "BL016",
        ernst: "waarschuwing",
        at: "#1 volgens de richtlijnen",
        message: "De tekst van ‘tekst’ houdt op voor ‘#1 volgens de richtlijnen’: in YAML begint een # na een spatie een opmerking.",
        hint: "Hoort ‘#1 volgens de richtlijnen’ bij de tekst, zet de hele tekst dan tussen enkele aanhalingstekens (een ' in de tekst schrijft u dan als ''). Is het een opmerking, zet dan een spatie na de #.",
      },
    ]);
    // Read by the yaml library (Windows line ends), the same.
    const windows = withText("De zorgaanbieder handelt #1 volgens de richtlijnen").replace(/\n/g, "\r\n");
    expect(told(windows, "BL016")).toMatchObject([{ at: "#1 volgens de richtlijnen" }]);
    const result = compile(withText("Zie #hashtag"));
    expect(result.model?.rules.find((r) => r.id === "r")?.text).toBe("Zie");
    // Also in a description of a fact and in the planning.
    const fact = withCondition("a").replace("    omschrijving: Een ja/nee-feit.\n", "    omschrijving: Een ja/nee-feit. #intern\n");
    expect(told(fact, "BL016")).toMatchObject([{ at: "#intern", message: expect.stringContaining("‘omschrijving’") }]);
  });

  it("a usual comment, a # inside a word or in quotes, and a condition are not told", () => {
    for (const line of ["Een regel. # een opmerking", "Een regel. ## kop", "Regel#1 van de KNGF", "'Regel #1 van de KNGF'", "Een regel. #"]) {
      expect(told(withText(line), "BL016"), line).toEqual([]);
    }
    expect(told(withCondition("a").replace("voorwaarde: 'a'", "voorwaarde: a #b"), "BL016")).toEqual([]);
  });
});

describe("an invisible character in a key", () => {
  it("is named, with where it is, and the name it was meant to be; no second error where the name is used", () => {
    const policy = withCondition("k = \"rood\"").replace("  k:\n    type: keuze", "  k\u200bey:\n    type: keuze").replace('voorwaarde: \'k = "rood"\'', "voorwaarde: 'key = \"rood\"'");
    const found = compile(policy).diagnostics.filter((d) => d.severity === "fout");
    expect(found.map((d) => d.code)).toEqual(["BL215"]);
    expect(found[0]).toMatchObject({
      message: "‘k\u200bey’ is geen geldige naam.",
      hint: "De naam bevat het onzichtbare teken U+200B (zero width space), na ‘k’; het komt vaak mee bij kopiëren uit een document of webpagina. Verwijder het: ‘key’.",
      replacement: "key",
    });
    for (const [character, label] of [
      ["\u00a0", "U+00A0 (harde spatie, no-break space)"],
      ["\ufeff", "U+FEFF (zero width no-break space, byte order mark)"],
      ["\u2063", "U+2063,"],
    ] as const) {
      const hint = compile(policy.replace("k\u200bey:", `k${character}ey:`)).diagnostics.find((d) => d.code === "BL215")?.hint;
      expect(hint, label).toContain(`het onzichtbare teken ${label}`);
    }
    // Without an invisible character, the hint stays the general one.
    expect(compile(policy.replace("k\u200bey:", "k-ey:")).diagnostics.find((d) => d.code === "BL215")?.hint).toBe("Een naam begint met een letter en bevat alleen letters, cijfers en lage streepjes (_).");
  });
});

describe("a planning item without datum or wanneer", () => {
  const planned = (fields: string) => `${withCondition("a")}planning:\n  deadline_vragenlijst:\n    onderwerp: Deadline vragenlijst\n    hoofdstuk: h\n${fields}    soort: deadline\n`;

  it("is told as a missing field of the item, at its key", () => {
    expect(told(planned(""))).toEqual([
      {
        code: "BL004",
        ernst: "fout",
        at: "deadline_vragenlijst",
        message: "Het verplichte veld ‘datum’ of ‘wanneer’ ontbreekt in planningsonderdeel ‘deadline_vragenlijst’.",
        hint: "Geef een ‘datum’ of een ‘wanneer’, of allebei.",
      },
    ]);
    expect(told(planned("    wanneer: Half mei 2026\n"))).toEqual([]);
    // A misspelt datum is told once, as the unknown field.
    expect(told(planned("    datun: 2026-05-15\n")).map((d) => [d.code, d.hint])).toEqual([["BL003", "Bedoelt u ‘datum’?"]]);
  });
});
