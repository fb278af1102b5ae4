import type { Kysely } from 'kysely';
import { tenantKey } from '../core/identity.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { Schema } from './schema.js';
import type { UndoEntry, UndoRepository } from '../domain/journal/undo-repository.js';

/** The {@link UndoRepository} on Kysely: one implementation for SQLite and PostgreSQL. */
export class KyselyUndoRepository implements UndoRepository {
  constructor(private readonly db: Kysely<Schema>) {}

  async remember(recipient: Recipient, description: string, change: Readonly<Record<string, unknown>>, at: Date): Promise<void> {
    const values = { description, change: JSON.stringify(change), created_at: at.toISOString() };
    await this.db
      .insertInto('undo_entries')
      .values({ tenant: tenantKey(recipient.tenant), user_id: recipient.userId, ...values })
      .onConflict((conflict) => conflict.columns(['tenant', 'user_id']).doUpdateSet(values))
      .execute();
  }

  async forget(recipient: Recipient): Promise<void> {
    await this.db.deleteFrom('undo_entries').where('tenant', '=', tenantKey(recipient.tenant)).where('user_id', '=', recipient.userId).execute();
  }

  async take(recipient: Recipient, since: Date): Promise<UndoEntry | undefined> {
    const row = await this.db
      .deleteFrom('undo_entries')
      .where('tenant', '=', tenantKey(recipient.tenant))
      .where('user_id', '=', recipient.userId)
      .returningAll()
      .executeTakeFirst();
    if (row === undefined || row.created_at < since.toISOString()) return undefined;
    return { description: row.description, change: JSON.parse(row.change) as Record<string, unknown>, createdAt: new Date(row.created_at) };
  }
}
