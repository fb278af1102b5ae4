import type { Kysely } from 'kysely';

/**
 * The delivery ledger. `reminders.sending_key` is written, and committed, before a nudge goes to
 * the platform and cleared when its outcome is recorded: a row that still has one was perhaps
 * delivered by a process that died, so the next attempt asks the platform before sending again.
 * `users.dm_channel_id` keeps each person's direct-message channel, opened once per person
 * rather than once per process.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('reminders').addColumn('sending_key', 'text').execute();
  await db.schema.alterTable('users').addColumn('dm_channel_id', 'text').execute();
}
