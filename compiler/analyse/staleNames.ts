/**
 * BL413: a rule whose name names a number or date that its condition does not use, while the
 * condition does compare with numbers or dates of its own. The usual cause: the threshold was
 * changed in a new version (`behandelindex > 140`) and the name kept the old one ("hoger dan
 * 150"), so explanations and change reports now say something the rule does not do. A number
 * may be written in words ("binnen vijf werkdagen"). Also a name that puts the boundary itself
 * on the other side than the condition does: "hoger dan 140" (140 itself not) with
 * `>= 140`, "ten minste 5" with `> 5`.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { BinaryOperator } from "../../grammar/ast.js";
import { MIRRORED, wholeLimit, type BoundOperator } from "../bounds.js";
import type { PolicyModel, Rule, TExpr } from "../model.js";
import { MAANDEN } from "../../runtime/dates.js";
import { walkExpression } from "../queries.js";
import { dutchNumberWord } from "./numberWords.js";

const DATE = new RegExp(`\\b(\\d{1,2}) (${MAANDEN.join("|")}) (\\d{4})\\b`, "g");
/** A number as a name writes it: 150, 30, 2.5, 2,5, 1.500 (a thousand and five hundred); not digits in a word (f1, ISO9001). */
const NUMBER = /(?<![\p{L}_\d])\d+(?:[.,]\d+)*(?![\p{L}_\d])/gu;
/** A word of letters, where a number word may be (not part of a longer word or key). */
const WORD = /(?<![\p{L}_\d])\p{L}+(?![\p{L}_\d])/gu;
/**
 * Roots of Dutch number words: a word without any of them is not looked up. "een" on its own is
 * the article ("een behandelindex"), and "in acht nemen" has no eight in it.
 */
const NUMBER_ROOT = /nul|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tig|honderd|duizend/;

type Ordered = BoundOperator;
const ORDERED: ReadonlySet<BinaryOperator> = new Set(["<", "<=", ">", ">="]);
/**
 * Which side the boundary itself is on: with `>` and `<=` the value named belongs to the lower
 * side, with `>=` and `<` to the upper. A condition may say the opposite of a name ("hoger dan
 * 150" for a rule met when `behandelindex <= 150`); that puts the boundary on the same side.
 */
const BOUNDARY_BELOW: ReadonlySet<Ordered> = new Set([">", "<="]);

/** The words before a number that say how it bounds, as a comparison would. */
const BEFORE: readonly (readonly [RegExp, Ordered])[] = [
  [/\bniet\s+(?:hoger|meer|groter|langer)\s+dan\s+$/, "<="],
  [/\b(?:hoger|meer|groter|langer)\s+dan\s+$/, ">"],
  [/\bniet\s+(?:lager|minder|kleiner|korter)\s+dan\s+$/, ">="],
  [/\b(?:lager|minder|kleiner|korter)\s+dan\s+$/, "<"],
  [/(?:^|\s)(?:vanaf|ten\s+minste|tenminste|minimaal|minstens)\s+$/, ">="],
  [/(?:^|\s)(?:ten\s+hoogste|maximaal|hoogstens|uiterlijk|binnen)\s+$/, "<="],
];
/** The words after a number (and a unit) that say how it bounds: "150 of meer". */
const AFTER: readonly (readonly [RegExp, Ordered])[] = [
  [/^%?\s+(?:\p{L}+\s+)?of\s+(?:meer|hoger|groter|langer)(?![\p{L}])/u, ">="],
  [/^%?\s+(?:\p{L}+\s+)?of\s+(?:minder|lager|kleiner|korter)(?![\p{L}])/u, "<="],
];

/** A number or date the name mentions. */
interface Mention {
  readonly written: string;
  readonly value: number | string;
  /** The comparison the words around it make, and those words with it ("hoger dan 140"). */
  readonly bound?: { readonly operator: Ordered; readonly phrase: string };
}

/** A comparison in the condition of something with a number or date, written as `x <op> value`. */
interface Comparison {
  readonly value: number | string;
  readonly operator: Ordered | "other";
  /** The value is compared with a whole number (a fact with `geheel: ja`). */
  readonly integer: boolean;
  /** Under a `niet`: which side it means is not followed. */
  readonly negated: boolean;
  readonly shown: string;
}

export function staleNames(model: PolicyModel): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const rule of model.rules) {
    const comparisons = conditionComparisons(model, rule);
    const numbers = new Set(comparisons.values.filter((v): v is number => typeof v === "number"));
    const dates = new Set(comparisons.values.filter((v): v is string => typeof v === "string"));
    const named: string[] = [];
    let boundaryHint: string | undefined;
    for (const mention of mentions(rule.name)) {
      const isDate = typeof mention.value === "string";
      if (isDate ? dates.size === 0 : numbers.size === 0) continue;
      const used = isDate ? dates.has(mention.value as string) : numbers.has(mention.value as number);
      const bound = mention.bound;
      // "hoger dan 140" for `x >= 141` with x whole: the same boundary, in other numbers.
      const sameBoundary = (c: Comparison) => bound !== undefined && c.operator !== "other" && !c.negated && boundaryOf(c.value, c.operator, c.integer) === boundaryOf(mention.value, bound.operator, c.integer);
      const equivalent = comparisons.list.some(sameBoundary);
      if (!used && !equivalent) {
        named.push(mention.written);
        continue;
      }
      if (bound === undefined || equivalent) continue;
      // Only compared with the named value in the other way: the boundary itself differs.
      const here = comparisons.list.filter((c) => c.value === mention.value);
      const ordered = here.filter((c): c is Comparison & { operator: Ordered } => c.operator !== "other" && !c.negated);
      if (ordered.length === 0 || ordered.length < here.length) continue;
      const other = ordered[0] as Comparison;
      named.push(`‘${bound.phrase}’`);
      boundaryHint ??= `De naam zegt ‘${bound.phrase}’, de voorwaarde ‘${other.shown}’: bij precies ${mention.written} zeggen ze iets anders. Pas de naam en de tekst aan de voorwaarde aan, of de voorwaarde aan de naam.`;
    }
    if (named.length > 0) found.push(diagnostic("BL413", rule.span, { regel: rule.id, naam: rule.name, genoemd: named.join(" en ") }, boundaryHint));
  }
  return found;
}

/** Numbers and dates in a name, in order, with the words around them that make a bound. */
function mentions(name: string): Mention[] {
  const found: { index: number; written: string; value: number | string; word?: boolean }[] = [];
  for (const match of name.matchAll(DATE)) {
    const [written, day, month, year] = match as unknown as [string, string, string, string];
    found.push({ index: match.index, written, value: `${year}-${String(MAANDEN.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}` });
  }
  const withoutDates = name.replace(DATE, (date) => " ".repeat(date.length));
  for (const match of withoutDates.matchAll(NUMBER)) {
    const written = match[0];
    const value = /^\d{1,3}(\.\d{3})+$/.test(written) ? Number(written.replace(/\./g, "")) : Number(written.replace(",", "."));
    found.push({ index: match.index, written, value });
  }
  if (NUMBER_ROOT.test(withoutDates.toLowerCase())) {
    for (const match of withoutDates.matchAll(WORD)) {
      const word = match[0];
      const lower = word.toLowerCase();
      if (lower === "een" || !NUMBER_ROOT.test(lower)) continue;
      if (lower === "acht" && /\bin\s+$/i.test(withoutDates.slice(0, match.index))) continue;
      const value = dutchNumberWord(word);
      if (value !== undefined) found.push({ index: match.index, written: word, value, word: true });
    }
  }
  found.sort((a, b) => a.index - b.index);
  // A number word counts only as a bound ("binnen vijf werkdagen", "ten minste twee"): in other
  // words it is seldom a threshold ("in één keer goedgekeurd").
  return found.map(withBound).filter((m) => !m.word || m.bound !== undefined);

  function withBound(m: (typeof found)[number]): Mention & { word?: boolean } {
    const before = name.slice(0, m.index).toLowerCase();
    const after = name.slice(m.index + m.written.length).toLowerCase();
    for (const [pattern, operator] of BEFORE) {
      const words = pattern.exec(before);
      if (words) return { ...m, bound: { operator, phrase: `${name.slice(words.index + (/^\s/.test(words[0]) ? 1 : 0), m.index)}${m.written}${after.startsWith("%") ? "%" : ""}` } };
    }
    for (const [pattern, operator] of AFTER) {
      const words = pattern.exec(after);
      if (words) return { ...m, bound: { operator, phrase: `${m.written}${name.slice(m.index + m.written.length, m.index + m.written.length + words[0].length)}` } };
    }
    return m;
  }
}

/**
 * The boundary a comparison makes, as one key: the value and the side it is on. For a whole
 * number, `>= 141` is `> 140` and `< 141` is `<= 140`: the last whole number below the
 * boundary (bounds.ts, `wholeLimit`), which belongs to the lower side.
 */
function boundaryOf(value: number | string, operator: Ordered, integer: boolean): string {
  if (integer && typeof value === "number" && Number.isInteger(value)) {
    const upper = operator === "<" || operator === "<=";
    return `${upper ? wholeLimit(operator, value) : wholeLimit(operator, value) - 1}|onder`;
  }
  return `${value}|${BOUNDARY_BELOW.has(operator) ? "onder" : "boven"}`;
}

/** The numbers and dates a rule's conditions compare with, and how. */
function conditionComparisons(model: PolicyModel, rule: Rule): { values: (number | string)[]; list: Comparison[] } {
  const values: (number | string)[] = [];
  const list: Comparison[] = [];
  const negated = new Set<TExpr>();
  const literal = (e: TExpr): number | string | undefined =>
    e.kind !== "literal" ? undefined : typeof e.value === "number" ? e.value : e.type.kind === "datum" && typeof e.value === "string" ? e.value : undefined;
  const shown = (e: TExpr & { kind: "literal" }): string => (e.type.kind === "percentage" ? `${String(e.value)}%` : String(e.value));
  const integer = (e: TExpr): boolean => e.kind === "fact" && model.facts.find((f) => f.id === e.fact)?.integer === true;
  const collect = (expr: TExpr | undefined): void => {
    if (expr === undefined) return;
    walkExpression(model, expr, undefined, (node) => {
      if (node.kind === "not") walkExpression(model, node.operand, undefined, (inner) => negated.add(inner));
      const value = literal(node);
      if (value !== undefined) values.push(value);
      if (node.kind === "binary") {
        const right = literal(node.right);
        const left = literal(node.left);
        const ordered = ORDERED.has(node.operator) ? (node.operator as Ordered) : undefined;
        if (right !== undefined) {
          list.push({ value: right, operator: ordered ?? "other", integer: integer(node.left), negated: negated.has(node), shown: `${node.operator} ${shown(node.right as TExpr & { kind: "literal" })}` });
        } else if (left !== undefined) {
          list.push({ value: left, operator: ordered ? MIRRORED[ordered] : "other", integer: integer(node.right), negated: negated.has(node), shown: `${shown(node.left as TExpr & { kind: "literal" })} ${node.operator}` });
        }
      } else if (node.kind === "between") {
        const low = literal(node.low);
        const high = literal(node.high);
        const isNegated = negated.has(node);
        if (low !== undefined) list.push({ value: low, operator: ">=", integer: integer(node.operand), negated: isNegated, shown: `tussen ${shown(node.low as TExpr & { kind: "literal" })} en …` });
        if (high !== undefined) list.push({ value: high, operator: "<=", integer: integer(node.operand), negated: isNegated, shown: `tussen … en ${shown(node.high as TExpr & { kind: "literal" })}` });
      }
    });
  };
  if (rule.logic.kind === "voorwaarde") collect(rule.logic.condition.expr);
  collect(rule.appliesWhen?.expr);
  collect(rule.exception?.condition.expr);
  // A literal elsewhere than in a comparison (`aantal(…) + 1 > x`) is used, but not as a bound.
  return { values, list };
}
