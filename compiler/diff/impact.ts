/**
 * Impact of a change on real providers: evaluates both versions of a policy on one dataset
 * (CSV or JSON lines, columns = facts) and counts, per care type, how many providers move from
 * one outcome (an agreement, or none) to another, and how many gain or lose an offer or being
 * approached. Both versions are evaluated with their compiled evaluators.
 *
 * A row is read per care type, with only the facts that care type needs in either version (as
 * `beleid eval --zorgsoort X --aanbieders` reads it): a fact that cannot be used makes the row
 * unusable only for the care types that need it. Why rows were unusable is counted per fact and
 * kind of problem, as the bulk summary counts it (bulk/rejections.ts).
 */

import { agreementName, careParts } from "../queries.js";
import { dutchList } from "./format.js";
import type { Beslissing, Besluit } from "../../runtime/decision.js";
import { RejectionGroups, rejectionGroups, type RejectionGroup } from "../bulk/rejections.js";
import { datasetFacts } from "../facts/dataset.js";
import { chunkRows, csvLayout, jsonLinesLayout, parseRowChunk, singleLineColumns, type ProviderRow, type RowFormat, type RowLayout } from "../facts/rows.js";
import type { LoadedEvaluator } from "../evaluate.js";
import type { Fact, PolicyModel } from "../model.js";

export interface ImpactTable {
  readonly zorgsoort: string;
  /** Providers evaluated by both versions. */
  readonly aantal: number;
  /** Rows that could not be read (missing or wrong facts the care type needs, or the row itself). */
  readonly afgewezen: number;
  /** Those rows per fact and kind of problem, most rows first (as `afgekeurdPerProbleem` of `beleid eval --aanbieders --json`). */
  readonly afgewezenPerProbleem: readonly RejectionGroup[];
  /** Rows only the older version could not use, and only the newer. */
  readonly afgewezenDoorOud: number;
  readonly afgewezenDoorNieuw: number;
  /** Column headings: the outcomes in the new version. */
  readonly kolommen: readonly string[];
  /** One row per outcome in the old version, with counts per new outcome. */
  readonly rijen: readonly { readonly van: string; readonly aantallen: readonly number[] }[];
  readonly nieuwInAanmerking: number;
  readonly nietMeerInAanmerking: number;
  readonly hoger: number;
  readonly lager: number;
  readonly nieuwBenaderd: number;
  readonly nietMeerBenaderd: number;
  /**
   * Selective purchase: per part of the care (`deelzorg`) of the care type, among the providers
   * who qualify in the new version, for how many it is no longer (or not) purchased where the
   * old version did not withhold it, and for how many it is now purchased where the old version
   * withheld it (they qualified in both). Empty when neither version has such rules.
   */
  readonly deelzorg: readonly DeelzorgCount[];
  readonly samenvatting: string;
}

export interface DeelzorgCount {
  /** The part of the care, as the policy names it. */
  readonly zorg: string;
  readonly voortaanNietIngekocht: number;
  readonly voortaanWelIngekocht: number;
}

/**
 * The facts a dataset needs to evaluate both versions: the union, newer definitions first. A
 * `keuze` or `verzameling` in both versions accepts the values of either, so that a row can
 * name a register that only one version knows.
 */
export function impactFacts(older: PolicyModel, newer: PolicyModel): Fact[] {
  const facts = new Map<string, Fact>();
  for (const fact of [...datasetFacts(newer), ...datasetFacts(older)]) {
    const known = facts.get(fact.id);
    if (!known) facts.set(fact.id, fact);
    else if (known.values && fact.values && known.type === fact.type) {
      const extra = fact.values.filter((v) => !known.values!.includes(v));
      if (extra.length > 0) facts.set(fact.id, { ...known, values: [...known.values, ...extra] });
    }
  }
  return [...facts.values()];
}

/**
 * Adapts a row to one version: a set-valued fact loses the values that version does not name
 * (for that version a register it does not list counts the same as none of its registers).
 * Returns the row itself when nothing changes.
 */
function adapterFor(version: PolicyModel, all: readonly Fact[]): (facts: Record<string, unknown>) => Record<string, unknown> {
  const narrowed: [string, Set<string>][] = [];
  for (const fact of all) {
    if (fact.type !== "verzameling" || !fact.values) continue;
    const own = version.facts.find((f) => f.id === fact.id);
    if (own?.type === "verzameling" && own.values && own.values.length < fact.values.length) narrowed.push([fact.id, new Set(own.values)]);
  }
  if (narrowed.length === 0) return (facts) => facts;
  return (facts) => {
    let copy: Record<string, unknown> | undefined;
    for (const [id, values] of narrowed) {
      const value = facts[id];
      if (!Array.isArray(value) || value.every((v) => values.has(v as string))) continue;
      copy ??= { ...facts };
      copy[id] = value.filter((v) => values.has(v as string));
    }
    return copy ?? facts;
  };
}

/** The facts a care type needs in either version (as the dataset has them, `impactFacts`). */
function factsOfCareType(facts: readonly Fact[], older: PolicyModel, newer: PolicyModel, careType: string): Fact[] {
  const needed = new Set([...datasetFacts(newer, careType), ...datasetFacts(older, careType)].map((f) => f.id));
  return facts.filter((f) => needed.has(f.id));
}

const NONE = "geen zorgovereenkomst";
const number = (n: number) => n.toLocaleString("nl-NL");

interface Tally {
  readonly careType: string;
  readonly name: string;
  readonly oldLevels: Map<string, number>;
  readonly newLevels: Map<string, number>;
  readonly cells: Map<string, Map<string, number>>;
  /** How rows are read for this care type: the facts it needs in either version. */
  layout: RowLayout | undefined;
  readonly facts: readonly Fact[];
  evaluated: number;
  rejected: number;
  readonly rejectedGroups: RejectionGroups;
  rejectedByOlder: number;
  rejectedByNewer: number;
  gained: number;
  lost: number;
  higher: number;
  lower: number;
  approachedGained: number;
  approachedLost: number;
  /** The parts of the care either version purchases selectively, with their counts; empty: none. */
  readonly parts: Map<string, { notPurchased: number; purchased: number }>;
}

/** The parts of the care not purchased from the provider: a definitive rule for it does not hold. */
function notPurchased(decision: Besluit): Set<string> {
  const rules = (decision as Partial<Beslissing>).regels ?? [];
  return new Set(rules.filter((r) => r.soort === "selectieve_inkoop" && r.status === "definitief" && r.uitkomst === "niet_voldaan" && r.deelzorg !== undefined).map((r) => r.deelzorg as string));
}

function levels(model: PolicyModel, careType: string): Map<string, number> {
  const type = model.careTypes.find((c) => c.id === careType);
  const tiers = type?.differentiation?.tiers ?? [{ name: type ? agreementName(type) : `Zorgovereenkomst ${careType}`, factors: 0 }];
  return new Map(tiers.map((t) => [t.name, t.factors]));
}

/**
 * The decision, or undefined when the version cannot use the facts. `full`: with the outcome of
 * every rule (for selective purchase), which the three core fields of `besluit` do not have.
 */
function decide(evaluator: LoadedEvaluator, careType: string, facts: Record<string, unknown>, full: boolean): Besluit | undefined {
  try {
    return full ? evaluator.beoordeel(careType, facts) : evaluator.besluit(careType, facts);
  } catch (error) {
    if (error instanceof Error && error.name === "FeitenFout") return undefined;
    throw error;
  }
}

/**
 * The place of an agreement among the tiers, highest first (0). A tier keeps its name across
 * versions even when the number of factors it needs changes, so the newer version's order
 * ranks both; a tier only the older version has is placed by its factors among the newer ones.
 */
function rank(tally: Tally, name: string): number {
  const order = [...tally.newLevels.entries()].sort((a, b) => b[1] - a[1]);
  const index = order.findIndex(([n]) => n === name);
  if (index >= 0) return index;
  const factors = tally.oldLevels.get(name) ?? 0;
  const below = order.findIndex(([, f]) => f < factors);
  return (below < 0 ? order.length : below) - 0.5;
}

/** A version of the policy: its evaluator, and how a row is adapted to it (`adapterFor`). */
interface Version {
  readonly evaluator: LoadedEvaluator;
  readonly adapt: (facts: Record<string, unknown>) => Record<string, unknown>;
}

function outcome(decision: Besluit): string {
  return decision.overeenkomst?.naam ?? NONE;
}

/** Counts one row for one care type: rejected (and why), refused by a version, or its outcome in both. */
function tallyRow(tally: Tally, row: ProviderRow, versions: { readonly older: Version; readonly newer: Version }): void {
  if (!("facts" in row)) {
    tally.rejected++;
    tally.rejectedGroups.addRow(row.problems);
    return;
  }
  const olderFacts = versions.older.adapt(row.facts);
  const newerFacts = versions.newer.adapt(row.facts);
  const full = tally.parts.size > 0;
  const before = decide(versions.older.evaluator, tally.careType, olderFacts, full);
  const after = decide(versions.newer.evaluator, tally.careType, newerFacts, full);
  if (!before || !after) {
    if (!before) tally.rejectedByOlder++;
    if (!after) tally.rejectedByNewer++;
    return;
  }
  tally.evaluated++;
  const from = outcome(before);
  const to = outcome(after);
  const line = tally.cells.get(from) ?? new Map<string, number>();
  line.set(to, (line.get(to) ?? 0) + 1);
  tally.cells.set(from, line);
  if (!before.inAanmerking && after.inAanmerking) tally.gained++;
  if (before.inAanmerking && !after.inAanmerking) tally.lost++;
  if (before.inAanmerking && after.inAanmerking) {
    const a = rank(tally, from);
    const b = rank(tally, to);
    if (b < a) tally.higher++;
    if (b > a) tally.lower++;
  }
  if (!before.benaderd && after.benaderd) tally.approachedGained++;
  if (before.benaderd && !after.benaderd) tally.approachedLost++;
  // A part of the care is only purchased from a provider who qualifies. Withheld now and not
  // before: also for one who newly qualifies (a requirement that became selective purchase:
  // the agreement, but not that care). Purchased now and withheld before: only for one who
  // qualified in both; for one who newly qualifies, that is the agreement itself.
  if (full && after.inAanmerking) {
    const [was, is] = [notPurchased(before), notPurchased(after)];
    for (const [part, count] of tally.parts) {
      if (is.has(part) && !was.has(part)) count.notPurchased++;
      if (!is.has(part) && was.has(part) && before.inAanmerking) count.purchased++;
    }
  }
}

export async function computeImpact(
  older: PolicyModel,
  newer: PolicyModel,
  evaluators: { readonly older: LoadedEvaluator; readonly newer: LoadedEvaluator },
  input: AsyncIterable<Buffer | string>,
  format: RowFormat,
): Promise<ImpactTable[]> {
  const careTypes = newer.careTypes.filter((c) => older.careTypes.some((o) => o.id === c.id));
  const facts = impactFacts(older, newer);
  const tallies: Tally[] = careTypes.map((c) => ({
    careType: c.id,
    name: c.name,
    oldLevels: levels(older, c.id),
    newLevels: levels(newer, c.id),
    cells: new Map(),
    layout: undefined,
    facts: factsOfCareType(facts, older, newer, c.id),
    evaluated: 0,
    rejected: 0,
    rejectedGroups: new RejectionGroups(),
    rejectedByOlder: 0,
    rejectedByNewer: 0,
    gained: 0,
    lost: 0,
    higher: 0,
    lower: 0,
    approachedGained: 0,
    approachedLost: 0,
    // Also a part whose only rule is an intention, with zeros: the table names what is coming.
    parts: new Map([...new Set([...careParts(newer, c.id, { intentions: true }), ...careParts(older, c.id, { intentions: true })])].map((part) => [part, { notPurchased: 0, purchased: 0 }])),
  }));
  const versions = { older: { evaluator: evaluators.older, adapt: adapterFor(older, facts) }, newer: { evaluator: evaluators.newer, adapt: adapterFor(newer, facts) } };
  let header = format === "jsonl";
  if (header) for (const tally of tallies) tally.layout = jsonLinesLayout(tally.facts);
  for await (const chunk of chunkRows(input, format, undefined, undefined, singleLineColumns([...newer.facts, ...older.facts]))) {
    if (!header) {
      // The file needs the facts of both versions: a missing column stops here (a RowsError).
      csvLayout(chunk.text, facts);
      for (const tally of tallies) tally.layout = csvLayout(chunk.text, tally.facts);
      header = true;
      continue;
    }
    for (const tally of tallies) for (const row of parseRowChunk(chunk, tally.layout as RowLayout)) tallyRow(tally, row, versions);
  }
  if (!header) csvLayout("", facts); // an empty file: a RowsError
  return tallies.filter((t) => t.evaluated + t.rejected + t.rejectedByOlder + t.rejectedByNewer > 0).map(toTable);
}

function toTable(t: Tally): ImpactTable {
  const order = (levelsOf: Map<string, number>) => [...[...levelsOf.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name), NONE];
  const columns = order(t.newLevels);
  const rows = order(t.oldLevels).map((from) => ({ van: from, aantallen: columns.map((to) => t.cells.get(from)?.get(to) ?? 0) }));
  const parts: string[] = [];
  const they = (n: number, one: string, more: string) => `${number(n)} ${n === 1 ? one : more}`;
  if (t.lost > 0) parts.push(`${they(t.lost, "komt", "komen")} niet meer in aanmerking`);
  if (t.gained > 0) parts.push(`${they(t.gained, "komt", "komen")} nieuw in aanmerking`);
  if (t.lower > 0) parts.push(`${they(t.lower, "krijgt", "krijgen")} een lagere zorgovereenkomst`);
  if (t.higher > 0) parts.push(`${they(t.higher, "krijgt", "krijgen")} een hogere zorgovereenkomst`);
  if (t.approachedLost > 0) parts.push(`${they(t.approachedLost, "wordt", "worden")} niet meer benaderd`);
  if (t.approachedGained > 0) parts.push(`${they(t.approachedGained, "wordt", "worden")} nieuw benaderd`);
  for (const [part, count] of t.parts) {
    if (count.notPurchased > 0) parts.push(`bij ${number(count.notPurchased)} wordt ${part} voortaan niet ingekocht`);
    if (count.purchased > 0) parts.push(`bij ${number(count.purchased)} wordt ${part} voortaan wel ingekocht`);
  }
  const list = dutchList(parts);
  const all = `${number(t.evaluated)} ${t.evaluated === 1 ? "zorgaanbieder" : "zorgaanbieders"}`;
  const summary = parts.length === 0 ? `Voor geen van de ${all} verandert de uitkomst.` : `Van de ${all}: ${list}.`;
  return {
    zorgsoort: t.name,
    aantal: t.evaluated,
    afgewezen: t.rejected,
    afgewezenPerProbleem: rejectionGroups(t.rejectedGroups.entries()),
    afgewezenDoorOud: t.rejectedByOlder,
    afgewezenDoorNieuw: t.rejectedByNewer,
    kolommen: columns,
    rijen: rows,
    nieuwInAanmerking: t.gained,
    nietMeerInAanmerking: t.lost,
    hoger: t.higher,
    lager: t.lower,
    nieuwBenaderd: t.approachedGained,
    nietMeerBenaderd: t.approachedLost,
    deelzorg: [...t.parts].map(([zorg, count]) => ({ zorg, voortaanNietIngekocht: count.notPurchased, voortaanWelIngekocht: count.purchased })),
    samenvatting: summary,
  };
}
