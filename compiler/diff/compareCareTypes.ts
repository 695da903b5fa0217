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
import { roleOf, type DiffContext } from "./context.js";
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
  const cls = tierClass(ctx, before, after);
  if (oldCriteria.length !== newCriteria.length) {
    const richting = newCriteria.length < oldCriteria.length ? "teruggebracht" : "uitgebreid";
    return ctx.add("overeenkomsten_aantal_gewijzigd", cls, key, chapter, { oud: oldCriteria.length, nieuw: newCriteria.length, richting, ...tierThatWent(ctx, before, after) }, careTypes);
  }
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
 * What a factor is to a care type in one version: a differentiation factor, a requirement (a
 * provider that does not meet it is not eligible at all), a requirement only where it applies
 * (`van_toepassing_als`: not meeting it may or may not cost eligibility), or nothing.
 */
type FactorRole = "factor" | "eis" | "eis_soms" | "geen";

function roleIn(model: PolicyModel, careType: string, key: string, keyOf: (r: PolicyModel["rules"][number]) => string): FactorRole {
  const rule = model.rules.find((r) => keyOf(r) === key && r.status === "definitief" && r.careTypes.includes(careType));
  if (!rule) return "geen";
  if (rule.kind === "differentiatiefactor") return "factor";
  if (roleOf(rule.kind) === "eis") return rule.appliesWhen ? "eis_soms" : "eis";
  return "geen";
}

/** A tier on one scale for both versions, higher is better; `undefined`: not eligible. */
type Standing = number | undefined;

/**
 * The factors of a care type in both versions, by their key in the older version (`was`), with
 * what each is in either version, and how a number of met factors maps to a standing. Tiers are
 * placed as the impact table of `--aanbieders` places them (impact.ts): a tier keeps its name
 * across versions and the newer version's order ranks both; a tier only the older version has
 * is placed by its factors among the newer ones. So the class and the counts agree.
 */
function tierScale(ctx: DiffContext, before: CareType, after: CareType) {
  const oldFactors = ctx.older.rules.filter((r) => r.kind === "differentiatiefactor" && r.status === "definitief" && r.careTypes.includes(before.id)).map((r) => r.id);
  const newFactors = ctx.newer.rules.filter((r) => r.kind === "differentiatiefactor" && r.status === "definitief" && r.careTypes.includes(after.id)).map((r) => r.was ?? r.id);
  const keys = [...new Set([...oldFactors, ...newFactors])];
  const roles = keys.map((k) => ({
    old: roleIn(ctx.older, before.id, k, (r) => r.id),
    new: roleIn(ctx.newer, after.id, k, (r) => r.was ?? r.id),
  }));
  const oldTiers = before.differentiation?.tiers ?? [];
  const newTiers = after.differentiation?.tiers ?? [];
  const order = [...newTiers].sort((x, y) => y.factors - x.factors);
  const standing = (tier: Tier | undefined, version: "old" | "new"): Standing => {
    if (!tier) return undefined;
    const index = order.findIndex((t) => t.name === tier.name);
    if (index >= 0 || version === "new") return -index;
    const below = order.findIndex((t) => t.factors < tier.factors);
    return -((below < 0 ? order.length : below) - 0.5);
  };
  return { roles, oldTiers, newTiers, standing };
}

/** The tier reached with `count` factors: the one with the highest minimum not above it. */
const tierFor = (tiers: readonly Tier[], count: number): Tier | undefined => [...tiers].sort((x, y) => y.factors - x.factors).find((t) => t.factors <= count);

/**
 * What new tiers (other minimums, or another number of tiers) mean for providers, with the
 * factors that came or went: for every combination of factors a provider can meet, its tier in
 * each version. Only as high or higher: soepeler; only as high or lower: strenger; both:
 * onbepaald; the same everywhere: redactioneel. Losing eligibility is lower, gaining it higher.
 * A factor that was a requirement (or became one) constrains that version: a provider that does
 * not meet it was (or is) not eligible at all, whatever its other factors. A tier depends on
 * how many factors are met, so counting is enough: per kind of factor (what it is in either
 * version), how many of them a provider meets.
 */
function tierClass(ctx: DiffContext, before: CareType, after: CareType): ChangeClass {
  const { roles, oldTiers, newTiers, standing } = tierScale(ctx, before, after);
  const groups = new Map<string, { old: FactorRole; new: FactorRole; size: number }>();
  for (const r of roles) {
    const id = `${r.old}/${r.new}`;
    const group = groups.get(id) ?? { ...r, size: 0 };
    group.size++;
    groups.set(id, group);
  }
  const list = [...groups.values()];
  // The standings a provider can have in one version, given how many of each group it meets.
  const outcomes = (met: readonly number[], version: "old" | "new", tiers: readonly Tier[]): Standing[] => {
    let count = 0;
    let excluded = false;
    let perhaps = false;
    list.forEach((g, i) => {
      const role = g[version];
      const n = met[i] as number;
      if (role === "factor") count += n;
      if (role === "eis" && n < g.size) excluded = true;
      if (role === "eis_soms" && n < g.size) perhaps = true;
    });
    const tier = standing(tierFor(tiers, count), version);
    return excluded ? [undefined] : perhaps ? [undefined, tier] : [tier];
  };
  const score = (s: Standing) => (s === undefined ? -Infinity : s);
  let higher = false;
  let lower = false;
  const visit = (met: number[]) => {
    if (met.length < list.length) {
      for (let n = 0; n <= (list[met.length] as { size: number }).size; n++) visit([...met, n]);
      return;
    }
    for (const o of outcomes(met, "old", oldTiers)) {
      for (const n of outcomes(met, "new", newTiers)) {
        higher ||= score(n) > score(o);
        lower ||= score(n) < score(o);
      }
    }
  };
  visit([]);
  return higher && lower ? "onbepaald" : higher ? "soepeler" : lower ? "strenger" : "redactioneel";
}

/** "zonder differentiatiefactoren", "bij één differentiatiefactor", "bij twee differentiatiefactoren". */
const tierCriterion = (factors: number) => (factors === 0 ? "zonder differentiatiefactoren" : `bij ${countWord(factors)} ${factors === 1 ? "differentiatiefactor" : "differentiatiefactoren"}`);

/** The providers with `from` up to `to` factors (`to` undefined: or more), as a sentence names them. */
function providersWith(from: number, to: number | undefined): string {
  const factors = (n: number) => `${countWord(n)} ${n === 1 ? "differentiatiefactor" : "differentiatiefactoren"}`;
  if (to === from) return from === 0 ? "zonder differentiatiefactoren" : `met ${factors(from)}`;
  if (to === undefined) return from === 0 ? "met of zonder differentiatiefactoren" : `met ${countWord(from)} of meer differentiatiefactoren`;
  return from === 0 ? `met hoogstens ${factors(to)}` : `met ${countWord(from)} tot en met ${factors(to)}`;
}

/**
 * The one tier that went (or came) when the number of tiers changed on its own: the factors are
 * the same, and the other tiers keep their name and minimum. Named with the providers who had
 * (or now have) it and what they get in the version without it (`anders`; absent: no
 * agreement), as the insurers write it: "Zorgovereenkomst C (zonder differentiatiefactoren) is
 * vervallen: zorgaanbieders zonder differentiatiefactoren komen niet meer in aanmerking." The
 * same arguments in the reverse diff, with `vervallen` and `toegevoegd` swapped.
 */
function tierThatWent(ctx: DiffContext, before: CareType, after: CareType): Record<string, string> {
  const { roles, oldTiers, newTiers } = tierScale(ctx, before, after);
  if (roles.some((r) => r.old !== r.new)) return {};
  const factorCount = roles.filter((r) => r.old === "factor").length;
  const only = (mine: readonly Tier[], other: readonly Tier[]) => mine.filter((t) => !other.some((o) => o.name === t.name));
  const kept = (mine: readonly Tier[], other: readonly Tier[]) => mine.every((t) => other.every((o) => o.name !== t.name || o.factors === t.factors));
  const [went, came] = [only(oldTiers, newTiers), only(newTiers, oldTiers)];
  if (went.length + came.length !== 1 || !kept(oldTiers, newTiers)) return {};
  const [tier, own, other] = went.length === 1 ? [went[0] as Tier, oldTiers, newTiers] : [came[0] as Tier, newTiers, oldTiers];
  // The providers that reach this tier: from its minimum up to the next one above it.
  const next = own.filter((t) => t.factors > tier.factors).map((t) => t.factors).sort((x, y) => x - y)[0];
  const last = next === undefined ? Math.max(factorCount, tier.factors) : next - 1;
  const elsewhere = new Set<string | undefined>();
  for (let n = tier.factors; n <= last; n++) elsewhere.add(tierFor(other, n)?.name);
  if (elsewhere.size !== 1) return {};
  const anders = [...elsewhere][0];
  return {
    [went.length === 1 ? "vervallen" : "toegevoegd"]: `${tier.name} (${tierCriterion(tier.factors)})`,
    groep: providersWith(tier.factors, next === undefined ? undefined : last),
    ...(anders !== undefined ? { anders } : {}),
  };
}
