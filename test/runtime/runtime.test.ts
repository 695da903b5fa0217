import { describe, expect, it } from "vitest";
import { dagenTussen, eersteVanMaand, eersteVanVolgendeMaand, isIsoDate, jaarVan, plusDagen, plusMaanden } from "../../runtime/dates.js";
import { aandeel, afronden, als, bekend, grootste, kleinste, naarBeneden, naarBoven, opzoeken } from "../../runtime/functions.js";
import { and3, between, countTrue, divide, gt, isIn, not3, or3, percentageOf } from "../../runtime/logic.js";
import { controleerFeiten, FeitenFout, kiesZorgsoort, type FeitBeschrijving } from "../../runtime/facts.js";

describe("three-valued logic (Kleene)", () => {
  it("en/of/niet with unknown", () => {
    expect(and3(false, null)).toBe(false);
    expect(and3(true, null)).toBe(null);
    expect(and3(true, true)).toBe(true);
    expect(or3(true, null)).toBe(true);
    expect(or3(false, null)).toBe(null);
    expect(or3(false, false)).toBe(false);
    expect(not3(null)).toBe(null);
    expect(not3(true)).toBe(false);
  });

  it("comparisons and arithmetic propagate unknown", () => {
    expect(gt(null, 150)).toBe(null);
    expect(gt(151, 150)).toBe(true);
    expect(gt(150, 150)).toBe(false);
    expect(between(5, 1, 5)).toBe(true);
    expect(between(null, 1, 5)).toBe(null);
    expect(isIn("04", ["04", "05"])).toBe(true);
    expect(divide(1, 0)).toBe(null);
    expect(percentageOf(30, 10)).toBe(3);
    expect(countTrue(true, false, true)).toBe(2);
  });
});

describe("functions", () => {
  it("aandeel is exact for whole numbers and unknown for a total of 0", () => {
    expect(aandeel(3, 10)).toBe(30);
    expect(aandeel(29, 100)).toBe(29);
    expect(aandeel(1, 3)).toBeCloseTo(33.333, 3);
    expect(aandeel(0, 0)).toBe(null);
  });

  it("rounding, min/max, als, bekend, opzoeken", () => {
    expect(naarBeneden(2.25)).toBe(2);
    expect(naarBoven(2.25)).toBe(3);
    expect(afronden(2.5)).toBe(3);
    expect(afronden(-2.5)).toBe(-3);
    expect(kleinste("2026-01-01", "2025-12-31")).toBe("2025-12-31");
    expect(grootste(3, 7)).toBe(7);
    expect(als(null, 1, 2)).toBe(null);
    expect(als(false, 1, 2)).toBe(2);
    expect(bekend(null)).toBe(false);
    expect(bekend(0)).toBe(true);
    expect(opzoeken({ a: 1 }, "a")).toBe(1);
    expect(opzoeken({ a: 1 }, "toString")).toBe(null);
  });
});

describe("dates", () => {
  it("first of (next) month, year", () => {
    expect(eersteVanVolgendeMaand("2026-03-15")).toBe("2026-04-01");
    expect(eersteVanVolgendeMaand("2025-12-31")).toBe("2026-01-01");
    expect(eersteVanMaand("2025-10-24")).toBe("2025-10-01");
    expect(jaarVan("2025-10-24")).toBe(2025);
    expect(eersteVanVolgendeMaand(null)).toBe(null);
  });

  it("first of (next) month works on the text exactly as through the calendar, for every day", () => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    for (const year of [100, 999, 2024, 2025, 2026, 9998]) {
      for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day = new Date(day.getTime() + 86_400_000)) {
        const date = iso(day);
        const first = new Date(Date.UTC(year, day.getUTCMonth(), 1));
        first.setUTCFullYear(year);
        const next = new Date(Date.UTC(year, day.getUTCMonth() + 1, 1));
        next.setUTCFullYear(day.getUTCMonth() === 11 ? year + 1 : year);
        expect(eersteVanMaand(date)).toBe(iso(first));
        expect(eersteVanVolgendeMaand(date)).toBe(iso(next));
      }
    }
  });

  it("first of (next) month stays right for months that share a slot of the table of month texts (1024 months apart)", () => {
    for (let k = 0; k < 3; k++) {
      expect(eersteVanMaand("2026-01-15")).toBe("2026-01-01");
      expect(eersteVanMaand("2111-05-02")).toBe("2111-05-01"); // 1024 months later
      expect(eersteVanVolgendeMaand("2025-12-31")).toBe("2026-01-01");
      expect(eersteVanVolgendeMaand("2111-04-30")).toBe("2111-05-01");
      expect(eersteVanVolgendeMaand("9999-12-01")).toBe(null);
      expect(eersteVanMaand("9999-12-01")).toBe("9999-12-01");
    }
  });

  it("adding days and months", () => {
    expect(plusDagen("2024-02-28", 1)).toBe("2024-02-29");
    expect(plusDagen("2025-03-30", 1)).toBe("2025-03-31");
    expect(plusMaanden("2026-01-31", 1)).toBe("2026-02-28");
    expect(plusMaanden("2026-11-15", 3)).toBe("2027-02-15");
    expect(plusMaanden("2026-03-15", -3)).toBe("2025-12-15");
    expect(dagenTussen("2025-10-01", "2025-10-24")).toBe(23);
  });

  it("a date that cannot be written jjjj-mm-dd (before 0001, after 9999) is unknown, and years below 100 are not 19xx", () => {
    expect(plusDagen("2026-01-01", 1e12)).toBe(null);
    expect(plusDagen("2026-01-01", 3e6)).toBe(null);
    expect(plusDagen("9999-12-31", 1)).toBe(null);
    expect(plusDagen("0001-01-01", -1)).toBe(null);
    expect(plusMaanden("2026-01-01", 1e15)).toBe(null);
    expect(plusMaanden("0001-03-15", -3)).toBe(null);
    expect(plusMaanden("9999-11-30", 1)).toBe("9999-12-30");
    expect(eersteVanVolgendeMaand("9999-12-15")).toBe(null);
    expect(plusDagen("0050-02-28", 1)).toBe("0050-03-01"); // was "1950-03-01"
    expect(plusDagen("0048-02-28", 1)).toBe("0048-02-29");
    expect(plusMaanden("0048-01-31", 1)).toBe("0048-02-29");
    expect(dagenTussen("0099-12-31", "0100-01-01")).toBe(1);
    expect(dagenTussen("0001-01-01", "9999-12-31")).toBe(3_652_058);
  });

  it("validates ISO dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("24-10-2025")).toBe(false);
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("0004-02-29")).toBe(true);
    expect(isIsoDate("0100-02-29")).toBe(false);
  });
});

describe("checking facts at the evaluator boundary", () => {
  const specs: FeitBeschrijving[] = [
    { id: "behandelindex", type: "getal", omschrijving: "De behandelindex.", onbekend: "Nieuwe praktijk." },
    { id: "skf", type: "ja/nee", omschrijving: "SKF-keurmerk." },
    { id: "registers", type: "verzameling", omschrijving: "Registers.", waarden: ["KP", "IRF"] },
    { id: "start", type: "datum", omschrijving: "Startdatum." },
  ];

  it("accepts usable facts, unknown only where allowed, and ignores extra keys", () => {
    expect(() => controleerFeiten(specs, { behandelindex: null, skf: true, registers: ["KP"], start: "2026-01-01", extra: 1 }, "test")).not.toThrow();
  });

  it("lists every problem at once, in Dutch", () => {
    try {
      controleerFeiten(specs, { behandelindex: "hoog", registers: ["KP", "XX"], start: "24-10-2025" }, "Fysiotherapie");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FeitenFout);
      const fout = error as FeitenFout;
      expect(fout.problemen.map((p) => p.feit)).toEqual(["behandelindex", "skf", "registers", "start"]);
      expect(fout.message).toContain("4 feiten zijn niet bruikbaar voor Fysiotherapie");
      expect(fout.message).toContain("‘behandelindex’ moet een getal zijn (of null als het onbekend is), maar is de tekst \"hoog\".");
      expect(fout.message).toContain("‘skf’ ontbreekt");
    }
  });

  it("rejects a non-object and an unknown care type", () => {
    expect(() => controleerFeiten(specs, [], "x")).toThrow(FeitenFout);
    expect(() => kiesZorgsoort({ fysiotherapie: 1 }, "fysio")).toThrow("Onbekende zorgsoort ‘fysio’; bekend zijn: ‘fysiotherapie’.");
  });

  it("names a care type that is not a text as what it is", () => {
    const evaluators = { fysiotherapie: 1 };
    const cases: [unknown, string][] = [
      [["fysiotherapie"], "een lijst"],
      [Object.create(null), "een object"],
      [undefined, "leeg"],
      [null, "onbekend (null)"],
      [3, "het getal 3"],
      [Symbol("fysiotherapie"), "een symbool"],
    ];
    for (const [zorgsoort, described] of cases) {
      expect(() => kiesZorgsoort(evaluators, zorgsoort)).toThrow(new Error(`De zorgsoort moet een tekst zijn, maar is ${described}.`));
    }
  });
});

describe("messages about facts", () => {
  const spec: FeitBeschrijving = { id: "aanvraagdatum", type: "datum", omschrijving: "De datum van de aanvraag." };

  it("say that a date written as a date does not exist", () => {
    expect(() => controleerFeiten([spec], { aanvraagdatum: "2026-02-30" }, "Fysiotherapie")).toThrow("‘aanvraagdatum’ moet een bestaande datum zijn; 2026-02-30 bestaat niet.");
    expect(() => controleerFeiten([spec], { aanvraagdatum: "30-02-2026" }, "Fysiotherapie")).toThrow("‘aanvraagdatum’ moet een datum als jjjj-mm-dd zijn, maar is de tekst \"30-02-2026\".");
  });

  const registers: FeitBeschrijving = { id: "kwaliteitsregisters", type: "verzameling", omschrijving: "De registers.", waarden: ["KP", "IRF", "SKF"] };
  const problem = (specs: readonly FeitBeschrijving[], facts: unknown): string => {
    try {
      controleerFeiten(specs, facts, "Fysiotherapie");
    } catch (error) {
      return (error as FeitenFout).problemen.map((p) => p.melding).join("\n");
    }
    return "";
  };

  it("say where a list has an empty place, and never call it a repeated value", () => {
    // `[, "KP"]` has a hole at position 1: not undefined, no element at all.
    expect(problem([registers], { kwaliteitsregisters: [, "KP"] })).toBe("‘kwaliteitsregisters’ heeft een lege plaats op positie 1.");
    expect(problem([registers], { kwaliteitsregisters: new Array(3) })).toBe("‘kwaliteitsregisters’ heeft lege plaatsen op de posities 1, 2 en 3.");
    expect(problem([registers], { kwaliteitsregisters: ["KP", undefined] })).toBe("‘kwaliteitsregisters’ heeft een lege plaats op positie 2.");
    // A huge sparse list is answered at once, naming the first places.
    expect(problem([registers], { kwaliteitsregisters: new Array(2 ** 32 - 1) })).toBe("‘kwaliteitsregisters’ heeft lege plaatsen op de posities 1, 2, 3, 4, 5 en verder.");
  });

  it("say which value a list holds more than once, and how often", () => {
    expect(problem([registers], { kwaliteitsregisters: ["KP", "KP"] })).toBe("‘kwaliteitsregisters’ bevat \"KP\" twee keer; elke waarde mag er één keer in staan.");
    expect(problem([registers], { kwaliteitsregisters: ["KP", "IRF", "KP", "IRF", "IRF"] })).toBe("‘kwaliteitsregisters’ bevat \"KP\" twee keer en \"IRF\" drie keer; elke waarde mag er één keer in staan.");
    expect(problem([registers], { kwaliteitsregisters: ["KP", "XX", 3] })).toBe("‘kwaliteitsregisters’ bevat \"XX\", het getal 3, maar mogelijke waarden zijn: \"KP\", \"IRF\", \"SKF\".");
  });

  it("name a BigInt, a symbol and a function as what they are", () => {
    const number: FeitBeschrijving = { id: "fte", type: "getal", omschrijving: "FTE." };
    expect(problem([number], { fte: 10n })).toBe("‘fte’ moet een getal zijn, maar is een groot geheel getal (BigInt).");
    expect(problem([number], { fte: Symbol() })).toBe("‘fte’ moet een getal zijn, maar is een symbool.");
    expect(problem([number], { fte: () => 1 })).toBe("‘fte’ moet een getal zijn, maar is een functie.");
    expect(problem([number], { fte: {} })).toBe("‘fte’ moet een getal zijn, maar is een object.");
  });

  it("name a number that is not finite as what it is: 1e400 in JSON is Infinity", () => {
    const number: FeitBeschrijving = { id: "fysiotherapeuten", type: "getal", omschrijving: "Het aantal." };
    const parsed = JSON.parse('{ "fysiotherapeuten": 1e400 }') as unknown;
    expect(problem([number], parsed)).toBe("‘fysiotherapeuten’ moet een getal zijn, maar is oneindig groot (Infinity).");
    expect(problem([number], { fysiotherapeuten: -Infinity })).toBe("‘fysiotherapeuten’ moet een getal zijn, maar is oneindig klein (-Infinity).");
    expect(problem([number], { fysiotherapeuten: NaN })).toBe("‘fysiotherapeuten’ moet een getal zijn, maar is geen getal (NaN).");
  });

  it("say once that a Map, Set, Date or Promise holds no facts, instead of every fact missing", () => {
    const number: FeitBeschrijving = { id: "fte", type: "getal", omschrijving: "FTE." };
    const specs = [number, registers, spec];
    expect(problem(specs, new Map([["fte", 3]]))).toBe("De feiten moeten een object zijn met per feit een waarde, maar zijn een Map. Een Map is geen object met feiten; maak er een van met Object.fromEntries(…).");
    expect(problem(specs, new Set())).toBe("De feiten moeten een object zijn met per feit een waarde, maar zijn een Set.");
    expect(problem(specs, new Date())).toBe("De feiten moeten een object zijn met per feit een waarde, maar zijn een Date-object.");
    expect(problem(specs, Promise.resolve({}))).toBe("De feiten moeten een object zijn met per feit een waarde, maar zijn een Promise. Wacht eerst op de feiten (await).");
    expect(problem([spec], { aanvraagdatum: new Date() })).toBe("‘aanvraagdatum’ moet een datum als jjjj-mm-dd zijn, maar is een Date-object.");
  });

  it("mention null for a fact that may be unknown, whether it is missing or wrong", () => {
    const index: FeitBeschrijving = { id: "behandelindex", type: "getal", omschrijving: "De behandelindex.", onbekend: "Nieuwe praktijk." };
    expect(problem([index], {})).toBe("‘behandelindex’ ontbreekt; verwacht een getal of null als het onbekend is. Omschrijving: De behandelindex.");
    expect(problem([index], { behandelindex: "hoog" })).toBe("‘behandelindex’ moet een getal zijn (of null als het onbekend is), maar is de tekst \"hoog\".");
    const choice: FeitBeschrijving = { id: "regio", type: "keuze", omschrijving: "De regio.", waarden: ["noord", "zuid"], onbekend: "Soms." };
    expect(problem([choice], { regio: "oost" })).toBe("‘regio’ moet een van deze waarden zijn: \"noord\", \"zuid\" (of null als het onbekend is); het is de tekst \"oost\".");
  });

  it("give a description taken from a rule's text as a sentence, also one that ends in a parenthesis", () => {
    const declared: FeitBeschrijving = { id: "richtlijnen", type: "ja/nee", omschrijving: "De praktijk werkt volgens de richtlijnen die gelden binnen de beroepsgroep;" };
    expect(problem([declared], {})).toBe("‘richtlijnen’ ontbreekt; verwacht ja of nee (true of false). Omschrijving: De praktijk werkt volgens de richtlijnen die gelden binnen de beroepsgroep.");
    const skf: FeitBeschrijving = { id: "skf_keurmerk", type: "ja/nee", omschrijving: "De praktijk heeft een praktijkregistratie in het kwaliteitsregister van SKF (label Keurmerk)" };
    expect(problem([skf], {})).toBe("‘skf_keurmerk’ ontbreekt; verwacht ja of nee (true of false). Omschrijving: De praktijk heeft een praktijkregistratie in het kwaliteitsregister van SKF (label Keurmerk).");
    const question: FeitBeschrijving = { id: "open", type: "ja/nee", omschrijving: "Is de praktijk open? " };
    expect(problem([question], {})).toBe("‘open’ ontbreekt; verwacht ja of nee (true of false). Omschrijving: Is de praktijk open?");
    expect(problem([{ id: "kaal", type: "tekst", omschrijving: "" }], {})).toBe("‘kaal’ ontbreekt; verwacht een tekst.");
  });

  it("name the possible values of a missing keuze or verzameling, the first six of a long list", () => {
    expect(problem([registers], {})).toBe("‘kwaliteitsregisters’ ontbreekt; verwacht een lijst met waarden uit: \"KP\", \"IRF\", \"SKF\". Omschrijving: De registers.");
    const long: FeitBeschrijving = { id: "regio", type: "keuze", omschrijving: "De regio.", waarden: ["a", "b", "c", "d", "e", "f", "g", "h"], onbekend: "Soms." };
    expect(problem([long], {})).toBe("‘regio’ ontbreekt; verwacht een van deze waarden: \"a\", \"b\", \"c\", \"d\", \"e\", \"f\" en nog 2 andere (of null als het onbekend is). Omschrijving: De regio.");
  });

  it("do not call facts that are not an object 'one fact'", () => {
    expect(() => controleerFeiten([spec], null, "Fysiotherapie")).toThrow(/^De feiten zijn niet bruikbaar voor Fysiotherapie:\n- De feiten moeten een object zijn/);
  });
});
