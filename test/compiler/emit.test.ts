/**
 * The generated evaluator for Paramedische zorg 2026-07 as golden files (JavaScript and
 * declarations), reviewed by eye when they change; plus properties every generated module
 * must have: deterministic, formatted, importing only the runtime, no eval.
 */

import { describe, expect, it } from "vitest";
import { compileFile, compileText } from "../../compiler/compile.js";
import { emitPolicy } from "../../compiler/emit/index.js";
import { emitModule } from "../../compiler/emit/js.js";
import { loadEvaluator } from "../../compiler/evaluate.js";

const SOURCE = "policies/paramedische-zorg/2026-07.policy";

async function emitted() {
  const result = compileFile(SOURCE);
  if (!result.model) throw new Error("policy does not compile");
  return emitPolicy(result.model, { runtimeImport: "../../runtime/index.js", sourceName: SOURCE });
}

describe("emitted evaluator", () => {
  it("matches the golden JavaScript and declarations", async () => {
    const { js, dts } = await emitted();
    await expect(js).toMatchFileSnapshot("../golden/emit/paramedische-zorg-2026-07.js");
    await expect(dts).toMatchFileSnapshot("../golden/emit/paramedische-zorg-2026-07.d.ts");
  });

  it("is deterministic", async () => {
    const a = await emitted();
    const b = await emitted();
    expect(a).toEqual(b);
  });

  it("imports only the runtime and never interprets code", async () => {
    const { js } = await emitted();
    const imports = [...js.matchAll(/^import [^;]*? from "([^"]+)";/gm)].map((m) => m[1]);
    expect(imports).toEqual(["../../runtime/index.js"]);
    expect(js).not.toMatch(/\beval\(|new Function|Function\(/);
  });

  it("has one function pair per care type", async () => {
    const { js } = await emitted();
    for (const name of ["Fysiotherapie", "Oefentherapie", "Logopedie", "Dietetiek", "PreventieveVoetzorg", "Gli", "Valpreventie"]) {
      expect(js).toContain(`export function beoordeel${name}(feiten)`);
      expect(js).toContain(`export function besluit${name}(feiten)`);
    }
  });

  it("tests no exclusions where a care type has none, with and without tiers, and still decides right", async () => {
    for (const tiers of [false, true]) {
      const result = compileText("zonder-uitsluiting.policy", withoutExclusions(tiers));
      if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
      const js = emitModule(result.model, { runtimeImport: "../../runtime/index.js", sourceName: "zonder-uitsluiting.policy" });
      expect(js).not.toContain("uitgesloten");
      const evaluator = await loadEvaluator(result.model);
      const decide = (registratie: boolean, behandelindex: number) => evaluator.besluit("fysiotherapie", { registratie, behandelindex }).overeenkomst?.id ?? null;
      const explain = (registratie: boolean, behandelindex: number) => evaluator.beoordeel("fysiotherapie", { registratie, behandelindex }).overeenkomst?.id ?? null;
      for (const decideWith of [decide, explain]) {
        expect(decideWith(false, 100)).toBe(null);
        expect(decideWith(true, 200)).toBe(tiers ? "B" : "fysiotherapie");
        expect(decideWith(true, 100)).toBe(tiers ? "A" : "fysiotherapie");
      }
    }
  });
});

/** A policy with one condition and no exclusion; with `tiers`, a factor chooses between A and B. */
function withoutExclusions(tiers: boolean): string {
  return `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: test
titel: Inkoopbeleid Test 2026
jaar: 2026
versie: "2026"
hoofdstukken:
  procedure:
    nummer: "4"
    titel: Inkoopprocedure
feiten:
  behandelindex:
    type: getal
    omschrijving: De behandelindex.
  registratie:
    type: ja/nee
    omschrijving: Geregistreerd.
zorgsoorten:
  fysiotherapie:
    naam: Fysiotherapie
    overeenkomst:
      soort: nieuw
      looptijd: "2026"
      hoofdstuk: procedure
      tekst: Caresq biedt een zorgovereenkomst aan.
${tiers ? "    differentiatie:\n      hoofdstuk: procedure\n      overeenkomsten:\n        A: { naam: Zorgovereenkomst A, factoren: 1 }\n        B: { naam: Zorgovereenkomst B, factoren: 0 }\n" : ""}groepen:
  basis:
    titel: Basis
    hoofdstuk: procedure
    soort: randvoorwaarde
    zorgsoorten: alle
    regels:
      reg:
        tekst: De praktijk is geregistreerd.
        voorwaarde: registratie
${tiers ? "  factoren:\n    titel: Factoren\n    hoofdstuk: procedure\n    soort: differentiatiefactor\n    zorgsoorten: alle\n    regels:\n      index:\n        tekst: Een lage behandelindex.\n        voorwaarde: behandelindex <= 150\n" : ""}`;
}
