/**
 * Advice for a number written the Dutch way (a decimal comma, a point between the thousands),
 * for a condition (parse.ts) and for a number field of the policy (compiler/load/validate.ts).
 * Kept apart from the parser, so that the load stage does not load it.
 */

/** The advice when the number itself is not known. */
export const DECIMAL_COMMA_ADVICE = "Gebruik een punt als decimaalteken: 2.5 in plaats van 2,5.";

/**
 * `0,5` or `1.000,5` (optionally negative): how to write it; undefined for anything else. With
 * a point between the thousands, both are said.
 */
export function decimalCommaAdvice(written: string): string | undefined {
  const dutch = /^(-?\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(written);
  if (dutch) {
    return `Schrijf getallen zonder punt tussen de duizendtallen en met een punt als decimaalteken: ${(dutch[1] as string).replace(/\./g, "")}.${dutch[2] as string} in plaats van ${written}.`;
  }
  const plain = /^(-?\d+),(\d+)$/.exec(written);
  return plain ? `Gebruik een punt als decimaalteken: ${plain[1] as string}.${plain[2] as string} in plaats van ${written}.` : undefined;
}
