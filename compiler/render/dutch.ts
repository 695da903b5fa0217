/**
 * Dutch wording for the document: counts the document writes itself in words by the rule the
 * change report follows, dates as "24 oktober 2025", lists with "en"/"of", and sentence case.
 */

export { dutchDate as formatDutchDate } from "../dutchDate.js";
import { countWord } from "../diff/format.js";

/**
 * A count the document writes itself ("drie", "één", "dertig", "21"), by the same rule and
 * function as the change report (`countWord`): up to twenty, round tens up to a hundred and
 * round hundreds up to a thousand in words, other counts in digits. So the document and the
 * report never write one count two ways. Quoted source text is not passed through here.
 */
export function countInWords(count: number): string {
  return countWord(count);
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
