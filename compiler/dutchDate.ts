/**
 * Dates the Dutch way, as "24 oktober 2025": what `Intl.DateTimeFormat("nl-NL", { day:
 * "numeric", month: "long", year: "numeric" })` gives (test/diff/format.test.ts compares
 * them), written out because preparing that formatter costs a fresh `beleid diff` ~20 ms
 * (measured: ICU loads its Dutch calendar data).
 */

export const DUTCH_MONTHS: readonly string[] = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "2025-10-24" as "24 oktober 2025"; anything that is not a date in that form as it is. */
export function dutchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? DUTCH_MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined || match[3] === "00") return iso;
  return `${Number(match[3])} ${month} ${Number(match[1])}`;
}
