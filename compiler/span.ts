/**
 * Source positions. Every AST and model node carries a `Span`: a file and two character
 * offsets. Lines and columns are computed only when something is printed, from the file's
 * line-start table (the way TypeScript's `getLineAndCharacterOfPosition` works).
 */

export interface Span {
  /** Path of the file as the user named it (relative to the working directory when possible). */
  readonly file: string;
  /** Offset of the first character (0-based, UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
}

export interface Position {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, counted in characters. */
  readonly column: number;
}

export function span(file: string, start: number, end: number): Span {
  return { file, start, end: Math.max(start, end) };
}

/** The smallest span covering both. Both must be in the same file. */
export function joinSpans(a: Span, b: Span): Span {
  return { file: a.file, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** A text with its line-start table, built lazily. */
export class SourceText {
  private lineStarts: number[] | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    for (let i = 0; i < this.text.length; i++) {
      const ch = this.text.charCodeAt(i);
      if (ch === 10 /* \n */) starts.push(i + 1);
      else if (ch === 13 /* \r */ && this.text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }

  positionOf(offset: number): Position {
    const starts = this.starts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (starts[low] as number) + 1 };
  }

  lineCount(): number {
    return this.starts().length;
  }

  /** The text of line `line` (1-based), without its line ending; "" past the end. */
  lineText(line: number): string {
    const starts = this.starts();
    const start = starts[line - 1];
    if (start === undefined) return "";
    const next = starts[line];
    return this.text.slice(start, next ?? this.text.length).replace(/\r?\n$|\r$/, "");
  }
}

/** The source files a compilation has read, so diagnostics can be rendered with positions. */
export class SourceFiles {
  private readonly files = new Map<string, SourceText>();

  add(path: string, text: string): SourceText {
    const source = new SourceText(path, text);
    this.files.set(path, source);
    return source;
  }

  get(path: string): SourceText | undefined {
    return this.files.get(path);
  }

  paths(): string[] {
    return [...this.files.keys()];
  }
}
