/**
 * Reading provider rows (CSV or JSON lines) as facts for an evaluator, with constant memory:
 * the input is cut into chunks at record boundaries, each chunk is parsed (papaparse for CSV,
 * JSON.parse per line) and every cell is turned into a typed fact by `coerce.ts`. A row whose
 * facts do not fit gets its problems and its line number instead of facts; reading goes on.
 *
 * Chunks are plain data ({ text, firstLine }), so the bulk evaluator can parse them in worker
 * threads; `readProviderRows` does it all in this thread for library users (the impact
 * report, tests).
 *
 * Every row's facts are validated against the policy's facts schema with ajv (validateFacts.ts),
 * compiled once per policy and care type.
 *
 * CSV: the first record is the header with the fact keys (other columns are ignored, the
 * column `aanbieder` identifies the row); `,` or `;` as separator, detected from the header;
 * an empty cell or `onbekend` is unknown; a list is written as `a; b`.
 */

import Papa from "papaparse";
import type { Fact } from "../model.js";
import { factCoercer, type Coerced } from "./coerce.js";
import { PROVIDER_COLUMN } from "./dataset.js";
import { parseJsonText } from "./json.js";
import { objectBuilder } from "./objectBuilder.js";
import { factsValidator, type FactsValidator } from "./validateFacts.js";

export type RowFormat = "csv" | "jsonl";


/** A piece of the input that holds whole records. */
export interface RowChunk {
  readonly text: string;
  /** The line number (1-based) of the chunk's first line in the input. */
  readonly firstLine: number;
}

/** A bad input as a whole (a missing column, no header): a Dutch message, no rows read. */
export class RowsError extends Error {
  override name = "RowsError";
}

/** One provider row: its facts, or why they cannot be used. */
export type ProviderRow =
  | { readonly line: number; readonly id?: string; readonly facts: Record<string, unknown> }
  | { readonly line: number; readonly id?: string; readonly problems: readonly string[] };

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/** The end (after the newline) of the last complete record in `buffer`, or -1. */
function lastRecordEnd(buffer: Buffer, format: RowFormat): number {
  if (format === "jsonl" || buffer.indexOf(QUOTE) === -1) {
    const last = buffer.lastIndexOf(NEWLINE);
    return last === -1 ? -1 : last + 1;
  }
  // A newline inside quotes belongs to the field: count quotes (an escaped "" counts twice).
  let inQuotes = false;
  let end = -1;
  for (let i = 0; i < buffer.length; i++) {
    const byte = buffer[i];
    if (byte === QUOTE) inQuotes = !inQuotes;
    else if (byte === NEWLINE && !inQuotes) end = i + 1;
  }
  return end;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/**
 * The size of a chunk, and of a read from the file. Small enough that a chunk's text and the
 * objects parsed from it stay in V8's young generation and die there: chunks of 1 MiB went to
 * the large-object space and filled the old generation with garbage between full collections
 * (about 100 MB more memory for a large file, bench/README.md).
 */
export const CHUNK_SIZE = 64 * 1024;

/**
 * Cuts a byte stream into chunks of whole records of about `chunkSize` bytes. For CSV the
 * first chunk is the header record alone.
 */
export async function* chunkRows(input: AsyncIterable<Buffer | string>, format: RowFormat, chunkSize = CHUNK_SIZE): AsyncGenerator<RowChunk> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 1;
  let headerDone = format !== "csv";
  const emit = (bytes: Buffer): RowChunk => {
    let text = bytes.toString("utf8");
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const chunk = { text, firstLine: line };
    line += countNewlines(text);
    return chunk;
  };
  let pieces: Buffer[] = [];
  let size = 0;
  for await (const piece of input) {
    const bytes = typeof piece === "string" ? Buffer.from(piece) : piece;
    pieces.push(bytes);
    size += bytes.length;
    if (!headerDone) {
      pending = Buffer.concat([pending, ...pieces]);
      pieces = [];
      size = 0;
      const newline = pending.indexOf(NEWLINE);
      if (newline === -1) continue;
      // The header is one line: a header cell with a newline in it is not a fact key anyway.
      headerDone = true;
      yield emit(pending.subarray(0, newline + 1));
      pending = pending.subarray(newline + 1);
    }
    if (pending.length + size < chunkSize) continue;
    pending = Buffer.concat([pending, ...pieces]);
    pieces = [];
    size = 0;
    const end = lastRecordEnd(pending, format);
    if (end === -1) continue;
    yield emit(pending.subarray(0, end));
    pending = pending.subarray(end);
  }
  pending = Buffer.concat([pending, ...pieces]);
  if (pending.length > 0) {
    if (!headerDone) headerDone = true;
    yield emit(pending);
  }
}

/** How the header of a CSV maps onto the facts; prepared once, used for every chunk. */
export interface RowLayout {
  readonly format: RowFormat;
  readonly facts: readonly Fact[];
  /** CSV: the column index of each fact (same order as `facts`). */
  readonly columns: readonly number[];
  readonly idColumn: number;
  readonly delimiter: string;
  readonly newline: "\n" | "\r\n";
  readonly width: number;
  /** Per fact: text (or JSON value) -> typed value or problem. */
  readonly coercers: readonly ((raw: unknown) => Coerced)[];
  /** Builds the facts object from the typed values, in the order of `facts`. */
  readonly build: (values: readonly unknown[]) => Record<string, unknown>;
  /** The facts schema of the policy, compiled with ajv (validateFacts.ts); or none (see `LayoutOptions`). */
  readonly validate: FactsValidator | undefined;
}

export interface LayoutOptions {
  /**
   * Whether rows are checked against the facts schema (default): then a row with facts can go
   * to an evaluator's trusted entry point (`ZONDER_CONTROLE`). Without, the cells are only
   * converted to typed values, for a caller that gives them to an evaluator that checks them
   * itself (bulk evaluation).
   */
  readonly validate?: boolean;
}

function layoutBase(facts: readonly Fact[], options: LayoutOptions) {
  // Compiled on the first row: with worker threads the main thread reads only the header.
  let validator: FactsValidator | undefined;
  const validate: FactsValidator | undefined = options.validate === false ? undefined : (input) => (validator ??= factsValidator(facts))(input);
  return { facts, coercers: facts.map(factCoercer), build: objectBuilder(facts.map((f) => f.id)), validate };
}

/** The layout for JSON lines (no header). */
export function jsonLinesLayout(facts: readonly Fact[], options: LayoutOptions = {}): RowLayout {
  return { ...layoutBase(facts, options), format: "jsonl", columns: [], idColumn: -1, delimiter: "", newline: "\n", width: 0 };
}

/** Reads the CSV header; a missing fact column is a `RowsError` naming all of them. */
export function csvLayout(header: string, facts: readonly Fact[], options: LayoutOptions = {}): RowLayout {
  const firstLine = header.replace(/\r?\n$/, "");
  if (firstLine.trim() === "") throw new RowsError("Het bestand is leeg: de eerste regel moet de kolomnamen (de feiten) bevatten.");
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const names = (Papa.parse<string[]>(firstLine, { delimiter }).data[0] ?? []).map((n) => n.trim());
  const missing = facts.filter((f) => !names.includes(f.id)).map((f) => f.id);
  if (missing.length > 0) {
    const list = missing.map((m) => `‘${m}’`).join(", ");
    throw new RowsError(`${missing.length === 1 ? `De kolom ${list} ontbreekt` : `De kolommen ${list} ontbreken`} in de kopregel. Elke kolom heet naar een feit van het beleid.`);
  }
  const newline = header.endsWith("\r\n") ? "\r\n" : "\n";
  return {
    ...layoutBase(facts, options),
    format: "csv",
    columns: facts.map((f) => names.indexOf(f.id)),
    idColumn: names.indexOf(PROVIDER_COLUMN),
    delimiter,
    newline,
    width: names.length,
  };
}

/**
 * Coerces a row's cells, then (unless the layout says not to) validates the facts against the
 * policy's facts schema. A validated row with facts passes the evaluators' facts check
 * (`controleerFeiten`: the schema accepts exactly what it accepts), so its caller may skip that
 * check (`ZONDER_CONTROLE`).
 */
function toRow(layout: RowLayout, line: number, id: string | undefined, cells: unknown[]): ProviderRow {
  let problems: string[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const coerced = (layout.coercers[i] as (raw: unknown) => Coerced)(cells[i]);
    if (!("value" in coerced)) (problems ??= []).push(coerced.problem);
    else cells[i] = coerced.value;
  }
  if (!problems) {
    const facts = layout.build(cells);
    const invalid = layout.validate?.(facts) ?? [];
    if (invalid.length === 0) return id !== undefined && id !== "" ? { line, id, facts } : { line, facts };
    problems = invalid.map((p) => p.melding);
  }
  return id !== undefined && id !== "" ? { line, id, problems } : { line, problems };
}

/** Parses a chunk of records (not the CSV header) into rows. */
export function parseRowChunk(chunk: RowChunk, layout: RowLayout): ProviderRow[] {
  return layout.format === "jsonl" ? parseJsonLines(chunk, layout) : parseCsv(chunk, layout);
}

function parseJsonLines(chunk: RowChunk, layout: RowLayout): ProviderRow[] {
  const rows: ProviderRow[] = [];
  const lines = chunk.text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (text === "") continue;
    const line = chunk.firstLine + i;
    const parsed = parseJsonText(text);
    if ("problem" in parsed) {
      // One line of the file: the column says where.
      rows.push({ line, problems: [`De regel is geen geldige JSON: ${parsed.reason}${parsed.column !== undefined ? ` (kolom ${parsed.column})` : ""}.`] });
      continue;
    }
    const value = parsed.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      rows.push({ line, problems: ["De regel moet een JSON-object zijn met per feit een waarde."] });
      continue;
    }
    const object = value as Record<string, unknown>;
    const id = object[PROVIDER_COLUMN];
    const missing = layout.facts.filter((f) => !Object.prototype.hasOwnProperty.call(object, f.id));
    if (missing.length > 0) {
      rows.push({ line, problems: missing.map((f) => `‘${f.id}’ ontbreekt.`) });
      continue;
    }
    rows.push(toRow(layout, line, id === undefined || id === null ? undefined : String(id), layout.facts.map((f) => object[f.id])));
  }
  return rows;
}

function parseCsv(chunk: RowChunk, layout: RowLayout): ProviderRow[] {
  const rows: ProviderRow[] = [];
  const take = (record: string[], line: number) => {
    if (record.length === 1 && (record[0] as string).trim() === "") return; // an empty line
    if (record.length !== layout.width) {
      rows.push({ line, problems: [`De regel heeft ${record.length} ${record.length === 1 ? "kolom" : "kolommen"}; de kopregel heeft er ${layout.width}.`] });
      return;
    }
    const id = layout.idColumn >= 0 ? record[layout.idColumn] : undefined;
    const cells = new Array<string>(layout.columns.length);
    for (let i = 0; i < cells.length; i++) cells[i] = record[layout.columns[i] as number] as string;
    rows.push(toRow(layout, line, id, cells));
  };
  const options = { delimiter: layout.delimiter, newline: layout.newline };
  if (!chunk.text.includes('"')) {
    // No quotes, so every record is one line.
    const text = chunk.text.endsWith(layout.newline) ? chunk.text.slice(0, -layout.newline.length) : chunk.text;
    const data = Papa.parse<string[]>(text, options).data;
    for (let i = 0; i < data.length; i++) take(data[i] as string[], chunk.firstLine + i);
    return rows;
  }
  // Quoted fields may hold newlines: follow the parser's cursor to know each record's line.
  let line = chunk.firstLine;
  let consumed = 0;
  Papa.parse<string[]>(chunk.text, {
    ...options,
    step: (result) => {
      take(result.data, line);
      line += countNewlines(chunk.text.slice(consumed, result.meta.cursor + 1));
      consumed = result.meta.cursor + 1;
    },
  });
  return rows;
}

/** Reads all rows of a CSV or JSON-lines input in this thread. */
export async function* readProviderRows(input: AsyncIterable<Buffer | string>, format: RowFormat, facts: readonly Fact[]): AsyncGenerator<ProviderRow> {
  let layout: RowLayout | undefined = format === "jsonl" ? jsonLinesLayout(facts) : undefined;
  for await (const chunk of chunkRows(input, format)) {
    if (!layout) {
      layout = csvLayout(chunk.text, facts);
      continue;
    }
    yield* parseRowChunk(chunk, layout);
  }
  if (!layout) throw new RowsError("Het bestand is leeg: de eerste regel moet de kolomnamen (de feiten) bevatten.");
}
