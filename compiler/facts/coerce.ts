/**
 * Turns fact values written as text (in a test file, a CSV column) into the typed values an
 * evaluator takes: "120" -> 120, "ja" -> true, "onbekend" -> null, a list stays a list.
 * A value that does not fit the fact's type gives a Dutch problem instead of a guess.
 *
 * An empty text is unknown, except for a verzameling: there an empty CSV cell is the empty
 * list, and unknown is written `onbekend`.
 *
 * The problems are worded as the evaluator's own check words them (runtime/facts.ts, which
 * also supplies what each type must be and how a value that is not text is named), with two
 * differences for values written in a file: the value is quoted as written (‘hoog’), and
 * unknown is named as the file writes it (an empty cell, or `onbekend`) instead of `null`.
 */

import type { Fact } from "../model.js";
import { isIsoDate } from "../../runtime/dates.js";
import { opsomming } from "../../runtime/sentences.js";
import { EXPECTED, describeValue, expectedNumber, type ProbleemSoort } from "../../runtime/facts.js";

/**
 * A problem has its kind, as the evaluator's problems have (`ProbleemSoort`, runtime/facts.ts),
 * and may come with a hint (a test file's diagnostic shows it).
 */
export type Coerced = { readonly value: unknown } | { readonly problem: string; readonly soort: ProbleemSoort; readonly hint?: string };

/**
 * Where the values come from, for how a message names unknown: provider rows (CSV, where an
 * empty cell is unknown, or JSON lines) or a test file, where unknown is written `onbekend`.
 */
export type ValueSource = "rows" | "test";

const UNKNOWN = new Set(["onbekend", "null", "~", ""]);

const YES: Coerced = Object.freeze({ value: true });
const NO: Coerced = Object.freeze({ value: false });
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** One to three digits, a point and three digits: 1.600 is 1,6 to a program and 1600 to a Dutch reader. */
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}\.\d{3}$/;
/** A plain number as the fast paths take it: not one that could be read two ways. */
const plainNumber = (text: string) => PLAIN_NUMBER.test(text) && (text.length > 8 || !AMBIGUOUS.test(text));

export function coerceFactValue(fact: Fact, raw: unknown, source: ValueSource = "rows"): Coerced {
  // Fast paths for the spellings bulk files use (a million rows); the rules below agree.
  if (typeof raw === "string" && raw !== "") {
    if (fact.type === "ja/nee") {
      if (raw === "ja") return YES;
      if (raw === "nee") return NO;
    } else if (fact.type === "getal" || fact.type === "bedrag" || fact.type === "percentage") {
      if (plainNumber(raw)) return { value: Number(raw) };
    } else if (fact.type === "keuze" && fact.values?.includes(raw)) {
      return { value: raw };
    }
  }
  if (fact.type === "verzameling" && raw === "") return { value: [] };
  if (raw === null || raw === undefined || (typeof raw === "string" && UNKNOWN.has(raw.trim().toLowerCase()))) {
    if (fact.unknownReason !== undefined) return { value: null };
    const empty = raw === undefined || (typeof raw === "string" && raw.trim() === "");
    return { problem: `‘${fact.id}’ ${empty ? "is leeg, maar mag" : "mag"} niet onbekend zijn; verwacht ${expected(fact, source)}.`, soort: "onbekend" };
  }
  // A JSON object is never a fact value (String() would make it "[object Object]").
  if (typeof raw === "object" && !Array.isArray(raw)) return { problem: wrongValue(fact, describeValue(raw), source), soort: "type" };
  if (fact.type === "verzameling") {
    // An item that is itself a list or object is named, not turned into text: String() on a
    // list nested thousands deep would exhaust the stack.
    const items = Array.isArray(raw) ? raw.map((i: unknown) => (typeof i === "object" && i !== null ? (Array.isArray(i) ? "[…]" : "{…}") : String(i))) : String(raw).split(/\s*[;|]\s*/).filter((x) => x !== "");
    const problem = wrongItems(fact, items);
    return problem === undefined ? { value: items } : { problem, soort: "waarde" };
  }
  if (Array.isArray(raw)) return { problem: wrongValue(fact, describeValue(raw), source), soort: "type" };
  const text = String(raw).trim();
  switch (fact.type) {
    case "getal":
    case "bedrag":
    case "percentage":
      // A number from YAML or JSON is a number already (String() would write 1e21).
      if (typeof raw === "number" && Number.isFinite(raw)) return { value: raw };
      return writtenNumber(fact, text, source);
    case "ja/nee": {
      const lower = text.toLowerCase();
      // Exports from other systems write true/false or 1/0; a test file is written in the
      // policy's own words, as its conditions are (1 and "true" were taken, waar and yes not).
      const yes = source === "test" ? lower === "ja" : lower === "ja" || lower === "true" || lower === "1";
      const no = source === "test" ? lower === "nee" : lower === "nee" || lower === "false" || lower === "0";
      if (yes) return { value: true };
      if (no) return { value: false };
      return { problem: wrongValue(fact, quoted(text), source), soort: "type" };
    }
    case "datum":
      if (isIsoDate(text)) return { value: text };
      // Written as a date, but not one of the calendar (30 februari).
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { problem: `‘${fact.id}’ moet een bestaande datum zijn; ${text} bestaat niet.`, soort: "waarde" };
      return { problem: wrongValue(fact, quoted(text), source), soort: "type" };
    case "keuze":
      if ((fact.values ?? []).includes(text)) return { value: text };
      if ((fact.values ?? []).includes(text.normalize("NFC"))) return { problem: `‘${fact.id}’ is ${quoted(text)}, ${otherComposition(text)}.`, soort: "waarde" };
      return { problem: wrongValue(fact, quoted(text), source), soort: "waarde" };
    case "tekst":
      return { value: text };
  }
}

/** The number of an amount or a percentage without its € or %, and how to write them around it again. */
export function numberParts(fact: Fact, text: string): { readonly body: string; readonly prefix: string; readonly suffix: string } {
  if (fact.type === "bedrag" && text.startsWith("€")) return { body: text.slice(1).trimStart(), prefix: "€ ", suffix: "" };
  if (fact.type === "percentage" && text.endsWith("%")) return { body: text.slice(0, -1).trimEnd(), prefix: "", suffix: "%" };
  return { body: text, prefix: "", suffix: "" };
}

/**
 * A number as a person or a spreadsheet writes it: decimal digits, an optional sign and one
 * decimal separator, `.` or `,`; an amount may start with `€`, a percentage end in `%`. Not
 * what JavaScript also reads as a number (0x10, 0b1, 1e3, Infinity). A value that can be read
 * two ways is refused, saying both: 1.600 (1,6, or 1600 with a Dutch thousands separator, as
 * the policy language refuses it, BL108); so is a number with thousands separators (1.234,56).
 *
 * A test file is written in the policy language, where the point is the decimal separator and
 * a comma is an error (BL102): there `2,5` is refused with the policy's hint, and the problems
 * write numbers with a point. A CSV file (from Dutch Excel) keeps its decimal comma.
 */
function writtenNumber(fact: Fact, text: string, source: ValueSource): Coerced {
  const { body, prefix, suffix } = numberParts(fact, text);
  const test = source === "test";
  /** A number as this source writes it: with a point in a test file, with a comma in a row. */
  const written = (value: number) => (test ? String(value) : String(value).replace(".", ","));
  const match = /^([+-]?)(\d+)(?:([.,])(\d+))?$/.exec(body);
  if (match) {
    const sign = match[1] === "-" ? "-" : "";
    const value = Number(`${sign}${match[2] as string}${match[4] !== undefined ? `.${match[4]}` : ""}`);
    if (test && match[3] === ",") {
      return {
        problem: `‘${fact.id}’ is ${quoted(text)}, met een komma: in een testbestand is de punt het decimaalteken, net als in het beleid.`,
        soort: "waarde",
        hint: `Gebruik een punt als decimaalteken: ${prefix}${sign}${match[2] as string}.${match[4] as string}${suffix} in plaats van ${text}.`,
      };
    }
    if (AMBIGUOUS.test(body)) {
      const [whole, decimals] = body.replace(/^[+-]/, "").split(".") as [string, string];
      const decimal = `${prefix}${sign}${written(Number(`${whole}.${decimals}`))}${suffix}`;
      const thousands = `${prefix}${sign}${whole}${decimals}${suffix}`;
      if (test) {
        // As the policy language says it (BL108).
        return {
          problem: `‘${fact.id}’ is ${quoted(text)}, dat wordt gelezen als ${decimal}: de punt is het decimaalteken, geen scheiding van duizendtallen.`,
          soort: "waarde",
          hint: `Bedoelt u ${thousands}, schrijf het dan zonder punt; bedoelt u ${decimal}, schrijf dan ${decimal}.`,
        };
      }
      return { problem: `‘${fact.id}’: ${quoted(text)} kan ${decimal} of ${thousands} betekenen; schrijf ${thousands} of ${decimal}.`, soort: "waarde" };
    }
    return { value };
  }
  // Thousands separated, Dutch (1.234,56) or English (1,234.56): say how to write it.
  const grouped = /^([+-]?)(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(body) ?? /^([+-]?)(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(body);
  if (grouped) {
    const plain = `${prefix}${grouped[1] === "-" ? "-" : ""}${(grouped[2] as string).replace(/[.,]/g, "")}${grouped[3] !== undefined ? `${test ? "." : ","}${grouped[3]}` : ""}${suffix}`;
    return { problem: `‘${fact.id}’ is ${quoted(text)}: schrijf een getal zonder scheiding van duizendtallen, ${plain}.`, soort: "waarde" };
  }
  return { problem: wrongValue(fact, quoted(text), source), soort: "type" };
}

/** How many possible values of a keuze or verzameling a message names (as runtime/facts.ts). */
const VALUES_NAMED = 6;
/** At most this many wrong values are named per message (as runtime/facts.ts). */
const NAMED_PER_PROBLEM = 5;

/** A value as written in the file, shortened as runtime/facts.ts shortens a text. */
const quoted = (text: string) => `‘${text.length > 40 ? text.slice(0, 40) + "…" : text}’`;

/** A fact that a test case (or a row) does not give at all. */
export function missingFact(fact: Fact, source: ValueSource): string {
  return `‘${fact.id}’ ontbreekt; verwacht ${expected(fact, source)}${orUnknown(fact, source)}.`;
}

/** The possible values: all of them, or the first six and how many more. */
function valueList(values: readonly string[]): string {
  const named = values.map((v) => `‘${v}’`);
  // "en nog 1 andere" would be no shorter than the value itself.
  if (values.length <= VALUES_NAMED + 1) return named.join(", ");
  return `${named.slice(0, VALUES_NAMED).join(", ")} en nog ${values.length - VALUES_NAMED} andere`;
}

/** What a value of the fact must be, with the values of a keuze or verzameling. */
function expected(fact: Fact, source: ValueSource): string {
  const values = fact.values ?? [];
  if (fact.type === "keuze" && values.length > 0) return `een van deze waarden: ${valueList(values)}`;
  if (fact.type === "verzameling" && values.length > 0) return `een lijst met waarden uit: ${valueList(values)}`;
  return plainExpected(fact, source);
}

/** A test file writes ja and nee only (JSON's true and false are for the evaluator's facts). */
/** What the value must be, as the evaluator says it: with a number's range ("een getal van ten minste 0"). */
function plainExpected(fact: Fact, source: ValueSource): string {
  if (fact.type === "ja/nee" && source === "test") return "ja of nee";
  if (fact.type === "getal" || fact.type === "percentage" || fact.type === "bedrag") {
    return expectedNumber({ type: fact.type, ...(fact.minimum !== undefined ? { minimum: fact.minimum } : {}), ...(fact.maximum !== undefined ? { maximum: fact.maximum } : {}), ...(fact.integer ? { geheel: true } : {}) });
  }
  return EXPECTED[fact.type];
}

/**
 * " (of leeg als het onbekend is)" for a fact that may be unknown: the file's way of saying
 * what the evaluator's message says with `null`. In a verzameling an empty cell is the empty
 * list, so there, as in a test file, unknown is `onbekend`.
 */
function orUnknown(fact: Fact, source: ValueSource): string {
  if (fact.unknownReason === undefined) return "";
  return source === "test" || fact.type === "verzameling" ? " (of ‘onbekend’ als het onbekend is)" : " (of leeg als het onbekend is)";
}

/** A value of the wrong kind, named by `shown` (‘hoog’, een lijst, een object). */
function wrongValue(fact: Fact, shown: string, source: ValueSource): string {
  const values = fact.values ?? [];
  if (fact.type === "keuze" && values.length > 0) return `‘${fact.id}’ moet een van deze waarden zijn: ${valueList(values)}${orUnknown(fact, source)}; het is ${shown}.`;
  if (fact.type === "verzameling" && values.length > 0) return `‘${fact.id}’ moet een lijst zijn met waarden uit: ${valueList(values)}${orUnknown(fact, source)}; het is ${shown}.`;
  return `‘${fact.id}’ moet ${plainExpected(fact, source)} zijn${orUnknown(fact, source)}, maar is ${shown}.`;
}

/**
 * Items that are not possible values; undefined when there are none. A value given twice is
 * left to the evaluator's own check (runtime/facts.ts), which names it with its count.
 */
function wrongItems(fact: Fact, items: readonly string[]): string | undefined {
  const values = fact.values ?? [];
  const notPossible = items.filter((i) => !values.includes(i));
  if (notPossible.length === 0) return undefined;
  // A possible value in another Unicode composition looks the same: said apart (runtime/facts.ts).
  const composed = notPossible.filter((i) => values.includes(i.normalize("NFC")));
  const wrong = notPossible.filter((i) => !values.includes(i.normalize("NFC")));
  const problems: string[] = [];
  if (wrong.length > 0) {
    const named = wrong.slice(0, NAMED_PER_PROBLEM).map(quoted);
    if (wrong.length > NAMED_PER_PROBLEM) named.push("…");
    problems.push(`‘${fact.id}’ bevat ${named.join(", ")}, maar mogelijke waarden zijn: ${valueList(values)}.`);
  }
  if (composed.length > 0) {
    const named = composed.slice(0, NAMED_PER_PROBLEM).map(quoted);
    if (composed.length > NAMED_PER_PROBLEM) named.push("…");
    problems.push(`‘${fact.id}’ bevat ${named.join(", ")}, ${otherComposition(...composed.slice(0, NAMED_PER_PROBLEM))}.`);
  }
  return problems.join(" ");
}

/** Said of texts that are possible values in another Unicode composition, as runtime/facts.ts says it. */
function otherComposition(...texts: string[]): string {
  const possible = [...new Set(texts.map((t) => `‘${t.normalize("NFC")}’`))];
  return `anders samengesteld (Unicode) dan de mogelijke ${possible.length === 1 ? "waarde" : "waarden"} ${opsomming(possible)}: gebruik de gebruikelijke vorm (NFC)`;
}

/**
 * `coerceFactValue` for one fact, prepared once for many values (bulk files): the common
 * spellings are recognised without regular expressions or allocations; anything else goes
 * through `coerceFactValue`, so the result is always the same.
 */
export function factCoercer(fact: Fact): (raw: unknown) => Coerced {
  const general = (raw: unknown) => coerceFactValue(fact, raw);
  switch (fact.type) {
    case "ja/nee":
      return (raw) => (raw === "ja" ? YES : raw === "nee" ? NO : typeof raw === "boolean" ? (raw ? YES : NO) : general(raw));
    case "getal":
    case "bedrag":
    case "percentage":
      return (raw) => (typeof raw === "number" && Number.isFinite(raw) ? { value: raw } : typeof raw === "string" && plainNumber(raw) ? { value: Number(raw) } : general(raw));
    case "keuze": {
      const values = new Set(fact.values ?? []);
      return (raw) => (typeof raw === "string" && values.has(raw) ? { value: raw } : general(raw));
    }
    case "datum":
      // A written date has no spaces to trim and is never an unknown spelling.
      return (raw) => (typeof raw === "string" && isIsoDate(raw) ? { value: raw } : general(raw));
    case "verzameling": {
      // Providers share few combinations of values: remember the lists (frozen, so sharing
      // them is safe), up to a bound.
      const seen = new Map<string, Coerced>();
      return (raw) => {
        if (typeof raw !== "string") return general(raw);
        let coerced = seen.get(raw);
        if (coerced === undefined) {
          coerced = general(raw);
          if ("value" in coerced) coerced = { value: Object.freeze(coerced.value as string[]) };
          if (seen.size < 4096) seen.set(raw, coerced);
        }
        return coerced;
      };
    }
    default:
      return general;
  }
}
