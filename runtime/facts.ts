/**
 * Checks the facts handed to an evaluator before anything is decided. Every problem is
 * collected, so the caller sees them all at once, in Dutch; a wrong or missing fact never
 * leads to a decision. Keys the policy does not need are ignored (a typo in a needed key
 * always shows up as that key missing).
 */

import { isIsoDate } from "./dates.js";
import { opsomming } from "./sentences.js";

export type FeitType = "getal" | "percentage" | "bedrag" | "datum" | "ja/nee" | "tekst" | "keuze" | "verzameling";

/** What an evaluator knows about a fact. */
export interface FeitBeschrijving {
  readonly id: string;
  readonly type: FeitType;
  readonly omschrijving: string;
  readonly waarden?: readonly string[];
  readonly eenheid?: string;
  /** De kleinste en grootste waarde die een getal, percentage of bedrag kan hebben. */
  readonly minimum?: number;
  readonly maximum?: number;
  /** Een getal dat altijd geheel is (een aantal). */
  readonly geheel?: true;
  /** Het feit (van hetzelfde type) waar dit getal niet groter dan kan zijn: een deel niet groter dan het geheel. */
  readonly nietGroterDan?: string;
  /** Het jaar waarover het feit gaat, ten opzichte van het contractjaar. */
  readonly peiljaar?: number;
  /** Als het feit onbekend (`null`) mag zijn: waarom. */
  readonly onbekend?: string;
  /** Bij een verklaring: de regel die de zorgaanbieder verklaart. */
  readonly verklaring?: string;
}

/**
 * What kind of problem a fact has, for a program (a form that marks a field) without reading
 * the Dutch message:
 * - `ontbreekt`: the key is not there;
 * - `onbekend`: the value is `null`, but the fact may not be unknown;
 * - `type`: a value of the wrong kind (a text for a number, a text that is no date, a number for a keuze);
 * - `waarde`: the right kind, but not a possible value (a keuze or list item the policy does not know,
 *   a date that does not exist, a list with an empty place or a value twice);
 * - `bereik`: a number outside the fact's range, or not whole where it must be;
 * - `verband`: a part greater than its whole (`nietGroterDan`), both usable on their own;
 * - `geen_object`: the facts as a whole are not an object with facts (`feit` is then "").
 */
export type ProbleemSoort = "ontbreekt" | "onbekend" | "type" | "waarde" | "bereik" | "verband" | "geen_object";

export interface FeitProbleem {
  readonly feit: string;
  readonly soort: ProbleemSoort;
  readonly melding: string;
}

/** A `FeitenFout` as plain data (`toJSON`): what survives `structuredClone` and `postMessage`. */
export interface FeitenFoutGegevens {
  readonly naam: "FeitenFout";
  readonly melding: string;
  readonly problemen: readonly FeitProbleem[];
}

export class FeitenFout extends Error {
  /** Frozen, as is each problem. */
  readonly problemen: readonly FeitProbleem[];

  constructor(context: string, problemen: readonly FeitProbleem[]) {
    // A problem with the facts as a whole (not an object) is not about one fact.
    const aantal = problemen.every((p) => p.feit === "") ? "De feiten zijn" : problemen.length === 1 ? "Eén feit is" : `${problemen.length} feiten zijn`;
    super(`${aantal} niet bruikbaar voor ${context}:\n${problemen.map((p) => `- ${p.melding}`).join("\n")}`);
    this.name = "FeitenFout";
    // A copy: the caller's list (and its objects) stay as they were.
    this.problemen = Object.freeze(problemen.map((p) => Object.freeze({ feit: p.feit, soort: p.soort, melding: p.melding })));
  }

  /**
   * The error as plain data. A structured clone of an Error (`structuredClone`, `postMessage`
   * to a worker) keeps only its name, message and stack, not `problemen`: send this instead.
   * `JSON.stringify(fout)` uses it too.
   */
  toJSON(): FeitenFoutGegevens {
    return { naam: "FeitenFout", melding: this.message, problemen: this.problemen.map((p) => ({ feit: p.feit, soort: p.soort, melding: p.melding })) };
  }
}

/** How a value is named in a message: "de tekst "hoog"", "het getal 3", "een lijst". */
export function describeValue(value: unknown): string {
  if (value === null) return "onbekend (null)";
  if (value === undefined) return "leeg";
  if (typeof value === "string") return `de tekst ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "number") return describeNumber(value);
  if (typeof value === "boolean") return value ? "ja (true)" : "nee (false)";
  if (typeof value === "bigint") return "een groot geheel getal (BigInt)";
  if (typeof value === "symbol") return "een symbool";
  if (typeof value === "function") return "een functie";
  if (Array.isArray(value)) return "een lijst";
  const collection = collectionName(value as object);
  return collection ? `een ${collection}` : "een object";
}

/**
 * A number as a message names it. A number too large for JavaScript (`1e400` in JSON) is
 * `Infinity` after `JSON.parse`: said as what it became, so that the reader looks for a large
 * number and not for a typing error.
 */
function describeNumber(value: number): string {
  if (Number.isFinite(value)) return `het getal ${value}`;
  if (Number.isNaN(value)) return "geen getal (NaN)";
  return value > 0 ? "oneindig groot (Infinity)" : "oneindig klein (-Infinity)";
}

/** The built-in objects that hold something other than facts under their keys, by name. */
function collectionName(value: object): string | undefined {
  if (value instanceof Map) return "Map";
  if (value instanceof Set) return "Set";
  if (value instanceof Date) return "Date-object";
  if (value instanceof Promise) return "Promise";
  return undefined;
}

/** What a fact of each type must be, as messages say it (keuze and verzameling also name their values). */
export const EXPECTED: Readonly<Record<FeitType, string>> = {
  getal: "een getal",
  percentage: "een percentage (een getal, 30 voor 30%)",
  bedrag: "een bedrag in euro (een getal)",
  datum: "een datum als jjjj-mm-dd",
  "ja/nee": "ja of nee (true of false)",
  tekst: "een tekst",
  keuze: "een van de mogelijke waarden",
  verzameling: "een lijst van mogelijke waarden",
};

/** How many values of a keuze or verzameling a message about a missing fact names. */
const VALUES_NAMED = 6;

/** The values of a keuze or verzameling as a message lists them: all of them, or the first few and how many more. */
function valueList(values: readonly string[], limit = Infinity): string {
  const quoted = values.map((v) => JSON.stringify(v));
  // "en nog 1 andere" would be no shorter than the value itself.
  if (values.length <= limit + 1) return quoted.join(", ");
  return `${quoted.slice(0, limit).join(", ")} en nog ${values.length - limit} andere`;
}

export type NumberSpec = Pick<FeitBeschrijving, "type" | "minimum" | "maximum" | "geheel">;

/**
 * What a number must be with its range: "een geheel getal van ten minste 0", "een percentage
 * van 0 tot en met 100 (een getal, 30 voor 30%)", "een bedrag in euro van ten hoogste 1000
 * (een getal)".
 */
export function expectedNumber(spec: NumberSpec): string {
  const { minimum, maximum } = spec;
  if (minimum === undefined && maximum === undefined && !spec.geheel) return EXPECTED[spec.type];
  const noun = spec.type === "percentage" ? "een percentage" : spec.type === "bedrag" ? "een bedrag in euro" : spec.geheel ? "een geheel getal" : "een getal";
  const range =
    minimum !== undefined && maximum !== undefined ? ` van ${minimum} tot en met ${maximum}` : minimum !== undefined ? ` van ten minste ${minimum}` : maximum !== undefined ? ` van ten hoogste ${maximum}` : "";
  const how = spec.type === "percentage" ? " (een getal, 30 voor 30%)" : spec.type === "bedrag" ? " (een getal)" : "";
  return `${noun}${range}${how}`;
}

/** Whether a finite number lies in the fact's range (and is whole when it must be). */
function inRange(spec: NumberSpec, value: number): boolean {
  return (spec.minimum === undefined || value >= spec.minimum) && (spec.maximum === undefined || value <= spec.maximum) && (!spec.geheel || Number.isInteger(value));
}

/** What a fact must be, with the values of a keuze or verzameling (the first few, for a long list) or the range of a number. */
function expected(spec: Pick<FeitBeschrijving, "type" | "waarden" | "minimum" | "maximum" | "geheel">): string {
  const values = spec.waarden ?? [];
  if (spec.type === "keuze" && values.length > 0) return `een van deze waarden: ${valueList(values, VALUES_NAMED)}`;
  if (spec.type === "verzameling" && values.length > 0) return `een lijst met waarden uit: ${valueList(values, VALUES_NAMED)}`;
  if (spec.type === "getal" || spec.type === "percentage" || spec.type === "bedrag") return expectedNumber(spec);
  return EXPECTED[spec.type];
}

/** " (of null als het onbekend is)" for a fact that may be unknown. */
const orNull = (spec: Pick<FeitBeschrijving, "onbekend">) => (spec.onbekend !== undefined ? " (of null als het onbekend is)" : "");

/** A problem with a fact's value: its kind and its message (the fact is the caller's). */
export interface WaardeProbleem {
  readonly soort: ProbleemSoort;
  readonly melding: string;
}

/** The problem with a fact's value as the messages word it, or undefined when it is usable. */
export function probleemMetWaarde(spec: Pick<FeitBeschrijving, "id" | "type" | "waarden" | "onbekend" | "minimum" | "maximum" | "geheel">, value: unknown): string | undefined {
  return waardeProbleem(spec, value)?.melding;
}

/** The problem with a fact's value, with its kind (`ProbleemSoort`), or undefined when it is usable. */
export function waardeProbleem(spec: Pick<FeitBeschrijving, "id" | "type" | "waarden" | "onbekend" | "minimum" | "maximum" | "geheel">, value: unknown): WaardeProbleem | undefined {
  const name = `‘${spec.id}’`;
  if (value === null) {
    return spec.onbekend !== undefined ? undefined : { soort: "onbekend", melding: `${name} mag niet onbekend zijn; verwacht ${expected(spec)}.` };
  }
  const wrongType = (): WaardeProbleem => ({ soort: "type", melding: `${name} moet ${EXPECTED[spec.type]} zijn${orNull(spec)}, maar is ${describeValue(value)}.` });
  switch (spec.type) {
    case "getal":
    case "percentage":
    case "bedrag": {
      const finite = typeof value === "number" && Number.isFinite(value);
      if (finite && inRange(spec, value)) return undefined;
      return { soort: finite ? "bereik" : "type", melding: `${name} moet ${expectedNumber(spec)} zijn${orNull(spec)}, maar is ${describeValue(value)}.` };
    }
    case "datum":
      if (isIsoDate(value)) return undefined;
      // Written as a date, but not one of the calendar (30 februari).
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { soort: "waarde", melding: `${name} moet een bestaande datum zijn; ${value} bestaat niet.` };
      return wrongType();
    case "ja/nee":
      return typeof value === "boolean" ? undefined : wrongType();
    case "tekst":
      return typeof value === "string" ? undefined : wrongType();
    case "keuze": {
      const values = spec.waarden ?? [];
      if (typeof value === "string" && values.includes(value)) return undefined;
      if (typeof value === "string" && values.includes(value.normalize("NFC"))) {
        return { soort: "waarde", melding: `${name} is ${describeValue(value)}, ${otherComposition([value.normalize("NFC")])}.` };
      }
      return { soort: typeof value === "string" ? "waarde" : "type", melding: `${name} moet een van deze waarden zijn: ${valueList(values)}${orNull(spec)}; het is ${describeValue(value)}.` };
    }
    case "verzameling":
      if (!Array.isArray(value)) return { soort: "type", melding: `${name} moet een lijst zijn met waarden uit: ${valueList(spec.waarden ?? [])}${orNull(spec)}; het is ${describeValue(value)}.` };
      {
        const melding = problemsInList(name, spec.waarden ?? [], value);
        return melding === undefined ? undefined : { soort: "waarde", melding };
      }
  }
}

/**
 * Said of a text that is a possible value only in another Unicode composition ("Die\u0308tist",
 * with a separate diaeresis, for "Diëtist"): both look the same on screen, so a message that
 * only listed the possible values would seem to contradict itself. The evaluator stays exact
 * (as the facts schema is): it is not taken as the value.
 */
function otherComposition(possible: readonly string[]): string {
  const named = possible.map((v) => JSON.stringify(v));
  return `anders samengesteld (Unicode) dan de mogelijke ${possible.length === 1 ? "waarde" : "waarden"} ${opsomming(named)}: gebruik de gebruikelijke vorm (NFC)`;
}

/**
 * The problem with a fact that may not be greater than another (`nietGroterDan`), given that
 * each is usable on its own: undefined when either is unknown or the other is not among
 * `specs` (a care type that does not need it).
 */
export function probleemMetVerhouding(spec: Pick<FeitBeschrijving, "id" | "nietGroterDan">, feiten: Readonly<Record<string, unknown>>, specs: readonly Pick<FeitBeschrijving, "id">[]): string | undefined {
  const other = spec.nietGroterDan;
  if (other === undefined || !specs.some((s) => s.id === other)) return undefined;
  const value = feiten[spec.id];
  const limit = feiten[other];
  if (typeof value !== "number" || typeof limit !== "number" || value <= limit) return undefined;
  return `‘${spec.id}’ kan niet groter zijn dan ‘${other}’, maar is ${value} en ‘${other}’ is ${limit}.`;
}

/** At most this many places, wrong values or repeated values are named per message. */
const NAMED_PER_PROBLEM = 5;

/**
 * What is wrong with a list for a verzameling: empty places (a hole, as in `[, "a"]` or
 * `new Array(3)`, or `undefined`), values that are not possible, values given more than once.
 * Each item is looked at by its position (`filter` and `forEach` skip holes). A usable list
 * has at most as many items as there are possible values, so a longer one is looked at only
 * that far (and a little further): `new Array(2 ** 32 - 1)` is answered at once.
 */
function problemsInList(name: string, values: readonly string[], list: readonly unknown[]): string | undefined {
  const empty: number[] = [];
  const wrong: unknown[] = [];
  /** Texts that are a possible value in another Unicode composition (NFD). */
  const composed: string[] = [];
  const seen = new Map<string, number>();
  const end = Math.min(list.length, values.length + 100);
  for (let i = 0; i < end; i++) {
    const item: unknown = list[i];
    if (item === undefined) empty.push(i + 1);
    else if (typeof item !== "string" || !values.includes(item)) {
      if (typeof item === "string" && values.includes(item.normalize("NFC"))) composed.push(item);
      else wrong.push(item);
    }
    else seen.set(item, (seen.get(item) ?? 0) + 1);
  }
  const repeated = [...seen].filter(([, count]) => count > 1);
  const problems: string[] = [];
  if (empty.length > 0) {
    // More empty places than named, or empty up to where the list was looked at.
    const more = empty.length > NAMED_PER_PROBLEM || (end < list.length && empty[empty.length - 1] === end);
    const places = empty.slice(0, NAMED_PER_PROBLEM).map(String);
    problems.push(
      empty.length === 1 && !more
        ? `${name} heeft een lege plaats op positie ${places[0]}.`
        : `${name} heeft lege plaatsen op de posities ${more ? `${places.join(", ")} en verder` : opsomming(places)}.`,
    );
  }
  if (wrong.length > 0) {
    const named = wrong.slice(0, NAMED_PER_PROBLEM).map((v) => (typeof v === "string" ? JSON.stringify(v) : describeValue(v)));
    if (wrong.length > NAMED_PER_PROBLEM) named.push("…");
    problems.push(`${name} bevat ${named.join(", ")}, maar mogelijke waarden zijn: ${valueList(values)}.`);
  }
  if (composed.length > 0) {
    const named = composed.slice(0, NAMED_PER_PROBLEM).map((v) => JSON.stringify(v));
    if (composed.length > NAMED_PER_PROBLEM) named.push("…");
    const possible = [...new Set(composed.slice(0, NAMED_PER_PROBLEM).map((v) => v.normalize("NFC")))];
    problems.push(`${name} bevat ${named.join(", ")}, ${otherComposition(possible)}.`);
  }
  if (repeated.length > 0) {
    const named = repeated.slice(0, NAMED_PER_PROBLEM).map(([value, count]) => `${JSON.stringify(value)} ${timesText(count)}`);
    if (repeated.length > NAMED_PER_PROBLEM) named.push("nog andere meer dan één keer");
    problems.push(`${name} bevat ${opsomming(named)}; elke waarde mag er één keer in staan.`);
  }
  // Looked at only in part, a list always shows a problem: more items than possible values means a repeat.
  return problems.length > 0 ? problems.join(" ") : undefined;
}

const TIMES = ["", "één keer", "twee keer", "drie keer", "vier keer", "vijf keer", "zes keer", "zeven keer", "acht keer", "negen keer", "tien keer"];
const timesText = (count: number) => TIMES[count] ?? `${count} keer`;

/** The message for facts that are not an object at all, or an object that holds no facts under its keys (a Map). */
export function geenObject(feiten: unknown): string {
  const hint = feiten instanceof Map ? " Een Map is geen object met feiten; maak er een van met Object.fromEntries(…)." : feiten instanceof Promise ? " Wacht eerst op de feiten (await)." : "";
  return `De feiten moeten een object zijn met per feit een waarde, maar zijn ${describeValue(feiten)}.${hint}`;
}

/**
 * The message for a fact that is missing: what is expected, then the fact's description as a
 * sentence of its own (in parentheses it could end in "))": a description may end in a
 * parenthesis; one taken from a rule's text may end in ";" or ":").
 */
export function ontbreekt(spec: Pick<FeitBeschrijving, "id" | "type" | "omschrijving" | "onbekend" | "waarden">): string {
  const unknown = spec.onbekend === undefined ? "" : spec.type === "keuze" || spec.type === "verzameling" ? " (of null als het onbekend is)" : " of null als het onbekend is";
  const description = spec.omschrijving.trim().replace(/[\s;:,]+$/, "");
  const about = description === "" ? "" : ` Omschrijving: ${/[.?!…]$/.test(description) ? description : `${description}.`}`;
  return `‘${spec.id}’ ontbreekt; verwacht ${expected(spec)}${unknown}.${about}`;
}

/** Throws `FeitenFout` listing every problem; returns quietly when all facts are usable. */
export function controleerFeiten(specs: readonly FeitBeschrijving[], feiten: unknown, context: string): void {
  if (feiten === null || typeof feiten !== "object" || Array.isArray(feiten)) {
    throw new FeitenFout(context, [{ feit: "", soort: "geen_object", melding: geenObject(feiten) }]);
  }
  const input = feiten as Record<string, unknown>;
  const problems: FeitProbleem[] = [];
  for (const spec of specs) {
    if (!Object.prototype.hasOwnProperty.call(input, spec.id)) {
      problems.push({ feit: spec.id, soort: "ontbreekt", melding: ontbreekt(spec) });
      continue;
    }
    const problem = waardeProbleem(spec, input[spec.id]);
    if (problem) problems.push({ feit: spec.id, soort: problem.soort, melding: problem.melding });
  }
  // A relation between two facts only once both are usable on their own.
  for (const spec of specs) {
    if (spec.nietGroterDan === undefined || problems.some((p) => p.feit === spec.id || p.feit === spec.nietGroterDan)) continue;
    const problem = probleemMetVerhouding(spec, input, specs);
    if (problem) problems.push({ feit: spec.id, soort: "verband", melding: problem });
  }
  if (problems.length === 0) return;
  // A Map (or Set, Date, Promise) holds no facts under its keys: one message, not one per fact.
  if (collectionName(feiten) !== undefined && problems.length === specs.length) throw new FeitenFout(context, [{ feit: "", soort: "geen_object", melding: geenObject(feiten) }]);
  throw new FeitenFout(context, problems);
}

const NO_PROTOTYPE: object = /* @__PURE__ */ Object.freeze(Object.create(null));

/**
 * The prototype of a facts object, or an empty object when it has none: the generated quick
 * check asks `"feit" in prototypeVan(feiten)` to rule out a fact that is inherited.
 */
export function prototypeVan(feiten: object): object {
  return Object.getPrototypeOf(feiten) ?? NO_PROTOTYPE;
}

/** The object has the fact as its own key (a key on the prototype does not count). */
export function heeftFeit(feiten: object, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(feiten, id);
}

/**
 * A list of distinct values, each one of `waarden`: what `controleerFeiten` accepts for a
 * verzameling, without its messages (for the evaluators' quick check, which passes the
 * values as a set: one lookup per item instead of a comparison with every value).
 */
export function isDeelverzameling(value: unknown, waarden: ReadonlySet<unknown>): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!waarden.has(item)) return false;
    for (let j = 0; j < i; j++) if (value[j] === item) return false;
  }
  return true;
}

/**
 * Picks the evaluator of a care type, with a Dutch error for an unknown one, and for a care
 * type that is not a text at all (a list holding the right key, `undefined`, an object without
 * prototype): that is named as the value it is, not turned into a text.
 */
export function kiesZorgsoort<F>(evaluators: Readonly<Record<string, F>>, zorgsoort: unknown): F {
  if (typeof zorgsoort !== "string") throw new Error(`De zorgsoort moet een tekst zijn, maar is ${describeValue(zorgsoort)}.`);
  if (Object.prototype.hasOwnProperty.call(evaluators, zorgsoort)) return evaluators[zorgsoort] as F;
  const known = Object.keys(evaluators).map((k) => `‘${k}’`).join(", ");
  throw new Error(`Onbekende zorgsoort ‘${zorgsoort}’; bekend zijn: ${known}.`);
}
