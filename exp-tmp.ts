import { sql } from 'kysely';
import { openDatabase } from './src/storage/open-database.js';
import { loadConfig } from './src/config.js';
import { fillSchedule } from './test/support/fill-schedule.js';
import { freshDatabaseEnv } from './test/support/test-database.js';
import { timeClaims } from './bench/support/scheduler-measures.js';
const target = await freshDatabaseEnv('postgres');
const db = await openDatabase(loadConfig(target.env).database);
const now = new Date();
try {
  await fillSchedule(db, { tenant: 'console:bench', total: 1_000_000, due: 10_000, students: 10_000, now });
  await sql`analyze reminders`.execute(db.db);
  for (const round of [1, 2]) {
    const t = await timeClaims(db, now);
    console.log(`round ${round} median ${t.percentile(0.5).toFixed(2)} p90 ${t.percentile(0.9).toFixed(2)}`);
  }
  const plan = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers) with due as (select id, due_at as was_due from reminders where status in ('pending','claimed') and (tenant like 'console:%') and due_at <= ${now.toISOString()} order by due_at limit 100 for update skip locked) update reminders set status = 'claimed', claim_token = 'x', due_at = ${new Date(now.getTime() + 60000).toISOString()} from due where reminders.id = due.id returning reminders.*`.execute(db.db);
  console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
  for (const ddl of (process.env.DDL ?? '').split(';').filter(Boolean)) await sql.raw(ddl).execute(db.db);
  if (process.env.DDL) {
    await sql`analyze reminders`.execute(db.db);
    for (const round of [1, 2]) {
      const t = await timeClaims(db, now);
      console.log(`after DDL round ${round} median ${t.percentile(0.5).toFixed(2)} p90 ${t.percentile(0.9).toFixed(2)}`);
    }
  }
} finally {
  await db.close();
  await target.drop();
}
