/**
 * A small policy as an exploratory tester wrote it: Inkoopbeleid Diëtetiek of one year, version
 * the same year, domain `dietetiek` (the ASCII key of "Diëtetiek"), a chapter "4 Zorgovereenkomst"
 * with the agreement's text and a chapter "5 Planning" with a deadline whose subject says
 * "Deadline". Used by the document and the site tests.
 */

import { compileText } from "../../compiler/compile.js";
import type { PolicyModel } from "../../compiler/model.js";

export function dietetiekSource(year: number, options: { previous?: string; title?: string; agreement?: string } = {}): string {
  return `taalversie: 1
organisatie: Caresq
zorgverzekeraar: Eucare
domein: dietetiek
titel: ${options.title ?? `Inkoopbeleid Diëtetiek ${year}`}
jaar: ${year}
versie: "${year}"
gepubliceerd: ${year - 1}-06-01
${options.previous ? `vorige: "${options.previous}"\n` : ""}hoofdstukken:
  voorwaarden: { nummer: "3", titel: Voorwaarden }
  overeenkomst: { nummer: "4", titel: Zorgovereenkomst }
  planning: { nummer: "5", titel: Planning }
feiten:
  kwaliteitsregister:
    type: ja/nee
    omschrijving: Staat de diëtist in het Kwaliteitsregister Paramedici?
zorgsoorten:
  dietetiek:
    naam: Diëtetiek
    overeenkomst:
${
  options.agreement ??
  `      soort: nieuw
      looptijd: ${year}-${year + 1}
      hoofdstuk: overeenkomst
      tekst: Caresq biedt een tweejarige zorgovereenkomst ${year}-${year + 1} aan.`
}
groepen:
  basis:
    titel: Randvoorwaarden
    hoofdstuk: voorwaarden
    soort: randvoorwaarde
    zorgsoorten: alle
    regels:
      register:
        tekst: De diëtist staat in het Kwaliteitsregister Paramedici.
        voorwaarde: kwaliteitsregister
planning:
  aanbieding:
    onderwerp: Aanbieding zorgovereenkomst via VECOZO
    hoofdstuk: planning
    wanneer: Begin september ${year - 1}
  ondertekening:
    onderwerp: Deadline ondertekening zorgovereenkomst
    hoofdstuk: planning
    datum: ${year - 1}-11-07
    soort: deadline
  nieuwe_producten:
    onderwerp: Aanvraag nieuwe producten
    hoofdstuk: planning
    datum: ${year - 1}-08-01
    soort: deadline
`;
}

export function dietetiek(year: number, options: Parameters<typeof dietetiekSource>[1] = {}): PolicyModel {
  const result = compileText(`dietetiek/${year}.policy`, dietetiekSource(year, options));
  const errors = result.diagnostics.filter((d) => d.severity === "fout");
  if (!result.model || errors.length > 0) throw new Error(`Diëtetiek ${year} compileert niet: ${errors.map((d) => d.message).join("; ")}`);
  return result.model;
}
