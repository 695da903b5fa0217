/**
 * The author's lines of a folded text (`>-`) or of a plain text written over several lines,
 * for the formatter, which prints them again at the canonical indentation with the same line
 * breaks (the yaml printer, with lineWidth 0, would join them into one line). A folded block
 * keeps its header as far as it matters: the chomping indicator (`-`, `+`) as written, an
 * indentation indicator (`>2-`) when the first line starts with a space. The lines are only
 * used when they read back as the same text; otherwise the printer's layout is used and the
 * formatter's safety check has the last word.
 */

import { parse } from "yaml";

export interface SourceLines {
  /** The lines without the block's indentation; "" for an empty line. */
  readonly lines: readonly string[];
  /** The block header to write: `>-`, `>`, `>+`, or with an indentation indicator (`>2-`). */
  readonly header: string;
}

/** The lines of a folded block scalar whose source is `source` and whose value is `value`. */
export function foldedSourceLines(source: string, value: string): SourceLines | undefined {
  const newline = source.indexOf("\n");
  if (newline === -1) return undefined;
  // The indicators come in either order: `>2-` or `>-2`.
  const header = /^>(?:([1-9])?([-+])?|([-+])([1-9]))[ \t]*(?:#.*)?$/.exec(source.slice(0, newline).trimEnd());
  if (!header) return undefined;
  const explicit = header[1] ?? header[4];
  const chomp = header[2] ?? header[3] ?? "";
  const raw = source.slice(newline + 1).split("\n").map((line) => line.replace(/\r$/, ""));
  while (raw.length > 0 && raw[raw.length - 1]!.trim() === "") raw.pop();
  const indents = raw.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
  if (indents.length === 0) return undefined;
  // With `+` the empty lines at the end are part of the text.
  const kept = chomp === "+" ? Math.max(0, (/\n*$/.exec(value)?.[0].length ?? 0) - 1) : 0;
  // Without an indicator the first line sets the indentation; with one, it may be less.
  const first = indents[0]!;
  const smallest = Math.min(...indents);
  const candidates = explicit === undefined ? [first] : Array.from({ length: smallest + 1 }, (_, i) => smallest - i);
  for (const indent of candidates) {
    if (raw.some((line) => line.slice(0, indent).includes("\t"))) return undefined;
    const lines = raw.map((line) => (line.trim() === "" && line.length <= indent ? "" : line.slice(indent)));
    for (let i = 0; i < kept; i++) lines.push("");
    // An indicator is needed when the first line would otherwise set a deeper indentation.
    const firstText = lines.findIndex((line) => line.trim() !== "");
    const needsIndicator = lines[firstText]!.startsWith(" ") || lines.slice(0, firstText).some((line) => line !== "");
    const written = `>${needsIndicator ? "2" : ""}${chomp}`;
    if (readsAs({ lines, header: written }, value)) return { lines, header: written };
  }
  return undefined;
}

/** The lines of a plain scalar written over several lines, each without surrounding spaces. */
export function plainSourceLines(source: string): SourceLines | undefined {
  const lines = source.split("\n").map((line) => line.trim());
  if (lines.some((line) => line.startsWith("#"))) return undefined;
  return { lines, header: ">-" };
}

/** Whether the block reads back as `value` (indented by two spaces under a key at the margin). */
function readsAs(block: SourceLines, value: string): boolean {
  const text = `x: ${block.header}\n${block.lines.map((line) => (line === "" ? "" : `  ${line}`)).join("\n")}\n`;
  try {
    return (parse(text, { schema: "failsafe" }) as { x?: unknown } | null)?.x === value;
  } catch {
    return false;
  }
}
