/**
 * Emits the ES module for one policy: its metadata, chapters, facts and rules as constant
 * data, and per care type a straight-line function that evaluates every rule once, decides
 * and explains, next to a function for the decision alone that evaluates only the rules the
 * decision needs, and with selective purchase one that says which care is not purchased (as
 * cheap as the decision alone: no explanation). The module imports only `runtime/`. It is made as statements and values
 * (`layout/code.ts`), which `layout/` writes in prettier's layout; `emitModule` gives the
 * plain source for a module that is run and not read.
 *
 * Per care type the explaining code reads in the order of the decision: the rules (one
 * `const` each, with a comment giving chapter, kind, id and the start of the published text),
 * then whether the base conditions hold, whether an exclusion applies, how many
 * differentiation factors are met, which agreement that gives, and whether Caresq approaches
 * the provider. The decision alone reads in the same order, each rule in line.
 *
 * What is made at module level (`Object.freeze`, `new Set`, `new Uitleg`) is marked
 * `@__PURE__`, and nothing at module level reads a property (each chapter, fact, list of values
 * and care type is a constant of its own, which the data after it name), so that a bundler
 * drops what an app does not use: importing one care type's `besluit…` leaves the other care
 * types out, and importing nothing leaves everything out (test/emit/treeShaking.test.ts).
 */

import { REQUIRED_FOR_OFFER, type CareType, type Fact, type PolicyModel, type Rule, type RuleKind } from "../model.js";
import { calculationsWithoutOutcome } from "../calculationsWithoutOutcome.js";
import { titleWithVersionName } from "../versionNames.js";
import { agreementName, dateRulesFor, factsFor, factsInExpression, rulesFor, RULE_KIND_NAME, unknownFactsOfRule } from "../queries.js";
import { emitJs, numberLiteral, type ExpressionEmitContext } from "./expressions.js";
import { array, atom, call, code, frozen, object, pureCall, sourceOf, valueSource, type Entry, type Item, type Statement, type Value } from "./layout/index.js";
import { binary, chain, conditional, method, not, atom as jsAtom, callJs as jsCall, type BinaryOperator, type Js } from "./precedence.js";
import { careTypeFunctionNames, RUNTIME_NAMES } from "./careTypeNames.js";
import { NameAllocator, camelCase, commentText, constantCase, docText, propertyAccess, propertyKey, stringLiteral } from "./names.js";

export interface EmitOptions {
  /** Module specifier of the runtime, e.g. "../../runtime/index.js" or "beleid/runtime". */
  readonly runtimeImport: string;
  /** How the source file is named in the header comment. */
  readonly sourceName: string;
}


/** The documentation of the trusted entry points, in the module and its declarations. */
export const ZONDER_CONTROLE_DOC =
  "Per zorgsoort `beoordeel`, `besluit` en (bij selectieve inkoop) `nietIngekocht` zonder de controle van de feiten, voor bulkverwerking van feiten die al zijn gecontroleerd (bijvoorbeeld met het JSON Schema van de feiten). Met ongeldige feiten geeft dit een verkeerde beslissing in plaats van een FeitenFout: gebruik het alleen na een eigen controle.";


class ModuleWriter {
  readonly helpers = new Set<string>();
  readonly hoisted: Statement[] = [];
  private readonly hoistedBySource = new Map<string, string>();
  readonly moduleNames: NameAllocator;
  /** Per keuze or verzameling fact, the constant with its values (`WAARDEN_…`). */
  readonly factValues = new Map<string, string>();

  constructor(reserved: Iterable<string>) {
    this.moduleNames = new NameAllocator(reserved);
  }

  helper(name: string): string {
    this.helpers.add(name);
    return name;
  }

  /** The values of a keuze or verzameling fact as a set, for the facts check. */
  valueSet(fact: string): string {
    const values = this.factValues.get(fact);
    if (values === undefined) throw new Error(`Feit ‘${fact}’ heeft geen waarden.`);
    return this.hoistValue(`${fact}_waarden`, pureCall("new Set", atom(values, "name")), `De waarden van ${commentText(fact)} als verzameling, voor de controle van de feiten.`);
  }

  /** A set at module level (not frozen: a frozen Set can still change), once per distinct content. */
  hoistSet(preferred: string, values: readonly string[]): string {
    return this.hoistValue(preferred, pureCall("new Set", array(values.map(literalAtom))));
  }

  /** How expressions of `careType` are emitted into this module; `hoistName` names what they hoist. */
  context(model: PolicyModel, careType: CareType, hoistName: string): ExpressionEmitContext {
    return {
      model,
      careType: careType.id,
      helper: (n) => this.helper(n),
      hoist: (preferred, value) => this.hoistValue(preferred, frozen(value)),
      hoistSet: (preferred, values) => this.hoistSet(preferred, values),
      hoistName,
    };
  }

  private hoistValue(preferred: string, value: Value, doc?: string): string {
    const source = valueSource(value);
    const existing = this.hoistedBySource.get(source);
    if (existing) return existing;
    const name = this.moduleNames.allocate(constantCase(preferred));
    this.hoistedBySource.set(source, name);
    if (doc) this.hoisted.push(lines(`/** ${doc} */`));
    this.hoisted.push({ kind: "declare", head: `const ${name}`, value });
    return name;
  }
}

/** A literal (string, number, boolean or null) as a layout atom. */
function literalAtom(code: string): Value {
  return atom(code, code.startsWith('"') || code.startsWith("'") ? "string" : "literal");
}

/** `object.key` (prettier may move it to the next line after `:`) or `object["key"]` (it may break it). */
function chainAtom(code: string): Value {
  return atom(code, /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+$/.test(code) ? "chain" : "name");
}

/** The constant that holds the item with key `id`, or `object.id` when it has none (a key the model does not define). */
const constantFor =
  (constants: ReadonlyMap<string, string>, object: string) =>
  (id: string): Value => {
    const name = constants.get(id);
    return name === undefined ? chainAtom(propertyAccess(object, id)) : atom(name, "name");
  };

const str = (text: string): Value => literalAtom(stringLiteral(text));
const entry = (key: string, value: Value): Entry => ({ key: propertyKey(key), value });
const lines = (...text: string[]): Statement => ({ kind: "lines", lines: text });
const statement = (text: string): Statement => ({ kind: "code", text });
const block = (head: string, body: readonly Statement[]): Statement => ({ kind: "block", head, body });
const declare = (head: string, value: Value): Statement => ({ kind: "declare", head, value });
const strings = (values: readonly string[]): Value => frozen(array(values.map(str)));

/** `head = Object.freeze({ id: Object.freeze({ …fields }), … })`, one entry per item, over lines. */
const frozenById = <T extends { readonly id: string }>(head: string, items: readonly T[], fields: (item: T) => Entry[]): Statement =>
  declare(head, frozen(object(items.map((item) => entry(item.id, frozen(object(fields(item))))), true)));

/** The module as source text, unformatted (for a module that is run and not read: bulk evaluation, `loadEvaluator`). */
export function emitModule(model: PolicyModel, options: EmitOptions): string {
  return sourceOf(moduleStatements(model, options)) + "\n";
}

/** The module as statements, for `layout/`. */
export function moduleStatements(model: PolicyModel, options: EmitOptions): Statement[] {
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
    ...RUNTIME_NAMES,
    ...careTypeNames,
    ...model.careTypes.flatMap((c) => [`FEITEN_${constantCase(c.id)}`, `REGELS_${constantCase(c.id)}`, `OVEREENKOMSTEN_${constantCase(c.id)}`, `ZORGSOORT_${constantCase(c.id)}`, `UITLEG_${constantCase(c.id)}`]),
  ]);
  const chapterById = new Map(model.chapters.map((c) => [c.id, c]));
  const groupById = new Map(model.groups.map((g) => [g.id, g]));
  const orNull = (text: string | undefined): Value => (text === undefined || text === null ? atom("null", "literal") : str(text));

  const out: Statement[] = [];
  out.push(lines(`// Gegenereerd door beleid uit ${commentText(options.sourceName)}. Niet met de hand wijzigen:`, "// pas het beleidsbestand aan en bouw opnieuw.", ""));
  const importIndex = out.length;
  out.push(lines(""));

  // --- Metadata ---------------------------------------------------------------------------
  const meta = model.meta;
  out.push(lines(`/** ${docText(titleWithVersionName(meta))}. */`));
  out.push(
    declare(
      "export const beleid",
      frozen(
        object([
          entry("organisatie", str(meta.organisation)),
          entry("zorgverzekeraar", str(meta.insurer)),
          entry("domein", str(meta.domain)),
          entry("titel", str(meta.title)),
          entry("jaar", atom(numberLiteral(meta.year), "literal")),
          entry("versie", str(meta.version)),
          entry("gepubliceerd", orNull(meta.published || undefined)),
          entry("vorige", orNull(meta.previous || undefined)),
        ]),
      ),
    ),
  );
  out.push(lines(""));

  // Each chapter, fact, list of values and rule a constant of its own, which the data after them
  // name instead of reading HOOFDSTUKKEN.x or FEITEN.x.waarden: a bundler keeps every property
  // read at module level (a getter could run), and with it the whole object, even when it
  // drops the call the read was an argument of.
  const chapterConstant = new Map(model.chapters.map((c) => [c.id, writer.moduleNames.allocate(`HOOFDSTUK_${constantCase(c.id)}`)]));
  const factConstant = new Map(model.facts.map((f) => [f.id, writer.moduleNames.allocate(`FEIT_${constantCase(f.id)}`)]));
  for (const f of model.facts) if (f.values) writer.factValues.set(f.id, writer.moduleNames.allocate(`WAARDEN_${constantCase(f.id)}`));
  const chapterRef = constantFor(chapterConstant, "HOOFDSTUKKEN");
  const factRef = constantFor(factConstant, "FEITEN");
  const byId = <T extends { readonly id: string }>(items: readonly T[], ref: (id: string) => Value): Value => frozen(object(items.map((item) => entry(item.id, ref(item.id))), true));

  out.push(lines("// Elk hoofdstuk, feit en regel een eigen constante: een bundler laat weg wat een app niet gebruikt."));
  for (const c of model.chapters) out.push(declare(`const ${chapterConstant.get(c.id)}`, frozen(object([entry("nummer", str(c.number)), entry("titel", str(c.title))]))));
  out.push(lines(""));
  out.push(lines("/** De hoofdstukken van het beleid, op sleutel. */"));
  out.push(declare("export const HOOFDSTUKKEN", byId(model.chapters, chapterRef)));
  out.push(lines(""));

  const factFields = (f: Fact, values: string | undefined): Entry[] => [
    entry("id", str(f.id)),
    entry("type", str(f.type)),
    entry("omschrijving", str(f.description)),
    ...(values !== undefined ? [entry("waarden", atom(values, "name"))] : []),
    ...(f.unit !== undefined ? [entry("eenheid", str(f.unit))] : []),
    ...(f.minimum !== undefined ? [entry("minimum", atom(numberLiteral(f.minimum), "literal"))] : []),
    ...(f.maximum !== undefined ? [entry("maximum", atom(numberLiteral(f.maximum), "literal"))] : []),
    ...(f.integer ? [entry("geheel", atom("true", "literal"))] : []),
    ...(f.notGreaterThan !== undefined ? [entry("nietGroterDan", str(f.notGreaterThan))] : []),
    ...(f.referenceYearOffset !== undefined ? [entry("peiljaar", atom(numberLiteral(f.referenceYearOffset), "literal"))] : []),
    ...(f.unknownReason !== undefined ? [entry("onbekend", str(f.unknownReason))] : []),
    ...(f.declarationOf !== undefined ? [entry("verklaring", str(f.declarationOf))] : []),
  ];
  for (const f of model.facts) {
    const values = writer.factValues.get(f.id);
    if (values !== undefined && f.values) out.push(declare(`const ${values}`, strings(f.values)));
    out.push(declare(`const ${factConstant.get(f.id)}`, frozen(object(factFields(f, values)))));
  }
  out.push(lines(""));
  out.push(lines("/** De feiten over een zorgaanbieder waarop de regels zijn gebaseerd. */"));
  out.push(declare("export const FEITEN", byId(model.facts, factRef)));
  out.push(lines(""));

  const ruleConstant = new Map(model.rules.map((r) => [r.id, writer.moduleNames.allocate(`REGEL_${constantCase(r.id)}`)]));
  const ruleRef = constantFor(ruleConstant, "REGELS");
  const ruleFields = (r: Rule): Entry[] => [
    entry("id", str(r.id)),
    entry("naam", str(r.name)),
    entry("soort", str(r.kind)),
    entry("tekst", str(r.text)),
    entry("hoofdstuk", chapterRef(r.chapter)),
    entry("groep", frozen(object([entry("id", str(r.group)), entry("titel", str(groupById.get(r.group)?.title ?? ""))]))),
    entry("status", str(r.status)),
    entry("verklaring", atom(String(r.logic.kind === "verklaring"), "literal")),
    ...(r.whenUnknown !== undefined ? [entry("bijOnbekend", atom(String(r.whenUnknown), "literal"))] : []),
    ...(r.unknownNote !== undefined ? [entry("onbekendToelichting", str(r.unknownNote))] : []),
    ...(r.whenUnknown !== undefined ? [entry("onbekendDoor", strings(unknownFactsOfRule(model, r)))] : []),
    ...withoutOutcome(r),
    ...(r.exception ? [entry("uitzonderingsroute", str(r.exception.route))] : []),
    ...(r.carePart !== undefined ? [entry("deelzorg", str(r.carePart))] : []),
  ];
  // The calculations that can have no outcome with every fact known, for the explanation of a rule that was unknown.
  const withoutOutcome = (r: Rule): Entry[] => {
    const found = calculationsWithoutOutcome(model, r);
    if (found.length === 0) return [];
    const calculation = (c: (typeof found)[number]) =>
      frozen(object([entry("soort", str(c.soort)), ...(c.deler !== undefined ? [entry("deler", str(c.deler))] : []), ...(c.tabel !== undefined ? [entry("tabel", str(c.tabel))] : [])]));
    return [entry("geenUitkomst", frozen(array(found.map(calculation))))];
  };
  for (const r of model.rules) out.push(declare(`const ${ruleConstant.get(r.id)}`, frozen(object(ruleFields(r)))));
  out.push(lines(""));
  out.push(lines("/** Alle regels van het beleid, met hun gepubliceerde tekst. */"));
  out.push(declare("export const REGELS", byId(model.rules, ruleRef)));
  out.push(lines(""));

  for (const careType of model.careTypes) {
    const tiers = careType.differentiation?.tiers ?? [{ id: careType.id, name: agreementName(careType), factors: undefined }];
    const tierValue = (tier: (typeof tiers)[number]) =>
      frozen(object([entry("id", str(tier.id)), entry("naam", str(tier.name)), ...(tier.factors !== undefined ? [entry("factoren", atom(numberLiteral(tier.factors), "literal"))] : [])]));
    out.push(declare(`const OVEREENKOMSTEN_${constantCase(careType.id)}`, frozen(object(tiers.map((tier) => entry(tier.id, tierValue(tier))), true))));
  }
  out.push(lines(""));

  const careTypeValue = (careType: CareType): Value => {
    const a = careType.agreement;
    const term = a.term ? frozen(object([entry("van", atom(numberLiteral(a.term.from), "literal")), entry("tot", atom(numberLiteral(a.term.to), "literal"))])) : atom("null", "literal");
    const contract = frozen(object([entry("soort", str(a.kind)), entry("looptijd", term), entry("tekst", str(a.text)), entry("hoofdstuk", chapterRef(a.chapter)), entry("status", str(a.status))]));
    return frozen(
      object(
        [
          entry("id", str(careType.id)),
          entry("naam", str(careType.name)),
          entry("contract", contract),
          entry("overeenkomsten", frozen(pureCall("Object.values", atom(`OVEREENKOMSTEN_${constantCase(careType.id)}`, "name")))),
          entry("gedifferentieerd", atom(String(careType.differentiation !== undefined), "literal")),
          entry("regels", strings(rulesFor(model, careType.id).map((r) => r.id))),
          entry("feiten", strings(factsFor(model, careType.id).map((f) => f.id))),
          entry("datums", strings(dateRulesFor(model, careType.id).map((d) => d.id))),
        ],
        true,
      ),
    );
  };
  // Each care type a constant of its own, which UITLEG_… names instead of reading
  // ZORGSOORTEN.x: a bundler keeps every property read at module level (a getter could run),
  // and with it the whole object, so an app that uses one care type would get them all.
  for (const careType of model.careTypes) out.push(declare(`const ZORGSOORT_${constantCase(careType.id)}`, careTypeValue(careType)));
  out.push(lines(""));
  out.push(lines("/** De zorgsoorten, met hun zorgovereenkomsten en de regels, feiten en datums die erbij horen. */"));
  out.push(declare("export const ZORGSOORTEN", frozen(object(model.careTypes.map((c) => entry(c.id, atom(`ZORGSOORT_${constantCase(c.id)}`, "name"))), true))));
  out.push(lines(""));

  for (const careType of model.careTypes) {
    out.push(declare(`const FEITEN_${constantCase(careType.id)}`, frozen(array(factsFor(model, careType.id).map((f) => factRef(f.id))))));
  }
  out.push(lines(""));
  // The rules of each care type by key, for its Uitleg: REGELS would bring every care type's rules along.
  for (const careType of model.careTypes) out.push(declare(`const REGELS_${constantCase(careType.id)}`, byId(rulesFor(model, careType.id), ruleRef)));
  // The date rules as the explanation names them (a date that could not be calculated, and why).
  const dateRuleConstant = new Map(model.dateRules.map((d) => [d.id, writer.moduleNames.allocate(`DATUMREGEL_${constantCase(d.id)}`)]));
  if (model.dateRules.length > 0) out.push(lines("", "// De datumregels voor de toelichting: een datum die niet te berekenen is, krijgt een zin die zegt waarom."));
  for (const d of model.dateRules) {
    // The facts that may be unknown and that the calculation reads, as `onbekendDoor` of a rule.
    const read = factsInExpression(model, d.computation.expr);
    const unknownBy = model.facts.filter((f) => f.unknownReason !== undefined && read.has(f.id)).map((f) => f.id);
    const fields = [entry("id", str(d.id)), entry("omschrijving", str(d.description)), entry("onbekendDoor", strings(unknownBy))];
    out.push(declare(`const ${dateRuleConstant.get(d.id)}`, frozen(object(fields))));
  }
  out.push(lines("", "// Per zorgsoort de toelichting: wat niet van de zorgaanbieder afhangt, wordt één keer opgebouwd."));
  for (const careType of model.careTypes) {
    const id = constantCase(careType.id);
    const dateRules = frozen(array(dateRulesFor(model, careType.id).map((d) => atom(dateRuleConstant.get(d.id) as string, "name"))));
    out.push(
      declare(
        `const UITLEG_${id}`,
        pureCall(`new ${writer.helper("Uitleg")}`, atom("beleid", "name"), atom(`ZORGSOORT_${id}`, "name"), atom(`REGELS_${id}`, "name"), atom(`FEITEN_${id}`, "name"), dateRules),
      ),
    );
  }
  out.push(lines(""));

  const hoistIndex = out.length;
  out.push(lines(""));

  for (const careType of model.careTypes) {
    out.push(...emitCareType(model, careType, writer, chapterById));
    out.push(lines(""));
  }

  // --- Dispatch by care type --------------------------------------------------------------
  const dispatch = (pick: (names: ReturnType<typeof careTypeFunctionNames>) => string) => frozen(object(model.careTypes.map((c) => entry(c.id, atom(pick(careTypeFunctionNames(c)), "name"))), true));
  out.push(declare("const BEOORDELAARS", dispatch((n) => n.beoordeel)));
  out.push(declare("const BESLUITERS", dispatch((n) => n.besluit)));
  out.push(lines("", "/** Beoordeelt een zorgaanbieder voor de gegeven zorgsoort, met volledige toelichting. */"));
  out.push(block("export function beoordeel(zorgsoort, feiten)", [statement(`return ${writer.helper("kiesZorgsoort")}(BEOORDELAARS, zorgsoort)(feiten);`)]));
  out.push(lines("", "/** Alleen de beslissing (in aanmerking, benaderd, zorgovereenkomst), zonder toelichting. */"));
  out.push(block("export function besluit(zorgsoort, feiten)", [statement(`return ${writer.helper("kiesZorgsoort")}(BESLUITERS, zorgsoort)(feiten);`)]));
  out.push(lines("", `/** ${ZONDER_CONTROLE_DOC} */`));
  out.push(
    frozenById("export const ZONDER_CONTROLE", model.careTypes, (c) => {
      const names = careTypeFunctionNames(c);
      const selective = selectiveCareParts(model, c.id).length > 0;
      return [entry("beoordeel", atom(names.intern, "name")), entry("besluit", atom(names.beslis, "name")), ...(selective ? [entry("nietIngekocht", atom(names.selectief, "name"))] : [])];
    }),
  );

  out.splice(hoistIndex, 1, ...writer.hoisted, lines(""));
  const helpers = [...writer.helpers].sort();
  out.splice(
    importIndex,
    1,
    statement(`import { ${helpers.join(", ")} } from ${stringLiteral(options.runtimeImport)};`),
    lines("", "// De fout bij onbruikbare feiten, uit dezelfde runtime als de evaluator (zodat `instanceof` klopt)."),
    statement(`export { FeitenFout } from ${stringLiteral(options.runtimeImport)};`),
    lines(""),
  );
  return out;
}

interface RuleVariables {
  /** The boolean the decision uses (unknown already resolved). */
  readonly value: Js;
  /** The raw three-valued outcome, for the explanation (same as `value` when never unknown). */
  readonly outcome: Js;
  /** Whether `outcome` can be null (unknown). */
  readonly nullable: boolean;
  readonly applies?: Js;
  readonly exception?: Js;
}

const TWO = jsAtom("2");
const ONE = jsAtom("1");
const ZERO = jsAtom("0");

/**
 * The outcome code `Uitleg.verklaar` (runtime/explanation.ts) expects for one rule, written
 * out rather than through a helper: a function per rule would exhaust V8's inlining budget.
 */
function outcomeCode(v: RuleVariables): Js {
  let code = v.nullable ? conditional(binary("===", v.outcome, jsAtom("null")), jsAtom("3"), conditional(v.outcome, TWO, ONE)) : conditional(v.outcome, TWO, ONE);
  if (v.exception) code = binary("+", code, conditional(v.exception, jsAtom("3"), ZERO));
  return v.applies ? conditional(v.applies, code, ZERO) : code;
}

/** `const name = value;` */
const constJs = (name: string, value: Js): Statement => declare(`const ${name}`, layoutOf(value));

/**
 * The operators whose chains `layout/` lays out, with the other operators of their precedence:
 * prettier reads `a - b + c` as one chain, so a `+` chain with a `-` in it stays code.
 */
const CHAIN_OPERATORS: Partial<Record<string, readonly string[]>> = { "&&": [], "||": [], "+": ["-"] };

/**
 * An expression for the layout: the chains (`&&`, `||`, `+`) and conditionals whose layout
 * `layout/` knows, as structure; anything else as its one-line code.
 */
function layoutOf(js: Js): Value {
  if (js.inner) return { kind: "paren", inner: layoutOf(js.inner) };
  if (js.prefix) return { kind: "prefix", operator: js.prefix.operator, operand: layoutOf(js.prefix.operand) };
  if (js.parts) {
    const [test, consequent, alternate] = js.parts.map(layoutOf) as [Value, Value, Value];
    return { kind: "conditional", test, consequent, alternate };
  }
  const others = CHAIN_OPERATORS[js.op];
  if (js.operands && others && !js.operands.some((o) => others.includes(o.op))) return { kind: "chain", op: js.op, operands: js.operands.map((o) => ({ value: layoutOf(o) })) };
  return code(js.code, js.op !== "atom" && js.op !== "unary" && js.op !== "conditional");
}

function emitCareType(model: PolicyModel, careType: CareType, writer: ModuleWriter, chapterById: Map<string, { number: string }>): Statement[] {
  const names = careTypeFunctionNames(careType);
  // A rule's or date rule's local never hides a runtime helper, also not one that only a later rule uses.
  const locals = new NameAllocator(["feiten", "metUitleg", "besluit", "voldoetAanVoorwaarden", "uitgesloten", "aantalFactoren", "overeenkomst", "inAanmerking", "benaderd", ...RUNTIME_NAMES]);
  const rules = rulesFor(model, careType.id);
  const definitive = rules.filter((r) => r.status === "definitief");
  const intentions = rules.filter((r) => r.status === "voornemen");
  const constId = constantCase(careType.id);
  const vars = new Map<string, RuleVariables>();
  const body: Statement[] = [];

  const ctxFor = (rule: Rule): ExpressionEmitContext => writer.context(model, careType, `${rule.id}_waarden`);

  const emitRule = (rule: Rule, into: Statement[]) => {
    const chapter = chapterById.get(rule.chapter)?.number ?? rule.chapter;
    const base = locals.allocate(camelCase(rule.id));
    const ctx = ctxFor(rule);
    const unknownNote = rule.whenUnknown !== undefined ? `, bij onbekend ${rule.whenUnknown ? "waar" : "onwaar"}` : "";
    const label = `${chapter} ${RULE_KIND_NAME[rule.kind]} ${rule.id}${rule.logic.kind === "verklaring" ? " (verklaring)" : ""}${unknownNote}`;
    into.push(lines(`// ${label}`, `// ${commentText(rule.text, 96)}`));
    let applies: Js | undefined;
    if (rule.appliesWhen) {
      const name = locals.allocate(`${base}VanToepassing`);
      into.push(constJs(name, emitJs(rule.appliesWhen.expr, ctx)));
      applies = jsAtom(name);
    }
    let value: Js;
    let outcome: Js;
    let nullable = false;
    if (rule.logic.kind === "verklaring") {
      value = outcome = jsAtom(base);
      const fact = rule.logic.fact;
      nullable = model.facts.find((f) => f.id === fact)?.unknownReason !== undefined;
      into.push(constJs(base, jsAtom(propertyAccess("feiten", rule.logic.fact))));
    } else if (rule.logic.condition.expr.nullable) {
      nullable = true;
      const outcomeName = locals.allocate(`${base}Uitkomst`);
      outcome = jsAtom(outcomeName);
      value = jsAtom(base);
      into.push(constJs(outcomeName, emitJs(rule.logic.condition.expr, ctx)));
      into.push(constJs(base, binary("??", outcome, jsAtom(String(rule.whenUnknown === true)))));
    } else {
      value = outcome = jsAtom(base);
      into.push(constJs(base, emitJs(rule.logic.condition.expr, ctx)));
    }
    let exception: Js | undefined;
    if (rule.exception) {
      const name = locals.allocate(`${base}Uitzondering`);
      const condition = emitJs(rule.exception.condition.expr, ctx);
      into.push(constJs(name, rule.exception.condition.expr.nullable ? binary("??", condition, jsAtom(String(rule.exception.whenUnknown === true))) : condition));
      exception = jsAtom(name);
    }
    vars.set(rule.id, { value, outcome, nullable, ...(applies ? { applies } : {}), ...(exception ? { exception } : {}) });
  };

  // Approach rules may use `voorwaarden_voldaan`, so they come after the base conditions.
  const isApproach = (r: Rule) => r.kind === "benaderingsvoorwaarde" || r.kind === "benaderingsuitsluiting";
  // Selective purchase settles no part of the decision; it follows it.
  const isSelective = (r: Rule) => r.kind === "selectieve_inkoop";
  for (const rule of definitive.filter((r) => !isApproach(r) && !isSelective(r))) emitRule(rule, body);

  const term = (rule: Rule, positive: boolean): Js => ruleTerm(vars.get(rule.id) as RuleVariables, positive);
  const ofKinds = (kinds: readonly RuleKind[]) => definitive.filter((r) => kinds.includes(r.kind));

  body.push(lines(""));
  body.push(constJs("voldoetAanVoorwaarden", chain("&&", ofKinds(REQUIRED_FOR_OFFER).map((r) => term(r, false)), jsAtom("true"))));
  // Without exclusions, nothing is excluded: no `const uitgesloten = false` to test.
  const exclusions = ofKinds(["uitsluiting"]);
  if (exclusions.length > 0) body.push(constJs("uitgesloten", chain("||", exclusions.map((r) => term(r, true)), jsAtom("false"))));
  const offered = offerCondition(exclusions.length > 0);
  const tiers = careType.differentiation?.tiers;
  const intended = careType.agreement.status === "voornemen";
  const agreement = jsAtom(propertyAccess(`OVEREENKOMSTEN_${constId}`, careType.id));
  if (intended) {
    body.push(lines(`// De inkoop van ${commentText(careType.name, 60)} is nog een voornemen: er is geen zorgovereenkomst.`));
    body.push(statement("const overeenkomst = null;"));
  } else if (tiers) {
    const factors = ofKinds(["differentiatiefactor"]);
    // Counted in line, not through a helper with rest parameters (which allocates per call).
    body.push(constJs("aantalFactoren", chain("+", factors.map((r) => conditional(term(r, true), ONE, ZERO)), ZERO)));
    body.push(constJs("overeenkomst", conditional(noOfferCondition(exclusions.length > 0), jsAtom("null"), tierChoice(careType))));
  } else {
    body.push(constJs("overeenkomst", conditional(offered, agreement, jsAtom("null"))));
  }
  body.push(statement("const inAanmerking = overeenkomst !== null;"));
  const approachRules = definitive.filter(isApproach);
  if (approachRules.length > 0) {
    body.push(lines(""));
    for (const rule of approachRules) emitRule(rule, body);
    body.push(lines(""));
  }
  const notApproached = noApproach(careType);
  if (notApproached) body.push(...notApproached);
  else {
    const approach = [...ofKinds(["benaderingsvoorwaarde"]).map((r) => term(r, false)), ...ofKinds(["benaderingsuitsluiting"]).map((r) => not(term(r, true)))];
    body.push(constJs("benaderd", chain("&&", approach, jsAtom("true"))));
  }
  body.push(statement("const besluit = { inAanmerking, benaderd, overeenkomst };"));

  const selective = definitive.filter(isSelective);
  if (selective.length > 0) {
    body.push(lines("", "// Selectieve inkoop: telt niet mee in de beslissing; zegt welke zorg niet wordt ingekocht."));
    for (const rule of selective) emitRule(rule, body);
  }

  if (intentions.length > 0) {
    body.push(lines("", "// Voornemens: ze tellen niet mee in de beslissing, maar staan wel in de toelichting."));
    for (const rule of intentions) emitRule(rule, body);
  }

  const dateRules = dateRulesFor(model, careType.id);
  const dateVars: Entry[] = [];
  if (dateRules.length > 0) body.push(lines(""));
  for (const dateRule of dateRules) {
    const chapter = chapterById.get(dateRule.chapter)?.number ?? dateRule.chapter;
    const local = locals.allocate(camelCase(dateRule.id));
    body.push(lines(`// ${chapter} datumregel ${dateRule.id}`, `// ${commentText(dateRule.text, 96)}`));
    body.push(constJs(local, emitJs(dateRule.computation.expr, writer.context(model, careType, `${dateRule.id}_waarden`))));
    dateVars.push(entry(dateRule.id, atom(local, "name")));
  }

  body.push(
    lines(
      "",
      `// De uitkomst van elke regel (in de volgorde van ${propertyAccess("ZORGSOORTEN", careType.id)}.regels) als code:`,
      "// 0 niet van toepassing, 1 onwaar, 2 waar, 3 onbekend; 3 meer als een uitzondering is verleend.",
    ),
  );
  const codes: Item[] = rules.map((rule) => ({ value: layoutOf(outcomeCode(vars.get(rule.id) as RuleVariables)), comment: commentText(rule.id) }));
  body.push({ kind: "return", value: call(`UITLEG_${constId}.verklaar`, atom("besluit", "name"), { kind: "array", items: codes }, object(dateVars), atom("feiten", "name")) });

  const label = `${careType.name}`;
  const check: Statement = {
    kind: "if",
    test: `!${names.feitenInOrde}(feiten)`,
    then: call(writer.helper("controleerFeiten"), atom(`FEITEN_${constId}`, "name"), atom("feiten", "name"), str(careTypeWithVersion(careType.name, model.meta))),
  };
  return [
    lines(`/** Evalueert alle regels voor ${docText(label)}, beslist en licht de beslissing toe. */`),
    block(`function ${names.intern}(feiten)`, body),
    lines(""),
    ...emitDecisionOnly(model, careType, definitive, writer, chapterById),
    lines(""),
    ...emitFactsCheck(model, careType, names.feitenInOrde, writer),
    lines("", `/** Beoordeelt een zorgaanbieder voor ${docText(label)}, met volledige toelichting. */`),
    block(`export function ${names.beoordeel}(feiten)`, [check, statement(`return ${names.intern}(feiten);`)]),
    lines("", `/** Alleen de beslissing voor ${docText(label)}: in aanmerking, benaderd en zorgovereenkomst. */`),
    block(`export function ${names.besluit}(feiten)`, [check, statement(`return ${names.beslis}(feiten);`)]),
    ...(selectiveParts(definitive).length > 0
      ? [
          lines("", `/** Welke zorg ${docText(model.meta.organisation)} voor ${docText(label)} niet bij de zorgaanbieder inkoopt (selectieve inkoop), in de volgorde van het beleid. */`),
          block(`export function ${names.nietIngekocht}(feiten)`, [check, statement(`return ${names.selectief}(feiten);`)]),
        ]
      : []),
  ];
}

/**
 * A care type with its policy as the evaluator's `FeitenFout` names it, in the words `beleid
 * eval` heads its decision with (compiler/render/decisionText.ts): "Fysiotherapie — Inkoopbeleid
 * Paramedische zorg 2026 (versie van 1 juli 2025)", never by the version's key (`2026-07` reads
 * as July 2026).
 */
function careTypeWithVersion(careTypeName: string, meta: PolicyModel["meta"]): string {
  return `${careTypeName} — ${titleWithVersionName(meta)}`;
}

/** The parts of the care (`deelzorg`) a care type purchases selectively, in the order of the policy: the list `nietIngekocht…` takes its names from. */
export function selectiveCareParts(model: PolicyModel, careType: string): string[] {
  return selectiveParts(rulesFor(model, careType).filter((r) => r.status === "definitief")).map(([part]) => part);
}

/** The definitive rules of selective purchase of a care type, by the part of the care they are about (in the order of the policy). */
function selectiveParts(definitive: readonly Rule[]): [string, Rule[]][] {
  const parts = new Map<string, Rule[]>();
  for (const rule of definitive) {
    if (rule.kind !== "selectieve_inkoop" || rule.carePart === undefined) continue;
    const rules = parts.get(rule.carePart);
    if (rules) rules.push(rule);
    else parts.set(rule.carePart, [rule]);
  }
  return [...parts];
}

/** The test for an offer: the conditions are met and, when the care type has exclusions, none applies. */
function offerCondition(withExclusions: boolean): Js {
  return withExclusions ? binary("&&", jsAtom("voldoetAanVoorwaarden"), not(jsAtom("uitgesloten"))) : jsAtom("voldoetAanVoorwaarden");
}

/** The opposite of `offerCondition`, written as prettier would keep it (`!a || b`). */
function noOfferCondition(withExclusions: boolean): Js {
  return withExclusions ? binary("||", not(jsAtom("voldoetAanVoorwaarden")), jsAtom("uitgesloten")) : not(jsAtom("voldoetAanVoorwaarden"));
}

/**
 * A rule as one term of the decision: whether it is met (a term of an `&&` chain), or with
 * `positive` whether it applies (a term of an `||` chain). A granted exception cancels it; a
 * rule that does not apply is met and does not apply.
 */
function ruleTerm(v: Pick<RuleVariables, "value" | "applies" | "exception">, positive: boolean): Js {
  const core = v.exception ? binary("&&", v.value, not(v.exception)) : v.value;
  if (!v.applies) return core;
  return positive ? binary("&&", v.applies, core) : binary("||", not(v.applies), core);
}

/** The agreement for `aantalFactoren`: tiers from most to fewest factors; a tier that needs no factors closes the chain. */
function tierChoice(careType: CareType): Js {
  const tiers = careType.differentiation?.tiers ?? [];
  const tierRef = (id: string) => jsAtom(propertyAccess(`OVEREENKOMSTEN_${constantCase(careType.id)}`, id));
  const floor = tiers.find((t) => t.factors === 0);
  const open = tiers.filter((t) => t.factors > 0);
  return open.reduceRight<Js>((rest, t) => conditional(binary(">=", jsAtom("aantalFactoren"), jsAtom(numberLiteral(t.factors))), tierRef(t.id), rest), floor ? tierRef(floor.id) : jsAtom("null"));
}

/** The statements that settle `benaderd` when no provider is approached whatever the rules say; undefined otherwise. */
function noApproach(careType: CareType): Statement[] | undefined {
  if (careType.agreement.kind === "doorlopend") return [lines("// De meerjarige zorgovereenkomst loopt door: er is geen nieuw contractaanbod."), statement("const benaderd = false;")];
  if (careType.agreement.status === "voornemen") return [lines("// Geen contractaanbod zolang de inkoop een voornemen is."), statement("const benaderd = false;")];
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
function emitDecisionOnly(model: PolicyModel, careType: CareType, definitive: readonly Rule[], writer: ModuleWriter, chapterById: Map<string, { number: string }>): Statement[] {
  const names = careTypeFunctionNames(careType);
  const constId = constantCase(careType.id);
  const ctxFor = (rule: Rule): ExpressionEmitContext => writer.context(model, careType, `${rule.id}_waarden`);
  const resolved = (value: Js, nullable: boolean, whenUnknown: boolean | undefined): Js => (nullable ? binary("??", value, jsAtom(String(whenUnknown === true))) : value);
  /** The rule as one boolean expression; `positive` as a term of an `||` chain (does it apply?) or of an `&&` chain (is it met?). */
  const term = (rule: Rule, positive: boolean): Js => {
    const ctx = ctxFor(rule);
    const value = rule.logic.kind === "verklaring" ? jsAtom(propertyAccess("feiten", rule.logic.fact)) : resolved(emitJs(rule.logic.condition.expr, ctx), rule.logic.condition.expr.nullable, rule.whenUnknown);
    const exception = rule.exception && resolved(emitJs(rule.exception.condition.expr, ctx), rule.exception.condition.expr.nullable, rule.exception.whenUnknown);
    const applies = rule.appliesWhen && emitJs(rule.appliesWhen.expr, ctx);
    return ruleTerm({ value, ...(applies ? { applies } : {}), ...(exception ? { exception } : {}) }, positive);
  };
  const ofKinds = (kinds: readonly RuleKind[]) => definitive.filter((r) => kinds.includes(r.kind));
  /**
   * `head =` and one term per line, each followed by the chapter and id of its rule. Each term
   * is parenthesised the way it is inside the whole chain: the chain built with the same
   * operator shows which terms need parentheses, and a term is then cut out of it.
   */
  const chainStatement = (head: string, terms: { rule: Rule; code: Js }[], empty: string, op: BinaryOperator): Statement => {
    if (terms.length === 0) return statement(`${head} = ${empty};`);
    const comment = (rule: Rule) => `${chapterById.get(rule.chapter)?.number ?? rule.chapter} ${commentText(rule.id)}`;
    const [only] = terms;
    if (terms.length === 1 && only) return statement(`${head} = ${only.code.code}; // ${comment(only.rule)}`);
    // A term with the same operator is part of the chain (prettier reads it so); its comment follows its last operand.
    const operands = terms.flatMap(({ rule, code: term }, i) => {
      const written = chainTerm(op, term, i);
      const parts = written.op === op && written.operands ? written.operands : [written];
      return parts.map((part, k): Item => ({ value: layoutOf(part), ...(k === parts.length - 1 ? { comment: comment(rule) } : {}) }));
    });
    return declare(head, { kind: "chain", op, operands });
  };
  const conditions = ofKinds(REQUIRED_FOR_OFFER).map((rule) => ({ rule, code: term(rule, false) }));
  const exclusions = ofKinds(["uitsluiting"]).map((rule) => ({ rule, code: term(rule, true) }));
  const body: Statement[] = [];
  body.push(chainStatement("const voldoetAanVoorwaarden", conditions, "true", "&&"));
  const tiers = careType.differentiation?.tiers;
  const intended = careType.agreement.status === "voornemen";
  if (intended) {
    body.push(lines(`// De inkoop van ${commentText(careType.name, 60)} is nog een voornemen: er is geen zorgovereenkomst.`));
    body.push(statement("const overeenkomst = null;"));
  } else {
    if (exclusions.length > 0) body.push(chainStatement("const uitgesloten", exclusions, "false", "||"));
    const offered = offerCondition(exclusions.length > 0);
    if (tiers) {
      const factors = ofKinds(["differentiatiefactor"]).map((rule) => ({ rule, code: conditional(term(rule, true), ONE, ZERO) }));
      body.push(statement("let overeenkomst = null;"));
      body.push(block(`if (${offered.code})`, [chainStatement("const aantalFactoren", factors, "0", "+"), declare("overeenkomst", layoutOf(tierChoice(careType)))]));
    } else {
      body.push(constJs("overeenkomst", conditional(offered, jsAtom(propertyAccess(`OVEREENKOMSTEN_${constId}`, careType.id)), jsAtom("null"))));
    }
  }
  body.push(statement("const inAanmerking = overeenkomst !== null;"));
  const notApproached = noApproach(careType);
  if (notApproached) body.push(...notApproached);
  else {
    const approach = [
      ...ofKinds(["benaderingsvoorwaarde"]).map((rule) => ({ rule, code: term(rule, false) })),
      ...ofKinds(["benaderingsuitsluiting"]).map((rule) => ({ rule, code: not(term(rule, true)) })),
    ];
    body.push(chainStatement("const benaderd", approach, "true", "&&"));
  }
  body.push(statement("return { inAanmerking, benaderd, overeenkomst };"));
  return [
    lines(`/** Alleen de beslissing voor ${docText(careType.name)}: elke regel wordt pas berekend als de beslissing hem nodig heeft. */`),
    block(`function ${names.beslis}(feiten)`, body),
    ...notPurchased(),
  ];

  /**
   * With selective purchase, the parts of the care not purchased from the provider, as cheap
   * as the decision: per part one chain of its rules (a part is purchased when each of them is
   * met or does not apply, an unknown condition counting as `bij_onbekend`), and a new list.
   * The same parts as the rules `niet_voldaan` in the explanation; a property test
   * (test/compiler/bulk.test.ts) compares the two.
   */
  function notPurchased(): Statement[] {
    const parts = selectiveParts(definitive);
    if (parts.length === 0) return [];
    const locals = new NameAllocator(["feiten", "nietIngekocht"]);
    const partBody: Statement[] = [statement("const nietIngekocht = [];")];
    for (const [k, [part, rules]] of parts.entries()) {
      const purchased = locals.allocate(`ingekocht${k + 1}`);
      partBody.push(chainStatement(`const ${purchased}`, rules.map((rule) => ({ rule, code: term(rule, false) })), "true", "&&"));
      partBody.push({ kind: "if", test: `!${purchased}`, then: call("nietIngekocht.push", str(part)) });
    }
    partBody.push(statement("return nietIngekocht;"));
    return [
      lines("", `/** Welke zorg niet wordt ingekocht voor ${docText(careType.name)} (selectieve inkoop), zonder toelichting: een nieuwe lijst. */`),
      block(`function ${names.selectief}(feiten)`, partBody),
    ];
  }
}

/** A term of `a op b op …` as it is written in that chain: with parentheses when the chain needs them there. */
function chainTerm(op: BinaryOperator, term: Js, index: number): Js {
  const x = jsAtom("x");
  const operands = (index === 0 ? binary(op, term, x) : binary(op, x, term)).operands as readonly Js[];
  const written = index === 0 ? operands.slice(0, -1) : operands.slice(1);
  // A term with the same operator comes back as its operands.
  return written.length === 1 ? (written[0] as Js) : term;
}

/**
 * The quick test whether the facts are usable, in straight-line code: true only when
 * `controleerFeiten` (runtime/facts.ts) would find no problem. Only when it is false does the
 * evaluator call `controleerFeiten`, which then collects every problem in Dutch (or finds
 * none, for the rare facts object whose prototype has a key of a fact as well). Checking a
 * million providers this way costs little more than reading the facts: property reads and
 * `in` with a constant key are inline-cached, where `hasOwnProperty` is a call per fact.
 */
function emitFactsCheck(model: PolicyModel, careType: CareType, name: string, writer: ModuleWriter): Statement[] {
  const facts = factsFor(model, careType.id);
  const tests = facts.map((fact) => {
    const value = jsAtom(propertyAccess("feiten", fact.id));
    const typed = typeTest(fact, value, writer);
    // No type test accepts undefined, so a missing fact fails it; `in prototype` rules out an inherited one.
    const known = fact.unknownReason !== undefined ? binary("||", binary("===", value, jsAtom("null")), typed) : typed;
    return binary("&&", known, not(binary("in", jsAtom(stringLiteral(fact.id)), jsAtom("prototype"))));
  });
  // A fact that may not exceed another, once both are numbers or null (the tests before this one).
  const byId = new Map(facts.map((f) => [f.id, f]));
  for (const fact of facts) {
    const other = fact.notGreaterThan !== undefined ? byId.get(fact.notGreaterThan) : undefined;
    if (other === undefined) continue;
    const [value, limit] = [jsAtom(propertyAccess("feiten", fact.id)), jsAtom(propertyAccess("feiten", other.id))];
    const unknown = [fact, other].filter((f) => f.unknownReason !== undefined).map((f) => binary("===", f === fact ? value : limit, jsAtom("null")));
    tests.push(chain("||", [...unknown, binary("<=", value, limit)], jsAtom("false")));
  }
  return [
    lines(`/** Of de feiten voor ${docText(careType.name)} bruikbaar zijn (zo niet, dan zegt \`controleerFeiten\` waarom). */`),
    block(`function ${name}(feiten)`, [
      statement(`if (typeof feiten !== "object" || feiten === null || Array.isArray(feiten)) return false;`),
      lines("// Alleen eigen sleutels tellen. Staat een feit ook op het prototype, dan beslist controleerFeiten."),
      statement(`const prototype = ${writer.helper("prototypeVan")}(feiten);`),
      { kind: "return", value: layoutOf(chain("&&", tests, jsAtom("true"))) },
    ]),
  ];
}

/** The test for one known (not null) value; keuze and verzameling use the values in `FEITEN`. */
function typeTest(fact: Fact, value: Js, writer: ModuleWriter): Js {
  switch (fact.type) {
    case "getal":
    case "percentage":
    case "bedrag": {
      // Whole numbers (Number.isInteger is also finite) and the range, as controleerFeiten checks them.
      const number = jsCall(fact.integer ? "Number.isInteger" : "Number.isFinite", value);
      const bounds = [
        ...(fact.minimum !== undefined ? [binary(">=", value, jsAtom(numberLiteral(fact.minimum)))] : []),
        ...(fact.maximum !== undefined ? [binary("<=", value, jsAtom(numberLiteral(fact.maximum)))] : []),
      ];
      return bounds.length === 0 ? number : chain("&&", [number, ...bounds], jsAtom("true"));
    }
    case "ja/nee":
      return binary("===", jsAtom(`typeof ${value.code}`), jsAtom('"boolean"'));
    case "tekst":
      return binary("===", jsAtom(`typeof ${value.code}`), jsAtom('"string"'));
    case "datum":
      return jsCall(writer.helper("isIsoDate"), value);
    case "keuze":
      return method(jsAtom(writer.valueSet(fact.id)), "has", value);
    case "verzameling":
      return jsCall(writer.helper("isDeelverzameling"), value, jsAtom(writer.valueSet(fact.id)));
  }
}
