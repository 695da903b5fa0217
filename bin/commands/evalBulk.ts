/**
 * `beleid eval <bestand.policy> --zorgsoort X --aanbieders <aanbieders.csv|.jsonl> [--uit
 * resultaten.csv|.jsonl]`: bulk evaluation (compiler/bulk) with a progress bar on a terminal
 * and a Dutch summary at the end (`--json`: the summary as JSON). Exit code 1 when rows were
 * rejected, so a script notices.
 */

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import cliProgress from "cli-progress";
import { evaluateBulk, type BulkSummary } from "../../compiler/bulk/index.js";
import { renderBulkSummary, timeLeft } from "../../compiler/bulk/summary.js";
import { titleWithVersion } from "../../compiler/render/title.js";
import { CHUNK_SIZE, RowsError } from "../../compiler/facts/rows.js";
import type { PolicyModel } from "../../compiler/model.js";
import { openFileAtomic, OutputError, sameFile, type AtomicStream } from "../../compiler/output.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { interruptedMessage, onInterrupt } from "./interrupt.js";
import { providersBytes, providersFile, providersFileError, rowsFileFormat } from "./shared.js";

export interface BulkEvalOptions {
  readonly zorgsoort: string;
  readonly aanbieders: string;
  readonly uit?: string;
  readonly werkers?: string;
  readonly json?: boolean;
}

/**
 * Refuses `--uit` when it names one of the `inputs` (the same path, a link to it or a hard
 * link): writing the results would replace what is being read. A usage error, exit code 2.
 */
export function refuseOverwritingInput(uit: string, io: CliIo, inputs: readonly { path: string; what: string }[]): void {
  const output = resolve(io.cwd, uit);
  const input = inputs.find(({ path }) => sameFile(output, resolve(io.cwd, path)));
  if (input) throw new UsageError(`--uit ‘${uit}’ is hetzelfde bestand als ${input.what}; het zou worden overschreven. Kies een ander bestand voor --uit.`);
}

/**
 * An OutputError about `--uit` with the path as the user wrote it (‘uit/resultaten.csv’), not
 * the absolute path the file was opened with.
 */
export function asWritten(error: unknown, absolute: string, written: string): unknown {
  return error instanceof OutputError ? new OutputError(error.message.replaceAll(`‘${absolute}’`, `‘${written}’`)) : error;
}

function workerCount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 64) throw new UsageError(`--werkers moet een geheel getal zijn van 0 tot en met 64, maar is ‘${text}’.`);
  return Number(text);
}

/** The summary for `--json`, in Dutch like every other JSON output of beleid (docs/bulk.md). */
function summaryJson(summary: BulkSummary, options: BulkEvalOptions) {
  return {
    formatVersion: 1,
    zorgsoort: options.zorgsoort,
    rijen: summary.rows,
    beoordeeld: summary.evaluated,
    afgekeurd: summary.rejected,
    perOvereenkomst: summary.perAgreement,
    nietInAanmerking: summary.notEligible,
    benaderd: summary.approached,
    ...(summary.notPurchased ? { nietIngekocht: summary.notPurchased } : {}),
    eersteAfgekeurd: summary.firstRejected,
    afgekeurdPerProbleem: summary.rejectedGroups,
    werkers: summary.workers,
    seconden: Math.round(summary.seconds * 100) / 100,
    ...(options.uit ? { uit: options.uit } : {}),
    ...(summary.fractionPercentages.length > 0 ? { waarschuwingen: summary.fractionPercentages.map((id) => ({ feit: id, melding: `Alle waarden van ‘${id}’ liggen tussen 0 en 1; een percentage schrijft u als 55, niet als 0,55.` })) } : {}),
  };
}

export async function runBulkEval(model: PolicyModel, options: BulkEvalOptions, io: CliIo): Promise<number> {
  const workers = workerCount(options.werkers);
  if (options.aanbieders === "-") {
    // The format follows from the file name, and the progress bar needs the size.
    throw new UsageError("--aanbieders leest niet van de standaardinvoer (‘-’): geef een bestand, met .csv (CSV) of .jsonl (JSON-regels) aan het eind van de naam.");
  }
  // The names first: a wrong extension is wrong use (exit code 2), whether the file exists or not.
  const inputFormat = rowsFileFormat(options.aanbieders, "--aanbieders");
  const outputFormat = options.uit !== undefined ? rowsFileFormat(options.uit, "--uit") : undefined;
  const input = providersFile(options.aanbieders, io);
  if ("problem" in input) return providersFileError(input.problem, options.json === true, io);
  const { path, size } = input;
  const careType = model.careTypes.find((c) => c.id === options.zorgsoort);
  let out: AtomicStream | undefined;
  const bar = io.tty && !options.json
    ? new cliProgress.SingleBar(
        { format: "{bar} {percentage}% | {rijen} rijen | nog {nog}", stream: process.stderr, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let summary: BulkSummary;
  const existed = options.uit !== undefined && existsSync(resolve(io.cwd, options.uit));
  const stopInterrupt = onInterrupt(() => {
    bar?.stop();
    out?.abort();
    return interruptedMessage(options.uit, existed);
  });
  try {
    out = options.uit ? openFileAtomic(resolve(io.cwd, options.uit)) : undefined;
    const started = performance.now();
    bar?.start(size, 0, { rijen: "0", nog: timeLeft(undefined) });
    summary = await evaluateBulk({
      model,
      careType: options.zorgsoort,
      input: providersBytes(path, CHUNK_SIZE),
      inputFormat,
      ...(out && outputFormat ? { output: { format: outputFormat, write: (text: string) => (out as AtomicStream).write(text) } } : {}),
      ...(workers !== undefined ? { workers } : {}),
      onProgress: ({ bytes, rows }) => {
        if (!bar) return;
        // The time left from the speed so far; unknown until a second has passed.
        const elapsed = (performance.now() - started) / 1000;
        bar.update(bytes, { rijen: rows.toLocaleString("nl-NL"), nog: timeLeft(elapsed >= 1 && bytes > 0 ? (elapsed / bytes) * (size - bytes) : undefined) });
      },
    });
    bar?.stop();
    await out?.commit();
  } catch (error) {
    bar?.stop();
    out?.abort();
    if (error instanceof RowsError) return providersFileError(`${options.aanbieders}: ${error.message}`, options.json === true, io);
    throw options.uit !== undefined ? asWritten(error, resolve(io.cwd, options.uit), options.uit) : error;
  } finally {
    stopInterrupt();
  }
  if (options.json) {
    io.stdout(JSON.stringify(summaryJson(summary, options), null, 2) + "\n");
  } else {
    io.stdout(renderBulkSummary(summary, { careType: careType?.name ?? options.zorgsoort, policy: titleWithVersion(model.meta), organisation: model.meta.organisation, ...(options.uit !== undefined ? { uit: options.uit } : {}) }));
    if (options.uit) io.stdout(`Resultaten per rij geschreven naar ${options.uit}.\n`);
  }
  return summary.rejected > 0 ? EXIT_ERRORS : EXIT_OK;
}
