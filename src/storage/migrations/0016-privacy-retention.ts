import type { Kysely } from 'kysely';

/**
 * Data portability and retention.
 * - `audit_log`: what happened to a person's data and who did it (an export, an erasure, a
 *   deletion by the retention policy, a cohort's deletion after it was archived). It holds ids,
 *   kinds and row counts, never a note. The person is `subject_id`, not `user_id`, on purpose:
 *   the record of an erasure must outlive the rows it erased.
 * - `cohorts.archived_at`: when an advisor archived the cohort (`/cohort archive`); the
 *   retention job deletes an archived cohort's data after a grace period.
 * - `users.retention_warned_at`: when the retention job last warned the person that their data
 *   would be deleted; a warning counts for the quiet spell it was sent in (it is at or after
 *   `last_active_at`), so each spell gets one warning, even across restarts.
 * - `users_by_last_active`: the retention job reads people by their last activity.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('tenant', 'text', (column) => column.notNull())
    .addColumn('subject_id', 'text', (column) => column.notNull())
    .addColumn('actor_id', 'text', (column) => column.notNull())
    .addColumn('action', 'text', (column) => column.notNull())
    .addColumn('detail', 'text', (column) => column.notNull())
    .addColumn('at', 'text', (column) => column.notNull())
    .execute();
  await db.schema.createIndex('audit_log_by_subject').on('audit_log').columns(['tenant', 'subject_id', 'at']).execute();
  await db.schema.alterTable('cohorts').addColumn('archived_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('retention_warned_at', 'text').execute();
  await db.schema.createIndex('users_by_last_active').on('users').column('last_active_at').execute();
}
