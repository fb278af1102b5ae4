import { drawFor } from '../random.js';

/**
 * Seeded, stateless randomness for rehearsals, on the domain's one generator ({@link drawFor}).
 * Every draw is a pure function of the rehearsal seed and a salt naming the decision
 * ("branch", "answer:3"), so a rehearsal restored from JSON makes the same choices without
 * storing any generator state.
 */

/** Normalises any number to an unsigned 32-bit seed. */
export function toSeed(seed: number): number {
  return Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
}

/** A number in [0, 1) determined by the seed and the salt. */
export function unitRandom(seed: number, salt: string): number {
  return drawFor(toSeed(seed), salt);
}

/** An index in [0, length) determined by the seed and the salt. */
export function pickIndex(seed: number, salt: string, length: number): number {
  return Math.floor(unitRandom(seed, salt) * Math.max(1, length));
}

/**
 * Picks a key with probability proportional to its weight, using `r` in [0, 1).
 * Keys with non-positive weights are never picked; if all are, the first key is returned.
 */
export function pickWeighted<K extends string>(weights: Readonly<Record<K, number>>, r: number): K {
  const entries = (Object.entries(weights) as [K, number][]).filter(([, w]) => w > 0);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let target = r * total;
  for (const [key, w] of entries) {
    if (target < w) return key;
    target -= w;
  }
  const fallback = entries.at(-1)?.[0] ?? (Object.keys(weights) as K[])[0];
  if (fallback === undefined) throw new RangeError('pickWeighted needs at least one key');
  return fallback;
}
