/**
 * Emits the ES module for one policy: its metadata, chapters, facts and rules as constant
 * data, and per care type a straight-line function that evaluates every rule once, decides
 * and explains, next to a function for the decision alone that evaluates only the rules the
 * decision needs. The module imports only `runtime/`. Unformatted; `format.ts` runs prettier
 * over it.
 *
 * Per care type the explaining code reads in the order of the decision: the rules (one
 * `const` each, with a comment giving chapter, kind, id and the start of the published text),
 * then whether the base conditions hold, whether an exclusion applies, how many
 * differentiation factors are met, which agreement that gives, and whether Caresq approaches
 * the provider. The decision alone reads in the same order, each rule in line.
 */

import { REQUIRED_FOR_OFFER, type CareType, type Fact, type PolicyModel, type Rule, type RuleKind } from "../model.js";
import { agreementName, dateRulesFor, factsFor, rulesFor, RULE_KIND_NAME } from "../queries.js";
import { emitExpression, type ExpressionEmitContext } from "./expressions.js";
import { NameAllocator, camelCase, careTypeFunctionNames, commentText, constantCase, docText, pascalCase, propertyAccess, propertyKey, stringLiteral } from "./names.js";

export interface EmitOptions {
  /** Module specifier of the runtime, e.g. "../../runtime/index.js" or "beleid/runtime". */
  readonly runtimeImport: string;
  /** How the source file is named in the header comment. */
  readonly sourceName: string;
}


/** The documentation of the trusted entry points, in the module and its declarations. */
export const ZONDER_CONTROLE_DOC =
  "Per zorgsoort `beoordeel` en `besluit` zonder de controle van de feiten, voor bulkverwerking van feiten die al zijn gecontroleerd (bijvoorbeeld met het JSON Schema van de feiten). Met ongeldige feiten geeft dit een verkeerde beslissing in plaats van een FeitenFout: gebruik het alleen na een eigen controle.";


class ModuleWriter {
  readonly helpers = new Set<string>();
  readonly hoisted: string[] = [];
  private readonly hoistedByCode = new Map<string, string>();
  readonly moduleNames: NameAllocator;

  constructor(reserved: Iterable<string>) {
    this.moduleNames = new NameAllocator(reserved);
  }

  helper(name: string): string {
    this.helpers.add(name);
    return name;
  }

  /** The values of a keuze or verzameling fact as a set, for the facts check. */
  valueSet(fact: string): string {
    return this.hoistSet(`${fact}_waarden`, `${propertyAccess("FEITEN", fact)}.waarden`, `De waarden van ${commentText(fact)} als verzameling, voor de controle van de feiten.`);
  }

  /** A set at module level (not frozen: a frozen Set can still change), once per distinct content. */
  hoistSet(preferred: string, values: string, doc?: string): string {
    const code = `new Set(${values})`;
    const existing = this.hoistedByCode.get(code);
    if (existing) return existing;
    const name = this.moduleNames.allocate(constantCase(preferred));
    this.hoistedByCode.set(code, name);
    if (doc) this.hoisted.push(`/** ${doc} */`);
    this.hoisted.push(`const ${name} = ${code};`);
    return name;
  }

  /** How expressions of `careType` are emitted into this module; `hoistName` names what they hoist. */
  context(model: PolicyModel, careType: CareType, hoistName: string): ExpressionEmitContext {
    return {
      model,
      careType: careType.id,
      helper: (n) => this.helper(n),
      hoist: (preferred, code) => this.hoist(preferred, code),
      hoistSet: (preferred, values) => this.hoistSet(preferred, values),
      hoistName,
    };
  }

  hoist(preferred: string, code: string): string {
    const existing = this.hoistedByCode.get(code);
    if (existing) return existing;
    const name = this.moduleNames.allocate(constantCase(preferred));
    this.hoistedByCode.set(code, name);
    this.hoisted.push(`const ${name} = Object.freeze(${code});`);
    return name;
  }
}

export function emitModule(model: PolicyModel, options: EmitOptions): string {
  const careTypeNames = model.careTypes.flatMap((c) => Object.values(careTypeFunctionNames(c)));
  const writer = new ModuleWriter([
    "beleid",
    "HOOFDSTUKKEN",
    "FEITEN",
    "REGELS",
    "ZORGSOORTEN",
    "beoordeel",
    "besluit",
    "BEOORDELAARS",
    "BESLUITERS",
    "ZONDER_CONTROLE",
    ...careTypeNames,
    ...model.careTypes.flatMap((c) => [`FEITEN_${constantCase(c.id)}`, `OVEREENKOMSTEN_${constantCase(c.id)}`, `UITLEG_${constantCase(c.id)}`]),
  ]);
  const chapterById = new Map(model.chapters.map((c) => [c.id, c]));
  const groupById = new Map(model.groups.map((g) => [g.id, g]));

  const out: string[] = [];
  out.push(`// Gegenereerd door beleid uit ${commentText(options.sourceName)}. Niet met de hand wijzigen:`);
  out.push("// pas het beleidsbestand aan en bouw opnieuw.");
  out.push("");
  const importIndex = out.length;
  out.push("");

  // --- Metadata ---------------------------------------------------------------------------
  const meta = model.meta;
  out.push(`/** ${docText(meta.title)} (versie ${docText(meta.version)}). */`);
  out.push(
    `export const beleid = Object.freeze({ organisatie: ${stringLiteral(meta.organisation)}, zorgverzekeraar: ${stringLiteral(meta.insurer)}, domein: ${stringLiteral(meta.domain)}, titel: ${stringLiteral(meta.title)}, jaar: ${meta.year}, versie: ${stringLiteral(meta.version)}, gepubliceerd: ${meta.published ? stringLiteral(meta.published) : "null"}, vorige: ${meta.previous ? stringLiteral(meta.previous) : "null"} });`,
  );
  out.push("");

  out.push("/** De hoofdstukken van het beleid, op sleutel. */");
  out.push("export const HOOFDSTUKKEN = Object.freeze({");
  for (const c of model.chapters) out.push(`  ${propertyKey(c.id)}: Object.freeze({ nummer: ${stringLiteral(c.number)}, titel: ${stringLiteral(c.title)} }),`);
  out.push("});");
  out.push("");

  out.push("/** De feiten over een zorgaanbieder waarop de regels zijn gebaseerd. */");
  out.push("export const FEITEN = Object.freeze({");
  for (const f of model.facts) {
    const fields = [
      `id: ${stringLiteral(f.id)}`,
      `type: ${stringLiteral(f.type)}`,
      `omschrijving: ${stringLiteral(f.description)}`,
      ...(f.values ? [`waarden: Object.freeze([${f.values.map(stringLiteral).join(", ")}])`] : []),
      ...(f.unit !== undefined ? [`eenheid: ${stringLiteral(f.unit)}`] : []),
      ...(f.referenceYearOffset !== undefined ? [`peiljaar: ${f.referenceYearOffset}`] : []),
      ...(f.unknownReason !== undefined ? [`onbekend: ${stringLiteral(f.unknownReason)}`] : []),
      ...(f.declarationOf !== undefined ? [`verklaring: ${stringLiteral(f.declarationOf)}`] : []),
    ];
    out.push(`  ${propertyKey(f.id)}: Object.freeze({ ${fields.join(", ")} }),`);
  }
  out.push("});");
  out.push("");

  out.push("/** Alle regels van het beleid, met hun gepubliceerde tekst. */");
  out.push("export const REGELS = Object.freeze({");
  for (const r of model.rules) {
    const group = groupById.get(r.group);
    const fields = [
      `id: ${stringLiteral(r.id)}`,
      `naam: ${stringLiteral(r.name)}`,
      `soort: ${stringLiteral(r.kind)}`,
      `tekst: ${stringLiteral(r.text)}`,
      `hoofdstuk: ${propertyAccess("HOOFDSTUKKEN", r.chapter)}`,
      `groep: Object.freeze({ id: ${stringLiteral(r.group)}, titel: ${stringLiteral(group?.title ?? "")} })`,
      `status: ${stringLiteral(r.status)}`,
      `verklaring: ${r.logic.kind === "verklaring"}`,
      ...(r.whenUnknown !== undefined ? [`bijOnbekend: ${r.whenUnknown}`] : []),
      ...(r.unknownNote !== undefined ? [`onbekendToelichting: ${stringLiteral(r.unknownNote)}`] : []),
      ...(r.exception ? [`uitzonderingsroute: ${stringLiteral(r.exception.route)}`] : []),
    ];
    out.push(`  ${propertyKey(r.id)}: Object.freeze({ ${fields.join(", ")} }),`);
  }
  out.push("});");
  out.push("");

  for (const careType of model.careTypes) {
    const name = constantCase(careType.id);
    const tiers = careType.differentiation?.tiers ?? [{ id: careType.id, name: agreementName(careType), factors: undefined }];
    out.push(`const OVEREENKOMSTEN_${name} = Object.freeze({`);
    for (const tier of tiers) {
      out.push(`  ${propertyKey(tier.id)}: Object.freeze({ id: ${stringLiteral(tier.id)}, naam: ${stringLiteral(tier.name)}${tier.factors !== undefined ? `, factoren: ${tier.factors}` : ""} }),`);
    }
    out.push("});");
  }
  out.push("");

  out.push("/** De zorgsoorten, met hun zorgovereenkomsten en de regels, feiten en datums die erbij horen. */");
  out.push("export const ZORGSOORTEN = Object.freeze({");
  for (const careType of model.careTypes) {
    const a = careType.agreement;
    const contract = `Object.freeze({ soort: ${stringLiteral(a.kind)}, looptijd: ${a.term ? `Object.freeze({ van: ${a.term.from}, tot: ${a.term.to} })` : "null"}, tekst: ${stringLiteral(a.text)}, hoofdstuk: ${propertyAccess("HOOFDSTUKKEN", a.chapter)}, status: ${stringLiteral(a.status)} })`;
    const list = (ids: string[]) => `Object.freeze([${ids.map(stringLiteral).join(", ")}])`;
    out.push(`  ${propertyKey(careType.id)}: Object.freeze({`);
    out.push(`    id: ${stringLiteral(careType.id)},`);
    out.push(`    naam: ${stringLiteral(careType.name)},`);
    out.push(`    contract: ${contract},`);
    out.push(`    overeenkomsten: Object.freeze(Object.values(OVEREENKOMSTEN_${constantCase(careType.id)})),`);
    out.push(`    gedifferentieerd: ${careType.differentiation !== undefined},`);
    out.push(`    regels: ${list(rulesFor(model, careType.id).map((r) => r.id))},`);
    out.push(`    feiten: ${list(factsFor(model, careType.id).map((f) => f.id))},`);
    out.push(`    datums: ${list(dateRulesFor(model, careType.id).map((d) => d.id))},`);
    out.push("  }),");
  }
  out.push("});");
  out.push("");

  for (const careType of model.careTypes) {
    const facts = factsFor(model, careType.id);
    out.push(`const FEITEN_${constantCase(careType.id)} = Object.freeze([${facts.map((f) => propertyAccess("FEITEN", f.id)).join(", ")}]);`);
  }
  out.push("");
  out.push("// Per zorgsoort de toelichting: wat niet van de zorgaanbieder afhangt, wordt één keer opgebouwd.");
  for (const careType of model.careTypes) {
    out.push(`const UITLEG_${constantCase(careType.id)} = new ${writer.helper("Uitleg")}(beleid, ${propertyAccess("ZORGSOORTEN", careType.id)}, REGELS);`);
  }
  out.push("");

  const hoistIndex = out.length;
  out.push("");

  for (const careType of model.careTypes) {
    out.push(...emitCareType(model, careType, writer, chapterById));
    out.push("");
  }

  // --- Dispatch by care type --------------------------------------------------------------
  out.push("const BEOORDELAARS = Object.freeze({");
  for (const c of model.careTypes) out.push(`  ${propertyKey(c.id)}: ${careTypeFunctionNames(c).beoordeel},`);
  out.push("});");
  out.push("const BESLUITERS = Object.freeze({");
  for (const c of model.careTypes) out.push(`  ${propertyKey(c.id)}: ${careTypeFunctionNames(c).besluit},`);
  out.push("});");
  out.push("");
  out.push("/** Beoordeelt een zorgaanbieder voor de gegeven zorgsoort, met volledige toelichting. */");
  out.push(`export function beoordeel(zorgsoort, feiten) {`);
  out.push(`  return ${writer.helper("kiesZorgsoort")}(BEOORDELAARS, zorgsoort)(feiten);`);
  out.push("}");
  out.push("");
  out.push("/** Alleen de beslissing (in aanmerking, benaderd, zorgovereenkomst), zonder toelichting. */");
  out.push(`export function besluit(zorgsoort, feiten) {`);
  out.push(`  return ${writer.helper("kiesZorgsoort")}(BESLUITERS, zorgsoort)(feiten);`);
  out.push("}");
  out.push("");
  out.push(`/** ${ZONDER_CONTROLE_DOC} */`);
  out.push("export const ZONDER_CONTROLE = Object.freeze({");
  for (const c of model.careTypes) {
    const names = careTypeFunctionNames(c);
    out.push(`  ${propertyKey(c.id)}: Object.freeze({ beoordeel: ${names.intern}, besluit: ${names.beslis} }),`);
  }
  out.push("});");

  out.splice(hoistIndex, 1, ...writer.hoisted, "");
  const helpers = [...writer.helpers].sort();
  out.splice(
    importIndex,
    1,
    `import { ${helpers.join(", ")} } from ${stringLiteral(options.runtimeImport)};`,
    "",
    "// De fout bij onbruikbare feiten, uit dezelfde runtime als de evaluator (zodat `instanceof` klopt).",
    `export { FeitenFout } from ${stringLiteral(options.runtimeImport)};`,
    "",
  );
  return out.join("\n") + "\n";
}

interface RuleVariables {
  /** The boolean the decision uses (unknown already resolved). */
  readonly value: string;
  /** The raw three-valued outcome, for the explanation (same as `value` when never unknown). */
  readonly outcome: string;
  /** Whether `outcome` can be null (unknown). */
  readonly nullable: boolean;
  readonly applies?: string;
  readonly exception?: string;
}

/**
 * The outcome code `Uitleg.verklaar` (runtime/explanation.ts) expects for one rule, written
 * out rather than through a helper: a function per rule would exhaust V8's inlining budget.
 */
function outcomeCode(v: RuleVariables): string {
  let code = v.nullable ? `${v.outcome} === null ? 3 : ${v.outcome} ? 2 : 1` : `${v.outcome} ? 2 : 1`;
  if (v.exception) code = `(${code}) + (${v.exception} ? 3 : 0)`;
  return v.applies ? `${v.applies} ? ${v.exception ? code : `(${code})`} : 0` : code;
}

function emitCareType(model: PolicyModel, careType: CareType, writer: ModuleWriter, chapterById: Map<string, { number: string }>): string[] {
  const names = careTypeFunctionNames(careType);
  const locals = new NameAllocator(["feiten", "metUitleg", "besluit", "voldoetAanVoorwaarden", "uitgesloten", "aantalFactoren", "overeenkomst", "inAanmerking", "benaderd", ...writer.helpers, "uitkomst", "controleerFeiten", "prototypeVan"]);
  const rules = rulesFor(model, careType.id);
  const definitive = rules.filter((r) => r.status === "definitief");
  const intentions = rules.filter((r) => r.status === "voornemen");
  const constId = constantCase(careType.id);
  const vars = new Map<string, RuleVariables>();
  const body: string[] = [];

  const ctxFor = (rule: Rule): ExpressionEmitContext => writer.context(model, careType, `${rule.id}_waarden`);

  const emitRule = (rule: Rule, into: string[]) => {
    const chapter = chapterById.get(rule.chapter)?.number ?? rule.chapter;
    const base = locals.allocate(camelCase(rule.id));
    const ctx = ctxFor(rule);
    const unknownNote = rule.whenUnknown !== undefined ? `, bij onbekend ${rule.whenUnknown ? "waar" : "onwaar"}` : "";
    const label = `${chapter} ${RULE_KIND_NAME[rule.kind]} ${rule.id}${rule.logic.kind === "verklaring" ? " (verklaring)" : ""}${unknownNote}`;
    into.push(`  // ${label}`);
    into.push(`  // ${commentText(rule.text, 96)}`);
    let applies: string | undefined;
    if (rule.appliesWhen) {
      applies = locals.allocate(`${base}VanToepassing`);
      into.push(`  const ${applies} = ${emitExpression(rule.appliesWhen.expr, ctx)};`);
    }
    let value: string;
    let outcome: string;
    let nullable = false;
    if (rule.logic.kind === "verklaring") {
      value = outcome = base;
      const fact = rule.logic.fact;
      nullable = model.facts.find((f) => f.id === fact)?.unknownReason !== undefined;
      into.push(`  const ${base} = ${propertyAccess("feiten", rule.logic.fact)};`);
    } else if (rule.logic.condition.expr.nullable) {
      nullable = true;
      outcome = locals.allocate(`${base}Uitkomst`);
      value = base;
      into.push(`  const ${outcome} = ${emitExpression(rule.logic.condition.expr, ctx)};`);
      into.push(`  const ${value} = ${outcome} ?? ${rule.whenUnknown === true};`);
    } else {
      value = outcome = base;
      into.push(`  const ${base} = ${emitExpression(rule.logic.condition.expr, ctx)};`);
    }
    let exception: string | undefined;
    if (rule.exception) {
      exception = locals.allocate(`${base}Uitzondering`);
      const code = emitExpression(rule.exception.condition.expr, ctx);
      into.push(`  const ${exception} = ${rule.exception.condition.expr.nullable ? `${code} ?? ${rule.exception.whenUnknown === true}` : code};`);
    }
    vars.set(rule.id, { value, outcome, nullable, ...(applies ? { applies } : {}), ...(exception ? { exception } : {}) });
  };

  // Approach rules may use `voorwaarden_voldaan`, so they come after the base conditions.
  const isApproach = (r: Rule) => r.kind === "benaderingsvoorwaarde" || r.kind === "benaderingsuitsluiting";
  for (const rule of definitive.filter((r) => !isApproach(r))) emitRule(rule, body);

  const term = (rule: Rule, positive: boolean): string => ruleTerm(vars.get(rule.id) as RuleVariables, positive);
  const ofKinds = (kinds: readonly RuleKind[]) => definitive.filter((r) => kinds.includes(r.kind));
  const joinOr = (items: string[], empty: string, op: string) => (items.length === 0 ? empty : items.join(` ${op} `));

  body.push("");
  body.push(`  const voldoetAanVoorwaarden = ${joinOr(ofKinds(REQUIRED_FOR_OFFER).map((r) => term(r, false)), "true", "&&")};`);
  body.push(`  const uitgesloten = ${joinOr(ofKinds(["uitsluiting"]).map((r) => term(r, true)), "false", "||")};`);
  const tiers = careType.differentiation?.tiers;
  const intended = careType.agreement.status === "voornemen";
  if (intended) {
    body.push(`  // De inkoop van ${commentText(careType.name, 60)} is nog een voornemen: er is geen zorgovereenkomst.`);
    body.push("  const overeenkomst = null;");
  } else if (tiers) {
    const factors = ofKinds(["differentiatiefactor"]);
    // Counted in line, not through a helper with rest parameters (which allocates per call).
    body.push(`  const aantalFactoren = ${factors.length === 0 ? "0" : factors.map((r) => `(${term(r, true)} ? 1 : 0)`).join(" + ")};`);
    body.push(`  const overeenkomst = !voldoetAanVoorwaarden || uitgesloten ? null : ${tierChoice(careType)};`);
  } else {
    body.push(`  const overeenkomst = voldoetAanVoorwaarden && !uitgesloten ? ${propertyAccess(`OVEREENKOMSTEN_${constId}`, careType.id)} : null;`);
  }
  body.push("  const inAanmerking = overeenkomst !== null;");
  const approachRules = definitive.filter(isApproach);
  if (approachRules.length > 0) {
    body.push("");
    for (const rule of approachRules) emitRule(rule, body);
    body.push("");
  }
  const notApproached = noApproach(careType);
  if (notApproached) body.push(...notApproached);
  else {
    const approach = [
      ...ofKinds(["benaderingsvoorwaarde"]).map((r) => term(r, false)),
      ...ofKinds(["benaderingsuitsluiting"]).map((r) => `!${term(r, true)}`),
    ];
    body.push(`  const benaderd = ${joinOr(approach, "true", "&&")};`);
  }
  body.push("  const besluit = { inAanmerking, benaderd, overeenkomst };");

  if (intentions.length > 0) {
    body.push("");
    body.push("  // Voornemens: ze tellen niet mee in de beslissing, maar staan wel in de toelichting.");
    for (const rule of intentions) emitRule(rule, body);
  }

  const dateRules = dateRulesFor(model, careType.id);
  const dateVars: [string, string][] = [];
  if (dateRules.length > 0) body.push("");
  for (const dateRule of dateRules) {
    const chapter = chapterById.get(dateRule.chapter)?.number ?? dateRule.chapter;
    const local = locals.allocate(camelCase(dateRule.id));
    body.push(`  // ${chapter} datumregel ${dateRule.id}`);
    body.push(`  // ${commentText(dateRule.text, 96)}`);
    body.push(`  const ${local} = ${emitExpression(dateRule.computation.expr, writer.context(model, careType, `${dateRule.id}_waarden`))};`);
    dateVars.push([dateRule.id, local]);
  }

  body.push("");
  body.push(`  // De uitkomst van elke regel (in de volgorde van ${propertyAccess("ZORGSOORTEN", careType.id)}.regels) als code:`);
  body.push("  // 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.");
  body.push(`  return UITLEG_${constId}.verklaar(besluit, [`);
  for (const rule of rules) body.push(`    ${outcomeCode(vars.get(rule.id) as RuleVariables)}, // ${commentText(rule.id)}`);
  body.push(`  ], { ${dateVars.map(([id, local]) => `${propertyKey(id)}: ${local}`).join(", ")} });`);

  const label = `${careType.name}`;
  const context = stringLiteral(`${careType.name} (${model.meta.title}, versie ${model.meta.version})`);
  const check = `if (!${names.feitenInOrde}(feiten)) ${writer.helper("controleerFeiten")}(FEITEN_${constId}, feiten, ${context});`;
  return [
    `/** Evalueert alle regels voor ${docText(label)}, beslist en licht de beslissing toe. */`,
    `function ${names.intern}(feiten) {`,
    ...body,
    "}",
    "",
    ...emitDecisionOnly(model, careType, definitive, writer, chapterById),
    "",
    ...emitFactsCheck(model, careType, names.feitenInOrde, writer),
    "",
    `/** Beoordeelt een zorgaanbieder voor ${docText(label)}, met volledige toelichting. */`,
    `export function ${names.beoordeel}(feiten) {`,
    `  ${check}`,
    `  return ${names.intern}(feiten);`,
    "}",
    "",
    `/** Alleen de beslissing voor ${docText(label)}: in aanmerking, benaderd en zorgovereenkomst. */`,
    `export function ${names.besluit}(feiten) {`,
    `  ${check}`,
    `  return ${names.beslis}(feiten);`,
    "}",
  ];
}

/**
 * A rule as one term of the decision: whether it is met (a term of an `&&` chain), or with
 * `positive` whether it applies (a term of an `||` chain). A granted exception cancels it; a
 * rule that does not apply is met and does not apply.
 */
function ruleTerm(v: Pick<RuleVariables, "value" | "applies" | "exception">, positive: boolean): string {
  const core = v.exception ? `(${v.value} && !${v.exception})` : v.value;
  if (!v.applies) return core;
  return positive ? `(${v.applies} && ${core})` : `(!${v.applies} || ${core})`;
}

/** The agreement for `aantalFactoren`: tiers from most to fewest factors; a tier that needs no factors closes the chain. */
function tierChoice(careType: CareType): string {
  const tiers = careType.differentiation?.tiers ?? [];
  const tierRef = (id: string) => propertyAccess(`OVEREENKOMSTEN_${constantCase(careType.id)}`, id);
  const floor = tiers.find((t) => t.factors === 0);
  const open = tiers.filter((t) => t.factors > 0).map((t) => `aantalFactoren >= ${t.factors} ? ${tierRef(t.id)} :`);
  return `${open.join(" ")} ${floor ? tierRef(floor.id) : "null"}`;
}

/** The lines that settle `benaderd` when no provider is approached whatever the rules say; undefined otherwise. */
function noApproach(careType: CareType): string[] | undefined {
  if (careType.agreement.kind === "doorlopend") return ["  // De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod.", "  const benaderd = false;"];
  if (careType.agreement.status === "voornemen") return ["  // Geen contractaanbod zolang de inkoop een voornemen is.", "  const benaderd = false;"];
  return undefined;
}

/**
 * The decision alone, as a careful programmer would write it by hand: every rule in line, in
 * one chain per part of the decision, so that `&&` and `||` stop at the first rule that
 * settles it and the differentiation factors are only counted for a provider who meets the
 * conditions. The same rules and the same decision as the explaining function above it (which
 * must evaluate every rule, because the explanation names each outcome); the interpreter
 * tests hold both to the reference semantics.
 */
function emitDecisionOnly(model: PolicyModel, careType: CareType, definitive: readonly Rule[], writer: ModuleWriter, chapterById: Map<string, { number: string }>): string[] {
  const names = careTypeFunctionNames(careType);
  const constId = constantCase(careType.id);
  const ctxFor = (rule: Rule): ExpressionEmitContext => writer.context(model, careType, `${rule.id}_waarden`);
  const resolved = (code: string, nullable: boolean, whenUnknown: boolean | undefined) => (nullable ? `(${code} ?? ${whenUnknown === true})` : `(${code})`);
  /** The rule as one boolean expression; `positive` as a term of an `||` chain (does it apply?) or of an `&&` chain (is it met?). */
  const term = (rule: Rule, positive: boolean): string => {
    const ctx = ctxFor(rule);
    const value =
      rule.logic.kind === "verklaring"
        ? propertyAccess("feiten", rule.logic.fact)
        : resolved(emitExpression(rule.logic.condition.expr, ctx), rule.logic.condition.expr.nullable, rule.whenUnknown);
    const exception = rule.exception && resolved(emitExpression(rule.exception.condition.expr, ctx), rule.exception.condition.expr.nullable, rule.exception.whenUnknown);
    const applies = rule.appliesWhen && `(${emitExpression(rule.appliesWhen.expr, ctx)})`;
    return ruleTerm({ value, ...(applies ? { applies } : {}), ...(exception ? { exception } : {}) }, positive);
  };
  const ofKinds = (kinds: readonly RuleKind[]) => definitive.filter((r) => kinds.includes(r.kind));
  /** One term per line, each followed by the chapter and id of its rule. */
  const chain = (terms: { rule: Rule; code: string }[], empty: string, op: string): string[] => {
    if (terms.length === 0) return [`${empty};`];
    return terms.map(({ rule, code }, i) => `    ${code}${i < terms.length - 1 ? ` ${op}` : ";"} // ${chapterById.get(rule.chapter)?.number ?? rule.chapter} ${commentText(rule.id)}`);
  };
  const conditions = ofKinds(REQUIRED_FOR_OFFER).map((rule) => ({ rule, code: term(rule, false) }));
  const exclusions = ofKinds(["uitsluiting"]).map((rule) => ({ rule, code: term(rule, true) }));
  const body: string[] = [];
  body.push("  const voldoetAanVoorwaarden =", ...chain(conditions, "true", "&&"));
  const tiers = careType.differentiation?.tiers;
  const intended = careType.agreement.status === "voornemen";
  if (intended) {
    body.push(`  // De inkoop van ${commentText(careType.name, 60)} is nog een voornemen: er is geen zorgovereenkomst.`);
    body.push("  const overeenkomst = null;");
  } else {
    body.push("  const uitgesloten =", ...chain(exclusions, "false", "||"));
    if (tiers) {
      const factors = ofKinds(["differentiatiefactor"]).map((rule) => ({ rule, code: `(${term(rule, true)} ? 1 : 0)` }));
      body.push("  let overeenkomst = null;");
      body.push("  if (voldoetAanVoorwaarden && !uitgesloten) {");
      body.push("    const aantalFactoren =", ...chain(factors, "0", "+").map((line) => `  ${line}`));
      body.push(`    overeenkomst = ${tierChoice(careType)};`);
      body.push("  }");
    } else {
      body.push(`  const overeenkomst = voldoetAanVoorwaarden && !uitgesloten ? ${propertyAccess(`OVEREENKOMSTEN_${constId}`, careType.id)} : null;`);
    }
  }
  body.push("  const inAanmerking = overeenkomst !== null;");
  const notApproached = noApproach(careType);
  if (notApproached) body.push(...notApproached);
  else {
    const approach = [
      ...ofKinds(["benaderingsvoorwaarde"]).map((rule) => ({ rule, code: term(rule, false) })),
      ...ofKinds(["benaderingsuitsluiting"]).map((rule) => ({ rule, code: `!${term(rule, true)}` })),
    ];
    body.push("  const benaderd =", ...chain(approach, "true", "&&"));
  }
  body.push("  return { inAanmerking, benaderd, overeenkomst };");
  return [
    `/** Alleen de beslissing voor ${docText(careType.name)}: elke regel wordt pas berekend als de beslissing hem nodig heeft. */`,
    `function ${names.beslis}(feiten) {`,
    ...body,
    "}",
  ];
}

/**
 * The quick test whether the facts are usable, in straight-line code: true only when
 * `controleerFeiten` (runtime/facts.ts) would find no problem. Only when it is false does the
 * evaluator call `controleerFeiten`, which then collects every problem in Dutch (or finds
 * none, for the rare facts object whose prototype has a key of a fact as well). Checking a
 * million providers this way costs little more than reading the facts: property reads and
 * `in` with a constant key are inline-cached, where `hasOwnProperty` is a call per fact.
 */
function emitFactsCheck(model: PolicyModel, careType: CareType, name: string, writer: ModuleWriter): string[] {
  const tests = factsFor(model, careType.id).map((fact) => {
    const value = propertyAccess("feiten", fact.id);
    const typed = typeTest(fact, value, writer);
    // No type test accepts undefined, so a missing fact fails it; `in prototype` rules out an inherited one.
    const known = fact.unknownReason !== undefined ? `(${value} === null || ${typed})` : typed;
    return `${known} && !(${stringLiteral(fact.id)} in prototype)`;
  });
  return [
    `/** Of de feiten voor ${docText(careType.name)} bruikbaar zijn (zo niet, dan zegt \`controleerFeiten\` waarom). */`,
    `function ${name}(feiten) {`,
    `  if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;`,
    "  // Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten.",
    `  const prototype = ${writer.helper("prototypeVan")}(feiten);`,
    `  return ${tests.length > 0 ? tests.join(" && ") : "true"};`,
    "}",
  ];
}

/** The test for one known (not null) value; keuze and verzameling use the values in `FEITEN`. */
function typeTest(fact: Fact, value: string, writer: ModuleWriter): string {
  switch (fact.type) {
    case "getal":
    case "percentage":
    case "bedrag":
      return `Number.isFinite(${value})`;
    case "ja/nee":
      return `typeof ${value} === "boolean"`;
    case "tekst":
      return `typeof ${value} === "string"`;
    case "datum":
      return `${writer.helper("isIsoDate")}(${value})`;
    case "keuze":
      return `${writer.valueSet(fact.id)}.has(${value})`;
    case "verzameling":
      return `${writer.helper("isDeelverzameling")}(${value}, ${writer.valueSet(fact.id)})`;
  }
}
