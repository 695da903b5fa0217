/**
 * Turns fact values written as text (in a test file, a CSV column) into the typed values an
 * evaluator takes: "120" -> 120, "ja" -> true, "onbekend" -> null, a list stays a list.
 * A value that does not fit the fact's type gives a Dutch problem instead of a guess.
 */

import type { Fact } from "../model.js";
import { isValidIsoDate } from "../../grammar/toAst.js";

export type Coerced = { readonly value: unknown } | { readonly problem: string };

const UNKNOWN = new Set(["onbekend", "null", "~", ""]);

export function coerceFactValue(fact: Fact, raw: unknown): Coerced {
  if (raw === null || raw === undefined || (typeof raw === "string" && UNKNOWN.has(raw.trim().toLowerCase()))) {
    return fact.unknownReason !== undefined ? { value: null } : { problem: `‘${fact.id}’ mag niet onbekend zijn.` };
  }
  if (fact.type === "verzameling") {
    const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(/\s*[;|]\s*/).filter((x) => x !== "");
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
      return isValidIsoDate(text) ? { value: text } : { problem: `‘${fact.id}’ moet een datum als jjjj-mm-dd zijn, maar is ‘${text}’.` };
    case "keuze":
      return (fact.values ?? []).includes(text)
        ? { value: text }
        : { problem: `‘${fact.id}’ moet een van deze waarden zijn: ${(fact.values ?? []).map((v) => `‘${v}’`).join(", ")}; het is ‘${text}’.` };
    case "tekst":
      return { value: text };
  }
}
