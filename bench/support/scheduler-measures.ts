import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { ManualClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/logger.js';
import type { DirectMessenger } from '../../src/core/direct-messenger.js';
import { CLAIM_BATCH } from '../../src/scheduler/reminder-scheduler.js';
import { createNudgeService } from '../../src/app/nudge-service.js';
import { createServices } from '../../src/app/create-services.js';
import type { Database } from '../../src/storage/database.js';
import { DEFAULT_CADENCE } from '../../src/domain/reminders/cadence-settings.js';
import { runSchedulerChild, summaryOf } from '../../test/support/scheduler-child-process.js';

/** Claim query times in milliseconds, sorted. */
export interface ClaimTimes {
  readonly samples: readonly number[];
  percentile(p: number): number;
}

const services = (database: Database) => createServices(database, { defaultTimezone: 'America/Toronto', cadence: DEFAULT_CADENCE });

/** How the engine runs the claim's select (SQLite's or PostgreSQL's plan, one line). */
export async function claimPlan(database: Database, now: Date): Promise<string> {
  const select = sql`select id from reminders where status in ('pending', 'claimed') and (tenant like ${'console:%'}) and due_at <= ${now.toISOString()} order by due_at limit ${CLAIM_BATCH}`;
  if (database.dialect === 'sqlite')
    return (await sql<{ detail: string }>`explain query plan ${select}`.execute(database.db)).rows.map((row) => row.detail).join('; ');
  return (await sql<{ 'QUERY PLAN': string }>`explain ${select}`.execute(database.db)).rows.map((row) => row['QUERY PLAN'].trim()).join('; ');
}

/** Times every claim of a batch of due reminders until none is left, then gives them all back. */
export async function timeClaims(database: Database, now: Date): Promise<ClaimTimes> {
  const { reminders } = services(database);
  const samples: number[] = [];
  const claims = [];
  for (;;) {
    const start = performance.now();
    const claim = await reminders.claimDue(now, new Date(now.getTime() + 60_000), CLAIM_BATCH, ['console']);
    samples.push(performance.now() - start);
    if (claim.reminders.length === 0) break;
    claims.push(claim);
  }
  for (const claim of claims)
    await reminders.release(
      claim,
      claim.reminders.map((reminder) => reminder.id),
      now,
      now,
    );
  samples.sort((a, b) => a - b);
  return { samples, percentile: (p) => samples[Math.min(samples.length - 1, Math.floor(samples.length * p))] ?? 0 };
}

/** Claims and hands every due reminder to a no-op messenger in this process, through the nudge service `npm start` runs; returns milliseconds and messages. */
export async function handOverInProcess(database: Database, now: Date): Promise<{ ms: number; messages: number; delivered: number }> {
  const built = services(database);
  let messages = 0;
  const noop: DirectMessenger = {
    platformName: 'No platform',
    deliver: () => {
      messages++;
      return Promise.resolve({ ok: true });
    },
  };
  const scheduler = createNudgeService({ services: built, clock: new ManualClock(now), logger: silentLogger(), messengers: new Map([['console', noop]]) });
  const start = performance.now();
  const summary = await scheduler.runDue();
  return { ms: performance.now() - start, messages, delivered: summary.delivered };
}

/** What several instances did together. */
export interface InstancesRun {
  readonly ms: number;
  readonly delivered: number;
  readonly rssMiB: readonly number[];
}

/**
 * Starts `count` scheduler processes on the database `env` names, together, each handing due
 * reminders to a no-op messenger until none is left; the time runs from their common start to
 * the last one's end.
 */
export async function handOverWithInstances(env: Record<string, string>, count: number): Promise<InstancesRun> {
  const startAt = Date.now() + 3000 + count * 500; // every process has loaded by then
  const children = await Promise.all(
    Array.from({ length: count }, () => runSchedulerChild({ ...env, UNTIL_IDLE: '1', START_AT: String(startAt), LEASE_MS: '60000' })),
  );
  const ended = Date.now();
  const summaries = children.map((child) => summaryOf(child.stdout));
  return { ms: ended - startAt, delivered: summaries.reduce((sum, summary) => sum + summary.delivered, 0), rssMiB: summaries.map((summary) => summary.rssMiB) };
}

/** Makes every reminder delivered by a run due again (a minute ago), for the next run. */
export async function makeDeliveredDueAgain(database: Database, now: Date): Promise<void> {
  await database.db
    .updateTable('reminders')
    .set({ status: 'pending', due_at: new Date(now.getTime() - 60_000).toISOString(), delivered_at: null, delivery_key: null, claim_token: null })
    .where('delivered_at', 'is not', null)
    .execute();
}
