/**
 * A seeded, realistic synthetic dataset of providers for a policy: one row of facts per
 * provider, the same rows for the same seed. `beleid aanbieders` writes it as CSV or JSON
 * lines; the benchmark and the impact report of a policy change use it as a library.
 *
 * Realistic means: known facts follow their real distribution (profiles.ts: behandelindex
 * around 100 with a tail above 150, practice sizes, …); each provider has a hidden quality
 * that makes registrations and differentiation factors go together; a fact that a rule only
 * checks when another fact holds (`van_toepassing_als`) usually holds with it; exclusions and
 * exceptions are rare; facts that may be unknown sometimes are; and numbers, dates and texts
 * often sit on or beside the policy's thresholds (thresholds.ts), where decisions change.
 */

import type { Fact, PolicyModel, Rule } from "../model.js";
import { factsFor, walkExpression } from "../queries.js";
import { objectBuilder } from "./objectBuilder.js";
import { PROFILES, type ProfileContext } from "./profiles.js";
import { SeededRandom } from "./random.js";
import { factThresholds, type FactThresholds } from "./thresholds.js";

export interface DatasetOptions {
  readonly count: number;
  readonly seed: number;
  /** Only the facts of this care type; all facts of the policy when absent. */
  readonly careType?: string;
}

/** The name of the column that identifies a provider in a generated dataset. */
export const PROVIDER_COLUMN = "aanbieder";

/** What role a fact plays in the policy's rules, which sets how often it holds. */
type Role = "uitzondering" | "uitsluiting" | "voorwaarde_voor" | "afhankelijk" | "factor" | "voorwaarde";

interface FactPlan {
  readonly fact: Fact;
  readonly role: Role;
  /** For `afhankelijk`: the fact that decides whether the rule applies. */
  readonly gate?: string;
  readonly thresholds?: FactThresholds;
  readonly year: number;
}

/** The facts (columns) of a dataset for `careType`, or for the whole policy. */
export function datasetFacts(model: PolicyModel, careType?: string): Fact[] {
  if (careType) return factsFor(model, careType);
  const used = new Set(model.careTypes.flatMap((c) => factsFor(model, c.id).map((f) => f.id)));
  return model.facts.filter((f) => used.has(f.id));
}

function factsIn(model: PolicyModel, rule: Rule, pick: "condition" | "appliesWhen" | "exception"): string[] {
  const expr = pick === "condition" ? (rule.logic.kind === "voorwaarde" ? rule.logic.condition.expr : undefined) : pick === "appliesWhen" ? rule.appliesWhen?.expr : rule.exception?.condition.expr;
  const found: string[] = [];
  if (pick === "condition" && rule.logic.kind === "verklaring") found.push(rule.logic.fact);
  if (expr) walkExpression(model, expr, rule.careTypes[0], (n) => n.kind === "fact" && found.push(n.fact));
  return found;
}

function planFacts(model: PolicyModel, facts: readonly Fact[], careType?: string): FactPlan[] {
  const roles = new Map<string, { role: Role; gate?: string }>();
  const priority: Role[] = ["uitzondering", "uitsluiting", "voorwaarde_voor", "afhankelijk", "factor", "voorwaarde"];
  const assign = (fact: string, role: Role, gate?: string) => {
    const current = roles.get(fact);
    if (!current || priority.indexOf(role) < priority.indexOf(current.role)) roles.set(fact, { role, ...(gate ? { gate } : {}) });
  };
  for (const rule of model.rules) {
    if (careType && !rule.careTypes.includes(careType)) continue;
    const exclusion = rule.kind === "uitsluiting" || rule.kind === "benaderingsuitsluiting";
    const gates = factsIn(model, rule, "appliesWhen");
    for (const f of factsIn(model, rule, "exception")) assign(f, "uitzondering");
    for (const f of gates) assign(f, "voorwaarde_voor");
    for (const f of factsIn(model, rule, "condition")) {
      if (exclusion) assign(f, "uitsluiting");
      else if (gates.length > 0) assign(f, "afhankelijk", gates[0]);
      else assign(f, rule.kind === "differentiatiefactor" ? "factor" : "voorwaarde");
    }
  }
  const thresholds = factThresholds(model, careType);
  return facts.map((fact) => {
    const r = roles.get(fact.id) ?? { role: "voorwaarde" as Role };
    const t = thresholds.get(fact.id);
    return { fact, role: r.role, year: model.meta.year, ...(r.gate ? { gate: r.gate } : {}), ...(t ? { thresholds: t } : {}) };
  });
}

type Generate = (ctx: ProfileContext) => unknown;

const isOther = (value: string) => /^een ander/.test(value);

/** The generic distribution of a fact, prepared once per dataset. */
function genericGenerator(plan: FactPlan): Generate {
  const { fact } = plan;
  const known = knownValueGenerator(plan);
  if (fact.unknownReason === undefined) return known;
  const unknownShare = fact.type === "datum" ? 0.8 : 0.05;
  return (ctx) => (ctx.random.chance(unknownShare) ? null : known(ctx));
}

function knownValueGenerator(plan: FactPlan): Generate {
  const { fact, thresholds } = plan;
  switch (fact.type) {
    case "ja/nee":
      switch (plan.role) {
        case "uitzondering":
          return ({ random }) => random.chance(0.01);
        case "uitsluiting":
          return ({ random }) => random.chance(0.03);
        case "voorwaarde_voor":
          return ({ random }) => random.chance(0.3);
        case "afhankelijk": {
          const gate = plan.gate as string;
          return ({ random, quality, value }) => (value(gate) === true ? random.chance(0.85 + 0.12 * quality) : random.chance(0.5));
        }
        case "factor":
          return ({ random, quality }) => random.chance(0.15 + 0.7 * quality);
        case "voorwaarde":
          return ({ random, quality }) => random.chance(0.86 + 0.13 * quality);
      }
      break;
    case "getal":
    case "bedrag":
    case "percentage": {
      const numbers = thresholds?.numbers ?? [];
      if (numbers.length === 0) return ({ random }) => random.int(0, 100);
      // Around the middle threshold, and often exactly on one.
      const centre = numbers[Math.floor(numbers.length / 2)] as number;
      const spread = Math.max(2, Math.abs(centre) * 0.3);
      const round = numbers.every(Number.isInteger) ? Math.round : (v: number) => Math.round(v * 100) / 100;
      return ({ random }) => (random.chance(0.2) ? random.pick(numbers) : Math.max(0, round(random.normal(centre, spread))));
    }
    case "datum": {
      // Within four months of a threshold date, or of the middle of the year before.
      const bases = (thresholds?.dates.length ? thresholds.dates : [`${plan.year - 1}-07-01`]).map((d) => Date.parse(`${d}T00:00:00Z`));
      return ({ random }) => new Date((random.pick(bases) as number) + random.int(-120, 120) * 86_400_000).toISOString().slice(0, 10);
    }
    case "tekst": {
      const texts = thresholds?.texts ?? [];
      return ({ random }) => (texts.length > 0 && random.chance(0.85) ? random.pick(texts) : String(random.int(1, 99)).padStart(2, "0"));
    }
    case "keuze": {
      // Earlier values are more common; "een andere …" is rare.
      const options = fact.values ?? [];
      const weights = options.map((v, i) => (isOther(v) ? 0.05 : 1 / (i + 1)));
      const total = weights.reduce((a, b) => a + b, 0);
      return ({ random }) => {
        let r = random.next() * total;
        for (let i = 0; i < options.length; i++) if ((r -= weights[i] as number) < 0) return options[i];
        return options[options.length - 1];
      };
    }
    case "verzameling": {
      // The first value is what most providers have; "een ander …" is rare.
      const options = (fact.values ?? []).map((v, i) => ({ v, kind: isOther(v) ? "other" : i === 0 ? "first" : "rest" }));
      return ({ random, quality }) => {
        const chosen: string[] = [];
        for (const o of options) {
          const p = o.kind === "other" ? 0.04 : o.kind === "first" ? 0.9 + 0.08 * quality : 0.15 + 0.3 * quality;
          if (random.chance(p)) chosen.push(o.v);
        }
        return chosen;
      };
    }
  }
  return () => null;
}

interface Relation {
  readonly part: Fact;
  readonly whole: Fact;
  readonly partAt: number;
  readonly wholeAt: number;
}

/**
 * Keeps every part within its whole (`niet_groter_dan`), as the evaluator demands. A part that
 * came out larger gets a value of its own range up to the whole, spread as a share of it (not
 * the whole itself, which would put every such provider at 100%); when no value of its range
 * fits under the whole, the whole is raised to the part, if its own range allows. A whole can
 * be a part itself (a chain), so this goes round until nothing changes (the checker refuses a
 * circle, so it ends).
 */
function keepWithinWholes(relations: readonly Relation[], cells: unknown[], random: SeededRandom): void {
  for (let round = 0; round <= relations.length; round++) {
    let changed = false;
    for (const { part, whole, partAt, wholeAt } of relations) {
      const [value, limit] = [cells[partAt], cells[wholeAt]];
      if (typeof value !== "number" || typeof limit !== "number" || value <= limit) continue;
      const lowest = part.minimum ?? Math.min(0, limit);
      if (lowest <= limit) {
        const share = lowest + random.next() * (limit - lowest);
        cells[partAt] = part.integer ? Math.max(Math.ceil(lowest), Math.floor(share)) : Math.max(lowest, Math.floor(share * 10) / 10);
      } else if (whole.maximum === undefined || value <= whole.maximum) {
        cells[wholeAt] = value;
      } else continue;
      changed = true;
    }
    if (!changed) return;
  }
}

/**
 * A fact's values kept within its range (`minimum`, `maximum`, `geheel`): an evaluator refuses
 * a value outside it, so a realistic set never has one. Facts without a range as generated.
 */
function withinRange(fact: Fact | undefined, generate: Generate): Generate {
  if (fact === undefined || (fact.minimum === undefined && fact.maximum === undefined && !fact.integer)) return generate;
  const { minimum, maximum, integer } = fact;
  return (ctx) => {
    const value = generate(ctx);
    if (typeof value !== "number") return value;
    let result = integer ? Math.round(value) : value;
    if (minimum !== undefined && result < minimum) result = minimum;
    if (maximum !== undefined && result > maximum) result = maximum;
    return result;
  };
}

/**
 * Generates `count` providers: typed facts (`null` for unknown) plus the provider's id in
 * `aanbieder`. Lazy, so a million rows need no more memory than one.
 */
export function* generateProviders(model: PolicyModel, options: DatasetOptions): Generator<Record<string, unknown>> {
  const facts = datasetFacts(model, options.careType);
  const plans = planFacts(model, facts, options.careType);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const profiles = PROFILES.filter((p) => byId.get(p.fact)?.type === p.type);
  const profiled = new Set(profiles.map((p) => p.fact));
  // Profiled facts first (they may read each other), then the rest in declaration order.
  const generators: [string, Generate][] = [
    ...profiles.map((p): [string, Generate] => [p.fact, (ctx) => p.generate(ctx)]),
    ...plans.filter((p) => !profiled.has(p.fact.id)).map((p): [string, Generate] => [p.fact.id, genericGenerator(p)]),
  ].map(([id, generate]) => [id, withinRange(byId.get(id), generate)]);
  const random = new SeededRandom(options.seed);
  const width = Math.max(7, String(options.count).length);
  // Values go into an array by column; the row object is built from it in one go.
  const keys = [PROVIDER_COLUMN, ...facts.map((f) => f.id)];
  const column = new Map(keys.map((k, i) => [k, i]));
  const build = objectBuilder(keys);
  const steps = generators.map(([id, generate]) => [column.get(id) as number, generate] as const);
  // A part not greater than its whole (`niet_groter_dan`): see `keepWithinWholes`.
  const relations = facts.flatMap((f) => {
    const whole = f.notGreaterThan !== undefined ? byId.get(f.notGreaterThan) : undefined;
    const [partAt, wholeAt] = [column.get(f.id), whole !== undefined ? column.get(whole.id) : undefined];
    return whole !== undefined && partAt !== undefined && wholeAt !== undefined ? [{ part: f, whole, partAt, wholeAt }] : [];
  });
  for (let n = 1; n <= options.count; n++) {
    const cells: unknown[] = new Array(keys.length).fill(undefined);
    cells[0] = `A${String(n).padStart(width, "0")}`;
    const ctx: ProfileContext = { random, quality: Math.pow(random.next(), 0.7), year: model.meta.year, value: (id) => cells[column.get(id) ?? -1] };
    for (const [index, generate] of steps) cells[index] = generate(ctx);
    if (relations.length > 0) keepWithinWholes(relations, cells, random);
    const row = build(cells);
    yield row;
  }
}
