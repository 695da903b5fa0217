/**
 * The checks of the static analysis on small policies: what each one finds, how it names the
 * place, and where it stays silent (a fact used in a way the analysis cannot follow, a shared
 * rule that reads `zorgsoort`).
 */

import { describe, expect, it } from "vitest";
import { compile, group, oneCareTypePolicy, policyWith, rule, warnings, yamlText } from "./policy.js";

const conditions = (...rules: string[]) => warnings(compile(policyWith(group("g", "randvoorwaarde", rules.join("")))));
const one = (condition: string) => conditions(rule("r", condition));

describe("BL403: a condition that is always or never true", () => {
  it.each([
    ["x > 150 en x < 100", "nooit waar"],
    ["y > 5 of y <= 5", "altijd waar"],
    ["x > 5 of x <= 5", "altijd waar (of onbekend)"],
    ["a of niet a", "altijd waar"],
    ['k in ["rood", "groen", "blauw"]', "altijd waar"],
    ["aantal(s) >= 0", "altijd waar"],
    ["aantal(s) > 8", "nooit waar"],
    ["contractjaar - y > 3 en y > 2023", "nooit waar"],
    ["d < 2025-01-01 en d > 2024-12-31", "nooit waar"],
    ["jaar(d) = 2025 en d < 2025-01-01", "nooit waar"],
    ['t = "a" en t = "b"', "nooit waar"],
    ['t = "a" of t ≠ "a"', "altijd waar"],
    ['s bevat "v1" en niet (s bevat "v1")', "nooit waar"],
    ["y tussen 10 en 5", "nooit waar"],
    ["p > 50% en p < 40%", "nooit waar"],
    ['niet (s bevat "v1") en aantal(s) = 8', "nooit waar"],
  ])("%s is %s", (condition, outcome) => {
    const result = compile(policyWith(group("g", "randvoorwaarde", rule("r", condition))));
    const found = result.diagnostics.filter((d) => d.code === "BL403");
    expect(found.map((d) => d.message)).toEqual([`De voorwaarde van regel ‘r’ is ${outcome}, wat de feiten ook zijn.`]);
    expect(found[0]?.span.end).toBeGreaterThan(found[0]?.span.start ?? 0);
  });

  it.each(["y > 5 en y < 6", "d <= 2025-01-01 en d >= 2025-01-01", "x > 5 of y > 5", 'k = "rood" of a', "aantal(s) = 8", "bekend(x)", 'niet (s bevat "v1") en aantal(s) = 7'])("%s can go both ways", (condition) => {
    expect(one(condition)).toEqual([]);
  });

  it("knows the range of a fact: beyond its maximum, or between two whole numbers of a whole fact, is never", () => {
    const facts = `  q:
    type: percentage
    omschrijving: Een aandeel.
    minimum: 0
    maximum: 100
  n:
    type: getal
    omschrijving: Een aantal.
    geheel: ja
    minimum: 0
`;
    const outcome = (condition: string) => {
      const text = oneCareTypePolicy({ title: "Bereik", facts, soort: "randvoorwaarde", rules: rule("r", condition) });
      return compile(text).diagnostics.filter((d) => d.code === "BL403").map((d) => d.message);
    };
    expect(outcome("q > 100%")).toEqual(["De voorwaarde van regel ‘r’ is nooit waar, wat de feiten ook zijn."]);
    expect(outcome("q >= 0%")).toEqual(["De voorwaarde van regel ‘r’ is altijd waar, wat de feiten ook zijn."]);
    expect(outcome("n > 4 en n < 5")).toEqual(["De voorwaarde van regel ‘r’ is nooit waar, wat de feiten ook zijn."]);
    expect(outcome("n > 4.5 en n < 5.5")).toEqual([]); // 5
    expect(outcome("n < 0")).toEqual(["De voorwaarde van regel ‘r’ is nooit waar, wat de feiten ook zijn."]);
    expect(outcome("q > 50% en n >= 1")).toEqual([]);
  });

  it("compares two numbers with each other", () => {
    expect(one("y < x en y > x")).toEqual(["BL403 y < x en y > x"]);
    expect(one("y <= x en y >= x en y > 5")).toEqual([]);
    expect(one("(y < x of y = x of y > x) en bekend(x)")).toEqual(["BL403 (y < x of y = x of y > x)"]);
    expect(one("y > x en x > 5 en y < 6")).toEqual([]);
  });

  it("knows a part is not greater than its whole (niet_groter_dan), when both are known", () => {
    const facts = `  n:
    type: getal
    omschrijving: Het aantal therapeuten.
    geheel: ja
    minimum: 0
  m:
    type: getal
    omschrijving: Het aantal therapeuten met een verbijzondering.
    geheel: ja
    minimum: 0
    niet_groter_dan: n
  u:
    type: getal
    omschrijving: Een deel dat onbekend mag zijn.
    niet_groter_dan: n
    onbekend: Soms niet bekend.
  v:
    type: getal
    omschrijving: Een getal met decimalen.
`;
    const outcome = (condition: string) => {
      const text = oneCareTypePolicy({ title: "Verhouding", facts, soort: "randvoorwaarde", rules: rule("r", condition) });
      return compile(text).diagnostics.filter((d) => d.code === "BL403").map((d) => d.message);
    };
    const never = ["De voorwaarde van regel ‘r’ is nooit waar, wat de feiten ook zijn."];
    expect(outcome("m > n")).toEqual(never);
    expect(outcome("m <= n")).toEqual(["De voorwaarde van regel ‘r’ is altijd waar, wat de feiten ook zijn."]);
    expect(outcome("m = n")).toEqual([]);
    expect(outcome("n <= 5 en m > 5")).toEqual(never);
    expect(outcome("n < 3 en m >= 2")).toEqual([]); // 2 of 2
    // A part that may be unknown: unknown or not greater, and a decimal part of a whole whole.
    expect(outcome("u > n")).toEqual(never);
    expect(outcome("niet bekend(u) of u >= n")).toEqual([]);
    expect(outcome("n < 1 en u > 0")).toEqual(never);
    expect(outcome("n < 2 en u > 0.5")).toEqual([]); // 1 and 0.75
    expect(outcome("u < n en u > 0 en n < 2")).toEqual([]); // 0.5 and 1
    expect(outcome("m < n en n < 2")).toEqual([]);
    expect(outcome("m < n en n < 1")).toEqual(never);
    // Two decimals between the same two whole numbers, in either order.
    expect(outcome("u < v en v < n en u > 0 en n < 2")).toEqual([]); // 0.25, 0.5 and 1
    expect(outcome("u > v en u < n en v > 0 en n < 2")).toEqual([]);
  });

  it("reports the outermost part that is constant, not the parts inside it", () => {
    expect(one("b en (y > 5 of y <= 5)")).toEqual(["BL403 (y > 5 of y <= 5)"]);
    expect(one("b of (a en niet a)")).toEqual(["BL403 (a en niet a)"]);
    const result = compile(policyWith(group("g", "randvoorwaarde", rule("r", "b en (y > 5 of y <= 5)"))));
    expect(result.diagnostics.find((d) => d.code === "BL403")?.message).toBe("Dit deel van de voorwaarde van regel ‘r’ is altijd waar, wat de feiten ook zijn.");
  });

  it("also finds a condition, or a part of one, that reads no facts at all", () => {
    expect(one("nee")).toEqual(["BL403 nee"]);
    expect(one("ja")).toEqual(["BL403 ja"]);
    expect(one("b en 1 < 2")).toEqual(["BL403 1 < 2"]);
    expect(one("b of 2 < 1")).toEqual(["BL403 2 < 1"]);
  });

  it("says nothing where it cannot follow a fact, but still decides the parts it can", () => {
    expect(one("x + y > 10 en x + y < 5")).toEqual([]);
    expect(one("y + 1 < x en y > x")).toEqual([]);
    expect(one("min(y, 3) > 5")).toEqual([]);
    expect(one("x + y > 10 en (a of niet a)")).toEqual(["BL403 (a of niet a)"]);
  });

  it("reads zorgsoort over the care types of the rule", () => {
    expect(one('zorgsoort = "een" en a')).toEqual([]);
    const onlyOne = warnings(compile(policyWith(group("g", "randvoorwaarde", rule("r", 'zorgsoort = "twee" en a'), "[een]"))));
    expect(onlyOne).toEqual(['BL403 zorgsoort = "twee" en a']);
  });

  it("takes voorwaarden_voldaan as either value in approach rules", () => {
    const result = compile(policyWith(group("g", "benaderingsvoorwaarde", rule("r", "voorwaarden_voldaan of a") + rule("q", "voorwaarden_voldaan en (a en niet a)"))));
    expect(warnings(result)).toEqual(["BL403 voorwaarden_voldaan en (a en niet a)"]);
  });
});

describe("BL408: a rule that never applies", () => {
  it("is reported once, as BL408, not also as BL403", () => {
    const found = one("a");
    expect(found).toEqual([]);
    expect(conditions(rule("r", "a", '        van_toepassing_als: k = "rood" en k = "groen"\n'))).toEqual(['BL408 k = "rood" en k = "groen"']);
    expect(conditions(rule("r", "a", "        van_toepassing_als: b of niet b\n"))).toEqual(["BL403 b of niet b"]);
  });
});

describe("BL407: an exception that is never granted", () => {
  const exclusion = (condition: string, exception: string) =>
    warnings(compile(policyWith(group("u", "uitsluiting", rule("r", condition, `        uitzondering:\n          voorwaarde: ${yamlText(exception)}\n          route: Vraag het aan.\n`)))));
  it("finds an exception that contradicts the exclusion", () => {
    expect(exclusion("y > 150", "y <= 150 en a")).toEqual(["BL407 y <= 150 en a"]);
    // Never true on its own: BL407 says what that means, BL403 does not repeat it.
    expect(exclusion("y > 150", "a en niet a")).toEqual(["BL407 a en niet a"]);
  });
  it("is silent when the exception can be granted", () => {
    expect(exclusion("y > 150", "y > 160 en a")).toEqual([]);
  });
  it("calls an exception that is always granted a constant condition", () => {
    expect(exclusion("y > 150", "a of niet a")).toEqual(["BL403 a of niet a"]);
  });
});

describe("BL409: rules that let nobody be eligible", () => {
  it("names a smallest set of rules that exclude each other", () => {
    const text = policyWith(group("g", "randvoorwaarde", rule("genoeg", "y >= 2") + rule("los", "a")) + group("u", "uitsluiting", rule("te_veel", "y > 0") + rule("ander", "b")));
    const result = compile(text);
    expect(warnings(result)).toEqual(["BL409 te_veel", "BL409 te_veel"]);
    expect(result.diagnostics.find((d) => d.code === "BL409")?.message).toBe("Geen zorgaanbieder kan in aanmerking komen voor Een: de regels ‘genoeg’ en ‘te_veel’ sluiten elkaar uit.");
  });
  it("counts an unknown fact with bij_onbekend", () => {
    // x may be unknown: then the condition holds (bij_onbekend: waar) and the exclusion does not.
    const text = policyWith(
      group("g", "randvoorwaarde", `      r:\n        tekst: r.\n        voorwaarde: x <= 150\n        bij_onbekend: waar\n`) + group("u", "uitsluiting", rule("e", "x < 200")),
    );
    expect(warnings(compile(text))).toEqual([]);
  });
});

describe("BL404 and BL410: factors and agreements", () => {
  const tiers = "        A: { naam: Overeenkomst A, factoren: 2 }\n        B: { naam: Overeenkomst B, factoren: 1 }\n        C: { naam: Overeenkomst C, factoren: 0 }\n";
  const factors = (...rules: string[]) => group("f", "differentiatiefactor", rules.join(""), "[een]");
  it("BL402: agreements whose names are out of order, also when not simply reversed", () => {
    const message = (table: string) => compile(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors(rule("f1", "b"), rule("f2", "y > 5")), table)).diagnostics.find((d) => d.code === "BL402")?.message;
    expect(message(tiers)).toBeUndefined();
    expect(message("        A: { naam: Overeenkomst A, factoren: 1 }\n        B: { naam: Overeenkomst B, factoren: 2 }\n        C: { naam: Overeenkomst C, factoren: 0 }\n")).toBe(
      "Voor Een vraagt ‘Overeenkomst B’ meer differentiatiefactoren dan ‘Overeenkomst A’; meestal is dat andersom.",
    );
    expect(message("        A: { naam: Overeenkomst A, factoren: 0 }\n        B: { naam: Overeenkomst B, factoren: 1 }\n        C: { naam: Overeenkomst C, factoren: 2 }\n")).toBe(
      "Voor Een vraagt ‘Overeenkomst C’ meer differentiatiefactoren dan ‘Overeenkomst B’; meestal is dat andersom.",
    );
    // Names that say their order in words are not compared by their letters.
    expect(message("        P: { naam: Zorgovereenkomst Plus, factoren: 1 }\n        B: { naam: Zorgovereenkomst Basis, factoren: 0 }\n")).toBeUndefined();
  });
  it("finds factors that exclude each other", () => {
    const result = compile(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors(rule("laag", "y < 100"), rule("hoog", "y > 120")), tiers));
    expect(warnings(result)).toEqual(["BL404 A"]);
    expect(result.diagnostics.find((d) => d.code === "BL404")?.message).toBe("‘Overeenkomst A’ vraagt 2 differentiatiefactoren, maar een zorgaanbieder die in aanmerking komt voor Een, haalt er hooguit 1 tegelijk.");
  });
  it("knows a part is not greater than its whole (niet_groter_dan) across factors", () => {
    const parts = `  n:\n    type: getal\n    omschrijving: Het aantal therapeuten.\n    geheel: ja\n    minimum: 0\n  m:\n    type: getal\n    omschrijving: Het aantal therapeuten met een verbijzondering.\n    geheel: ja\n    minimum: 0\n    niet_groter_dan: n\n`;
    const withParts = (text: string) => text.replace("feiten:\n", `feiten:\n${parts}`);
    const apart = compile(withParts(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors(rule("veel", "m > 5"), rule("weinig", "n <= 5")), tiers)));
    expect(warnings(apart)).toEqual(["BL404 A"]);
    const compared = compile(withParts(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors(rule("meer", "m > n"), rule("ander", "b")), tiers)));
    expect(warnings(compared)).toEqual(["BL404 A", "BL403 m > n"]);
    const possible = compile(withParts(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors(rule("veel", "m >= 5"), rule("weinig", "n <= 5")), tiers)));
    expect(warnings(possible)).toEqual([]);
  });
  it("finds a factor that excludes a base condition, and names it", () => {
    const result = compile(policyWith(group("g", "randvoorwaarde", rule("r", "y <= 150")) + factors(rule("f1", "a"), rule("dood", "y > 160")), tiers));
    expect(warnings(result)).toEqual(["BL404 A", "BL410 dood"]);
    expect(result.diagnostics.find((d) => d.code === "BL404")?.hint).toBe("Nooit voldaan bij een zorgaanbieder die in aanmerking komt: ‘dood’.");
  });
  it("leaves a factor that is never true on its own to BL403", () => {
    const result = compile(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors(rule("f1", "b"), rule("f2", "y > 5"), rule("f3", "y > 5 en y < 3")), tiers));
    expect(warnings(result)).toEqual(["BL403 y > 5 en y < 3"]);
  });
  it("assumes the most of a factor it cannot follow", () => {
    const result = compile(policyWith(group("g", "randvoorwaarde", rule("r", "a")) + factors(rule("f1", "y < 100"), rule("f2", "y + x > 120")), tiers));
    expect(warnings(result)).toEqual([]);
  });
});

describe("BL411: rules that let nobody be approached", () => {
  it("finds approach rules that exclude each other", () => {
    const text = policyWith(group("g", "benaderingsvoorwaarde", rule("op_tijd", "d <= 2025-10-24 en voorwaarden_voldaan")) + group("u", "benaderingsuitsluiting", rule("te_laat", "d < 2025-11-01")));
    expect(warnings(compile(text))).toEqual(["BL411 te_laat", "BL411 te_laat"]);
  });

  it("finds a rule whose name names a threshold or date its condition no longer uses", () => {
    const named = (name: string, condition: string) => policyWith(group("g", "randvoorwaarde", rule("r", condition, `        naam: ${name}\n`)));
    expect(warnings(compile(named("hoger dan 150", "x > 140")))).toEqual(["BL413 r"]);
    expect(warnings(compile(named("hoger dan 150", "x > 150")))).toEqual([]);
    expect(warnings(compile(named("uiterlijk 1 juli 2025", "d <= 2025-06-15")))).toEqual(["BL413 r"]);
    expect(warnings(compile(named("uiterlijk 1 juli 2025", "d <= 2025-07-01")))).toEqual([]);
    // Written the Dutch way in the name: 1.500 is fifteen hundred, 2,5 two and a half.
    expect(warnings(compile(named("minstens 1.500", "x >= 1500")))).toEqual([]);
    expect(warnings(compile(named("minstens 2,5", "x >= 2.5")))).toEqual([]);
    // A number in the name, none in the condition: nothing to compare with.
    expect(warnings(compile(named("24/7 bereikbaar", "a")))).toEqual([]);
  });

  it("reads a number written in words as a bound (binnen vijf werkdagen), not a word that is no bound", () => {
    const named = (name: string, condition: string) => policyWith(group("g", "randvoorwaarde", rule("r", condition, `        naam: ${name}\n`)));
    const messages = (text: string) => compile(text).diagnostics.filter((d) => d.code === "BL413").map((d) => d.message);
    expect(messages(named("eerste afspraak binnen vijf werkdagen", "y <= 3"))).toEqual(["De naam van regel ‘r’ (‘eerste afspraak binnen vijf werkdagen’) noemt vijf, maar de voorwaarde rekent daar niet mee."]);
    expect(warnings(compile(named("eerste afspraak binnen vijf werkdagen", "y <= 5")))).toEqual([]);
    expect(warnings(compile(named("ten minste vijfentwintig behandelingen", "y >= 25")))).toEqual([]);
    expect(warnings(compile(named("ten minste tweeëntwintig", "y >= 20")))).toEqual(["BL413 r"]);
    // Not as a bound: an idiom, or the article.
    expect(warnings(compile(named("meer dan 95% in één keer goedgekeurd", "p > 95%")))).toEqual([]);
    expect(warnings(compile(named("een behandelindex hoger dan 150", "y > 150")))).toEqual([]);
  });

  it("finds a name that puts the boundary itself on the other side than the condition", () => {
    const named = (name: string, condition: string) => policyWith(group("g", "randvoorwaarde", rule("r", condition, `        naam: ${name}\n`)));
    const found = (text: string) => compile(text).diagnostics.filter((d) => d.code === "BL413").map((d) => [d.message, d.hint]);
    expect(found(named("hoger dan 140", "y >= 140"))).toEqual([
      [
        "De naam van regel ‘r’ (‘hoger dan 140’) noemt ‘hoger dan 140’, maar de voorwaarde rekent daar niet mee.",
        "De naam zegt ‘hoger dan 140’, de voorwaarde ‘>= 140’: bij precies 140 zeggen ze iets anders. Pas de naam en de tekst aan de voorwaarde aan, of de voorwaarde aan de naam.",
      ],
    ]);
    expect(warnings(compile(named("ten minste 5", "y > 5")))).toEqual(["BL413 r"]);
    expect(warnings(compile(named("vanaf 30%", "p > 30%")))).toEqual(["BL413 r"]);
    expect(warnings(compile(named("150 of meer", "y > 150")))).toEqual(["BL413 r"]);
    expect(warnings(compile(named("uiterlijk 1 juli 2025", "d < 2025-07-01")))).toEqual(["BL413 r"]);
    // The same boundary: as named, as its opposite (the rule met when the named exclusion is
    // not), or written the other way round.
    expect(warnings(compile(named("hoger dan 140", "y > 140")))).toEqual([]);
    expect(warnings(compile(named("hoger dan 150", "y <= 150")))).toEqual([]);
    expect(warnings(compile(named("niet hoger dan 150", "y <= 150")))).toEqual([]);
    expect(warnings(compile(named("ten minste 5", "5 <= y")))).toEqual([]);
    expect(warnings(compile(named("minder dan 5", "y >= 5")))).toEqual([]);
    expect(warnings(compile(named("uiterlijk 1 juli 2025", "d <= 2025-07-01")))).toEqual([]);
    // Under ‘niet’, or with the value also compared otherwise: not followed.
    expect(warnings(compile(named("hoger dan 140", "niet (y >= 140)")))).toEqual([]);
    expect(warnings(compile(named("hoger dan 140", "y >= 140 en y = 140")))).toEqual([]);
  });

  it("a whole number's boundary may be written one further: ‘hoger dan 140’ is ‘>= 141’", () => {
    const text = (condition: string) =>
      oneCareTypePolicy({
        title: "Geheel",
        facts: "  n:\n    type: getal\n    omschrijving: Een aantal.\n    geheel: ja\n",
        soort: "randvoorwaarde",
        rules: rule("r", condition, "        naam: hoger dan 140\n").replace("        bij_onbekend: onwaar\n", ""),
      });
    expect(warnings(compile(text("n >= 141")))).toEqual([]);
    expect(warnings(compile(text("n > 140")))).toEqual([]);
    expect(warnings(compile(text("n >= 140")))).toEqual(["BL413 r"]);
  });
});
