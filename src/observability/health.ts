import { sql } from 'kysely';
import type { Database } from '../storage/database.js';

/** How late the most overdue reminder may be before Rapport reports itself unhealthy: ten scheduler runs. */
export const MAX_SCHEDULER_LAG_SECONDS = 300;

/** How long the database has to answer `select 1` before it counts as unreachable. */
const DATABASE_TIMEOUT_MS = 2_000;

/** What /healthz reports: each check, and whether all passed. */
export interface HealthReport {
  readonly healthy: boolean;
  readonly database: { readonly reachable: boolean; readonly error?: string };
  /** Each platform adapter and whether it is connected; empty on the console. */
  readonly platforms: readonly { readonly platform: string; readonly connected: boolean }[];
  readonly scheduler: { readonly lagSeconds: number; readonly maxLagSeconds: number };
}

/** What the health check reads. */
export interface HealthSources {
  readonly database: Database;
  readonly platforms: () => readonly { readonly platform: string; connected(): boolean }[];
  readonly schedulerLagSeconds: () => Promise<number>;
}

/** Checks the database (a trivial query), each platform's connection and the scheduler's lag. */
export async function checkHealth(sources: HealthSources): Promise<HealthReport> {
  const [database, lagSeconds] = await Promise.all([reachDatabase(sources.database), sources.schedulerLagSeconds().catch(() => Number.POSITIVE_INFINITY)]);
  const platforms = sources.platforms().map((adapter) => ({ platform: adapter.platform, connected: adapter.connected() }));
  const healthy = database.reachable && platforms.every((platform) => platform.connected) && lagSeconds <= MAX_SCHEDULER_LAG_SECONDS;
  return { healthy, database, platforms, scheduler: { lagSeconds, maxLagSeconds: MAX_SCHEDULER_LAG_SECONDS } };
}

async function reachDatabase(database: Database): Promise<HealthReport['database']> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`));
    }, DATABASE_TIMEOUT_MS);
  });
  try {
    await Promise.race([sql`select 1`.execute(database.db), timeout]);
    return { reachable: true };
  } catch (error) {
    return { reachable: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * How long the most overdue reminder has waited past its time, in seconds, from when the next
 * one is due (`nextDueAt`, which may be in the past); 0 when nothing is overdue.
 */
export async function schedulerLag(nextDueAt: () => Promise<Date | undefined>, now: () => Date): Promise<number> {
  const due = await nextDueAt();
  return due === undefined ? 0 : Math.max(0, (now().getTime() - due.getTime()) / 1000);
}
