/**
 * Renders diagnostics for people (`pad:regel:kolom fout BL201: …` with a code frame and a
 * caret under the span) and for machines (JSON with line and column added). Positions are
 * computed here, from the source files' line tables, and nowhere earlier.
 */

import { createRequire } from "node:module";
import pc from "picocolors";
import type { SourceFiles, SourceText } from "../span.js";
import type { Diagnostic } from "./diagnostic.js";

// Loaded at the first code frame: most runs of a command have none to show, and loading it
// cost every `beleid diff`, `check` and `build` ~9 ms (measured).
let codeFrameColumns: typeof import("@babel/code-frame").codeFrameColumns | undefined;

export interface RenderOptions {
  readonly colour: boolean;
  /** Lines of context above and below the span. */
  readonly context?: number;
  /**
   * The most diagnostics of one code shown (as compilers stop after so many); the others are
   * counted in one line per code at the end. Without it, all are shown.
   */
  readonly perCode?: number;
}

/** Without options: no colour (for files, logs and library users). */
export function renderDiagnostic(d: Diagnostic, sources: SourceFiles, options: RenderOptions = { colour: false }): string {
  const colours = pc.createColors(options.colour);
  const source = sources.get(d.span.file);
  const start = source?.positionOf(d.span.start) ?? { line: 1, column: 1 };
  const severity = d.severity === "fout" ? colours.red(colours.bold("fout")) : colours.yellow(colours.bold("waarschuwing"));
  const header = `${colours.bold(`${visible(d.span.file)}:${start.line}:${start.column}`)} ${severity} ${colours.dim(d.code)}: ${visible(d.message)}`;
  const lines = [header];
  if (source && source.text.length > 0) {
    const end = source.positionOf(Math.max(d.span.start, d.span.end));
    // A span that runs over several lines is shown with its first line marked.
    const location =
      end.line === start.line && end.column > start.column
        ? { start, end }
        : { start, end: { line: start.line, column: start.column + 1 } };
    codeFrameColumns ??= (createRequire(import.meta.url)("@babel/code-frame") as typeof import("@babel/code-frame")).codeFrameColumns;
    const context = options.context ?? 1;
    const shown = frameInput(source, location, context);
    // `startLine` is an option of code frame (7.29) that its type declarations do not list.
    const frameOptions: Parameters<typeof codeFrameColumns>[2] & { startLine: number } = {
      highlightCode: false,
      forceColor: options.colour,
      linesAbove: context,
      linesBelow: context,
      startLine: shown.startLine,
    };
    const frame = codeFrameColumns(shown.text, shown.location, frameOptions);
    lines.push(frame);
  }
  if (d.hint) lines.push(`  ${colours.cyan("hint")}: ${visible(d.hint)}`);
  return lines.join("\n");
}

/** The most characters of a source line a code frame shows; a longer line is cut around the span. */
const FRAME_WIDTH = 160;
/** How much of the line before the span stays in view when a line is cut. */
const FRAME_LEAD = 40;

interface FrameLocation {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}

/**
 * What the code frame is made from: only the lines it shows, numbered from `startLine` (code
 * frame's own option, so the numbers and the gutter's width stay as for the whole file), and
 * each of them cut to FRAME_WIDTH characters around the span with "…" where text is left out.
 * A diagnostic in a line of 70,000 characters printed that whole line twice; and when the
 * lines above the window were passed as empty lines, code frame split them again for every
 * diagnostic: 40,000 warnings in a file of 4.4 MB took more than five minutes.
 */
export function frameInput(
  source: Pick<SourceText, "lineText" | "lineCount">,
  location: FrameLocation,
  context: number,
): { text: string; location: FrameLocation; startLine: number } {
  const first = Math.max(1, location.start.line - context);
  const last = Math.min(source.lineCount(), location.end.line + context);
  const window: string[] = [];
  for (let line = first; line <= last; line++) window.push(source.lineText(line));
  const from = location.start.column - 1 > FRAME_WIDTH - FRAME_LEAD ? location.start.column - 1 - FRAME_LEAD : 0;
  const crop = (line: string) => (from > 0 ? "…" : "") + visible(line.slice(from, from + FRAME_WIDTH)) + (line.length > from + FRAME_WIDTH ? "…" : "");
  const column = (c: number, line: string) => Math.max(1, Math.min(c - from + (from > 0 ? 1 : 0), crop(line).length + 1));
  const at = (position: { line: number; column: number }) => ({ line: position.line, column: column(position.column, window[position.line - first] ?? "") });
  return {
    text: window.map(crop).join("\n"),
    location: { start: at(location.start), end: at(location.end) },
    startLine: first,
  };
}

/**
 * Text from a file as it may go to a terminal: control characters (an escape sequence in a
 * policy would recolour the terminal or set its title) are shown as their symbol (␛, ␇), one
 * character for one, so the caret stays under the right column. Tabs and line ends stay.
 */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\ufffd";
  });
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], sources: SourceFiles, options: RenderOptions = { colour: false }): string {
  const limit = options.perCode;
  if (limit === undefined) return diagnostics.map((d) => renderDiagnostic(d, sources, options)).join("\n\n");
  const shown = new Map<string, number>();
  const hidden = new Map<string, { errors: number; warnings: number }>();
  const parts: string[] = [];
  for (const d of diagnostics) {
    const count = shown.get(d.code) ?? 0;
    if (count < limit) {
      shown.set(d.code, count + 1);
      parts.push(renderDiagnostic(d, sources, options));
      continue;
    }
    const more = hidden.get(d.code) ?? { errors: 0, warnings: 0 };
    if (d.severity === "fout") more.errors++;
    else more.warnings++;
    hidden.set(d.code, more);
  }
  for (const [code, more] of hidden) {
    const one = more.errors + more.warnings === 1;
    parts.push(`Nog ${countInWords(more.errors, more.warnings)} ${code} zoals hierboven ${one ? "wordt" : "worden"} niet getoond.`);
  }
  return parts.join("\n\n");
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly ernst: "fout" | "waarschuwing";
  readonly bericht: string;
  readonly hint?: string;
  /** The text the hint suggests instead of the text from `begin` to `eind` (a program can apply it). */
  readonly vervanging?: string;
  readonly bestand: string;
  readonly begin: { readonly regel: number; readonly kolom: number; readonly offset: number };
  readonly eind: { readonly regel: number; readonly kolom: number; readonly offset: number };
}

export function diagnosticToJson(d: Diagnostic, sources: SourceFiles): JsonDiagnostic {
  const source = sources.get(d.span.file);
  const start = source?.positionOf(d.span.start) ?? { line: 1, column: 1 };
  const end = source?.positionOf(d.span.end) ?? start;
  return {
    code: d.code,
    ernst: d.severity,
    bericht: d.message,
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
    ...(d.replacement !== undefined ? { vervanging: d.replacement } : {}),
    bestand: d.span.file,
    begin: { regel: start.line, kolom: start.column, offset: d.span.start },
    eind: { regel: end.line, kolom: end.column, offset: d.span.end },
  };
}

/** "2 fouten en 1 waarschuwing" */
export function summariseDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "fout").length;
  return countInWords(errors, diagnostics.length - errors);
}

/** "2 fouten en 1 waarschuwing", "geen fouten" */
function countInWords(errors: number, warnings: number): string {
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? "fout" : "fouten"}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? "waarschuwing" : "waarschuwingen"}`);
  return parts.length === 0 ? "geen fouten" : parts.join(" en ");
}
