/**
 * Shared state of the check stage for one file: where things are (locations by JSON
 * pointer), the diagnostics found so far, and parsing of expression strings with their exact
 * position in the file.
 */

import type { Expr } from "../../grammar/ast.js";
import { parseExpression } from "../../grammar/parse.js";
import { diagnostic, fillTemplate, type Diagnostic, type MessageArgs } from "../diagnostics/diagnostic.js";
import { MESSAGES, type DiagnosticCode, type MessageEntry } from "../diagnostics/messages.js";
import type { LoadedFile } from "../load/loadPolicy.js";
import { scalarOffsetMaps } from "../load/scalarOffsets.js";
import { pointer, type Location } from "../load/yamlTree.js";
import { SourceText, type Span } from "../span.js";

export type Path = readonly (string | number)[];

export class CheckContext {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: LoadedFile) {}

  location(path: Path): Location | undefined {
    return this.file.locations.get(pointer(path));
  }

  /** The span of the value at `path` (or of the nearest parent that has one). */
  span(path: Path): Span {
    for (let n = path.length; n >= 0; n--) {
      const found = this.location(path.slice(0, n));
      if (found) return found.span;
    }
    return { file: this.file.path, start: 0, end: 0 };
  }

  /** The span of the key at `path`, for "this entry" diagnostics. */
  keySpan(path: Path): Span {
    return this.location(path)?.keySpan ?? this.span(path);
  }

  /**
   * The keys of the map at `path` as the file writes them, in file order: also keys the load
   * stage cut out (see `LoadedFile.pruned`). Walks all locations; for diagnostics only.
   */
  writtenKeys(path: Path): string[] {
    const prefix = pointer(path) + "/";
    const keys: { key: string; start: number }[] = [];
    for (const [at, location] of this.file.locations) {
      if (!at.startsWith(prefix) || at.indexOf("/", prefix.length) !== -1 || location.keySpan === undefined) continue;
      keys.push({ key: at.slice(prefix.length).replace(/~1/g, "/").replace(/~0/g, "~"), start: location.keySpan.start });
    }
    return keys.sort((a, b) => a.start - b.start).map((k) => k.key);
  }

  /** The line (from 1) where `span` starts, when it is in the policy file itself. */
  lineOf(span: Span): number | undefined {
    return span.file === this.file.path ? new SourceText(this.file.path, this.file.text).positionOf(span.start).line : undefined;
  }

  report(code: DiagnosticCode, at: Span, args: MessageArgs = {}, hint?: string | null, replacement?: string): void {
    this.diagnostics.push(diagnostic(code, at, args, hint, replacement));
  }

  /** Reports a code with another wording of its message from the catalogue (`variants`). */
  reportVariant(code: DiagnosticCode, variant: string, at: Span, args: MessageArgs = {}, hint?: string | null): void {
    const entry: MessageEntry = MESSAGES[code];
    const template = entry.variants?.[variant];
    if (template === undefined) throw new Error(`no message variant '${variant}' for ${code}`);
    this.diagnostics.push({ ...diagnostic(code, at, args, hint), message: fillTemplate(template, args) });
  }

  /** Parses the expression string at `path`; parse diagnostics are recorded. */
  parseAt(path: Path, text: string): Expr | undefined {
    const location = this.location(path);
    const maps = location?.scalar ? scalarOffsetMaps(this.file.text, text, location.scalar) : undefined;
    const mapOffset = maps?.start ?? ((offset: number) => (location?.span.start ?? 0) + offset);
    const parsed = parseExpression(text, { file: this.file.path, mapOffset, ...(maps ? { mapEnd: maps.end } : {}) });
    this.diagnostics.push(...parsed.diagnostics);
    return parsed.diagnostics.some((d) => d.severity === "fout") ? undefined : parsed.expr;
  }
}

/** Entries of a YAML map in file order. */
export function entries<T>(value: unknown): [string, T][] {
  if (value === null || value === undefined || typeof value !== "object") return [];
  return Object.entries(value as Record<string, T>);
}
