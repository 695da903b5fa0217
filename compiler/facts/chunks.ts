/**
 * Cutting a file of provider rows (CSV or JSON lines) into chunks of whole records, with
 * constant memory and in linear time, before any record is parsed (rows.ts parses the chunks,
 * in worker threads for bulk evaluation). Also where the bytes become text: the file must be
 * UTF-8 (a BOM is allowed and remembered, so results can be written the same way).
 *
 * A CSV record ends at a newline outside quotes. A field is quoted only when its first
 * character is `"`, and inside it `""` is a quote and a `"` that is not followed by the
 * separator, the end of the line or the end of the file is part of the text: the rules of
 * papaparse, which parses the chunks, so both cut the records at the same places.
 *
 * A record that cannot be read does not stop the reading: a quote that is never closed, a
 * quoted field whose closing quote is followed by text (`"De Linde" Utrecht,`: papaparse
 * takes that quote as text and reads on to the next one, silently swallowing lines when the
 * opening quote was a stray one), a quoted field over several lines in a column whose value
 * never holds a line break (a number, a date: a stray quote that met another one lines later,
 * which papaparse would read as one valid record), or a record longer than `MAX_RECORD`,
 * becomes a chunk of its own with `unreadable` set, and reading goes on at the line after the
 * one where the quote was opened (or after the long line). Without that limit an open quote would swallow the rest of
 * the file (and scanning it again for every piece read would take quadratic time).
 */

import { isUtf8 } from "node:buffer";
import Papa from "papaparse";

export type RowFormat = "csv" | "jsonl";

/** A bad input as a whole (a missing column, no header, not UTF-8): a Dutch message. */
export class RowsError extends Error {
  override name = "RowsError";

  constructor(
    message: string,
    /** The fact columns the header lacks, when that is the problem. */
    readonly missingColumns: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Why a record could not be read. */
export interface Unreadable {
  /**
   * A quoted field that is not closed (before the end of the file or within `MAX_RECORD`), one
   * whose closing quote is followed by text (`textAfterQuote`), one that closes on a later line
   * in a column whose value never holds a line break (`lineBreak`), or a record that is too long.
   */
  readonly reason: "quote" | "textAfterQuote" | "lineBreak" | "long";
  /** Whether the quote stays open to the end of the file. */
  readonly toEnd: boolean;
  /** The line on which reading goes on; undefined when the record runs to the end of the file. */
  readonly nextLine: number | undefined;
  /**
   * With `textAfterQuote`: where the field's quote opens and the quote followed by text; with
   * `lineBreak`: where it opens and where it closes.
   */
  readonly quotes?: QuotesSeen;
  /** With `lineBreak`: the column's name in the header. */
  readonly column?: string;
}

/** A quoted field whose closing quote is followed by text (`"De Linde" Utrecht,`), or that closes lines later. */
export interface QuotesSeen {
  /** The line of the quote that opens the field. */
  readonly openLine: number;
  /** The line of the quote followed by text (or that closes the field). */
  readonly closeLine: number;
  /** The field's text between the two quotes (at most `SNIPPET` characters; `""` not yet undoubled). */
  readonly inside: string;
  /** What follows the closing quote, up to the separator or the end of the line (at most `SNIPPET` characters). */
  readonly after: string;
  /** Whether `inside`, or `after`, was cut short. */
  readonly insideCut: boolean;
  readonly afterCut: boolean;
}

/** A piece of the input that holds whole records. */
export interface RowChunk {
  readonly text: string;
  /** The line number (1-based) of the chunk's first line in the input. */
  readonly firstLine: number;
  /**
   * A record that cannot be read: `text` is then its start (up to the open quote, or at most
   * 4 KiB), which may name the provider and the column.
   */
  readonly unreadable?: Unreadable;
  /** The header chunk of a file that starts with a UTF-8 byte-order mark. */
  readonly bom?: boolean;
}

/**
 * The size of a chunk, and of a read from the file. Small enough that a chunk's text and the
 * objects parsed from it stay in V8's young generation and die there: chunks of 1 MiB went to
 * the large-object space and filled the old generation with garbage between full collections
 * (about 100 MB more memory for a large file, bench/README.md).
 */
export const CHUNK_SIZE = 64 * 1024;

/** The longest record read: far more than any provider's facts, small enough to keep in memory. */
export const MAX_RECORD = 1024 * 1024;

const NEWLINE = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const SPACE = 0x20;
/** How much of an unreadable record is kept, to name the provider. */
const UNREADABLE_START = 4096;
/** How much of a quoted field, and of the text after its closing quote, a message quotes. */
const SNIPPET = 60;

/** The separator of a CSV file, from its header: `;` when it has semicolons and no commas. */
export function detectDelimiter(header: string): string {
  return header.includes(";") && !header.includes(",") ? ";" : ",";
}

/** The column names of a CSV header (its first record, with or without the newline). */
export function headerNames(header: string, delimiter: string): string[] {
  return (Papa.parse<string[]>(header.replace(/\r?\n$/, ""), { delimiter }).data[0] ?? []).map((n) => n.trim());
}

export function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function countNewlineBytes(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) count++;
  return count;
}

const NOT_UTF8 = "Het bestand is niet in UTF-8 opgeslagen";
const SAVE_AS = "sla het op als ‘CSV UTF-8 (door komma's gescheiden)’ (Excel) of kies bij het opslaan de codering UTF-8";

/** The bytes as text; a RowsError naming the first line that is not UTF-8. */
function decode(bytes: Buffer, firstLine: number): string {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  let line = firstLine;
  for (let start = 0; start < bytes.length; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    const stop = end === -1 ? bytes.length : end;
    if (!isUtf8(bytes.subarray(start, stop))) break;
    start = stop + 1;
  }
  throw new RowsError(`${NOT_UTF8} (regel ${line} bevat een teken dat in UTF-8 niet bestaat, zoals een ‘ë’ uit Windows-1252); ${SAVE_AS}.`);
}

/** A RowsError for a file that starts as UTF-16 does (a BOM, or zero bytes in the first line). */
function refuseUtf16(start: Buffer): void {
  const bom = start.length >= 2 && ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff));
  if (bom || start.subarray(0, 200).includes(0)) throw new RowsError(`${NOT_UTF8}, maar in UTF-16 (‘Unicode-tekst’); ${SAVE_AS}.`);
}

/**
 * Finds record ends in a growing buffer that starts at a record boundary, scanning each byte
 * once: the state (in a quoted field or not) is kept between calls.
 */
class RecordScanner {
  /** The end (after the newline) of the last complete record, or -1. */
  lastEnd = -1;
  /** Where scanning goes on. */
  scanned = 0;
  inQuotes = false;
  /** The position of the quote that opened the current quoted field. */
  quoteAt = -1;
  /**
   * The position of a quote in the current quoted field that is followed by text, not by the
   * separator or the end of the line: the record cannot be read (papaparse would take the quote
   * as text and read on to the next one). Scanning stops there.
   */
  textAfterQuoteAt = -1;
  /**
   * The position of the quote that closes the current quoted field on a later line than it
   * opened, in a column whose value never holds a line break (`singleLine`): the record cannot
   * be read. Scanning stops there.
   */
  lineBreakAt = -1;
  /** With `lineBreakAt`: the column of the field. */
  lineBreakColumn = -1;
  /** Where the current record starts. */
  private recordStart = 0;
  /** Per column (by index in the header): its value never holds a line break. */
  private singleLine: readonly boolean[] = [];

  constructor(
    private readonly quotes: boolean,
    private delimiter = 0x2c,
  ) {}

  get delimiterByte(): number {
    return this.delimiter;
  }

  setDelimiter(delimiter: string): void {
    this.delimiter = delimiter.charCodeAt(0);
  }

  setSingleLineColumns(columns: readonly boolean[]): void {
    this.singleLine = columns;
  }

  /** Forgets everything before `offset` (emitted): positions move with it. */
  shift(offset: number): void {
    this.scanned -= offset;
    this.lastEnd = -1;
    this.recordStart = Math.max(this.recordStart - offset, 0);
    if (this.quoteAt !== -1) this.quoteAt -= offset;
    if (this.textAfterQuoteAt !== -1) this.textAfterQuoteAt -= offset;
    if (this.lineBreakAt !== -1) this.lineBreakAt -= offset;
  }

  reset(): void {
    this.lastEnd = -1;
    this.scanned = 0;
    this.recordStart = 0;
    this.inQuotes = false;
    this.quoteAt = -1;
    this.textAfterQuoteAt = -1;
    this.lineBreakAt = -1;
    this.lineBreakColumn = -1;
  }

  /**
   * The column of the quoted field that opens at `quoteAt` and closes at `closeAt`, when it
   * holds a line break in a column whose value never does; otherwise -1. Counting the columns
   * walks the record, but only for a field over several lines (rare).
   */
  private refusedLineBreak(buf: Buffer, closeAt: number): number {
    if (this.singleLine.length === 0 || !buf.subarray(this.quoteAt, closeAt).includes(NEWLINE)) return -1;
    let column = 0;
    let quoted = false;
    for (let k = this.recordStart; k < this.quoteAt; k++) {
      const byte = buf[k];
      if (quoted) {
        if (byte === QUOTE) {
          if (buf[k + 1] === QUOTE) k++;
          else quoted = false;
        }
      } else if (byte === QUOTE && (k === this.recordStart || buf[k - 1] === this.delimiter)) {
        quoted = true;
      } else if (byte === this.delimiter) {
        column++;
      }
    }
    return this.singleLine[column] === true ? column : -1;
  }

  scan(buf: Buffer, atEnd: boolean): void {
    let i = this.scanned;
    if (!this.quotes) {
      if (buf.length > i) {
        const nl = buf.lastIndexOf(NEWLINE);
        if (nl >= i) this.lastEnd = nl + 1;
      }
      this.scanned = buf.length;
      return;
    }
    while (i < buf.length) {
      const q = buf.indexOf(QUOTE, i);
      if (!this.inQuotes) {
        const stop = q === -1 ? buf.length : q;
        if (stop > i) {
          const nl = buf.lastIndexOf(NEWLINE, stop - 1);
          if (nl >= i) this.lastEnd = this.recordStart = nl + 1;
        }
        if (q === -1) {
          i = buf.length;
          break;
        }
        // Only a quote at the start of a field opens a quoted field.
        const before = q === 0 ? NEWLINE : buf[q - 1];
        if (before === NEWLINE || before === this.delimiter) {
          this.inQuotes = true;
          this.quoteAt = q;
        }
        i = q + 1;
        continue;
      }
      if (q === -1) {
        i = buf.length;
        break;
      }
      let j = q + 1;
      if (j < buf.length && buf[j] === QUOTE) {
        i = j + 1; // "" is a quote in the text
        continue;
      }
      while (j < buf.length && buf[j] === SPACE) j++;
      if (j === buf.length && !atEnd) {
        i = q; // what follows the quote decides; wait for it
        break;
      }
      const next = buf[j];
      if (j === buf.length || next === this.delimiter || next === NEWLINE || next === CR) {
        const column = this.refusedLineBreak(buf, q);
        if (column !== -1) {
          this.lineBreakAt = q;
          this.lineBreakColumn = column;
          i = q;
          break;
        }
        this.inQuotes = false;
        this.quoteAt = -1;
        i = q + 1;
        continue;
      }
      // Text after the quote: the record cannot be read. Wait for the end of that line (the
      // message quotes what follows), then stop.
      if (!atEnd && buf.indexOf(NEWLINE, j) === -1) {
        i = q;
        break;
      }
      this.textAfterQuoteAt = q;
      i = q;
      break;
    }
    this.scanned = i;
  }
}

/**
 * Cuts a byte stream into chunks of whole records of about `chunkSize` bytes. For CSV the
 * first chunk is the header record alone. `singleLineColumns`: the columns (by name) whose
 * value never holds a line break (facts that are no text, `singleLineColumns` in rows.ts).
 */
export async function* chunkRows(
  input: AsyncIterable<Buffer | string>,
  format: RowFormat,
  chunkSize = CHUNK_SIZE,
  maxRecord = MAX_RECORD,
  singleLineColumns: ReadonlySet<string> = new Set(),
): AsyncGenerator<RowChunk> {
  const scanner = new RecordScanner(format === "csv");
  let columnNames: readonly string[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let pieces: Buffer[] = [];
  let size = 0;
  let line = 1;
  let started = false;
  let bom = false;
  let headerDone = format !== "csv";
  /** Discarding the rest of a line that is too long, up to its newline. */
  let skipping = false;

  const take = (end: number): RowChunk => {
    const text = decode(pending.subarray(0, end), line);
    const chunk = { text, firstLine: line };
    line += countNewlines(text);
    pending = pending.subarray(end);
    scanner.shift(end);
    return chunk;
  };

  /** What a message quotes of a quoted field whose closing quote (at `closeAt`) is followed by text, or closes lines later. */
  const quotesSeen = (closeAt: number): QuotesSeen => {
    const { quoteAt } = scanner;
    const snippet = (from: number, to: number) => {
      const text = pending.subarray(from, Math.min(to, from + 4 * SNIPPET)).toString("utf8");
      return { text: text.slice(0, SNIPPET), cut: to - from > 4 * SNIPPET || text.length > SNIPPET };
    };
    let afterEnd = closeAt + 1;
    while (afterEnd < pending.length && pending[afterEnd] !== scanner.delimiterByte && pending[afterEnd] !== NEWLINE && pending[afterEnd] !== CR) afterEnd++;
    const inside = snippet(quoteAt + 1, closeAt);
    const after = snippet(closeAt + 1, afterEnd);
    return {
      openLine: line + countNewlineBytes(pending.subarray(0, quoteAt)),
      closeLine: line + countNewlineBytes(pending.subarray(0, closeAt)),
      inside: inside.text,
      after: after.text,
      insideCut: inside.cut,
      afterCut: after.cut,
    };
  };

  /** The record at the start of `pending` cannot be read: a chunk for it, then go on after it. */
  const unreadable = (atEnd: boolean): RowChunk => {
    const quoteLineEnd = scanner.inQuotes ? pending.indexOf(NEWLINE, scanner.quoteAt) : -1;
    const textAfterQuote = scanner.textAfterQuoteAt !== -1;
    const lineBreak = scanner.lineBreakAt !== -1;
    const reason = textAfterQuote ? "textAfterQuote" : lineBreak ? "lineBreak" : scanner.inQuotes ? "quote" : "long";
    const quotes = textAfterQuote
      ? { quotes: quotesSeen(scanner.textAfterQuoteAt) }
      : lineBreak
        ? { quotes: quotesSeen(scanner.lineBreakAt), column: columnNames[scanner.lineBreakColumn] ?? "" }
        : {};
    const startEnd = scanner.inQuotes ? Math.min(scanner.quoteAt, UNREADABLE_START) : Math.min(pending.length, UNREADABLE_START);
    const text = pending.subarray(0, startEnd).toString("utf8");
    const firstLine = line;
    const toEnd = atEnd && scanner.inQuotes && !textAfterQuote && !lineBreak;
    if (quoteLineEnd !== -1) {
      // Go on at the line after the quote's.
      line += countNewlineBytes(pending.subarray(0, quoteLineEnd + 1));
      pending = pending.subarray(quoteLineEnd + 1);
      scanner.reset();
      return { text, firstLine, unreadable: { reason, toEnd, nextLine: line, ...quotes } };
    }
    // The line itself is too long (or runs to the end of the file): drop it up to its newline.
    line += countNewlineBytes(pending);
    pending = Buffer.alloc(0);
    scanner.reset();
    skipping = !atEnd;
    return { text, firstLine, unreadable: { reason, toEnd, nextLine: atEnd ? undefined : line + 1, ...quotes } };
  };

  function* cut(atEnd: boolean): Generator<RowChunk> {
    for (;;) {
      scanner.scan(pending, atEnd);
      if (scanner.lastEnd > 0) yield take(scanner.lastEnd);
      const open = scanner.textAfterQuoteAt !== -1 || scanner.lineBreakAt !== -1 || (atEnd ? pending.length > 0 && scanner.inQuotes : pending.length > maxRecord);
      if (open) {
        yield unreadable(atEnd);
        continue;
      }
      if (atEnd && pending.length > 0) yield take(pending.length);
      return;
    }
  }

  for await (const piece of input) {
    let bytes = typeof piece === "string" ? Buffer.from(piece) : piece;
    if (!started) {
      // The first bytes decide: wait for three (a BOM) unless the file is shorter.
      pieces.push(bytes);
      size += bytes.length;
      if (size < 3) continue;
      bytes = Buffer.concat(pieces);
      pieces = [];
      size = 0;
      started = true;
      refuseUtf16(bytes);
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        bom = true;
        bytes = bytes.subarray(3);
      }
    }
    if (skipping) {
      const nl = bytes.indexOf(NEWLINE);
      if (nl === -1) continue;
      skipping = false;
      line++;
      bytes = bytes.subarray(nl + 1);
    }
    pieces.push(bytes);
    size += bytes.length;
    if (!headerDone) {
      pending = Buffer.concat([pending, ...pieces]);
      pieces = [];
      size = 0;
      const newline = pending.indexOf(NEWLINE);
      if (newline === -1) {
        if (pending.length > maxRecord) throw new RowsError("De eerste regel (de kopregel) is langer dan 1 MB; staat er een regelovergang in het bestand?");
        continue;
      }
      // The header is one line: a header cell with a newline in it is not a fact key anyway.
      headerDone = true;
      const header = { ...take(newline + 1), ...(bom ? { bom } : {}) };
      scanner.reset();
      const delimiter = detectDelimiter(header.text);
      scanner.setDelimiter(delimiter);
      if (singleLineColumns.size > 0) {
        columnNames = headerNames(header.text, delimiter);
        scanner.setSingleLineColumns(columnNames.map((name) => singleLineColumns.has(name)));
      }
      yield header;
    }
    if (pending.length + size < chunkSize) continue;
    pending = Buffer.concat([pending, ...pieces]);
    pieces = [];
    size = 0;
    yield* cut(false);
  }
  if (!started && size > 0) {
    // A file of fewer than three bytes.
    const bytes = Buffer.concat(pieces);
    refuseUtf16(bytes);
    pieces = [bytes];
  }
  pending = Buffer.concat([pending, ...pieces]);
  if (!headerDone && pending.length > 0) {
    // A header without a newline, and no rows.
    yield { ...take(pending.length), ...(bom ? { bom } : {}) };
    return;
  }
  if (!skipping) yield* cut(true);
}
