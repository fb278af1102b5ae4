/**
 * Scheduler benchmark: 1,000,000 stored reminders of which 10,000 are due.
 * Prints the claim query's time, the time to claim and hand every due reminder to a no-op
 * messenger, and the process's peak RSS. Run with `npm run bench:scheduler`.
 * Targets: claim query under 5 ms at 1M rows; 10,000 hand-overs under 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { composeNudges } from '../commands/remind/nudge-reply.js';
import { ManualClock } from '../src/core/clock.js';
import { DEFAULT_CADENCE } from '../src/domain/reminders/cadence-settings.js';
import { silentLogger } from '../src/logger.js';
import type { DirectMessenger } from '../src/scheduler/direct-messenger.js';
import { CLAIM_BATCH, ReminderScheduler } from '../src/scheduler/reminder-scheduler.js';
import { createServices } from '../src/services.js';
import { openSqliteDatabase } from '../src/storage/database.js';

const TOTAL = Number(process.env.BENCH_REMINDERS ?? 1_000_000);
const DUE = Number(process.env.BENCH_DUE ?? 10_000);
const STUDENTS = 50_000;
const NOW = new Date('2026-11-23T15:00:00Z'); // 10:00 in Toronto: outside quiet hours

const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
const path = join(dir, 'bench.db');
const ms = (start: number) => performance.now() - start;

// Fill the schedule directly: the benchmark measures claiming and delivery, not inserting.
await (await openSqliteDatabase(path)).close(); // creates the schema
const raw = new SqliteDatabase(path);
raw.pragma('journal_mode = WAL');
const insert = raw.prepare(
  `insert into reminders (id, tenant, user_id, number, kind, contact_id, title, details, due_at, status, attempts, created_at, updated_at)
   values (?, 'console:bench', ?, ?, 'custom', null, ?, '{"text":"call back Sam"}', ?, ?, 0, ?, ?)`,
);
const fillStart = performance.now();
raw.transaction(() => {
  for (let i = 0; i < TOTAL; i++) {
    const due = i < DUE;
    // Due ones sit in the last hour; the rest are delivered history or still weeks ahead.
    const dueAt = due ? new Date(NOW.getTime() - ((i * 7919) % 3_600_000)) : new Date(NOW.getTime() + (i % 2 === 0 ? -1 : 1) * (86_400_000 + i * 1000));
    const status = due ? 'pending' : dueAt < NOW ? 'delivered' : 'pending';
    insert.run(`r_${i}`, `u${i % STUDENTS}`, Math.floor(i / STUDENTS) + 1, `reminder ${i}`, dueAt.toISOString(), status, NOW.toISOString(), NOW.toISOString());
  }
})();
raw.pragma('wal_checkpoint(TRUNCATE)');
raw.close();
const fillMs = ms(fillStart);

const database = await openSqliteDatabase(path);
const services = createServices(database, { defaultTimezone: 'America/Toronto', cadence: DEFAULT_CADENCE });

// The claim query's plan, and the time of each real claim of a batch of due reminders (given back after).
const claimSelect = sql`select id from reminders where status in ('pending', 'claimed') and due_at <= ${NOW.toISOString()} order by due_at limit ${CLAIM_BATCH}`;
const plan = await sql<{ detail: string }>`explain query plan ${claimSelect}`.execute(database.db);
const samples: number[] = [];
const claims = [];
for (;;) {
  const start = performance.now();
  const claim = await services.reminders.claimDue(NOW, new Date(NOW.getTime() + 60_000), CLAIM_BATCH);
  samples.push(ms(start));
  if (claim.reminders.length === 0) break;
  claims.push(claim);
}
for (const claim of claims) await services.reminders.release(claim, claim.reminders.map((reminder) => reminder.id), NOW, NOW);
samples.sort((a, b) => a - b);
const percentile = (p: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? 0;

let handedOver = 0;
const noop: DirectMessenger = {
  deliver: () => {
    handedOver++;
    return Promise.resolve({ ok: true });
  },
};
const clock = new ManualClock(NOW);
const scheduler = new ReminderScheduler({
  reminders: services.reminders,
  users: services.users,
  clock,
  logger: silentLogger(),
  messengers: new Map([['console', noop]]),
  compose: (reminders, zone) => composeNudges(reminders, zone, (name) => `/${name}`, services.settings, NOW),
  defaultTimezone: 'America/Toronto',
});
const runStart = performance.now();
const summary = await scheduler.runDue();
const runMs = ms(runStart);
await database.close();
rmSync(dir, { recursive: true, force: true });

const figure = (value: number) => value.toFixed(2);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(`reminders stored: ${TOTAL.toLocaleString('en')}, due: ${DUE.toLocaleString('en')} (filled in ${(fillMs / 1000).toFixed(1)} s)`);
console.log(`claim query plan: ${plan.rows.map((row) => row.detail).join('; ')}`);
console.log(`claim query (${samples.length} claims of up to ${CLAIM_BATCH} due, ${TOTAL.toLocaleString('en')} rows): median ${figure(percentile(0.5))} ms, max ${figure(percentile(1))} ms   target < 5 ms`);
console.log(`claim + hand over ${summary.delivered.toLocaleString('en')} due reminders in ${handedOver.toLocaleString('en')} messages: ${figure(runMs)} ms   target < 2000 ms`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
