import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

/**
 * Remembers which platform deliveries were taken, in the database, so that a retried delivery is
 * ignored by whichever instance receives it (Slack spreads events, and their retries, across
 * instances).
 */
export interface InboundDeliveryLedger {
  /** True the first time `key` is seen; false for a repeat. A key is remembered for at least the ledger's window. */
  firstSeen(key: string, at: Date): Promise<boolean>;
}

/**
 * How long deliveries are remembered: Slack retries an unanswered event after 1, 5 and 30
 * minutes, so an hour covers every retry.
 * @see https://docs.slack.dev/apis/events-api#retries
 */
export const INBOUND_RETRY_WINDOW_MS = 60 * 60_000;

/** How many deliveries are taken between two clean-ups of expired rows. */
const PRUNE_EVERY = 500;

/** The {@link InboundDeliveryLedger} on Kysely: an insert that does nothing when the key is there. */
export class KyselyInboundDeliveryLedger implements InboundDeliveryLedger {
  private untilPrune = PRUNE_EVERY;

  constructor(
    private readonly db: Kysely<Schema>,
    /** How long a delivery is remembered: the platform's retry window. */
    private readonly windowMs: number,
  ) {}

  async firstSeen(key: string, at: Date): Promise<boolean> {
    if (--this.untilPrune <= 0) {
      this.untilPrune = PRUNE_EVERY;
      await this.db.deleteFrom('inbound_deliveries').where('seen_at', '<', new Date(at.getTime() - this.windowMs).toISOString()).execute();
    }
    const result = await this.db
      .insertInto('inbound_deliveries')
      .values({ key, seen_at: at.toISOString() })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }
}
