/**
 * Turns the Chevrotain CST into the expression AST. Spans are mapped from offsets in the
 * expression text to offsets in the .policy file by `mapOffset`, so every node points at the
 * right place in the YAML scalar (also for folded, quoted and block scalars).
 *
 * After error recovery the CST can miss children; those become `error` nodes (the parser has
 * already reported the problem). Chained comparisons are reported here (BL104).
 */

import type { CstNode, IToken } from "chevrotain";
import type { Span } from "../compiler/span.js";
import { diagnostic, type Diagnostic } from "../compiler/diagnostics/diagnostic.js";
import type { BinaryOperator, Expr } from "./ast.js";
import { expressionParser } from "./parser.js";
import { MAANDEN } from "../runtime/dates.js";

type Children = Record<string, (CstNode | IToken)[] | undefined>;

const NONE: readonly never[] = [];

const BaseVisitor = expressionParser.getBaseCstVisitorConstructor();

function isToken(x: CstNode | IToken | undefined): x is IToken {
  return x !== undefined && "image" in x;
}

function realToken(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && Number.isFinite(token.startOffset);
}

export class AstBuilder extends BaseVisitor {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly mapOffset: (offset: number) => number,
    private readonly fallback: Span,
    private readonly mapEnd: (end: number) => number = (end) => mapOffset(end - 1) + 1,
  ) {
    super();
    // The check concerns the class (a method per rule), so once is enough.
    if (!AstBuilder.validated) {
      this.validateVisitor();
      AstBuilder.validated = true;
    }
  }

  private static validated = false;

  // --- helpers -------------------------------------------------------------------------

  private tokenSpan(token: IToken | undefined): Span {
    if (!realToken(token)) return this.fallback;
    const start = this.mapOffset(token.startOffset);
    const end = this.mapEnd(token.startOffset + token.image.length);
    return { file: this.file, start, end: Math.max(start, end) };
  }

  private cover(a: Span, b: Span): Span {
    if (a === this.fallback) return b;
    if (b === this.fallback) return a;
    return { file: this.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  }

  private errorNode(): Expr {
    return { kind: "error", span: this.fallback };
  }

  /**
   * The AST of a child node. Dispatches on the rule name itself instead of through the base
   * visitor's `visit` (a lookup by name on every node, which showed in profiles).
   */
  private sub(node: CstNode | IToken | undefined): Expr {
    if (node === undefined || isToken(node)) return this.errorNode();
    const children = node.children as Children;
    if (node.recoveredNode && Object.keys(children).length === 0) return this.errorNode();
    switch (node.name) {
      case "expressie":
        return this.expressie(children);
      case "of":
        return this.of(children);
      case "en":
        return this.en(children);
      case "ontkenning":
        return this.ontkenning(children);
      case "vergelijking":
        return this.vergelijking(children);
      case "som":
        return this.som(children);
      case "product":
        return this.product(children);
      case "negatief":
        return this.negatief(children);
      case "achtervoegsel":
        return this.achtervoegsel(children);
      case "primair":
        return this.primair(children);
      case "aanroepOfNaam":
        return this.aanroepOfNaam(children);
      case "haakjes":
        return this.haakjes(children);
      case "lijst":
        return this.lijst(children);
      default:
        return this.visit(node) as Expr;
    }
  }

  /** The child nodes under `name` (a new array only when a token is among them). */
  private nodes(children: Children, name: string): readonly CstNode[] {
    const all = children[name];
    if (all === undefined) return NONE;
    for (const child of all) if (isToken(child)) return all.filter((c): c is CstNode => !isToken(c));
    return all as CstNode[];
  }

  /** The tokens under `name` (a new array only when a node is among them). */
  private tokens(children: Children, name: string): readonly IToken[] {
    const all = children[name];
    if (all === undefined) return NONE;
    for (const child of all) if (!isToken(child)) return all.filter(isToken);
    return all as IToken[];
  }

  /** The first child node under `name`. */
  private firstNode(children: Children, name: string): CstNode | undefined {
    const all = children[name];
    if (all === undefined) return undefined;
    for (const child of all) if (!isToken(child)) return child;
    return undefined;
  }

  /** The first token under `name`. */
  private firstToken(children: Children, name: string): IToken | undefined {
    const all = children[name];
    if (all === undefined) return undefined;
    for (const child of all) if (isToken(child)) return child;
    return undefined;
  }

  private subs(nodes: readonly CstNode[]): Expr[] {
    const result: Expr[] = new Array<Expr>(nodes.length);
    for (let i = 0; i < nodes.length; i++) result[i] = this.sub(nodes[i]);
    return result;
  }

  private leftAssociative(children: Children, operatorName: string): Expr {
    const operandNodes = this.nodes(children, "operands");
    const operators = this.tokens(children, operatorName);
    // One operand and no operator: the operand itself (most of the levels of the grammar).
    if (operators.length === 0 && operandNodes.length === 1) return this.sub(operandNodes[0]);
    const operands = this.subs(operandNodes);
    let result = operands[0] ?? this.errorNode();
    for (let i = 0; i < operators.length; i++) {
      const operatorToken = operators[i] as IToken;
      const right = operands[i + 1] ?? this.errorNode();
      result = {
        kind: "binary",
        operator: normaliseOperator(operatorToken.image),
        operatorSpan: this.tokenSpan(operatorToken),
        left: result,
        right,
        span: this.cover(result.span, right.span),
      };
    }
    return result;
  }

  // --- rules ---------------------------------------------------------------------------

  expressie(children: Children): Expr {
    return this.sub(this.firstNode(children, "of"));
  }

  of(children: Children): Expr {
    return this.leftAssociative(children, "Of");
  }

  en(children: Children): Expr {
    return this.leftAssociative(children, "En");
  }

  ontkenning(children: Children): Expr {
    const niet = this.firstToken(children, "Niet");
    if (niet) {
      const operand = this.sub(this.firstNode(children, "ontkenning"));
      return {
        kind: "unary",
        operator: "niet",
        operand,
        span: this.cover(this.tokenSpan(niet), operand.span),
      };
    }
    return this.sub(this.firstNode(children, "vergelijking"));
  }

  vergelijking(children: Children): Expr {
    const operand = this.sub(this.firstNode(children, "operand"));
    if (children.operator === undefined && children.right === undefined) return operand;
    const rights = this.subs(this.nodes(children, "right"));
    const operators = [...this.tokens(children, "operator")].sort((a, b) => a.startOffset - b.startOffset);
    let result = operand;
    let rightIndex = 0;
    let comparisons = 0;
    for (let i = 0; i < operators.length; i++) {
      const token = operators[i] as IToken;
      comparisons++;
      if (comparisons === 2) {
        this.diagnostics.push(diagnostic("BL104", this.tokenSpan(token)));
      }
      const kind = token.tokenType.name;
      if (kind === "Niet") {
        const inToken = operators[i + 1];
        i++;
        const right = rights[rightIndex++] ?? this.errorNode();
        result = this.binary("niet in", this.cover(this.tokenSpan(token), this.tokenSpan(inToken)), result, right);
      } else if (kind === "Tussen") {
        i++; // the `en` between the bounds
        const low = rights[rightIndex++] ?? this.errorNode();
        const high = rights[rightIndex++] ?? this.errorNode();
        result = { kind: "between", operand: result, low, high, span: this.cover(result.span, high.span) };
      } else {
        const right = rights[rightIndex++] ?? this.errorNode();
        result = this.binary(normaliseOperator(token.image), this.tokenSpan(token), result, right);
      }
    }
    return result;
  }

  private binary(operator: BinaryOperator, operatorSpan: Span, left: Expr, right: Expr): Expr {
    return { kind: "binary", operator, operatorSpan, left, right, span: this.cover(left.span, right.span) };
  }

  som(children: Children): Expr {
    return this.leftAssociative(children, "operators");
  }

  product(children: Children): Expr {
    return this.leftAssociative(children, "operators");
  }

  negatief(children: Children): Expr {
    const minus = this.firstToken(children, "Minus");
    if (minus) {
      const operand = this.sub(this.firstNode(children, "negatief"));
      return { kind: "unary", operator: "-", operand, span: this.cover(this.tokenSpan(minus), operand.span) };
    }
    return this.sub(this.firstNode(children, "achtervoegsel"));
  }

  achtervoegsel(children: Children): Expr {
    let result = this.sub(this.firstNode(children, "primair"));
    if (children.suffix === undefined && children.index === undefined) return result;
    const suffixTokens = [...this.tokens(children, "suffix")].sort((a, b) => a.startOffset - b.startOffset);
    const indexes = this.subs(this.nodes(children, "index"));
    let indexPosition = 0;
    for (let i = 0; i < suffixTokens.length; i++) {
      const token = suffixTokens[i] as IToken;
      if (token.tokenType.name === "LBracket") {
        const close = suffixTokens[i + 1];
        i++;
        const index = indexes[indexPosition++] ?? this.errorNode();
        result = {
          kind: "index",
          object: result,
          index,
          span: this.cover(result.span, realToken(close) ? this.tokenSpan(close) : index.span),
        };
      } else if (token.tokenType.name === "Dot") {
        const nameToken = suffixTokens[i + 1];
        i++;
        if (!realToken(nameToken)) return { kind: "error", span: result.span };
        const nameSpan = this.tokenSpan(nameToken);
        result = { kind: "member", object: result, name: nameToken.image, nameSpan, span: this.cover(result.span, nameSpan) };
      }
    }
    return result;
  }

  primair(children: Children): Expr {
    // The parser took one alternative, so there is one child (or none after an error). Looked
    // up by name, most frequent first: this runs for every operand, and a `for … in` over the
    // children (a dictionary object) showed in profiles.
    const first =
      children.aanroepOfNaam?.[0] ??
      children.NumberLiteral?.[0] ??
      children.haakjes?.[0] ??
      children.PercentLiteral?.[0] ??
      children.StringLiteral?.[0] ??
      children.lijst?.[0] ??
      children.Ja?.[0] ??
      children.Nee?.[0] ??
      children.DateLiteral?.[0] ??
      children.AmountLiteral?.[0];
    if (first === undefined) return this.errorNode();
    if (!isToken(first)) return this.sub(first);
    const at = this.tokenSpan(first);
    const image = first.image;
    switch (first.tokenType.name) {
      case "NumberLiteral":
        this.checkThousands(image, image, "", at);
        return { kind: "number", value: Number(image), span: at };
      case "PercentLiteral":
        this.checkThousands(image, image.slice(0, -1), "", at, "%");
        return { kind: "percentage", value: Number(image.slice(0, -1)), span: at };
      case "AmountLiteral": {
        const digits = image.replace(/^€\s?/, "");
        this.checkThousands(image, digits, "€ ", at, "", true);
        return { kind: "amount", value: Number(digits), span: at };
      }
      case "DateLiteral":
        if (!isValidIsoDate(image)) {
          this.diagnostics.push(diagnostic("BL105", at, { tekst: image }, impossibleDateHint(image)));
          return { kind: "error", span: at };
        }
        return { kind: "date", value: image, span: at };
      case "StringLiteral":
        return { kind: "string", value: image.slice(1, -1), span: at };
      case "Ja":
        return { kind: "boolean", value: true, span: at };
      case "Nee":
        return { kind: "boolean", value: false, span: at };
      default:
        return this.errorNode();
    }
  }

  /**
   * BL108 for a number that reads as a Dutch thousands separator: `1.000`, `12.500`, `€ 1.500`
   * (the point is the decimal separator, so they mean 1, 12.5 and 1.5). Flagged: one to three
   * digits (not a leading 0), a point and exactly three decimals ending in 0 — nobody writes
   * 1.500 for 1.5 — or, for an amount, any three decimals (money has two).
   */
  private checkThousands(image: string, digits: string, prefix: string, at: Span, suffix = "", amount = false): void {
    const match = /^([1-9]\d{0,2})\.(\d{3})$/.exec(digits);
    if (!match || !(amount || (match[2] as string).endsWith("0"))) return;
    const value = `${prefix}${String(Number(digits))}${suffix}`;
    const without = `${prefix}${match[1] as string}${match[2] as string}${suffix}`;
    this.diagnostics.push(diagnostic("BL108", at, { tekst: image, waarde: value, zonder: without }));
  }

  aanroepOfNaam(children: Children): Expr {
    const name = this.firstToken(children, "Identifier");
    if (!realToken(name)) return this.errorNode();
    const nameSpan = this.tokenSpan(name);
    const open = this.firstToken(children, "LParen");
    if (!open) return { kind: "ref", name: name.image, span: nameSpan };
    const args = this.subs(this.nodes(children, "args"));
    const close = this.firstToken(children, "RParen");
    const end = realToken(close) ? this.tokenSpan(close) : (args[args.length - 1]?.span ?? this.tokenSpan(open));
    return { kind: "call", callee: name.image, calleeSpan: nameSpan, args, span: this.cover(nameSpan, end) };
  }

  haakjes(children: Children): Expr {
    const inner = this.sub(this.firstNode(children, "expressie"));
    const open = this.firstToken(children, "LParen");
    const close = this.firstToken(children, "RParen");
    // Parentheses only group; the node keeps the inner expression but covers the brackets.
    const span = this.cover(this.cover(this.tokenSpan(open), inner.span), realToken(close) ? this.tokenSpan(close) : inner.span);
    return { ...inner, span };
  }

  lijst(children: Children): Expr {
    const items = this.subs(this.nodes(children, "items"));
    const open = this.firstToken(children, "LBracket");
    const close = this.firstToken(children, "RBracket");
    const span = this.cover(this.tokenSpan(open), realToken(close) ? this.tokenSpan(close) : (items[items.length - 1]?.span ?? this.tokenSpan(open)));
    return { kind: "list", items, span };
  }
}

function normaliseOperator(image: string): BinaryOperator {
  switch (image) {
    case "≥":
      return ">=";
    case "≤":
      return "<=";
    case "!=":
    case "<>":
      return "≠";
    case "==":
      return "=";
    case "−":
      return "-";
    case "×":
      return "*";
    default:
      return image as BinaryOperator;
  }
}

export function isValidIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Why a date written as jjjj-mm-dd does not exist, as a hint (the form itself was right):
 * "Juni heeft 30 dagen.", "2026 is geen schrikkeljaar: …". Undefined when the form is wrong.
 */
export function impossibleDateHint(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return "Een maand is 01 tot en met 12: jjjj-mm-dd.";
  if (day < 1) return "Een dag is 01 of later: jjjj-mm-dd.";
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month === 2 && day === 29) return `${match[1] as string} is geen schrikkeljaar: februari heeft dan 28 dagen.`;
  const name = MAANDEN[month - 1] as string;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} heeft ${days} dagen.`;
}
