import type { Kysely } from 'kysely';

/**
 * `cohorts.co_advisors`: the advisors a cohort's advisor added to it (a JSON array of user ids;
 * null for none). With its creator they are the cohort's advisors: the only people who read what
 * its students share.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('cohorts').addColumn('co_advisors', 'text').execute();
}
