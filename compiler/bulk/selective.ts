/**
 * Selective purchase in bulk evaluation: which parts of the care (`deelzorg`) are not
 * purchased from a provider. The decision alone (`besluit…`, which bulk evaluation uses) does
 * not evaluate selective purchase rules, and the full explanation (`beoordeel…`) costs about
 * three times as much per row; so bulk evaluation compiles the selective purchase rules of the
 * care type, and only those, into a small module of its own (the same expression emitter as
 * the evaluator), run on facts the evaluator's checked entry point has already accepted.
 *
 * A part of the care is not purchased when a definitive selective purchase rule for it applies
 * and is not met (an unknown condition counting as `bij_onbekend`): the rules `beoordeel…`
 * gives as `niet_voldaan` (docs/beslissing.md, "Welke zorg niet wordt ingekocht"), whether or
 * not the provider qualifies, as `beleid eval --feiten` says it. A property test compares the
 * two.
 */

import { emitExpression, type ExpressionEmitContext } from "../emit/expressions.js";
import { frozen, valueSource } from "../emit/layout/index.js";
import type { PolicyModel, Rule } from "../model.js";
import { rulesFor } from "../queries.js";

/** The parts of the care fit the bits of a number (`2 ** k` is exact up to here). */
const MAX_PARTS = 52;

/**
 * The selective purchase rules of a care type that name a part of the care: the definitive
 * ones, and with `intentions` also those that are still an intention (`voornemen`).
 */
function selectiveRules(model: PolicyModel, careType: string, intentions = false): Rule[] {
  return rulesFor(model, careType).filter((r) => r.kind === "selectieve_inkoop" && (intentions || r.status === "definitief") && r.carePart !== undefined);
}

/**
 * The parts of the care a care type purchases selectively, in the order of the policy, each
 * once; empty: none. Only definitive rules withhold care (bulk evaluation counts those); with
 * `intentions` a part whose only rule is an intention is named too, as the impact table of
 * `beleid diff --aanbieders` lists it (with zeros: an intention changes no outcome).
 */
export function careParts(model: PolicyModel, careType: string, options: { readonly intentions?: boolean } = {}): string[] {
  return [...new Set(selectiveRules(model, careType, options.intentions).map((r) => r.carePart as string))];
}

/**
 * The module (JavaScript source) that exports `nietIngekocht(feiten)`: a number with bit `k`
 * (`2 ** k`) set when part `k` of `careParts` is not purchased. Undefined when the care type
 * has no selective purchase. The facts must have passed the evaluator's check.
 */
export function notPurchasedModule(model: PolicyModel, careType: string, runtimeImport: string): string | undefined {
  const parts = careParts(model, careType);
  if (parts.length === 0) return undefined;
  if (parts.length > MAX_PARTS) throw new Error(`more than ${MAX_PARTS} parts of the care purchased selectively for ${careType}`);
  const helpers = new Set<string>();
  const hoisted: string[] = [];
  const hoist = (code: string) => {
    const name = `NIET_INGEKOCHT_${hoisted.length}`;
    hoisted.push(`const ${name} = ${code};`);
    return name;
  };
  const context = (hoistName: string): ExpressionEmitContext => ({
    model,
    careType,
    helper: (name) => (helpers.add(name), name),
    hoist: (_preferred, value) => hoist(valueSource(frozen(value))),
    hoistSet: (_preferred, values) => hoist(`new Set([${values.join(", ")}])`),
    hoistName,
  });
  // Per part: whether one of its rules applies and is not met.
  const notMet = parts.map(() => [] as string[]);
  for (const rule of selectiveRules(model, careType)) {
    const ctx = context(rule.id);
    let value: string;
    let nullable: boolean;
    if (rule.logic.kind === "verklaring") {
      const fact = rule.logic.fact;
      value = `feiten[${JSON.stringify(fact)}]`;
      nullable = model.facts.find((f) => f.id === fact)?.unknownReason !== undefined;
    } else {
      value = emitExpression(rule.logic.condition.expr, ctx);
      nullable = rule.logic.condition.expr.nullable;
    }
    const met = nullable ? `(${value}) ?? ${rule.whenUnknown === true}` : value;
    const applies = rule.appliesWhen ? `(${emitExpression(rule.appliesWhen.expr, ctx)}) === true && ` : "";
    (notMet[parts.indexOf(rule.carePart as string)] as string[]).push(`(${applies}!(${met}))`);
  }
  const body = notMet.map((terms, k) => `  if (${terms.join(" || ")}) mask += ${2 ** k};`);
  return [
    ...(helpers.size > 0 ? [`import { ${[...helpers].join(", ")} } from ${JSON.stringify(runtimeImport)};`] : []),
    ...hoisted,
    "export function nietIngekocht(feiten) {",
    "  let mask = 0;",
    ...body,
    "  return mask;",
    "}",
    "",
  ].join("\n");
}

/** The parts of the care in `mask` (from `nietIngekocht`), in the order of `parts`. */
export function partsIn(mask: number, parts: readonly string[]): string[] {
  const named: string[] = [];
  for (let k = 0; k < parts.length; k++) if (Math.floor(mask / 2 ** k) % 2 === 1) named.push(parts[k] as string);
  return named;
}
