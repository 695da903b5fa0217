/**
 * Compares one rule of both versions for the care types it has in both: its kind, status,
 * condition (threshold, accepted values, logic, or a declaration that became a tested condition),
 * exception, applicability, what an unknown value means, the care it is about, and else its text,
 * name or chapter. Each aspect is one change; wording that changed along with the logic is
 * mentioned in the same change, not separately. Called by compareRules.ts and movedWithSplit.ts.
 */

import type { Rule } from "../model.js";
import { compareConditions, exprKey, type Direction } from "./conditions.js";
import { wholeIn } from "../bounds.js";
import { combineClasses, type Change, type ChangeClass } from "./changes.js";
import { compareFactValues } from "./compareFactValues.js";
import { sameWords } from "./compareDocument.js";
import { KIND_LABEL, addedClass, roleOf, type DiffContext } from "./context.js";
import { allowedDay, shiftDay, unshiftLiteral } from "./dateBounds.js";
import { printTyped } from "./printTyped.js";
import { directionClass, flipClass, kindChangeClass, providerDirection } from "./ruleClasses.js";
import { sameTextModuloYears, shiftExpression } from "./years.js";

export function compareRulePair(ctx: DiffContext, before: Rule, after: Rule, key: string, careTypes: readonly string[]): void {
  const chapter = ctx.chapter(before.chapter, after.chapter);
  const soort = KIND_LABEL[after.kind];
  // A renamed rule is named by both names: a reader of the old version knows the old one.
  const naam = after.name;
  const renamed: Record<string, string> = before.name !== after.name ? { oude_naam: before.name } : {};
  const start = ctx.changes.length;
  const whole = wholeIn(ctx.older, ctx.newer);

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
    const plain = compareConditions(before.logic.condition.expr, after.logic.condition.expr, whole);
    // A new contract year: compare with the old condition's dates moved on by that many years,
    // so a deadline of 1 juli 2025 that became 15 juni 2026 for the next year is earlier.
    const change = plain.kind === "same" || ctx.yearShift === 0 ? plain : compareConditions(shiftExpression(before.logic.condition.expr, ctx.yearShift), after.logic.condition.expr, whole);
    if (plain.kind !== "same" && change.kind === "same") ctx.rolledOver++;
    if (change.kind === "same") compareFactValues(ctx, before, after, key, chapter, careTypes);
    const ook = textChanged ? "ja" : "nee";
    if (change.kind === "threshold") {
        const isDate = change.new.type.kind === "datum";
      // A date bound as providers read it: the last day they may be on (a deadline) or the first,
      // each side by its own operator (`<= 2025-10-24` → `< 2025-10-21`: 24 → 20 oktober).
      const day = isDate ? allowedDay(change, after) : undefined;
      const oldDay = isDate && change.oldComparison ? allowedDay({ comparison: change.oldComparison }, after) : day;
      const [oldShown, newShown] = [oldDay ? shiftDay(change.old, oldDay.shift) : change.old, day ? shiftDay(change.new, day.shift) : change.new];
      const oldValue = oldShown.kind === "literal" ? oldShown.value : 0;
      const newValue = newShown.kind === "literal" ? newShown.value : 0;
      const up = typeof oldValue === "number" && typeof newValue === "number" ? newValue > oldValue : String(newValue) > String(oldValue);
      const richting = isDate ? (up ? "uitgesteld" : "vervroegd") : up ? "verhoogd" : "verlaagd";
      // The date as the old version wrote it; the sentence names both contract years.
      const written = isDate && ctx.yearShift !== 0 ? shiftDay(plain.kind === "threshold" ? plain.old : unshiftLiteral(change.old, ctx.yearShift), oldDay?.shift ?? 0) : oldShown;
      const years = isDate && ctx.yearShift !== 0 ? ctx.contractYears() : {};
      const cls = directionClass(change.direction, after);
      const grens: Record<string, string> = day ? { grens: day.grens } : isDate ? { grens: "datumgrens" } : {};
      ctx.add("drempel_gewijzigd", cls, key, chapter, { soort, naam, ...renamed, oud: printTyped(written), nieuw: printTyped(newShown), richting, ...years, ...grens }, careTypes);
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
  // Another way of writing the same condition (`<= 5` → `< 6` for a whole number) is no change.
  const sameApplies = before.appliesWhen && after.appliesWhen && compareConditions(before.appliesWhen.expr, after.appliesWhen.expr, whole).kind === "same";
  if (applies(before) !== applies(after) && !sameApplies) {
    let cls: ChangeClass = "onbepaald";
    // Applying to fewer providers has the effect of the rule being removed for them.
    if (!before.appliesWhen) cls = flipClass(addedClass(after.kind));
    else if (!after.appliesWhen) cls = addedClass(after.kind);
    else {
      const change = compareConditions(before.appliesWhen.expr, after.appliesWhen.expr, whole);
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
  const whole = wholeIn(ctx.older, ctx.newer);
  const plain = compareConditions(b.condition.expr, a.condition.expr, whole);
  const change = plain.kind === "same" || ctx.yearShift === 0 ? plain : compareConditions(shiftExpression(b.condition.expr, ctx.yearShift), a.condition.expr, whole);
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
