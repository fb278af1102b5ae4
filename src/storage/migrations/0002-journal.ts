import type { Kysely } from 'kysely';

/** The interview journal: contacts, their stage history and the interviews held. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('name_key', 'text', (column) => column.notNull())
    .addColumn('role', 'text')
    .addColumn('organization', 'text')
    .addColumn('found_via', 'text')
    .addColumn('referred_by', 'text', (column) => column.references('contacts.id').onDelete('set null'))
    .addColumn('may_use_referrer_name', 'integer')
    .addColumn('channel', 'text')
    .addColumn('target_type', 'text')
    .addColumn('subject', 'text')
    .addColumn('stage', 'text', (column) => column.notNull())
    .addColumn('interview_at', 'text')
    .addColumn('keep_in_touch', 'integer', (column) => column.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('contacts_name_unique', ['tenant', 'user_id', 'name_key'])
    .execute();
  await db.schema.createIndex('contacts_by_stage').on('contacts').columns(['tenant', 'user_id', 'stage']).execute();

  await db.schema
    .createTable('contact_events')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('contact_id', 'text', (column) => column.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('stage', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('contact_events_by_user').on('contact_events').columns(['tenant', 'user_id', 'at']).execute();
  await db.schema.createIndex('contact_events_by_contact').on('contact_events').columns(['contact_id']).execute();

  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('contact_id', 'text', (column) => column.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('held_at', 'text', (column) => column.notNull())
    .addColumn('learned', 'text')
    .addColumn('advice', 'text')
    .addColumn('next_steps', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('interviews_by_contact').on('interviews').columns(['contact_id']).execute();
  await db.schema.createIndex('interviews_by_user').on('interviews').columns(['tenant', 'user_id', 'held_at']).execute();
}
