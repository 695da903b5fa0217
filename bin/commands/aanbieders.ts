/**
 * `beleid aanbieders <bestand.policy> --aantal N --zaad S [--zorgsoort X] [--uit pad]`: writes
 * a synthetic but realistic dataset of providers for a policy (compiler/facts/dataset.ts), one
 * row of facts per provider, as CSV or JSON lines. The same seed gives the same file. For
 * trying out bulk evaluation (`beleid eval --aanbieders`), benchmarks and impact estimates.
 */

import { resolve } from "node:path";
import { compileFile } from "../../compiler/compile.js";
import { hasErrors } from "../../compiler/diagnostics/diagnostic.js";
import { datasetFacts, generateProviders, PROVIDER_COLUMN } from "../../compiler/facts/dataset.js";
import { rowFormatOf } from "../../compiler/facts/rows.js";
import { createRowWriter } from "../../compiler/facts/rowsWriter.js";
import { openFileAtomic } from "../../compiler/output.js";
import { closestName } from "../../compiler/suggest.js";
import { EXIT_ERRORS, EXIT_OK, UsageError, type CliIo } from "../cli/io.js";
import { policyFilesFrom, printDiagnostics } from "./shared.js";

export interface AanbiedersOptions {
  readonly aantal: string;
  readonly zaad: string;
  readonly zorgsoort?: string;
  readonly uit?: string;
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
  const [path] = policyFilesFrom([file], io);
  const result = compileFile(path as string);
  printDiagnostics(result.diagnostics, result.sources, io);
  if (!result.model || hasErrors(result.diagnostics)) return EXIT_ERRORS;
  const model = result.model;
  if (model.careTypes.length === 0) throw new UsageError(`‘${file}’ is een gedeeld bestand zonder zorgsoorten; kies een inkoopbeleid.`);
  if (options.zorgsoort !== undefined && !model.careTypes.some((c) => c.id === options.zorgsoort)) {
    const ids = model.careTypes.map((c) => c.id);
    const suggestion = closestName(options.zorgsoort, ids);
    throw new UsageError(`Onbekende zorgsoort ‘${options.zorgsoort}’.${suggestion ? ` Bedoelt u ‘${suggestion}’?` : ""} Zorgsoorten in dit beleid: ${ids.join(", ")}.`);
  }

  const columns = [PROVIDER_COLUMN, ...datasetFacts(model, options.zorgsoort).map((f) => f.id)];
  const writer = createRowWriter(options.uit ? rowFormatOf(options.uit) : "csv", columns);
  const out = options.uit ? openFileAtomic(resolve(io.cwd, options.uit)) : undefined;
  const write = async (text: string) => (out ? out.write(text) : io.stdout(text));
  try {
    await write(writer.header());
    let batch: Record<string, unknown>[] = [];
    for (const row of generateProviders(model, { count, seed, ...(options.zorgsoort ? { careType: options.zorgsoort } : {}) })) {
      batch.push(row);
      if (batch.length === BATCH) {
        await write(writer.rows(batch));
        batch = [];
      }
    }
    await write(writer.rows(batch));
    await out?.commit();
  } catch (error) {
    out?.abort();
    throw error;
  }
  if (out) io.stderr(`${count.toLocaleString("nl-NL")} ${count === 1 ? "zorgaanbieder" : "zorgaanbieders"} geschreven naar ${options.uit} (zaad ${seed}).\n`);
  return EXIT_OK;
}
