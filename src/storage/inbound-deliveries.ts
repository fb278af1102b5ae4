import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';
import type { InboundDeliveryLedger } from '../core/inbound-deliveries.js';

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
