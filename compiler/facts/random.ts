/**
 * A seeded random source for generated data: the same seed gives the same numbers on every
 * machine. The generator is xoroshiro128+ from pure-rand (the generator fast-check uses); this
 * file only adds the few distributions the dataset needs on top of it.
 */

import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export class SeededRandom {
  private readonly rng: RandomGenerator;
  /** The second value of the last Box–Muller pair, kept for the next call. */
  private spare: number | undefined;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed | 0);
  }

  /** Uniform in [0, 1), in steps of 2^-32: fine enough for generated data, and one draw. */
  next(): number {
    return (this.rng.next() + 0x8000_0000) / 0x1_0000_0000;
  }

  /** Uniform integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Normally distributed (Box–Muller). */
  normal(mean: number, deviation: number): number {
    if (this.spare !== undefined) {
      const z = this.spare;
      this.spare = undefined;
      return mean + deviation * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return mean + deviation * r * Math.cos(2 * Math.PI * v);
  }

  /** Number of successes in `n` tries with probability `p`. */
  binomial(n: number, p: number): number {
    let k = 0;
    for (let i = 0; i < n; i++) if (this.next() < p) k++;
    return k;
  }
}
