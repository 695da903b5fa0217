/**
 * How a changed condition moves for providers (compiler/diff/conditions.ts), on conditions
 * typed by the checker.
 */

import { describe, expect, it } from "vitest";
import { compareConditions } from "../../compiler/diff/conditions.js";
import type { TExpr } from "../../compiler/model.js";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

function condition(source: string): TExpr {
  const model = compile(policyWith(group("g", "randvoorwaarde", rule("r", source)))).model;
  const found = model?.rules.find((r) => r.id === "r")?.logic;
  if (found?.kind !== "voorwaarde") throw new Error(`${source} does not compile`);
  return found.condition.expr;
}

const direction = (before: string, after: string) => {
  const change = compareConditions(condition(before), condition(after));
  return change.kind === "same" ? "same" : change.direction;
};

describe("a bound replaced by the larger or smaller of itself and something else", () => {
  it.each([
    ["y >= 1", "y >= max(1, naar_beneden(aantal(s) / 2))", "narrower"],
    ["y >= max(1, aantal(s))", "y >= 1", "wider"],
    ["y >= 5", "y >= min(5, aantal(s))", "wider"],
    ["y <= 5", "y <= max(aantal(s), 5)", "wider"],
    ["5 <= y", "max(5, aantal(s)) <= y", "narrower"],
    ["niet (y >= 1)", "niet (y >= max(1, aantal(s)))", "wider"],
    ["b en y >= 1", "b en y >= max(1, aantal(s))", "narrower"],
    ["y = 1", "y = max(1, aantal(s))", "different"],
    ["y >= 2", "y >= max(1, aantal(s))", "different"],
  ])("%s → %s is %s", (before, after, expected) => {
    expect(direction(before, after)).toBe(expected);
  });
});

describe("a comparison whose operator changed", () => {
  it.each([
    ["y > 140", "y >= 140", "wider"],
    ["y >= 140", "y > 140", "narrower"],
    ["y > 140", "y >= 139", "wider"],
    ["y > 140", "y >= 141", "narrower"],
    ["y <= 5", "y < 5", "narrower"],
    ["y < 5", "y <= 6", "wider"],
    ["140 < y", "y >= 140", "wider"],
    ["p >= 50%", "p > 50%", "narrower"],
    ["d <= 2025-07-01", "d < 2025-07-01", "narrower"],
    ["niet (y > 140)", "niet (y >= 140)", "narrower"],
    ["b en y > 140", "b en y >= 140", "wider"],
    ["y > 140", "y < 140", "different"],
    ["y > 140", "y = 140", "different"],
  ])("%s → %s is %s", (before, after, expected) => {
    expect(direction(before, after)).toBe(expected);
  });

  it("the same bound written the other way round is no change", () => {
    expect(direction("y > 140", "140 < y")).toBe("same");
  });
});

describe("a negated comparison reads as the comparison it means", () => {
  it.each([
    ["y > 140", "niet (y <= 140)"],
    ["y >= 140", "niet (y < 140)"],
    ["y < 140", "niet (y >= 140)"],
    ["y <= 140", "niet (y > 140)"],
    ["y = 140", "niet (y ≠ 140)"],
    ["y ≠ 140", "niet (y = 140)"],
    ["b en y > 140", "b en niet (y <= 140)"],
    ["niet (niet (y > 140))", "y > 140"],
    ["x > 140", "niet (x <= 140)"],
  ])("%s and %s are the same", (before, after) => {
    expect(direction(before, after)).toBe("same");
    expect(direction(after, before)).toBe("same");
  });

  it.each([
    ["y > 150", "niet (y <= 140)", "threshold", "wider"],
    ["niet (y <= 150)", "y > 140", "threshold", "wider"],
    ["niet (y <= 140)", "niet (y <= 150)", "threshold", "narrower"],
    ["y > 140", "niet (y < 140)", "other", "wider"],
    ["b of y > 140", "b of niet (y <= 150)", "threshold", "narrower"],
  ])("%s → %s is a moved bound: %s, %s", (before, after, kind, expected) => {
    const change = compareConditions(condition(before), condition(after));
    expect(change.kind).toBe(kind);
    expect(direction(before, after)).toBe(expected);
  });

  it("only for comparisons: a negated list membership stays what it was", () => {
    expect(direction('niet (k in ["rood"])', 'k niet in ["rood"]')).toBe("different");
  });
});
