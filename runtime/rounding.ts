/**
 * The rounding every computed number of the policy language goes through (docs/taal.md,
 * "Rekenen met decimalen"). Authors and providers write decimals (5.1 FTE, 0.29, 29%), which
 * a binary float holds only approximately: 0.29 × 100 is 28.999999999999996, so a provider
 * exactly on "ten minste 29%" would be refused. Each result of `+ - * /`, of a percentage of a
 * number and of `aandeel` is therefore rounded to 9 decimals, or fewer for large numbers so
 * that no more than 14 digits remain (the float's own noise lies near the 16th). For decimal
 * inputs this gives the exact decimal answer, so a comparison with a written threshold is
 * exact at the boundary.
 *
 * How many decimals a result keeps depends on its magnitude: for `+` and `-` the larger of
 * the two operands (the noise of 1000000.1 − 1000000 is that of a million, not of 0.1), for
 * `*`, `/` and `aandeel` the result itself. The interpreter (compiler/interpret/values.ts)
 * states the same rule independently; the generated evaluators call these helpers for every
 * calculation, so they must stay a few nanoseconds.
 */

/**
 * `value` rounded for a result of the given magnitude (≥ 0): 9 decimals below 100,000, one
 * fewer for each further digit before the decimal point, whole numbers from 10^13 on.
 * Half rounds up, as `Math.round` does.
 */
export function rounded(value: number, magnitude: number): number {
  if (magnitude < 1e5) return Math.round(value * 1e9) / 1e9;
  return roundedLarge(value, magnitude);
}

function roundedLarge(value: number, magnitude: number): number {
  // NaN and infinity (only from overflow) stay what they are.
  if (!(magnitude < 1e13)) return magnitude >= 1e13 ? Math.round(value) : value;
  let scale = 1e8;
  for (let limit = 1e6; magnitude >= limit; limit *= 10) scale /= 10;
  return Math.round(value * scale) / scale;
}
