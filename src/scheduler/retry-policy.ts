/** Waits between attempts after a failed delivery: 1 minute, 5, 15, 1 hour, 4 hours. */
const RETRY_DELAYS_MS = [60_000, 300_000, 900_000, 3_600_000, 14_400_000] as const;

/** How many times a delivery is tried before it counts as permanently failed. */
export const MAX_DELIVERY_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** The wait before the next attempt, after `attempts` failed ones (1-based). */
export function retryDelay(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1;
  return RETRY_DELAYS_MS[index] ?? RETRY_DELAYS_MS[0];
}
