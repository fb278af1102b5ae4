import type { Kysely, SelectQueryBuilder } from 'kysely';
import { tenantKey } from '../core/identity.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';
import type { Schema } from './schema.js';

/** The tables whose rows each belong to one student (a `tenant` and a `user_id` column). */
export type StudentTable = { [T in keyof Schema]: Schema[T] extends { tenant: string; user_id: string } ? T : never }[keyof Schema];

/**
 * One student's rows of a table, to select from: `studentRows(db, 'contacts', student).selectAll()`.
 * The columns are named unqualified, so join other tables after narrowing with a subquery, not onto
 * this query.
 */
export function studentRows<T extends StudentTable>(db: Kysely<Schema>, table: T, student: Recipient): SelectQueryBuilder<Schema, T, object> {
  // Kysely cannot resolve a column of a table named by a type parameter, so the filter is written
  // over the union of student tables (each has both columns), which types as the one named.
  const rows: SelectQueryBuilder<Schema, StudentTable, object> = db.selectFrom(table);
  return rows.where('tenant', '=', tenantKey(student.tenant)).where('user_id', '=', student.userId);
}
