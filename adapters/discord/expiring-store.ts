import { LRUCache } from 'lru-cache';
import { randomText } from '../../src/core/random-text.js';

/**
 * What the Discord adapter keeps between two interactions of one person: the pages of a long
 * reply and the answers of a form filled in steps, each under a random id short enough for a
 * custom id. Memory only, on purpose: this is screen state, not the student's data (that is in
 * the database), and an id that is gone reads as "expired" to the person. An lru-cache whose
 * entries live `ttlMs` from their last write, the least recently used going first past `capacity`.
 * @see https://isaacs.github.io/node-lru-cache/
 */
export class ExpiringStore<T extends string | object> {
  private readonly entries: LRUCache<string, T>;

  /** `now` is the clock the lifetimes are read on (tests step it); read at every check, not cached. */
  constructor(ttlMs: number, capacity: number, now: () => number = () => performance.now()) {
    this.entries = new LRUCache<string, T>({ max: capacity, ttl: ttlMs, perf: { now }, ttlResolution: 0 });
  }

  /** Keeps `value` and returns its new id. */
  add(value: T): string {
    const id = randomText(6, 'base64url');
    this.entries.set(id, value);
    return id;
  }

  /** The value kept under `id`, while it lives. */
  get(id: string): T | undefined {
    return this.entries.get(id);
  }

  /** Keeps `value` under `id` for a new lifetime. */
  set(id: string, value: T): void {
    this.entries.set(id, value);
  }
}
