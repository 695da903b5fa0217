/**
 * A rule whose condition did not change can still mean something else when the possible values of
 * a choice or set it reads changed (a register renamed, an intervention added): one change per fact,
 * onbepaald, under the rule (compareRulePair.ts calls this for an unchanged condition). A fact's
 * changed range is told elsewhere (compareFacts.ts).
 */

import type { Rule, TExpr } from "../model.js";
import { KIND_LABEL, type DiffContext } from "./context.js";

/** The facts a condition reads (not following table cells). */
function factsIn(expr: TExpr, into = new Set<string>()): Set<string> {
  if (expr.kind === "fact") into.add(expr.fact);
  const children: TExpr[] =
    expr.kind === "list" ? [...expr.items] : expr.kind === "call" ? [...expr.args] : expr.kind === "not" || expr.kind === "negate" ? [expr.operand] : expr.kind === "binary" ? [expr.left, expr.right] : expr.kind === "between" ? [expr.operand, expr.low, expr.high] : expr.kind === "cell" ? [expr.key] : [];
  for (const child of children) factsIn(child, into);
  return into;
}

/**
 * The same condition can mean something else when the possible values of a choice or set it
 * reads changed (a register renamed, an intervention added).
 */
export function compareFactValues(ctx: DiffContext, before: Rule, after: Rule, key: string, chapter: ReturnType<DiffContext["chapter"]>, careTypes: readonly string[]): void {
  if (after.logic.kind !== "voorwaarde") return;
  for (const id of factsIn(after.logic.condition.expr)) {
    const oldValues = ctx.older.facts.find((f) => f.id === id)?.values ?? [];
    const newValues = ctx.newer.facts.find((f) => f.id === id)?.values ?? [];
    const added = newValues.filter((v) => !oldValues.includes(v));
    const removed = oldValues.filter((v) => !newValues.includes(v));
    if (added.length === 0 && removed.length === 0) continue;
    ctx.add("waarden_gewijzigd", "onbepaald", key, chapter, { soort: KIND_LABEL[after.kind], naam: after.name, ...((before.name !== after.name ? { oude_naam: before.name } : {}) as Record<string, string>), toegevoegd: added, vervallen: removed }, careTypes);
  }
}
