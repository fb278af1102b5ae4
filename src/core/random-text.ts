import { randomFillSync } from 'node:crypto';

/** Random bytes fetched from the system at a time; each id takes a few of them. */
const POOL_SIZE = 4096;
const pool = Buffer.alloc(POOL_SIZE);
let next = POOL_SIZE;

/**
 * `bytes` cryptographically random bytes as text (base64url or hex), for ids. They come from a
 * pool refilled from the system's generator when spent: asking the system for a few bytes at a
 * time costs microseconds per id, more than the rest of making a row.
 */
export function randomText(bytes: number, encoding: 'base64url' | 'hex'): string {
  if (bytes > POOL_SIZE) throw new RangeError(`At most ${POOL_SIZE} random bytes at a time.`);
  if (next + bytes > POOL_SIZE) {
    randomFillSync(pool);
    next = 0;
  }
  const text = pool.toString(encoding, next, next + bytes);
  next += bytes;
  return text;
}
