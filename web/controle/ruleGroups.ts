/**
 * The rules of a decision under the headings of the policy document, for every place that lists
 * them: the checker page (web/controle/ruleList.ts) and `beleid eval` (compiler/render/decisionText.ts).
 * No DOM: the checker copies this module next to its own code, and the compiler imports it.
 */

import type { Regeluitkomst } from "../../runtime/index.js";

export interface RuleGroup {
  /** The chapter number, e.g. "3.1". */
  readonly chapter: string;
  /** The heading without the chapter number: a group's title, or the title above the factors. */
  readonly title: string;
  readonly rules: Regeluitkomst[];
}

/**
 * A group's title, and for the differentiation factors the title above them in the care type's
 * differentiation ("Differentiatiefactoren", "Kraamzorg - differentiatiefactoren"), all factors
 * together as the document lists them, also those of a group shared with another care type.
 * Each group comes once (the decision lists the rules in the order the evaluator weighs them,
 * which puts an approach rule of chapter 4 between two of chapter 3), and the groups come in
 * the order of their chapters (3, 3.1, 3.3, 4; 3.10 after 3.9).
 */
export function rulesByGroup(rules: readonly Regeluitkomst[], factorsTitle: string | undefined): RuleGroup[] {
  const groups: { key: string; chapter: string; title: string; rules: Regeluitkomst[] }[] = [];
  for (const rule of rules) {
    const asFactor = rule.soort === "differentiatiefactor" && factorsTitle !== undefined;
    const key = asFactor ? `${rule.hoofdstuk.nummer}|differentiatiefactoren` : `${rule.hoofdstuk.nummer}|${rule.groep.id}`;
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = { key, chapter: rule.hoofdstuk.nummer, title: asFactor ? factorsTitle : rule.groep.titel, rules: [] };
      groups.push(group);
    }
    group.rules.push(rule);
  }
  // Stable: groups of one chapter keep the order in which their first rule came.
  return groups.sort((a, b) => byChapterNumber(a.chapter, b.chapter)).map(({ chapter, title, rules: grouped }) => ({ chapter, title, rules: grouped }));
}

function byChapterNumber(a: string, b: string): number {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const [p, q] = [x[i] ?? -1, y[i] ?? -1];
    if (Number.isNaN(p) || Number.isNaN(q)) return 0; // a chapter without a number keeps its place
    if (p !== q) return p - q;
  }
  return 0;
}
