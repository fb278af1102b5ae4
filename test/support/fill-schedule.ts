import { sql, type RawBuilder } from 'kysely';
import type { Database, Dialect } from '../../src/storage/database.js';

/** A schedule to fill: `total` reminders for `students` people, of which the first `due` are due at `now`. */
export interface ScheduleShape {
  readonly tenant: string;
  readonly total: number;
  readonly due: number;
  readonly students: number;
  readonly now: Date;
}

/**
 * Fills the schedule straight in SQL (one statement per table, generated rows), for benchmarks
 * and multi-instance tests that measure claiming and delivery, not inserting. Reminder `i`
 * belongs to student `u{i % students}`; the due ones sit in the hour before `now`; the rest are
 * delivered history or still weeks ahead. Each student has no quiet hours, so nothing waits
 * for the morning whatever the hour of the run.
 */
export async function fillSchedule(database: Database, shape: ScheduleShape): Promise<void> {
  const { tenant } = shape;
  // Our own numbers, inlined as literals so each engine types them as integers (bound, SQLite
  // takes them as reals and PostgreSQL as 32-bit).
  const [due, students, now] = [shape.due, shape.students, shape.now.getTime()].map((value) => sql.lit(value));
  const iso = (ms: RawBuilder<unknown>) => isoFromEpochMs(database.dialect, ms);
  const nowText = shape.now.toISOString();
  await sql`
    insert into users (tenant, user_id, display_name, created_at, last_active_at, quiet_start, quiet_end)
    select ${tenant}, 'u' || n, 'u' || n, ${nowText}, ${nowText}, '00:00', '00:00' from ${series(database.dialect, Math.min(shape.students, shape.total))}`.execute(
    database.db,
  );
  const dueAt = sql`case when n < ${due} then ${now} - ((n * 7919) % 3600000) when n % 2 = 0 then ${now} - (86400000 + n * 1000) else ${now} + (86400000 + n * 1000) end`;
  await sql`
    insert into reminders (id, tenant, user_id, number, kind, title, details, due_at, status, attempts, created_at, updated_at)
    select 'r_' || n, ${tenant}, 'u' || (n % ${students}), n / ${students} + 1, 'custom', 'reminder ' || n, '{"text":"call back Sam"}',
      ${iso(dueAt)}, case when n < ${due} or n % 2 = 1 then 'pending' else 'delivered' end, 0, ${nowText}, ${nowText}
    from ${series(database.dialect, shape.total)}`.execute(database.db);
  // After a bulk load PostgreSQL plans from stale statistics, and the first reads of each page
  // write its hint bits, until autovacuum catches up: do its work now (PostgreSQL's advice after
  // a bulk load), so that what is timed next is the claims, not that catching up.
  // https://www.postgresql.org/docs/current/populate.html#POPULATE-ANALYZE
  if (database.dialect === 'postgres') await sql`vacuum analyze reminders, users`.execute(database.db);
}

/** The rows `n` = 0 … count − 1, as a table expression of the dialect. */
function series(dialect: Dialect, count: number): RawBuilder<unknown> {
  if (dialect === 'postgres') return sql`generate_series(0, ${sql.lit(count - 1)}) as n`;
  return sql`(with recursive g(n) as (select 0 union all select n + 1 from g where n < ${sql.lit(count - 1)}) select n from g)`;
}

/** An ISO-8601 UTC text with milliseconds (as Rapport stores times) from epoch milliseconds. */
function isoFromEpochMs(dialect: Dialect, ms: RawBuilder<unknown>): RawBuilder<unknown> {
  if (dialect === 'postgres') return sql`to_char(to_timestamp((${ms})::bigint / 1000.0) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return sql`strftime('%Y-%m-%dT%H:%M:%fZ', (${ms}) / 1000.0, 'unixepoch')`;
}
