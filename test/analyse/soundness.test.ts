/**
 * The static analysis never raises a false alarm: for random conditions (comparisons with
 * literals that often collide, `tussen`, `in`, `bevat`, `aantal`, `jaar`, arithmetic with the
 * contract year, and some forms it cannot follow, joined by `en`, `of` and `niet`), whatever
 * values the analysis says a condition can take, random facts — often on the thresholds of the
 * conditions — never give another value. Where the analysis claims "never true" or "always
 * true", the claim holds for every input tried. The same with numbers compared with each
 * other and parts not greater than their whole (`niet_groter_dan`), whole and not, known or not,
 * where the facts tried keep every part within its whole as the evaluator demands.
 *
 * Also the representatives of space.ts on their own: one value in every stretch.
 */

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideValues, isConstant, valueBit } from "../../compiler/analyse/outcomes.js";
import { buildSpace, dateRepresentatives, MAX_POINTS, numberRepresentatives, textRepresentatives } from "../../compiler/analyse/space.js";
import { tablesOf } from "../../compiler/analyse/atoms.js";
import { evaluateExpression } from "../../compiler/interpret/expression.js";
import type { TExpr } from "../../compiler/model.js";
import { factsArbitrary } from "../compiler/factArbitrary.js";
import { compile, group, oneCareTypePolicy, policyWith, rule } from "./policy.js";

const N = ["0", "1", "2", "5", "150"];
const DATES = ["2024-12-31", "2025-01-01", "2025-06-30"];
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

const atom: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(["x", "y", "-y", "y + 1", "3 - y", "contractjaar - y"]), pick([">", ">=", "<", "<=", "=", "≠"]), pick(N)).map(([l, op, r]) => `${l} ${op} ${r}`),
  fc.tuple(pick(["x", "y"]), pick(N), pick(N)).map(([v, a, b]) => `${v} tussen ${a} en ${b}`),
  fc.tuple(pick(["p"]), pick([">", "<=", "="]), pick(["0%", "30%", "50%"])).map(([l, op, r]) => `${l} ${op} ${r}`),
  fc.tuple(pick(["d"]), pick([">", ">=", "<", "<=", "="]), pick(DATES)).map(([l, op, r]) => `${l} ${op} ${r}`),
  fc.tuple(pick(["=", ">=", "<"]), pick(["2024", "2025"])).map(([op, y]) => `jaar(d) ${op} ${y}`),
  fc.tuple(pick(["=", "≠"]), pick(['"a"', '"b"'])).map(([op, t]) => `t ${op} ${t}`),
  pick(['t in ["a", "b"]', 't niet in ["b"]', '["a"] bevat t']),
  pick(['k = "rood"', 'k ≠ "groen"', 'k in ["rood", "blauw"]']),
  pick(['s bevat "v1"', '"v2" in s', '"v1" niet in s']),
  fc.tuple(pick([">=", "<", "="]), pick(["0", "1", "2", "7", "8"])).map(([op, n]) => `aantal(s) ${op} ${n}`),
  pick(["a", "b", "bekend(x)", "niet bekend(x)"]),
  // Forms the analysis cannot follow: it must stay silent about them, not guess.
  pick(["x + y > 5", "min(y, 3) >= 2", "y + 1 < x"]),
  // Two numbers compared with each other.
  fc.tuple(pick(["x", "y"]), pick([">", ">=", "<", "<=", "=", "≠"]), pick(["x", "y"])).map(([l, op, r]) => `${l} ${op} ${r}`),
);

/**
 * Facts tied by `niet_groter_dan`: a whole (whole number), a whole part, a part that may be
 * unknown, a decimal part of a part. A part whose whole no rule reads is not compared with it
 * (the evaluator only compares facts the care type needs), so the whole's maximum does not
 * bound it then.
 */
const RELATED = `  n:
    type: getal
    omschrijving: Een geheel.
    geheel: ja
    minimum: 0
    maximum: 20
  m:
    type: getal
    omschrijving: Een deel.
    geheel: ja
    minimum: 0
    niet_groter_dan: n
  u:
    type: getal
    omschrijving: Een deel dat onbekend mag zijn.
    niet_groter_dan: n
    onbekend: Soms niet bekend.
  w:
    type: getal
    omschrijving: Een deel van een deel.
    maximum: 4
    niet_groter_dan: m
`;

const relatedAtom: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(["n", "m", "u", "w"]), pick([">", ">=", "<", "<=", "=", "≠"]), pick(["0", "1", "2", "2.5", "5", "20", "25"])).map(([l, op, r]) => `${l} ${op} ${r}`),
  fc.tuple(pick(["n", "m", "u", "w"]), pick([">", ">=", "<", "<=", "=", "≠"]), pick(["n", "m", "u", "w"])).map(([l, op, r]) => `${l} ${op} ${r}`),
  fc.tuple(pick(["n", "m", "u", "w"]), pick(["0", "1", "3"]), pick(["1", "2", "4"])).map(([v, a, b]) => `${v} tussen ${a} en ${b}`),
  pick(["bekend(u)", "niet bekend(u)", "a"]),
);

const conditionOf = (atom: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atom,
    fc.tuple(tie("c"), pick(["en", "of"]), tie("c")).map(([l, op, r]) => `(${l}) ${op} (${r})`),
    tie("c").map((c) => `niet (${c})`),
  ),
})).c;

const condition = conditionOf(atom);

/**
 * For random conditions in a policy made by `policyOf`: whatever constant value the analysis
 * claims, random facts never give another value. Returns how many conditions were decided and
 * how many of those constant.
 */
function checkClaims(conditions: fc.Arbitrary<string>, policyOf: (rules: string) => string, numRuns: number): { decided: number; constant: number } {
  let decided = 0;
  let constant = 0;
  fc.assert(
    fc.property(fc.array(conditions, { minLength: 1, maxLength: 4 }), fc.integer(), (list, seed) => {
      const result = compile(policyOf(list.map((c, i) => rule(`r${i}`, c)).join("")));
      const model = result.model;
      if (!model) return; // a generated condition that does not type-check (e.g. `y tussen` a date)
      for (const r of model.rules) {
        if (r.logic.kind !== "voorwaarde") continue;
        const expr: TExpr = r.logic.condition.expr;
        const careTypes = r.careTypes;
        const [mask] = decideValues(model, { expressions: [expr], careTypes }, [expr]) ?? [];
        if (mask === undefined) continue;
        decided++;
        // Going both ways is shown by the points themselves; only a constant is a claim.
        if (!isConstant(mask)) continue;
        constant++;
        for (const careType of careTypes) {
          for (const facts of fc.sample(factsArbitrary(model, careType), { numRuns: 25, seed })) {
            const value = evaluateExpression(expr, { model, tables: tablesOf(model), careType, facts });
            expect(mask & valueBit(value), `${r.logic.condition.source} with ${JSON.stringify(facts)}`).not.toBe(0);
          }
        }
      }
    }),
    { numRuns, seed: 403 },
  );
  return { decided, constant };
}

describe("the analysis is sound", () => {
  it("a condition never takes a value the analysis ruled out", () => {
    const { decided, constant } = checkClaims(condition, (rules) => policyWith(group("g", "randvoorwaarde", rules)), 150);
    // The generator must exercise both the decided and the constant cases.
    expect(decided).toBeGreaterThan(100);
    expect(constant).toBeGreaterThan(10);
  });

  it("also with numbers compared with each other and parts not greater than their whole", () => {
    const { decided, constant } = checkClaims(conditionOf(relatedAtom), (rules) => oneCareTypePolicy({ title: "Verhoudingen", facts: RELATED, soort: "randvoorwaarde", rules }), 150);
    expect(decided).toBeGreaterThan(100);
    expect(constant).toBeGreaterThan(10);
  });
});

describe("representatives", () => {
  it("of numbers: one below, each threshold, one between each two, one above", () => {
    expect(numberRepresentatives([150, 100])).toEqual([0, 100, 125, 150, 300]);
    expect(numberRepresentatives([])).toEqual([0]);
    expect(numberRepresentatives([-3])).toEqual([-6, -3, 0]);
    // Neighbouring doubles have nothing between them.
    const next = 1 + Number.EPSILON;
    expect(numberRepresentatives([1, next])).toEqual([0, 1, next, next + next]);
  });

  it("of dates: the day before, the day itself and the day after", () => {
    expect(dateRepresentatives(["2025-01-01"])).toEqual(["2024-12-31", "2025-01-01", "2025-01-02"]);
    expect(dateRepresentatives(["9999-12-31"])).toEqual(["9999-12-30", "9999-12-31"]);
  });

  it("of texts: each one and one other", () => {
    expect(textRepresentatives(["a", "een andere tekst"])).toEqual(["a", "een andere tekst", "een andere tekst!"]);
  });

  it("give up beyond the budget", () => {
    const model = compile(policyWith(group("g", "randvoorwaarde", rule("r", "a en b en x > 1 en y > 2")))).model!;
    const expr = (model.rules[0]?.logic as { condition: { expr: TExpr } }).condition.expr;
    expect(buildSpace(model, { expressions: [expr], careTypes: ["een"] })?.size).toBe(2 * 2 * 4 * 3);
    expect(buildSpace(model, { expressions: [expr], careTypes: ["een"] }, 40)).toBeUndefined();
    expect(MAX_POINTS).toBeGreaterThanOrEqual(1024);
  });
});
