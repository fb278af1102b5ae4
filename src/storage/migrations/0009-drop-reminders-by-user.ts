import type { Kysely } from 'kysely';

/**
 * Drops `reminders_by_user` (tenant, user_id): the unique index on (tenant, user_id, number)
 * already serves every lookup by student, and each index costs every claim an extra write per
 * reminder (a claim moves `due_at`, so it rewrites every index entry of the row).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reminders_by_user').execute();
}
