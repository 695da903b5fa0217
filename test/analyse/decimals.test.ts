/**
 * Thresholds of the static analysis are exact decimals, as the language computes (docs/taal.md,
 * "Rekenen met decimalen"): `y + 0.1 >= 0.3` changes at y = 0.2, not at the float
 * 0.19999999999999998, so it is told apart from `y < 0.2` exactly where an evaluator does.
 */

import { describe, expect, it } from "vitest";
import { scanExpressions } from "../../compiler/analyse/atoms.js";
import type { TExpr } from "../../compiler/model.js";
import { compile, group, policyWith, rule, warnings } from "./policy.js";

/** The thresholds the analysis finds for fact `y` in `condition`. */
function thresholds(condition: string): number[] {
  const model = compile(policyWith(group("g", "randvoorwaarde", rule("r", condition)))).model;
  const logic = model?.rules[0]?.logic;
  if (!model || logic?.kind !== "voorwaarde") throw new Error(`no condition: ${condition}`);
  const uses = scanExpressions(model, [logic.condition.expr as TExpr], ["een"]);
  return [...(uses?.facts.get("y")?.numbers ?? [])];
}

const one = (condition: string) => warnings(compile(policyWith(group("g", "randvoorwaarde", rule("r", condition)))));

describe("a threshold after arithmetic is an exact decimal", () => {
  it.each([
    ["y + 0.1 >= 0.3", 0.2],
    ["0.3 - y > 0.1", 0.2],
    ["y - 0.1 >= 0.2", 0.3],
    ["y + 0.7 > 1.1", 0.4],
    ["(y + 0.1) + 0.2 >= 0.6", 0.3],
    ["0.1 + (0.2 + y) = 0.6", 0.3],
    ["-(y + 0.1) < -0.3", 0.2],
    ["1000000.1 - y = 1000000", 0.1],
  ])("%s changes at %s", (condition, boundary) => {
    expect(thresholds(condition)).toEqual([boundary]);
  });

  it.each([
    ["y + 0.1 >= 0.3 en y < 0.2", "nooit waar"],
    ["y + 0.1 >= 0.3 of y < 0.2", "altijd waar"],
    ["y + 0.1 = 0.3 en y ≠ 0.2", "nooit waar"],
    ["(y + 0.1) + 0.2 >= 0.6 en y < 0.3", "nooit waar"],
  ])("%s is %s", (condition, outcome) => {
    const result = compile(policyWith(group("g", "randvoorwaarde", rule("r", condition))));
    expect(result.diagnostics.filter((d) => d.code === "BL403").map((d) => d.message)).toEqual([`De voorwaarde van regel ‘r’ is ${outcome}, wat de feiten ook zijn.`]);
  });

  it("still sees both ways where they exist", () => {
    expect(one("0.3 - y > 0.1 en y < 0.2")).toEqual([]);
    expect(one("y + 0.1 = 0.3")).toEqual([]);
  });
});
