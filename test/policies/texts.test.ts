/**
 * Texts of the encoded policies that a tester read as wrong: a list of the source written as one
 * line. The document and the checker page show these texts as they are parsed here.
 */

import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { parseProse } from "../../compiler/render/prose.js";

describe("hulpmiddelen, ‘Nieuwe producten’", () => {
  it.each(["2025", "2026-04", "2026-07"])("%s: the six points under ‘Omschrijving van het product’ are a list, not one line", (version) => {
    const model = compileFile(`policies/hulpmiddelen/${version}.policy`).model!;
    const text = model.texts.find((t) => t.id === "nieuwe_producten")!.text;
    const lists = parseProse(text).filter((b) => b.kind === "list");
    expect(lists).toEqual([
      {
        kind: "list",
        items: [
          "Offerte;",
          "Benodigde hoeveelheid (per maand/jaar/gedurende gebruikstermijn);",
          "AIP-prijs van het product (indien van toepassing);",
          "Het te vervangen product (indien van toepassing);",
          "De doelgroep voor het betreffende product;",
          "Of u het product landelijk kunt leveren.",
        ],
      },
    ]);
    expect(text).not.toMatch(/bestaat uit; Offerte/);
  });
});

describe("hulpmiddelen, ‘Benodigd certificaat, keurmerk en/of registratie’", () => {
  it.each(["2025", "2026-04", "2026-07"])("%s: the rule of each hulpmiddel names what it needs, without ‘onderstaand schema’", (version) => {
    const model = compileFile(`policies/hulpmiddelen/${version}.policy`).model!;
    const rules = model.rules.filter((r) => r.group === "certificaat_per_hulpmiddel");
    expect(rules.length).toBe(11);
    for (const rule of rules) expect(rule.text, rule.id).not.toMatch(/onderstaand schema/);
    const alarm = rules.find((r) => r.careTypes.includes("personenalarmering"));
    expect(alarm?.name).toBe("ISO-certificaat en WDTM Ketenkeurmerk");
    expect(alarm?.text).toBe("Personenalarmering: ISO-certificaat en WDTM Ketenkeurmerk.");
    expect(model.rules.some((r) => /onderstaand schema/.test(r.text))).toBe(false);
  });
});
