/**
 * Reading provider rows (CSV or JSON lines) as facts for an evaluator, with constant memory:
 * the input is cut into chunks at record boundaries (chunks.ts), each chunk is parsed
 * (papaparse for CSV, JSON.parse per line) and every CSV cell is turned into a typed fact by
 * `coerce.ts`; a JSON line's values are taken as they are, as `beleid eval --feiten` takes
 * them. A row whose facts do not fit gets its problems and its line number instead of facts;
 * reading goes on.
 *
 * Chunks are plain data ({ text, firstLine }), so the bulk evaluator can parse them in worker
 * threads; `readProviderRows` does it all in this thread for library users (the impact
 * report, tests).
 *
 * Every row's facts are validated against the policy's facts schema with ajv (validateFacts.ts),
 * compiled once per policy and care type, unless the caller's evaluator checks them itself.
 *
 * CSV: the first record is the header with the fact keys (other columns are ignored, the
 * column `aanbieder` identifies the row); `,` or `;` as separator, detected from the header;
 * an empty cell or `onbekend` is unknown; a list is written as `a; b`. A row of empty cells is
 * skipped, as an empty line is; empty cells after the last column are no columns.
 */

import Papa from "papaparse";
import { opsomming } from "../../runtime/sentences.js";
import type { ProbleemSoort } from "../../runtime/facts.js";
import type { Fact } from "../model.js";
import { chunkRows, countNewlines, detectDelimiter, headerNames, MAX_RECORD, RowsError, type QuotesSeen, type RowChunk, type RowFormat } from "./chunks.js";
import { factCoercer, type Coerced } from "./coerce.js";
import { PROVIDER_COLUMN } from "./dataset.js";
import { parseJsonText } from "./json.js";
import { objectBuilder } from "./objectBuilder.js";
import { factsValidator, type FactsValidator } from "./validateFacts.js";

export { CHUNK_SIZE, chunkRows, RowsError, type RowChunk, type RowFormat } from "./chunks.js";

/**
 * Why a row cannot be used: a fact's problem as the evaluator gives it (`FeitProbleem`), or a
 * problem with the row itself (no JSON, the wrong number of columns, an unclosed quote), of
 * the kind `regel` and with no fact (`feit` is "").
 */
export type RowProblem =
  | { readonly feit: string; readonly soort: ProbleemSoort; readonly melding: string }
  /** `reden`: what is wrong with the row, for a program that counts (the bulk summary). */
  | { readonly feit: ""; readonly soort: "regel"; readonly melding: string; readonly reden: RowFault };

/** What is wrong with a row itself (a problem of the kind `regel`). */
export type RowFault = "te_lang" | "aanhalingsteken" | "tekst_na_aanhalingsteken" | "geen_json" | "geen_json_object" | "te_weinig_kolommen" | "te_veel_kolommen";

/** One provider row: its facts, or why they cannot be used. */
export type ProviderRow =
  | { readonly line: number; readonly id?: string; readonly facts: Record<string, unknown> }
  | { readonly line: number; readonly id?: string; readonly problems: readonly RowProblem[] };

/** A problem with the row itself, not with one of its facts. */
const rowProblem = (reden: RowFault, melding: string): RowProblem => ({ feit: "", soort: "regel", melding, reden });

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

const EMPTY_FILE = "Het bestand is leeg: de eerste regel moet de kolomnamen (de feiten) bevatten.";

/**
 * Reads the CSV header; a missing fact column is a `RowsError` naming all of them (and a
 * column that is there in other capitals), a fact column given twice one naming both places.
 */
export function csvLayout(header: string, facts: readonly Fact[], options: LayoutOptions = {}): RowLayout {
  const firstLine = header.replace(/\r?\n$/, "");
  if (firstLine.trim() === "") throw new RowsError(EMPTY_FILE);
  if (firstLine.includes("\t") && !firstLine.includes(",") && !firstLine.includes(";")) {
    throw new RowsError("De kolommen in de kopregel zijn gescheiden door tabs; beleid leest CSV met ‘,’ of ‘;’ als scheidingsteken. Sla het bestand op als CSV (in Excel: ‘CSV UTF-8 (door komma's gescheiden)’).");
  }
  const delimiter = detectDelimiter(firstLine);
  const names = headerNames(firstLine, delimiter);
  const twice = [PROVIDER_COLUMN, ...facts.map((f) => f.id)].flatMap((id) => {
    const at = names.flatMap((name, i) => (name === id ? [i + 1] : []));
    return at.length > 1 ? [`‘${id}’ (kolom ${opsomming(at.map(String))})`] : [];
  });
  if (twice.length > 0) {
    throw new RowsError(`${twice.length === 1 ? "De kolom" : "De kolommen"} ${opsomming(twice)} ${twice.length === 1 ? "staat" : "staan"} meer dan één keer in de kopregel; welke geldt, is niet te zeggen. Laat elke kolom één keer staan.`);
  }
  const missing = facts.filter((f) => !names.includes(f.id)).map((f) => f.id);
  if (missing.length > 0) {
    const list = opsomming(missing.map((m) => `‘${m}’`));
    const otherCase = missing.flatMap((m) => names.filter((n) => n.toLowerCase() === m.toLowerCase()).map((n) => `‘${n}’`));
    const hint = otherCase.length === 0 ? "" : ` De kopregel heeft wel ${opsomming(otherCase)}: schrijf de namen zoals het beleid ze schrijft (hoofdletters en kleine letters tellen).`;
    throw new RowsError(`${missing.length === 1 ? `De kolom ${list} ontbreekt` : `De kolommen ${list} ontbreken`} in de kopregel. Elke kolom heet naar een feit van het beleid.${hint}`, missing);
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
 * The columns whose value never holds a line break, for the chunker (chunks.ts): every fact but
 * a text, and a choice or set none of whose values has one. A fact that can hold one in any of
 * `facts` (two versions of a policy) can hold one. A quoted field over several lines in such a
 * column is a stray quote, not a value: that record is rejected instead of read as one row.
 */
export function singleLineColumns(facts: readonly Fact[]): Set<string> {
  const multiLine = new Set(facts.filter((f) => f.type === "tekst" || f.values?.some((v) => /[\r\n]/.test(v))).map((f) => f.id));
  return new Set(facts.filter((f) => !multiLine.has(f.id)).map((f) => f.id));
}

/** The row's provider, when it has a usable name. */
function providerName(id: unknown): string | undefined {
  if (typeof id === "string") return id === "" ? undefined : id;
  return typeof id === "number" ? String(id) : undefined;
}

/**
 * The name of a record with the wrong number of columns, unless it runs over several lines:
 * then it is likely a record swallowed by a quote, not a name.
 */
const suspectName = (id: string | undefined) => (id !== undefined && /[\n\r]/.test(id) ? undefined : id);

// Object literals, not spreads: these are made for every row of a million.
function factsRow(line: number, id: unknown, facts: Record<string, unknown>): ProviderRow {
  const name = providerName(id);
  return name === undefined ? { line, facts } : { line, id: name, facts };
}

function rejectedRow(line: number, id: unknown, problems: readonly RowProblem[]): ProviderRow {
  const name = providerName(id);
  return name === undefined ? { line, problems } : { line, id: name, problems };
}

/**
 * Coerces a row's cells, then (unless the layout says not to) validates the facts against the
 * policy's facts schema. A validated row with facts passes the evaluators' facts check
 * (`controleerFeiten`: the schema accepts exactly what it accepts), so its caller may skip that
 * check (`ZONDER_CONTROLE`).
 */
function toRow(layout: RowLayout, line: number, id: unknown, cells: unknown[]): ProviderRow {
  let problems: RowProblem[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const coerced = (layout.coercers[i] as (raw: unknown) => Coerced)(cells[i]);
    if (!("value" in coerced)) (problems ??= []).push({ feit: (layout.facts[i] as Fact).id, soort: coerced.soort, melding: coerced.problem });
    else cells[i] = coerced.value;
  }
  return problems ? rejectedRow(line, id, problems) : checked(layout, line, id, layout.build(cells));
}

function checked(layout: RowLayout, line: number, id: unknown, facts: Record<string, unknown>): ProviderRow {
  const invalid = layout.validate?.(facts);
  return invalid === undefined || invalid.length === 0 ? factsRow(line, id, facts) : rejectedRow(line, id, invalid);
}

/** Parses a chunk of records (not the CSV header) into rows. */
export function parseRowChunk(chunk: RowChunk, layout: RowLayout): ProviderRow[] {
  if (chunk.unreadable) return [unreadableRow(chunk, layout)];
  return layout.format === "jsonl" ? parseJsonLines(chunk, layout) : parseCsv(chunk, layout);
}

const MAX_RECORD_MB = `${MAX_RECORD / (1024 * 1024)} MB`;

/** A record the chunker could not cut out (chunks.ts): what went wrong, and where reading went on. */
function unreadableRow(chunk: RowChunk, layout: RowLayout): ProviderRow {
  const { reason, toEnd, nextLine } = chunk.unreadable as NonNullable<RowChunk["unreadable"]>;
  // The start of the record names the provider and the column where the quote opens.
  const cells = layout.format === "csv" ? (Papa.parse<string[]>(chunk.text, { delimiter: layout.delimiter, newline: layout.newline }).data[0] ?? []) : [];
  // The last cell is where the quote opens (or cut off): the cells before it are complete.
  const complete = Math.max(cells.length - 1, 0);
  const id = suspectName(layout.idColumn >= 0 && layout.idColumn < complete ? cells[layout.idColumn] : undefined);
  const goOn = nextLine === undefined ? "" : ` De regel is overgeslagen; het lezen gaat verder op regel ${nextLine}.`;
  if (reason === "long") return rejectedRow(chunk.firstLine, id, [rowProblem("te_lang", `De regel is langer dan ${MAX_RECORD_MB}; zo lang zijn de feiten van een zorgaanbieder niet.${goOn}`)]);
  const endsAtQuote = chunk.text === "" || /[\n,;]$/.test(chunk.text);
  const column = endsAtQuote ? layout.facts.find((_, i) => layout.columns[i] === complete)?.id ?? (complete === layout.idColumn ? PROVIDER_COLUMN : undefined) : undefined;
  const field = column !== undefined ? `de kolom ‘${column}’` : "een veld";
  if (reason === "textAfterQuote") return rejectedRow(chunk.firstLine, id, [textAfterQuote(chunk.unreadable?.quotes as QuotesSeen, field, layout.delimiter, goOn)]);
  if (reason === "lineBreak") return rejectedRow(chunk.firstLine, id, [lineBreak(chunk.unreadable?.quotes as QuotesSeen, chunk.unreadable?.column ?? "", goOn)]);
  const where = toEnd ? "wordt niet gesloten: er komt tot het einde van het bestand geen aanhalingsteken meer dat erbij past" : `wordt binnen ${MAX_RECORD_MB} niet gesloten`;
  return rejectedRow(chunk.firstLine, id, [rowProblem("aanhalingsteken", `Het aanhalingsteken (") waarmee ${field} begint, ${where}.${goOn}`)]);
}

/**
 * A quoted field whose closing quote is followed by text. On the line where the field opens,
 * the quote closes it and the text is what is wrong (`"De Linde" Utrecht`): say so, with both
 * ways to write the field. On a later line, the field's opening quote is most likely a stray
 * one that swallowed the lines after it: say which lines.
 */
function textAfterQuote(quotes: QuotesSeen, field: string, delimiter: string, goOn: string): RowProblem {
  const after = quotes.after.trim();
  const shown = `‘${after}${quotes.afterCut ? "…" : ""}’`;
  const where = `waar een scheidingsteken (‘${delimiter}’) of het einde van de regel hoort`;
  if (quotes.openLine !== quotes.closeLine) {
    return rowProblem(
      "aanhalingsteken",
      `Het aanhalingsteken (") waarmee ${field} begint, wordt op regel ${quotes.openLine} niet gesloten. Het eerste aanhalingsteken dat het veld zou kunnen sluiten, staat op regel ${quotes.closeLine}, maar daarna volgt ${shown}, ${where}; het sluit het veld dus niet. Staat er op regel ${quotes.openLine} een aanhalingsteken te veel of te weinig?${goOn}`,
    );
  }
  // Both ways to write it, when the field is short and plain enough to show.
  const plain = !quotes.insideCut && !quotes.afterCut && !/["\r\n]/.test(quotes.inside.replaceAll('""', "")) && !/["\r\n]/.test(quotes.after) && !quotes.inside.includes(delimiter);
  const inside = quotes.inside.replaceAll('""', '"');
  const examples = plain ? ` (‘"${`"${inside}"${quotes.after}`.replaceAll('"', '""')}"’, met elk aanhalingsteken in het veld verdubbeld, of ‘${inside}${quotes.after}’)` : "";
  return rowProblem(
    "tekst_na_aanhalingsteken",
    `Het aanhalingsteken (") waarmee ${field} begint, wordt gesloten na ‘${inside}${quotes.insideCut ? "…" : ""}’, maar daarna volgt ${shown}, ${where}. Zet het hele veld tussen aanhalingstekens of laat de aanhalingstekens weg${examples}.${goOn}`,
  );
}

/**
 * A quoted field that closes lines after it opens, in a column whose value never holds a line
 * break (a number, a date, yes or no, a choice, a list): papaparse would read the lines between
 * as one row, valid as CSV. Most likely a stray quote met another one: say which lines.
 */
function lineBreak(quotes: QuotesSeen, column: string, goOn: string): RowProblem {
  const { openLine, closeLine } = quotes;
  return rowProblem(
    "aanhalingsteken",
    `Het aanhalingsteken (") waarmee de kolom ‘${column}’ begint, wordt op regel ${openLine} niet gesloten, maar pas op regel ${closeLine}; zo zouden de regels ${openLine} tot en met ${closeLine} als één rij worden gelezen. Een waarde van ‘${column}’ loopt nooit over meer regels (dat kan alleen bij tekst). Staat er op regel ${openLine} een aanhalingsteken te veel of te weinig?${goOn}`,
  );
}

function parseJsonLines(chunk: RowChunk, layout: RowLayout): ProviderRow[] {
  const rows: ProviderRow[] = [];
  const lines = chunk.text.split("\n");
  const values = new Array<unknown>(layout.facts.length);
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as string).trim();
    if (text === "") continue;
    const line = chunk.firstLine + i;
    const parsed = parseJsonText(text);
    if ("problem" in parsed) {
      // One line of the file: the column says where.
      const columns = parsed.first ? `kolom ${parsed.first.column} en ${parsed.column}` : `kolom ${parsed.column}`;
      rows.push({ line, problems: [rowProblem("geen_json", `De regel is geen geldige JSON: ${parsed.reason}${parsed.column !== undefined ? ` (${columns})` : ""}.`)] });
      continue;
    }
    const value = parsed.value;
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      rows.push({ line, problems: [rowProblem("geen_json_object", "De regel moet een JSON-object zijn met per feit een waarde.")] });
      continue;
    }
    // The values as they are, as with --feiten: "97" is a text, not a number. The evaluator
    // (or the facts schema) refuses what does not fit, with the same words as for --feiten.
    const object = value as Record<string, unknown>;
    let complete = true;
    for (let f = 0; f < values.length; f++) {
      const id = (layout.facts[f] as Fact).id;
      if (Object.prototype.hasOwnProperty.call(object, id)) values[f] = object[id];
      else complete = false;
    }
    const facts = complete ? layout.build(values) : Object.fromEntries(layout.facts.filter((f) => Object.prototype.hasOwnProperty.call(object, f.id)).map((f) => [f.id, object[f.id]]));
    rows.push(checked(layout, line, object[PROVIDER_COLUMN], facts));
  }
  return rows;
}

/** Whether every cell of a record is blank: an empty line, or an Excel row of only separators. */
function blank(record: readonly string[]): boolean {
  for (const cell of record) if (cell.trim() !== "") return false;
  return true;
}

function parseCsv(chunk: RowChunk, layout: RowLayout): ProviderRow[] {
  const rows: ProviderRow[] = [];
  const take = (record: string[], line: number, lines: number) => {
    if ((record[0] as string).trim() === "" && blank(record)) return;
    let width = record.length;
    // Empty cells after the last column (Excel writes them) are no columns.
    while (width > layout.width && (record[width - 1] as string).trim() === "") width--;
    if (width !== layout.width) {
      const id = suspectName(layout.idColumn >= 0 && layout.idColumn < width ? record[layout.idColumn] : undefined);
      // A record over several lines, from a quoted field with newlines: likely a quote too many or too few.
      const across = lines > 1 ? ` De regel loopt door tot en met regel ${line + lines - 1}, omdat een veld tussen aanhalingstekens (") regelovergangen bevat; staat er ergens een aanhalingsteken te veel of te weinig?` : "";
      rows.push(rejectedRow(line, id, [rowProblem(width < layout.width ? "te_weinig_kolommen" : "te_veel_kolommen", `De regel heeft ${width} ${width === 1 ? "kolom" : "kolommen"}; de kopregel heeft er ${layout.width}.${across}`)]));
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
    const data = parseCsvText(text, options).data;
    for (let i = 0; i < data.length; i++) take(data[i] as string[], chunk.firstLine + i, 1);
    return rows;
  }
  // Quoted fields may hold newlines: follow the parser's cursor to know each record's line.
  let line = chunk.firstLine;
  let consumed = 0;
  parseCsvText(chunk.text, {
    ...options,
    step: (result) => {
      const lines = countNewlines(chunk.text.slice(consumed, result.meta.cursor + 1));
      if (result.errors.some((e) => e.type === "Quotes")) {
        // The chunker cuts such a record out before papaparse sees it (chunks.ts); should one
        // come through, papaparse's reading (the quote as text) is not trusted: rejected.
        const span = lines > 1 ? `de regels ${line} tot en met ${line + lines - 1}` : "deze regel";
        rows.push(rejectedRow(line, undefined, [rowProblem("aanhalingsteken", `Een aanhalingsteken (") in ${span} staat niet aan het begin of het eind van een veld; welke velden er bedoeld zijn, is niet te zeggen.`)]));
      } else {
        take(result.data[0] as string[], line, Math.max(lines, 1));
      }
      line += lines;
      consumed = result.meta.cursor + 1;
    },
  });
  return rows;
}

/**
 * Parses CSV text with papaparse's core parser (`Papa.Parser`), which `Papa.parse` wraps in a
 * handle and a streamer for files, downloads, headers and typing, none of which a chunk needs
 * (its delimiter and newline are known). Same records, same errors; in a step, `data` holds
 * the one record (a property test compares both). Measured on 200,000 rows of 32 columns, cut
 * into chunks: with `Papa.parse` V8 kept ~190 MB of parsed cells through young-generation
 * collections (promoted to the old generation), with the core parser ~1.5 MB; reading took
 * ~2.3 s and ~0.7 s (bench/README.md).
 */
export function parseCsvText(text: string, config: { delimiter: string; newline: "\n" | "\r\n"; step?: (result: Papa.ParseStepResult<string[][]>) => void }): Papa.ParseResult<string[]> {
  return new Papa.Parser(config).parse(text, 0, false) as Papa.ParseResult<string[]>;
}

/** Reads all rows of a CSV or JSON-lines input in this thread. */
export async function* readProviderRows(input: AsyncIterable<Buffer | string>, format: RowFormat, facts: readonly Fact[]): AsyncGenerator<ProviderRow> {
  let layout: RowLayout | undefined = format === "jsonl" ? jsonLinesLayout(facts) : undefined;
  for await (const chunk of chunkRows(input, format, undefined, undefined, singleLineColumns(facts))) {
    if (!layout) {
      layout = csvLayout(chunk.text, facts);
      continue;
    }
    yield* parseRowChunk(chunk, layout);
  }
  if (!layout) throw new RowsError(EMPTY_FILE);
}
