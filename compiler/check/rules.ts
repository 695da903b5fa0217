/**
 * Checks rule groups and their rules. First pass (`collectRules`): ids, care types, kinds, and
 * the yes/no facts that declarations (`verklaring: ja`) create. Second pass (`checkRuleLogic`):
 * the expressions, once all facts and tables are known — conditions must be yes/no, an unknown
 * outcome must be decided by `bij_onbekend`, `van_toepassing_als` may never be unknown.
 */

import { closestName } from "../suggest.js";
import type { Expression, Fact, Rule, RuleGroup, RuleKind, Status } from "../model.js";
import { EXCLUSION_KINDS } from "../model.js";
import { RULE_KIND_IN_MESSAGES } from "../diagnostics/messages.js";
import { carePartProblem } from "./carePart.js";
import { CheckContext, entries, type Path } from "./context.js";
import { checkExpression, type CheckEnvironment } from "./expressions.js";
import { typeName } from "./types.js";
import { unknownCause } from "./unknown.js";

interface RawRule {
  naam?: string;
  tekst: string;
  voorwaarde?: string;
  deelzorg?: string;
  verklaring?: "ja" | "nee";
  bij_onbekend?: "waar" | "onwaar";
  onbekend_toelichting?: string;
  van_toepassing_als?: string;
  zorgsoorten?: string[];
  uitzondering?: { voorwaarde: string; route: string; bij_onbekend?: "waar" | "onwaar" };
  status?: Status;
  hoofdstuk?: string;
  toelichting?: string;
  was?: string;
}

interface RawGroup {
  titel: string;
  hoofdstuk: string;
  soort: RuleKind;
  zorgsoorten: "alle" | string[];
  aankondiging?: string;
  inleiding?: string;
  lopende_tekst?: "ja" | "nee";
  status?: Status;
  regels: Record<string, RawRule>;
  was?: string;
}

/** A rule before its expressions are checked. */
export interface RuleDraft {
  readonly path: Path;
  readonly raw: RawRule;
  readonly id: string;
  readonly group: RuleGroup;
}

export function resolveCareTypes(ctx: CheckContext, path: Path, value: "alle" | string[], careTypeIds: readonly string[]): string[] {
  if (value === "alle") return [...careTypeIds];
  const result: string[] = [];
  value.forEach((id, index) => {
    if (careTypeIds.includes(id)) result.push(id);
    else ctx.report("BL302", ctx.span([...path, index]), { id }, ...closestHint(id, careTypeIds));
  });
  return result;
}

/** The hint for an unknown care type, and the care type it suggests instead (if any). */
function closestHint(id: string, candidates: readonly string[]): [hint: string, replacement: string | undefined] {
  const near = closestName(id, [...candidates]) ?? candidates.find((c) => c.toLowerCase() === id.toLowerCase() || c.startsWith(id.slice(0, 4)));
  return near ? [`Bedoelt u ‘${near}’?`, near] : [`Zorgsoorten: ${candidates.join(", ")}.`, undefined];
}

export function collectRules(
  ctx: CheckContext,
  raw: unknown,
  careTypeIds: readonly string[],
  declaredFacts: ReadonlyMap<string, Fact>,
): { groups: RuleGroup[]; drafts: RuleDraft[]; declarationFacts: Fact[] } {
  const groups: RuleGroup[] = [];
  const drafts: RuleDraft[] = [];
  const declarationFacts: Fact[] = [];
  const ruleOwner = new Map<string, { readonly group: string; readonly path: Path }>();

  for (const [groupId, group] of entries<RawGroup>(raw)) {
    const groupPath = ["groepen", groupId];
    const groupCareTypes = resolveCareTypes(ctx, [...groupPath, "zorgsoorten"], group.zorgsoorten, careTypeIds);
    const ruleIds = Object.keys(group.regels);
    const model: RuleGroup = {
      id: groupId,
      title: group.titel,
      chapter: group.hoofdstuk,
      kind: group.soort,
      careTypes: groupCareTypes,
      allCareTypes: group.zorgsoorten === "alle",
      ...(group.aankondiging !== undefined ? { announcement: group.aankondiging } : {}),
      ...(group.inleiding !== undefined ? { introduction: group.inleiding } : {}),
      ...(group.lopende_tekst === "ja" ? { runningText: true } : {}),
      status: group.status ?? "definitief",
      rules: ruleIds,
      ...(group.was !== undefined ? { was: group.was } : {}),
      span: ctx.keySpan(groupPath),
    };
    groups.push(model);

    for (const [ruleId, rule] of entries<RawRule>(group.regels)) {
      const rulePath = [...groupPath, "regels", ruleId];
      const owner = ruleOwner.get(ruleId);
      if (owner !== undefined) {
        const line = ctx.lineOf(ctx.keySpan(owner.path));
        ctx.report("BL303", ctx.keySpan(rulePath), { id: ruleId, eerder: `een regel in groep ‘${owner.group}’${line !== undefined ? ` (regel ${line})` : ""}` });
        continue;
      }
      ruleOwner.set(ruleId, { group: groupId, path: rulePath });
      drafts.push({ path: rulePath, raw: rule, id: ruleId, group: model });

      if (rule.verklaring === "ja") {
        if (rule.voorwaarde !== undefined) {
          ctx.report("BL313", ctx.keySpan([...rulePath, "verklaring"]), { id: ruleId, wat: "heeft een ‘voorwaarde’ en is ook een ‘verklaring’" }, "Een regel is óf een voorwaarde óf een verklaring, niet allebei: haal er een van weg.");
          continue;
        }
        if (declaredFacts.has(ruleId)) {
          ctx.report("BL213", ctx.keySpan(rulePath), { naam: ruleId, door: "een feit onder ‘feiten’" }, "Een verklaring maakt een ja/nee-feit met de sleutel van de regel; kies een andere sleutel.");
          continue;
        }
        declarationFacts.push({
          id: ruleId,
          type: "ja/nee",
          description: rule.tekst,
          declarationOf: ruleId,
          span: ctx.keySpan(rulePath),
        });
      }
    }
  }
  return { groups, drafts, declarationFacts };
}

/** `organisation` names the purchasing organisation in a warning that quotes the explanation. */
export function checkRuleLogic(ctx: CheckContext, drafts: readonly RuleDraft[], env: Omit<CheckEnvironment, "careTypesInScope">, organisation = ""): Rule[] {
  const rules: Rule[] = [];
  for (const { path, raw, id, group } of drafts) {
    let careTypes = group.careTypes;
    if (raw.zorgsoorten) {
      const narrowed: string[] = [];
      raw.zorgsoorten.forEach((careType, index) => {
        if (!env.careTypeIds.includes(careType)) {
          ctx.report("BL302", ctx.span([...path, "zorgsoorten", index]), { id: careType }, ...closestHint(careType, group.careTypes));
        } else if (!group.careTypes.includes(careType)) {
          ctx.report("BL304", ctx.span([...path, "zorgsoorten", index]), { zorgsoort: careType, groep: group.id });
        } else {
          narrowed.push(careType);
        }
      });
      careTypes = narrowed;
    }
    const approach = group.kind === "benaderingsvoorwaarde" || group.kind === "benaderingsuitsluiting";
    const scope: CheckEnvironment = { ...env, careTypesInScope: careTypes, allowConditionsMet: approach };
    const isExclusion = EXCLUSION_KINDS.includes(group.kind);

    const checkCondition = (exprPath: Path, text: string, what: string): Expression | undefined => {
      const ast = ctx.parseAt(exprPath, text);
      if (!ast) return undefined;
      const checked = checkExpression(ast, scope);
      ctx.diagnostics.push(...checked.diagnostics);
      if (!checked.expr) return undefined;
      if (checked.expr.type.kind !== "janee") {
        ctx.report("BL206", checked.expr.span, { wat: what, type: typeName(checked.expr.type) }, checked.expr.type.kind === "getal" || checked.expr.type.kind === "percentage" ? "Maak er een vergelijking van, bijvoorbeeld ‘… >= 30%’." : undefined);
        return undefined;
      }
      return { source: text, expr: checked.expr };
    };

    let logic: Rule["logic"] | undefined;
    let nullable = false;
    if (raw.verklaring === "ja") {
      logic = { kind: "verklaring", fact: id };
    } else if (raw.voorwaarde !== undefined) {
      const condition = checkCondition([...path, "voorwaarde"], raw.voorwaarde, "De voorwaarde");
      if (condition) {
        logic = { kind: "voorwaarde", condition };
        nullable = condition.expr.nullable;
        if (nullable && raw.bij_onbekend === undefined) {
          ctx.report("BL207", condition.expr.span, { oorzaak: unknownCause(condition.expr, env.facts), wat: `regel ‘${id}’` });
        }
      }
    } else if (!conditionWrittenElsewhere(ctx, path, raw)) {
      ctx.report("BL313", ctx.keySpan(path), { id, wat: "heeft geen ‘voorwaarde’ en is geen ‘verklaring’" });
    }
    if (raw.bij_onbekend !== undefined && logic && !nullable) {
      ctx.report("BL208", ctx.span([...path, "bij_onbekend"]));
    }

    let appliesWhen: Expression | undefined;
    if (raw.van_toepassing_als !== undefined) {
      appliesWhen = checkCondition([...path, "van_toepassing_als"], raw.van_toepassing_als, "‘van_toepassing_als’");
      if (appliesWhen?.expr.nullable) {
        ctx.report("BL216", appliesWhen.expr.span, { oorzaak: unknownCause(appliesWhen.expr, env.facts) });
      }
    }

    let exception: Rule["exception"] | undefined;
    if (raw.uitzondering) {
      if (!isExclusion) {
        ctx.report("BL307", ctx.keySpan([...path, "uitzondering"]), { soort: RULE_KIND_IN_MESSAGES[group.kind] });
      } else {
        const condition = checkCondition([...path, "uitzondering", "voorwaarde"], raw.uitzondering.voorwaarde, "De uitzonderingsvoorwaarde");
        if (condition) {
          if (condition.expr.nullable && raw.uitzondering.bij_onbekend === undefined) {
            ctx.report("BL207", condition.expr.span, { oorzaak: unknownCause(condition.expr, env.facts), wat: `de uitzondering van regel ‘${id}’` });
          }
          exception = {
            condition,
            route: raw.uitzondering.route,
            ...(raw.uitzondering.bij_onbekend !== undefined ? { whenUnknown: raw.uitzondering.bij_onbekend === "waar" } : {}),
          };
        }
      }
    }

    // A selective purchase names the part of the care it is about; no other kind of rule has one.
    const selective = group.kind === "selectieve_inkoop";
    if (selective && raw.deelzorg === undefined) {
      ctx.report("BL318", ctx.keySpan(path), { id });
    } else if (!selective && raw.deelzorg !== undefined) {
      ctx.report("BL319", ctx.keySpan([...path, "deelzorg"]), { soort: RULE_KIND_IN_MESSAGES[group.kind] });
    } else if (selective && raw.deelzorg !== undefined) {
      // The explanation says "Caresq koopt <deelzorg> niet bij u in: …".
      const found = carePartProblem(raw.deelzorg, raw.tekst);
      if (found) {
        const properNoun = found.capitalised !== undefined ? ` Is ‘${found.capitalised}’ hier een eigennaam? Schrijf het dan ook in de tekst van de regel midden in een zin met een hoofdletter; dan vervalt deze waarschuwing.` : "";
        ctx.report("BL320", ctx.span([...path, "deelzorg"]), { deelzorg: raw.deelzorg, probleem: found.problem, organisatie: organisation || "…", verbeterd: found.fixed }, `Schrijf ‘deelzorg: ${found.fixed}’.${properNoun}`);
      }
    }

    if (!logic) continue;
    rules.push({
      id,
      group: group.id,
      kind: group.kind,
      chapter: raw.hoofdstuk ?? group.chapter,
      name: raw.naam ?? nameFromText(raw.tekst),
      text: raw.tekst,
      status: raw.status ?? group.status,
      careTypes,
      logic,
      ...(raw.bij_onbekend !== undefined && nullable ? { whenUnknown: raw.bij_onbekend === "waar" } : {}),
      ...(raw.onbekend_toelichting !== undefined ? { unknownNote: raw.onbekend_toelichting } : {}),
      ...(appliesWhen ? { appliesWhen } : {}),
      ...(selective && raw.deelzorg !== undefined ? { carePart: raw.deelzorg } : {}),
      ...(exception ? { exception } : {}),
      ...(raw.toelichting !== undefined ? { note: raw.toelichting } : {}),
      ...(raw.was !== undefined ? { was: raw.was } : {}),
      span: ctx.keySpan(path),
    });
  }
  return rules;
}

const LOGIC_FIELDS = ["voorwaarde", "verklaring"];

/**
 * Whether a rule without a condition had one written where the load stage already reported it
 * (and cut it out): a misspelt field (`voorwarde:`, BL003 with "Bedoelt u ‘voorwaarde’?"), or
 * the field one level too far left, where YAML reads it as the next rule (BL005 with a hint).
 * Saying the rule has no condition would come first in the file and repeat that error.
 */
function conditionWrittenElsewhere(ctx: CheckContext, path: Path, raw: RawRule): boolean {
  const misspelt = ctx.writtenKeys(path).some((key) => !(key in raw) && closestName(key, LOGIC_FIELDS) !== undefined);
  if (misspelt) return true;
  const siblings = ctx.writtenKeys(path.slice(0, -1));
  const next = siblings[siblings.indexOf(String(path[path.length - 1])) + 1];
  return next !== undefined && LOGIC_FIELDS.includes(next) && ctx.file.pruned.has(next);
}

/** A short name from the published text: its first sentence or clause, at most 80 characters. */
export function nameFromText(text: string): string {
  const firstLine = text.split("\n")[0] ?? text;
  const clause = firstLine.replace(/[;:.]\s*$/, "").split(/(?<=[a-z)])\. |; /)[0] ?? firstLine;
  const trimmed = clause.trim().replace(/[;:.,]$/, "");
  if (trimmed.length <= 80) return trimmed;
  const cut = trimmed.slice(0, 79);
  return cut.slice(0, cut.lastIndexOf(" ")) + "…";
}
