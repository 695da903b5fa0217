/**
 * Mistakes a policy author makes, found by writing a policy from scratch: each gets a message
 * about what was meant, at the place it was made.
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileText } from "../../compiler/compile.js";
import { runTestFiles } from "../../compiler/testing/index.js";
import { compile, group, policyWith, rule, yamlText } from "../analyse/policy.js";

/** Code, the text the diagnostic points at, its message and hint. */
function problems(text: string): { code: string; at: string; message: string; hint: string | undefined }[] {
  const result = compile(text);
  return result.diagnostics
    .filter((d) => d.severity === "fout")
    .map((d) => ({ code: d.code, at: result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "", message: d.message, hint: d.hint ?? undefined }));
}

const withCondition = (condition: string) => policyWith(group("g", "randvoorwaarde", rule("r", condition)));

describe("mistakes in conditions", () => {
  it("a yes/no fact compared with a number or with quoted ja: the hint is about the fact", () => {
    expect(problems(withCondition("a = 1"))[0]?.hint).toBe("‘a’ is ja/nee: schrijf ‘a’ of ‘niet a’, of vergelijk het met ja of nee.");
    expect(problems(withCondition('a = "ja"'))[0]?.hint).toBe("Schrijf ja en nee zonder aanhalingstekens.");
    // The other way round the hint is still about the other side.
    expect(problems(withCondition("y = ja"))[0]?.hint).toBe("‘y’ is een getal; vergelijk het met een getal.");
  });

  it("a date written as dd-mm-jjjj, with one-digit parts or with slashes gets the date format", () => {
    // The date meant, from the three numbers.
    for (const date of ["01-01-2027", "2027-1-1", "2027/01/01", "1/1/2027"]) {
      expect(problems(withCondition(`d <= ${date}`))[0]?.hint, date).toBe("Schrijf een datum als jjjj-mm-dd, zonder aanhalingstekens: bedoelt u 2027-01-01?");
    }
    expect(problems(withCondition("d <= 15-06-2026"))[0]?.hint).toBe("Schrijf een datum als jjjj-mm-dd, zonder aanhalingstekens: bedoelt u 2026-06-15?");
    // No date to be found: the form.
    for (const date of ["31-02-2027", "1-2027", "01-01-27"]) {
      expect(problems(withCondition(`d <= ${date}`))[0]?.hint, date).toBe("Schrijf een datum als jjjj-mm-dd, met twee cijfers voor maand en dag en zonder aanhalingstekens: 2027-01-01.");
    }
    expect(problems(withCondition("d <= 1 januari 2027"))[0]).toMatchObject({ at: "januari", hint: "Schrijf een datum als jjjj-mm-dd, zonder aanhalingstekens: 2027-01-01 voor 1 januari 2027." });
  });

  it("a percentage compared with a plain number is told which percentage was meant", () => {
    const policy = policyWith(group("g", "randvoorwaarde", rule("r", "aandeel(y, y) >= 60")));
    expect(problems(policy)[0]?.hint).toBe("Bedoelt u 60%? Een percentage wordt vergeleken met een percentage.");
  });

  it("a value of a choice written without quotes is told as that, not as an unknown fact", () => {
    expect(problems(withCondition("k = groen"))[0]).toMatchObject({ code: "BL201", at: "groen", hint: '‘groen’ is een waarde van het feit ‘k’; schrijf een waarde tussen aanhalingstekens: "groen".' });
  });

  it("English operator words get the Dutch ones", () => {
    expect(problems(withCondition("a and b"))[0]).toMatchObject({ at: "and", hint: "Voorwaarden worden in het Nederlands geschreven: ‘en’ in plaats van ‘and’." });
    expect(problems(withCondition("a OR b"))[0]?.hint).toBe("Voorwaarden worden in het Nederlands geschreven: ‘of’ in plaats van ‘OR’.");
  });

  it("a percent sign before the number is told so, not as a space", () => {
    expect(problems(withCondition("p >= %40"))[0]?.hint).toBe("Het procentteken staat achter het getal: 30%.");
    expect(problems(withCondition("p >= 40 %"))[0]?.hint).toBe("Schrijf een percentage zonder spatie: 30%.");
  });

  it("a condition that begins with ! is not silently empty: YAML reads it as a tag", () => {
    const text = withCondition("a").replace("voorwaarde: 'a'", "voorwaarde: !a");
    expect(problems(text)).toEqual([
      {
        code: "BL001",
        at: "!a",
        message: "Het bestand is geen geldige YAML: een waarde die met ‘!’ begint, leest YAML als een label (‘!a’) en niet als tekst; het label zou verloren gaan.",
        hint: "Schrijf in een voorwaarde ‘niet …’ in plaats van ‘!’; zet een tekst die met ‘!’ begint tussen aanhalingstekens.",
      },
    ]);
    // A text that begins with a word after ! would lose that word.
    expect(problems(withCondition("a").replace("tekst: Regel r.", "tekst: !Let op"))[0]?.at).toBe("!Let");
  });
});

describe("rule shape", () => {
  it("a rule with both a condition and ‘verklaring: ja’ says so (not that it has neither)", () => {
    const text = withCondition("a").replace("bij_onbekend: onwaar", "bij_onbekend: onwaar\n        verklaring: ja");
    expect(problems(text)).toEqual([
      {
        code: "BL313",
        at: "verklaring",
        message: "De regel ‘r’ heeft een ‘voorwaarde’ en is ook een ‘verklaring’.",
        hint: "Een regel is óf een voorwaarde óf een verklaring, niet allebei: haal er een van weg.",
      },
    ]);
    const neither = withCondition("a").replace("        voorwaarde: 'a'\n        bij_onbekend: onwaar\n", "");
    expect(problems(neither)[0]?.message).toBe("De regel ‘r’ heeft geen ‘voorwaarde’ en is geen ‘verklaring’.");
  });
});

describe("file name", () => {
  const warnings = (path: string) =>
    compileText(path, withCondition("a"))
      .diagnostics.filter((d) => d.code === "BL014")
      .map((d) => d.message);

  it("a file named after a version, in a folder named after the domain, must say the same (BL014)", () => {
    expect(warnings("proef/2026.policy")).toEqual([]);
    expect(warnings("proef/2027.policy")).toEqual(["Het bestand heet ‘2027.policy’, maar ‘versie’ is ‘2026’: de evaluator heet naar het bestand (‘2027.js’), maar het document en het wijzigingsverslag noemen versie ‘2026’."]);
    expect(warnings("wijkverpleging/2026.policy")).toEqual(["Het bestand heet ‘wijkverpleging/2026.policy’, maar ‘domein’ is ‘proef’: beleid build schrijft de evaluator daarom in de map ‘proef’, niet in ‘wijkverpleging’."]);
    // Other names (a draft, an example) are not compared.
    expect(warnings("wijkverpleging/concept.policy")).toEqual([]);
  });
});

describe("follow-on errors", () => {
  it("a factor with an unknown care type does not also make an agreement look unreachable", () => {
    const tiers = "        A: { naam: Overeenkomst A, factoren: 2 }\n        B: { naam: Overeenkomst B, factoren: 1 }\n        C: { naam: Overeenkomst C, factoren: 0 }\n";
    const factors = group("f", "differentiatiefactor", rule("f1", "b") + rule("f2", "a", "        zorgsoorten: [drie]\n"), "[een]");
    const codes = problems(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors, tiers)).map((p) => p.code);
    expect(codes).toEqual(["BL302"]);
  });
});

describe("the cause before its consequences", () => {
  /** All diagnostics, warnings too, in the order beleid check shows them (not BL208, for the ‘bij_onbekend’ of `rule`). */
  const all = (text: string) => {
    const result = compile(text);
    return result.diagnostics.filter((d) => d.code !== "BL208").map((d) => ({ code: d.code, at: result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "", hint: d.hint }));
  };

  it("a misspelt ‘voorwaarde’ is told as that, not also as a rule without a condition (BL313)", () => {
    const text = withCondition("a").replace("voorwaarde: 'a'", "voorwarde: 'a'");
    expect(all(text)).toEqual([{ code: "BL003", at: "voorwarde", hint: "Bedoelt u ‘voorwaarde’?" }]);
    // A rule that has no condition at all still gets BL313.
    const without = withCondition("a").replace("        voorwaarde: 'a'\n", "        toelichting: Geen voorwaarde.\n");
    expect(all(without).map((d) => d.code)).toEqual(["BL313"]);
  });

  it("a misspelt care type in a factor's list does not also make the differentiation look empty (BL305)", () => {
    const tiers = "        A: { naam: Overeenkomst A, factoren: 1 }\n        B: { naam: Overeenkomst B, factoren: 0 }\n";
    const factors = group("f", "differentiatiefactor", rule("f1", "b"), "[eeen]");
    expect(all(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors, tiers))).toEqual([{ code: "BL302", at: "eeen", hint: "Bedoelt u ‘een’?" }]);
    // Without the misspelling the differentiation is empty, and is told so.
    const none = group("f", "differentiatiefactor", rule("f1", "b"), "[twee]");
    expect(all(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + none, tiers)).map((d) => d.code)).toContain("BL305");
    // A factor group cut out for a list without brackets: the same.
    const unlisted = group("f", "differentiatiefactor", rule("f1", "b"), "een");
    expect(all(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + unlisted, tiers)).map((d) => d.code)).toEqual(["BL005"]);
  });

  it("a group cut out for its care types does not make a care type look without rules (BL311)", () => {
    const text = policyWith(group("g", "randvoorwaarde", rule("r", "a"), "een") + group("h", "randvoorwaarde", rule("q", "x > 1"), "[twee]"));
    expect(all(text)).toEqual([
      { code: "BL005", at: "een", hint: "Schrijf een lijst tussen [ en ], ook als er maar één waarde is: [een]." },
    ]);
  });
});

describe("a field one level too far left", () => {
  it("is told at the field, with a hint to indent it as the rule above, and the rule is not said to lack it", () => {
    const text = withCondition("a").replace("        bij_onbekend: onwaar\n", "").replace("        voorwaarde: 'a'\n", "      voorwaarde: 'a'\n");
    expect(problems(text)).toEqual([
      {
        code: "BL005",
        at: "voorwaarde",
        message: "Hier wordt een lijst van sleutels met waarden verwacht, maar er staat ‘a’.",
        hint: "‘voorwaarde’ is een veld van een regel, maar staat hier als een eigen regel: springt het te weinig in? Laat het even ver inspringen als de velden van regel ‘r’ erboven.",
      },
    ]);
  });

  it("also a required field (the rule's ‘tekst’), and a field whose value is a map (‘uitzondering’)", () => {
    const tekst = policyWith(group("g", "randvoorwaarde", "      r:\n        voorwaarde: a\n      tekst: Regel r.\n"));
    expect(problems(tekst).map((p) => [p.code, p.at])).toEqual([["BL005", "tekst"]]);
    expect(problems(tekst)[0]?.hint).toContain("de velden van regel ‘r’ erboven");
    const exception = policyWith(group("g", "uitsluiting", rule("r", "a") + "      uitzondering:\n        voorwaarde: b\n        route: Vraag het aan.\n"));
    expect(problems(exception).map((p) => [p.code, p.at])).toEqual([["BL004", "uitzondering"]]);
    expect(problems(exception)[0]?.hint).toBe("‘uitzondering’ is een veld van een regel, maar staat hier als een eigen regel: springt het te weinig in? Laat het even ver inspringen als de velden van regel ‘r’ erboven.");
  });

  it("a fact's field too far left is told the same way", () => {
    const text = withCondition("a").replace("    omschrijving: Nog een ja/nee-feit.\n", "  omschrijving: Nog een ja/nee-feit.\n");
    expect(problems(text)[0]).toMatchObject({ code: "BL005", at: "omschrijving" });
    expect(problems(text)[0]?.hint).toContain("is een veld van een feit, maar staat hier als een eigen feit");
  });
});

describe("hints for a value in the wrong form", () => {
  it("one care type where a list is expected: write it as a list", () => {
    const text = withCondition("a").replace("    zorgsoorten: alle", "    zorgsoorten: een, twee");
    expect(problems(text)[0]).toMatchObject({ code: "BL005", hint: "Schrijf een lijst tussen [ en ], ook als er maar één waarde is: [een, twee]." });
  });

  it("a number with a decimal comma in a number field gets the decimal point, as in a condition", () => {
    const text = withCondition("y > 1").replace("    omschrijving: Een getal.\n", "    omschrijving: Een getal.\n    minimum: 0,5\n");
    expect(problems(text)[0]).toMatchObject({ code: "BL005", at: "0,5", hint: "Gebruik een punt als decimaalteken: 0.5 in plaats van 0,5." });
    expect(problems(withCondition("y > 140,5"))[0]?.hint).toBe("Gebruik een punt als decimaalteken: 140.5 in plaats van 140,5.");
  });

  it("a unit after a number in a condition belongs to the fact", () => {
    expect(problems(withCondition("y <= 5 werkdagen"))[0]).toMatchObject({
      code: "BL102",
      at: "werkdagen",
      hint: "Een eenheid hoort niet in de voorwaarde: schrijf alleen het getal (5). De eenheid staat bij het feit, onder ‘feiten’ (‘eenheid: werkdagen’).",
    });
    expect(problems(withCondition("p >= 30 procent"))[0]?.hint).toBe("Schrijf een percentage met een procentteken: 30%.");
    // A fact's name after a number is more likely a missing ‘en’: no unit hint.
    expect(problems(withCondition("y <= 5 werk_dagen"))[0]?.hint).toBeUndefined();
  });

  it("a condition that begins with a comparison is one YAML error, with a hint", () => {
    const text = withCondition("a").replace("voorwaarde: 'a'", "voorwaarde: >= 5");
    expect(problems(text)).toEqual([
      {
        code: "BL001",
        at: ">= 5",
        message: "Het bestand is geen geldige YAML: een waarde die met ‘>’ begint, leest YAML niet als tekst; zet de hele waarde tussen aanhalingstekens.",
        hint: "Een vergelijking begint met de naam van het feit dat vergeleken wordt, bijvoorbeeld ‘behandelindex >= 5’.",
      },
    ]);
    // Between quotes YAML reads it, and the expression says the same.
    expect(problems(withCondition("<= 5"))[0]).toMatchObject({ code: "BL102", at: "<=", hint: "Een vergelijking begint met de naam van het feit dat vergeleken wordt, bijvoorbeeld ‘behandelindex <= 5’." });
  });
});

describe("field values", () => {
  it("bij_onbekend: nee suggests onwaar", () => {
    const text = withCondition("x > 5").replace("bij_onbekend: onwaar", "bij_onbekend: nee");
    expect(problems(text)[0]).toMatchObject({ code: "BL006", hint: "Bedoelt u ‘onwaar’? Toegestaan: waar, onwaar." });
  });
});

describe("parentheses", () => {
  it("an expression that ends with a parenthesis open names the one that is not closed", () => {
    expect(problems(withCondition("b en (a of (y > 1 en a)"))[0]).toMatchObject({
      code: "BL103",
      hint: "Het haakje ‘(’ voor ‘a of (y > 1 en a)’ wordt niet gesloten; zet een ‘)’ waar het deel tussen haakjes ophoudt.",
    });
  });
});

describe("care types", () => {
  it("a rule's own care type list gets a suggestion from its group's care types", () => {
    const text = withCondition("a").replace("bij_onbekend: onwaar", "bij_onbekend: onwaar\n        zorgsoorten: [tween]");
    expect(problems(text)[0]).toMatchObject({ code: "BL302", at: "tween", hint: "Bedoelt u ‘twee’?" });
  });
});

describe("volgorde", () => {
  it("refuses a group the document shows in another chapter, and says where it is shown (BL317)", () => {
    const text = policyWith(group("g", "randvoorwaarde", rule("r", "a", "        hoofdstuk: h\n")).replace("    hoofdstuk: h\n", "    hoofdstuk: h2\n"))
      .replace('  h: { nummer: "3", titel: Voorwaarden }', '  h: { nummer: "3", titel: Voorwaarden }\n  h2: { nummer: "4", titel: Procedure, volgorde: [groep g] }');
    const found = problems(text).filter((p) => p.code === "BL317");
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("Hoofdstuk 4 (‘h2’) heeft geen groep ‘g’");
    expect(found[0]?.message).toContain("Het document toont deze groep bij haar regels");
  });
});

describe("care type keys", () => {
  it("a key that would give a type name the generated module already has is refused", () => {
    const text = policyWith(group("g", "randvoorwaarde", rule("r", "a"))).replace("  twee:\n    naam: Twee", "  fout:\n    naam: Twee");
    expect(problems(text)[0]).toMatchObject({ code: "BL215", at: "fout" });
    expect(problems(text)[0]?.hint).toContain("FeitenFout");
    // FeitenVoor<Z> is the generic facts type of the module.
    const voor = policyWith(group("g", "randvoorwaarde", rule("r", "a"))).replace("  twee:\n    naam: Twee", "  voor:\n    naam: Twee");
    expect(problems(voor)[0]).toMatchObject({ code: "BL215", at: "voor" });
  });

  it("two keys that would give the same function names (a_1 and a1) are refused at the second", () => {
    const base = policyWith(group("g", "randvoorwaarde", rule("r", "a")));
    const text = base.replace("  twee:\n    naam: Twee", "  zorg_1:\n    naam: Twee").replace(/\n  (\w+):\n    naam: Een/, "\n  zorg1:\n    naam: Een");
    const found = problems(text).filter((p) => p.code === "BL215");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ at: "zorg_1" });
    expect(found[0]?.hint).toContain("‘zorg_1’ en ‘zorg1’ krijgen in de evaluator dezelfde namen (Zorg1)");
    // Keys that differ only in capitals say so.
    const capitals = problems(base.replace("  twee:\n    naam: Twee", "  Zorg:\n    naam: Twee").replace(/\n  (\w+):\n    naam: Een/, "\n  zorg:\n    naam: Een")).filter((p) => p.code === "BL215");
    expect(capitals[0]?.hint).toContain("moeten meer verschillen dan in hoofdletters.");
    // Differing in more than underscores is fine.
    expect(problems(base.replace("  twee:\n    naam: Twee", "  zorg_2:\n    naam: Twee")).filter((p) => p.code === "BL215")).toEqual([]);
  });
});

describe("an empty value where a form is expected", () => {
  it("says there is nothing, not that ‘’ has the wrong form", () => {
    const text = policyWith(group("g", "randvoorwaarde", rule("r", "a"))).replace('  h: { nummer: "3", titel: Voorwaarden }', '  h:\n    nummer: "3"\n    titel: Voorwaarden\n    volgorde:\n      - \n      - groep g');
    const found = problems(text).filter((p) => p.code === "BL005" || p.code === "BL007");
    expect(found.map((p) => p.code)).toEqual(["BL005"]);
    expect(found[0]?.message).toBe("Hier wordt een waarde in de vorm ‘tekst <sleutel>’, ‘groep <sleutel>’, ‘tabel <sleutel>’, ‘datumregel <sleutel>’, ‘overeenkomst <zorgsoort>’, ‘differentiatie <zorgsoort>’, ‘overeenkomsten’ of ‘planning’ verwacht, maar er staat niets.");
  });
});

describe("a mistake in an anchored value", () => {
  it("is reported once by compileText (as by beleid check), not once per alias to it", () => {
    const path = "policies/hulpmiddelen/2026-07.policy";
    const text = readFileSync(path, "utf8").replace("niet (geselecteerd_voor_onderhandeling en", "niet (geselecteerd_voor_onderhandelin en");
    const aliases = text.match(/\*[a-z_]+/g)?.length ?? 0;
    expect(aliases).toBeGreaterThan(1);
    const found = compileText(path, text).diagnostics.filter((d) => d.code === "BL201");
    expect(found).toHaveLength(1);
  });
});

describe("a key used twice", () => {
  it("names the line of the first use, and a factor left out for it does not make a tier unreachable", () => {
    const path = "policies/geboortezorg/2026.policy";
    const text = readFileSync(path, "utf8").replace("      kz_opleiden:\n", "      kz_loondienst:\n");
    const found = compileText(path, text).diagnostics.filter((d) => d.severity === "fout");
    const first = text.slice(0, text.indexOf("      kz_loondienst:")).split("\n").length;
    expect(found.map((d) => [d.code, d.message])).toEqual([["BL303", `De sleutel ‘kz_loondienst’ wordt al gebruikt voor een regel in groep ‘kraamzorg_randvoorwaarden’ (regel ${first}).`]]);
  });
});

describe("table rows", () => {
  it("keep the order of the file, also when a key looks like a whole number", () => {
    const path = "policies/mondzorg/2025.policy";
    const text = readFileSync(path, "utf8").replace(
      "      Vragen over toestemming: { bereikbaarheid: mg@aevitae.com }\n",
      '      Vragen over toestemming: { bereikbaarheid: mg@aevitae.com }\n      "2024": { bereikbaarheid: archief@caresq.nl }\n      "10": { bereikbaarheid: tien@caresq.nl }\n',
    );
    const table = compileText(path, text).model?.tables.find((t) => t.id === "bereikbaarheid");
    expect(table?.rows.map((r) => r.key)).toEqual(["Vragen over zorginkoop", "Aanvragen zorgovereenkomst", "Vragen over declaraties", "Vragen over toestemming", "2024", "10"]);
  });
});

describe("a selective purchase rule's deelzorg, which the explanation puts in the middle of a sentence", () => {
  /** The BL320 warnings for a selective purchase rule with this `deelzorg` (and this published text). */
  const carePartWarnings = (deelzorg: string, tekst = "Regel r.") => {
    const policy = policyWith(group("g", "selectieve_inkoop", `      r:\n        tekst: ${yamlText(tekst)}\n        deelzorg: ${yamlText(deelzorg)}\n        voorwaarde: a\n`));
    const result = compile(policy);
    return result.diagnostics.filter((d) => d.code === "BL320").map((d) => ({ at: result.sources.get(d.span.file)?.text.slice(d.span.start, d.span.end) ?? "", message: d.message, hint: d.hint }));
  };

  it("warns for a final full stop, with the text that fits", () => {
    expect(carePartWarnings("zorg bij de ziekte van Parkinson.")).toEqual([
      {
        at: "'zorg bij de ziekte van Parkinson.'",
        message: "De deelzorg ‘zorg bij de ziekte van Parkinson.’ eindigt op een punt, maar de toelichting noemt haar midden in een zin: ‘Caresq koopt zorg bij de ziekte van Parkinson. niet bij u in: …’.",
        hint: "Schrijf ‘deelzorg: zorg bij de ziekte van Parkinson’.",
      },
    ]);
    expect(carePartWarnings("looptraining:")[0]?.message).toContain("eindigt op een dubbele punt");
    expect(carePartWarnings("looptraining;")[0]?.hint).toBe("Schrijf ‘deelzorg: looptraining’.");
  });

  it("warns for a capital that is no abbreviation or proper noun, and says how a proper noun keeps it", () => {
    expect(carePartWarnings("Paramedische zorg bij de ziekte van Parkinson")).toEqual([
      {
        at: "'Paramedische zorg bij de ziekte van Parkinson'",
        message:
          "De deelzorg ‘Paramedische zorg bij de ziekte van Parkinson’ begint met een hoofdletter, maar de toelichting noemt haar midden in een zin: ‘Caresq koopt Paramedische zorg bij de ziekte van Parkinson niet bij u in: …’.",
        hint: "Schrijf ‘deelzorg: paramedische zorg bij de ziekte van Parkinson’. Is ‘Paramedische’ hier een eigennaam? Schrijf het dan ook in de tekst van de regel midden in een zin met een hoofdletter; dan vervalt deze waarschuwing.",
      },
    ]);
    expect(carePartWarnings("Looptraining.")[0]?.hint).toMatch(/^Schrijf ‘deelzorg: looptraining’\./);
  });

  it("leaves abbreviations, proper nouns and text that fits alone", () => {
    for (const fits of ["paramedische zorg bij de ziekte van Parkinson", "GLI-programma’s", "ParkinsonNet-zorg", "zorg bij e.a.", "gesuperviseerde oefentherapie (looptraining) bij Claudicatio Intermittens"]) {
      expect(carePartWarnings(fits), fits).toEqual([]);
    }
    // The rule's text writes the word with its capital inside a sentence: a proper noun.
    expect(carePartWarnings("Parkinsonzorg", "Wij kopen de Parkinsonzorg selectief in.")).toEqual([]);
    // At the start of the text the capital says nothing.
    expect(carePartWarnings("Parkinsonzorg", "Parkinsonzorg kopen wij selectief in.")).toHaveLength(1);
  });

  it("does not warn for the policies in this repository", () => {
    for (const file of ["2025", "2026-04", "2026-07"]) {
      const result = compileText(`${file}.policy`, readFileSync(`policies/paramedische-zorg/${file}.policy`, "utf8"));
      expect(result.diagnostics.filter((d) => d.code === "BL320"), file).toEqual([]);
    }
  });
});

describe("a selective purchase rule is named as the change report names it", () => {
  it("BL307: an exception on it", () => {
    const policy = policyWith(
      group("g", "selectieve_inkoop", `      r:\n        tekst: Regel r.\n        deelzorg: looptraining\n        voorwaarde: a\n        uitzondering:\n          voorwaarde: a\n          route: Mail ons.\n`),
    );
    expect(problems(policy).find((p) => p.code === "BL307")?.message).toBe("Alleen een uitsluiting kan een uitzondering hebben; deze regel is een voorwaarde voor selectieve inkoop.");
  });
});

describe("a selective purchase rule in a policy test", () => {
  it("BL507: an outcome it cannot have", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beleid-selectief-"));
    cpSync("test/fixtures/diagnostics/BL320/invoer.policy", join(dir, "invoer.policy"));
    writeFileSync(
      join(dir, "invoer.test.yaml"),
      "taalversie: 1\ngevallen:\n  - naam: Niet aangesloten\n    zorgsoort: fysiotherapie\n    feiten:\n      kwaliteitsregister: ja\n      levert_parkinsonzorg: ja\n      aangesloten_parkinsonnet: nee\n    verwacht:\n      regels:\n        parkinsonnet: uitgesloten\n",
    );
    const run = await runTestFiles([join(dir, "invoer.test.yaml")]);
    expect(run.diagnostics.filter((d) => d.code === "BL507").map((d) => d.message)).toEqual(["‘uitgesloten’ is geen uitkomst van een voorwaarde voor selectieve inkoop."]);
  });
});
