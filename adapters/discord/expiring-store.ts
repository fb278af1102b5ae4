import { randomBytes } from 'node:crypto';

/**
 * What the Discord adapter keeps between two interactions of one person: the pages of a long
 * reply and the answers of a form filled in steps. Entries live `ttlMs` from their last write,
 * under a random id short enough for a custom id; past `capacity`, the least recently written
 * go first. Memory only, on purpose: this is screen state, not the student's data (that is in
 * the database), and an id that is gone reads as "expired" to the person.
 */
export class ExpiringStore<T> {
  /** In order of last write, so the oldest is first. */
  private readonly entries = new Map<string, { value: T; writtenAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps `value` and returns its new id. */
  add(value: T): string {
    const id = randomBytes(6).toString('base64url');
    this.put(id, value);
    return id;
  }

  /** The value kept under `id`, while it lives. */
  get(id: string): T | undefined {
    const entry = this.entries.get(id);
    return entry === undefined || this.expired(entry.writtenAt) ? undefined : entry.value;
  }

  /** Replaces the value under `id`, which starts a new lifetime. */
  put(id: string, value: T): void {
    this.entries.delete(id);
    this.entries.set(id, { value, writtenAt: this.now() });
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.capacity && !this.expired(entry.writtenAt)) break;
      this.entries.delete(oldest);
    }
  }

  private expired(writtenAt: number): boolean {
    return this.now() - writtenAt >= this.ttlMs;
  }
}
