import { sql, type Kysely } from 'kysely';

/**
 * Leaner reminder indexes for the claim, which rewrites every claimed row with an entry in
 * each index (a claim moves `due_at`, so PostgreSQL cannot update the row in place).
 * - `reminders_by_contact` keeps only rows about a contact (custom reminders have none).
 * - On PostgreSQL, the dedupe key's uniqueness is checked by a partial unique index over the
 *   rows that have a key, instead of a constraint indexing every row (SQLite cannot drop a
 *   table's constraint without rebuilding the table, so it keeps it).
 * - On PostgreSQL, rows are stored with room to spare on each page (fillfactor 80), so that the
 *   ledger's writes of `sending_key`, which no index covers, update rows in place.
 * - The planner's statistics are refreshed (ANALYZE), as after every bulk change.
 * Measured with `npm run bench:scheduler -- --db postgres` (see README, Reliability).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reminders_by_contact').execute();
  await db.schema.createIndex('reminders_by_contact').on('reminders').column('contact_id').where(sql.ref('contact_id'), 'is not', null).execute();
  if (!(await onPostgres(db))) return;
  await db.schema.alterTable('reminders').dropConstraint('reminders_dedupe_unique').execute();
  await db.schema
    .createIndex('reminders_dedupe_unique')
    .on('reminders')
    .columns(['tenant', 'user_id', 'dedupe_key'])
    .unique()
    .where(sql.ref('dedupe_key'), 'is not', null)
    .execute();
  await sql`alter table reminders set (fillfactor = 80)`.execute(db);
  await sql`analyze reminders`.execute(db);
}

/** Whether the database is PostgreSQL: only it has `pg_backend_pid()` (SQLite refuses the statement, and goes on). */
async function onPostgres(db: Kysely<unknown>): Promise<boolean> {
  try {
    await sql`select pg_backend_pid()`.execute(db);
    return true;
  } catch {
    return false;
  }
}
