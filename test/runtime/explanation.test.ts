/**
 * The explanation prepared per care type (runtime/explanation.ts) must give exactly the
 * decision the one-by-one explanation gave before it (test/runtime/referenceExplanation.ts):
 * equal objects and byte-identical JSON, for every care type of every policy and for random
 * care types whose rules share names (so sentences repeat), with one `Uitleg` reused across
 * all runs so its caches are exercised too.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { findPolicyFiles } from "../../compiler/files.js";
import { describeCareType, describePolicy, describeRule } from "../../compiler/interpret/descriptions.js";
import { rulesFor } from "../../compiler/queries.js";
import { verklaar, type BeleidBeschrijving, type Besluit, type OvereenkomstBeschrijving, type RegelBeschrijving, type RegelResultaat, type RegelSoort, type ZorgsoortBeschrijving } from "../../runtime/decision.js";
import { Uitleg, type Uitkomstcode } from "../../runtime/explanation.js";
import { referenceVerklaar } from "./referenceExplanation.js";

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

function expectSameExplanation(beleid: BeleidBeschrijving, zorgsoort: ZorgsoortBeschrijving, rules: readonly RegelBeschrijving[], uitleg: Uitleg, runs: number, seed: number): void {
  fc.assert(
    fc.property(
      besluitArbitrary(zorgsoort),
      fc.array(fc.tuple(codeArbitrary, fc.constantFrom(true, false, null)), { minLength: rules.length, maxLength: rules.length }),
      fc.option(fc.constantFrom("2026-01-01", "2026-04-01"), { nil: null }),
      (besluit, outcomes, date) => {
        const codes = outcomes.map(([code]) => code);
        const datums = Object.fromEntries(zorgsoort.datums.map((d) => [d, date]));
        const results = rules.map((r, i) => resultFor(r, codes[i] as Uitkomstcode, (outcomes[i] as [Uitkomstcode, boolean | null])[1]));
        const expected = referenceVerklaar(beleid, zorgsoort, besluit, results, datums);
        const actual = uitleg.verklaar(besluit, codes, datums);
        expect(actual).toEqual(expected);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        // `verklaar`, which evaluators built by earlier versions call, gives the same.
        expect(JSON.stringify(verklaar(beleid, zorgsoort, besluit, results, datums))).toBe(JSON.stringify(expected));
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
        const uitleg = new Uitleg(beleid, zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])));
        expectSameExplanation(beleid, zorgsoort, rules, uitleg, 40, 7);
      }
    });
  }

  const KINDS: RegelSoort[] = ["randvoorwaarde", "aanvullende_voorwaarde", "differentiatiefactor", "uitsluiting", "benaderingsvoorwaarde", "benaderingsuitsluiting"];
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
  });
  const careTypeArbitrary = fc.record({
    rules: fc.array(ruleArbitrary, { maxLength: 9 }),
    gedifferentieerd: fc.boolean(),
    minima: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
    tierNames: fc.constantFrom(["A", "B", "C", "D"], ["A", "A", "B", "C"], ["‘x’ (hoofdstuk 3.1) is een", "B", "C", "D"]),
    doorlopend: fc.boolean(),
    organisatie: fc.constantFrom("Caresq", "U komt"),
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
        }));
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
          feiten: [],
          datums: ["ingangsdatum"],
        };
        const beleid: BeleidBeschrijving = { organisatie: c.organisatie, zorgverzekeraar: "Eucare", domein: "zorg", titel: "Beleid", jaar: 2026, versie: "2026", gepubliceerd: null, vorige: null };
        const uitleg = new Uitleg(beleid, zorgsoort, Object.fromEntries(rules.map((r) => [r.id, r])));
        expectSameExplanation(beleid, zorgsoort, rules, uitleg, 25, seed);
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
