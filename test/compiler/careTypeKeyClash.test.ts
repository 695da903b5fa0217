/**
 * A care type key that is a good name but clashes in the evaluator (with a type the module
 * already has, or with the key of a care type above it) is BL215 with a message that says so,
 * not "… is geen geldige naam", which an author reads as a spelling mistake.
 */

import { describe, expect, it } from "vitest";
import { compile, group, policyWith, rule } from "../analyse/policy.js";

function clashes(key: string, first?: string) {
  let text = policyWith(group("g", "randvoorwaarde", rule("r", "a"))).replace("  twee:\n    naam: Twee", `  ${key}:\n    naam: Twee`);
  if (first !== undefined) text = text.replace(/\n  (\w+):\n    naam: Een/, `\n  ${first}:\n    naam: Een`);
  return compile(text)
    .diagnostics.filter((d) => d.code === "BL215")
    .map((d) => ({ message: d.message, hint: d.hint }));
}

describe("a care type key that clashes in the evaluator", () => {
  it("says it clashes with a name the evaluator already uses, and names it", () => {
    const [voor] = clashes("voor");
    expect(voor?.message).toBe("De sleutel ‘voor’ botst met een naam die de evaluator al gebruikt: FeitenVoor.");
    expect(voor?.hint).toMatch(/‘voor’ zou het type FeitenVoor geven, dat de evaluator zelf al heeft\..* Kies een andere sleutel\.$/);
    // A name that differs only in capitals names the evaluator's own.
    expect(clashes("perzorgsoort")[0]?.message).toBe("De sleutel ‘perzorgsoort’ botst met namen die de evaluator al gebruikt: FeitenPerZorgsoort en BeslissingPerZorgsoort.");
  });

  it("names the care type above whose key gives the same names", () => {
    expect(clashes("zorg_1", "zorg1")).toEqual([
      { message: "De sleutel ‘zorg_1’ botst in de evaluator met de sleutel ‘zorg1’ van een zorgsoort erboven.", hint: expect.stringContaining("‘zorg_1’ en ‘zorg1’ krijgen in de evaluator dezelfde namen (Zorg1)") },
    ]);
  });

  it("keeps ‘… is geen geldige naam.’ for a key that is no name", () => {
    expect(clashes("rechts-vorm")[0]?.message).toBe("‘rechts-vorm’ is geen geldige naam.");
  });
});
