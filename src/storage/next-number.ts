import { sql, type RawBuilder } from 'kysely';

/**
 * The next number in a counter column (1 for the first row), for a query on that table already
 * filtered to one owner (a student's reminders, a cohort's questions). Two writers racing on
 * PostgreSQL can compute the same one: the unique constraint refuses the second, which
 * `retryOnUniqueViolation` runs again.
 */
export function nextNumberOf(column: string): RawBuilder<number> {
  return sql<number>`coalesce(max(${sql.ref(column)}), 0) + 1`;
}
