/**
 * A worker thread of bulk evaluation: loads the evaluator module it is given, then evaluates
 * the chunks the main thread sends (chunk.ts) and sends back the results, tagged with the
 * chunk's sequence number so the main thread can write them in input order.
 */

import { parentPort, workerData } from "node:worker_threads";
import { evaluateChunk, resultWriter } from "./chunk.js";
import { prepareEvaluation, type EvaluationSetup } from "./setup.js";
import type { RowChunk } from "../facts/rows.js";

const setup = workerData as EvaluationSetup;
const evaluation = await prepareEvaluation(setup);
const writer = setup.outputFormat ? resultWriter(setup.outputFormat, setup.outputDelimiter, setup.notPurchased !== undefined) : undefined;

parentPort?.on("message", (message: { seq: number; chunk: RowChunk }) => {
  parentPort?.postMessage({ seq: message.seq, result: evaluateChunk(message.chunk, evaluation, writer) });
});
parentPort?.postMessage({ ready: true });
