/**
 * Resolves names and checks types in one expression: AST in, typed expression (`TExpr`) and
 * diagnostics out. Names resolve to facts, tables and the built-in values `zorgsoort` and
 * `contractjaar`; every node gets a type and a flag saying whether it can be unknown at run
 * time. After the first error in a subtree the subtree is dropped (`undefined`), so one mistake
 * gives one diagnostic.
 */

import type { Expr } from "../../grammar/ast.js";
import { isValidIsoDate } from "../../grammar/toAst.js";
import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Fact, TExpr, ValueType } from "../model.js";
import { numberTooLarge } from "../load/numberFields.js";
import type { Span } from "../span.js";
import { closestName } from "../suggest.js";
import { FUNCTIONS, FUNCTIONS_BY_NAME } from "./functions.js";
import {
  BEDRAG,
  DATUM,
  GETAL,
  JANEE,
  PERCENTAGE,
  TEKST,
  elementType,
  factValueType,
  isNumeric,
  isOrdered,
  typeName,
} from "./types.js";

/** Words for true and false from elsewhere (`bij_onbekend: waar`, JSON, English) and what a condition writes. */
const TRUTH_WORDS: ReadonlyMap<string, "ja" | "nee"> = new Map([
  ["waar", "ja"],
  ["onwaar", "nee"],
  ["true", "ja"],
  ["false", "nee"],
  ["yes", "ja"],
  ["no", "nee"],
]);

/** What the checker knows about a table. */
export interface TableInfo {
  readonly id: string;
  readonly careTypeKeyed: boolean;
  readonly rowKeys: readonly string[];
  readonly columns: ReadonlyMap<string, { readonly type: ValueType; readonly nullableKeys: ReadonlySet<string> }>;
}

export interface CheckEnvironment {
  readonly facts: ReadonlyMap<string, Fact>;
  readonly tables: ReadonlyMap<string, TableInfo>;
  readonly careTypeIds: readonly string[];
  /** The care types this expression is evaluated for (for tables keyed by care type). */
  readonly careTypesInScope: readonly string[];
  /** False inside table cells: a cell cannot look up another table. */
  readonly allowTables: boolean;
  /** True in approach rules, where `voorwaarden_voldaan` may be used. */
  readonly allowConditionsMet?: boolean;
}

/** Why 0000-01-01 is refused (BL105), in a condition and in a date field. */
export const YEAR_ZERO_HINT = "Het jaar 0000 bestaat niet: een datum loopt van 0001-01-01 tot en met 9999-12-31.";

export const BUILTIN_NAMES = ["zorgsoort", "contractjaar", "voorwaarden_voldaan", "in_aanmerking"] as const;

export interface CheckedExpression {
  readonly expr: TExpr | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

export function checkExpression(ast: Expr, env: CheckEnvironment): CheckedExpression {
  const checker = new ExpressionChecker(env);
  const expr = checker.check(ast);
  return { expr, diagnostics: checker.diagnostics };
}

class ExpressionChecker {
  readonly diagnostics: Diagnostic[] = [];

  constructor(private readonly env: CheckEnvironment) {}

  private typeError(at: Span, detail: string, hint?: string): undefined {
    this.diagnostics.push(diagnostic("BL202", at, { detail }, hint));
    return undefined;
  }

  check(ast: Expr): TExpr | undefined {
    switch (ast.kind) {
      case "error":
        return undefined;
      case "number":
        return this.numberLiteral(ast.value, GETAL, ast.span);
      case "percentage":
        return this.numberLiteral(ast.value, PERCENTAGE, ast.span);
      case "amount":
        return this.numberLiteral(ast.value, BEDRAG, ast.span);
      case "date":
        // The grammar checks that the day exists; year 0000 is not a year of the calendar.
        if (ast.value.startsWith("0000-")) {
          this.diagnostics.push(diagnostic("BL105", ast.span, { tekst: ast.value }, YEAR_ZERO_HINT));
          return undefined;
        }
        return { kind: "literal", value: ast.value, type: DATUM, nullable: false, span: ast.span } satisfies TExpr;
      case "string":
        return { kind: "literal", value: ast.value, type: TEKST, nullable: false, span: ast.span } satisfies TExpr;
      case "boolean":
        return { kind: "literal", value: ast.value, type: JANEE, nullable: false, span: ast.span } satisfies TExpr;
      case "list":
        return this.list(ast);
      case "ref":
        return this.reference(ast.name, ast.span);
      case "index":
      case "member":
        return this.tableAccess(ast);
      case "call":
        return this.call(ast);
      case "unary":
        return this.unary(ast);
      case "binary":
        return this.binary(ast);
      case "between":
        return this.between(ast);
    }
  }

  /**
   * A number, percentage or amount as written: one too large to compute with (400 digits are
   * infinite) or to compute with exactly (beyond 2^53 − 1) is an error, BL109, not a condition
   * that compares with Infinity or with another number than the one written.
   */
  private numberLiteral(value: number, type: ValueType, at: Span): TExpr | undefined {
    const tooLarge = numberTooLarge(value, at);
    if (tooLarge) {
      this.diagnostics.push(tooLarge);
      return undefined;
    }
    return { kind: "literal", value, type, nullable: false, span: at } satisfies TExpr;
  }

  private list(ast: Extract<Expr, { kind: "list" }>): TExpr | undefined {
    const items: TExpr[] = [];
    for (const item of ast.items) {
      const checked = this.check(item);
      if (!checked) return undefined;
      items.push(checked);
    }
    const first = items[0];
    const element: ValueType = first ? (first.type.kind === "tekst" ? TEKST : first.type) : TEKST;
    for (const item of items.slice(1)) {
      if (item.type.kind !== element.kind) {
        return this.typeError(item.span, `Alle elementen van een lijst moeten van dezelfde soort zijn; dit is ${typeName(item.type)}, het eerste element is ${typeName(element)}.`);
      }
    }
    if (element.kind === "verzameling" || element.kind === "lijst") {
      return this.typeError(ast.span, "Een lijst kan geen verzamelingen of lijsten bevatten.");
    }
    return { kind: "list", items, type: { kind: "lijst", element }, nullable: items.some((i) => i.nullable), span: ast.span } satisfies TExpr;
  }

  private reference(name: string, at: Span): TExpr | undefined {
    const fact = this.env.facts.get(name);
    if (fact) {
      return { kind: "fact", fact: name, type: factValueType(fact.type, fact.values), nullable: fact.unknownReason !== undefined, span: at } satisfies TExpr;
    }
    if (name === "zorgsoort") {
      return { kind: "zorgsoort", type: { kind: "tekst", values: this.env.careTypeIds }, nullable: false, span: at } satisfies TExpr;
    }
    if (name === "contractjaar") return { kind: "contractjaar", type: GETAL, nullable: false, span: at } satisfies TExpr;
    if (name === "voorwaarden_voldaan" || name === "in_aanmerking") {
      if (!this.env.allowConditionsMet) {
        this.diagnostics.push(diagnostic("BL217", at, { naam: name }));
        return undefined;
      }
      return { kind: name === "in_aanmerking" ? "inAanmerking" : "voorwaardenVoldaan", type: JANEE, nullable: false, span: at } satisfies TExpr;
    }
    if (this.env.tables.has(name)) {
      return this.typeError(at, `‘${name}’ is een tabel; kies een rij en een kolom, bijvoorbeeld ${name}[zorgsoort].kolom.`);
    }
    if (FUNCTIONS_BY_NAME.has(name)) {
      return this.typeError(at, `‘${name}’ is een functie en moet met haakjes worden aangeroepen: ${name}(…).`);
    }
    const candidates = [...this.env.facts.keys(), ...this.env.tables.keys(), ...BUILTIN_NAMES];
    const suggestion = closestName(name, candidates);
    const truth = TRUTH_WORDS.get(name.toLowerCase());
    // `keurmerk = HKZ`: a value of a choice, written without quotes.
    const owner = [...this.env.facts.values()].find((fact) => fact.values?.includes(name));
    const capitalKeyword = /^(EN|OF|NIET|JA|NEE|En|Of|Niet|Ja|Nee)$/.test(name);
    const keywordHint = owner
      ? `‘${name}’ is een waarde van het feit ‘${owner.id}’; schrijf een waarde tussen aanhalingstekens: "${name}".`
      : capitalKeyword
      ? `Sleutelwoorden worden met kleine letters geschreven: ‘${name.toLowerCase()}’.`
      : truth !== undefined
        ? `In een voorwaarde heten de waarden van een ja/nee-feit ‘ja’ en ‘nee’; schrijf ‘${truth}’ (of alleen de naam van het feit).`
        : undefined;
    this.diagnostics.push(
      diagnostic(
        "BL201",
        at,
        { naam: name },
        keywordHint ?? (suggestion ? `Bedoelt u ‘${suggestion}’?` : "Declareer het onder ‘feiten’, of controleer de spelling."),
        // What the hint says to write instead; none for a value of a choice (its quotes would depend on the YAML around it).
        owner ? undefined : capitalKeyword ? name.toLowerCase() : (truth ?? suggestion),
      ),
    );
    return undefined;
  }

  private tableAccess(ast: Extract<Expr, { kind: "index" | "member" }>): TExpr | undefined {
    // The only valid shape is table[key].column.
    if (ast.kind === "index") {
      const name = ast.object.kind === "ref" ? ast.object.name : undefined;
      if (name && this.env.tables.has(name)) {
        return this.typeError(ast.span, `Kies na de rij ook een kolom van tabel ‘${name}’, bijvoorbeeld ${name}[…].${[...(this.env.tables.get(name)?.columns.keys() ?? [])][0] ?? "kolom"}.`);
      }
      return this.typeError(ast.span, "Alleen een tabel kan met [ ] worden opgezocht.");
    }
    const row = ast.object;
    if (row.kind !== "index" || row.object.kind !== "ref") {
      return this.typeError(ast.span, "Alleen een tabelrij heeft kolommen: schrijf tabel[sleutel].kolom.");
    }
    const tableName = row.object.name;
    const table = this.env.tables.get(tableName);
    if (!table) {
      if (this.env.facts.has(tableName)) return this.typeError(row.object.span, `‘${tableName}’ is een feit, geen tabel.`);
      const suggestion = closestName(tableName, this.env.tables.keys());
      this.diagnostics.push(diagnostic("BL201", row.object.span, { naam: tableName }, suggestion ? `Bedoelt u ‘${suggestion}’?` : null, suggestion));
      return undefined;
    }
    if (!this.env.allowTables) return this.typeError(row.object.span, "Een tabelcel kan geen andere tabel gebruiken.");
    const column = table.columns.get(ast.name);
    if (!column) {
      const suggestion = closestName(ast.name, table.columns.keys());
      this.diagnostics.push(
        diagnostic("BL209", ast.nameSpan, { tabel: tableName, kolom: ast.name }, suggestion ? `Bedoelt u ‘${suggestion}’?` : `Kolommen: ${[...table.columns.keys()].join(", ")}.`, suggestion),
      );
      return undefined;
    }
    const key = this.check(row.index);
    if (!key) return undefined;
    if (key.type.kind !== "tekst") {
      return this.typeError(key.span, `De sleutel van tabel ‘${tableName}’ is een tekst, maar hier staat ${typeName(key.type)}.`);
    }
    let nullable: boolean;
    if (key.kind === "zorgsoort") {
      if (!table.careTypeKeyed) {
        return this.typeError(key.span, `De tabel ‘${tableName}’ heeft geen zorgsoorten als sleutel.`);
      }
      const missing = this.env.careTypesInScope.filter((c) => !table.rowKeys.includes(c));
      if (missing.length > 0) {
        this.diagnostics.push(diagnostic("BL210", key.span, { tabel: tableName, sleutel: missing.join(", ") }, "De regel geldt voor deze zorgsoort, dus de tabel moet er een rij voor hebben."));
        return undefined;
      }
      nullable = this.env.careTypesInScope.some((c) => column.nullableKeys.has(c));
    } else if (key.kind === "literal") {
      const k = String(key.value);
      if (!table.rowKeys.includes(k)) {
        const suggestion = closestName(k, table.rowKeys);
        this.diagnostics.push(diagnostic("BL210", key.span, { tabel: tableName, sleutel: k }, suggestion ? `Bedoelt u ‘${suggestion}’?` : null, suggestion === undefined ? undefined : JSON.stringify(suggestion)));
        return undefined;
      }
      nullable = column.nullableKeys.has(k);
    } else {
      if (column.type.kind === "janee") {
        return this.typeError(key.span, `Een voorwaardenkolom (‘${ast.name}’) kan alleen worden opgezocht met een vaste sleutel of met zorgsoort.`);
      }
      nullable = true; // the row may not exist
    }
    return { kind: "cell", table: tableName, column: ast.name, key, type: column.type, nullable: nullable || key.nullable, span: ast.span } satisfies TExpr;
  }

  private call(ast: Extract<Expr, { kind: "call" }>): TExpr | undefined {
    const fn = FUNCTIONS_BY_NAME.get(ast.callee);
    if (!fn) {
      const suggestion = closestName(ast.callee, FUNCTIONS.map((f) => f.name));
      const isFact = this.env.facts.has(ast.callee);
      this.diagnostics.push(
        diagnostic(
          "BL203",
          ast.calleeSpan,
          { naam: ast.callee },
          isFact ? `‘${ast.callee}’ is een feit; gebruik het zonder haakjes.` : suggestion ? `Bedoelt u ‘${suggestion}’?` : "De functies staan in docs/taal.md.",
          isFact ? undefined : suggestion,
        ),
      );
      return undefined;
    }
    if (ast.args.length !== fn.params.length) {
      const verwacht = fn.params.length === 1 ? "1 argument" : `${fn.params.length} argumenten`;
      this.diagnostics.push(
        diagnostic("BL204", ast.span, { naam: fn.name, verwacht, gekregen: ast.args.length }, `Gebruik: ${fn.name}(${fn.params.join(", ")}).`),
      );
      return undefined;
    }
    const args: TExpr[] = [];
    for (const arg of ast.args) {
      const checked = this.check(arg);
      if (!checked) return undefined;
      args.push(checked);
    }
    const outcome = fn.check(args.map((a) => a.type));
    if ("problem" in outcome) {
      return this.typeError((args[outcome.argument] as TExpr).span, `${fn.name}: ${outcome.problem}`, `Gebruik: ${fn.name}(${fn.params.join(", ")}).`);
    }
    let nullable: boolean;
    if (fn.unknown === "never") nullable = false;
    else if (fn.unknown === "propagate-or-own") nullable = true;
    else nullable = args.some((a) => a.nullable);
    return { kind: "call", fn: fn.name, args, type: outcome.result, nullable, span: ast.span } satisfies TExpr;
  }

  private unary(ast: Extract<Expr, { kind: "unary" }>): TExpr | undefined {
    const operand = this.check(ast.operand);
    if (!operand) return undefined;
    if (ast.operator === "niet") {
      if (operand.type.kind !== "janee") {
        return this.typeError(ast.span, `‘niet’ werkt op ja/nee, maar ${describe(operand)} is ${typeName(operand.type)}.`);
      }
      return { kind: "not", operand, type: JANEE, nullable: operand.nullable, span: ast.span } satisfies TExpr;
    }
    if (!isNumeric(operand.type)) {
      return this.typeError(ast.span, `Een minteken werkt op een getal, percentage of bedrag, niet op ${typeName(operand.type)}.`);
    }
    return { kind: "negate", operand, type: operand.type, nullable: operand.nullable, span: ast.span } satisfies TExpr;
  }

  private binary(ast: Extract<Expr, { kind: "binary" }>): TExpr | undefined {
    const left = this.check(ast.left);
    const right = this.check(ast.right);
    if (!left || !right) return undefined;
    const op = ast.operator;
    const make = (type: ValueType, nullable = left.nullable || right.nullable): TExpr =>
      ({ kind: "binary", operator: op, left, right, type, nullable, span: ast.span }) satisfies TExpr;

    switch (op) {
      case "en":
      case "of": {
        for (const side of [left, right]) {
          if (side.type.kind !== "janee") {
            return this.typeError(side.span, `‘${op}’ verbindt ja/nee-waarden, maar ${describe(side)} is ${typeName(side.type)}.`, comparisonHint(side));
          }
        }
        return make(JANEE);
      }
      case "+":
      case "-":
      case "*":
      case "/": {
        const result = arithmeticType(op, left.type, right.type);
        if (!result) {
          return this.typeError(ast.operatorSpan, `‘${op}’ kan ${typeName(left.type)} en ${typeName(right.type)} niet combineren.`, arithmeticHint(op, left.type, right.type));
        }
        const divisorSafe = right.kind === "literal" && right.value !== 0;
        return make(result, left.nullable || right.nullable || (op === "/" && !divisorSafe));
      }
      case "=":
      case "≠": {
        if (left.type.kind !== right.type.kind || left.type.kind === "lijst" || left.type.kind === "verzameling") {
          return this.typeError(right.span, `‘${op}’ kan ${typeName(left.type)} niet vergelijken met ${typeName(right.type)}.`, mismatchHint(left, right));
        }
        if (!this.checkChoiceLiteral(left, right) || !this.checkChoiceLiteral(right, left)) return undefined;
        return make(JANEE);
      }
      case "<":
      case "<=":
      case ">":
      case ">=": {
        if (left.type.kind !== right.type.kind) {
          return this.typeError(right.span, `‘${op}’ kan ${typeName(left.type)} niet vergelijken met ${typeName(right.type)}.`, mismatchHint(left, right));
        }
        if (!isOrdered(left.type)) {
          return this.typeError(ast.operatorSpan, `‘${op}’ werkt alleen op getallen, percentages, bedragen en datums, niet op ${typeName(left.type)}.`);
        }
        return make(JANEE);
      }
      case "in":
      case "niet in": {
        const element = elementType(right.type);
        if (!element) {
          return this.typeError(right.span, `Na ‘${op}’ hoort een lijst of verzameling, maar ${describe(right)} is ${typeName(right.type)}.`);
        }
        if (element.kind !== left.type.kind) {
          return this.typeError(ast.operatorSpan, `${capitalise(describe(left))} is ${typeName(left.type)}, maar de lijst bevat ${typeName(element)}-waarden.`.replace("een een", "een"));
        }
        if (right.kind === "list") {
          for (const item of right.items) if (!this.checkChoiceLiteral(left, item)) return undefined;
        }
        return make(JANEE);
      }
      case "bevat": {
        const element = elementType(left.type);
        if (!element) {
          return this.typeError(left.span, `‘bevat’ werkt op een verzameling of lijst, maar ${describe(left)} is ${typeName(left.type)}.`, "Gebruik ‘=’ om twee waarden te vergelijken.");
        }
        if (element.kind !== right.type.kind) {
          return this.typeError(right.span, `${capitalise(describe(left))} bevat ${typeName(element)}-waarden, maar hier staat ${typeName(right.type)}.`.replace("een een", "een"));
        }
        if (!this.checkChoiceLiteral({ ...left, type: element } as TExpr, right)) return undefined;
        return make(JANEE);
      }
    }
  }

  private between(ast: Extract<Expr, { kind: "between" }>): TExpr | undefined {
    const operand = this.check(ast.operand);
    const low = this.check(ast.low);
    const high = this.check(ast.high);
    if (!operand || !low || !high) return undefined;
    if (!isOrdered(operand.type)) {
      return this.typeError(operand.span, `‘tussen’ werkt op getallen, percentages, bedragen en datums, niet op ${typeName(operand.type)}.`);
    }
    for (const bound of [low, high]) {
      if (bound.type.kind !== operand.type.kind) {
        return this.typeError(bound.span, `De grenzen van ‘tussen’ moeten ${typeName(operand.type)} zijn, maar dit is ${typeName(bound.type)}.`);
      }
    }
    return { kind: "between", operand, low, high, type: JANEE, nullable: operand.nullable || low.nullable || high.nullable, span: ast.span } satisfies TExpr;
  }

  /** A text literal compared with a choice must be one of the choice's values. */
  private checkChoiceLiteral(choice: TExpr, literal: TExpr): boolean {
    if (literal.kind !== "literal" || typeof literal.value !== "string") return true;
    if (choice.type.kind !== "tekst" || !choice.type.values) return true;
    if (choice.type.values.includes(literal.value)) return true;
    const suggestion = closestName(literal.value, choice.type.values);
    const what = choice.kind === "fact" ? `het feit ‘${choice.fact}’` : choice.kind === "zorgsoort" ? "‘zorgsoort’" : "deze keuze";
    this.diagnostics.push(
      diagnostic(
        "BL205",
        literal.span,
        { waarde: literal.value, wat: what },
        suggestion ? `Bedoelt u ‘${suggestion}’?` : `Mogelijke waarden: ${choice.type.values.map((v) => `‘${v}’`).join(", ")}.`,
        suggestion === undefined ? undefined : JSON.stringify(suggestion),
      ),
    );
    return false;
  }
}

function describe(expr: TExpr): string {
  switch (expr.kind) {
    case "fact":
      return `‘${expr.fact}’`;
    case "literal":
      return `‘${typeof expr.value === "boolean" ? (expr.value ? "ja" : "nee") : String(expr.value)}’`;
    case "call":
      return `${expr.fn}(…)`;
    default:
      return "deze waarde";
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function arithmeticType(op: "+" | "-" | "*" | "/", a: ValueType, b: ValueType): ValueType | undefined {
  const k = (t: ValueType) => t.kind;
  if (op === "+" || op === "-") {
    if (k(a) === k(b) && isNumeric(a)) return a;
    return undefined;
  }
  if (op === "*") {
    if (k(a) === "getal" && k(b) === "getal") return GETAL;
    if ((k(a) === "percentage" && k(b) === "getal") || (k(a) === "getal" && k(b) === "percentage")) return GETAL;
    if ((k(a) === "bedrag" && (k(b) === "getal" || k(b) === "percentage")) || ((k(a) === "getal" || k(a) === "percentage") && k(b) === "bedrag")) return BEDRAG;
    return undefined;
  }
  if (k(a) === "getal" && k(b) === "getal") return GETAL;
  if (k(a) === "bedrag" && k(b) === "getal") return BEDRAG;
  if (k(a) === "bedrag" && k(b) === "bedrag") return GETAL;
  if (k(a) === "percentage" && k(b) === "getal") return PERCENTAGE;
  return undefined;
}

function arithmeticHint(op: string, a: ValueType, b: ValueType): string | undefined {
  if (a.kind === "datum" || b.kind === "datum") return "Rekenen met datums gaat met functies zoals plus_dagen, plus_maanden en dagen_tussen.";
  if (op === "/" && a.kind === "getal" && b.kind === "percentage") return "Gebruik aandeel(deel, totaal) om een percentage te berekenen.";
  return undefined;
}

function mismatchHint(left: TExpr, right: TExpr): string | undefined {
  const kinds = [left.type.kind, right.type.kind];
  if (kinds.includes("getal") && kinds.includes("percentage")) {
    // `aandeel_loondienst >= 60`: the number is the percentage meant.
    const number = left.type.kind === "getal" ? left : right;
    if (number.kind === "literal" && typeof number.value === "number") return `Bedoelt u ${String(number.value)}%? Een percentage wordt vergeleken met een percentage.`;
    return "Vergelijk een percentage met een percentage (30%); gebruik aandeel(deel, totaal) om uit twee getallen een percentage te maken.";
  }
  if (kinds.includes("janee")) {
    const [yesNo, other] = left.type.kind === "janee" ? [left, right] : [right, left];
    // `werkt_met_omaha = 1`, `werkt_met_omaha = "ja"`: the fact is what the author has in mind.
    if (other.kind === "literal" && yesNo.kind === "fact") {
      if (typeof other.value === "string" && /^(ja|nee)$/i.test(other.value)) return "Schrijf ja en nee zonder aanhalingstekens.";
      return `‘${yesNo.fact}’ is ja/nee: schrijf ‘${yesNo.fact}’ of ‘niet ${yesNo.fact}’, of vergelijk het met ja of nee.`;
    }
    return `${capitalise(describe(other))} is ${typeName(other.type)}; vergelijk het met ${typeName(other.type)}.`;
  }
  // `d <= 01-01-2027`, `d <= 2027/01/01`: a date written otherwise reads as a sum of numbers.
  if (kinds.includes("datum") && (isLiteralArithmetic(left) || isLiteralArithmetic(right))) {
    const meant = intendedDate(isLiteralArithmetic(left) ? left : right);
    if (meant !== undefined) return `Schrijf een datum als jjjj-mm-dd, zonder aanhalingstekens: bedoelt u ${meant}?`;
    return "Schrijf een datum als jjjj-mm-dd, met twee cijfers voor maand en dag en zonder aanhalingstekens: 2027-01-01.";
  }
  if (kinds.includes("datum") && kinds.includes("tekst")) return "Schrijf een datum zonder aanhalingstekens: 2025-10-24.";
  if (kinds.includes("getal") && kinds.includes("tekst")) return "Een getal tussen aanhalingstekens is een tekst; laat de aanhalingstekens weg, of declareer het feit als tekst.";
  return undefined;
}

/**
 * The date an author meant with three numbers joined by `-` or `/`: `15-06-2026` (dd-mm-jjjj)
 * and `2026/6/15` (jjjj-m-d) both mean 2026-06-15. Undefined when it is no existing date.
 */
function intendedDate(expr: TExpr): string | undefined {
  if (expr.kind !== "binary" || expr.left.kind !== "binary") return undefined;
  const parts = [expr.left.left, expr.left.right, expr.right];
  const operators = [expr.left.operator, expr.operator];
  if (!operators.every((op) => op === "-" || op === "/") || operators[0] !== operators[1]) return undefined;
  const numbers = parts.map((p) => (p.kind === "literal" && typeof p.value === "number" && Number.isInteger(p.value) ? p.value : undefined));
  if (numbers.some((n) => n === undefined)) return undefined;
  const [a, b, c] = numbers as [number, number, number];
  const [year, month, day] = a >= 1000 ? [a, b, c] : c >= 1000 ? [c, b, a] : [undefined, 0, 0];
  if (year === undefined || year > 9999) return undefined;
  const date = `${String(year)}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return isValidIsoDate(date) ? date : undefined;
}

/** Arithmetic on number literals only (`01-01-2027`, `2027/1/1`). */
function isLiteralArithmetic(expr: TExpr): boolean {
  if (expr.kind !== "binary" || !["+", "-", "*", "/"].includes(expr.operator)) return false;
  const literal = (e: TExpr): boolean => (e.kind === "literal" && typeof e.value === "number") || isLiteralArithmetic(e);
  return literal(expr.left) && literal(expr.right);
}

function comparisonHint(side: TExpr): string | undefined {
  if (side.type.kind === "getal" || side.type.kind === "percentage") return "Maak er een vergelijking van, bijvoorbeeld ‘… >= 30%’.";
  return undefined;
}
