import type { Kysely } from 'kysely';
import { tenantKey } from '../core/identity.js';
import type { Recipient } from './reminder-repository.js';
import type { Schema } from './schema.js';

/** A change that can still be undone. */
export interface UndoEntry {
  /** What the change did ("added Dana Lee to your journal"). */
  readonly description: string;
  /** How to undo it, as the command that made the change wrote it. */
  readonly change: Readonly<Record<string, unknown>>;
  readonly createdAt: Date;
}

/** Each person's last change that can be undone: one per person, replaced by the next. */
export interface UndoRepository {
  /** Keeps `change` as the person's last change, replacing the one before. */
  remember(recipient: Recipient, description: string, change: Readonly<Record<string, unknown>>, at: Date): Promise<void>;
  /** Takes (and forgets) the person's last change if it was made at or after `since`; it can be undone once. */
  take(recipient: Recipient, since: Date): Promise<UndoEntry | undefined>;
  /** Forgets the person's last change: a change that cannot be undone came after it. */
  forget(recipient: Recipient): Promise<void>;
}

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
