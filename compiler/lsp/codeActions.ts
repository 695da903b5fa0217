/**
 * Quick fixes: a diagnostic whose hint suggests another name (‘Bedoelt u …?’) carries that
 * name as `replacement` for its span (see diagnostics/diagnostic.ts); here it becomes an edit
 * of the document. The server turns the spans into LSP ranges.
 */

import { resolve } from "node:path";
import { StringLiteral } from "../../grammar/tokens.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../span.js";
import type { Analysis } from "./analysis.js";
import { splitPointer, valueAt } from "./locate.js";

export interface QuickFix {
  readonly title: string;
  /** In the analysed text of the document. */
  readonly span: Span;
  readonly newText: string;
  readonly diagnostic: Diagnostic;
}

/** A whole text between quotes, as the expression language reads one. */
const ONE_TEXT = new RegExp(`^(?:${(StringLiteral.PATTERN as RegExp).source})$`);

/** The quotes an expression's text can be written between: a replacement keeps the author's. */
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", "“": "”", "‘": "’" };

/** The quick fixes for the diagnostics of the document that touch the stretch `start`–`end`. */
export function quickFixes(analysis: Analysis, start: number, end: number): QuickFix[] {
  const own = resolve(analysis.path);
  const fixes: QuickFix[] = [];
  for (const d of analysis.result.diagnostics) {
    if (d.replacement === undefined || resolve(d.span.file) !== own) continue;
    if (d.span.end < start || d.span.start > end) continue;
    const written = analysis.text.slice(d.span.start, d.span.end);
    // An escape (`\"` in a double-quoted YAML text) would need one too: no fix rather than a wrong one.
    if (written.includes("\\") || written === "") continue;
    const newText = requoted(written, d.replacement);
    if (newText === written || keyTaken(analysis, d.span, newText)) continue;
    fixes.push({ title: `Vervang ‘${written}’ door ‘${newText}’`, span: d.span, newText, diagnostic: d });
  }
  return fixes;
}

/** Whether `span` is a key and its mapping already has the key `key`: replacing would give a duplicate key (BL002). */
function keyTaken(analysis: Analysis, span: Span, key: string): boolean {
  for (const [at, location] of analysis.locations) {
    if (location.keySpan?.start !== span.start || location.keySpan.end !== span.end) continue;
    const mapping = valueAt(analysis.data, splitPointer(at).slice(0, -1));
    return mapping !== null && typeof mapping === "object" && !Array.isArray(mapping) && Object.hasOwn(mapping, key);
  }
  return false;
}

/** A quoted replacement (`"HKZ"`) between the quotes the author wrote (`'HKZ'`, `“HKZ”`, `‘HKZ’`). */
function requoted(written: string, replacement: string): string {
  const open = written[0] as string;
  const close = QUOTES[open];
  if (close === undefined || !written.endsWith(close) || written.length < 2) return replacement;
  if (!(replacement.length >= 2 && replacement.startsWith('"') && replacement.endsWith('"'))) return replacement;
  // Between the author's quotes only when the grammar reads it as one text (‘auto’s’ is, 'auto's' is not).
  const requotedText = `${open}${replacement.slice(1, -1)}${close}`;
  return ONE_TEXT.test(requotedText) ? requotedText : replacement;
}
