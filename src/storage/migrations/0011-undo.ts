import type { Kysely } from 'kysely';

/**
 * Each person's last change that can be undone (`/undo`, or the Undo button beside the change):
 * one row per person, replaced by their next change, so an undo never reaches further back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('undo_entries')
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull())
    .addColumn('change', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('undo_entries_pk', ['tenant', 'user_id'])
    .execute();
}
