/**
 * Dutch wording for the document: small counts in words (with the maintained `n2words`
 * package), dates as "24 oktober 2025", lists with "en"/"of", and sentence case.
 */

import { toCardinal } from "n2words/nl-NL";
export { dutchDate as formatDutchDate } from "../dutchDate.js";
import { formatNumber } from "../dutchNumber.js";

/** A count in words ("drie", "één"); from twenty-one on in digits, as Dutch style guides advise. */
export function countInWords(count: number): string {
  return Number.isInteger(count) && count >= 0 && count <= 20 ? toCardinal(count) : formatNumber(count);
}

/** "drie differentiatiefactoren", "één differentiatiefactor". */
export function counted(count: number, singular: string, plural: string): string {
  return `${countInWords(count)} ${count === 1 ? singular : plural}`;
}

export { formatAmount, formatNumber } from "../dutchNumber.js";

export function listAnd(items: readonly string[]): string {
  return new Intl.ListFormat("nl", { style: "long", type: "conjunction" }).format(items);
}

export function listOr(items: readonly string[]): string {
  return new Intl.ListFormat("nl", { style: "long", type: "disjunction" }).format(items);
}

/** Lower-cases the first letter for use inside a sentence, unless it starts an abbreviation (GLI, PREM). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}[\p{Ll}\s]/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
