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
