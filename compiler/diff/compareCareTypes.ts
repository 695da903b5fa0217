/**
 * Compares care types: added or removed care types, their agreement (new or running, term,
 * text, status) and their tier table. Tiers are matched by their criterion (the number of
 * factors), not by letter: "Zorgovereenkomst B" that needed three factors and now is called
 * "A" is the same tier renamed.
 */

import { diagnostic } from "../diagnostics/diagnostic.js";
import { agreementName } from "../queries.js";
import { closestName } from "../suggest.js";
import type { CareType, PolicyModel, Tier } from "../model.js";
import type { Change, ChangeClass } from "./changes.js";
import type { DiffContext } from "./context.js";
import { countWord, dutchList } from "./format.js";
import { matchEntities } from "./match.js";

const AGREEMENT_KIND = { nieuw: "een nieuwe zorgovereenkomst", doorlopend: "een doorlopende zorgovereenkomst" } as const;

function term(c: CareType, shift = 0): string {
  const t = c.agreement.term;
  if (!t) return "";
  return t.from === t.to ? String(t.from + shift) : `${t.from + shift}-${t.to + shift}`;
}

/**
 * The first chapter (in document order) with rules of a new (or dropped) care type that no
 * care type of both versions shares: where the document sets out what that care type asks.
 */
function ownRulesChapter(ctx: DiffContext, version: "older" | "newer", careType: string): string | undefined {
  const order = ctx[version].chapters.map((c) => c.id);
  const own = ctx[version].rules.filter((r) => r.careTypes.includes(careType) && r.careTypes.every((c) => !ctx.commonCareTypes.has(c)));
  return own.map((r) => r.chapter).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
}

/**
 * The care type of the older version a new care type was split off from (`afgesplitst_van`).
 * One the older version does not have is BL606: the report then says the care type was added.
 */
function splitFrom(ctx: DiffContext, careType: CareType): CareType | undefined {
  if (careType.splitFrom === undefined) return undefined;
  const { id, span } = careType.splitFrom;
  const from = ctx.older.careTypes.find((c) => c.id === id);
  if (!from) {
    const meant = closestName(id, ctx.older.careTypes.map((c) => c.id));
    ctx.diagnostics.push(diagnostic("BL606", span, { van: id, zorgsoort: careType.id }, meant === undefined ? undefined : `Bedoelt u ‘${meant}’? ‘afgesplitst_van’ noemt de zorgsoort van de vorige versie waaronder deze zorgsoort viel.`));
  }
  return from;
}

/** The tier-table changes per care type, so the caller can attach them to their cause. */
export function compareCareTypes(ctx: DiffContext): Map<string, Change> {
  const tierChanges = new Map<string, Change>();
  const pairs = matchEntities(ctx.older.careTypes, ctx.newer.careTypes, ctx.diagnostics);
  for (const { old: before, new: after } of pairs) {
    if (!before && after) {
      const chapter = ownRulesChapter(ctx, "newer", after.id);
      ctx.addedCareTypes.set(after.id, chapter);
      // Purchased separately now, under the care type it fell under before: not a new kind of
      // provider, but its own agreement and conditions instead of that care type's.
      const from = splitFrom(ctx, after);
      if (from) {
        ctx.add("zorgsoort_afgesplitst", "onbepaald", `zorgsoort:${after.id}`, ctx.chapter(undefined, chapter ?? after.agreement.chapter), { zorgsoort: after.name, onder: from.name }, [after.id]);
        continue;
      }
      ctx.add("zorgsoort_toegevoegd", after.agreement.status === "voornemen" ? "onbepaald" : "soepeler", `zorgsoort:${after.id}`, ctx.chapter(undefined, chapter ?? after.agreement.chapter), { zorgsoort: after.name }, [after.id]);
      continue;
    }
    if (before && !after) {
      const chapter = ownRulesChapter(ctx, "older", before.id);
      ctx.removedCareTypes.set(before.id, chapter);
      // The reverse of a split: what was purchased separately falls under that care type again.
      const into = before.splitFrom === undefined ? undefined : ctx.newer.careTypes.find((c) => c.id === before.splitFrom?.id);
      if (into) {
        ctx.add("zorgsoort_samengevoegd", "onbepaald", `zorgsoort:${before.id}`, ctx.chapter(chapter ?? before.agreement.chapter, undefined), { zorgsoort: before.name, onder: into.name }, [before.id]);
        continue;
      }
      ctx.add("zorgsoort_verwijderd", before.agreement.status === "voornemen" ? "onbepaald" : "strenger", `zorgsoort:${before.id}`, ctx.chapter(chapter ?? before.agreement.chapter, undefined), { zorgsoort: before.name }, [before.id]);
      continue;
    }
    if (!before || !after) continue;
    const careTypes = [after.id];
    const key = `overeenkomst:${after.id}`;
    const chapter = ctx.chapter(before.agreement.chapter, after.agreement.chapter);

    // A multi-year agreement offered last year that runs on this year is time passing, not a
    // change of policy: same term, new then running. Its text says so, so that is no news.
    const runsOn = before.agreement.kind !== after.agreement.kind && term(before) !== "" && term(before) === term(after);
    const textChanged = !ctx.sameText(before.agreement.text, after.agreement.text);
    // A text that changed along with the agreement is named in the first sentence about it, as
    // with a rule ("; ook de tekst is aangepast").
    let textToTell = textChanged && !runsOn;
    const ookTekst = () => {
      const ook = textToTell ? "ja" : "nee";
      textToTell = false;
      return ook;
    };
    if (runsOn) {
      ctx.add("overeenkomst_loopt_door", "redactioneel", key, chapter, { looptijd: term(after), oud: AGREEMENT_KIND[before.agreement.kind], nieuw: AGREEMENT_KIND[after.agreement.kind] }, careTypes);
    } else if (before.agreement.kind !== after.agreement.kind) {
      ctx.add("contractsoort_gewijzigd", "onbepaald", key, chapter, { oud: AGREEMENT_KIND[before.agreement.kind], nieuw: AGREEMENT_KIND[after.agreement.kind], ook_tekst: ookTekst() }, careTypes);
    }
    const termChanged = !runsOn && term(before) !== term(after) && term(before, ctx.yearShift) !== term(after);
    if (term(before) !== term(after) && !termChanged) ctx.rolledOver++;
    if (termChanged) {
      ctx.add("looptijd_gewijzigd", "onbepaald", key, chapter, { oud: term(before) || "geen", nieuw: term(after) || "geen", ook_tekst: ookTekst() }, careTypes);
    }
    if (before.agreement.status !== after.agreement.status) {
      // A purchase that stops being an intention is now made: providers can get an agreement.
      const cls = after.agreement.status === "definitief" ? "soepeler" : "strenger";
      ctx.add("inkoop_status_gewijzigd", cls, key, chapter, { oud: before.agreement.status, nieuw: after.agreement.status, ook_tekst: ookTekst() }, careTypes);
    }
    if (!before.differentiation && !after.differentiation && agreementName(before) !== agreementName(after)) {
      ctx.add("overeenkomstnaam_gewijzigd", "redactioneel", key, chapter, { oud: agreementName(before), nieuw: agreementName(after) }, careTypes);
    }
    const agreementChanged = before.agreement.kind !== after.agreement.kind || termChanged || before.agreement.status !== after.agreement.status;
    if (!agreementChanged && textChanged) {
      ctx.add("contracttekst_gewijzigd", "redactioneel", key, chapter, {}, careTypes);
    }

    const tierChange = compareTiers(ctx, before, after);
    if (tierChange) tierChanges.set(after.id, tierChange);
  }
  return tierChanges;
}

function compareTiers(ctx: DiffContext, before: CareType, after: CareType): Change | undefined {
  const key = `overeenkomsten:${after.id}`;
  const careTypes = [after.id];
  const b = before.differentiation;
  const a = after.differentiation;
  if (!b && a) {
    return ctx.add("differentiatie_ingevoerd", "onbepaald", key, ctx.chapter(undefined, a.chapter), { aantal: a.tiers.length }, careTypes);
  }
  if (b && !a) {
    return ctx.add("differentiatie_vervallen", "onbepaald", key, ctx.chapter(b.chapter, undefined), { aantal: b.tiers.length }, careTypes);
  }
  if (!a || !b) return undefined;
  const chapter = ctx.chapter(b.chapter, a.chapter);
  const oldCriteria = b.tiers.map((t) => t.factors).sort((x, y) => y - x);
  const newCriteria = a.tiers.map((t) => t.factors).sort((x, y) => y - x);
  if (oldCriteria.join(",") === newCriteria.join(",")) {
    for (const tier of a.tiers) {
      const old = b.tiers.find((t) => t.factors === tier.factors);
      if (old && old.name !== tier.name) {
        ctx.add("overeenkomst_hernoemd", "redactioneel", `overeenkomst:${after.id}:${tier.factors}`, chapter, { oud: old.name, nieuw: tier.name, factoren: tier.factors }, careTypes);
      }
    }
    return undefined;
  }
  if (oldCriteria.length !== newCriteria.length) {
    const richting = newCriteria.length < oldCriteria.length ? "teruggebracht" : "uitgebreid";
    return ctx.add("overeenkomsten_aantal_gewijzigd", "onbepaald", key, chapter, { oud: oldCriteria.length, nieuw: newCriteria.length, richting }, careTypes);
  }
  const cls = tierClass(ctx, before, after);
  const show = (tiers: typeof a.tiers) =>
    dutchList(
      [...tiers]
        .sort((x, y) => y.factors - x.factors)
        // A tier for providers without any factor: "zonder differentiatiefactoren", not "bij nul factoren".
        .map((t) => (t.factors === 0 ? `${t.name} zonder differentiatiefactoren` : `${t.name} bij ${countWord(t.factors)} ${t.factors === 1 ? "factor" : "factoren"}`)),
    );
  return ctx.add("overeenkomsten_drempels_gewijzigd", cls, key, chapter, { oud: show(b.tiers), nieuw: show(a.tiers) }, careTypes);
}

/**
 * What new minimums (with the same number of tiers) mean for providers, with the factors that
 * came or went: for every combination of factors a provider can meet, the tier it reaches in
 * each version. Only as high or higher: soepeler; only as high or lower: strenger; both:
 * onbepaald; the same everywhere: redactioneel. A tier depends on how many factors are met, so
 * counting is enough: how many of the factors only the old version has, only the new one, and
 * both.
 */
function tierClass(ctx: DiffContext, before: CareType, after: CareType): ChangeClass {
  const factors = (model: PolicyModel, careType: string, was: boolean) =>
    new Set(
      model.rules
        .filter((r) => r.kind === "differentiatiefactor" && r.status === "definitief" && r.careTypes.includes(careType))
        .map((r) => (was ? (r.was ?? r.id) : r.id)),
    );
  const oldFactors = factors(ctx.older, before.id, false);
  const newFactors = factors(ctx.newer, after.id, true);
  const both = [...newFactors].filter((f) => oldFactors.has(f)).length;
  const onlyOld = oldFactors.size - both;
  const onlyNew = newFactors.size - both;
  // The tier reached with `count` factors, counted from the lowest (0); -1 for none.
  const rank = (tiers: readonly Tier[], count: number) => [...tiers].map((t) => t.factors).sort((x, y) => x - y).filter((min) => min <= count).length - 1;
  const oldTiers = before.differentiation?.tiers ?? [];
  const newTiers = after.differentiation?.tiers ?? [];
  let higher = false;
  let lower = false;
  for (let c = 0; c <= both; c++) {
    for (let o = 0; o <= onlyOld; o++) {
      for (let n = 0; n <= onlyNew; n++) {
        const change = rank(newTiers, c + n) - rank(oldTiers, c + o);
        higher ||= change > 0;
        lower ||= change < 0;
      }
    }
  }
  return higher && lower ? "onbepaald" : higher ? "soepeler" : lower ? "strenger" : "redactioneel";
}
