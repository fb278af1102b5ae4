/**
 * Remembers which platform deliveries were taken, in the database, so that a retried delivery is
 * ignored by whichever instance receives it (Slack spreads events, and their retries, across
 * instances). How long to remember is the platform's to say: its adapter forgets what is past
 * its retry window, away from the requests.
 */
export interface InboundDeliveryLedger {
  /** True the first time `key` is seen; false for a repeat, until {@link forgetBefore} drops it. */
  firstSeen(key: string, at: Date): Promise<boolean>;
  /** Forgets the deliveries first seen before `before`; returns how many. */
  forgetBefore(before: Date): Promise<number>;
}
