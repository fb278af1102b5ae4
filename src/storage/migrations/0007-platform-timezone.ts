import type { Kysely } from 'kysely';

/**
 * The time zone the platform reports for a person (Slack's `users.info`), kept apart from the
 * one they chose with `/remind timezone`: their own choice wins, the platform's comes next, and
 * the deployment's default last.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('platform_timezone', 'text').execute();
}
