/**
 * Numbers in a test file (.test.yaml), checked as strictly as in a policy: `verwacht:
 * factoren` and `taalversie` as the policy's number fields (compiler/load/numberFields.ts:
 * `0x2`, `1e3`, `Infinity`, `10.000` are refused, not read as JavaScript reads them), a fact
 * value of a number fact with the same hints, and an expected number of factors the care type
 * cannot reach. suite.ts calls these while reading and checking the file.
 */

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { numberParts } from "../facts/coerce.js";
import { isNonFiniteWord, numberFieldDiagnostics, PLAIN_NUMBER } from "../load/numberFields.js";
import { pointer, type Location } from "../load/yamlTree.js";
import type { CareType, Fact, Rule } from "../model.js";

/** The number diagnostics of a validated test file, with the cases they stop. */
export interface TestFileNumbers {
  readonly diagnostics: readonly Diagnostic[];
  /** Cases with a number that is refused: they do not run, the others do. */
  readonly brokenCases: ReadonlySet<number>;
  /** A refused number outside the cases (`taalversie: 0x1`): the file does not run. */
  readonly fileBroken: boolean;
}

/**
 * The number fields of a test file (after validation, which made numbers of their texts),
 * read from their source in `text` as the policy loader reads a policy's.
 */
export function testFileNumbers(text: string, data: unknown, locations: ReadonlyMap<string, Location>): TestFileNumbers {
  const diagnostics = numberFieldDiagnostics(text, data, locations);
  const cases = data !== null && typeof data === "object" ? (data as Record<string, unknown>).gevallen : undefined;
  const caseSpans = Array.isArray(cases) ? cases.map((_, index) => locations.get(pointer(["gevallen", index]))?.span) : [];
  const brokenCases = new Set<number>();
  let fileBroken = false;
  for (const d of diagnostics) {
    const index = caseSpans.findIndex((span) => span !== undefined && span.file === d.span.file && span.start <= d.span.start && d.span.start < span.end);
    if (index >= 0) brokenCases.add(index);
    else fileBroken = true;
  }
  return { diagnostics, brokenCases, fileBroken };
}

const NUMBER_TYPES: ReadonlySet<Fact["type"]> = new Set(["getal", "bedrag", "percentage"]);

/** What to say about the way a number fact's value is written; see `numberNotation`. */
export interface NumberNotation {
  /** Set when the value would otherwise be taken (`+5`, a number beyond 2^53 − 1): it is refused with this. */
  readonly problem?: string;
  readonly hint?: string;
  /** The value to write instead (for the language server's quick fix). */
  readonly replacement?: string;
}

/**
 * How the value `raw` of a number fact is written, when it is not written as in a policy:
 * what JavaScript also reads as a number (`0x2`, `1e3`, `Infinity`, `+5`, `.5`) gets the hint
 * how to write it; a plain number that cannot be computed with exactly is refused. Undefined
 * for a plain number, for a value of another fact, and for text that is no number at all
 * (compiler/facts/coerce.ts says what is wrong with `hoog` or `2,5`).
 */
export function numberNotation(fact: Fact, raw: unknown): NumberNotation | undefined {
  if (typeof raw !== "string" || !NUMBER_TYPES.has(fact.type)) return undefined;
  // As coerce.ts: an amount may start with €, a percentage end in %.
  const { body, prefix, suffix } = numberParts(fact, raw.trim());
  const shown = quoted(raw.trim());
  const rewrite = (value: number) => `${prefix}${plainDecimal(value)}${suffix}`;
  if (PLAIN_NUMBER.test(body)) {
    const value = Number(body);
    if (!Number.isFinite(value)) return { problem: `‘${fact.id}’ is ${shown}: dat getal is te groot om mee te rekenen; het grootste getal dat beleid kent, is ongeveer 1,8 × 10^308.` };
    if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) return undefined;
    return { problem: `‘${fact.id}’ is ${shown}: dat getal is te groot om precies mee te rekenen; beleid zou ermee rekenen als ${plainDecimal(value)}, want een getal is alleen tot ${Number.MAX_SAFE_INTEGER} (2^53 − 1) precies.` };
  }
  const withDigits = "schrijf een getal met cijfers, bijvoorbeeld 10 of 2.5.";
  if (isNonFiniteWord(body)) {
    return /nan/i.test(body) ? { hint: `${shown} staat voor ‘geen getal’ (NaN); ${withDigits}` } : { hint: `${shown} staat voor oneindig, en daarmee kan beleid niet rekenen; ${withDigits}` };
  }
  const value = Number(body);
  if (body === "" || Number.isNaN(value)) return undefined;
  const radix = /^[-+]?0([xob])/i.exec(body)?.[1]?.toLowerCase();
  if (radix !== undefined) {
    const name = radix === "x" ? "hexadecimaal" : radix === "o" ? "octaal" : "binair";
    return { hint: `${shown} is ${name} geschreven (${plainDecimal(value)}); schrijf een getal met gewone cijfers, zoals in het beleid: ${rewrite(value)}.`, replacement: rewrite(value) };
  }
  if (/e/i.test(body)) {
    // As a number with an exponent in a condition (BL102) is told.
    return Number.isFinite(value)
      ? { hint: `Schrijf het getal voluit, zonder e: ${rewrite(value)} in plaats van ${raw.trim()}.`, replacement: rewrite(value) }
      : { hint: `${shown} is geschreven met een exponent en is te groot om mee te rekenen; ${withDigits}` };
  }
  // `+5`, `.5`, `5.`: JavaScript reads them, a condition does not.
  const hint = `Schrijf het met gewone cijfers, zoals in het beleid: ${rewrite(value)} in plaats van ${raw.trim()}.`;
  const problem = `‘${fact.id}’ is ${shown}: een getal bestaat uit cijfers, met eventueel een minteken ervoor en een punt als decimaalteken.`;
  return { problem, hint, replacement: rewrite(value) };
}

/** A value as written, shortened as coerce.ts shortens it. */
const quoted = (text: string) => `‘${text.length > 40 ? text.slice(0, 40) + "…" : text}’`;

/** A number in decimal digits: also a large whole one (String() writes 1e+23) and a small one (1e-7). */
function plainDecimal(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}

/**
 * Why `factoren: expected` can never be the number of differentiation factors met for
 * `careType` (whose rules are `rules`), or undefined when it can. The evaluator counts the
 * factors that apply (not those still an intention), and none without differentiation. A
 * negative number is refused by the schema already (BL005).
 */
export function impossibleFactorCount(expected: number, careType: CareType, rules: readonly Rule[]): { reden: string; hint: string; replacement: string } | undefined {
  const factors = rules.filter((r) => r.kind === "differentiatiefactor");
  const counted = careType.differentiation ? factors.filter((r) => r.status === "definitief").length : 0;
  if (!Number.isFinite(expected) || expected <= counted) return undefined;
  if (!careType.differentiation) {
    return { reden: `‘${careType.id}’ kent geen differentiatie, dus het aantal differentiatiefactoren waaraan is voldaan, is altijd 0`, hint: "Laat ‘factoren’ weg, of schrijf ‘factoren: 0’.", replacement: "0" };
  }
  const intentions = factors.length - counted;
  const which = intentions === 0 ? "" : ` die ${counted === 1 ? "geldt" : "gelden"} (${intentions === 1 ? "een differentiatiefactor die nog een voornemen is, telt" : "differentiatiefactoren die nog een voornemen zijn, tellen"} niet mee)`;
  if (counted === 0) {
    return { reden: `‘${careType.id}’ heeft geen differentiatiefactoren${which}, dus het aantal waaraan is voldaan, is altijd 0`, hint: "Laat ‘factoren’ weg, of schrijf ‘factoren: 0’.", replacement: "0" };
  }
  const has = `${counted} ${counted === 1 ? "differentiatiefactor" : "differentiatiefactoren"}${which}`;
  return {
    reden: `‘${careType.id}’ heeft ${has}, dus aan ten hoogste ${counted} kan zijn voldaan`,
    hint: `Verwacht u dat aan alle differentiatiefactoren is voldaan, schrijf dan ‘factoren: ${counted}’.`,
    replacement: String(counted),
  };
}
