/**
 * Dutch formatting of report values: small counts in words (a maintained number-to-words
 * package), dates as "24 oktober 2025", names between ‘ ’, lists joined the Dutch way
 * ("a, b en c"), and care type names in running text.
 */

import { createRequire } from "node:module";
import { dutchDate } from "../dutchDate.js";
import { formatNumber } from "../dutchNumber.js";
import type { ArgValue } from "./changes.js";
import type { ArgType } from "./kinds.js";

// The number words are loaded when first used, not when the module loads: loading n2words
// costs a `beleid diff` 5–25 ms (measured), and many reports need no number words.
let cardinal: ((n: number) => string) | undefined;

/**
 * A count in a report sentence, as Dutch government style writes it: up to twenty, round tens
 * up to a hundred and round hundreds up to a thousand in words (negentien, veertig,
 * tweehonderd), other counts in digits (21, 45, 1.500). Every count in a sentence goes through
 * here, so that "op veertig plaatsen" and "van vijf naar vier" follow one rule.
 */
export function countWord(n: number): string {
  const inWords = Number.isInteger(n) && n >= 0 && (n <= 20 || (n <= 100 && n % 10 === 0) || (n <= 1000 && n % 100 === 0));
  if (!inWords) return formatNumber(n);
  cardinal ??= (createRequire(import.meta.url)("n2words/nl-NL") as typeof import("n2words/nl-NL")).toCardinal;
  return cardinal(n);
}


/**
 * "a", "a en b", "a, b en c": what Intl.ListFormat("nl", { type: "conjunction" }) gives
 * (test/diff/format.test.ts compares them), without preparing ICU's list patterns, which cost
 * a fresh `beleid diff` ~10 ms. Every list in the report is joined here, by one rule: commas
 * and a last "en", also when an item has a comma of its own, as the sources write their lists
 * ("BAHA, communicatiehulpmiddelen, compensatie arm, hand en vingerfunctie, compressietherapie").
 * Where an item's own comma or "en" could be read as the list's, the item is quoted
 * (`nameList`); names are quoted anyway.
 */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1] as string}`;
}

/**
 * Names in running text, as a list: "fysiotherapie en oefentherapie". In a list of several, a
 * name with an "en" or a comma of its own is quoted, so the list still shows which words make
 * one name: "BAHA, ‘Compensatie arm, hand en vingerfunctie’, TENS en visuele hulpmiddelen". A
 * name given twice is listed once.
 */
export function nameList(names: readonly string[]): string {
  const quote = names.length > 1;
  return dutchList([...new Set(names.map((n) => (quote && (/ en /.test(n) || n.includes(",")) ? `‘${n}’` : inText(n))))]);
}

/**
 * Words a planning moment in words may start with that are ordinary Dutch words for a time or
 * period: only these lose the capital that starts a cell of the planning table. Any other first
 * word may be a name ("Caresq publiceert …", "VECOZO …", "Prinsjesdag") and is kept as written.
 */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...["half", "halverwege", "begin", "eind", "einde", "medio", "midden", "vanaf", "uiterlijk", "na", "nadat", "voor", "vóór", "voordat"],
  ...["rond", "rondom", "omstreeks", "circa", "ongeveer", "tot", "totdat", "tussen", "in", "op", "per", "sinds", "binnen", "zodra", "direct", "daarna"],
  ...["week", "weken", "maand", "maanden", "jaar", "kwartaal", "dag", "dagen", "eerste", "tweede", "derde", "laatste", "volgende", "elke", "iedere", "ieder"],
  ...["dagelijks", "wekelijks", "maandelijks", "jaarlijks", "doorlopend", "voorjaar", "najaar", "zomer", "winter", "herfst", "lente"],
  ...["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  ...["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
]);

/**
 * A planning moment in running text: a date written out ("1 juli 2025"); a moment in words as
 * the author wrote it, but without the capital that starts it as a cell of the planning table
 * when its first word is a common word for a time ("Half mei 2025" reads "half mei 2025", "Na
 * Prinsjesdag" "na Prinsjesdag", "September 2025" "september 2025"). Any other first word keeps
 * its capital: it may be a name ("Prinsjesdag", "Caresq publiceert de uitkomst", "VECOZO", "Q3").
 * No report sentence starts with a moment.
 */
export function momentInText(moment: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(moment)) return dutchDate(moment);
  const first = /^[A-ZÀ-Ý][a-zà-ÿ]*(?![\p{L}\d])/u.exec(moment)?.[0];
  return first !== undefined && TIME_WORDS.has(first.toLowerCase()) ? moment.charAt(0).toLowerCase() + moment.slice(1) : moment;
}

/**
 * A care type's name in running text: "fysiotherapie"; but "GLI" stays, and so does a name
 * whose next word is capitalised too ("Low Vision").
 */
export function inText(name: string): string {
  if (/^\S+\s+[A-ZÀ-Ý]/.test(name)) return name;
  return /^[A-ZÀ-Ý][a-zà-ÿ]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatArg(type: ArgType, value: ArgValue): string {
  switch (type) {
    case "tekst":
      return Array.isArray(value) ? dutchList(value) : String(value);
    case "waarde":
      // A date as a threshold reads as one in the planning does: "1 juli 2025".
      return Array.isArray(value) ? dutchList(value) : /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? dutchDate(String(value)) : String(value);
    case "naam":
      return Array.isArray(value) ? dutchList(value.map((v) => `‘${v}’`)) : `‘${String(value)}’`;
    case "aantal":
      return typeof value === "number" ? countWord(value) : String(value);
    case "datum":
      return dutchDate(String(value));
    case "moment":
      return momentInText(String(value));
    case "namen":
      return dutchList((Array.isArray(value) ? value : [String(value)]).map((v) => `‘${v}’`));
    case "opsomming":
      return dutchList(Array.isArray(value) ? value : [String(value)]);
    case "zorgsoorten":
      return nameList(Array.isArray(value) ? value : [String(value)]);
  }
}
