import type { Kysely } from 'kysely';

/**
 * `reminders.unreachable_since`: when the platform was first found unreachable (a timeout, a 5xx,
 * a dropped connection) for a nudge not yet delivered. Such failures are waited out for hours
 * without counting as attempts; the nudge then goes out marked late, or the student is told it
 * was missed and why. Cleared when the nudge is delivered or rescheduled.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reminders').addColumn('unreachable_since', 'text').execute();
}
