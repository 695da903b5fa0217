/**
 * Between the compiler's terms and the protocol's: a document's URI and the path it is
 * compiled under, a span (offsets in a text) and an LSP range (lines and characters in the
 * editor's document), a diagnostic of the compiler and one of the protocol. Used by the
 * document checks (`documentChecks.ts`) and the requests (`requests.ts`, `editing.ts`).
 */

import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { displayPath } from "../load/loadPolicy.js";
import { SourceText, type Span } from "../span.js";
import type { Analysis } from "./analysis.js";

/** The path a document is compiled under: as `beleid check` would name it. */
export function pathOf(uri: string): string {
  return uri.startsWith("file:") ? displayPath(fileURLToPath(uri)) : uri.replace(/^[a-z]+:/, "");
}

export function uriOf(path: string): string {
  return /^[a-z][a-z0-9+.-]*:/.test(path) && !/^[a-zA-Z]:[\\/]/.test(path) ? path : pathToFileURL(resolve(path)).href;
}

/** The key of a URI: for a file, its absolute path (however the URI is spelt: `%28` or `(`). */
export const keyOf = (uri: string): string => (uri.startsWith("file:") ? resolve(fileURLToPath(uri)) : uri);

export function lspDiagnostic(range: Range, d: Diagnostic): LspDiagnostic {
  return {
    range,
    severity: d.severity === "fout" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    source: "beleid",
    message: d.hint ? `${d.message}\n${d.hint}` : d.message,
  };
}

export interface SpanRanges {
  /** The range of `span`, whose offsets are in `text` (the analysed text of `document` when given). */
  rangeIn(document: TextDocument | undefined, text: string | undefined, span: Span): Range;
  /** The range of a span of the compilation (a diagnostic's), in the texts that were compiled. */
  rangeOf(analysis: Analysis, document: TextDocument | undefined, span: Span): Range;
  toLsp(analysis: Analysis, document: TextDocument | undefined, d: Diagnostic): LspDiagnostic;
}

/** Range conversions, with the line tables of texts that are not open, kept while the text stays the same (a rename asks for many ranges in one file). */
export function spanRanges(): SpanRanges {
  const sources = new Map<string, SourceText>();
  const sourceOf = (file: string, text: string): SourceText => {
    const known = sources.get(file);
    if (known?.text === text) return known;
    if (sources.size >= 50) sources.clear();
    const source = new SourceText(file, text);
    sources.set(file, source);
    return source;
  };

  const rangeIn = (document: TextDocument | undefined, text: string | undefined, span: Span): Range => {
    if (document) {
      const bom = document.getText().charCodeAt(0) === 0xfeff ? 1 : 0;
      return { start: document.positionAt(span.start + bom), end: document.positionAt(span.end + bom) };
    }
    const source = text === undefined ? undefined : sourceOf(span.file, text);
    const start = source?.positionOf(span.start) ?? { line: 1, column: 1 };
    const end = source?.positionOf(span.end) ?? start;
    return { start: { line: start.line - 1, character: start.column - 1 }, end: { line: end.line - 1, character: end.column - 1 } };
  };

  const rangeOf = (analysis: Analysis, document: TextDocument | undefined, span: Span): Range =>
    rangeIn(document && resolve(span.file) === resolve(analysis.path) ? document : undefined, analysis.result.sources.get(span.file)?.text, span);

  const toLsp = (analysis: Analysis, document: TextDocument | undefined, d: Diagnostic): LspDiagnostic => lspDiagnostic(rangeOf(analysis, document, d.span), d);

  return { rangeIn, rangeOf, toLsp };
}
