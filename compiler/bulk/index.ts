/**
 * Bulk evaluation: decides one care type for every provider in a CSV or JSON-lines file,
 * with constant memory. The input is cut into chunks of whole records (facts/rows.ts); worker
 * threads parse, check and decide the chunks (chunk.ts) while this thread reads the input and
 * writes the results in input order. Rows with unusable facts are counted and reported by
 * line number; evaluation goes on. Used by `beleid eval --aanbieders` (docs/bulk.md).
 */

import { agreementName } from "../queries.js";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { emitModule, selectiveCareParts } from "../emit/js.js";
import { datasetFacts } from "../facts/dataset.js";
import { detectDelimiter } from "../facts/chunks.js";
import { chunkRows, csvLayout, singleLineColumns, type RowChunk, type RowFormat } from "../facts/rows.js";
import type { PolicyModel } from "../model.js";
import { packageFile } from "../packageRoot.js";
import { evaluateChunk, resultWriter, type ChunkResult, type PercentageSeen, type RejectedRow } from "./chunk.js";
import { RejectionGroups, rejectionGroups, type RejectionGroup } from "./rejections.js";
import { prepareEvaluation, type EvaluationSetup } from "./setup.js";

export interface BulkOptions {
  readonly model: PolicyModel;
  readonly careType: string;
  readonly input: AsyncIterable<Buffer | string>;
  readonly inputFormat: RowFormat;
  /** Where result lines go; without it only the summary is made. */
  readonly output?: { readonly format: RowFormat; write(text: string): Promise<void> | void };
  /** Worker threads; 0 evaluates in this thread. Default: one per core, none on one core. */
  readonly workers?: number;
  /** Bytes per chunk (default `CHUNK_SIZE`, 64 KiB). */
  readonly chunkSize?: number;
  readonly onProgress?: (progress: { readonly bytes: number; readonly rows: number }) => void;
}

export interface BulkSummary {
  readonly rows: number;
  readonly evaluated: number;
  readonly rejected: number;
  /** Per agreement, most factors first: how many providers qualify for it. */
  readonly perAgreement: readonly { readonly id: string; readonly naam: string; readonly aantal: number }[];
  readonly notEligible: number;
  readonly approached: number;
  /** The first rejected rows (at most 20), in input order. */
  readonly firstRejected: readonly RejectedRow[];
  /** Rejected rows per fact and kind of problem (or what is wrong with the row), most rows first. */
  readonly rejectedGroups: readonly RejectionGroup[];
  /**
   * Selective purchase, per part of the care the care type purchases selectively (in the order
   * of the policy; absent when it has none): from how many assessed providers it is not
   * purchased, and how many of those qualify for an agreement.
   */
  readonly notPurchased?: readonly NotPurchasedCount[];
  /**
   * Percentage facts whose every known value lies between 0 and 1 (and some above 0), over at
   * least two rows: likely fractions (0,55) where the policy counts in percent (55).
   */
  readonly fractionPercentages: readonly string[];
  readonly workers: number;
  readonly seconds: number;
}

export interface NotPurchasedCount {
  /** The part of the care, as the policy names it (`deelzorg`). */
  readonly zorg: string;
  readonly aantal: number;
  readonly inAanmerking: number;
}

const REJECTED_DETAIL = 20;

export function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

export async function evaluateBulk(options: BulkOptions): Promise<BulkSummary> {
  const started = performance.now();
  const { model, careType } = options;
  const careTypeModel = model.careTypes.find((c) => c.id === careType);
  if (!careTypeModel) throw new Error(`unknown care type ${careType}`);
  const facts = datasetFacts(model, careType);
  const runtime = pathToFileURL(packageFile("build", "runtime", "index.js")).href;
  const code = emitModule(model, { runtimeImport: runtime, sourceName: model.file });
  // The parts in the order the evaluator's `nietIngekocht…` names them.
  const parts = selectiveCareParts(model, careType);

  let bytes = 0;
  async function* counted() {
    for await (const piece of options.input) {
      bytes += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length;
      yield piece;
    }
  }
  // Every fact of the policy, also those this care type does not read: a stray quote in any of
  // their columns would merge rows for every care type.
  const chunks = chunkRows(counted(), options.inputFormat, options.chunkSize, undefined, singleLineColumns(model.facts));
  let header: string | undefined;
  // A CSV results file is written as the input is: its separator, and a BOM if it had one
  // (a Dutch Excel reads `;` and needs the BOM to read UTF-8).
  let bom = false;
  if (options.inputFormat === "csv") {
    const first = await chunks.next();
    header = first.done ? "" : first.value.text;
    bom = !first.done && first.value.bom === true;
    csvLayout(header, facts); // a missing column stops here, before any work
  }
  const outputDelimiter = header !== undefined ? detectDelimiter(header) : ",";
  const setup: EvaluationSetup = {
    code,
    careType,
    facts,
    inputFormat: options.inputFormat,
    ...(header !== undefined ? { header } : {}),
    ...(options.output ? { outputFormat: options.output.format, outputDelimiter } : {}),
    ...(parts.length > 0 ? { notPurchased: { parts } } : {}),
  };

  const totals = {
    rows: 0,
    rejected: 0,
    notEligible: 0,
    approached: 0,
    perAgreement: {} as Record<string, number>,
    firstRejected: [] as RejectedRow[],
    groups: new RejectionGroups(),
    notPurchased: parts.map(() => 0),
    notPurchasedQualifying: parts.map(() => 0),
    percentages: {} as Record<string, PercentageSeen>,
  };
  const writer = options.output ? resultWriter(options.output.format, outputDelimiter, setup.notPurchased !== undefined) : undefined;
  if (options.output && writer) await options.output.write((bom && options.output.format === "csv" ? "\ufeff" : "") + writer.header());
  const take = async (result: ChunkResult) => {
    if (options.output && result.text !== "") await options.output.write(result.text);
    totals.rows += result.rows;
    totals.rejected += result.rejected;
    totals.notEligible += result.notEligible;
    totals.approached += result.approached;
    for (const [id, n] of Object.entries(result.perAgreement)) totals.perAgreement[id] = (totals.perAgreement[id] ?? 0) + n;
    for (const r of result.firstRejected) if (totals.firstRejected.length < REJECTED_DETAIL) totals.firstRejected.push(r);
    totals.groups.merge(result.rejectedGroups);
    result.notPurchased.forEach((n, k) => (totals.notPurchased[k] = (totals.notPurchased[k] as number) + n));
    result.notPurchasedQualifying.forEach((n, k) => (totals.notPurchasedQualifying[k] = (totals.notPurchasedQualifying[k] as number) + n));
    for (const [id, seen] of Object.entries(result.percentages)) {
      const before = totals.percentages[id];
      totals.percentages[id] = before ? { known: before.known + seen.known, max: Math.max(before.max, seen.max) } : seen;
    }
    options.onProgress?.({ bytes, rows: totals.rows });
  };

  const workers = options.workers ?? defaultWorkers();
  if (workers === 0) {
    const evaluation = await prepareEvaluation(setup);
    for await (const chunk of chunks) await take(evaluateChunk(chunk, evaluation, writer));
  } else {
    await evaluateInWorkers(setup, workers, chunks, take);
  }

  const agreements = careTypeModel.differentiation?.tiers.map((t) => ({ id: t.id, naam: t.name })) ?? [{ id: careTypeModel.id, naam: agreementName(careTypeModel) }];
  return {
    rows: totals.rows,
    evaluated: totals.rows - totals.rejected,
    rejected: totals.rejected,
    perAgreement: agreements.map((a) => ({ ...a, aantal: totals.perAgreement[a.id] ?? 0 })),
    notEligible: totals.notEligible,
    approached: totals.approached,
    firstRejected: totals.firstRejected,
    rejectedGroups: rejectionGroups(totals.groups.entries()),
    ...(setup.notPurchased ? { notPurchased: parts.map((zorg, k) => ({ zorg, aantal: totals.notPurchased[k] as number, inAanmerking: totals.notPurchasedQualifying[k] as number })) } : {}),
    fractionPercentages: Object.entries(totals.percentages).filter(([, seen]) => seen.known >= 2 && seen.max > 0 && seen.max <= 1).map(([id]) => id),
    workers,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Hands chunks to idle workers and takes the results back in input order. */
async function evaluateInWorkers(setup: EvaluationSetup, count: number, chunks: AsyncIterable<RowChunk>, take: (result: ChunkResult) => Promise<void>): Promise<void> {
  const script = packageFile("build", "compiler", "bulk", "worker.js");
  // A worker holds a few chunks at a time; small heaps make it collect early, which keeps
  // the memory of the whole run low (docs/bulk.md).
  const resourceLimits = { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8 };
  const pool = Array.from({ length: count }, () => new Worker(script, { workerData: setup, resourceLimits }));
  const idle: Worker[] = [...pool];
  const done = new Map<number, ChunkResult>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitForNews = () => new Promise<void>((resolve) => (wake = resolve));
  for (const worker of pool) {
    worker.on("message", (message: { seq?: number; result?: ChunkResult; ready?: boolean }) => {
      if (message.ready) return;
      done.set(message.seq as number, message.result as ChunkResult);
      idle.push(worker);
      signal();
    });
    worker.on("error", (error) => {
      failure = error;
      signal();
    });
  }
  let sent = 0;
  let written = 0;
  const flush = async () => {
    if (failure) throw failure;
    for (let r = done.get(written); r !== undefined; r = done.get(written)) {
      done.delete(written);
      written++;
      await take(r);
    }
  };
  try {
    for await (const chunk of chunks) {
      // At most a few chunks wait to be written: memory stays constant.
      while (idle.length === 0 || done.size > 2 * count) {
        await flush();
        if (idle.length === 0 || done.size > 2 * count) await waitForNews();
      }
      (idle.pop() as Worker).postMessage({ seq: sent++, chunk });
      await flush();
    }
    while (written < sent) {
      await flush();
      if (written < sent) await waitForNews();
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
