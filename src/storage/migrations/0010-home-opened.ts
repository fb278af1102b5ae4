import type { Kysely } from 'kysely';

/**
 * When each person last opened Rapport's Home tab on Slack: their tab is refreshed after their
 * actions only if they look at it, and any instance must know that, not just the one that saw
 * them open it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('home_opened_at', 'text').execute();
}
