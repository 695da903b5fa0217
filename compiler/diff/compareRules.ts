/**
 * Compares the rules of two versions. Rules are matched by key (and `was`); for the care
 * types both versions have, a rule can be added, removed, moved to another kind, change
 * status, threshold, accepted values, logic, wording, exception route, applicability or what
 * an unknown value means. Each aspect is one change; wording that changed along with the logic
 * is mentioned in the same change, not separately.
 */

import type { PolicyModel, Rule, TExpr } from "../model.js";
import { compareConditions, exprKey, type Comparison, type Direction } from "./conditions.js";
import { combineClasses, type Change, type ChangeClass } from "./changes.js";
import { sameWords } from "./compareDocument.js";
import { KIND_LABEL, addedClass, narrowerClass, roleOf, type DiffContext } from "./context.js";
import { matchEntities, sameDomain, type LookAlike } from "./match.js";
import { printTyped } from "./printTyped.js";
import { sameTextModuloYears, shiftDate, shiftExpression } from "./years.js";

/** A date literal moved back by `years` (the literal the old version wrote). */
function unshiftLiteral(e: TExpr, years: number): TExpr {
  return e.kind === "literal" && typeof e.value === "string" ? { ...e, value: shiftDate(e.value, -years) } : e;
}

/**
 * A date threshold as providers read it, from the side of the bound where they are in order
 * (the rule holds, or for an exclusion does not): the last day they may be on ("uiterste
 * datum") or the first ("vroegste datum"). A strict bound leaves the date as written out, so
 * `aanvraagdatum < 2026-10-01` has 30 september 2026 as its last day (`shift` -1), and
 * `aanvraagdatum > 2026-10-01` 2 oktober 2026 as its first (+1). Undefined when the date is no
 * such bound (`=`, `tussen`, a date in a calculation): the sentence then says "datumgrens",
 * with the date as written.
 */
function allowedDay(change: { readonly comparison?: Comparison }, rule: Rule): { grens: string; shift: number } | undefined {
  const c = change.comparison;
  if (!c) return undefined;
  // In order where the comparison holds, unless it is under a `niet` or the rule excludes.
  const inOrderWhenHolds = (c.polarity === 1) === (narrowerClass(rule.kind) === "strenger");
  const upper = (c.operator === "<" || c.operator === "<=") === inOrderWhenHolds;
  const included = (c.operator === "<=" || c.operator === ">=") === inOrderWhenHolds;
  return { grens: upper ? "uiterste datum" : "vroegste datum", shift: included ? 0 : upper ? -1 : 1 };
}

/** A date literal moved by `days` days. */
function shiftDay(e: TExpr, days: number): TExpr {
  if (days === 0 || e.kind !== "literal" || typeof e.value !== "string") return e;
  const date = new Date(`${e.value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return { ...e, value: date.toISOString().slice(0, 10) };
}

const flipClass = (c: ChangeClass): ChangeClass => (c === "strenger" ? "soepeler" : c === "soepeler" ? "strenger" : c);

function directionClass(direction: "narrower" | "wider" | "different", rule: Rule): ChangeClass {
  if (direction === "different") return "onbepaald";
  const narrower = narrowerClass(rule.kind);
  return direction === "narrower" ? narrower : flipClass(narrower);
}

/** How a changed condition reads for providers: stricter is "aangescherpt", looser "versoepeld". */
function providerDirection(cls: ChangeClass): string {
  return cls === "strenger" ? "aangescherpt" : cls === "soepeler" ? "versoepeld" : "gewijzigd";
}

function kindChangeClass(from: Rule, to: Rule): ChangeClass {
  const a = roleOf(from.kind);
  const b = roleOf(to.kind);
  if (a === b) return "redactioneel";
  if (a === "factor" && b === "eis") return "strenger";
  if (a === "eis" && b === "factor") return "soepeler";
  // Failing a condition for selective purchase costs that part of the care, not the agreement.
  if (a === "eis" && b === "selectief") return "soepeler";
  if (a === "selectief" && b === "eis") return "strenger";
  return "onbepaald";
}

/** A rule of the same kind with the same name or text, under a new key without `was`. */
const RULE_LOOK_ALIKE: LookAlike<Rule> = {
  what: "de regel",
  alike: (a, b) => (a.kind !== b.kind ? undefined : a.text.trim() === b.text.trim() ? "dezelfde tekst" : a.name === b.name ? `dezelfde naam ‘${b.name}’` : undefined),
};

export function compareRules(ctx: DiffContext): void {
  const pairs = matchEntities(ctx.older.rules, ctx.newer.rules, ctx.diagnostics, sameDomain(ctx) ? RULE_LOOK_ALIKE : undefined);
  for (const { old: before, new: after } of pairs) {
    const oldTypes = (before?.careTypes ?? []).filter((c) => ctx.commonCareTypes.has(c));
    const newTypes = (after?.careTypes ?? []).filter((c) => ctx.commonCareTypes.has(c));
    const key = `regel:${after?.id ?? before?.id}`;
    // A rule that went with a care type split off from one it applied to (or came back with
    // one merged into it again) moved with that care; it did not go (or come).
    const moved = before && after ? movedWithSplit(ctx, before, after) : undefined;
    const added = newTypes.filter((c) => !oldTypes.includes(c) && !moved?.common.includes(c));
    const removed = oldTypes.filter((c) => !newTypes.includes(c) && !moved?.common.includes(c));
    const common = newTypes.filter((c) => oldTypes.includes(c));
    if (before && after && moved) compareMovedWithSplit(ctx, before, after, key, moved);

    if (after && added.length > 0) {
      ctx.add(
        "regel_toegevoegd",
        after.status === "voornemen" ? "onbepaald" : addedClass(after.kind),
        key,
        ctx.chapter(undefined, after.chapter),
        { soort: addedKindLabel(after), naam: after.name },
        added,
      );
    }
    if (before && removed.length > 0) {
      ctx.add(
        "regel_verwijderd",
        before.status === "voornemen" ? "onbepaald" : flipClass(addedClass(before.kind)),
        key,
        ctx.chapter(before.chapter, undefined),
        { soort: addedKindLabel(before), naam: before.name },
        removed,
      );
    }
    if (before && after && common.length > 0) compareRulePair(ctx, before, after, key, common);

    // A new care type is named in the chapter of its own rules; its own rules elsewhere (how to
    // apply, in the procedure chapter) are news of their own, for no provider stricter or looser.
    const elsewhere = (rule: Rule, careTypes: Map<string, string | undefined>) =>
      rule.careTypes.every((c) => careTypes.has(c)) ? rule.careTypes.filter((c) => careTypes.get(c) !== rule.chapter) : [];
    if (after && !before && elsewhere(after, ctx.addedCareTypes).length > 0) {
      ctx.add("regel_toegevoegd", "onbepaald", key, ctx.chapter(undefined, after.chapter), { soort: addedKindLabel(after), naam: after.name, ...ownParagraph(ctx.newer, after, ctx.addedCareTypes) }, elsewhere(after, ctx.addedCareTypes));
    }
    if (before && !after && elsewhere(before, ctx.removedCareTypes).length > 0) {
      ctx.add("regel_verwijderd", "onbepaald", key, ctx.chapter(before.chapter, undefined), { soort: addedKindLabel(before), naam: before.name, ...ownParagraph(ctx.older, before, ctx.removedCareTypes) }, elsewhere(before, ctx.removedCareTypes));
    }
  }
}

/**
 * The paragraph a new (or dropped) care type's own rules outside its own chapter make up: their
 * group's title, when the whole group is that care type's. The report names the paragraph, as
 * the source does ("In hoofdstuk 4 is opgenomen hoe CBT’s een overeenkomst kunnen aanvragen"),
 * instead of the kind of rule: the language may model such a paragraph with a kind whose word
 * does not fit (a CBT that applies in time "wordt benaderd"), and the paragraph is news for no
 * provider that was there before.
 */
function ownParagraph(model: PolicyModel, rule: Rule, careTypes: Map<string, string | undefined>): { paragraaf?: string } {
  const group = model.groups.find((g) => g.id === rule.group);
  return group && group.careTypes.length > 0 && group.careTypes.every((c) => careTypes.has(c)) ? { paragraaf: group.title } : {};
}

/**
 * The care types a rule left for a care type split off from them (`afgesplitst_van`), or came
 * to from one that is merged into them again: `common` the care types of both versions it left
 * (or came to), `split` the split-off care types it went to (or came from).
 */
interface MovedWithSplit {
  readonly common: readonly string[];
  readonly split: readonly string[];
  readonly direction: "afgesplitst" | "samengevoegd";
}

function movedWithSplit(ctx: DiffContext, before: Rule, after: Rule): MovedWithSplit | undefined {
  const splitFrom = (model: PolicyModel, careTypes: ReadonlyMap<string, string | undefined>, id: string) =>
    careTypes.has(id) ? model.careTypes.find((c) => c.id === id)?.splitFrom?.id : undefined;
  const find = (from: Rule, to: Rule, model: PolicyModel, careTypes: ReadonlyMap<string, string | undefined>) => {
    // Care types of both versions the rule is no longer for, and split-off ones it is now for.
    const left = from.careTypes.filter((c) => ctx.commonCareTypes.has(c) && !to.careTypes.includes(c));
    const split = to.careTypes.filter((c) => {
      const source = splitFrom(model, careTypes, c);
      return source !== undefined && left.includes(source);
    });
    const common = left.filter((c) => split.some((s) => splitFrom(model, careTypes, s) === c));
    return split.length > 0 ? { common, split } : undefined;
  };
  const split = find(before, after, ctx.newer, ctx.addedCareTypes);
  if (split) return { ...split, direction: "afgesplitst" };
  const merged = find(after, before, ctx.older, ctx.removedCareTypes);
  if (merged) return { ...merged, direction: "samengevoegd" };
  return undefined;
}

/**
 * A rule that moved with a split-off care type: "… geldt voortaan voor de zorgsoort
 * ‘Partusassistentie’ in plaats van voor kraamzorg", under the care type it left. For that care
 * type it is as if the rule went (a requirement less: soepeler); for the providers of the care
 * now purchased separately the rule still holds, now for their own agreement, as a rule that
 * became one for selective purchase still holds for that part of the care. Merged back, the
 * mirror. What changed in the rule itself is told under the split-off care type, as for any
 * rule of both versions; that it moved, this sentence says.
 */
function compareMovedWithSplit(ctx: DiffContext, before: Rule, after: Rule, key: string, moved: MovedWithSplit): void {
  const name = (model: PolicyModel, id: string) => model.careTypes.find((c) => c.id === id)?.name ?? id;
  const [fromModel, toModel] = moved.direction === "afgesplitst" ? [ctx.older, ctx.newer] : [ctx.newer, ctx.older];
  const common = moved.common.map((c) => name(fromModel, c));
  const split = moved.split.map((c) => name(toModel, c));
  const [oud, nieuw] = moved.direction === "afgesplitst" ? [common, split] : [split, common];
  const cls = moved.direction === "afgesplitst" ? flipClass(addedClass(before.kind)) : addedClass(after.kind);
  const renamed: Record<string, string> = before.name !== after.name ? { oude_naam: before.name } : {};
  ctx.add("regel_zorgsoort_gewijzigd", cls, key, ctx.chapter(before.chapter, after.chapter), { soort: KIND_LABEL[after.kind], naam: after.name, ...renamed, oud, nieuw }, moved.common);
  const start = ctx.changes.length;
  compareRulePair(ctx, before, after, key, moved.split);
  // Where it went and by which name, the sentence above says.
  for (let i = ctx.changes.length - 1; i >= start; i--) {
    const kind = ctx.changes[i]?.kind;
    if (kind === "regel_verplaatst" || kind === "regel_naam_gewijzigd") ctx.changes.splice(i, 1);
  }
}

function compareRulePair(ctx: DiffContext, before: Rule, after: Rule, key: string, careTypes: readonly string[]): void {
  const chapter = ctx.chapter(before.chapter, after.chapter);
  const soort = KIND_LABEL[after.kind];
  // A renamed rule is named by both names: a reader of the old version knows the old one.
  const naam = after.name;
  const renamed: Record<string, string> = before.name !== after.name ? { oude_naam: before.name } : {};
  const start = ctx.changes.length;

  if (before.kind !== after.kind) {
    // The care a rule of selective purchase is about, from the version in which it is one.
    const carePart = after.carePart ?? before.carePart;
    const deelzorg: Record<string, string> = carePart !== undefined ? { deelzorg: carePart } : {};
    ctx.add("regel_soort_gewijzigd", kindChangeClass(before, after), key, chapter, { naam, ...renamed, oud: KIND_LABEL[before.kind], nieuw: KIND_LABEL[after.kind], ...deelzorg }, careTypes);
  }
  if (before.status !== after.status) {
    // A rule that becomes definitive starts to count, as if it were added.
    const cls = after.status === "definitief" ? addedClass(after.kind) : flipClass(addedClass(after.kind));
    ctx.add("status_gewijzigd", cls, key, chapter, { soort, naam, ...renamed, oud: before.status, nieuw: after.status }, careTypes);
  }

  const textChanged = !ctx.sameText(before.text, after.text);
  if (before.logic.kind === "voorwaarde" && after.logic.kind === "voorwaarde") {
    const plain = compareConditions(before.logic.condition.expr, after.logic.condition.expr);
    // A new contract year: compare with the old condition's dates moved on by that many years,
    // so a deadline of 1 juli 2025 that became 15 juni 2026 for the next year is earlier.
    const change = plain.kind === "same" || ctx.yearShift === 0 ? plain : compareConditions(shiftExpression(before.logic.condition.expr, ctx.yearShift), after.logic.condition.expr);
    if (plain.kind !== "same" && change.kind === "same") ctx.rolledOver++;
    if (change.kind === "same") compareFactValues(ctx, before, after, key, chapter, careTypes);
    const ook = textChanged ? "ja" : "nee";
    if (change.kind === "threshold") {
      const oldValue = change.old.kind === "literal" ? change.old.value : 0;
      const newValue = change.new.kind === "literal" ? change.new.value : 0;
      const up = typeof oldValue === "number" && typeof newValue === "number" ? newValue > oldValue : String(newValue) > String(oldValue);
      const isDate = change.new.type.kind === "datum";
      const richting = isDate ? (up ? "uitgesteld" : "vervroegd") : up ? "verhoogd" : "verlaagd";
      // The date as the old version wrote it; the sentence names both contract years.
      const written = isDate && ctx.yearShift !== 0 ? (plain.kind === "threshold" ? plain.old : unshiftLiteral(change.old, ctx.yearShift)) : change.old;
      const years = isDate && ctx.yearShift !== 0 ? ctx.contractYears() : {};
      const cls = directionClass(change.direction, after);
      // A date bound as providers read it: the last day they may be on (a deadline) or the first.
      const day = isDate ? allowedDay(change, after) : undefined;
      const grens: Record<string, string> = day ? { grens: day.grens } : isDate ? { grens: "datumgrens" } : {};
      const shown = (e: TExpr) => printTyped(day ? shiftDay(e, day.shift) : e);
      ctx.add("drempel_gewijzigd", cls, key, chapter, { soort, naam, ...renamed, oud: shown(written), nieuw: shown(change.new), richting, ...years, ...grens }, careTypes);
    } else if (change.kind === "values") {
      ctx.add("waarden_gewijzigd", directionClass(change.direction, after), key, chapter, { soort, naam, ...renamed, toegevoegd: change.added, vervallen: change.removed }, careTypes);
    } else if (change.kind === "other") {
      const cls = directionClass(change.direction, after);
      ctx.add(
        "voorwaarde_gewijzigd",
        cls,
        key,
        chapter,
        {
          soort,
          naam,
          oude_naam: before.name,
          oud: before.logic.condition.source.replace(/\s+/g, " ").trim(),
          nieuw: after.logic.condition.source.replace(/\s+/g, " ").trim(),
          ook_tekst: ook,
          verklaring: "ongewijzigd",
          richting: providerDirection(cls),
        },
        careTypes,
      );
    }
  } else if (before.logic.kind !== after.logic.kind) {
    // The condition as the evaluator tests it, as in every other change of a condition: for a
    // declaration the yes/no fact it makes, which the provider fills in (the rule's key). That
    // it was (or became) a declaration, `verklaring` says; the sentence says it in words.
    const describe = (r: Rule) => (r.logic.kind === "verklaring" ? r.logic.fact : r.logic.condition.source.replace(/\s+/g, " ").trim());
    const verklaring = before.logic.kind === "verklaring" ? "vervallen" : "ingevoerd";
    // What the provider declared is now tested (or the reverse): for a requirement fewer (more)
    // providers meet it. For an exclusion it depends on what is tested.
    const role = roleOf(after.kind);
    const cls: ChangeClass = role === "uitsluiting" || role === "benaderingsuitsluiting" ? "onbepaald" : directionClass(verklaring === "vervallen" ? "narrower" : "wider", after);
    ctx.add(
      "voorwaarde_gewijzigd",
      cls,
      key,
      chapter,
      { soort, naam, oude_naam: before.name, oud: describe(before), nieuw: describe(after), ook_tekst: textChanged ? "ja" : "nee", verklaring, richting: providerDirection(cls) },
      careTypes,
    );
  }

  if (!before.exception && after.exception) ctx.add("uitzondering_toegevoegd", "soepeler", key, chapter, { soort, naam, ...renamed }, careTypes);
  if (before.exception && !after.exception) ctx.add("uitzondering_verwijderd", "strenger", key, chapter, { soort, naam, ...renamed }, careTypes);
  if (before.exception && after.exception) compareException(ctx, before, after, key, chapter, careTypes);

  const applies = (r: Rule) => (r.appliesWhen ? exprKey(r.appliesWhen.expr) : "");
  if (applies(before) !== applies(after)) {
    let cls: ChangeClass = "onbepaald";
    // Applying to fewer providers has the effect of the rule being removed for them.
    if (!before.appliesWhen) cls = flipClass(addedClass(after.kind));
    else if (!after.appliesWhen) cls = addedClass(after.kind);
    else {
      const change = compareConditions(before.appliesWhen.expr, after.appliesWhen.expr);
      if (change.kind !== "same" && change.direction !== "different") {
        cls = change.direction === "narrower" ? flipClass(addedClass(after.kind)) : addedClass(after.kind);
      }
    }
    const show = (r: Rule) => (r.appliesWhen ? r.appliesWhen.source.replace(/\s+/g, " ").trim() : "altijd");
    ctx.add("toepassing_gewijzigd", cls, key, chapter, { soort, naam, ...renamed, oud: show(before), nieuw: show(after) }, careTypes);
  }

  if (before.whenUnknown !== undefined && after.whenUnknown !== undefined && before.whenUnknown !== after.whenUnknown) {
    // Counting an unknown condition as true widens it.
    const cls = directionClass(after.whenUnknown ? "wider" : "narrower", after);
    ctx.add("onbekend_gewijzigd", cls, key, chapter, { soort, naam, ...renamed, oud: before.whenUnknown ? "waar" : "onwaar", nieuw: after.whenUnknown ? "waar" : "onwaar" }, careTypes);
  }

  // Another part of the care that is only purchased when the rule holds: which care, wider or
  // narrower, the words do not say (onbepaald, like a changed text in chapter 2); only another
  // spelling is redactioneel. A changed text goes with it, as with the other changes of a rule.
  if (before.carePart !== undefined && after.carePart !== undefined && !ctx.sameText(before.carePart, after.carePart)) {
    const cls: ChangeClass = sameWords(before.carePart, after.carePart) ? "redactioneel" : "onbepaald";
    const ook = textChanged && ctx.changes.length === start ? "ja" : "nee";
    ctx.add("deelzorg_gewijzigd", cls, key, chapter, { soort, naam, ...renamed, oud: before.carePart, nieuw: after.carePart, ook_tekst: ook }, careTypes);
  }

  if (textChanged && ctx.changes.length === start) {
    ctx.add("regel_tekst_gewijzigd", "redactioneel", key, chapter, { soort, naam, ...renamed }, careTypes);
  }
  // Only the name: what the check page and the explanation show, so news, but only words. (A
  // name that only moved on a contract year is part of the rollover.)
  if (before.name !== after.name && !sameTextModuloYears(before.name, after.name, ctx.yearShift) && ctx.changes.length === start) {
    ctx.add("regel_naam_gewijzigd", "redactioneel", key, chapter, { soort, naam, oude_naam: before.name }, careTypes);
  }
  // Moved to another chapter and otherwise the same: the document moved it, so the report says
  // so. (A change of the rule itself already says "In hoofdstuk 4 (voorheen 3)".)
  if (chapter.moved && chapter.old !== undefined && chapter.new !== undefined && chapter.old !== chapter.new && ctx.changes.length === start) {
    ctx.add("regel_verplaatst", "redactioneel", key, chapter, { soort, naam, oud: chapter.old, nieuw: chapter.new }, careTypes);
  }
}

/**
 * An exclusion's exception: when it is granted (a condition, read like any other) and how to
 * ask for it (the route, free text). A wider condition lets more providers through: soepeler.
 * A route that reads otherwise is a procedure changed in a way beleid cannot read: onbepaald;
 * only its spelling: redactioneel.
 */
function compareException(ctx: DiffContext, before: Rule, after: Rule, key: string, chapter: Change["chapter"], careTypes: readonly string[]): void {
  const [b, a] = [before.exception, after.exception];
  if (!b || !a) return;
  const plain = compareConditions(b.condition.expr, a.condition.expr);
  const change = plain.kind === "same" || ctx.yearShift === 0 ? plain : compareConditions(shiftExpression(b.condition.expr, ctx.yearShift), a.condition.expr);
  if (plain.kind !== "same" && change.kind === "same") ctx.rolledOver++;
  let direction: Direction | undefined = change.kind === "same" ? undefined : change.direction;
  // Counting an unknown condition as met widens the exception.
  if (b.whenUnknown !== undefined && a.whenUnknown !== undefined && b.whenUnknown !== a.whenUnknown) {
    const unknown: Direction = a.whenUnknown ? "wider" : "narrower";
    direction = direction === undefined || direction === unknown ? unknown : "different";
  }
  const routeChanged = !ctx.sameText(b.route, a.route);
  if (direction === undefined && !routeChanged) return;
  const route = !routeChanged ? "nee" : sameWords(b.route, a.route) ? "tekst" : "ja";
  const conditionClass: ChangeClass = direction === undefined ? "redactioneel" : direction === "wider" ? "soepeler" : direction === "narrower" ? "strenger" : "onbepaald";
  const cls = combineClasses([conditionClass, route === "ja" ? "onbepaald" : "redactioneel"]);
  const voorwaarde = direction === undefined ? "nee" : direction === "wider" ? "versoepeld" : direction === "narrower" ? "aangescherpt" : "gewijzigd";
  ctx.add("uitzondering_gewijzigd", cls, key, chapter, { soort: KIND_LABEL[after.kind], naam: after.name, ...((before.name !== after.name ? { oude_naam: before.name } : {}) as Record<string, string>), voorwaarde, route }, careTypes);
}

/**
 * What a group of rules shows besides its rules: its heading (`titel`), the sentence announcing
 * it and the introduction above its list. A new group's prose comes with its rules; for a group
 * in both versions a new heading is redactioneel, as a moved rule is (the rules under it are the
 * same), and a changed announcement or introduction is a changed text ("de tekst bij
 * ‘Valpreventie - randvoorwaarden’").
 */
/** Changes whose sentence can say "; ook de tekst is aangepast" (the `ook_tekst` argument). */
const TEXT_HOSTS: ReadonlySet<Change["kind"]> = new Set<Change["kind"]>(["inkoop_status_gewijzigd", "contractsoort_gewijzigd", "looptijd_gewijzigd", "status_gewijzigd"]);

export function compareGroups(ctx: DiffContext): void {
  for (const { old: before, new: after } of matchEntities(ctx.older.groups, ctx.newer.groups, ctx.diagnostics)) {
    if (!before || !after) continue;
    // The care types the group is for in both versions, so the reverse diff is the mirror (a
    // group that went with a split-off care type is not for the care type it left any more).
    const careTypes = after.careTypes.filter((c) => ctx.commonCareTypes.has(c) && before.careTypes.includes(c));
    const chapter = ctx.chapter(before.chapter, after.chapter);
    if (careTypes.length > 0 && !ctx.sameText(before.title, after.title)) {
      ctx.add("groep_titel_gewijzigd", "redactioneel", `groep:${after.id}`, chapter, { oud: before.title, nieuw: after.title }, careTypes);
    }
    const same = (a: string | undefined, b: string | undefined) => (a === undefined || b === undefined ? a === b : ctx.sameText(a, b));
    if (same(before.announcement, after.announcement) && same(before.introduction, after.introduction)) continue;
    if (careTypes.length === 0) continue;
    // The text changed along with the purchase it introduces (the agreement of the group's care
    // types, or the status of one of its rules, in the same chapter): one change, one sentence,
    // which says that the text changed too ("de tekst voor valpreventie aangepast aangezien de
    // inkoop hiervan gestart is").
    const sameTypes = (c: Change) => c.careTypes.length === careTypes.length && c.careTypes.every((t) => careTypes.includes(t));
    const about = (c: Change) => careTypes.some((t) => c.key === `overeenkomst:${t}`) || ctx.newer.rules.some((r) => r.group === after.id && c.key === `regel:${r.id}`);
    const host = ctx.changes.findIndex((c) => TEXT_HOSTS.has(c.kind) && c.chapter.new === chapter.new && sameTypes(c) && about(c));
    if (host >= 0) {
      const change = ctx.changes[host] as Change;
      ctx.changes[host] = { ...change, args: { ...change.args, ook_tekst: "ja" } };
      continue;
    }
    ctx.add("tekst_gewijzigd", "onbepaald", `groep:${after.id}`, chapter, { onderwerpen: [`de tekst bij ‘${after.title}’`], aantal: 1 }, careTypes);
  }
}

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
function compareFactValues(ctx: DiffContext, before: Rule, after: Rule, key: string, chapter: ReturnType<DiffContext["chapter"]>, careTypes: readonly string[]): void {
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

/**
 * A rule's kind as a sentence about adding or dropping it names it: for selective purchase with
 * the care it is about ("voorwaarde voor selectieve inkoop van zorg bij de ziekte van Parkinson"),
 * so the reader learns what is no longer purchased without it; rules for the same care share it.
 */
function addedKindLabel(rule: Rule): string {
  return rule.kind === "selectieve_inkoop" && rule.carePart !== undefined ? `${KIND_LABEL[rule.kind]} van ${rule.carePart}` : KIND_LABEL[rule.kind];
}
