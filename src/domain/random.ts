/**
 * Rapport's one pseudo-random generator, seeded and reproducible: FNV-1a hashes a seed string
 * into a mulberry32 state. The question planner draws from it by seed string; rehearsals draw
 * one number per decision from a numeric seed and a salt (`drawFor`), so a rehearsal restored
 * from JSON makes the same choices without storing any generator state.
 */

/** A deterministic source of numbers in [0, 1). */
export type Random = () => number;

/** Where every FNV-1a hash starts: the hash of the empty string. */
const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a: a small, well-spread 32-bit hash of a string. Passing the hash of a prefix as `start`
 * continues it, so `hashString(b, hashString(a))` equals `hashString(a + b)` without building
 * the joined string.
 */
export function hashString(text: string, start = FNV_OFFSET): number {
  let hash = start;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One mulberry32 output for a generator state, in [0, 1). */
function mulberry32(state: number): number {
  let mixed = state;
  mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
}

/** How far each draw moves a mulberry32 generator's state. */
const MULBERRY32_STEP = 0x6d2b79f5;

/**
 * A mulberry32 generator seeded from a string: the same seed always yields the same
 * sequence, and different seeds yield unrelated ones.
 */
export function seededRandom(seed: string): Random {
  let state = hashString(seed);
  return () => {
    state = (state + MULBERRY32_STEP) | 0;
    return mulberry32(state);
  };
}

/**
 * The first number {@link seededRandom} gives for a seed whose {@link hashString} is `seedHash`:
 * one draw, with no generator to allocate.
 */
export function firstDraw(seedHash: number): number {
  return mulberry32((seedHash + MULBERRY32_STEP) | 0);
}

/**
 * The one number in [0, 1) that `salt` draws under a 32-bit numeric `seed`: the seed is mixed
 * into the start of the salt's hash, and one mulberry32 round finishes it.
 */
export function drawFor(seed: number, salt: string): number {
  return firstDraw(hashString(salt, FNV_OFFSET ^ seed));
}

/** Picks one item with a seeded generator; `undefined` for an empty list. */
export function pickOne<T>(items: readonly T[], random: Random): T | undefined {
  return items[Math.floor(random() * items.length)];
}
