/**
 * Emits the TypeScript declarations for a policy's module: the facts as a typed interface
 * (so passing `behandelindex: "hoog"` fails to compile), per care type the facts it needs and
 * its two functions, and the exported descriptions. The decision types come from `runtime/`.
 */

import type { Fact, PolicyModel } from "../model.js";
import { dateRulesFor, factsFor } from "../queries.js";
import { ZONDER_CONTROLE_DOC } from "./js.js";
import { careTypeFunctionNames, commentText, docText, pascalCase, propertyKey, stringLiteral } from "./names.js";

function factType(fact: Fact): string {
  let base: string;
  switch (fact.type) {
    case "getal":
    case "percentage":
    case "bedrag":
      base = "number";
      break;
    case "datum":
      base = "Datum";
      break;
    case "ja/nee":
      base = "boolean";
      break;
    case "tekst":
      base = "string";
      break;
    case "keuze":
      base = (fact.values ?? []).map(stringLiteral).join(" | ");
      break;
    case "verzameling":
      base = `readonly (${(fact.values ?? []).map(stringLiteral).join(" | ")})[]`;
      break;
  }
  return fact.unknownReason !== undefined ? `${base} | null` : base;
}

const UNIT: Record<string, string> = { percentage: "Een percentage: 30 betekent 30%.", bedrag: "Een bedrag in euro.", datum: "Een datum als jjjj-mm-dd." };

function factDoc(fact: Fact, year: number): string[] {
  const lines = [docText(fact.description)];
  if (fact.declarationOf !== undefined) lines.push(`Verklaring van de zorgaanbieder bij regel ‘${docText(fact.declarationOf)}’.`);
  if (UNIT[fact.type]) lines.push(UNIT[fact.type] as string);
  if (fact.unit !== undefined) lines.push(`Eenheid: ${docText(fact.unit)}.`);
  if (fact.referenceYearOffset !== undefined) lines.push(`Peiljaar: ${year + fact.referenceYearOffset} (contractjaar ${fact.referenceYearOffset}).`);
  if (fact.unknownReason !== undefined) lines.push(`\`null\` als dit onbekend is: ${docText(fact.unknownReason)}`);
  return ["  /**", ...lines.map((l) => `   * ${l}`), "   */"];
}

export function emitDeclarations(model: PolicyModel, options: { runtimeImport: string; sourceName: string }): string {
  const out: string[] = [];
  out.push(`// Gegenereerd door beleid uit ${commentText(options.sourceName)}. Niet met de hand wijzigen.`);
  out.push("");
  out.push(
    `import type { BeleidBeschrijving, Beslissing, Besluit, Datum, FeitBeschrijving, Hoofdstuk, RegelBeschrijving, ZorgsoortBeschrijving } from ${stringLiteral(options.runtimeImport)};`,
  );
  out.push(`export { FeitenFout } from ${stringLiteral(options.runtimeImport)};`);
  out.push(`export type { Datum };`);
  out.push("");
  out.push(`/** ${docText(model.meta.title)} (versie ${docText(model.meta.version)}). */`);
  out.push("export declare const beleid: BeleidBeschrijving;");
  out.push(`export declare const HOOFDSTUKKEN: { ${model.chapters.map((c) => `readonly ${propertyKey(c.id)}: Hoofdstuk;`).join(" ")} };`);
  out.push(`export declare const FEITEN: { ${model.facts.map((f) => `readonly ${propertyKey(f.id)}: FeitBeschrijving;`).join(" ")} };`);
  out.push(`export declare const REGELS: { ${model.rules.map((r) => `readonly ${propertyKey(r.id)}: RegelBeschrijving;`).join(" ")} };`);
  out.push(`export declare const ZORGSOORTEN: { ${model.careTypes.map((c) => `readonly ${propertyKey(c.id)}: ZorgsoortBeschrijving & { readonly id: ${stringLiteral(c.id)} };`).join(" ")} };`);
  out.push("");
  out.push("/** De zorgsoorten van dit beleid. */");
  out.push(`export type Zorgsoort = ${model.careTypes.map((c) => stringLiteral(c.id)).join(" | ") || "never"};`);
  out.push("");
  out.push("/** Alle feiten van dit beleid. Een feit dat onbekend mag zijn, is `null` als het onbekend is. */");
  out.push("export interface Feiten {");
  for (const fact of model.facts) {
    out.push(...factDoc(fact, model.meta.year));
    out.push(`  readonly ${propertyKey(fact.id)}: ${factType(fact)};`);
  }
  out.push("}");
  out.push("");

  for (const careType of model.careTypes) {
    const pascal = pascalCase(careType.id);
    const facts = factsFor(model, careType.id);
    const dates = dateRulesFor(model, careType.id);
    const names = careTypeFunctionNames(careType);
    const dateUnion = dates.length > 0 ? dates.map((d) => stringLiteral(d.id)).join(" | ") : "never";
    out.push(`/** De feiten die de beoordeling van ${docText(careType.name)} nodig heeft. */`);
    out.push(`export type Feiten${pascal} = Pick<Feiten, ${facts.length > 0 ? facts.map((f) => stringLiteral(f.id)).join(" | ") : "never"}>;`);
    out.push(`/** De beslissing voor ${docText(careType.name)}. */`);
    out.push(`export type Beslissing${pascal} = Beslissing<${stringLiteral(careType.id)}, ${dateUnion}>;`);
    out.push(`/** Beoordeelt een zorgaanbieder voor ${docText(careType.name)}, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */`);
    out.push(`export declare function ${names.beoordeel}(feiten: Feiten${pascal}): Beslissing${pascal};`);
    out.push(`/** Alleen de beslissing voor ${docText(careType.name)}, zonder toelichting. */`);
    out.push(`export declare function ${names.besluit}(feiten: Feiten${pascal}): Besluit;`);
    out.push("");
  }

  out.push("/** Per zorgsoort de feiten die de beoordeling nodig heeft. */");
  out.push(`export interface FeitenPerZorgsoort { ${model.careTypes.map((c) => `readonly ${propertyKey(c.id)}: Feiten${pascalCase(c.id)};`).join(" ")} }`);
  out.push("/** Per zorgsoort de beslissing. */");
  out.push(`export interface BeslissingPerZorgsoort { ${model.careTypes.map((c) => `readonly ${propertyKey(c.id)}: Beslissing${pascalCase(c.id)};`).join(" ")} }`);
  out.push("");
  out.push("/**");
  out.push(" * De feiten voor zorgsoort Z. Kan Z meerdere zorgsoorten zijn (een variabele van het type");
  out.push(" * Zorgsoort), dan de feiten van al die zorgsoorten samen: welke het wordt, blijkt pas bij het");
  out.push(" * uitvoeren.");
  out.push(" */");
  out.push("export type FeitenVoor<Z extends Zorgsoort> = (Z extends unknown ? (feiten: FeitenPerZorgsoort[Z]) => void : never) extends (feiten: infer F) => void ? F : never;");
  out.push("");
  out.push("/** Beoordeelt een zorgaanbieder voor de gegeven zorgsoort, met volledige toelichting. */");
  out.push("export declare function beoordeel<Z extends Zorgsoort>(zorgsoort: Z, feiten: FeitenVoor<Z>): BeslissingPerZorgsoort[Z];");
  out.push("/** Alleen de beslissing voor de gegeven zorgsoort, zonder toelichting. */");
  out.push("export declare function besluit<Z extends Zorgsoort>(zorgsoort: Z, feiten: FeitenVoor<Z>): Besluit;");
  out.push("");
  out.push(`/** ${ZONDER_CONTROLE_DOC} */`);
  out.push("export declare const ZONDER_CONTROLE: { readonly [Z in Zorgsoort]: { readonly beoordeel: (feiten: FeitenPerZorgsoort[Z]) => BeslissingPerZorgsoort[Z]; readonly besluit: (feiten: FeitenPerZorgsoort[Z]) => Besluit } };");
  return out.join("\n") + "\n";
}
