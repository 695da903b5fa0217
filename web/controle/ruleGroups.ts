/**
 * The rules of a decision as every place that lists them shows them, the checker page
 * (web/controle/ruleList.ts) and `beleid eval` (compiler/render/decisionText.ts): under the
 * headings of the policy document, each with its outcome in words and a mark. No DOM: the
 * checker copies this module next to its own code, and the compiler imports it.
 */

import type { Regeluitkomst } from "../../runtime/index.js";

export interface Outcome {
  readonly label: string;
  readonly mark: string;
  readonly good: boolean | undefined;
}

/**
 * The outcome in words. An exclusion and an approach exclusion say what follows from them ("dus
 * geen zorgovereenkomst", "dus niet benaderd"): two rules with one name (the behandelindex in
 * 2.3 and in 4) must not read as the same thing twice.
 */
const OUTCOME: Record<Regeluitkomst["uitkomst"], Outcome> = {
  voldaan: { label: "Voldaan", mark: "✓", good: true },
  niet_voldaan: { label: "Niet voldaan", mark: "✗", good: false },
  niet_van_toepassing: { label: "Niet van toepassing", mark: "–", good: undefined },
  uitgesloten: { label: "Geldt, dus geen zorgovereenkomst", mark: "✗", good: false },
  niet_uitgesloten: { label: "Geldt niet", mark: "✓", good: true },
  uitzondering: { label: "Geldt, maar uitzondering verleend", mark: "!", good: undefined },
};

/** A rule about being approached costs the approach, not the agreement. */
const APPROACH_OUTCOME: Partial<Record<Regeluitkomst["uitkomst"], Outcome>> = {
  uitgesloten: { label: "Geldt, dus niet benaderd", mark: "✗", good: false },
  niet_voldaan: { label: "Niet voldaan, dus niet benaderd", mark: "✗", good: false },
};

/** What an unknown rule counts as, in the words of `beleid eval` and the explanation ("Onbekend is of …"). */
const COUNTED_AS: Record<Regeluitkomst["uitkomst"], string> = {
  voldaan: "voldaan",
  niet_voldaan: "niet voldaan",
  niet_van_toepassing: "niet van toepassing",
  uitgesloten: "uitgesloten",
  niet_uitgesloten: "niet uitgesloten",
  uitzondering: "uitgesloten, uitzondering verleend",
};

export const aboutApproach = (rule: Regeluitkomst) => rule.soort === "benaderingsvoorwaarde" || rule.soort === "benaderingsuitsluiting";

/** A rule of selective purchase that does not hold costs a part of the care, not the agreement: not in red, and with what is not purchased. */
export const notPurchased = (rule: Regeluitkomst) => rule.soort === "selectieve_inkoop" && rule.status === "definitief" && rule.uitkomst === "niet_voldaan";

/** Whether the outcome counts as good for the provider (met, or an exclusion that does not apply). */
export const isGood = (rule: Regeluitkomst) => OUTCOME[rule.uitkomst].good === true;

/**
 * An intention (`status: voornemen`) does not count: an outcome that would go against the provider
 * is said without what would follow from it and without ✗ (the explanation: "Voornemen, nog niet
 * van kracht: …; dit zou op u van toepassing zijn").
 */
const INTENTION_OUTCOME: Partial<Record<Regeluitkomst["uitkomst"], Outcome>> = {
  uitgesloten: { label: "Geldt, maar telt nog niet mee", mark: "–", good: undefined },
  niet_voldaan: { label: "Niet voldaan, maar telt nog niet mee", mark: "–", good: undefined },
};

export function outcomeOf(rule: Regeluitkomst): Outcome {
  // A rule that was unknown is shown as what the policy counts it as (`bij_onbekend`).
  if (rule.onbekend && rule.uitkomst !== "niet_van_toepassing") return { label: `Onbekend, geteld als ${COUNTED_AS[rule.uitkomst]}`, mark: "?", good: undefined };
  if (rule.status === "voornemen") {
    const intended = INTENTION_OUTCOME[rule.uitkomst];
    if (intended) return intended;
  }
  if (notPurchased(rule)) return { ...OUTCOME.niet_voldaan, mark: "–", good: undefined };
  return (aboutApproach(rule) ? APPROACH_OUTCOME[rule.uitkomst] : undefined) ?? OUTCOME[rule.uitkomst];
}

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
