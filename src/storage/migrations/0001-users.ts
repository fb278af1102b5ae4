import type { Kysely } from 'kysely';

/** The people Rapport has met, scoped by tenant. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('display_name', 'text', (column) => column.notNull())
    .addColumn('timezone', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('last_active_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('users_pk', ['tenant', 'user_id'])
    .execute();
}
