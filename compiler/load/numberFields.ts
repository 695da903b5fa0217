/**
 * Numbers in the fields of a policy (`minimum`, `maximum`, `factoren`, `jaar`…) as the author
 * wrote them. YAML gives every scalar as text (yamlTree.ts) and ajv turns the text of a number
 * field into a number the way JavaScript does (validate.ts): that also reads `0x10` as 16,
 * `1e3` as 1000, `Infinity` and `1e400` as infinite and `10.000` as 10. A policy writes a number
 * the way a condition writes it: digits, perhaps a minus and a point as decimal separator. This
 * runs after the schema, on the numbers in the validated data, and reads each one's source.
 */

import { diagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { Span } from "../span.js";
import { pointerSegment, type Location } from "./yamlTree.js";

/** A number as a condition writes it (grammar/tokens.ts), with a minus in front allowed. */
export const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** YAML's and JavaScript's names for infinity and not-a-number. */
const INFINITE_WORD = /^[-+]?(?:\.inf|inf|infinity)$/i;
const NAN_WORD = /^[-+]?\.?nan$/i;

/** `.inf`, `Infinity`, `.nan`: a word for a number that is none (the schema cannot read `.inf`). */
export function isNonFiniteWord(written: string): boolean {
  return INFINITE_WORD.test(written) || NAN_WORD.test(written);
}

/**
 * What is wrong with a number field written `written` (which JavaScript reads as `value`, or
 * NaN), as a diagnostic at `at`; undefined when it is written as a condition would write it
 * and can be computed with exactly. `field` is the key of the field (for the hint on a limit).
 */
export function numberFieldProblem(written: string, value: number, field: string, at: Span): Diagnostic | undefined {
  const limit = field === "minimum" || field === "maximum";
  const noLimit = limit ? `Is er geen ${field === "minimum" ? "kleinste" : "grootste"} waarde, laat ‘${field}’ dan weg.` : undefined;
  const notation = (reden: string, hint: string | undefined) => diagnostic("BL015", at, { tekst: shorten(written), reden }, hint ?? null);
  const rewrite = Number.isFinite(value) ? `Schrijf het met gewone cijfers: ${plainDecimal(value)}.` : noLimit;
  if (INFINITE_WORD.test(written)) return notation("het staat voor oneindig, en daarmee kan beleid niet rekenen", noLimit ?? "Schrijf een getal met cijfers, bijvoorbeeld 10 of 2.5.");
  if (NAN_WORD.test(written)) return notation("het staat voor ‘geen getal’ (NaN)", noLimit ?? "Schrijf een getal met cijfers, bijvoorbeeld 10 of 2.5.");
  const radix = /^[-+]?0([xob])/i.exec(written)?.[1]?.toLowerCase();
  if (radix !== undefined && Number.isFinite(value)) {
    const name = radix === "x" ? "hexadecimaal" : radix === "o" ? "octaal" : "binair";
    return notation(`het wordt gelezen als het ${name} geschreven getal ${plainDecimal(value)}`, rewrite);
  }
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)e[-+]?\d+$/i.test(written)) {
    return Number.isFinite(value)
      ? notation(`het is geschreven met een exponent (gelezen als ${plainDecimal(value)})`, rewrite)
      : notation("het is geschreven met een exponent, en het is te groot om mee te rekenen", noLimit);
  }
  if (!PLAIN_NUMBER.test(written)) {
    return notation("een getal bestaat uit cijfers, met eventueel een minteken ervoor en een punt als decimaalteken", rewrite);
  }
  const tooLarge = numberTooLarge(value, at, noLimit);
  if (tooLarge) return tooLarge;
  // `10.000` for ten thousand: as a condition says it (BL108, grammar/toAst.ts).
  const thousands = /^(-?)([1-9]\d{0,2})\.(\d{3})$/.exec(written);
  if (thousands && (thousands[3] as string).endsWith("0")) {
    const [, sign, whole, decimals] = thousands as unknown as [string, string, string, string];
    return diagnostic("BL108", at, { tekst: written, waarde: String(value), zonder: `${sign}${whole}${decimals}` });
  }
  return undefined;
}

/**
 * BL109 for a number that cannot be computed with (infinite) or not exactly (a whole number
 * beyond 2^53 − 1, where not every whole number exists as a JavaScript number); undefined for
 * any other. For a literal in a condition and for a number field alike.
 */
export function numberTooLarge(value: number, at: Span, hint?: string): Diagnostic | undefined {
  if (!Number.isFinite(value)) return diagnostic("BL109", at, { reden: "beleid kan er niet mee rekenen, want het is groter dan het grootste getal dat beleid kent (ongeveer 1,8 × 10^308)" }, hint ?? null);
  if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) return undefined;
  const reden = `beleid zou ermee rekenen als ${plainDecimal(value)}, want een getal is alleen tot ${Number.MAX_SAFE_INTEGER} (2^53 − 1) precies`;
  return diagnostic("BL109", at, { reden }, hint ?? null);
}

/** A number in decimal digits, also a large whole one (which String() writes as 1e+23). */
function plainDecimal(value: number): string {
  return Number.isInteger(value) && Math.abs(value) >= 1e21 ? BigInt(value).toString() : String(value);
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 30)}… (${text.length} tekens)` : text;
}

/**
 * The diagnostics for every number in `data` (after validation, which made numbers of the
 * number fields' texts), read from its source in `text`.
 */
export function numberFieldDiagnostics(text: string, data: unknown, locations: ReadonlyMap<string, Location>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const walk = (value: unknown, at: string, field: string): void => {
    if (typeof value === "number") {
      const location = locations.get(at);
      if (location?.scalar === undefined) return;
      const written = scalarSource(text, location.scalar.style, location.scalar.start, location.scalar.end);
      const problem = numberFieldProblem(written, value, field, location.span);
      if (problem) found.push(problem);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${at}/${index}`, field));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) walk(item, at + pointerSegment(key), key);
    }
  };
  walk(data, "", "");
  return found;
}

/** A scalar's text as written: without its quotes, or (a block scalar) without its header. */
function scalarSource(text: string, style: string, start: number, end: number): string {
  const source = text.slice(start, end);
  if (style === "QUOTE_DOUBLE" || style === "QUOTE_SINGLE") return source.slice(1, -1).trim();
  if (style === "BLOCK_LITERAL" || style === "BLOCK_FOLDED") return source.slice(source.indexOf("\n") + 1).trim();
  return source.trim();
}
