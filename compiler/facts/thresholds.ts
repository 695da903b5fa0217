/**
 * The values at which a policy's decision can change, per fact: every literal that a fact is
 * compared with, and the values just beside it (150 -> 149, 150, 151; 2026-01-01 -> the day
 * before and after). Used to put facts on the boundaries in generated data: the synthetic
 * provider dataset (dataset.ts) and the differential test of the interpreter.
 *
 * The search is deliberately simple: in every comparison (`>`, `tussen`, `in`, …) it collects
 * the facts and the literals it contains, including table cells the comparison reads, and pairs
 * every fact with every literal. Arithmetic with the contract year (`contractjaar - x > 3`) also
 * gives `jaar - 3` and its neighbours. A superset is harmless: these are candidates to try.
 */

import { plusDagen, plusMaanden } from "../../runtime/dates.js";
import type { PolicyModel, TExpr } from "../model.js";
import { dateRulesFor, ruleExpressions, rulesFor, walkExpression } from "../queries.js";

export interface FactThresholds {
  /** Numbers at and beside a threshold, sorted. */
  readonly numbers: readonly number[];
  /** ISO dates at and beside a threshold, sorted. */
  readonly dates: readonly string[];
  /** Texts the fact is compared with or looked up in. */
  readonly texts: readonly string[];
}

const COMPARISONS = new Set(["=", "≠", "<", "<=", ">", ">=", "in", "niet in", "bevat"]);

interface Collected {
  numbers: Set<number>;
  dates: Set<string>;
  texts: Set<string>;
}

function isComparison(node: TExpr): boolean {
  return (node.kind === "binary" && COMPARISONS.has(node.operator)) || node.kind === "between";
}

function collectComparison(model: PolicyModel, node: TExpr, careType: string, into: Map<string, Collected>): void {
  const facts = new Set<string>();
  const numbers = new Set<number>();
  const dates = new Set<string>();
  const texts = new Set<string>();
  let usesYear = false;
  walkExpression(model, node, careType, (n) => {
    if (n.kind === "fact") facts.add(n.fact);
    else if (n.kind === "contractjaar") usesYear = true;
    else if (n.kind === "literal") {
      if (typeof n.value === "number") numbers.add(n.value);
      else if (typeof n.value === "string") (n.type.kind === "datum" ? dates : texts).add(n.value);
    } else if (n.kind === "cell") {
      const table = model.tables.find((t) => t.id === n.table);
      for (const row of table?.rows ?? []) {
        const cell = row.cells[n.column];
        if (cell?.type === "verzameling") cell.value.forEach((v) => texts.add(v));
        else if (cell?.type === "tekst") texts.add(cell.value);
        else if (cell?.type === "getal") numbers.add(cell.value);
        else if (cell?.type === "datum") dates.add(cell.value);
        // Looked up by a fact: the fact's values are the row keys.
        if (n.key.kind === "fact") texts.add(row.key);
      }
    }
  });
  if (facts.size === 0) return;
  const candidates = new Set<number>();
  for (const l of numbers) {
    for (const v of [l - 1, l, l + 1]) candidates.add(v);
    // aandeel(deel, totaal) >= l: l percent of 10 and of 100.
    for (const scale of [10, 100]) candidates.add((l * scale) / 100);
    if (usesYear) for (const v of [model.meta.year - l - 1, model.meta.year - l, model.meta.year - l + 1]) candidates.add(v);
  }
  const dateCandidates = new Set<string>();
  // A shift past 0001 or 9999 gives no date (null): nothing to add.
  const addDate = (date: string | null) => {
    if (date !== null) dateCandidates.add(date);
  };
  for (const d of dates) {
    for (const shift of [-1, 0, 1]) addDate(plusDagen(d, shift));
    // plus_maanden(x, 6) > d and plus_dagen(x, 30) > d: the date the shifted fact crosses d.
    for (const n of numbers) {
      for (const shift of [-1, 0, 1]) {
        addDate(plusDagen(plusMaanden(d, -n), shift));
        addDate(plusDagen(d, shift - n));
      }
    }
  }
  for (const fact of facts) {
    const entry = into.get(fact) ?? { numbers: new Set(), dates: new Set(), texts: new Set() };
    candidates.forEach((v) => entry.numbers.add(v));
    dateCandidates.forEach((v) => entry.dates.add(v));
    texts.forEach((v) => entry.texts.add(v));
    into.set(fact, entry);
  }
}

/** Threshold candidates for the facts used by `careType` (or by any care type). */
export function factThresholds(model: PolicyModel, careType?: string): Map<string, FactThresholds> {
  const careTypes = careType ? [careType] : model.careTypes.map((c) => c.id);
  const collected = new Map<string, Collected>();
  for (const ct of careTypes) {
    const expressions = [...rulesFor(model, ct).flatMap(ruleExpressions), ...dateRulesFor(model, ct).map((d) => d.computation.expr)];
    for (const expr of expressions) {
      walkExpression(model, expr, ct, (node) => {
        if (isComparison(node)) collectComparison(model, node, ct, collected);
      });
    }
  }
  const result = new Map<string, FactThresholds>();
  for (const [fact, c] of collected) {
    result.set(fact, {
      numbers: [...c.numbers].filter(Number.isFinite).sort((a, b) => a - b),
      dates: [...c.dates].sort(),
      texts: [...c.texts].sort(),
    });
  }
  return result;
}
