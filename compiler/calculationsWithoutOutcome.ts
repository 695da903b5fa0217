/**
 * The calculations in a rule's condition that can have no outcome although every fact is known
 * (a division or share by 0, a date past 9999-12-31, a table without a row for the key): the
 * `geenUitkomst` of a rule's description (runtime/decision.ts), so that the explanation of a
 * rule that was unknown with every fact known can say which it was. The emitter writes them
 * into the generated module; the interpreter's descriptions build the same.
 */

import type { BerekeningZonderUitkomst } from "../runtime/decision.js";
import { FUNCTIONS_BY_NAME } from "./check/functions.js";
import type { PolicyModel, Rule, TExpr } from "./model.js";
import { walkExpression } from "./queries.js";

/** A number that is not 0, written in the policy: dividing by it always has an outcome. */
const nonZeroLiteral = (e: TExpr) => e.kind === "literal" && typeof e.value === "number" && e.value !== 0;

/**
 * In the order they stand in the condition (then its applicability), each once. As
 * `onbekendDoor`, only for a rule with `bij_onbekend` (another rule is never unknown).
 */
export function calculationsWithoutOutcome(model: PolicyModel, rule: Rule): BerekeningZonderUitkomst[] {
  if (rule.whenUnknown === undefined) return [];
  const found: BerekeningZonderUitkomst[] = [];
  const add = (c: BerekeningZonderUitkomst) => {
    if (!found.some((f) => f.soort === c.soort && f.deler === c.deler && f.tabel === c.tabel)) found.push(c);
  };
  const divisor = (e: TExpr): BerekeningZonderUitkomst | undefined => (nonZeroLiteral(e) ? undefined : { soort: "deling", ...(e.kind === "fact" ? { deler: e.fact } : {}) });
  const exprs = [...(rule.logic.kind === "voorwaarde" ? [rule.logic.condition.expr] : []), ...(rule.appliesWhen ? [rule.appliesWhen.expr] : [])];
  for (const expr of exprs) {
    walkExpression(model, expr, undefined, (node) => {
      let cause: BerekeningZonderUitkomst | undefined;
      if (node.kind === "binary" && node.operator === "/") cause = divisor(node.right);
      else if (node.kind === "call" && node.fn === "aandeel") cause = divisor(node.args[1] as TExpr);
      else if (node.kind === "call" && node.type.kind === "datum" && FUNCTIONS_BY_NAME.get(node.fn)?.unknown === "propagate-or-own") cause = { soort: "datum" };
      else if (node.kind === "cell" && node.key.kind !== "literal" && node.key.kind !== "zorgsoort") {
        cause = { soort: "tabel", tabel: model.tables.find((t) => t.id === node.table)?.title ?? node.table };
      }
      if (cause !== undefined) add(cause);
    });
  }
  return found;
}
