import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App, type RunningAdapter } from '../../src/app.js';
import { ManualClock } from '../../src/core/clock.js';
import type { Actor, Conversation } from '../../src/core/identity.js';
import { DEFAULT_CADENCE } from '../../src/domain/reminders/cadence-settings.js';
import { silentLogger } from '../../src/logger.js';
import { MAX_SCHEDULER_LAG_SECONDS } from '../../src/observability/health.js';
import { Operations } from '../../src/observability/operations.js';
import type { Database } from '../../src/storage/database.js';
import { RecordingMessenger } from '../support/recording-messenger.js';
import { useTestDatabase } from '../support/use-test-database.js';

const TENANT = { platform: 'console', workspaceId: 'test' } as const;
const ANA: Actor = { tenant: TENANT, userId: 'ana', displayName: 'ana', roles: ['member'] };
const DM: Conversation = { tenant: TENANT, channelId: 'dm:ana', isDirect: true };

/** Rapport's app with the operations endpoint on a free port of 127.0.0.1, as main.ts builds them. */
async function serve(
  database: Database,
  adapters: readonly RunningAdapter[] = [],
): Promise<{ app: App; clock: ManualClock; inbox: RecordingMessenger; get: (path: string) => Promise<Response>; operations: Operations }> {
  const operations = new Operations();
  const clock = new ManualClock(new Date('2026-11-23T14:00:00Z'));
  const app = createApp({ defaultTimezone: 'UTC', cadence: DEFAULT_CADENCE, advisorIds: [] }, database, clock, silentLogger(), operations.observers());
  const inbox = new RecordingMessenger();
  app.messengers.set('console', inbox);
  const port = await operations.start(0, { database, adapters, scheduler: app.scheduler, clock }, '127.0.0.1');
  running.push(operations);
  return { app, clock, inbox, operations, get: (path) => fetch(`http://127.0.0.1:${port}${path}`) };
}

const running: Operations[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((operations) => operations.stop()));
});

const say = (app: App, text: string) => {
  const [command = '', ...rest] = text.slice(1).split(' ');
  return app.dispatcher.dispatch({ actor: ANA, conversation: DM, inbound: { kind: 'command', command, text: rest.join(' ') } });
};

/** The value of the sample `name{labels}` in a Prometheus exposition, or undefined. */
const sample = (exposition: string, series: string): number | undefined => {
  const line = exposition.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('the operations endpoint (METRICS_PORT)', () => {
  const database = useTestDatabase();

  it('counts commands by name and outcome with their latency, nudges by outcome, and the scheduler lag, in Prometheus format', async () => {
    const { app, clock, get } = await serve(database());
    await say(app, '/help');
    await say(app, '/remind "call back Sam" tomorrow 9am');
    await say(app, '/remind "call back Sam" whenever it suits');
    await say(app, '/hepl');

    clock.advance((19 * 60 + 10) * 60_000); // 09:10 the next day, ten minutes after the reminder fell due
    const late = await (await get('/metrics')).text();
    expect(sample(late, 'rapport_scheduler_lag_seconds')).toBe(600);

    await app.scheduler.runDue();
    const response = await get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const metrics = await response.text();
    expect(sample(metrics, 'rapport_commands_total{command="help",kind="command",outcome="ok"}')).toBe(1);
    expect(sample(metrics, 'rapport_commands_total{command="remind",kind="command",outcome="ok"}')).toBe(1);
    expect(sample(metrics, 'rapport_commands_total{command="remind",kind="command",outcome="refused"}')).toBe(1);
    // What people type never becomes a label: a misspelt command counts as unknown.
    expect(sample(metrics, 'rapport_commands_total{command="unknown",kind="command",outcome="refused"}')).toBe(1);
    expect(metrics).not.toContain('hepl');
    expect(sample(metrics, 'rapport_command_duration_seconds_count{command="remind",kind="command"}')).toBe(2);
    expect(sample(metrics, 'rapport_command_duration_seconds_bucket{le="+Inf",command="help",kind="command"}')).toBe(1);
    expect(sample(metrics, 'rapport_nudges_total{outcome="delivered"}')).toBe(1);
    expect(sample(metrics, 'rapport_scheduler_lag_seconds')).toBe(0);
    expect(sample(metrics, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts a nudge that could not be sent as retried', async () => {
    const { app, clock, inbox, get } = await serve(database());
    await say(app, '/remind "call back Sam" tomorrow 9am');
    inbox.failNext(1);
    clock.advance(19 * 3_600_000); // 09:00 the next day
    await app.scheduler.runDue();
    const metrics = await (await get('/metrics')).text();
    expect(sample(metrics, 'rapport_nudges_total{outcome="retried"}')).toBe(1);
    expect(sample(metrics, 'rapport_nudges_total{outcome="delivered"}')).toBeUndefined();
  });

  it('answers /healthz with 200 and each check when the database answers, every platform is connected and no reminder waits too long', async () => {
    const slack: RunningAdapter = { platform: 'slack', connected: () => true, stop: () => Promise.resolve() };
    const { get } = await serve(database(), [slack]);
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      healthy: true,
      database: { reachable: true },
      platforms: [{ platform: 'slack', connected: true }],
      scheduler: { lagSeconds: 0, maxLagSeconds: MAX_SCHEDULER_LAG_SECONDS },
    });
  });

  it('answers /healthz with 503 naming what failed: a platform disconnected, a reminder overdue, the database gone', async () => {
    let connected = true;
    const discord: RunningAdapter = { platform: 'discord', connected: () => connected, stop: () => Promise.resolve() };
    const { app, clock, get } = await serve(database(), [discord]);
    connected = false;
    const disconnected = await get('/healthz');
    expect(disconnected.status).toBe(503);
    expect(await disconnected.json()).toMatchObject({ healthy: false, database: { reachable: true }, platforms: [{ platform: 'discord', connected: false }] });

    connected = true;
    await say(app, '/remind "call back Sam" tomorrow 9am');
    clock.advance((19 * 60 + 6) * 60_000); // six minutes past the reminder's time
    const overdue = await get('/healthz');
    expect(overdue.status).toBe(503);
    expect(await overdue.json()).toMatchObject({ healthy: false, scheduler: { lagSeconds: 360 } });

    await database().close();
    const gone = await get('/healthz');
    expect(gone.status).toBe(503);
    expect(await gone.json()).toMatchObject({ healthy: false, database: { reachable: false } });
  });

  it('answers anything else with 404', async () => {
    const { get } = await serve(database());
    expect((await get('/')).status).toBe(404);
    expect((await get('/metrics/../admin')).status).toBe(404);
  });
});
