/**
 * Checks the facts handed to an evaluator before anything is decided. Every problem is
 * collected, so the caller sees them all at once, in Dutch; a wrong or missing fact never
 * leads to a decision. Keys the policy does not need are ignored (a typo in a needed key
 * always shows up as that key missing).
 */

import { isIsoDate } from "./dates.js";

export type FeitType = "getal" | "percentage" | "bedrag" | "datum" | "ja/nee" | "tekst" | "keuze" | "verzameling";

/** What an evaluator knows about a fact. */
export interface FeitBeschrijving {
  readonly id: string;
  readonly type: FeitType;
  readonly omschrijving: string;
  readonly waarden?: readonly string[];
  readonly eenheid?: string;
  /** Het jaar waarover het feit gaat, ten opzichte van het contractjaar. */
  readonly peiljaar?: number;
  /** Als het feit onbekend (`null`) mag zijn: waarom. */
  readonly onbekend?: string;
  /** Bij een verklaring: de regel die de zorgaanbieder verklaart. */
  readonly verklaring?: string;
}

export interface FeitProbleem {
  readonly feit: string;
  readonly melding: string;
}

export class FeitenFout extends Error {
  readonly problemen: readonly FeitProbleem[];

  constructor(context: string, problemen: readonly FeitProbleem[]) {
    // A problem with the facts as a whole (not an object) is not about one fact.
    const aantal = problemen.every((p) => p.feit === "") ? "De feiten zijn" : problemen.length === 1 ? "Eén feit is" : `${problemen.length} feiten zijn`;
    super(`${aantal} niet bruikbaar voor ${context}:\n${problemen.map((p) => `- ${p.melding}`).join("\n")}`);
    this.name = "FeitenFout";
    this.problemen = problemen;
  }
}

/** How a value is named in a message: "de tekst "hoog"", "het getal 3", "een lijst". */
export function describeValue(value: unknown): string {
  if (value === null) return "onbekend (null)";
  if (value === undefined) return "leeg";
  if (typeof value === "string") return `de tekst ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "number") return Number.isFinite(value) ? `het getal ${value}` : "geen geldig getal";
  if (typeof value === "boolean") return value ? "ja (true)" : "nee (false)";
  if (Array.isArray(value)) return "een lijst";
  return "een object";
}

/** What a fact of each type must be, as messages say it. */
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

/** The problem with a fact's value as the messages word it, or undefined when it is usable. */
export function probleemMetWaarde(spec: Pick<FeitBeschrijving, "id" | "type" | "waarden" | "onbekend">, value: unknown): string | undefined {
  const name = `‘${spec.id}’`;
  if (value === null) {
    return spec.onbekend !== undefined ? undefined : `${name} mag niet onbekend zijn; verwacht ${EXPECTED[spec.type]}.`;
  }
  switch (spec.type) {
    case "getal":
    case "percentage":
    case "bedrag":
      return typeof value === "number" && Number.isFinite(value) ? undefined : `${name} moet ${EXPECTED[spec.type]} zijn, maar is ${describeValue(value)}.`;
    case "datum":
      if (isIsoDate(value)) return undefined;
      // Written as a date, but not one of the calendar (30 februari).
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${name} moet een bestaande datum zijn; ${value} bestaat niet.`;
      return `${name} moet ${EXPECTED.datum} zijn, maar is ${describeValue(value)}.`;
    case "ja/nee":
      return typeof value === "boolean" ? undefined : `${name} moet ${EXPECTED["ja/nee"]} zijn, maar is ${describeValue(value)}.`;
    case "tekst":
      return typeof value === "string" ? undefined : `${name} moet ${EXPECTED.tekst} zijn, maar is ${describeValue(value)}.`;
    case "keuze": {
      const values = spec.waarden ?? [];
      if (typeof value === "string" && values.includes(value)) return undefined;
      return `${name} moet een van deze waarden zijn: ${values.map((v) => JSON.stringify(v)).join(", ")}; het is ${describeValue(value)}.`;
    }
    case "verzameling": {
      const values = spec.waarden ?? [];
      if (!Array.isArray(value)) return `${name} moet een lijst zijn met waarden uit: ${values.map((v) => JSON.stringify(v)).join(", ")}; het is ${describeValue(value)}.`;
      const wrong = value.filter((v) => typeof v !== "string" || !values.includes(v));
      if (wrong.length > 0) {
        return `${name} bevat ${wrong.map((v) => (typeof v === "string" ? JSON.stringify(v) : describeValue(v))).join(", ")}, maar mogelijke waarden zijn: ${values.map((v) => JSON.stringify(v)).join(", ")}.`;
      }
      if (new Set(value).size !== value.length) return `${name} bevat een waarde twee keer.`;
      return undefined;
    }
  }
}

/** The message for facts that are not an object at all. */
export function geenObject(feiten: unknown): string {
  return `De feiten moeten een object zijn met per feit een waarde, maar zijn ${describeValue(feiten)}.`;
}

/** The message for a fact that is missing. */
export function ontbreekt(spec: Pick<FeitBeschrijving, "id" | "type" | "omschrijving" | "onbekend">): string {
  return `‘${spec.id}’ ontbreekt (${spec.omschrijving.replace(/\.$/, "")}); verwacht ${EXPECTED[spec.type]}${spec.onbekend !== undefined ? " of null als het onbekend is" : ""}.`;
}

/** Throws `FeitenFout` listing every problem; returns quietly when all facts are usable. */
export function controleerFeiten(specs: readonly FeitBeschrijving[], feiten: unknown, context: string): void {
  if (feiten === null || typeof feiten !== "object" || Array.isArray(feiten)) {
    throw new FeitenFout(context, [{ feit: "", melding: geenObject(feiten) }]);
  }
  const input = feiten as Record<string, unknown>;
  const problems: FeitProbleem[] = [];
  for (const spec of specs) {
    if (!Object.prototype.hasOwnProperty.call(input, spec.id)) {
      problems.push({ feit: spec.id, melding: ontbreekt(spec) });
      continue;
    }
    const problem = probleemMetWaarde(spec, input[spec.id]);
    if (problem) problems.push({ feit: spec.id, melding: problem });
  }
  if (problems.length > 0) throw new FeitenFout(context, problems);
}

const NO_PROTOTYPE: object = Object.freeze(Object.create(null));

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

/** Picks the evaluator of a care type, with a Dutch error for an unknown one. */
export function kiesZorgsoort<F>(evaluators: Readonly<Record<string, F>>, zorgsoort: unknown): F {
  if (typeof zorgsoort === "string" && Object.prototype.hasOwnProperty.call(evaluators, zorgsoort)) {
    return evaluators[zorgsoort] as F;
  }
  const known = Object.keys(evaluators).map((k) => `‘${k}’`).join(", ");
  throw new Error(`Onbekende zorgsoort ${typeof zorgsoort === "string" ? `‘${zorgsoort}’` : String(zorgsoort)}; bekend zijn: ${known}.`);
}
