/**
 * Emits the TypeScript declarations for a policy's module: the facts as a typed interface
 * (so passing `behandelindex: "hoog"` fails to compile), per care type the facts it needs, the
 * keys of its rules and its agreements, and its two functions, and the exported descriptions.
 * The types are as exact as the values: `ZORGSOORTEN.x.feiten` lists keys of `FEITEN`, each
 * fact has its own `type`, a decision names only the care type's agreements and rules. The
 * decision types come from `runtime/`, generic in those keys.
 */

import type { CareType, Fact, PolicyModel } from "../model.js";
import { agreementName, dateRulesFor, factsFor, rulesFor } from "../queries.js";
import { titleWithVersionName } from "../versionNames.js";
import { selectiveCareParts, ZONDER_CONTROLE_DOC } from "./js.js";
import { atom, code, sourceOf, type Statement, type Value } from "./layout/index.js";
import { careTypeFunctionNames } from "./careTypeNames.js";
import { CARE_TYPE_TYPE_PREFIXES, careTypeTypeName, commentText, docText, propertyKey, RUNTIME_TYPES, stringLiteral } from "./names.js";

const str = (text: string): Value => atom(stringLiteral(text), "string");
const name = (text: string): Value => atom(text, "name");
const union = (members: readonly Value[]): Value => (members.length === 1 ? (members[0] as Value) : { kind: "union", members });
const lines = (...text: string[]): Statement => ({ kind: "lines", lines: text });
const statement = (text: string): Statement => ({ kind: "code", text });

function factType(fact: Fact): Value {
  const values = (fact.values ?? []).map(str);
  let base: Value;
  switch (fact.type) {
    case "getal":
    case "percentage":
    case "bedrag":
      base = name("number");
      break;
    case "datum":
      base = name("Datum");
      break;
    case "ja/nee":
      base = name("boolean");
      break;
    case "tekst":
      base = name("string");
      break;
    case "keuze":
      base = values.length > 0 ? union(values) : name("never");
      break;
    case "verzameling":
      base = { kind: "readonlyArray", element: values.length > 0 ? { kind: "union", members: values } : name("never") };
      break;
  }
  if (fact.unknownReason === undefined) return base;
  return base.kind === "union" ? { kind: "union", members: [...base.members, name("null")] } : { kind: "union", members: [base, name("null")] };
}

const UNIT: Record<string, string> = { percentage: "Een percentage: 30 betekent 30%.", bedrag: "Een bedrag in euro.", datum: "Een datum als jjjj-mm-dd." };

function factDoc(fact: Fact, year: number): Statement {
  const text = [docText(fact.description)];
  if (fact.declarationOf !== undefined) text.push(`Verklaring van de zorgaanbieder bij regel ‘${docText(fact.declarationOf)}’.`);
  if (UNIT[fact.type]) text.push(UNIT[fact.type] as string);
  if (fact.unit !== undefined) text.push(`Eenheid: ${docText(fact.unit)}.`);
  if (fact.notGreaterThan !== undefined) text.push(`Niet groter dan \`${fact.notGreaterThan}\` (als beide bekend zijn).`);
  if (fact.referenceYearOffset !== undefined) text.push(`Peiljaar: ${year + fact.referenceYearOffset} (contractjaar ${fact.referenceYearOffset}).`);
  if (fact.unknownReason !== undefined) text.push(`\`null\` als dit onbekend is: ${docText(fact.unknownReason)}`);
  return lines("/**", ...text.map((l) => ` * ${l}`), " */");
}

/** A union of the keys as string literal types; `never` when there are none. */
const keyUnion = (keys: readonly string[]): Value => (keys.length > 0 ? union(keys.map(str)) : name("never"));

/** A care type's agreements as the evaluator has them: one per tier, or the one agreement without differentiation. */
function agreementTypes(careType: CareType): Value {
  const tiers = careType.differentiation?.tiers ?? [{ id: careType.id, name: agreementName(careType) }];
  return tiers.length > 0 ? union(tiers.map((tier) => ({ kind: "generic", name: "OvereenkomstBeschrijving", args: [str(tier.id), str(tier.name)] }))) : name("never");
}

/** An object type with one read-only member per key. */
function readonlyMembers(keys: readonly string[], type: (key: string) => Value): Value {
  return { kind: "typeObject", members: keys.map((key) => ({ key: `readonly ${propertyKey(key)}`, value: type(key) })) };
}

/** The declarations as source text, unformatted. */
export function emitDeclarations(model: PolicyModel, options: { runtimeImport: string; sourceName: string }): string {
  return sourceOf(declarationStatements(model, options)) + "\n";
}

/** The declarations as statements, for `layout/`. */
export function declarationStatements(model: PolicyModel, options: { runtimeImport: string; sourceName: string }): Statement[] {
  const out: Statement[] = [];
  const runtime = stringLiteral(options.runtimeImport);
  out.push(lines(`// Gegenereerd door beleid uit ${commentText(options.sourceName)}. Niet met de hand wijzigen.`, ""));
  // The runtime's types, also those a consumer needs to name parts of a decision (`Regeluitkomst`)
  // or of a FeitenFout (`FeitProbleem`): imported, and exported again so that the evaluator's
  // module is the one place to import from. The checker keeps care type keys from giving one of
  // these names, or another the module has (careTypeTypeNameClashes in names.ts, BL215).
  out.push(lines("import type {", ...RUNTIME_TYPES.map((n) => `  ${n},`), `} from ${runtime};`));
  out.push(statement(`export { FeitenFout } from ${runtime};`));
  out.push(lines("", "// Ook de typen van de runtime zijn uit deze module te importeren.", "export type {", ...RUNTIME_TYPES.map((n) => `  ${n},`), "};"));
  out.push(lines("", `/** ${docText(titleWithVersionName(model.meta))}. */`, "export declare const beleid: BeleidBeschrijving;"));
  out.push({ kind: "member", key: "export declare const HOOFDSTUKKEN", value: readonlyMembers(model.chapters.map((c) => c.id), () => name("Hoofdstuk")) });
  // Each fact with its own type, so that a form built from FEITEN can narrow on it; a keuze or
  // verzameling with its values.
  const factDescription = (fact: Fact): Value => {
    const members = [{ key: "readonly type", value: str(fact.type) }];
    if (fact.type === "keuze" || fact.type === "verzameling") {
      members.push({ key: "readonly waarden", value: { kind: "readonlyArray", element: keyUnion(fact.values ?? []) } });
    }
    // The whole as its key, so that `FEITEN[feit.nietGroterDan]` type-checks.
    if (fact.notGreaterThan !== undefined) members.push({ key: "readonly nietGroterDan", value: str(fact.notGreaterThan) });
    return { kind: "intersection", members: [name("FeitBeschrijving"), { kind: "typeObject", members }] };
  };
  out.push({ kind: "member", key: "export declare const FEITEN", value: { kind: "typeObject", members: model.facts.map((f) => ({ key: `readonly ${propertyKey(f.id)}`, value: factDescription(f) })) } });
  // Each rule with its own key and kind, so that code can narrow on `soort` (a form that lists the exclusions).
  const rules = new Map(model.rules.map((r) => [r.id, r]));
  const ruleDescription = (id: string): Value => ({
    kind: "intersection",
    members: [
      name("RegelBeschrijving"),
      {
        kind: "typeObject",
        members: [
          { key: "readonly id", value: str(id) },
          { key: "readonly soort", value: str(rules.get(id)?.kind ?? "") },
          // A rule of selective purchase always names its care.
          ...(rules.get(id)?.carePart !== undefined ? [{ key: "readonly deelzorg", value: name("string") }] : []),
        ],
      },
    ],
  });
  out.push({ kind: "member", key: "export declare const REGELS", value: readonlyMembers(model.rules.map((r) => r.id), ruleDescription) });
  out.push({ kind: "member", key: "export declare const ZORGSOORTEN", value: readonlyMembers(model.careTypes.map((c) => c.id), (id) => name(careTypeTypeName("Zorgsoort", id))) });
  out.push(lines("", "/** De zorgsoorten van dit beleid. */"));
  out.push({ kind: "alias", head: "export type Zorgsoort", value: model.careTypes.length > 0 ? union(model.careTypes.map((c) => str(c.id))) : name("never") });
  out.push(lines("", "/** Alle feiten van dit beleid. Een feit dat onbekend mag zijn, is `null` als het onbekend is. */"));
  out.push({
    kind: "block",
    head: "export interface Feiten",
    body: model.facts.flatMap((fact): Statement[] => [factDoc(fact, model.meta.year), { kind: "member", key: `readonly ${propertyKey(fact.id)}`, value: factType(fact) }]),
  });
  out.push(lines(""));

  for (const careType of model.careTypes) {
    const type = (prefix: (typeof CARE_TYPE_TYPE_PREFIXES)[number]): string => careTypeTypeName(prefix, careType.id);
    const facts = factsFor(model, careType.id);
    const dates = dateRulesFor(model, careType.id);
    const names = careTypeFunctionNames(careType);
    const dateKeys = keyUnion(dates.map((d) => d.id));
    out.push(lines(`/** De sleutels van de regels die voor ${docText(careType.name)} gelden. */`));
    out.push({ kind: "alias", head: `export type ${type("Regel")}`, value: keyUnion(rulesFor(model, careType.id).map((r) => r.id)) });
    out.push(lines(`/** De zorgovereenkomsten van ${docText(careType.name)}. */`));
    out.push({ kind: "alias", head: `export type ${type("Overeenkomst")}`, value: agreementTypes(careType) });
    out.push(lines(`/** ${docText(careType.name)} in \`ZORGSOORTEN\`, met de sleutels van de regels, feiten en datums. */`));
    out.push({
      kind: "block",
      head: `export interface ${type("Zorgsoort")} extends ZorgsoortBeschrijving`,
      body: [
        { kind: "member", key: "readonly id", value: str(careType.id) },
        { kind: "member", key: "readonly overeenkomsten", value: { kind: "readonlyArray", element: name(type("Overeenkomst")) } },
        { kind: "member", key: "readonly regels", value: { kind: "readonlyArray", element: name(type("Regel")) } },
        { kind: "member", key: "readonly feiten", value: code(`readonly (keyof ${type("Feiten")})[]`) },
        { kind: "member", key: "readonly datums", value: { kind: "readonlyArray", element: dateKeys } },
      ],
    });
    out.push(lines(`/** De feiten die de beoordeling van ${docText(careType.name)} nodig heeft. */`));
    out.push({ kind: "alias", head: `export type ${type("Feiten")}`, value: { kind: "generic", name: "Pick", args: [name("Feiten"), keyUnion(facts.map((f) => f.id))] } });
    out.push(lines(`/** De beslissing voor ${docText(careType.name)}. */`));
    out.push({
      kind: "alias",
      head: `export type ${type("Beslissing")}`,
      value: { kind: "generic", name: "Beslissing", args: [str(careType.id), dateKeys, name(type("Overeenkomst")), name(type("Regel")), name("Datum")] },
    });
    out.push(lines(`/** Beoordeelt een zorgaanbieder voor ${docText(careType.name)}, met volledige toelichting. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */`));
    out.push({ kind: "signature", head: `export declare function ${names.beoordeel}`, parameters: [`feiten: ${type("Feiten")}`], result: type("Beslissing") });
    out.push(lines(`/** Alleen de beslissing voor ${docText(careType.name)}, zonder toelichting. */`));
    out.push({ kind: "signature", head: `export declare function ${names.besluit}`, parameters: [`feiten: ${type("Feiten")}`], result: `Besluit<${type("Overeenkomst")}>` });
    const parts = selectiveCareParts(model, careType.id);
    if (parts.length > 0) {
      out.push(lines(`/** De delen van de zorg (\`deelzorg\`) die ${docText(model.meta.organisation)} voor ${docText(careType.name)} selectief inkoopt. */`));
      out.push({ kind: "alias", head: `export type ${type("Deelzorg")}`, value: union(parts.map(str)) });
      out.push(
        lines(
          `/** Welke zorg ${docText(model.meta.organisation)} voor ${docText(careType.name)} niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid; een nieuwe lijst. Gooit een FeitenFout bij ontbrekende of ongeldige feiten. */`,
        ),
      );
      out.push({ kind: "signature", head: `export declare function ${names.nietIngekocht}`, parameters: [`feiten: ${type("Feiten")}`], result: `${type("Deelzorg")}[]` });
    }
    out.push(lines(""));
  }

  const perCareType = (prefix: (typeof CARE_TYPE_TYPE_PREFIXES)[number]) => model.careTypes.map((c): Statement => ({ kind: "member", key: `readonly ${propertyKey(c.id)}`, value: name(careTypeTypeName(prefix, c.id)) }));
  out.push(lines("/** Per zorgsoort de feiten die de beoordeling nodig heeft. */"));
  out.push({ kind: "block", head: "export interface FeitenPerZorgsoort", body: perCareType("Feiten") });
  out.push(lines("/** Per zorgsoort de beslissing. */"));
  out.push({ kind: "block", head: "export interface BeslissingPerZorgsoort", body: perCareType("Beslissing") });
  out.push(lines("/** Per zorgsoort de beslissing zonder toelichting. */"));
  out.push({
    kind: "block",
    head: "export interface BesluitPerZorgsoort",
    body: model.careTypes.map((c): Statement => ({ kind: "member", key: `readonly ${propertyKey(c.id)}`, value: code(`Besluit<${careTypeTypeName("Overeenkomst", c.id)}>`) })),
  });
  out.push(lines("/** Per zorgsoort met selectieve inkoop de zorg die niet wordt ingekocht (`nietIngekocht…`). */"));
  out.push({
    kind: "block",
    head: "export interface NietIngekochtPerZorgsoort",
    body: model.careTypes
      .filter((c) => selectiveCareParts(model, c.id).length > 0)
      .map((c): Statement => ({ kind: "member", key: `readonly ${propertyKey(c.id)}`, value: name(`${careTypeTypeName("Deelzorg", c.id)}[]`) })),
  });
  // The rest is the same in every module, written here as prettier lays it out.
  out.push(
    lines(
      "",
      "/**",
      " * De feiten voor zorgsoort Z. Kan Z meerdere zorgsoorten zijn (een variabele van het type",
      " * Zorgsoort), dan de feiten van al die zorgsoorten samen: welke het wordt, blijkt pas bij het",
      " * uitvoeren.",
      " */",
      "export type FeitenVoor<Z extends Zorgsoort> = (",
      "  Z extends unknown ? (feiten: FeitenPerZorgsoort[Z]) => void : never",
      ") extends (feiten: infer F) => void",
      "  ? F",
      "  : never;",
      "",
      "/** Beoordeelt een zorgaanbieder voor de gegeven zorgsoort, met volledige toelichting. */",
      "export declare function beoordeel<Z extends Zorgsoort>(",
      "  zorgsoort: Z,",
      "  feiten: FeitenVoor<Z>,",
      "): BeslissingPerZorgsoort[Z];",
      "/** Alleen de beslissing voor de gegeven zorgsoort, zonder toelichting. */",
      "export declare function besluit<Z extends Zorgsoort>(",
      "  zorgsoort: Z,",
      "  feiten: FeitenVoor<Z>,",
      "): BesluitPerZorgsoort[Z];",
      "",
      `/** ${ZONDER_CONTROLE_DOC} */`,
      "export declare const ZONDER_CONTROLE: {",
      "  readonly [Z in Zorgsoort]: {",
      "    readonly beoordeel: (feiten: FeitenPerZorgsoort[Z]) => BeslissingPerZorgsoort[Z];",
      "    readonly besluit: (feiten: FeitenPerZorgsoort[Z]) => BesluitPerZorgsoort[Z];",
      "  } & (Z extends keyof NietIngekochtPerZorgsoort",
      "    ? { readonly nietIngekocht: (feiten: FeitenPerZorgsoort[Z]) => NietIngekochtPerZorgsoort[Z] }",
      "    : unknown);",
      "};",
    ),
  );
  return out;
}
