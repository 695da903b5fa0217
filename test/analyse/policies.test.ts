/**
 * The static analysis on the encoded policies in policies/: no warnings from the proving
 * checks (BL403, BL404, BL407–BL411). A warning here is either a false alarm — a bug in the
 * analysis — or a genuine problem in a policy, to be reported to its authors. The analysis
 * must also reach most rules, or its silence would mean little.
 */

import { describe, expect, it } from "vitest";
import { ruleSpaceInput } from "../../compiler/analyse/ruleSpace.js";
import { spacesFor } from "../../compiler/analyse/space.js";
import { compileFile } from "../../compiler/compile.js";
import { findPolicyFiles } from "../../compiler/files.js";

const PROVING = new Set(["BL403", "BL404", "BL407", "BL408", "BL409", "BL410", "BL411"]);
const FILES = findPolicyFiles(["policies"]).files;

describe("the encoded policies", () => {
  it.each(FILES)("%s gets no warning from the proving checks", (file) => {
    const result = compileFile(file);
    expect(result.diagnostics.filter((d) => PROVING.has(d.code)).map((d) => `${d.code} ${d.message}`)).toEqual([]);
  });

  it("are mostly within reach of the analysis", () => {
    let rules = 0;
    let decided = 0;
    for (const file of FILES) {
      const model = compileFile(file).model;
      for (const rule of model?.rules ?? []) {
        rules++;
        if (model && spacesFor(model, ruleSpaceInput(rule, rule.careTypes))) decided++;
      }
    }
    expect(decided / rules).toBeGreaterThan(0.9);
  });
});
