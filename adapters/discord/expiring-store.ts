import { randomText } from '../../src/core/random-text.js';
import { ExpiringMap } from '../../src/core/expiring-map.js';

/**
 * What the Discord adapter keeps between two interactions of one person: the pages of a long
 * reply and the answers of a form filled in steps, each under a random id short enough for a
 * custom id. Memory only, on purpose: this is screen state, not the student's data (that is in
 * the database), and an id that is gone reads as "expired" to the person.
 */
export class ExpiringStore<T> extends ExpiringMap<string, T> {
  /** Keeps `value` and returns its new id. */
  add(value: T): string {
    const id = randomText(6, 'base64url');
    this.set(id, value);
    return id;
  }
}
