/**
 * beleid as a library: the package's own entry points (`beleid` and `beleid/runtime`, as
 * package.json exports them from the build) compile, compare and evaluate policies.
 */

import { describe, expect, it } from "vitest";

describe("import from \"beleid\"", () => {
  it("compiles a policy, evaluates a provider and compares two versions", async () => {
    const beleid = await import("beleid");
    const older = beleid.compileFile("policies/paramedische-zorg/2026-04.policy");
    const newer = beleid.compileFile("policies/paramedische-zorg/2026-07.policy");
    expect(beleid.hasErrors(newer.diagnostics)).toBe(false);
    const evaluator = await beleid.loadEvaluator(newer.model!);
    const { aanbieder: _id, ...facts } = beleid.generateProviders(newer.model!, { count: 1, seed: 7, careType: "valpreventie" }).next().value!;
    const decision = evaluator.besluit("valpreventie", facts);
    expect(typeof decision.inAanmerking).toBe("boolean");
    const { report } = beleid.diffModels(older.model!, newer.model!);
    expect(beleid.renderReport(report, "tekst")).toContain("Wijzigingen ten opzichte van");
  });

  it("exports the runtime the evaluators import", async () => {
    const runtime = await import("beleid/runtime");
    expect(Object.keys(runtime)).toContain("controleerFeiten");
  });
});
