import type { Kysely } from 'kysely';

/**
 * When Rapport first asked each person for their time zone: asked once, in their first direct
 * conversation, so nudges never go by the server's zone without them having had the chance to say.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('timezone_asked_at', 'text').execute();
}
