import type { Kysely } from 'kysely';

/**
 * Cohorts and advisors. A cohort is bound to one channel and has at most one goal; its next
 * digest time is stored, so the schedule survives restarts and one claim posts each digest.
 * Members choose whether milestones name them and whether advisors may nudge them. Shares
 * point at an interview (gone with it); the audit log keeps each advisor view of a student's
 * data for the student to read. Advisor grants add to ADVISOR_IDS per workspace.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('cohorts')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('name_key', 'text', (column) => column.notNull())
    .addColumn('channel_id', 'text', (column) => column.notNull())
    .addColumn('created_by', 'text', (column) => column.notNull())
    .addColumn('timezone', 'text', (column) => column.notNull())
    .addColumn('digest_weekday', 'text', (column) => column.notNull())
    .addColumn('digest_time', 'text', (column) => column.notNull())
    .addColumn('next_digest_at', 'text')
    .addColumn('goal_interviews', 'integer')
    .addColumn('goal_thank_yous', 'integer')
    .addColumn('goal_rehearsals', 'integer')
    .addColumn('goal_by', 'text')
    .addColumn('goal_set_at', 'text')
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('cohorts_name_unique', ['tenant', 'name_key'])
    .addUniqueConstraint('cohorts_channel_unique', ['tenant', 'channel_id'])
    .execute();
  await db.schema.createIndex('cohorts_next_digest').on('cohorts').column('next_digest_at').execute();

  await db.schema
    .createTable('cohort_members')
    .addColumn('cohort_id', 'text', (column) => column.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('joined_at', 'text', (column) => column.notNull())
    .addColumn('celebrate', 'integer', (column) => column.notNull().defaultTo(0))
    .addColumn('nudges_muted', 'integer', (column) => column.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('cohort_members_pk', ['cohort_id', 'user_id'])
    .execute();
  await db.schema.createIndex('cohort_members_by_user').on('cohort_members').columns(['tenant', 'user_id']).execute();

  await db.schema
    .createTable('cohort_questions')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('cohort_id', 'text', (column) => column.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('position', 'integer', (column) => column.notNull())
    .addColumn('question', 'text', (column) => column.notNull())
    .addColumn('added_by', 'text', (column) => column.notNull())
    .addColumn('added_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('cohort_questions_position_unique', ['cohort_id', 'position'])
    .execute();

  await db.schema
    .createTable('cohort_shares')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('cohort_id', 'text', (column) => column.notNull().references('cohorts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('interview_id', 'text', (column) => column.notNull().references('interviews.id').onDelete('cascade'))
    .addColumn('shared_at', 'text', (column) => column.notNull())
    .addUniqueConstraint('cohort_shares_unique', ['cohort_id', 'user_id', 'interview_id'])
    .execute();
  await db.schema.createIndex('cohort_shares_by_user').on('cohort_shares').columns(['tenant', 'user_id']).execute();

  await db.schema
    .createTable('advisor_views')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('user_id', 'text', (column) => column.notNull())
    .addColumn('advisor_id', 'text', (column) => column.notNull())
    .addColumn('cohort_name', 'text', (column) => column.notNull())
    .addColumn('what', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('advisor_views_by_user').on('advisor_views').columns(['tenant', 'user_id', 'at']).execute();

  await db.schema
    .createTable('advisor_grants')
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('advisor_id', 'text', (column) => column.notNull())
    .addColumn('granted_by', 'text', (column) => column.notNull())
    .addColumn('granted_at', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('advisor_grants_pk', ['tenant', 'advisor_id'])
    .execute();
}
