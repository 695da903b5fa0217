/**
 * Dates the Dutch way, as "24 oktober 2025", for the compiler's texts (reports, documents,
 * `beleid eval`): the runtime's `datumVoluit`, which the explanation of a decision uses too.
 * Written out rather than asked from `Intl.DateTimeFormat`, whose Dutch calendar data cost a
 * fresh `beleid diff` ~20 ms to prepare (measured); test/diff/format.test.ts compares the two.
 */

export { MAANDEN as DUTCH_MONTHS, datumVoluit as dutchDate } from "../runtime/dates.js";
