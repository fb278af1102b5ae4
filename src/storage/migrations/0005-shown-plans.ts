import type { Kysely } from 'kysely';

/**
 * The question plans recently shown to each student. Their buttons (Save plan, More questions,
 * Export script) and `/questions save` refer to a row here by id, because a plan's request does
 * not fit in a button's payload. `sequence` orders a student's plans without relying on the
 * clock; a saved plan is linked so saving twice does not save two copies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shown_plans')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('sequence', 'integer', (column) => column.notNull())
    .addColumn('request', 'text', (column) => column.notNull())
    .addColumn('plan', 'text', (column) => column.notNull())
    .addColumn('saved_plan_id', 'text', (column) => column.references('saved_plans.id').onDelete('set null'))
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('shown_plans_sequence_unique', ['tenant', 'user_id', 'sequence'])
    .execute();
}
