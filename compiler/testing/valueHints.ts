/**
 * Hints for a fact value in a test file that does not fit its fact, as the policy check gives
 * them for the same value in a condition (compiler/check/expressions.ts): ‘Bedoelt u ‘ISO
 * 9001’?’ for a misspelt choice, ‘schrijf ja’ for `true`, why a date does not exist. The
 * problem itself comes from compiler/facts/coerce.ts; this only adds the hint, and the text an
 * editor's quick fix writes in place of the value.
 */

import type { Fact } from "../model.js";
import { closestName } from "../suggest.js";
import { impossibleDateHint } from "../../grammar/toAst.js";

export interface ValueHint {
  readonly text: string;
  /** The value to write instead, as YAML (for the language server's quick fix). */
  readonly replacement?: string;
}

/** Words for yes and no from elsewhere (JSON, English, `bij_onbekend`, a spreadsheet). */
const TRUTH_WORDS: ReadonlyMap<string, "ja" | "nee"> = new Map([
  ["true", "ja"],
  ["false", "nee"],
  ["waar", "ja"],
  ["onwaar", "nee"],
  ["yes", "ja"],
  ["no", "nee"],
  ["1", "ja"],
  ["0", "nee"],
  ["j", "ja"],
  ["n", "nee"],
]);

/** A value YAML reads as the same text without quotes; otherwise between double quotes. */
function yamlValue(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/()+’-]*$/u.test(value) && !value.endsWith(" ") && !/^(ja|nee|onbekend|true|false|null|~|\d[\d.]*)$/i.test(value) ? value : JSON.stringify(value);
}

/** The hint for `raw`, refused as a value of `fact`; undefined when there is nothing to add. */
export function valueHint(fact: Fact, raw: unknown): ValueHint | undefined {
  if (raw === null || raw === undefined || (typeof raw === "object" && !Array.isArray(raw))) return undefined;
  switch (fact.type) {
    case "ja/nee": {
      const text = String(raw).trim();
      const truth = TRUTH_WORDS.get(text.toLowerCase());
      return truth === undefined ? undefined : { text: `In een testbestand heten de waarden van een ja/nee-feit ‘ja’ en ‘nee’, zoals in een voorwaarde; schrijf ‘${truth}’.`, replacement: truth };
    }
    case "keuze": {
      if (Array.isArray(raw)) return undefined;
      const suggestion = closestName(String(raw).trim(), fact.values ?? []);
      return suggestion === undefined ? undefined : { text: `Bedoelt u ‘${suggestion}’?`, replacement: yamlValue(suggestion) };
    }
    case "verzameling": {
      const values = fact.values ?? [];
      const items = (Array.isArray(raw) ? raw : [raw]).filter((i): i is string | number => typeof i === "string" || typeof i === "number").map((i) => String(i).trim());
      const meant = items.filter((i) => !values.includes(i)).flatMap((i) => {
        const suggestion = closestName(i, values);
        return suggestion === undefined ? [] : [`‘${suggestion}’ (in plaats van ‘${i}’)`];
      });
      return meant.length === 0 ? undefined : { text: `Bedoelt u ${meant.join(" en ")}?` };
    }
    case "datum": {
      const text = String(raw).trim();
      const impossible = impossibleDateHint(text);
      if (impossible !== undefined) return { text: impossible };
      // 31-10-2025 or 31/10/2025: the order a Dutch reader writes.
      const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
      if (dutch) {
        const written = `${dutch[3] as string}-${(dutch[2] as string).padStart(2, "0")}-${(dutch[1] as string).padStart(2, "0")}`;
        return { text: `Schrijf een datum als jjjj-mm-dd: ${written} in plaats van ${text}.`, replacement: written };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
