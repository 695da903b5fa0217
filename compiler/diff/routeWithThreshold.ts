/**
 * An exclusion's exception route that repeats the threshold it is about ("hoger dan 150"): when the
 * route changed only with the threshold, the report tells it in the threshold's sentence instead of
 * as a change of its own. Reading the routes needs both models, so this runs on the changes when
 * the report is built (report.ts), not when the rules are compared.
 */

import type { PolicyModel } from "../model.js";
import type { Change } from "./changes.js";

/** The value of a number as the policy or a text writes it: "150", "1.500", "2,5", "30%", "€ 1.500". */
function numberValue(text: string): number | undefined {
  const digits = text.replace(/[€%\s]/g, "");
  if (!/^-?\d[\d.,]*$/.test(digits)) return undefined;
  // A point before three digits separates thousands (1.500), as does a comma in the policy (1,500 is not written).
  const value = Number(digits.replace(/\.(?=\d{3}(?!\d))/g, "").replace(",", "."));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Whether a route's text changed only where the threshold's number changed (and, across a change
 * of contract year, where a year moved on with it): "… hoger dan 150 …" that became "… hoger dan
 * 140 …" with the threshold. The words between the numbers must be the same.
 */
function routeFollowsThreshold(oldRoute: string, newRoute: string, oldValue: number, newValue: number, yearShift: number): boolean {
  const numbers = /\d[\d.,]*\d|\d/g;
  const words = (text: string) => text.replace(numbers, "#").replace(/\s+/g, " ").trim();
  if (words(oldRoute) !== words(newRoute)) return false;
  const [olds, news] = [oldRoute.match(numbers) ?? [], newRoute.match(numbers) ?? []];
  let threshold = false;
  for (let i = 0; i < olds.length; i++) {
    const [o, n] = [olds[i] as string, news[i] as string];
    if (o === n) continue;
    if (numberValue(o) === oldValue && numberValue(n) === newValue) threshold = true;
    else if (!(yearShift !== 0 && /^\d{4}$/.test(o) && Number(n) - Number(o) === yearShift)) return false;
  }
  return threshold;
}

/**
 * A changed threshold whose exclusion's route for an exception repeats it ("hoger dan 150" that
 * became "hoger dan 140"): the route changed only with the threshold, which the threshold's own
 * sentence says ("; ook de tekst van de uitzonderingsroute is daarop aangepast"), instead of a
 * second, onbepaald change "is gewijzigd hoe een zorgaanbieder een uitzondering kan aanvragen".
 * The comparison of rules reports both (compareRulePair.ts); reading the routes needs both models.
 */
export function foldRouteIntoThreshold(changes: readonly Change[], older: PolicyModel, newer: PolicyModel): { changes: Change[]; followed: Set<string> } {
  const yearShift = older.kind === "inkoopbeleid" && newer.kind === "inkoopbeleid" ? newer.meta.year - older.meta.year : 0;
  const folded = new Set<Change>();
  const thresholds = new Set<Change>();
  for (const route of changes) {
    if (route.kind !== "uitzondering_gewijzigd" || route.args.voorwaarde !== "nee" || route.args.route !== "ja") continue;
    const threshold = changes.find((t) => t.kind === "drempel_gewijzigd" && t.key === route.key && t.careTypes.join() === route.careTypes.join() && !thresholds.has(t));
    const id = /^regel:([^+]+)$/.exec(route.key)?.[1];
    if (!threshold || id === undefined) continue;
    const after = newer.rules.find((r) => r.id === id);
    const before = older.rules.find((r) => r.id === (after?.was ?? id));
    const [oldValue, newValue] = [numberValue(String(threshold.args.oud)), numberValue(String(threshold.args.nieuw))];
    if (!before?.exception || !after?.exception || oldValue === undefined || newValue === undefined) continue;
    if (!routeFollowsThreshold(before.exception.route, after.exception.route, oldValue, newValue, yearShift)) continue;
    folded.add(route);
    thresholds.add(threshold);
  }
  return { changes: changes.filter((c) => !folded.has(c)), followed: new Set([...thresholds].map(thresholdId)) };
}

/** A threshold change by its rule and values: the same after it is merged for other care types. */
export const thresholdId = (change: Change) => `${change.key.split("+")[0]}|${String(change.args.oud)}|${String(change.args.nieuw)}`;
