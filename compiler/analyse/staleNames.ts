/**
 * BL413: a rule whose name names a number or date that its condition does not use, while the
 * condition does compare with numbers or dates of its own. The usual cause: the threshold was
 * changed in a new version (`behandelindex > 140`) and the name kept the old one ("hoger dan
 * 150"), so explanations and change reports now say something the rule does not do.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { PolicyModel, TExpr } from "../model.js";
import { MAANDEN } from "../../runtime/dates.js";
import { walkExpression } from "../queries.js";

const DATE = new RegExp(`\\b(\\d{1,2}) (${MAANDEN.join("|")}) (\\d{4})\\b`, "g");
/** A number as a name writes it: 150, 30, 2.5, 2,5, 1.500 (a thousand and five hundred); not digits in a word (f1, ISO9001). */
const NUMBER = /(?<![\p{L}_\d])\d+(?:[.,]\d+)*(?![\p{L}_\d])/gu;

export function staleNames(model: PolicyModel): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const rule of model.rules) {
    const numbers = new Set<number>();
    const dates = new Set<string>();
    const collect = (expr: TExpr | undefined): void => {
      if (expr === undefined) return;
      walkExpression(model, expr, undefined, (node) => {
        if (node.kind !== "literal") return;
        if (typeof node.value === "number") numbers.add(node.value);
        else if (node.type.kind === "datum" && typeof node.value === "string") dates.add(node.value);
      });
    };
    if (rule.logic.kind === "voorwaarde") collect(rule.logic.condition.expr);
    collect(rule.appliesWhen?.expr);
    collect(rule.exception?.condition.expr);

    const named: string[] = [];
    const nameDates = [...rule.name.matchAll(DATE)];
    if (dates.size > 0) {
      for (const [written, day, month, year] of nameDates) {
        const iso = `${year as string}-${String(MAANDEN.indexOf(month as string) + 1).padStart(2, "0")}-${(day as string).padStart(2, "0")}`;
        if (!dates.has(iso)) named.push(written);
      }
    }
    if (numbers.size > 0) {
      for (const [written] of rule.name.replace(DATE, " ").matchAll(NUMBER)) {
        const value = /^\d{1,3}(\.\d{3})+$/.test(written) ? Number(written.replace(/\./g, "")) : Number(written.replace(",", "."));
        if (!numbers.has(value)) named.push(written);
      }
    }
    if (named.length > 0) found.push(diagnostic("BL413", rule.span, { regel: rule.id, naam: rule.name, genoemd: named.join(" en ") }));
  }
  return found;
}
