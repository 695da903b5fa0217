/**
 * Reading and writing numbers and dates the Dutch way in the checker's form: "12,5" and
 * "1.250" as well as "12.5"; dates shown as "1 april 2026".
 */

/**
 * The number in `text`, or undefined when it is not one. Accepts a decimal comma and thousands
 * dots ("1.250" is 1250). A first group of digits that starts with 0 is never a thousands group:
 * "0.151" is the decimal 0.151, not 151.
 */
export function parseDutchNumber(text: string): number | undefined {
  let t = text.trim().replace(/\s+/g, "").replace(/^€/, "").replace(/%$/, "");
  if (/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else t = t.replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/**
 * What is wrong with a number for a fact with a range (minimum, maximum, geheel), as the form
 * asks it ("Vul een percentage van 0 tot en met 100 in."); undefined when it fits.
 */
export function rangeProblem(fact: { readonly type: string; readonly minimum?: number; readonly maximum?: number; readonly geheel?: true }, value: number): string | undefined {
  const { minimum, maximum } = fact;
  const fits = (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum) && (!fact.geheel || Number.isInteger(value));
  if (fits) return undefined;
  const low = minimum === undefined ? undefined : formatDutchNumber(minimum);
  const high = maximum === undefined ? undefined : formatDutchNumber(maximum);
  const range = low !== undefined && high !== undefined ? ` van ${low} tot en met ${high}` : low !== undefined ? ` van ten minste ${low}` : high !== undefined ? ` van ten hoogste ${high}` : "";
  return `Vul ${noun(fact)}${range} in.`;
}

/**
 * What is wrong with a part greater than its whole (a fact with `nietGroterDan`), as the form
 * asks it, naming the whole by its question ("Vul een geheel getal van ten hoogste 3 in: dit
 * kan niet meer zijn dan uw antwoord op ‘Het totaal aantal therapeuten’."); undefined when it
 * fits.
 */
export function relationProblem(part: { readonly type: string; readonly geheel?: true }, value: number, whole: { readonly label: string; readonly value: number }): string | undefined {
  if (value <= whole.value) return undefined;
  // A question ending in a full stop is quoted without it.
  return `Vul ${noun(part)} van ten hoogste ${formatDutchNumber(whole.value)} in: dit kan niet meer zijn dan uw antwoord op ‘${whole.label.replace(/\.$/, "")}’.`;
}

function noun(fact: { readonly type: string; readonly geheel?: true }): string {
  return fact.type === "percentage" ? "een percentage" : fact.type === "bedrag" ? "een bedrag" : fact.geheel ? "een geheel getal" : "een getal";
}

export function formatDutchNumber(value: number): string {
  return String(value).replace(".", ",");
}

const DATE = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDutchDate(iso: string): string {
  return DATE.format(new Date(`${iso}T00:00:00Z`));
}
