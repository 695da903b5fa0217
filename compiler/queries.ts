/**
 * Questions about a checked model that several stages ask (the emitter, the document
 * renderer, the language server): which rules, facts and date rules belong to a care type.
 * Pure functions over the model.
 */

import type { CareType, DateRule, Fact, PolicyModel, Rule, RuleKind, TExpr } from "./model.js";

export function rulesFor(model: PolicyModel, careType: string): Rule[] {
  return model.rules.filter((r) => r.careTypes.includes(careType));
}

/**
 * The parts of the care (`deelzorg`) a care type purchases selectively, in the order of the
 * policy, each once; empty: none. Only definitive rules withhold care (the same parts as the
 * evaluator's `nietIngekocht…` names); with `intentions` a part whose only rule is an intention
 * (`voornemen`) is named too, as the impact table of `beleid diff --aanbieders` lists it (with
 * zeros: an intention changes no outcome).
 */
export function careParts(model: PolicyModel, careType: string, options: { readonly intentions?: boolean } = {}): string[] {
  const rules = rulesFor(model, careType).filter((r) => r.kind === "selectieve_inkoop" && (options.intentions || r.status === "definitief") && r.carePart !== undefined);
  return [...new Set(rules.map((r) => r.carePart as string))];
}

export function dateRulesFor(model: PolicyModel, careType: string): DateRule[] {
  return model.dateRules.filter((r) => r.careTypes.includes(careType));
}

/** Calls `visit` for every node of `expr`, following table cells that `careType` resolves to. */
export function walkExpression(model: PolicyModel, expr: TExpr, careType: string | undefined, visit: (node: TExpr) => void): void {
  visit(expr);
  const walk = (e: TExpr) => walkExpression(model, e, careType, visit);
  switch (expr.kind) {
    case "list":
      expr.items.forEach(walk);
      break;
    case "call":
      expr.args.forEach(walk);
      break;
    case "not":
    case "negate":
      walk(expr.operand);
      break;
    case "binary":
      walk(expr.left);
      walk(expr.right);
      break;
    case "between":
      walk(expr.operand);
      walk(expr.low);
      walk(expr.high);
      break;
    case "cell": {
      walk(expr.key);
      const table = model.tables.find((t) => t.id === expr.table);
      const keys =
        expr.key.kind === "zorgsoort" && careType !== undefined
          ? [careType]
          : expr.key.kind === "literal"
            ? [String(expr.key.value)]
            : (table?.rows.map((r) => r.key) ?? []);
      for (const key of keys) {
        const cell = table?.rows.find((r) => r.key === key)?.cells[expr.column];
        if (cell?.type === "voorwaarde") walk(cell.value.expr);
      }
      break;
    }
    default:
      break;
  }
}

/** Ids of the facts `expr` reads (for `careType`: a table row chosen by care type counts only its own), added to `into`. */
export function factsInExpression(model: PolicyModel, expr: TExpr, careType?: string, into = new Set<string>()): Set<string> {
  walkExpression(model, expr, careType, (node) => {
    if (node.kind === "fact") into.add(node.fact);
  });
  return into;
}

/** The expressions a rule evaluates (condition, applicability, exception). */
export function ruleExpressions(rule: Rule): TExpr[] {
  const result: TExpr[] = [];
  if (rule.logic.kind === "voorwaarde") result.push(rule.logic.condition.expr);
  if (rule.appliesWhen) result.push(rule.appliesWhen.expr);
  if (rule.exception) result.push(rule.exception.condition.expr);
  return result;
}

/** Ids of the facts a rule uses, declarations included. */
export function factsUsedByRule(model: PolicyModel, rule: Rule, careType?: string): Set<string> {
  const used = new Set<string>();
  if (rule.logic.kind === "verklaring") used.add(rule.logic.fact);
  for (const expr of ruleExpressions(rule)) factsInExpression(model, expr, careType, used);
  return used;
}

/**
 * The facts that may be unknown and that decide whether a rule with `bij_onbekend` holds or
 * applies, in declaration order: what its explanation names when the rule turns out unknown.
 * The exception is left out (an unknown exception counts as not granted, not as unknown).
 */
export function unknownFactsOfRule(model: PolicyModel, rule: Rule): string[] {
  if (rule.whenUnknown === undefined) return [];
  const used = new Set<string>();
  const exprs = [...(rule.logic.kind === "voorwaarde" ? [rule.logic.condition.expr] : []), ...(rule.appliesWhen ? [rule.appliesWhen.expr] : [])];
  for (const expr of exprs) factsInExpression(model, expr, undefined, used);
  return model.facts.filter((f) => f.unknownReason !== undefined && used.has(f.id)).map((f) => f.id);
}

/** The facts an evaluation for `careType` needs, in declaration order. */
export function factsFor(model: PolicyModel, careType: string): Fact[] {
  const used = new Set<string>();
  for (const rule of rulesFor(model, careType)) for (const id of factsUsedByRule(model, rule, careType)) used.add(id);
  for (const dateRule of dateRulesFor(model, careType)) factsInExpression(model, dateRule.computation.expr, careType, used);
  return model.facts.filter((f) => used.has(f.id));
}

/** The name of a care type's agreement without differentiation: its own, or "Zorgovereenkomst <zorgsoort>". */
export function agreementName(careType: Pick<CareType, "name" | "agreement">): string {
  return careType.agreement.name ?? `Zorgovereenkomst ${careType.name}`;
}

/** The Dutch name of a rule kind, as the policy writes it ("aanvullende voorwaarde"). */
export const RULE_KIND_NAME: Readonly<Record<RuleKind, string>> = {
  randvoorwaarde: "randvoorwaarde",
  aanvullende_voorwaarde: "aanvullende voorwaarde",
  differentiatiefactor: "differentiatiefactor",
  uitsluiting: "uitsluiting",
  benaderingsvoorwaarde: "benaderingsvoorwaarde",
  benaderingsuitsluiting: "benaderingsuitsluiting",
  selectieve_inkoop: "selectieve inkoop",
};
