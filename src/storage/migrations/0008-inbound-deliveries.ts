import type { Kysely } from 'kysely';

/**
 * Deliveries from a platform already taken (a Slack event or interaction id), so a retry of one
 * is ignored by whichever instance receives it. Rows are kept for the platform's retry window.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('inbound_deliveries')
    .addColumn('key', 'text', (column) => column.primaryKey())
    .addColumn('seen_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('inbound_deliveries_by_time').on('inbound_deliveries').column('seen_at').execute();
}
