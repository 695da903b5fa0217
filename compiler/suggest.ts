/**
 * "Bedoelt u …?" suggestions for misspelt names: the closest candidate by edit distance,
 * if it is close enough to be a plausible typo.
 */

import { distance } from "fastest-levenshtein";

export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // An abbreviation ("fysio" for "fysiotherapie") is a likely intent even if far in edits.
  if (name.length >= 4) {
    const prefixed = list.filter((c) => c.toLowerCase().startsWith(name.toLowerCase()));
    if (prefixed.length === 1) return prefixed[0];
  }
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = name.toLowerCase();
  for (const candidate of list) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(name.length, best.length) / 3));
  return bestDistance <= limit ? best : undefined;
}
