import type { Kysely } from 'kysely';

/**
 * Coursework in cohorts: an advisor's assignment (a title, how many interviews, a due date in
 * the cohort's zone and one to five reflection prompts, kept as a JSON list) and each student's
 * reflection on one interview for it (the answers, in the prompts' order, as a JSON list).
 * Closing an assignment only stamps `closed_at`, so what students submitted stays. A reflection
 * goes with its interview (a student deleting the contact deletes it) and is one per interview
 * and assignment: submitting again replaces the answers and keeps the first submission's time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assignments')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('cohort_id', 'text', (column) => column.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('title', 'text', (column) => column.notNull())
    .addColumn('title_key', 'text', (column) => column.notNull())
    .addColumn('interviews', 'integer', (column) => column.notNull())
    .addColumn('due_on', 'text', (column) => column.notNull())
    .addColumn('due_at', 'text', (column) => column.notNull())
    .addColumn('prompts', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('closed_at', 'text')
    .addUniqueConstraint('assignments_title_unique', ['cohort_id', 'title_key'])
    .execute();
  await db.schema.createIndex('assignments_by_cohort').on('assignments').columns(['tenant', 'cohort_id']).execute();

  await db.schema
    .createTable('reflections')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('assignment_id', 'text', (column) => column.notNull().references('assignments.id').onDelete('cascade'))
    .addColumn('interview_id', 'text', (column) => column.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('answers', 'text', (column) => column.notNull())
    .addColumn('submitted_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('reflections_unique', ['assignment_id', 'user_id', 'interview_id'])
    .execute();
  await db.schema.createIndex('reflections_by_user').on('reflections').columns(['tenant', 'user_id']).execute();
}
