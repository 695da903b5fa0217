/**
 * Writing rows as CSV (papaparse) or JSON lines, in batches, for the generated provider
 * dataset and the results of bulk evaluation. Values are written the way `rows.ts` reads
 * them back: ja/nee, a list as `a; b`, `onbekend` for unknown.
 */

import Papa from "papaparse";
import type { RowFormat } from "./rows.js";

/** A typed value as a CSV cell; `unknown` is what null becomes. */
export function formatCell(value: unknown, unknown = "onbekend"): string {
  if (value === null || value === undefined) return unknown;
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (Array.isArray(value)) return value.join("; ");
  return String(value);
}

export interface RowWriter {
  readonly format: RowFormat;
  /** The header line (CSV) or nothing (JSON lines). */
  header(): string;
  /** The text of a batch of rows, each line ending in "\n". */
  rows(rows: readonly Readonly<Record<string, unknown>>[]): string;
}

/**
 * `unknown`: how a CSV cell shows null (default `onbekend`; results leave it empty);
 * `delimiter`: the CSV separator (results use the input's, so a Dutch Excel reads them).
 */
export function createRowWriter(format: RowFormat, columns: readonly string[], unknown = "onbekend", delimiter = ","): RowWriter {
  if (format === "jsonl") {
    return {
      format,
      header: () => "",
      rows: (rows) => {
        let text = "";
        for (const row of rows) {
          const ordered: Record<string, unknown> = {};
          for (const c of columns) ordered[c] = row[c] ?? null;
          text += JSON.stringify(ordered) + "\n";
        }
        return text;
      },
    };
  }
  const unparse = (data: unknown[][]) => (data.length === 0 ? "" : Papa.unparse(data, { newline: "\n", delimiter }) + "\n");
  return {
    format,
    header: () => unparse([[...columns]]),
    rows: (rows) => unparse(rows.map((row) => columns.map((c) => formatCell(row[c], unknown)))),
  };
}
