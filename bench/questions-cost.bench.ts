/**
 * Cost of one `/questions` plan through the app core: bytes allocated on the V8 heap and SQL
 * statements per request, which do not move with the machine's load, and CPU time per request,
 * which moves much less than wall-clock latency (the load average is printed beside it).
 * Runs the real dispatcher on a SQLite file in WAL mode (as `npm start` does) with 20 students
 * taking turns, as Discord sends it (options already parsed) and as Slack sends it (typed text).
 * Allocation is counted with V8's GC profiler: what the heap grew by plus what each collection
 * freed. Run with `npm run bench:questions` (BENCH_REQUESTS sets the count).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GCProfiler, getHeapStatistics } from 'node:v8';
import SqliteDatabase from 'better-sqlite3';
import { createApp } from '../src/app.js';
import { systemClock } from '../src/core/clock.js';
import type { Actor, Conversation } from '../src/core/identity.js';
import type { Inbound } from '../src/core/inbound.js';
import { DEFAULT_CADENCE } from '../src/domain/reminders/cadence-settings.js';
import { silentLogger } from '../src/logger.js';
import { openSqliteDatabase } from '../src/storage/sqlite-database.js';

const STUDENTS = 20;
const WARMUP = 2_000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);

/**
 * Counts every SQL statement the app runs (transaction control included) by wrapping the two
 * ways Kysely's SQLite driver runs a prepared statement, whichever way the database was opened.
 */
function countStatements(): () => number {
  const probe = new SqliteDatabase(':memory:');
  const statementPrototype = Object.getPrototypeOf(probe.prepare('select 1')) as Record<'run' | 'all', (...args: unknown[]) => unknown>;
  probe.close();
  let statements = 0;
  for (const method of ['run', 'all'] as const) {
    const original = statementPrototype[method];
    statementPrototype[method] = function (this: unknown, ...args: unknown[]) {
      statements++;
      return original.apply(this, args);
    };
  }
  return () => statements;
}

const dir = mkdtempSync(join(tmpdir(), 'rapport-questions-cost-'));
try {
  const statements = countStatements();
  const database = await openSqliteDatabase(join(dir, 'rapport.db'));
  const app = createApp({ defaultTimezone: 'America/Toronto', cadence: DEFAULT_CADENCE, advisorIds: [] }, database, systemClock, silentLogger());
  const tenant = { platform: 'discord', workspaceId: 'bench' } as const;
  const who = (index: number): { actor: Actor; conversation: Conversation } => {
    const userId = `student${index % STUDENTS}`;
    return { actor: { tenant, userId, displayName: userId, roles: ['member'] }, conversation: { tenant, channelId: 'bench', isDirect: false } };
  };
  const shapes: Record<string, Inbound> = {
    'Discord (structured)': { kind: 'structured-command', command: 'questions', subcommand: 'plan', values: { kind: 'occupation', subject: 'nurse' } },
    'Slack (typed text)': { kind: 'command', command: 'questions', text: 'occupation nurse' },
  };

  for (const [name, inbound] of Object.entries(shapes)) {
    const run = async (count: number): Promise<void> => {
      for (let index = 0; index < count; index++) await app.dispatcher.dispatch({ ...who(index), inbound });
    };
    await run(WARMUP);
    const statementsBefore = statements();
    const profiler = new GCProfiler();
    const heapBefore = getHeapStatistics().used_heap_size;
    const cpuBefore = process.cpuUsage();
    profiler.start();
    await run(REQUESTS);
    const gcs = profiler.stop().statistics;
    const cpu = process.cpuUsage(cpuBefore);
    const freed = gcs.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
    const allocated = getHeapStatistics().used_heap_size - heapBefore + freed;
    const pauseMicros = gcs.reduce((sum, gc) => sum + gc.cost, 0);
    console.log(
      `/questions plan occupation nurse, ${name}, ${REQUESTS} requests after ${WARMUP} warm-up (load average ${loadavg()[0]?.toFixed(2) ?? '?'}):\n` +
        `  allocated ${(allocated / REQUESTS / 1024).toFixed(1)} KB/request   CPU ${((cpu.user + cpu.system) / REQUESTS).toFixed(0)} µs/request` +
        `   SQL ${((statements() - statementsBefore) / REQUESTS).toFixed(2)} statements/request   GC ${gcs.length} collections, ${(pauseMicros / REQUESTS).toFixed(1)} µs/request`,
    );
  }
  await database.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
