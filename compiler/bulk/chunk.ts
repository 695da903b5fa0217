/**
 * Bulk evaluation of one chunk of provider rows: parse the rows (facts/rows.ts), decide each
 * with the evaluator's checked entry point (a row whose facts it refuses is rejected with the
 * evaluator's problems), for a care type with selective purchase tell which care is not
 * purchased (the evaluator's `nietIngekocht`, setup.ts), and return the result lines and the counts for the summary. Runs
 * in a worker thread or in the main thread; the input and output are plain data so they can
 * travel between threads.
 */

import type { Besluit } from "../../runtime/decision.js";
import { parseRowChunk, type RowChunk, type RowProblem } from "../facts/rows.js";
import type { RowFormat } from "../facts/rows.js";
import { createRowWriter, type RowWriter } from "../facts/rowsWriter.js";
import { RejectionGroups } from "./rejections.js";
import type { Evaluation } from "./setup.js";

/** The columns of the results file; `niet_ingekocht` only for a care type with selective purchase. */
export const RESULT_COLUMNS = ["regel", "aanbieder", "in_aanmerking", "overeenkomst", "benaderd", "problemen"] as const;
const RESULT_COLUMNS_SELECTIVE = ["regel", "aanbieder", "in_aanmerking", "overeenkomst", "benaderd", "niet_ingekocht", "problemen"] as const;

export interface RejectedRow {
  readonly regel: number;
  readonly aanbieder?: string;
  readonly problemen: readonly string[];
}

export interface ChunkResult {
  /** The result lines of this chunk (empty when no results file is written). */
  readonly text: string;
  readonly rows: number;
  /** Per agreement id, how many providers qualify for it. */
  readonly perAgreement: Record<string, number>;
  readonly notEligible: number;
  readonly approached: number;
  readonly rejected: number;
  /** The first rejected rows of the chunk, for the summary. */
  readonly firstRejected: readonly RejectedRow[];
  /** Rejected rows per group of problems (rejections.ts), in the order first seen. */
  readonly rejectedGroups: readonly (readonly [string, number])[];
  /** Selective purchase, per part of the care (in the order of `Evaluation.notPurchased.parts`): from how many providers it is not purchased, and how many of them qualify. */
  readonly notPurchased: readonly number[];
  readonly notPurchasedQualifying: readonly number[];
  /** Per percentage fact: how many rows know it and the largest value (to spot 0,55 for 55%). */
  readonly percentages: Readonly<Record<string, PercentageSeen>>;
}

export interface PercentageSeen {
  readonly known: number;
  readonly max: number;
}

/** How many rejected rows a chunk reports in detail. */
const REJECTED_DETAIL = 20;

/**
 * The results file: CSV with the input's separator (`delimiter`), or JSON lines; with the
 * column `niet_ingekocht` when the care type has selective purchase.
 */
export function resultWriter(format: RowFormat, delimiter = ",", selective = false): RowWriter {
  return createRowWriter(format, selective ? RESULT_COLUMNS_SELECTIVE : RESULT_COLUMNS, "", delimiter);
}

export function evaluateChunk(chunk: RowChunk, evaluation: Evaluation, writer: RowWriter | undefined): ChunkResult {
  const rows = parseRowChunk(chunk, evaluation.layout);
  const percentageFacts = evaluation.layout.facts.filter((f) => f.type === "percentage").map((f) => f.id);
  const known = percentageFacts.map(() => 0);
  const max = percentageFacts.map(() => -Infinity);
  const perAgreement: Record<string, number> = {};
  const out: Record<string, unknown>[] = [];
  const firstRejected: RejectedRow[] = [];
  let notEligible = 0;
  let approached = 0;
  let rejected = 0;
  const groups = new RejectionGroups();
  const selective = evaluation.notPurchased;
  const notPurchased = new Array<number>(selective?.parts.length ?? 0).fill(0);
  const notPurchasedQualifying = new Array<number>(selective?.parts.length ?? 0).fill(0);
  const partIndex = new Map(selective?.parts.map((part, k) => [part, k]));
  // JSON lines: each problem as { feit, soort, melding }; CSV: the messages in one cell.
  const jsonLines = writer?.format === "jsonl";
  const reject = (line: number, id: string | undefined, problems: readonly RowProblem[]) => {
    rejected++;
    groups.addRow(problems);
    const messages = problems.map((p) => p.melding);
    if (firstRejected.length < REJECTED_DETAIL) firstRejected.push({ regel: line, ...(id !== undefined ? { aanbieder: id } : {}), problemen: messages });
    if (writer) out.push({ regel: line, aanbieder: id ?? null, problemen: jsonLines ? problems.map((p) => ({ feit: p.feit, soort: p.soort, melding: p.melding })) : messages.join(" ") });
  };
  for (const row of rows) {
    if ("problems" in row) {
      reject(row.line, row.id, row.problems);
      continue;
    }
    let decision: Besluit;
    try {
      decision = evaluation.decide(row.facts);
    } catch (error) {
      // The evaluator checks the facts itself (the checked entry point, setup.ts).
      const problems = evaluation.problemsOf(error);
      if (problems === undefined) throw error;
      reject(row.line, row.id, problems);
      continue;
    }
    for (let p = 0; p < percentageFacts.length; p++) {
      const value = row.facts[percentageFacts[p] as string];
      if (typeof value !== "number") continue;
      known[p] = (known[p] as number) + 1;
      if (value > (max[p] as number)) max[p] = value;
    }
    const agreement = decision.overeenkomst?.id;
    if (agreement === undefined) notEligible++;
    else perAgreement[agreement] = (perAgreement[agreement] ?? 0) + 1;
    if (decision.benaderd) approached++;
    // Selective purchase: which care is not purchased (the facts have passed the evaluator's check).
    let parts: readonly string[] | undefined;
    if (selective) {
      parts = selective.of(row.facts);
      for (const part of parts) {
        const k = partIndex.get(part) as number;
        notPurchased[k] = (notPurchased[k] as number) + 1;
        if (decision.inAanmerking) notPurchasedQualifying[k] = (notPurchasedQualifying[k] as number) + 1;
      }
    }
    if (writer) {
      const id = row.id ?? null;
      out.push(
        parts
          ? { regel: row.line, aanbieder: id, in_aanmerking: decision.inAanmerking, overeenkomst: agreement ?? null, benaderd: decision.benaderd, niet_ingekocht: parts, problemen: null }
          : { regel: row.line, aanbieder: id, in_aanmerking: decision.inAanmerking, overeenkomst: agreement ?? null, benaderd: decision.benaderd, problemen: null },
      );
    }
  }
  const percentages = Object.fromEntries(percentageFacts.map((id, p) => [id, { known: known[p] as number, max: max[p] as number }]));
  return { text: writer ? writer.rows(out) : "", rows: rows.length, perAgreement, notEligible, approached, rejected, firstRejected, rejectedGroups: groups.entries(), notPurchased, notPurchasedQualifying, percentages };
}
