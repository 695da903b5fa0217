import { test } from "vitest";
import { readFileSync } from "node:fs";
import { compileText } from "../compiler/compile.js";
import { renderDiagnostics } from "../compiler/diagnostics/render.js";
test("x", () => {
  let src = readFileSync("policies/paramedische-zorg/2026-07.policy", "utf8");
  src = src.replace("voorwaarde: behandelindex > 150\n        bij_onbekend: onwaar\n        onbekend", "voorwaarde: behandelindex > ja\n        bij_onbekend: onwaar\n        onbekend");
  src = src.replace("en minste_uren_verbijzonderd >= 24", "en minste_uren_verbijzonderd >= 24%");
  src = src.replace("valpreventie_uitvoerder in [\"fysiotherapeut\"", "valpreventie_uitvoerder in [\"fysiotherapeutt\"");
  src = src.replace("voorwaarde: kngf_basisregister of skf_keurmerk", "voorwaarde: kngf_basisregistr of skf_keurmerk");
  src = src.replace("hoofdstuk: selectief", "hoofdstuk: selctief");
  src = src.replace("    onbekend: Alleen bekend als de zorgaanbieder een gecorrigeerd", "    onbekendd: Alleen bekend als de zorgaanbieder een gecorrigeerd");
  src = src.replace("voorwaarde: contractjaar - laatste_contractjaar > 3\n        bij_onbekend: waar", "voorwaarde: contractjaar - laatste_contractjaar > 3");
  src = src.replace("voorwaarde: aantal(doelen_digitale_zorg) >= 1", "voorwaarde: aantall(doelen_digitale_zorg) >= 1");
  const r = compileText("policies/paramedische-zorg/2026-07.policy", src);
  console.log(renderDiagnostics(r.diagnostics, r.sources, { colour: false }));
});
