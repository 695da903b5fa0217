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
 * Points are evaluated with the reference interpreter (compiler/interpret), the meaning the
 * generated evaluators are tested against.
 */

import { isIsoDate, plusDagen } from "../../runtime/dates.js";
import type { PolicyModel, TExpr } from "../model.js";
import type { Scope } from "../interpret/expression.js";
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
  readonly size: number;
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
  const uses = scanExpressions(model, input.expressions, input.careTypes, input.facts);
  if (!uses) return undefined;
  const variables: Variable[] = [];
  let size = 1;
  const add = (id: string, values: readonly unknown[] | undefined): boolean => {
    if (!values || values.length === 0) return false;
    size *= values.length;
    variables.push({ id, values });
    return size <= maxPoints;
  };
  for (const use of uses.facts.values()) {
    if (!add(use.fact.id, representatives(use, maxPoints))) return undefined;
  }
  if (uses.zorgsoort && input.careTypes.length > 1 && !add(ZORGSOORT, input.careTypes)) return undefined;
  if (uses.voorwaardenVoldaan && !add(VOORWAARDEN_VOLDAAN, [true, false])) return undefined;
  if (uses.inAanmerking && !add(IN_AANMERKING, [true, false])) return undefined;
  return { model, variables, size };
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
    if (visit(scope) === false) return;
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
  return fact.unknownReason !== undefined ? [...known, null] : known;
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
function rangedRepresentatives(thresholds: readonly number[], fact: { readonly minimum?: number; readonly maximum?: number; readonly integer?: boolean }): number[] | undefined {
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
