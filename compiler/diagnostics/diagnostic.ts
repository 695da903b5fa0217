/**
 * The one Diagnostic type every stage produces. A diagnostic is plain data: a code from the
 * message catalogue, a severity, the Dutch message with its arguments filled in, a span and
 * an optional hint, and, when the hint suggests another name (‘Bedoelt u …?’), that name as
 * `replacement` for the editor's quick fix. Rendering (positions, code frame, colour) lives in `render.ts`.
 */

import type { Span } from "../span.js";
import { MESSAGES, type DiagnosticCode, type MessageEntry } from "./messages.js";

export type Severity = "fout" | "waarschuwing";

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly hint?: string;
  /**
   * The text the hint suggests in place of the text at `span` (a ‘Bedoelt u …?’ hint), so an
   * editor can apply it without reading the hint.
   */
  readonly replacement?: string;
}

export type MessageArgs = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a missing argument is a programming error, so it throws. */
export function fillTemplate(template: string, args: MessageArgs): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = args[name];
    if (value === undefined) throw new Error(`missing message argument '${name}' in: ${template}`);
    return String(value);
  });
}

/**
 * Creates a diagnostic from the catalogue. `hint` overrides the catalogue's hint template
 * (pass `null` to suppress it); `replacement` is the text that hint suggests for the span.
 */
export function diagnostic(
  code: DiagnosticCode,
  at: Span,
  args: MessageArgs = {},
  hint?: string | null,
  replacement?: string,
): Diagnostic {
  const entry: MessageEntry = MESSAGES[code];
  const message = fillTemplate(entry.message, args);
  const hintText =
    hint === null ? undefined : (hint ?? (entry.hint ? fillTemplate(entry.hint, args) : undefined));
  const made: Diagnostic =
    hintText === undefined
      ? { code, severity: entry.severity, message, span: at }
      : { code, severity: entry.severity, message, span: at, hint: hintText };
  return replacement === undefined || hintText === undefined ? made : { ...made, replacement };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "fout");
}

/**
 * Each diagnostic once: the same code and message at the same place is one problem, though it
 * was found several times (an included file's problem for every file that includes it, an
 * anchored value's problem for every alias to it). The first stays, in order.
 */
export function uniqueDiagnostics(diagnostics: Iterable<Diagnostic>): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.code}|${d.span.file}|${d.span.start}|${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(d);
  }
  return unique;
}

/** Sorts by file, then position, then code; stable for equal keys. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.span.file.localeCompare(b.span.file) ||
      a.span.start - b.span.start ||
      a.code.localeCompare(b.code),
  );
}
