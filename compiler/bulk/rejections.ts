/**
 * Rejected rows counted by problem, for the summary of bulk evaluation: per fact and kind of
 * problem (the `soort` of a FeitenFout problem: ontbreekt, type, …), and per kind of problem
 * with the row itself (too few columns, no JSON, …). A file where every row lacks the same fact
 * then says so in one line instead of twenty examples. The groups are a bounded map: memory
 * stays constant whatever the file holds.
 */

import type { RowFault, RowProblem } from "../facts/rows.js";

/** At most this many groups are counted; the problems of any further group are counted together. */
export const MAX_GROUPS = 100;

/** The key of the group of problems beyond `MAX_GROUPS`. */
const OTHER = "overig";

/** The group of a problem: `soort` and fact, or `regel` and what is wrong with the row. */
export function problemGroup(problem: RowProblem): string {
  return problem.soort === "regel" ? `regel\t${problem.reden}` : `${problem.soort}\t${problem.feit}`;
}

/** Counts of rejected rows per group, in the order each group was first seen; bounded by `MAX_GROUPS`. */
export class RejectionGroups {
  private readonly counts = new Map<string, number>();

  /** Counts one rejected row: once in each group its problems fall in. */
  addRow(problems: readonly RowProblem[]): void {
    if (problems.length === 1) return this.add(problemGroup(problems[0] as RowProblem), 1);
    for (const group of new Set(problems.map(problemGroup))) this.add(group, 1);
  }

  add(group: string, count: number): void {
    const known = this.counts.get(group);
    if (known !== undefined) this.counts.set(group, known + count);
    else if (this.counts.size < MAX_GROUPS || group === OTHER) this.counts.set(group, count);
    else this.counts.set(OTHER, (this.counts.get(OTHER) ?? 0) + count);
  }

  /** Adds the groups of another chunk, in their order (plain data, from a worker thread). */
  merge(entries: readonly (readonly [string, number])[]): void {
    for (const [group, count] of entries) this.add(group, count);
  }

  /** The groups as plain data, in the order first seen. */
  entries(): [string, number][] {
    return [...this.counts];
  }
}

/** One group of rejected rows, as the summary gives it (`afgekeurdPerProbleem` with `--json`). */
export interface RejectionGroup {
  /** The fact; "" for a problem with the row itself or with the facts as a whole. */
  readonly feit: string;
  /** The kind of a FeitenFout problem, `regel` for the row itself, or `overig` beyond the first 100 groups. */
  readonly soort: string;
  /** With `soort` regel: what is wrong with the row. */
  readonly reden?: RowFault;
  /** The group in Dutch: "‘behandelindex’ ontbreekt", "te weinig kolommen". */
  readonly omschrijving: string;
  readonly aantal: number;
}

const ROW_FAULTS: Record<RowFault, string> = {
  te_lang: "de regel is langer dan 1 MB",
  aanhalingsteken: "een aanhalingsteken dat niet sluit",
  tekst_na_aanhalingsteken: "tekst na het aanhalingsteken dat een veld sluit",
  geen_json: "geen geldige JSON",
  geen_json_object: "geen JSON-object",
  te_weinig_kolommen: "te weinig kolommen",
  te_veel_kolommen: "te veel kolommen",
};

/** Per kind of FeitenFout problem: what the group says after the fact's name. */
const KINDS: Record<string, string> = {
  ontbreekt: "ontbreekt",
  onbekend: "is onbekend, maar mag niet onbekend zijn",
  type: "heeft een waarde van de verkeerde soort",
  waarde: "heeft een waarde die niet bestaat of niet eenduidig is",
  bereik: "ligt buiten het bereik van het feit",
  verband: "is groter dan het geheel waarvan het een deel is",
};

function describe(group: string, count: number): RejectionGroup {
  if (group === OTHER) return { feit: "", soort: OTHER, omschrijving: `andere problemen (meer dan ${MAX_GROUPS} soorten)`, aantal: count };
  const [soort, rest] = group.split("\t") as [string, string];
  if (soort === "regel") return { feit: "", soort, reden: rest as RowFault, omschrijving: ROW_FAULTS[rest as RowFault], aantal: count };
  if (soort === "geen_object") return { feit: rest, soort, omschrijving: "de feiten zijn geen object", aantal: count };
  return { feit: rest, soort, omschrijving: `‘${rest}’ ${KINDS[soort] ?? soort}`, aantal: count };
}

/** The groups, most rows first (equal counts in the order first seen in the file); the other problems last. */
export function rejectionGroups(entries: readonly (readonly [string, number])[]): RejectionGroup[] {
  return entries
    .map(([group, count], order) => ({ group, count, order: group === OTHER ? Infinity : order }))
    .sort((a, b) => Number(a.order === Infinity) - Number(b.order === Infinity) || b.count - a.count || a.order - b.order)
    .map(({ group, count }) => describe(group, count));
}
