/**
 * Maps offsets inside a YAML scalar's value to offsets in the file. An expression such as
 * `behandelindex > ja` can be written plain, quoted, folded over several lines or as a block
 * scalar; YAML removes quotes, escapes, indentation and line breaks, so the value's offsets
 * differ from the file's. This aligns the value with its source text character by character.
 *
 * Every non-blank character of the value comes from a character of the source, so tokens map
 * exactly; only whitespace created by line folding maps to the nearest source position.
 */

export type ScalarStyle = "PLAIN" | "QUOTE_DOUBLE" | "QUOTE_SINGLE" | "BLOCK_LITERAL" | "BLOCK_FOLDED";

export interface ScalarSource {
  readonly style: ScalarStyle;
  /** Offset of the scalar's first source character (a quote or block indicator included). */
  readonly start: number;
  /** Offset just past the scalar's source. */
  readonly end: number;
}

const isBlank = (ch: string): boolean => ch === " " || ch === "\t" || ch === "\n" || ch === "\r";

const ESCAPE_LENGTH: Record<string, number> = { x: 4, u: 6, U: 10 };

/** Returns `map(offsetInValue) -> offsetInFile`; offsets past the end map past the source. */
export function scalarOffsetMap(fileText: string, value: string, source: ScalarSource): (offset: number) => number {
  return scalarOffsetMaps(fileText, value, source).start;
}

/**
 * Both directions of a span: `start(offset)` is where the value's character at `offset` starts
 * in the file; `end(offset)`, for a span that ends before `offset`, is just past the source of
 * the character before it, so a span that ends with an escape (`\"`) covers all of it.
 */
export function scalarOffsetMaps(fileText: string, value: string, source: ScalarSource): { start: (offset: number) => number; end: (offset: number) => number } {
  const offsets = new Array<number>(value.length);
  /** Per character of the value: just past its source. */
  const ends = new Array<number>(value.length);
  let si = source.start;
  if (source.style === "QUOTE_DOUBLE" || source.style === "QUOTE_SINGLE") si += 1;
  if (source.style === "BLOCK_LITERAL" || source.style === "BLOCK_FOLDED") {
    const lineEnd = fileText.indexOf("\n", si);
    si = lineEnd === -1 ? source.end : lineEnd + 1;
  }
  const end = source.end;

  let vi = 0;
  while (vi < value.length) {
    const want = value.charAt(vi);
    if (si >= end) {
      ends[vi] = end;
      offsets[vi++] = Math.max(source.start, end - 1);
      continue;
    }
    const before = vi;
    const have = fileText.charAt(si);
    if (source.style === "QUOTE_SINGLE" && want === "'" && have === "'" && fileText.charAt(si + 1) === "'") {
      offsets[vi++] = si;
      si += 2;
    } else if (want === have) {
      offsets[vi++] = si++;
    } else if (source.style === "QUOTE_DOUBLE" && have === "\\") {
      const kind = fileText.charAt(si + 1);
      if (kind === "\n" || kind === "\r") {
        // An escaped line break joins the lines without adding a character.
        si += 2;
        while (si < end && isBlank(fileText.charAt(si))) si++;
      } else {
        offsets[vi++] = si;
        si += ESCAPE_LENGTH[kind] ?? 2;
      }
    } else if (isBlank(want)) {
      // Whitespace produced by folding a line break.
      offsets[vi++] = si;
      if (have === "\n" || have === "\r") {
        si++;
      }
    } else if (isBlank(have)) {
      si++;
    } else {
      // Should not happen for valid YAML; keep going rather than run away.
      offsets[vi++] = si++;
    }
    if (vi > before) ends[before] = Math.max(si, (offsets[before] as number) + 1);
  }

  const valueEnd = value.length > 0 ? (offsets[value.length - 1] as number) + 1 : source.start;
  const start = (offset: number) => {
    if (offset < 0) return offsets[0] ?? source.start;
    if (offset >= value.length) return valueEnd + (offset - value.length);
    return offsets[offset] as number;
  };
  const endOf = (offset: number) => (offset <= 0 || offset > value.length ? start(offset - 1) + 1 : (ends[offset - 1] as number));
  return { start, end: endOf };
}
