/**
 * Seeded pseudo-random numbers for the demo generator. mulberry32 is tiny and fast (a few
 * nanoseconds per draw), which matters at 100,000 items; Math.random is never used so that the
 * same seed always yields the same portfolio.
 */

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number;
  /** Item drawn with probability proportional to the weight at the same index. */
  pickWeighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** Standard normal draw (Box–Muller). */
  normal(): number;
  /** Decimal digits, e.g. `digits(8)` -> `"04718263"`. */
  digits(count: number): string;
}

/** Hashes a string to a 32-bit seed (xmur3), so each sub-stream gets an unrelated sequence. */
function hashToSeed(text: string): number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A generator for one named stream of one seed. Debtors, items and promises each draw from their
 * own stream, so changing the number of items does not reshuffle the debtors.
 */
export function createRandom(seed: number, stream: string): Random {
  let state = hashToSeed(`${seed}:${stream}`);

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const weightedIndex = (weights: readonly number[]): number => {
    let total = 0;
    for (const w of weights) total += w;
    let target = next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i] ?? 0;
      if (target < 0) return i;
    }
    return weights.length - 1;
  };

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick() needs a non-empty list');
      return item;
    },
    weightedIndex,
    pickWeighted<T>(items: readonly T[], weights: readonly number[]): T {
      const item = items[weightedIndex(weights)];
      if (item === undefined) throw new Error('pickWeighted() needs one weight per item');
      return item;
    },
    normal() {
      // 1 - next() is in (0, 1], so the logarithm is finite.
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    digits(count) {
      let out = '';
      for (let i = 0; i < count; i++) out += String(int(0, 9));
      return out;
    },
  };
}
