/**
 * BL403: a condition, or a part of one, that is always true or never true, whatever the facts
 * (`x > 150 en x < 100`, `a of niet a`, `aantal(s) >= 0`). Checked for the conditions of
 * rules (also `van_toepassing_als` and exceptions), the condition columns of tables and the
 * conditions inside date rules, by walking every point of the finite space of the expression
 * (space.ts). When that space cannot be built — too many facts, or a fact used in a way the
 * abstraction cannot follow — the parts are tried one by one; where nothing can be decided,
 * nothing is said.
 *
 * A `van_toepassing_als` that is never true is BL408, an exception that is never granted BL407;
 * those are left to their own checks.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel, TExpr } from "../model.js";
import { decideValues, describeConstant, isConstant, readsFacts, TRUE } from "./outcomes.js";

type Place = "voorwaarde" | "vanToepassing" | "uitzondering" | "datumregel" | "tabel";

interface Root {
  readonly expr: TExpr;
  readonly place: Place;
  /** How the owner is named: "regel ‘x’", "datumregel ‘x’", "rij ‘r’ van tabel ‘t’". */
  readonly owner: string;
  readonly careTypes: readonly string[];
}

const WHOLE: Record<Place, string> = {
  voorwaarde: "De voorwaarde van {owner}",
  vanToepassing: "De voorwaarde bij ‘van_toepassing_als’ van {owner}",
  uitzondering: "De voorwaarde van de uitzondering op {owner}",
  datumregel: "De berekening van {owner}",
  tabel: "De voorwaarde in {owner}",
};

const PART: Record<Place, string> = {
  voorwaarde: "Dit deel van de voorwaarde van {owner}",
  vanToepassing: "Dit deel van ‘van_toepassing_als’ van {owner}",
  uitzondering: "Dit deel van de uitzondering op {owner}",
  datumregel: "Dit deel van {owner}",
  tabel: "Dit deel van de voorwaarde in {owner}",
};

export function constantConditions(model: PolicyModel): Diagnostic[] {
  const roots: Root[] = [];
  for (const rule of model.rules) {
    if (rule.careTypes.length === 0) continue;
    const owner = `regel ‘${rule.id}’`;
    if (rule.logic.kind === "voorwaarde") roots.push({ expr: rule.logic.condition.expr, place: "voorwaarde", owner, careTypes: rule.careTypes });
    if (rule.appliesWhen) roots.push({ expr: rule.appliesWhen.expr, place: "vanToepassing", owner, careTypes: rule.careTypes });
    if (rule.exception) roots.push({ expr: rule.exception.condition.expr, place: "uitzondering", owner, careTypes: rule.careTypes });
  }
  for (const dateRule of model.dateRules) {
    if (dateRule.careTypes.length > 0) roots.push({ expr: dateRule.computation.expr, place: "datumregel", owner: `datumregel ‘${dateRule.id}’`, careTypes: dateRule.careTypes });
  }
  const allCareTypes = model.careTypes.map((c) => c.id);
  for (const table of model.tables) {
    for (const row of table.rows) {
      for (const [column, cell] of Object.entries(row.cells)) {
        if (cell.type !== "voorwaarde") continue;
        const careTypes = table.key.careTypes && allCareTypes.includes(row.key) ? [row.key] : allCareTypes;
        if (careTypes.length === 0) continue;
        roots.push({ expr: cell.value.expr, place: "tabel", owner: `rij ‘${row.key}’ van tabel ‘${table.id}’ (kolom ‘${column}’)`, careTypes });
      }
    }
  }
  const result: Diagnostic[] = [];
  for (const root of roots) result.push(...checkRoot(model, root));
  return result;
}

function checkRoot(model: PolicyModel, root: Root): Diagnostic[] {
  const found: { expr: TExpr; mask: number }[] = [];
  const isDecision = root.expr.type.kind === "janee";
  analyseTree(model, root.expr, isDecision, root.careTypes, found, root.place === "voorwaarde" || root.place === "vanToepassing" || root.place === "uitzondering");
  const result: Diagnostic[] = [];
  for (const { expr, mask } of found) {
    const whole = expr === root.expr;
    // Left to BL408 and BL407, which say what it means.
    if (whole && (root.place === "vanToepassing" || root.place === "uitzondering") && (mask & TRUE) === 0) continue;
    const wat = (whole ? WHOLE : PART)[root.place].replace("{owner}", root.owner);
    result.push(diagnostic("BL403", expr.span, { wat, uitkomst: describeConstant(mask) }));
  }
  return result;
}

/**
 * Decides `node` and the conditions inside it over one space if it can be built, reporting
 * the outermost constant ones; otherwise tries the conditions inside it one by one.
 */
function analyseTree(model: PolicyModel, node: TExpr, isDecision: boolean, careTypes: readonly string[], found: { expr: TExpr; mask: number }[], isRuleCondition: boolean): void {
  const decisions = isDecision ? [node, ...allDecisionsBelow(node)] : allDecisionsBelow(node);
  const masks = decideValues(model, { expressions: [node], careTypes }, decisions);
  if (!masks) {
    for (const inner of decisionsBelow(node)) analyseTree(model, inner, true, careTypes, found, true);
    return;
  }
  const reported: TExpr[] = [];
  decisions.forEach((expr, i) => {
    const mask = masks[i] as number;
    // A whole table cell or date computation without facts (`ja`) is written so on purpose; a
    // rule's condition without facts (`voorwaarde: nee`) or a part of one (`a en 1 < 2`) is not.
    if (!isConstant(mask) || mask === 0 || (!readsFacts(model, expr, careTypes) && !(expr !== node || isRuleCondition))) return;
    if (reported.some((outer) => contains(outer, expr))) return;
    reported.push(expr);
    found.push({ expr, mask });
  });
}

/** The sub-expressions of `node` that are conditions in their own right, with a flag. */
function childDecisions(node: TExpr): [TExpr, boolean][] {
  switch (node.kind) {
    case "binary":
      return node.operator === "en" || node.operator === "of"
        ? [
            [node.left, true],
            [node.right, true],
          ]
        : [
            [node.left, false],
            [node.right, false],
          ];
    case "not":
      return [[node.operand, true]];
    case "negate":
      return [[node.operand, false]];
    case "call":
      return node.args.map((arg, i) => [arg, node.fn === "als" && i === 0]);
    case "between":
      return [
        [node.operand, false],
        [node.low, false],
        [node.high, false],
      ];
    case "list":
      return node.items.map((item) => [item, false]);
    // A table cell's condition is checked where the table is, not in every rule using it.
    default:
      return [];
  }
}

/** The outermost conditions strictly inside `node`. */
function decisionsBelow(node: TExpr): TExpr[] {
  const result: TExpr[] = [];
  for (const [child, decision] of childDecisions(node)) {
    if (decision) result.push(child);
    else result.push(...decisionsBelow(child));
  }
  return result;
}

/** All conditions strictly inside `node`, outer before inner. */
function allDecisionsBelow(node: TExpr): TExpr[] {
  const result: TExpr[] = [];
  for (const [child, decision] of childDecisions(node)) {
    if (decision) result.push(child);
    result.push(...allDecisionsBelow(child));
  }
  return result;
}

function contains(outer: TExpr, inner: TExpr): boolean {
  if (outer === inner) return true;
  return childDecisions(outer).some(([child]) => contains(child, inner));
}
