/**
 * The finite space the static analysis enumerates: per fact a few representative values, one
 * in every stretch where the expressions cannot change (from atoms.ts), plus `zorgsoort` and
 * `voorwaarden_voldaan` where they occur. Every possible input behaves exactly like one point
 * of the space, so what holds in every point holds for every provider: that is what makes a
 * warning such as "this condition is never true" a proof rather than a guess.
 *
 * For a number compared with 100 and 150 the representatives are 99, 100, 125, 150 and 151;
 * for a date, the day before, the day itself and the day after each date it is compared with;
 * for a text, each text it is compared with and one other; unknown (`null`) when the fact may
 * be unknown. The space is only built when it is small enough to walk through completely
 * (`MAX_POINTS`); otherwise, and when atoms.ts cannot follow a fact, there is no space and the
 * analysis says nothing.
 *
 * Numbers that are tied to each other — compared directly (`x <= y`), or a part and its whole
 * (`niet_groter_dan`) — form a group with common values (`groupRepresentatives`), and a point
 * where a known part is greater than its known whole is no input (the evaluator refuses it), so
 * `forEachPoint` skips it, as values outside a fact's range are no representatives — but only
 * for a care type that needs both facts, as only then does the evaluator compare them. A whole
 * (or part) the expressions do not read is still added to the space when its part (or whole)
 * is read and a care type compares them, so the relation is not lost.
 *
 * Points are evaluated with the reference interpreter (compiler/interpret), the meaning the
 * generated evaluators are tested against.
 */

import { isIsoDate, plusDagen } from "../../runtime/dates.js";
import type { PolicyModel, TExpr } from "../model.js";
import type { Scope } from "../interpret/expression.js";
import { factsFor } from "../queries.js";
import { scanExpressions, tablesOf, type FactUse } from "./atoms.js";

/** The most points a space may have; beyond this the analysis gives up (says nothing). */
export const MAX_POINTS = 4096;

export const ZORGSOORT = "$zorgsoort";
export const VOORWAARDEN_VOLDAAN = "$voorwaarden_voldaan";
export const IN_AANMERKING = "$in_aanmerking";

export interface Variable {
  /** A fact id, or `ZORGSOORT` / `VOORWAARDEN_VOLDAAN` / `IN_AANMERKING`. */
  readonly id: string;
  readonly values: readonly unknown[];
}

export interface Space {
  readonly model: PolicyModel;
  readonly variables: readonly Variable[];
  /** Points of the product of the variables' values, including those `relations` rule out. */
  readonly size: number;
  /** Parts and their wholes (`niet_groter_dan`), both variables: a point with part > whole is skipped. */
  readonly relations: readonly Relation[];
}

export interface Relation {
  readonly part: string;
  readonly whole: string;
  /** The care types whose evaluator compares the two (it needs both facts). */
  readonly careTypes: ReadonlySet<string>;
}

export interface SpaceInput {
  readonly expressions: readonly TExpr[];
  /** Facts that are read without an expression (the fact of a declaration). */
  readonly facts?: readonly string[];
  /** The care types the expressions are evaluated for; `zorgsoort` ranges over these. */
  readonly careTypes: readonly string[];
}

/** The space of `input`, or `undefined` when it cannot be built soundly or is too large. */
export function buildSpace(model: PolicyModel, input: SpaceInput, maxPoints = MAX_POINTS): Space | undefined {
  let uses = scanExpressions(model, input.expressions, input.careTypes, input.facts);
  if (!uses) return undefined;
  const related = relatedFacts(model, [...uses.facts.keys()], input.careTypes);
  if (related.some((id) => !uses?.facts.has(id))) uses = scanExpressions(model, input.expressions, input.careTypes, [...(input.facts ?? []), ...related]);
  if (!uses) return undefined;
  const grouped = groupRepresentatives(model, uses.facts);
  if (!grouped) return undefined;
  const variables: Variable[] = [];
  let size = 1;
  const add = (id: string, values: readonly unknown[] | undefined): boolean => {
    if (!values || values.length === 0) return false;
    size *= values.length;
    variables.push({ id, values });
    return size <= maxPoints;
  };
  for (const use of uses.facts.values()) {
    const known = grouped.get(use.fact.id);
    const values = known === undefined ? representatives(use, maxPoints) : withUnknown(use.fact, known);
    if (!add(use.fact.id, values)) return undefined;
  }
  if (uses.zorgsoort && input.careTypes.length > 1 && !add(ZORGSOORT, input.careTypes)) return undefined;
  if (uses.voorwaardenVoldaan && !add(VOORWAARDEN_VOLDAAN, [true, false])) return undefined;
  if (uses.inAanmerking && !add(IN_AANMERKING, [true, false])) return undefined;
  const relations: Relation[] = [];
  for (const { part, whole } of relationsOf(model)) {
    if (!uses.facts.has(part) || !uses.facts.has(whole)) continue;
    const careTypes = input.careTypes.filter((c) => comparedFor(model, c, part, whole));
    if (careTypes.length > 0) relations.push({ part, whole, careTypes: new Set(careTypes) });
  }
  return { model, variables, size, relations };
}

const relationsCache = new WeakMap<PolicyModel, readonly { readonly part: string; readonly whole: string }[]>();

/**
 * The policy's parts and wholes (`niet_groter_dan`), found once per model: a space is built
 * for every rule, and looking through all facts each time made the analysis of a policy with
 * a thousand facts and rules take a second.
 */
function relationsOf(model: PolicyModel): readonly { readonly part: string; readonly whole: string }[] {
  let relations = relationsCache.get(model);
  if (!relations) {
    const ids = new Set(model.facts.map((f) => f.id));
    relations = model.facts.flatMap((f) => (f.notGreaterThan !== undefined && ids.has(f.notGreaterThan) ? [{ part: f.id, whole: f.notGreaterThan }] : []));
    relationsCache.set(model, relations);
  }
  return relations;
}

const careFactsCache = new WeakMap<PolicyModel, Map<string, ReadonlySet<string>>>();

/**
 * Whether the evaluator compares a part with its whole for `careType`: only when the care type
 * needs both facts (runtime/facts.ts checks the facts of the care type).
 */
function comparedFor(model: PolicyModel, careType: string, part: string, whole: string): boolean {
  let byCareType = careFactsCache.get(model);
  if (!byCareType) careFactsCache.set(model, (byCareType = new Map()));
  let facts = byCareType.get(careType);
  if (!facts) byCareType.set(careType, (facts = new Set(factsFor(model, careType).map((f) => f.id))));
  return facts.has(part) && facts.has(whole);
}

/**
 * The facts tied by `niet_groter_dan` to any of `ids`, directly or through others, where one
 * of `careTypes` compares them.
 */
function relatedFacts(model: PolicyModel, ids: readonly string[], careTypes: readonly string[]): string[] {
  const relations = relationsOf(model);
  if (relations.length === 0) return [];
  const found = new Set(ids);
  const queue = [...ids];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const { part, whole } of relations) {
      const other = part === id ? whole : whole === id ? part : undefined;
      if (other === undefined || found.has(other)) continue;
      if (careTypes.some((c) => comparedFor(model, c, part, whole))) {
        found.add(other);
        queue.push(other);
      }
    }
  }
  return [...found].filter((id) => !ids.includes(id));
}

/**
 * The spaces to walk for `input`: one for all its care types, or, when that one is too large
 * (a table row per care type adds up), one per care type. `undefined` when either fails.
 */
export function spacesFor(model: PolicyModel, input: SpaceInput): { space: Space; careTypes: readonly string[] }[] | undefined {
  const whole = buildSpace(model, input);
  if (whole) return [{ space: whole, careTypes: input.careTypes }];
  if (input.careTypes.length <= 1) return undefined;
  const result: { space: Space; careTypes: readonly string[] }[] = [];
  for (const careType of input.careTypes) {
    const space = buildSpace(model, { ...input, careTypes: [careType] });
    if (!space) return undefined;
    result.push({ space, careTypes: [careType] });
  }
  return result;
}

/** Ids of the variables of a space. */
export function variableIds(space: Space): string[] {
  return space.variables.map((v) => v.id);
}

/**
 * Calls `visit` with every point of the space, as an interpreter scope; stops early when
 * `visit` returns `false`.
 */
export function forEachPoint(space: Space, careTypes: readonly string[], visit: (scope: Scope) => boolean | void): void {
  const { model, variables } = space;
  const tables = tablesOf(model);
  const index = new Array<number>(variables.length).fill(0);
  const facts: Record<string, unknown> = {};
  const careTypeVariable = variables.some((v) => v.id === ZORGSOORT);
  for (;;) {
    let careType = careTypes[0] as string;
    let voorwaardenVoldaan: boolean | undefined;
    let inAanmerking: boolean | undefined;
    for (let i = 0; i < variables.length; i++) {
      const variable = variables[i] as Variable;
      const value = variable.values[index[i] as number];
      if (variable.id === ZORGSOORT) careType = value as string;
      else if (variable.id === VOORWAARDEN_VOLDAAN) voorwaardenVoldaan = value as boolean;
      else if (variable.id === IN_AANMERKING) inAanmerking = value as boolean;
      else facts[variable.id] = value;
    }
    const scope: Scope = {
      model,
      tables,
      careType,
      facts,
      ...(voorwaardenVoldaan === undefined ? {} : { voorwaardenVoldaan }),
      ...(inAanmerking === undefined ? {} : { inAanmerking }),
    };
    // Without a zorgsoort variable a point stands for every care type: the relation must hold for all.
    const refused = space.relations.some((r) => {
      const [part, whole] = [facts[r.part], facts[r.whole]];
      const compared = careTypeVariable ? r.careTypes.has(careType) : careTypes.every((c) => r.careTypes.has(c));
      return compared && typeof part === "number" && typeof whole === "number" && part > whole;
    });
    if (!refused && visit(scope) === false) return;
    let i = 0;
    for (; i < variables.length; i++) {
      index[i] = (index[i] as number) + 1;
      if ((index[i] as number) < (variables[i] as Variable).values.length) break;
      index[i] = 0;
    }
    if (i === variables.length) return;
  }
}

/** One value per stretch in which nothing the expressions test can change. */
function representatives(use: FactUse, maxPoints: number): unknown[] | undefined {
  const fact = use.fact;
  let known: unknown[] | undefined;
  switch (fact.type) {
    case "ja/nee":
      known = [true, false];
      break;
    case "keuze":
      known = [...(fact.values ?? [])];
      break;
    case "getal":
    case "percentage":
    case "bedrag":
      known = use.opaque ? undefined : rangedRepresentatives([...use.numbers], fact);
      break;
    case "datum":
      known = use.opaque ? undefined : dateRepresentatives([...use.dates]);
      break;
    case "tekst":
      known = use.opaque ? undefined : textRepresentatives([...use.texts]);
      break;
    case "verzameling":
      known = setRepresentatives(use, maxPoints);
      break;
  }
  if (!known) return undefined;
  return withUnknown(fact, known);
}

function withUnknown(fact: { readonly unknownReason?: string }, known: readonly unknown[]): unknown[] {
  return fact.unknownReason !== undefined ? [...known, null] : [...known];
}

type RangedFact = { readonly minimum?: number; readonly maximum?: number; readonly integer?: boolean };

/**
 * Common values for numbers tied to each other: compared directly (`x <= y`) or a part and
 * its whole. Within a group every fact gets the thresholds and bounds of all, so the stretches
 * line up: two values in different stretches compare the same way everywhere in them. In a
 * stretch the group's facts take the same values: one (a whole number when there is one, so a
 * whole and a decimal fact can be equal), or, where facts are compared directly, as many as
 * the group has facts, enough for every order between them (`stretchValues`). Every input
 * then behaves like a point: map each value to a value of its stretch keeping the order (and
 * equality) between the facts of the group. Where that cannot be done soundly (a stretch too
 * narrow for the values), `undefined`: no space.
 * Facts in no group are not in the result.
 */
function groupRepresentatives(model: PolicyModel, uses: ReadonlyMap<string, FactUse>): Map<string, number[]> | undefined {
  const numeric = (id: string) => {
    const use = uses.get(id);
    return use !== undefined && !use.opaque && (use.fact.type === "getal" || use.fact.type === "percentage" || use.fact.type === "bedrag");
  };
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    return root;
  };
  const join = (a: string, b: string) => {
    if (!numeric(a) || !numeric(b)) return;
    for (const id of [a, b]) if (!parent.has(id)) parent.set(id, id);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const use of uses.values()) for (const other of use.compared) join(use.fact.id, other);
  for (const f of model.facts) if (f.notGreaterThan !== undefined && uses.has(f.id) && uses.has(f.notGreaterThan)) join(f.id, f.notGreaterThan);
  const groups = new Map<string, FactUse[]>();
  for (const id of parent.keys()) groups.set(find(id), [...(groups.get(find(id)) ?? []), uses.get(id) as FactUse]);
  const result = new Map<string, number[]>();
  for (const members of groups.values()) {
    const ordered = members.some((m) => m.compared.size > 0);
    const thresholds = new Set<number>();
    for (const m of members) {
      for (const n of m.numbers) thresholds.add(n);
      if (m.fact.minimum !== undefined) thresholds.add(m.fact.minimum);
      if (m.fact.maximum !== undefined) thresholds.add(m.fact.maximum);
    }
    const stretches = stretchValues([...thresholds], ordered ? members.length : 1, members.some((m) => !m.fact.integer), members.some((m) => m.fact.integer));
    if (!stretches) return undefined;
    for (const m of members) {
      const values = stretches.flatMap((s) => (m.fact.integer ? s.whole : s.any)).filter((v) => inRange(v, m.fact));
      if (values.length === 0) return undefined;
      result.set(m.fact.id, values);
    }
  }
  return result;
}

function inRange(v: number, fact: RangedFact): boolean {
  return (fact.minimum === undefined || v >= fact.minimum) && (fact.maximum === undefined || v <= fact.maximum);
}

/**
 * For each stretch of the thresholds (each threshold, between each two, below and above
 * them), in order: the values of a whole fact (`whole`) and of a fact that need not be whole
 * (`any`; only when the group has one, `decimals`), enough for `count` facts in any order.
 * With one fact (`count` 1, no direct comparison) a stretch has one value, a whole number when
 * it holds one, so a whole and a decimal fact can be equal. Otherwise a stretch has up to
 * `count` whole numbers (all of them when it holds fewer) and, for decimals, `count` values;
 * when the group also has whole facts, `count` values in each gap around those whole numbers
 * as well, so decimals can lie anywhere between or on them.
 */
function stretchValues(thresholds: readonly number[], count: number, decimals: boolean, wholes: boolean): { whole: number[]; any: number[] }[] | undefined {
  const points = [...new Set(thresholds)].sort((a, b) => a - b);
  if (points.some((p) => !Number.isFinite(p))) return undefined;
  const result: { whole: number[]; any: number[] }[] = [];
  const open = (low: number, high: number): boolean => {
    const whole: number[] = [];
    const start = low === -Infinity ? (high === Infinity ? 0 : Math.ceil(high) - 1) : Math.floor(low) + 1;
    const step = low === -Infinity && high !== Infinity ? -1 : 1;
    for (let w = start; whole.length < count && w > low && w < high; w += step) {
      if (!Number.isSafeInteger(w)) return false;
      whole.push(w);
    }
    whole.sort((a, b) => a - b);
    let any: number[] = [];
    if (decimals && count === 1) any = whole.length > 0 ? whole : (spread(low, high, 1) ?? []);
    else if (decimals && !wholes) {
      const values = spread(low, high, count);
      if (!values) return false;
      any = values;
    } else if (decimals) {
      const bounds = [low, ...whole, high];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const values = spread(bounds[i] as number, bounds[i + 1] as number, count);
        if (!values) return false;
        any.push(...values, ...(i + 2 < bounds.length ? [bounds[i + 1] as number] : []));
      }
    }
    result.push({ whole, any });
    return true;
  };
  let low = -Infinity;
  for (const p of points) {
    if (!open(low, p)) return undefined;
    result.push({ whole: Number.isInteger(p) ? [p] : [], any: [p] });
    low = p;
  }
  return open(low, Infinity) ? result : undefined;
}

/**
 * `count` increasing values strictly between `low` and `high` (either may be infinite); none
 * when no number lies between (neighbouring doubles), `undefined` when some but too few do.
 */
function spread(low: number, high: number, count: number): number[] | undefined {
  const values: number[] = [];
  for (let j = 1; j <= count; j++) {
    values.push(
      low === -Infinity && high === Infinity ? j - 1
      : low === -Infinity ? high - (count + 1 - j) * Math.max(1, Math.abs(high))
      : high === Infinity ? low + j * Math.max(1, Math.abs(low))
      : low + ((high - low) * j) / (count + 1),
    );
  }
  if (values.every((v, i) => Number.isFinite(v) && v > low && v < high && (i === 0 || v > (values[i - 1] as number)))) return values;
  const middle = low + (high - low) / 2;
  return low !== -Infinity && high !== Infinity && !(middle > low && middle < high) ? [] : undefined;
}

/** Below the lowest threshold, each threshold, between each two, above the highest. */
export function numberRepresentatives(thresholds: readonly number[]): number[] | undefined {
  const points = [...new Set(thresholds)].sort((a, b) => a - b);
  if (points.some((p) => !Number.isFinite(p))) return undefined;
  if (points.length === 0) return [0];
  const first = points[0] as number;
  const last = points[points.length - 1] as number;
  const below = first - Math.max(1, Math.abs(first));
  const above = last + Math.max(1, Math.abs(last));
  if (!(below < first) || !(above > last) || !Number.isFinite(below) || !Number.isFinite(above)) return undefined;
  const result = [below];
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as number;
    result.push(p);
    const next = points[i + 1];
    if (next === undefined) continue;
    const middle = p + (next - p) / 2;
    // No number lies strictly between two neighbouring doubles: that stretch is empty.
    if (middle > p && middle < next) result.push(middle);
  }
  result.push(above);
  return result;
}

/**
 * The representatives of a number with a range (`minimum`, `maximum`, `geheel`): the bounds
 * are thresholds too, so every stretch lies wholly inside or outside the range; stretches
 * outside it are dropped. For a whole number a threshold that is not whole is dropped, and a
 * stretch is represented by a whole number inside it, or dropped when it holds none. What the
 * evaluator refuses is no input, so it is no point of the space either.
 */
function rangedRepresentatives(thresholds: readonly number[], fact: RangedFact): number[] | undefined {
  const { minimum, maximum, integer } = fact;
  if (minimum === undefined && maximum === undefined && !integer) return numberRepresentatives(thresholds);
  const points = new Set([...thresholds, ...(minimum !== undefined ? [minimum] : []), ...(maximum !== undefined ? [maximum] : [])]);
  const base = numberRepresentatives([...points]);
  if (!base) return undefined;
  const inRange = (v: number) => (minimum === undefined || v >= minimum) && (maximum === undefined || v <= maximum);
  const result: number[] = [];
  for (let i = 0; i < base.length; i++) {
    const r = base[i] as number;
    if (!inRange(r)) continue;
    if (!integer) result.push(r);
    else if (points.has(r)) {
      if (Number.isInteger(r)) result.push(r);
    } else {
      // A stretch between its neighbouring thresholds (unbounded at the ends): a whole number in it.
      const low = i > 0 ? (base[i - 1] as number) : -Infinity;
      const high = i < base.length - 1 ? (base[i + 1] as number) : Infinity;
      const whole = low === -Infinity ? Math.ceil(high) - 1 : Math.floor(low) + 1;
      if (whole > low && whole < high && Number.isSafeInteger(whole) && inRange(whole)) result.push(whole);
    }
  }
  return result.length > 0 ? result : undefined;
}

/** Dates are days: the day before, the day itself and the day after each threshold. */
export function dateRepresentatives(thresholds: readonly string[]): string[] | undefined {
  if (thresholds.some((d) => !isIsoDate(d))) return undefined;
  if (thresholds.length === 0) return ["2000-01-01"];
  const result = new Set<string>();
  for (const d of thresholds) {
    for (const shift of [-1, 0, 1]) {
      const day = plusDagen(d, shift);
      // Outside 0000–9999 there are no dates an evaluator accepts.
      if (day !== null && isIsoDate(day)) result.add(day);
    }
  }
  return [...result].sort();
}

/** Each text compared with, and one text that is none of them. */
export function textRepresentatives(texts: readonly string[]): string[] {
  let other = "een andere tekst";
  while (texts.includes(other)) other += "!";
  return [...new Set(texts), other];
}

/**
 * A verzameling tested only for some values (`bevat`) and its size (`aantal`) behaves like
 * the set of tested values it holds plus how many others: those combinations are enough. A
 * verzameling used any other way is enumerated completely when it has few values.
 */
function setRepresentatives(use: FactUse, maxPoints: number): string[][] | undefined {
  const values = use.fact.values ?? [];
  if (use.opaque) return values.length <= 6 ? subsets(values) : undefined;
  const tested = values.filter((v) => use.members.has(v));
  if (2 ** tested.length > maxPoints) return undefined;
  const others = values.filter((v) => !use.members.has(v));
  const result: string[][] = [];
  for (const subset of subsets(tested)) {
    const low = subset.length;
    const high = subset.length + others.length;
    const sizes = new Set([low, high]);
    for (const c of use.counts) {
      for (let k = Math.floor(c) - 1; k <= Math.ceil(c) + 1; k++) if (k >= low && k <= high) sizes.add(k);
    }
    for (const size of [...sizes].sort((a, b) => a - b)) result.push([...subset, ...others.slice(0, size - low)]);
  }
  return result;
}

function subsets<T>(values: readonly T[]): T[][] {
  const result: T[][] = [[]];
  for (const v of values) {
    const n = result.length;
    for (let i = 0; i < n; i++) result.push([...(result[i] as T[]), v]);
  }
  return result;
}
