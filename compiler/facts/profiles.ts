/**
 * Realistic distributions for facts whose meaning we know from the paramedical policy and
 * the public Vektis figures behind it: the behandelindex is roughly normal around 100 with a
 * tail above 150, the number of therapists is skewed, specialised therapists are a share of
 * them, and so on. The dataset generator (dataset.ts) uses a profile when a policy declares a
 * fact with this key and type; every other fact gets a generic distribution there.
 *
 * A profile may read facts generated before it (the order of this list), which is how the
 * correlations are made: no specialised hours without specialised therapists.
 */

import type { SeededRandom } from "./random.js";

export interface ProfileContext {
  readonly random: SeededRandom;
  /** The provider's overall quality, 0..1: registrations and factors go together. */
  readonly quality: number;
  /** The policy's contract year. */
  readonly year: number;
  /** A fact generated earlier for this provider (undefined when not yet generated). */
  value(fact: string): unknown;
}

export interface FactProfile {
  readonly fact: string;
  readonly type: "getal" | "ja/nee";
  generate(ctx: ProfileContext): number | boolean | null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** In generation order. */
export const PROFILES: readonly FactProfile[] = [
  {
    // Vektis behandelindex: 100 is the national average; about 4% of practices are new and
    // have none, about 5% are above the limit of 150.
    fact: "behandelindex",
    type: "getal",
    generate: ({ random }) => {
      if (random.chance(0.04)) return null;
      if (random.chance(0.05)) return random.int(151, 230);
      return Math.round(clamp(random.normal(100, 18), 40, 150));
    },
  },
  {
    fact: "uitzondering_behandelindex",
    type: "ja/nee",
    // Exceptions are asked for (and granted) almost only above the limit.
    generate: ({ random, value }) => {
      const index = value("behandelindex");
      return random.chance(typeof index === "number" && index > 150 ? 0.25 : 0.005);
    },
  },
  {
    // Practice size: skewed, most practices have a handful of therapists.
    fact: "fysiotherapeuten",
    type: "getal",
    generate: ({ random }) => clamp(Math.round(Math.exp(random.normal(Math.log(5), 0.75))), 1, 80),
  },
  {
    fact: "fysiotherapeuten_verbijzonderd",
    type: "getal",
    generate: ({ random, quality, value }) => {
      const total = value("fysiotherapeuten");
      return random.binomial(typeof total === "number" ? total : 0, 0.08 + 0.4 * quality);
    },
  },
  {
    // Unknown exactly when there are no specialised therapists.
    fact: "minste_uren_verbijzonderd",
    type: "getal",
    generate: ({ random, value }) => (value("fysiotherapeuten_verbijzonderd") === 0 ? null : Math.round(clamp(random.normal(26, 8), 4, 40))),
  },
  {
    fact: "levert_verbijzonderde_zorg",
    type: "ja/nee",
    generate: ({ random, value }) => {
      const specialised = value("fysiotherapeuten_verbijzonderd");
      return typeof specialised === "number" ? specialised > 0 : random.chance(0.4);
    },
  },
  {
    fact: "werkdagen_tot_eerste_afspraak",
    type: "getal",
    generate: ({ random, quality }) => (random.chance(0.8 + 0.15 * quality) ? random.int(1, 5) : random.int(6, 15)),
  },
  {
    // Most providers had an agreement last year; some never had one, some stopped years ago.
    fact: "laatste_contractjaar",
    type: "getal",
    generate: ({ random, year }) => {
      const r = random.next();
      if (r < 0.06) return null;
      if (r < 0.86) return year - 1;
      return year - random.int(2, 7);
    },
  },
];
