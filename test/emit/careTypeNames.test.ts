/**
 * A care type's key names functions in the generated module (`function fysiotherapie(feiten)`
 * evaluates every rule of fysiotherapie). A key that is a word of JavaScript (`delete`,
 * `class`), a name the module declares itself (`beleid`, `besluit`) or imports from the runtime
 * (`aantal`, `als`), or another care type's function (`besluit_een`) must still give a module
 * that loads and decides: found by renaming a care type in the editor.
 */

import { describe, expect, it } from "vitest";
import { compile, group, policyWith, rule } from "../analyse/policy.js";
import { loadEvaluator } from "../../compiler/evaluate.js";
import { careTypeFunctionNames } from "../../compiler/emit/careTypeNames.js";

const KEYS = ["delete", "class", "true", "await", "arguments", "beleid", "besluit", "beoordeel", "aantal", "als", "uitleg", "besluit_een", "beoordeel_een", "feiten_in_orde_een", "beslis_een", "niet_ingekocht_een", "selectief_een"];

describe("care type keys that are names in JavaScript or in the module", () => {
  it.each(KEYS)("‘%s’ gives an evaluator that loads and decides", async (key) => {
    // Both care types purchase selectively, so each has its nietIngekocht… (and the function behind it).
    const body = group("g", "randvoorwaarde", rule("r", "a")) + group("s", "selectieve_inkoop", rule("p", "a", "        deelzorg: zorg bij de ziekte van Parkinson\n"));
    const text = policyWith(body).replace("  twee:\n    naam: Twee", `  ${key}:\n    naam: Twee`);
    const result = compile(text);
    expect(result.diagnostics.filter((d) => d.severity === "fout"), key).toEqual([]);
    const evaluator = (await loadEvaluator(result.model!)) as unknown as Record<string, unknown> & {
      beoordeel(z: string, f: unknown): { inAanmerking: boolean };
      ZONDER_CONTROLE: Record<string, { besluit(f: unknown): unknown; nietIngekocht(f: unknown): string[] }>;
    };
    expect(typeof evaluator.beoordeel).toBe("function");
    expect(typeof evaluator.ZONDER_CONTROLE[key]?.besluit).toBe("function");
    const names = careTypeFunctionNames({ id: key });
    for (const careType of ["een", key]) {
      const own = careTypeFunctionNames({ id: careType }).nietIngekocht;
      expect((evaluator[own] as (f: unknown) => string[])({ a: false }), `${key}: ${own}`).toEqual(["zorg bij de ziekte van Parkinson"]);
      expect(evaluator.ZONDER_CONTROLE[careType]!.nietIngekocht({ a: true }), key).toEqual([]);
    }
    expect(typeof evaluator[names.besluit]).toBe("function");
  });
});
