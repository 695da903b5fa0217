/**
 * Reading and writing numbers and dates the Dutch way in the checker's form: "12,5" and
 * "1.250" as well as "12.5"; dates shown as "1 april 2026".
 */

/** The number in `text`, or undefined when it is not one. Accepts a decimal comma and thousands dots. */
export function parseDutchNumber(text: string): number | undefined {
  let t = text.trim().replace(/\s+/g, "").replace(/^€/, "").replace(/%$/, "");
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else t = t.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

export function formatDutchNumber(value: number): string {
  return String(value).replace(".", ",");
}

const DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDutchDate(iso: string): string {
  return DATE.format(new Date(`${iso}T00:00:00Z`));
}
