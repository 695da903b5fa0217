/**
 * Turns fact values written as text (in a test file, a CSV column) into the typed values an
 * evaluator takes: "120" -> 120, "ja" -> true, "onbekend" -> null, a list stays a list.
 * A value that does not fit the fact's type gives a Dutch problem instead of a guess.
 *
 * An empty text is unknown, except for a verzameling: there an empty CSV cell is the empty
 * list, and unknown is written `onbekend`.
 */

import type { Fact } from "../model.js";
import { isIsoDate } from "../../runtime/dates.js";

export type Coerced = { readonly value: unknown } | { readonly problem: string };

const UNKNOWN = new Set(["onbekend", "null", "~", ""]);

const YES: Coerced = Object.freeze({ value: true });
const NO: Coerced = Object.freeze({ value: false });
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

export function coerceFactValue(fact: Fact, raw: unknown): Coerced {
  // Fast paths for the spellings bulk files use (a million rows); the rules below agree.
  if (typeof raw === "string" && raw !== "") {
    if (fact.type === "ja/nee") {
      if (raw === "ja") return YES;
      if (raw === "nee") return NO;
    } else if (fact.type === "getal" || fact.type === "bedrag" || fact.type === "percentage") {
      if (PLAIN_NUMBER.test(raw)) return { value: Number(raw) };
    } else if (fact.type === "keuze" && fact.values?.includes(raw)) {
      return { value: raw };
    }
  }
  if (fact.type === "verzameling" && raw === "") return { value: [] };
  if (raw === null || raw === undefined || (typeof raw === "string" && UNKNOWN.has(raw.trim().toLowerCase()))) {
    return fact.unknownReason !== undefined ? { value: null } : { problem: `‘${fact.id}’ mag niet onbekend zijn.` };
  }
  // A JSON object is never a fact value (String() would make it "[object Object]").
  if (typeof raw === "object" && !Array.isArray(raw)) return { problem: `‘${fact.id}’ moet één waarde of een lijst zijn, geen object.` };
  if (fact.type === "verzameling") {
    // An item that is itself a list or object is named, not turned into text: String() on a
    // list nested thousands deep would exhaust the stack.
    const items = Array.isArray(raw) ? raw.map((i: unknown) => (typeof i === "object" && i !== null ? (Array.isArray(i) ? "[…]" : "{…}") : String(i))) : String(raw).split(/\s*[;|]\s*/).filter((x) => x !== "");
    const wrong = items.filter((i) => !(fact.values ?? []).includes(i));
    if (wrong.length > 0) return { problem: `‘${fact.id}’ bevat ${wrong.map((w) => `‘${w}’`).join(", ")}; mogelijke waarden: ${(fact.values ?? []).map((v) => `‘${v}’`).join(", ")}.` };
    return { value: items };
  }
  if (Array.isArray(raw)) return { problem: `‘${fact.id}’ is één waarde, geen lijst.` };
  const text = String(raw).trim();
  switch (fact.type) {
    case "getal":
    case "bedrag":
    case "percentage": {
      const cleaned = text.replace(/^€\s*/, "").replace(/%$/, "").replace(",", ".");
      const n = Number(cleaned);
      if (cleaned === "" || !Number.isFinite(n)) return { problem: `‘${fact.id}’ moet een getal zijn, maar is ‘${text}’.` };
      return { value: n };
    }
    case "ja/nee": {
      const lower = text.toLowerCase();
      if (lower === "ja" || lower === "true" || lower === "1") return { value: true };
      if (lower === "nee" || lower === "false" || lower === "0") return { value: false };
      return { problem: `‘${fact.id}’ moet ja of nee zijn, maar is ‘${text}’.` };
    }
    case "datum":
      return isIsoDate(text) ? { value: text } : { problem: `‘${fact.id}’ moet een datum als jjjj-mm-dd zijn, maar is ‘${text}’.` };
    case "keuze":
      return (fact.values ?? []).includes(text)
        ? { value: text }
        : { problem: `‘${fact.id}’ moet een van deze waarden zijn: ${(fact.values ?? []).map((v) => `‘${v}’`).join(", ")}; het is ‘${text}’.` };
    case "tekst":
      return { value: text };
  }
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
      return (raw) => (typeof raw === "number" && Number.isFinite(raw) ? { value: raw } : typeof raw === "string" && PLAIN_NUMBER.test(raw) ? { value: Number(raw) } : general(raw));
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
