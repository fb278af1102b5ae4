import { setTimeout as sleep } from 'node:timers/promises';

/** Whether a database error is a unique-constraint violation, on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return error.code === 'SQLITE_CONSTRAINT_UNIQUE' || error.code === '23505';
}

/** How many times a write that lost a race for a unique value is tried in all. */
const ATTEMPTS = 10;

/**
 * Runs `write` (a whole transaction) again when it loses a race for a unique value: two writers
 * that both read `max(number) + 1` on PostgreSQL, where transactions run side by side. The
 * retry reads afresh, so it takes the next number, or finds the row the winner wrote. Each retry
 * waits a few random milliseconds, so writers that collided do not collide again in step.
 * SQLite runs one transaction at a time, so there it never repeats.
 */
export async function retryOnUniqueViolation<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
    await sleep(Math.random() * 2 * attempt);
  }
}
