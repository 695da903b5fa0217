/**
 * Formatting files on disk, for `beleid fmt`: reads each file, formats it and writes it back
 * atomically (never a partial file) with its permissions (see writeFormatted.ts), or only
 * reports it with `check`. A file is read as the
 * load stage reads it, so what `beleid check` cannot read, fmt does not touch. The
 * diagnostics come with their sources so they can be rendered like those of `beleid check`.
 */

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { readPolicySource } from "../load/loadPolicy.js";
import { OutputError } from "../output.js";
import { SourceFiles } from "../span.js";
import { formatPolicyText } from "./formatPolicy.js";
import { writeFormatted } from "./writeFormatted.js";

export interface FormattedFile {
  readonly path: string;
  /** The file's layout differs from the canonical one (and, unless checking, has been rewritten). */
  readonly changed: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** When changed: the text as it was and the canonical text. */
  readonly before?: string;
  readonly after?: string;
  /** Set when only part of the layout could be applied: why, in Dutch (see FormatResult). */
  readonly partial?: string;
  /** Why the formatted text could not be written (a read-only file), in Dutch; the file is unchanged. */
  readonly writeError?: string;
}

export interface FormatFilesResult {
  readonly files: readonly FormattedFile[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sources: SourceFiles;
}

export interface FormatFilesOptions {
  /** Only report which files would change; write nothing. */
  readonly check?: boolean;
}

export function formatFiles(paths: readonly string[], options: FormatFilesOptions = {}): FormatFilesResult {
  const sources = new SourceFiles();
  const files: FormattedFile[] = [];
  for (const path of paths) {
    // Read as the load stage reads: a file that is too large, unreadable or not UTF-8 is
    // reported and never written back (decoding it anyway would replace bytes by U+FFFD).
    const source = readPolicySource(path, sources);
    if (source.text === undefined) {
      files.push({ path, changed: false, diagnostics: source.diagnostics });
      continue;
    }
    const text = source.text;
    sources.add(path, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const result = formatPolicyText(text, path);
    let writeError: string | undefined;
    if (result.changed && !options.check) {
      try {
        writeFormatted(path, result.text);
      } catch (error) {
        if (!(error instanceof OutputError)) throw error;
        writeError = error.message;
      }
    }
    files.push({
      path,
      changed: result.changed,
      diagnostics: result.diagnostics,
      ...(result.changed ? { before: text, after: result.text } : {}),
      ...(result.partial ? { partial: result.partial } : {}),
      ...(writeError ? { writeError } : {}),
    });
  }
  return { files, diagnostics: files.flatMap((f) => f.diagnostics), sources };
}

/** Formats one file without writing it (tests, tools). */
export function formatFile(path: string): FormatFilesResult {
  return formatFiles([path], { check: true });
}
