/**
 * A small in-memory map whose entries live `ttlMs` from their last write and, past `capacity`,
 * go least recently written first. For what an adapter may forget at any time: cached platform
 * lookups (people, DM channels) and screen state between two interactions (pages, form steps).
 */
export class ExpiringMap<K, V> {
  /** In order of last write, so the oldest is first. */
  private readonly entries = new Map<K, { readonly value: V; readonly writtenAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value stored under `key`, while it lives. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (!this.expired(entry.writtenAt)) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Stores `value` under `key` for a new lifetime, dropping the expired and, past capacity, the oldest. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, writtenAt: this.now() });
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.capacity && !this.expired(entry.writtenAt)) break;
      this.entries.delete(oldest);
    }
  }

  /** Forgets `key`. */
  delete(key: K): void {
    this.entries.delete(key);
  }

  private expired(writtenAt: number): boolean {
    return this.now() - writtenAt >= this.ttlMs;
  }
}
