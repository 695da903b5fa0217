/**
 * Renders diagnostics for people (`pad:regel:kolom fout BL201: …` with a code frame and a
 * caret under the span) and for machines (JSON with line and column added). Positions are
 * computed here, from the source files' line tables, and nowhere earlier.
 */

import { createRequire } from "node:module";
import pc from "picocolors";
import type { SourceFiles } from "../span.js";
import type { Diagnostic } from "./diagnostic.js";

// Loaded at the first code frame: most runs of a command have none to show, and loading it
// cost every `beleid diff`, `check` and `build` ~9 ms (measured).
let codeFrameColumns: typeof import("@babel/code-frame").codeFrameColumns | undefined;

export interface RenderOptions {
  readonly colour: boolean;
  /** Lines of context above and below the span. */
  readonly context?: number;
}

/** Without options: no colour (for files, logs and library users). */
export function renderDiagnostic(d: Diagnostic, sources: SourceFiles, options: RenderOptions = { colour: false }): string {
  const colours = pc.createColors(options.colour);
  const source = sources.get(d.span.file);
  const start = source?.positionOf(d.span.start) ?? { line: 1, column: 1 };
  const severity = d.severity === "fout" ? colours.red(colours.bold("fout")) : colours.yellow(colours.bold("waarschuwing"));
  const header = `${colours.bold(`${d.span.file}:${start.line}:${start.column}`)} ${severity} ${colours.dim(d.code)}: ${d.message}`;
  const lines = [header];
  if (source && source.text.length > 0) {
    const end = source.positionOf(Math.max(d.span.start, d.span.end));
    // A span that runs over several lines is shown with its first line marked.
    const location =
      end.line === start.line && end.column > start.column
        ? { start, end }
        : { start, end: { line: start.line, column: start.column + 1 } };
    codeFrameColumns ??= (createRequire(import.meta.url)("@babel/code-frame") as typeof import("@babel/code-frame")).codeFrameColumns;
    const frame = codeFrameColumns(source.text, location, {
      highlightCode: false,
      forceColor: options.colour,
      linesAbove: options.context ?? 1,
      linesBelow: options.context ?? 1,
    });
    lines.push(frame);
  }
  if (d.hint) lines.push(`  ${colours.cyan("hint")}: ${d.hint}`);
  return lines.join("\n");
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], sources: SourceFiles, options: RenderOptions = { colour: false }): string {
  return diagnostics.map((d) => renderDiagnostic(d, sources, options)).join("\n\n");
}

export interface JsonDiagnostic {
  readonly code: string;
  readonly ernst: "fout" | "waarschuwing";
  readonly bericht: string;
  readonly hint?: string;
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
    bestand: d.span.file,
    begin: { regel: start.line, kolom: start.column, offset: d.span.start },
    eind: { regel: end.line, kolom: end.column, offset: d.span.end },
  };
}

/** "2 fouten en 1 waarschuwing" */
export function summariseDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === "fout").length;
  const warnings = diagnostics.length - errors;
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? "fout" : "fouten"}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? "waarschuwing" : "waarschuwingen"}`);
  return parts.length === 0 ? "geen fouten" : parts.join(" en ");
}
