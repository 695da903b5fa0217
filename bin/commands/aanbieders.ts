/**
 * `beleid aanbieders <bestand.policy> --aantal N --zaad S [--zorgsoort X] [--uit pad]`: writes
 * a synthetic but realistic dataset of providers for a policy (compiler/facts/dataset.ts), one
 * row of facts per provider, as CSV or JSON lines. The same seed gives the same file. For
 * trying out bulk evaluation (`beleid eval --aanbieders`), benchmarks and impact estimates.
 */

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { compileFile } from "../../compiler/compile.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { impactFacts } from "../../compiler/diff/impact.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import type { PolicyModel } from "../../compiler/model.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import { openFileAtomic, sameFile, type AtomicStream } from "../../compiler/output.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { asWritten } from "./evalBulk.js";
import { interruptedMessage, onInterrupt } from "./interrupt.js";
import { onePolicyFile, printDiagnostics, requireCareType, rowsFileFormat } from "./shared.js";

export interface AanbiedersOptions {
  readonly aantal: string;
  readonly zaad: string;
  readonly zorgsoort?: string;
  readonly uit?: string;
  /** A second policy (e.g. the previous version) whose facts the rows must also have. */
  readonly ook?: string;
}

const MAX_COUNT = 100_000_000;
const BATCH = 2000;

function wholeNumber(text: string, option: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || value < min || value > max) {
    throw new UsageError(`${option} moet een geheel getal zijn van ${min.toLocaleString("nl-NL")} tot en met ${max.toLocaleString("nl-NL")}, maar is ‘${text}’.`);
  }
  return value;
}

export async function runAanbieders(file: string, options: AanbiedersOptions, io: CliIo): Promise<number> {
  const count = wholeNumber(options.aantal, "--aantal", 1, MAX_COUNT);
  const seed = wholeNumber(options.zaad, "--zaad", -2_147_483_648, 2_147_483_647);
  const path = onePolicyFile(file, io);
  // The dataset must not replace a policy it is made from (a .csv name linked to it).
  for (const policy of options.uit !== undefined ? [file, ...(options.ook !== undefined ? [options.ook] : [])] : []) {
    if (sameFile(resolve(io.cwd, options.uit as string), resolve(io.cwd, policy))) {
      throw new UsageError(`--uit ‘${options.uit}’ is hetzelfde bestand als het beleid ‘${policy}’; het zou worden overschreven. Kies een ander bestand voor --uit.`);
    }
  }
  const result = compileFile(path);
  printDiagnostics(result.diagnostics, result.sources, io);
  if (!result.model || hasErrors(result.diagnostics)) return EXIT_ERRORS;
  const model = result.model;
  requireCareType(model, file, options.zorgsoort);

  // With --ook the rows also get the facts only the other policy has (for `beleid diff
  // --aanbieders`): the same seed generates both, and the rows are joined column by column.
  let other: PolicyModel | undefined;
  if (options.ook !== undefined) {
    const otherPath = onePolicyFile(options.ook, io);
    const otherResult = compileFile(otherPath);
    printDiagnostics(otherResult.diagnostics, otherResult.sources, io);
    if (!otherResult.model || hasErrors(otherResult.diagnostics)) return EXIT_ERRORS;
    other = otherResult.model;
  }
  const facts = other ? impactFacts(other, model) : datasetFacts(model, options.zorgsoort);
  const columns = [PROVIDER_COLUMN, ...facts.map((f) => f.id)];
  const writer = createRowWriter(options.uit ? rowsFileFormat(options.uit, "--uit") : "csv", columns);
  const existed = options.uit !== undefined && existsSync(resolve(io.cwd, options.uit));
  let out: AtomicStream | undefined;
  // Only with a file to clean up: on standard output Ctrl-C simply ends the process.
  const stopInterrupt = options.uit !== undefined
    ? onInterrupt(() => {
        out?.abort();
        return interruptedMessage(options.uit, existed);
      })
    : () => {};
  const write = async (text: string) => (out ? out.write(text) : io.stdout(text));
  try {
    out = options.uit ? openFileAtomic(resolve(io.cwd, options.uit)) : undefined;
    await write(writer.header());
    let batch: Record<string, unknown>[] = [];
    const generated = generateProviders(model, { count, seed, ...(options.zorgsoort ? { careType: options.zorgsoort } : {}) });
    const extra = other ? generateProviders(other, { count, seed }) : undefined;
    for (const row of generated) {
      batch.push(extra ? { ...(extra.next().value as Record<string, unknown>), ...row } : row);
      if (batch.length === BATCH) {
        await write(writer.rows(batch));
        batch = [];
        // Let a signal be handled (interrupt.ts) even when the disk never makes us wait.
        if (out) await new Promise(setImmediate);
      }
    }
    await write(writer.rows(batch));
    await out?.commit();
  } catch (error) {
    out?.abort();
    throw options.uit !== undefined ? asWritten(error, resolve(io.cwd, options.uit), options.uit) : error;
  } finally {
    stopInterrupt();
  }
  if (out) io.stderr(`${count.toLocaleString("nl-NL")} ${count === 1 ? "zorgaanbieder" : "zorgaanbieders"} geschreven naar ${options.uit} (zaad ${seed}).\n`);
  return EXIT_OK;
}
