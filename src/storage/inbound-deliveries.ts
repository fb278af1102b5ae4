import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

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

/** The {@link InboundDeliveryLedger} on Kysely: an insert that does nothing when the key is there. */
export class KyselyInboundDeliveryLedger implements InboundDeliveryLedger {
  constructor(private readonly db: Kysely<Schema>) {}

  async firstSeen(key: string, at: Date): Promise<boolean> {
    const result = await this.db
      .insertInto('inbound_deliveries')
      .values({ key, seen_at: at.toISOString() })
      .onConflict((conflict) => conflict.column('key').doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
  }

  async forgetBefore(before: Date): Promise<number> {
    const result = await this.db.deleteFrom('inbound_deliveries').where('seen_at', '<', before.toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
