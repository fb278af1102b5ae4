import { sql, type Kysely } from 'kysely';

/**
 * Reminders are the schedule: a row is due when its status is pending (or its claim's lease ran
 * out) and `due_at` has passed. A partial index keeps the claim query fast with millions of
 * delivered rows. People's quiet hours and delivery notices live on `users`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('number', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull())
    .addColumn('contact_id', 'text', (column) => column.references('contacts.id').onDelete('cascade'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('details', 'text', (column) => column.notNull())
    .addColumn('due_at', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull())
    .addColumn('dedupe_key', 'text')
    .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('claim_token', 'text')
    .addColumn('last_error', 'text')
    .addColumn('delivery_key', 'text')
    .addColumn('delivered_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('reminders_number_unique', ['tenant', 'user_id', 'number'])
    .addUniqueConstraint('reminders_dedupe_unique', ['tenant', 'user_id', 'dedupe_key'])
    .execute();
  await db.schema.createIndex('reminders_due').on('reminders').column('due_at').where(sql.ref('status'), 'in', ['pending', 'claimed']).execute();
  await db.schema.createIndex('reminders_by_user').on('reminders').columns(['tenant', 'user_id']).execute();
  await db.schema.createIndex('reminders_by_contact').on('reminders').columns(['contact_id']).execute();

  await db.schema.alterTable('users').addColumn('quiet_start', 'text').execute();
  await db.schema.alterTable('users').addColumn('quiet_end', 'text').execute();
  await db.schema.alterTable('users').addColumn('delivery_notice', 'text').execute();
}
