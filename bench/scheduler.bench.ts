/**
 * Scheduler benchmark: 1,000,000 stored reminders of which 10,000 are due (for 10,000 students).
 * Prints the claim query's time, the time to claim and hand every due reminder to a no-op
 * messenger, and peak RSS. Run with `npm run bench:scheduler`; add `-- --db postgres` to run the
 * same on PostgreSQL too, with 1, 2 and 3 scheduler instances (separate processes) sharing it.
 * Targets: claim query under 5 ms at 1M rows; 10,000 hand-overs under 2 s.
 */
import { rmSync, mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config.js';
import type { Database } from '../src/storage/database.js';
import { openDatabase } from '../src/storage/open-database.js';
import { sql } from 'kysely';
import { fillSchedule } from '../test/support/fill-schedule.js';
import { freshDatabaseEnv } from '../test/support/test-database.js';
import { claimPlan, handOverInProcess, handOverWithInstances, makeDeliveredDueAgain, timeClaims } from './support/scheduler-measures.js';

const TOTAL = Number(process.env.BENCH_REMINDERS ?? 1_000_000);
const DUE = Number(process.env.BENCH_DUE ?? 10_000);
const withPostgres = process.argv.slice(2).join(' ').includes('--db postgres') || process.argv.includes('--db=postgres');
const figure = (value: number) => value.toFixed(2);
const now = new Date();

/**
 * Fills a database with the benchmark's schedule; returns how long it took. On SQLite the fill
 * is checkpointed before anything is measured: it is one transaction of a million rows, which
 * SQLite's automatic checkpoint would otherwise copy in the middle of the timed claims.
 */
async function fill(database: Database): Promise<number> {
  const start = performance.now();
  await fillSchedule(database, { tenant: 'console:bench', total: TOTAL, due: DUE, students: DUE, now });
  if (database.dialect === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
  return performance.now() - start;
}

/** The claim query's figures on one database. */
async function claimFigures(database: Database, label: string): Promise<void> {
  console.log(`${label} claim query plan: ${await claimPlan(database, now)}`);
  const claims = await timeClaims(database, now);
  console.log(
    `${label} claim query (${claims.samples.length} claims of up to 100 due, ${TOTAL.toLocaleString('en')} rows): median ${figure(claims.percentile(0.5))} ms, max ${figure(claims.percentile(1))} ms   target < 5 ms (set for SQLite)`,
  );
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`reminders stored: ${TOTAL.toLocaleString('en')}, due: ${DUE.toLocaleString('en')} for ${DUE.toLocaleString('en')} students`);

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
try {
  const sqlite = await openDatabase({ kind: 'sqlite', path: join(dir, 'bench.db') });
  console.log(`SQLite: filled in ${((await fill(sqlite)) / 1000).toFixed(1)} s`);
  await claimFigures(sqlite, 'SQLite');
  const run = await handOverInProcess(sqlite, now);
  console.log(
    `SQLite claim + hand over ${run.delivered.toLocaleString('en')} due reminders in ${run.messages.toLocaleString('en')} messages (1 instance): ${figure(run.ms)} ms, ${Math.round((run.delivered / run.ms) * 1000).toLocaleString('en')}/s   target < 2000 ms`,
  );
  await sqlite.close();
  console.log(`SQLite peak RSS (this process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (withPostgres) {
  const target = await freshDatabaseEnv('postgres');
  const postgres = await openDatabase(loadConfig(target.env).database);
  try {
    console.log(`PostgreSQL: filled in ${((await fill(postgres)) / 1000).toFixed(1)} s`);
    await claimFigures(postgres, 'PostgreSQL');
    for (const instances of [1, 2, 3]) {
      const run = await handOverWithInstances(target.env, instances);
      console.log(
        `PostgreSQL claim + hand over ${run.delivered.toLocaleString('en')} due reminders with ${instances} instance${instances === 1 ? '' : 's'}: ${figure(run.ms)} ms, ` +
          `${Math.round((run.delivered / run.ms) * 1000).toLocaleString('en')}/s, RSS per instance ${run.rssMiB.join(' / ')} MiB`,
      );
      await makeDeliveredDueAgain(postgres, new Date());
    }
  } finally {
    await postgres.close();
    await target.drop();
  }
}
