/**
 * Transactions that nest: a repository's own transaction (a contact and its first event, a
 * numbered reminder) joins a command's transaction when it runs inside one, as a savepoint, so
 * the command's writes still commit together or not at all, and a write inside that fails (a
 * lost race for a unique number, which the repository retries) is undone alone. SQLite and
 * PostgreSQL both speak `SAVEPOINT`.
 *
 * @module
 */
import { sql, type Kysely } from 'kysely';
import type { Schema } from './schema.js';

let savepoints = 0;

/** Runs `work` in a transaction of its own, or in a savepoint of the transaction `db` already is. */
export async function transact<T>(db: Kysely<Schema>, work: (trx: Kysely<Schema>) => Promise<T>): Promise<T> {
  if (!db.isTransaction) return db.transaction().execute(work);
  const name = sql.raw(`rapport_${++savepoints}`);
  await sql`savepoint ${name}`.execute(db);
  try {
    const result = await work(db);
    await sql`release savepoint ${name}`.execute(db);
    return result;
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(db);
    throw error;
  }
}
