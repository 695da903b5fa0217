/**
 * What `beleid eval` says about a date of the agreement without value (compiler/render/decisionDates.ts):
 * a sentence from the description of the unknown fact, addressed to the provider, for every date
 * fact of the encoded policies; the explanation's words for a description of another form.
 */

import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { dateNotes, notDone } from "../../compiler/render/decisionDates.js";
import { factsInExpression } from "../../compiler/queries.js";

describe("a date that does not apply", () => {
  it("says what the provider has not done, from the fact's description", () => {
    expect(notDone("De datum waarop de zorgaanbieder een gecorrigeerd bewijsstuk van de praktijkregistratie heeft aangeleverd.")).toBe(
      "u heeft geen gecorrigeerd bewijsstuk van de praktijkregistratie aangeleverd",
    );
    expect(notDone("De datum waarop de zorgaanbieder zelf een zorgovereenkomst heeft aangevraagd via het aanvraagformulier.")).toBe(
      "u heeft zelf geen zorgovereenkomst aangevraagd via het aanvraagformulier",
    );
    // A remark in brackets at the end is about the fact, not about what the provider did.
    expect(notDone("De datum waarop de zorgaanbieder zelf een zorgovereenkomst heeft aangevraagd (een CBT: de datum van de e-mail, voorzien van een AGB-code, aan zorginkoop@caresq.nl).")).toBe(
      "u heeft zelf geen zorgovereenkomst aangevraagd",
    );
    // Without an indefinite article the negation is "niet".
    expect(notDone("De datum waarop de praktijk de vragenlijst in het Zorginkoopportaal heeft ingevuld en bevestigd.")).toBe("u heeft de vragenlijst in het Zorginkoopportaal niet ingevuld en bevestigd");
    expect(notDone("Het aantal fysiotherapeuten.")).toBeUndefined();
  });

  it("has a sentence for every date of the encoded policies whose fact is unknown", () => {
    for (const domain of readdirSync("policies").filter((d) => d !== "algemeen")) {
      for (const file of readdirSync(`policies/${domain}`).filter((f) => f.endsWith(".policy"))) {
        const model = compileFile(`policies/${domain}/${file}`).model!;
        for (const careType of model.careTypes) {
          for (const rule of model.dateRules) {
            const facts = [...factsInExpression(model, rule.computation.expr, careType.id)];
            if (facts.length === 0) continue;
            const note = dateNotes(model, careType.id, Object.fromEntries(facts.map((f) => [f, null])))[rule.id]!;
            expect(note.zonderWaarde, `${domain}/${file} ${careType.id} ${rule.id}`).toMatch(/^Niet van toepassing: u heeft (zelf )?geen [^‘’]+\.$/);
          }
        }
      }
    }
  });

  it("falls back on the explanation's words, and says when a date cannot be determined", () => {
    const model = compileFile("policies/paramedische-zorg/2026-07.policy").model!;
    const odd = { ...model, facts: model.facts.map((f) => (f.id === "aanvraagdatum" ? { ...f, description: "Aanvraagdatum van de zorgaanbieder." } : f)) };
    expect(dateNotes(odd, "fysiotherapie", { aanvraagdatum: null }).ingangsdatum?.zonderWaarde).toBe("Niet van toepassing, omdat ‘Aanvraagdatum van de zorgaanbieder’ onbekend is.");
    expect(dateNotes(model, "fysiotherapie", { aanvraagdatum: "9999-12-20" }).ingangsdatum).toEqual({
      omschrijving: "Ingangsdatum van een zorgovereenkomst na een eigen aanvraag",
      zonderWaarde: "Niet te bepalen, omdat de berekening geen uitkomst heeft (zoals bij een datum na 31 december 9999).",
    });
  });
});
