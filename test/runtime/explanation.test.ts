/**
 * The explanation prepared per care type (runtime/explanation.ts) must give exactly the
 * decision the one-by-one explanation gave before it (test/runtime/referenceExplanation.ts):
 * equal objects and byte-identical JSON, for every care type of every policy and for random
 * care types whose rules share names (so sentences repeat), with one `Uitleg` reused across
 * all runs so its caches are exercised too.
 */

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { SourceFiles } from "../../compiler/span.js";
import { buildSuite, readTestFile } from "../../compiler/testing/suite.js";
import { describeCareType, describeDateRule, describeFact, describePolicy, describeRule } from "../../compiler/interpret/descriptions.js";
import { dateRulesFor, factsFor, rulesFor } from "../../compiler/queries.js";
import { verklaar, type BeleidBeschrijving, type Besluit, type OvereenkomstBeschrijving, type RegelBeschrijving, type RegelResultaat, type RegelSoort, type ZorgsoortBeschrijving } from "../../runtime/decision.js";
import { Uitleg, type Uitkomstcode } from "../../runtime/explanation.js";
import type { FeitBeschrijving } from "../../runtime/facts.js";
import { BELEID, oneRule, testCareType } from "./oneRule.js";
import { referenceVerklaar, type Beschrijvingen } from "./referenceExplanation.js";

/** A rule result that gives `code`, as the generated code would have handed it over before. */
const resultFor = (regel: RegelBeschrijving, code: Uitkomstcode, notApplicableValue: boolean | null): RegelResultaat =>
  code === 0
    ? { regel, waarde: notApplicableValue, vanToepassing: false, uitzondering: false }
    : { regel, waarde: code % 3 === 1 ? false : code % 3 === 2 ? true : null, vanToepassing: true, uitzondering: code >= 4 };

const codeArbitrary = fc.constantFrom<Uitkomstcode>(0, 1, 2, 3, 4, 5, 6);


/** A decision for the care type: any agreement (or none), approached or not. */
const besluitArbitrary = (zorgsoort: ZorgsoortBeschrijving) =>
  fc.record({ overeenkomst: fc.option(fc.constantFrom(...zorgsoort.overeenkomsten), { nil: null }), benaderd: fc.boolean() }).map(
    ({ overeenkomst, benaderd }): Besluit => ({ inAanmerking: overeenkomst !== null, benaderd, overeenkomst: overeenkomst && { id: overeenkomst.id, naam: overeenkomst.naam } }),
  );

function expectSameExplanation(
  beleid: BeleidBeschrijving,
  zorgsoort: ZorgsoortBeschrijving,
  rules: readonly RegelBeschrijving[],
  uitleg: Uitleg,
  runs: number,
  seed: number,
  beschrijvingen?: Beschrijvingen,
): void {
  fc.assert(
    fc.property(
      besluitArbitrary(zorgsoort),
      fc.array(fc.tuple(codeArbitrary, fc.constantFrom(true, false, null)), { minLength: rules.length, maxLength: rules.length }),
      // A date that could not be calculated (null) as often as one that could.
      fc.option(fc.constantFrom("2026-01-01", "2026-04-01", "2027-12-31", "2028-01-01", "2031-03-01"), { nil: null }),
      // The facts, when given: each one unknown (null) or not.
      fc.option(fc.array(fc.boolean(), { minLength: zorgsoort.feiten.length, maxLength: zorgsoort.feiten.length }), { nil: undefined }),
      (besluit, outcomes, date, unknownFacts) => {
        const codes = outcomes.map(([code]) => code);
        const datums = Object.fromEntries(zorgsoort.datums.map((d) => [d, date]));
        const feiten = unknownFacts && Object.fromEntries(zorgsoort.feiten.map((f, i) => [f, unknownFacts[i] ? null : 1]));
        const results = rules.map((r, i) => resultFor(r, codes[i] as Uitkomstcode, (outcomes[i] as [Uitkomstcode, boolean | null])[1]));
        const expected = referenceVerklaar(beleid, zorgsoort, besluit, results, datums, feiten, beschrijvingen);
        const actual = uitleg.verklaar(besluit, codes, datums, feiten);
        expect(actual).toEqual(expected);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        // `verklaar`, which evaluators built by earlier versions call, gives the same as the
        // reference without descriptions of the facts and date rules (it has none).
        expect(JSON.stringify(verklaar(beleid, zorgsoort, besluit, results, datums, feiten))).toBe(JSON.stringify(referenceVerklaar(beleid, zorgsoort, besluit, results, datums, feiten)));
      },
    ),
    { numRuns: runs, seed },
  );
}

describe("the prepared explanation gives the same decision as the one-by-one explanation", () => {
  for (const file of findPolicyFiles(["policies"]).files) {
    it(file, () => {
      const model = compileFile(file).model!;
      const beleid = describePolicy(model);
      for (const careType of model.careTypes) {
        const zorgsoort = describeCareType(model, careType);
        const rules = rulesFor(model, careType.id).map((r) => describeRule(model, r));
        const beschrijvingen = { feiten: factsFor(model, careType.id).map(describeFact), datumregels: dateRulesFor(model, careType.id).map((d) => describeDateRule(model, d)) };
        const uitleg = new Uitleg(beleid, zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])), beschrijvingen.feiten, beschrijvingen.datumregels);
        expectSameExplanation(beleid, zorgsoort, rules, uitleg, 40, 7, beschrijvingen);
        // An evaluator built by an earlier version gives no descriptions: the facts by key, no sentence about a date.
        expectSameExplanation(beleid, zorgsoort, rules, new Uitleg(beleid, zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r]))), 10, 7);
      }
    });
  }

  const KINDS: RegelSoort[] = ["randvoorwaarde", "aanvullende_voorwaarde", "differentiatiefactor", "uitsluiting", "benaderingsvoorwaarde", "benaderingsuitsluiting", "selectieve_inkoop"];
  // Two care parts, so that selective purchase rules share one and their sentences join.
  const CARE_PARTS = ["zorg bij de ziekte van Parkinson", "looptraining"];
  // Few names, so rules share them and sentences repeat; some begin like other sentences.
  const NAMES = ["registratie", "bereikbaarheid", "U komt in aanmerking voor A", "Caresq benadert u", "‘x’"];
  const ruleArbitrary = fc.record({
    naam: fc.constantFrom(...NAMES),
    soort: fc.constantFrom(...KINDS),
    nummer: fc.constantFrom("3.1", "3.2"),
    status: fc.constantFrom<RegelBeschrijving["status"]>("definitief", "definitief", "voornemen"),
    bijOnbekend: fc.option(fc.boolean(), { nil: undefined }),
    onbekendToelichting: fc.option(fc.constantFrom("", "Dan telt het niet.", "PREM ontbreekt."), { nil: undefined }),
    uitzonderingsroute: fc.option(fc.constantFrom("", "Mail ons.", "Bel ons"), { nil: undefined }),
    deelzorg: fc.constantFrom(...CARE_PARTS),
  });
  const careTypeArbitrary = fc.record({
    rules: fc.array(ruleArbitrary, { maxLength: 9 }),
    gedifferentieerd: fc.boolean(),
    minima: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
    tierNames: fc.constantFrom(["A", "B", "C", "D"], ["A", "A", "B", "C"], ["‘x’ (hoofdstuk 3.1) is een", "B", "C", "D"]),
    doorlopend: fc.boolean(),
    organisatie: fc.constantFrom("Caresq", "U komt"),
    // Facts a, b, c as a thing or a statement, with or without a peiljaar and a text for unknown;
    // the rules and the two date rules (one description given twice) depend on some of them.
    facts: fc.array(
      fc.record({
        type: fc.constantFrom<FeitBeschrijving["type"]>("getal", "datum", "ja/nee"),
        omschrijving: fc.constantFrom("Het aantal therapeuten.", "De datum van de aanvraag", "De praktijk is geregistreerd.", "PREM-score;", "Vektis-registratie"),
        peiljaar: fc.option(fc.constantFrom(-2, -1), { nil: undefined }),
        onbekend: fc.option(fc.constantFrom("Een nieuwe praktijk heeft er geen.", "Alleen bekend na een aanvraag", ""), { nil: undefined }),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    unknownBy: fc.subarray(["a", "b", "c", "d"]),
    dateUnknownBy: fc.subarray(["a", "b", "c"]),
    dateNames: fc.constantFrom(["Ingangsdatum na een aanvraag", "De wijzigingsdatum"], ["Ingangsdatum", "ingangsdatum."]),
  });

  it("for random care types whose rules share names", () => {
    fc.assert(
      fc.property(careTypeArbitrary, fc.integer({ min: 1, max: 1000 }), (c, seed) => {
        const rules: RegelBeschrijving[] = c.rules.map((r, i) => ({
          id: `regel_${i}`,
          naam: r.naam,
          soort: r.soort,
          tekst: `Tekst ${i}.`,
          hoofdstuk: { nummer: r.nummer, titel: "Voorwaarden" },
          groep: { id: "groep", titel: "Groep" },
          status: r.status,
          verklaring: false,
          ...(r.bijOnbekend !== undefined ? { bijOnbekend: r.bijOnbekend } : {}),
          ...(r.onbekendToelichting !== undefined ? { onbekendToelichting: r.onbekendToelichting } : {}),
          ...(r.soort === "uitsluiting" && r.uitzonderingsroute !== undefined ? { uitzonderingsroute: r.uitzonderingsroute } : {}),
          ...(r.soort === "selectieve_inkoop" ? { deelzorg: r.deelzorg } : {}),
          ...(r.bijOnbekend !== undefined ? { onbekendDoor: c.unknownBy } : {}),
        }));
        const feiten: FeitBeschrijving[] = c.facts.map((f, i) => ({
          id: "abc"[i] as string,
          type: f.type,
          omschrijving: f.omschrijving,
          ...(f.peiljaar !== undefined ? { peiljaar: f.peiljaar } : {}),
          ...(f.onbekend !== undefined ? { onbekend: f.onbekend } : {}),
        }));
        const datumregels = [
          { id: "ingangsdatum", omschrijving: c.dateNames[0] as string, onbekendDoor: c.dateUnknownBy },
          { id: "wijzigingsdatum", omschrijving: c.dateNames[1] as string, onbekendDoor: ["c"] },
        ];
        const minima = [...c.minima].sort((a, b) => b - a);
        const overeenkomsten: OvereenkomstBeschrijving[] = c.gedifferentieerd
          ? minima.map((factoren, i) => ({ id: "ABCD"[i] as string, naam: `Zorgovereenkomst ${c.tierNames[i]}`, factoren }))
          : [{ id: "zorg", naam: "Zorgovereenkomst zorg" }];
        const zorgsoort: ZorgsoortBeschrijving = {
          id: "zorg",
          naam: "Zorg",
          contract: { soort: c.doorlopend ? "doorlopend" : "nieuw", looptijd: null, tekst: "Contract.", hoofdstuk: { nummer: "4", titel: "Contract" }, status: "definitief" },
          overeenkomsten,
          gedifferentieerd: c.gedifferentieerd,
          regels: rules.map((r) => r.id),
          feiten: ["a", "b", "c"],
          datums: ["ingangsdatum", "wijzigingsdatum"],
        };
        const beleid: BeleidBeschrijving = { organisatie: c.organisatie, zorgverzekeraar: "Eucare", domein: "zorg", titel: "Beleid", jaar: 2026, versie: "2026", gepubliceerd: null, vorige: null };
        const uitleg = new Uitleg(beleid, zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])), feiten, datumregels);
        expectSameExplanation(beleid, zorgsoort, rules, uitleg, 25, seed, { feiten, datumregels });
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});

describe("the caches per combination", () => {
  // Twelve approach conditions: the reasons 1 and 1 + 2048 give the keys 2 and 4098, which
  // share a slot of the direct-mapped cache (4096 slots); so do twelve missing factors.
  const rule = (i: number, soort: RegelSoort): RegelBeschrijving => ({
    id: `${soort}_${i}`,
    naam: `${soort} ${i}`,
    soort,
    tekst: `Tekst ${i}.`,
    hoofdstuk: { nummer: "4", titel: "Inkoopprocedure" },
    groep: { id: "groep", titel: "Groep" },
    status: "definitief",
    verklaring: false,
  });
  const rules = [...Array.from({ length: 12 }, (_, i) => rule(i, "benaderingsvoorwaarde")), ...Array.from({ length: 13 }, (_, i) => rule(i, "differentiatiefactor"))];
  const overeenkomsten: OvereenkomstBeschrijving[] = [
    { id: "A", naam: "Zorgovereenkomst A", factoren: 13 },
    { id: "B", naam: "Zorgovereenkomst B", factoren: 0 },
  ];
  const zorgsoort: ZorgsoortBeschrijving = {
    id: "zorg",
    naam: "Zorg",
    contract: { soort: "nieuw", looptijd: null, tekst: "Contract.", hoofdstuk: { nummer: "4", titel: "Contract" }, status: "definitief" },
    overeenkomsten,
    gedifferentieerd: true,
    regels: rules.map((r) => r.id),
    feiten: [],
    datums: [],
  };
  const beleid: BeleidBeschrijving = { organisatie: "Caresq", zorgverzekeraar: "Eucare", domein: "zorg", titel: "Beleid", jaar: 2026, versie: "2026", gepubliceerd: null, vorige: null };
  const besluit: Besluit = { inAanmerking: true, benaderd: false, overeenkomst: { id: "B", naam: "Zorgovereenkomst B" } };

  /** Approach condition `i` not met for each i in `unmetApproach`, factor `f` not met for each f in `unmetFactors`. */
  const codesFor = (unmetApproach: number[], unmetFactors: number[]): Uitkomstcode[] => [
    ...Array.from({ length: 12 }, (_, i): Uitkomstcode => (unmetApproach.includes(i) ? 1 : 2)),
    ...Array.from({ length: 13 }, (_, f): Uitkomstcode => (unmetFactors.includes(f) ? 1 : 2)),
  ];

  it("never gives the explanation of another combination that fell in the same slot", () => {
    const uitleg = new Uitleg(beleid, zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])));
    const cases = [codesFor([0], [0]), codesFor([0, 11], [0, 11]), codesFor([0], [0]), codesFor([0, 11], [0, 11, 12]), codesFor([0, 11], [0, 11])];
    for (const codes of cases) {
      const results = rules.map((r, i) => resultFor(r, codes[i] as Uitkomstcode, null));
      const expected = referenceVerklaar(beleid, zorgsoort, besluit, results, {});
      expect(JSON.stringify(uitleg.verklaar(besluit, codes, {}))).toBe(JSON.stringify(expected));
    }
    // The two combinations really differ in what they say.
    const [one, two] = [cases[0], cases[1]].map((codes) => uitleg.verklaar(besluit, codes as Uitkomstcode[], {}).toelichting.join(" "));
    expect(one).toContain("‘benaderingsvoorwaarde 0’");
    expect(one).not.toContain("‘benaderingsvoorwaarde 11’");
    expect(two).toContain("‘benaderingsvoorwaarde 11’");
  });
});

describe("the sentences about care that is not purchased (selective purchase)", () => {
  const beleid = BELEID;
  const PARKINSON = "paramedische zorg bij de ziekte van Parkinson";
  const selective = (id: string, naam: string, deelzorg: string, nummer = "3.3", status: RegelBeschrijving["status"] = "definitief"): RegelBeschrijving => ({
    id,
    naam,
    soort: "selectieve_inkoop",
    tekst: `${naam}.`,
    hoofdstuk: { nummer, titel: "Selectieve inkoop" },
    groep: { id: "selectief", titel: "Selectief" },
    status,
    verklaring: false,
    deelzorg,
  });
  const explainer = (rules: readonly RegelBeschrijving[]) => {
    const zorgsoort = testCareType({ regels: rules.map((r) => r.id) });
    const uitleg = new Uitleg(beleid, zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])));
    const besluit: Besluit = { inAanmerking: true, benaderd: true, overeenkomst: { id: "zorg", naam: "Zorgovereenkomst zorg" } };
    return (codes: Uitkomstcode[]) => {
      const decision = uitleg.verklaar(besluit, codes, {});
      const expected = referenceVerklaar(beleid, zorgsoort, besluit, rules.map((r, i) => resultFor(r, codes[i] as Uitkomstcode, null)), {});
      expect(JSON.stringify(decision)).toBe(JSON.stringify(expected));
      return decision.toelichting.filter((l) => l.includes(" koopt ") || l.startsWith("Voornemen"));
    };
  };

  it("names every condition in one sentence when rules for the same care are not met", () => {
    const explain = explainer([
      selective("parkinsonnet", "aangesloten bij ParkinsonNet", PARKINSON),
      selective("looptraining", "aangesloten bij Chronisch ZorgNet", "looptraining"),
      selective("scholing", "scholing over de ziekte van Parkinson", PARKINSON),
    ]);
    expect(explain([1, 1, 1])).toEqual([
      `Caresq koopt ${PARKINSON} niet bij u in: u voldoet niet aan ‘aangesloten bij ParkinsonNet’ en ‘scholing over de ziekte van Parkinson’ (hoofdstuk 3.3).`,
      "Caresq koopt looptraining niet bij u in: u voldoet niet aan ‘aangesloten bij Chronisch ZorgNet’ (hoofdstuk 3.3).",
    ]);
    // One of the two not met: that one alone; then both again (from the cache), then neither.
    expect(explain([2, 2, 1])).toEqual([`Caresq koopt ${PARKINSON} niet bij u in: u voldoet niet aan ‘scholing over de ziekte van Parkinson’ (hoofdstuk 3.3).`]);
    expect(explain([1, 2, 1])).toEqual([`Caresq koopt ${PARKINSON} niet bij u in: u voldoet niet aan ‘aangesloten bij ParkinsonNet’ en ‘scholing over de ziekte van Parkinson’ (hoofdstuk 3.3).`]);
    expect(explain([2, 2, 0])).toEqual([]);
  });

  it("gives each condition its own chapter when they differ, and a name repeated in one chapter once", () => {
    const explain = explainer([
      selective("a", "aangesloten bij ParkinsonNet", PARKINSON, "3.1"),
      selective("b", "aangesloten bij ParkinsonNet", PARKINSON, "3.1"),
      selective("c", "scholing", PARKINSON, "3.3"),
    ]);
    expect(explain([1, 1, 1])).toEqual([`Caresq koopt ${PARKINSON} niet bij u in: u voldoet niet aan ‘aangesloten bij ParkinsonNet’ (hoofdstuk 3.1) en ‘scholing’ (hoofdstuk 3.3).`]);
    expect(explain([1, 1, 2])).toEqual([`Caresq koopt ${PARKINSON} niet bij u in: u voldoet niet aan ‘aangesloten bij ParkinsonNet’ (hoofdstuk 3.1).`]);
  });

  it("says for an intention which care would not be purchased", () => {
    const explain = explainer([selective("parkinsonnet", "aangesloten bij ParkinsonNet", PARKINSON, "3.3", "voornemen")]);
    expect(explain([1])).toEqual([
      `Voornemen, nog niet van kracht: ‘aangesloten bij ParkinsonNet’ (hoofdstuk 3.3); u zou hier niet aan voldoen, en Caresq zou ${PARKINSON} dan niet bij u inkopen.`,
    ]);
    expect(explain([2])).toEqual(["Voornemen, nog niet van kracht: ‘aangesloten bij ParkinsonNet’ (hoofdstuk 3.3); dit zou voor u geen gevolgen hebben."]);
  });
});

describe("the sentence about being approached", () => {
  it("says that an offer to a provider who is not eligible cannot be accepted yet", () => {
    const model = compileFile("policies/hulpmiddelen/2026-07.policy").model!;
    const careType = model.careTypes.find((c) => c.agreement.kind === "nieuw" && c.agreement.status === "definitief")!;
    const zorgsoort = describeCareType(model, careType);
    const rules = rulesFor(model, careType.id).map((r) => describeRule(model, r));
    const uitleg = new Uitleg(describePolicy(model), zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])));
    const codes = rules.map((): Uitkomstcode => 2);
    const agreement = zorgsoort.overeenkomsten[0]!;
    const eligible = uitleg.verklaar({ inAanmerking: true, benaderd: true, overeenkomst: agreement }, codes, {}).toelichting;
    const notEligible = uitleg.verklaar({ inAanmerking: false, benaderd: true, overeenkomst: null }, codes, {}).toelichting;
    expect(eligible).toContain("Caresq benadert u met een contractaanbod.");
    expect(notEligible).not.toContain("Caresq benadert u met een contractaanbod.");
    expect(notEligible).toContain("Caresq benadert u wel met een contractaanbod, maar u kunt het pas aannemen als u in aanmerking komt voor een zorgovereenkomst.");
  });
});

/**
 * Sentences a review of the explanations of 3,000 synthetic providers found wrong: an unmet
 * approach condition named as if it were a reason, factor names that read as two when they
 * hold a comma, and an unknown value explained by a cause that was not this provider's.
 */
describe("the sentences about reasons, missing factors and unknown values", async () => {
  const fysio = JSON.parse(readFileSync("test/fixtures/fysio-feiten.json", "utf8")) as Record<string, unknown>;
  const evaluator = await loadEvaluator(compileFile("policies/paramedische-zorg/2026-07.policy").model!);
  const explain = (overrides: Record<string, unknown>) => evaluator.beoordeel("fysiotherapie", { ...fysio, ...overrides }).toelichting;
  const DEADLINE = "‘vragenlijst voor de deadline ingevuld en bevestigd’";
  const POSITIEF = "‘vragenlijst positief beoordeeld’";

  it("says which approach conditions are not met and which approach exclusions apply", () => {
    // The questionnaire was confirmed on time; it is the conditions that are not met.
    expect(explain({ laatste_contractjaar: 2020, richtlijnen: false })).toContain(
      `Caresq benadert u niet uit zichzelf: u voldoet niet aan ${POSITIEF}, en ‘geen zorgovereenkomst in de afgelopen 3 jaar’ is op u van toepassing.`,
    );
    expect(explain({ agb_soort_onderneming: "99", datum_vragenlijst_bevestigd: "2025-11-01" })).toContain(
      `Caresq benadert u niet uit zichzelf: u voldoet niet aan ‘juiste Vektis-registratie’ en ${DEADLINE}. Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen.`,
    );
    expect(explain({ laatste_contractjaar: 2020, wil_geen_contractaanbod: true })).toContain(
      "Caresq benadert u niet uit zichzelf: ‘geen zorgovereenkomst in de afgelopen 3 jaar’ en ‘geen contractaanbod gewenst’ zijn op u van toepassing. Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen.",
    );
  });

  it("says of an approach rule whose outcome was unknown that it is counted as not met or as applying, not that it is so", () => {
    const notConfirmed = explain({ datum_vragenlijst_bevestigd: null });
    expect(notConfirmed).toContain(
      `Caresq benadert u niet uit zichzelf: ${DEADLINE} wordt als niet voldaan gerekend, omdat onbekend is of u eraan voldoet. Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen.`,
    );
    expect(notConfirmed.join("\n")).not.toContain(`u voldoet niet aan ${DEADLINE}`);
    // The same reasons, known and unknown, after each other: the cached sentence follows the outcome.
    expect(explain({ datum_vragenlijst_bevestigd: "2025-11-01" })).toContain(
      `Caresq benadert u niet uit zichzelf: u voldoet niet aan ${DEADLINE}. Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen.`,
    );
    expect(explain({ datum_vragenlijst_bevestigd: null })).toEqual(notConfirmed);
    // Known and unknown reasons together, an exclusion counted as applying.
    expect(explain({ laatste_contractjaar: null, richtlijnen: false })).toContain(
      `Caresq benadert u niet uit zichzelf: u voldoet niet aan ${POSITIEF}, en ‘geen zorgovereenkomst in de afgelopen 3 jaar’ wordt als van toepassing gerekend, omdat onbekend is of dit op u van toepassing is.`,
    );
  });

  it("says the same for kraamzorg and integrale geboortezorg (geboortezorg 2026)", async () => {
    const model = compileFile("policies/geboortezorg/2026.policy").model!;
    const suite = buildSuite(readTestFile("policies/geboortezorg/2026.test.yaml", new SourceFiles()), model).suite!;
    const geboortezorg = await loadEvaluator(model);
    const approached = (careType: string) => suite.cases.find((c) => c.careType === careType && geboortezorg.beoordeel(careType, c.facts).benaderd)!;
    const kraamzorg = geboortezorg.beoordeel("kraamzorg", { ...approached("kraamzorg").facts, vragenlijst_bevestigd_op: null });
    expect(kraamzorg.benaderd).toBe(false);
    expect(kraamzorg.toelichting.join("\n")).toContain(
      "Caresq benadert u niet uit zichzelf: ‘vragenlijst uiterlijk 1 juli 2025 ingevuld en bevestigd’ wordt als niet voldaan gerekend, omdat onbekend is of u eraan voldoet.",
    );
    const igz = geboortezorg.beoordeel("integrale_geboortezorg", { ...approached("integrale_geboortezorg").facts, aanmelddatum_integrale_geboortezorg: null });
    expect(igz.benaderd).toBe(false);
    expect(igz.toelichting.join("\n")).toContain(
      "Caresq benadert u niet uit zichzelf: ‘aangemeld uiterlijk 1 oktober 2025’ wordt als niet voldaan gerekend, omdat onbekend is of u eraan voldoet.",
    );
  });

  it("does not tell a provider who already applied that he can apply (the advice is conditional)", async () => {
    // The fixture applied on 15 March 2026; not approached because the questionnaire was late.
    const applied = explain({ datum_vragenlijst_bevestigd: "2025-11-01" });
    expect(applied.join("\n")).not.toContain("U kunt zelf een zorgovereenkomst aanvragen.");
    expect(applied.at(-1)).toBe(`Caresq benadert u niet uit zichzelf: u voldoet niet aan ${DEADLINE}. Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen.`);
    // A CBT that applied on 1 September 2024: too late for an offer, but it did apply.
    const model = compileFile("policies/mondzorg/2025.policy").model!;
    const suite = buildSuite(readTestFile("policies/mondzorg/2025.test.yaml", new SourceFiles()), model).suite!;
    const applied2024 = suite.cases.find((c) => c.careType === "cbt" && c.facts["aanvraagdatum"] === "2024-09-01")!;
    const late = (await loadEvaluator(model)).beoordeel("cbt", applied2024.facts);
    expect(late).toMatchObject({ inAanmerking: true, benaderd: false });
    expect(late.toelichting).toContain(
      "Caresq benadert u niet uit zichzelf: u voldoet niet aan ‘zorgovereenkomst aangevraagd voor 1 september 2024’. Hebt u nog geen zorgovereenkomst aangevraagd, dan kunt u er zelf een aanvragen.",
    );
  });

  it("says which part of the care is not purchased, and keeps the agreement (selective purchase)", () => {
    const decision = evaluator.beoordeel("fysiotherapie", { ...fysio, levert_parkinsonzorg: true, aangesloten_parkinsonnet: false });
    expect(decision.inAanmerking).toBe(true);
    expect(decision.overeenkomst?.id).toBe("B");
    expect(decision.benaderd).toBe(true);
    expect(decision.regels.find((r) => r.id === "parkinsonnet")).toMatchObject({
      soort: "selectieve_inkoop",
      uitkomst: "niet_voldaan",
      deelzorg: "paramedische zorg bij de ziekte van Parkinson",
    });
    expect(decision.toelichting).toContain(
      "Caresq koopt paramedische zorg bij de ziekte van Parkinson niet bij u in: u voldoet niet aan ‘aangesloten bij ParkinsonNet’ (hoofdstuk 3.3).",
    );
    // Met or not applicable: nothing said.
    expect(explain({ levert_parkinsonzorg: true, aangesloten_parkinsonnet: true }).join(" ")).not.toContain("koopt");
    expect(explain({ levert_parkinsonzorg: false, aangesloten_parkinsonnet: false }).join(" ")).not.toContain("koopt");
  });

  it("says which facts were unknown, as the policy describes them, and what was assumed; the policy's words about unknown as its words", () => {
    const UREN = "‘het laagste aantal uren per week dat een van de fysiotherapeuten met verbijzonderde fysiotherapie voor de praktijk werkt’";
    const lines = explain({ fysiotherapeuten_verbijzonderd: 5, minste_uren_verbijzonderd: null });
    expect(lines).toContain(
      `Onbekend is of u voldoet aan ‘ten minste 30% verbijzonderde fysiotherapeuten’ (hoofdstuk 3.2), omdat ${UREN} onbekend is; het beleid gaat er dan van uit dat u er niet aan voldoet. Het beleid zegt over dit onbekende gegeven: ‘Een praktijk zonder fysiotherapeuten met verbijzonderde fysiotherapie heeft geen laagste aantal uren.’`,
    );
    // The rule's onbekend_toelichting presumes a cause ("Zonder fysiotherapeuten …") that is not
    // this provider's (he has five): it stays with the rule, out of the sentence.
    expect(lines.join(" ")).not.toContain("Zonder fysiotherapeuten");
    // Not the key of a fact.
    expect(lines.join(" ")).not.toContain("‘minste_uren_verbijzonderd’");
    const INDEX = "‘de landelijke behandelindex fysiotherapie van de praktijk, zoals Vektis die publiceert’ over 2024";
    const NIEUW = "Het beleid zegt over dit onbekende gegeven: ‘Een nieuwe praktijk heeft nog geen landelijke behandelindex.’";
    expect(explain({ behandelindex: null, laatste_contractjaar: null })).toEqual(
      expect.arrayContaining([
        `Onbekend is of ‘landelijke behandelindex hoger dan 150’ (hoofdstuk 2.3) op u van toepassing is, omdat ${INDEX} onbekend is; het beleid gaat er dan van uit dat dit niet zo is. ${NIEUW}`,
        "Onbekend is of ‘geen zorgovereenkomst in de afgelopen 3 jaar’ (hoofdstuk 4) op u van toepassing is, omdat ‘het laatste jaar waarvoor de zorgaanbieder een zorgovereenkomst met Caresq had’ onbekend is; het beleid gaat er dan van uit dat dit zo is. Het beleid zegt over dit onbekende gegeven: ‘De zorgaanbieder heeft nog nooit een zorgovereenkomst met Caresq gesloten.’",
        // The same fact in a second rule: what the policy says about it is not quoted again.
        `Onbekend is of ‘landelijke behandelindex hoger dan 150’ (hoofdstuk 4) op u van toepassing is, omdat ${INDEX} onbekend is; het beleid gaat er dan van uit dat dit niet zo is.`,
      ]),
    );
    expect(explain({ datum_vragenlijst_bevestigd: null })).toContain(
      `Onbekend is of u voldoet aan ${DEADLINE} (hoofdstuk 4), omdat ‘de datum waarop de praktijk de vragenlijst fysiotherapie in het Zorginkoopportaal van VECOZO heeft ingevuld en bevestigd’ onbekend is; het beleid gaat er dan van uit dat u er niet aan voldoet. Het beleid zegt over dit onbekende gegeven: ‘De praktijk heeft de vragenlijst (nog) niet ingevuld en bevestigd.’`,
    );
  });

  it("says that a date of the agreement had no outcome, to a provider who is eligible; not that a date is unknown because a fact is", () => {
    // Past 9999-12-31: no fact unknown, the calculation had no outcome.
    expect(explain({ aanvraagdatum: "9999-12-15" })).toContain(
      "De ingangsdatum van een zorgovereenkomst na een eigen aanvraag is niet te bepalen, omdat de berekening geen uitkomst heeft (zoals bij een datum na 31 december 9999).",
    );
    // No application of one's own: a state the policy allows and describes at the fact; most
    // providers would read it in every decision.
    const decision = evaluator.beoordeel("fysiotherapie", { ...fysio, aanvraagdatum: null });
    expect(decision.datums.ingangsdatum).toBeNull();
    expect(decision.toelichting.join(" ")).not.toContain("niet te bepalen");
    // A date that could be calculated says nothing; nor does any date to a provider who is not eligible.
    expect(explain({}).join(" ")).not.toContain("De ingangsdatum van een zorgovereenkomst na een eigen aanvraag");
    expect(explain({ aanvraagdatum: "9999-12-15", behandelindex: 151 }).join(" ")).not.toContain("niet te bepalen");
  });

  it("names a yes/no fact by its statement, and several unknown facts in one sentence", () => {
    const fact = (id: string, type: FeitBeschrijving["type"], omschrijving: string, onbekend?: string): FeitBeschrijving => ({ id, type, omschrijving, ...(onbekend !== undefined ? { onbekend } : {}) });
    const feiten = [
      fact("datum", "datum", "De datum van de aanvraag.", "Alleen bekend na een aanvraag."),
      fact("oordeel", "ja/nee", "Caresq beoordeelt de aanvraag als van toegevoegde waarde.", "Alleen bekend na een aanvraag."),
      fact("index", "getal", "De behandelindex van de praktijk.", "Een nieuwe praktijk heeft er geen"),
    ];
    const uitleg = oneRule({ bijOnbekend: false, onbekendDoor: ["datum", "oordeel", "index"] }, { feiten: ["datum", "oordeel", "index"] }, {}, { feiten: [...feiten.slice(0, 2), { ...feiten[2]!, peiljaar: -2 }], datumregels: [] });
    const say = (values: Record<string, unknown>) => uitleg.verklaar({ inAanmerking: false, benaderd: false, overeenkomst: null }, [3], {}, values).toelichting.filter((l) => l.startsWith("Onbekend"));
    expect(say({ datum: 1, oordeel: null, index: 1 })).toEqual([
      "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat niet bekend is of dit juist is: ‘Caresq beoordeelt de aanvraag als van toegevoegde waarde’; het beleid gaat er dan van uit dat u er niet aan voldoet. Het beleid zegt over dit onbekende gegeven: ‘Alleen bekend na een aanvraag.’",
    ]);
    // One text said once, however many facts have it; a text without a full stop gets one.
    expect(say({ datum: null, oordeel: null, index: null })).toEqual([
      "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat ‘de datum van de aanvraag’ en ‘de behandelindex van de praktijk’ over 2024 onbekend zijn en niet bekend is of dit juist is: ‘Caresq beoordeelt de aanvraag als van toegevoegde waarde’; het beleid gaat er dan van uit dat u er niet aan voldoet. Het beleid zegt over deze onbekende gegevens: ‘Alleen bekend na een aanvraag.’ en ‘Een nieuwe praktijk heeft er geen.’",
    ]);
  });

  it("says the year of a yes/no fact with a peiljaar with ‘juist’, not after the quote", () => {
    const fact = (id: string, peiljaar?: number): FeitBeschrijving => ({ id, type: "ja/nee", omschrijving: `Caresq had een zorgovereenkomst ${id}.`, ...(peiljaar !== undefined ? { peiljaar } : {}) });
    const uitleg = (feiten: FeitBeschrijving[]) => oneRule({ bijOnbekend: false, onbekendDoor: feiten.map((f) => f.id) }, { feiten: feiten.map((f) => f.id) }, {}, { feiten, datumregels: [] });
    const say = (feiten: FeitBeschrijving[]) =>
      uitleg(feiten).verklaar({ inAanmerking: false, benaderd: false, overeenkomst: null }, [3], {}, Object.fromEntries(feiten.map((f) => [f.id, null]))).toelichting.find((l) => l.startsWith("Onbekend"));
    expect(say([fact("a", -1)])).toContain("omdat niet bekend is of dit over 2025 juist is: ‘Caresq had een zorgovereenkomst a’;");
    expect(say([fact("a", -1), fact("b")])).toContain("omdat niet bekend is of deze uitspraken juist zijn: ‘Caresq had een zorgovereenkomst a’ (over 2025) en ‘Caresq had een zorgovereenkomst b’;");
  });

  it("names the calculation without outcome when every fact of an unknown rule is known: a divisor that is 0 by its description", () => {
    const lines = explain({ fysiotherapeuten: 0, fysiotherapeuten_verbijzonderd: 0 });
    expect(lines).toContain(
      "Onbekend is of u voldoet aan ‘ten minste 30% verbijzonderde fysiotherapeuten’ (hoofdstuk 3.2), omdat ‘het totaal aantal fysiotherapeuten van de praktijk’ 0 is en door 0 niet kan worden gedeeld; het beleid gaat er dan van uit dat u er niet aan voldoet.",
    );
    expect(lines.join("\n")).not.toContain("zoals een deling door nul");
  });

  it("says which calculations can have had no outcome when no divisor is a fact that is 0, and the general sentence without geenUitkomst", () => {
    const besluit = { inAanmerking: false, benaderd: false, overeenkomst: null };
    const feiten = [{ id: "a", type: "getal", omschrijving: "Het aantal therapeuten.", peiljaar: -1 } satisfies FeitBeschrijving];
    const say = (rule: Partial<RegelBeschrijving>, values: Record<string, unknown>) =>
      oneRule({ bijOnbekend: false, onbekendDoor: [], ...rule }, { feiten: ["a"] }, {}, { feiten, datumregels: [] })
        .verklaar(besluit, [3], {}, values)
        .toelichting.filter((l) => l.startsWith("Onbekend"));
    const divisorA = { soort: "deling", deler: "a" } as const;
    expect(say({ geenUitkomst: [divisorA] }, { a: 0 })).toEqual([
      "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat ‘het aantal therapeuten’ over 2025 0 is en door 0 niet kan worden gedeeld; het beleid gaat er dan van uit dat u er niet aan voldoet.",
    ]);
    // A divisor that is not 0 was not it; what else can have had no outcome, each once.
    const causes = [divisorA, { soort: "deling" }, { soort: "datum" }, { soort: "datum" }, { soort: "tabel", tabel: "Vektis registratie" }] as const;
    expect(say({ geenUitkomst: causes }, { a: 3 })).toEqual([
      "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat in de voorwaarde door 0 wordt gedeeld, een berekende datum in de voorwaarde na 31 december 9999 of vóór 1 januari 0001 valt of de tabel ‘Vektis registratie’ geen waarde voor u heeft; het beleid gaat er dan van uit dat u er niet aan voldoet.",
    ]);
    // The same uitleg again gives the same sentence (cached by which divisors are 0), and the other one for the other values.
    const uitleg = oneRule({ bijOnbekend: false, onbekendDoor: [], geenUitkomst: [divisorA] }, { feiten: ["a"] });
    const twice = [{ a: 0 }, { a: 2 }, { a: 0 }].map((v) => uitleg.verklaar(besluit, [3], {}, v).toelichting.find((l) => l.startsWith("Onbekend")));
    expect(twice).toEqual([
      "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat ‘a’ 0 is en door 0 niet kan worden gedeeld; het beleid gaat er dan van uit dat u er niet aan voldoet.",
      "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat een berekening in de voorwaarde geen uitkomst heeft (zoals een deling door nul); het beleid gaat er dan van uit dat u er niet aan voldoet.",
      "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat ‘a’ 0 is en door 0 niet kan worden gedeeld; het beleid gaat er dan van uit dat u er niet aan voldoet.",
    ]);
    // An evaluator built before geenUitkomst existed: the general sentence.
    expect(say({}, { a: 0 })[0]).toContain(", omdat een berekening in de voorwaarde geen uitkomst heeft (zoals een deling door nul);");
  });

  it("finds the calculations without outcome of a rule in the policy (geenUitkomst)", () => {
    const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
    const rule = model.rules.find((r) => r.id === "verbijzonderde_fysiotherapie")!;
    expect(describeRule(model, rule).geenUitkomst).toEqual([{ soort: "deling", deler: "fysiotherapeuten" }]);
    // A division by a number written in the policy always has an outcome (fte_kraamverzorgenden / 20); plus_maanden can pass 9999-12-31.
    const geboortezorg = compileFile("policies/geboortezorg/2026.policy").model!;
    const found = geboortezorg.rules.flatMap((r) => describeRule(geboortezorg, r).geenUitkomst?.map((c) => [r.id, c]) ?? []);
    expect(found).toEqual([["vb_melding_binnen_een_maand", { soort: "datum" }]]);
  });

  it("names every unknown fact of a rule, and the same sentence the next time", () => {
    // 'c' is not a fact of this care type: never named, whatever its value.
    const uitleg = oneRule({ bijOnbekend: false, onbekendDoor: ["a", "b", "c"] }, { feiten: ["a", "b"] });
    const besluit = { inAanmerking: false, benaderd: false, overeenkomst: null };
    const say = (feiten: Record<string, unknown>) => uitleg.verklaar(besluit, [3], {}, feiten).toelichting.filter((l) => l.startsWith("Onbekend"));
    const both = "Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat ‘a’ en ‘b’ onbekend zijn; het beleid gaat er dan van uit dat u er niet aan voldoet.";
    expect(say({ a: null, b: null })).toEqual([both]);
    expect(say({ a: 1, b: null })).toEqual(["Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3), omdat ‘b’ onbekend is; het beleid gaat er dan van uit dat u er niet aan voldoet."]);
    expect(say({ a: null, b: null })[0]).toBe(both);
    // Without the facts (a caller that only has the codes) the sentence cannot name them.
    expect(uitleg.verklaar(besluit, [3], {}).toelichting).toContain("Onbekend is of u voldoet aan ‘registratie’ (hoofdstuk 3); het beleid gaat er dan van uit dat u er niet aan voldoet.");
  });

  it("says when a start date falls after the agreement's term (an application after it ended)", () => {
    const uitleg = oneRule(
      {},
      {
        id: "implantologie",
        naam: "Implantologie",
        contract: { soort: "doorlopend", looptijd: { van: 2024, tot: 2025 }, tekst: "Contract.", hoofdstuk: { nummer: "4", titel: "Contract" }, status: "definitief" },
        overeenkomsten: [{ id: "implantologie", naam: "Zorgovereenkomst Implantologie" }],
        datums: ["ingangsdatum"],
      },
    );
    const eligible = { inAanmerking: true, benaderd: false, overeenkomst: { id: "implantologie", naam: "Zorgovereenkomst Implantologie" } };
    const lines = (besluit: Besluit, date: string | null) => uitleg.verklaar(besluit, [2], { ingangsdatum: date }).toelichting.filter((l) => l.startsWith("Let op"));
    expect(lines(eligible, "2026-04-01")).toEqual(["Let op: de ingangsdatum (1 april 2026) valt na de looptijd van de zorgovereenkomst (2024-2025)."]);
    expect(lines(eligible, "2025-12-31")).toEqual([]);
    expect(lines(eligible, null)).toEqual([]);
    expect(lines({ inAanmerking: false, benaderd: false, overeenkomst: null }, "2026-04-01")).toEqual([]);
  });

  it("says 'wel' for a condition that counts as met when unknown", () => {
    const uitleg = oneRule({ naam: "geregistreerd", bijOnbekend: true, onbekendToelichting: "Een nieuwe praktijk is nog niet geregistreerd." });
    const beslissing = uitleg.verklaar({ inAanmerking: true, benaderd: true, overeenkomst: { id: "zorg", naam: "Zorgovereenkomst zorg" } }, [3], {});
    expect(beslissing.toelichting).toContain("Onbekend is of u voldoet aan ‘geregistreerd’ (hoofdstuk 3); het beleid gaat er dan van uit dat u er wel aan voldoet.");
    // The author's note stays with the rule in the decision.
    expect(beslissing.regels[0]?.toelichting).toBe("Een nieuwe praktijk is nog niet geregistreerd.");
  });

  it("quotes the names of missing factors, so a name with a comma reads as one factor", () => {
    const model = compileFile("policies/geboortezorg/2026.policy").model!;
    const careType = model.careTypes.find((c) => c.id === "kraamzorg")!;
    const zorgsoort = describeCareType(model, careType);
    const rules = rulesFor(model, careType.id).map((r) => describeRule(model, r));
    const uitleg = new Uitleg(describePolicy(model), zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])));
    // Every condition met, no exclusion, no differentiation factor.
    const codes = rules.map((r): Uitkomstcode => (r.soort === "differentiatiefactor" || r.soort.endsWith("uitsluiting") ? 1 : 2));
    const lowest = zorgsoort.overeenkomsten[zorgsoort.overeenkomsten.length - 1]!;
    const lines = uitleg.verklaar({ inAanmerking: true, benaderd: true, overeenkomst: { id: lowest.id, naam: lowest.naam } }, codes, {}).toelichting;
    const factors = "‘aantoonbare rol in het opleiden, minimaal 1 opleidingsplek per 20 FTE’";
    expect(lines).toContain(`Voor Zorgovereenkomst A ontbreken: ${factors} en ‘aangesloten bij het KSV in de regio’.`);
    expect(lines).toContain(`Voor Zorgovereenkomst B ontbreekt nog 1 van deze differentiatiefactoren: ${factors} of ‘aangesloten bij het KSV in de regio’.`);
  });
});
