/**
 * A condition in a table's cell is compared as a rule's condition is: by what it lets through.
 * On a whole-number fact (`geheel: ja`) `<= 5` and `< 6` are the same condition, so a row whose
 * cell only changed so has the same values (the document prints other words for it: wording
 * only), where it used to be a changed row (onbepaald). A real move of the bound keeps its
 * direction, and a number that is not whole keeps the difference between `<` and `<=`.
 */

import { describe, expect, it } from "vitest";
import { diffModels } from "../../compiler/diff/index.js";
import type { PolicyModel } from "../../compiler/model.js";
import { model, variant } from "./base.js";

const FACT = `  werkdagen:
    type: getal
    omschrijving: Het aantal werkdagen tot de eerste afspraak.
    minimum: 0
    geheel: ja
`;

/** The small policy with a whole-number fact (or not) and a table whose cell for fysiotherapie reads `condition`. */
function withCell(condition: string, whole = true): PolicyModel {
  return model(
    variant([
      ["\nfeiten:\n", `\nfeiten:\n${whole ? FACT : FACT.replace("    geheel: ja\n", "")}`],
      ["      agb: { titel: AGB-code, type: verzameling }\n", "      agb: { titel: AGB-code, type: verzameling }\n      eis: { titel: Eis, type: voorwaarde }\n"],
      ['      fysiotherapie: { agb: ["04", "90"] }', `      fysiotherapie: { agb: ["04", "90"], eis: "${condition}" }`],
      ['      oefentherapie: { agb: ["07"] }', '      oefentherapie: { agb: ["07"], eis: "werkdagen <= 10" }'],
    ]),
  );
}

function rows(older: PolicyModel, newer: PolicyModel) {
  const result = diffModels(older, newer);
  expect(result.diagnostics).toEqual([]);
  return result.report.sections.flatMap((s) => s.items.map((i) => [i.change.kind, i.change.class, i.change.args.rijen]));
}

describe("a condition in a table cell, compared as in a rule", () => {
  it("<= 5 → < 6 on a whole number is no changed row, only other words", () => {
    expect(rows(withCell("werkdagen <= 5"), withCell("werkdagen < 6"))).toEqual([["tabelrijen_gewijzigd", "redactioneel", ["fysiotherapie"]]]);
    expect(rows(withCell("werkdagen < 6"), withCell("werkdagen <= 5"))).toEqual([["tabelrijen_gewijzigd", "redactioneel", ["fysiotherapie"]]]);
    expect(rows(withCell("werkdagen >= 3"), withCell("werkdagen > 2"))).toEqual([["tabelrijen_gewijzigd", "redactioneel", ["fysiotherapie"]]]);
  });

  it("a bound that really moved keeps its direction", () => {
    expect(rows(withCell("werkdagen <= 5"), withCell("werkdagen < 5"))).toEqual([["tabelrijen_gewijzigd", "strenger", ["fysiotherapie"]]]);
    expect(rows(withCell("werkdagen <= 5"), withCell("werkdagen < 7"))).toEqual([["tabelrijen_gewijzigd", "soepeler", ["fysiotherapie"]]]);
  });

  it("a number that is not whole: <= 5 → < 6 lets 5.5 in, a changed row (soepeler)", () => {
    expect(rows(withCell("werkdagen <= 5", false), withCell("werkdagen < 6", false))).toEqual([["tabelrijen_gewijzigd", "soepeler", ["fysiotherapie"]]]);
  });
});
