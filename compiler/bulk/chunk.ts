/**
 * Bulk evaluation of one chunk of provider rows: parse and check the rows (facts/rows.ts),
 * decide each valid row with the evaluator's trusted entry point, and return the result
 * lines and the counts for the summary. Runs in a worker thread or in the main thread; the
 * input and output are plain data so they can travel between threads.
 */

import type { Besluit } from "../../runtime/decision.js";
import { parseRowChunk, type RowChunk, type RowLayout } from "../facts/rows.js";
import type { RowFormat } from "../facts/rows.js";
import { createRowWriter, type RowWriter } from "../facts/rowsWriter.js";

/** The columns of the results file. */
export const RESULT_COLUMNS = ["regel", "aanbieder", "in_aanmerking", "overeenkomst", "benaderd", "problemen"] as const;

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
}

/** How many rejected rows a chunk reports in detail. */
const REJECTED_DETAIL = 20;

export function resultWriter(format: RowFormat): RowWriter {
  return createRowWriter(format, RESULT_COLUMNS, "");
}

export function evaluateChunk(chunk: RowChunk, layout: RowLayout, decide: (facts: Record<string, unknown>) => Besluit, writer: RowWriter | undefined): ChunkResult {
  const rows = parseRowChunk(chunk, layout);
  const perAgreement: Record<string, number> = {};
  const out: Record<string, unknown>[] = [];
  const firstRejected: RejectedRow[] = [];
  let notEligible = 0;
  let approached = 0;
  let rejected = 0;
  for (const row of rows) {
    if ("problems" in row) {
      rejected++;
      const detail = { regel: row.line, ...(row.id !== undefined ? { aanbieder: row.id } : {}), problemen: row.problems };
      if (firstRejected.length < REJECTED_DETAIL) firstRejected.push(detail);
      if (writer) out.push({ regel: row.line, aanbieder: row.id ?? null, problemen: row.problems.join(" ") });
      continue;
    }
    const decision = decide(row.facts);
    const agreement = decision.overeenkomst?.id;
    if (agreement === undefined) notEligible++;
    else perAgreement[agreement] = (perAgreement[agreement] ?? 0) + 1;
    if (decision.benaderd) approached++;
    if (writer) {
      out.push({ regel: row.line, aanbieder: row.id ?? null, in_aanmerking: decision.inAanmerking, overeenkomst: agreement ?? null, benaderd: decision.benaderd, problemen: null });
    }
  }
  return { text: writer ? writer.rows(out) : "", rows: rows.length, perAgreement, notEligible, approached, rejected, firstRejected };
}
