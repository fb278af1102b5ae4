import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDiscord } from '../../adapters/discord/discord-adapter.js';
import { slackCommandNames } from '../../adapters/slack/command-names.js';
import { startSlack } from '../../adapters/slack/slack-adapter.js';
import { COMMANDS } from '../../commands/index.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { systemClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/logger.js';
import type { Database } from '../../src/storage/database.js';
import { openDatabase } from '../../src/storage/open-database.js';
import type { FakeDiscord } from '../../test/fakes/discord/fake-discord.js';
import type { SlackFake } from '../../test/fakes/slack/slack-fake.js';
import { fillSchedule } from '../../test/support/fill-schedule.js';

/** Rapport, as `npm start` composes it, on one platform's fake, with a schedule of due nudges. */
export interface DeliveryRig {
  readonly app: App;
  readonly database: Database;
  readonly stop: () => Promise<void>;
}

/** A fresh SQLite file with one due nudge for each of `students` people of `tenant` (ids u0, u1, …). */
async function scheduleNudges(tenant: string, students: number): Promise<{ database: Database; env: Record<string, string> }> {
  const env = { DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'rapport-delivery-')), 'rapport.db'), DEFAULT_TIMEZONE: 'UTC' };
  const database = await openDatabase({ kind: 'sqlite', path: env.DATABASE_PATH });
  await fillSchedule(database, { tenant, total: students, due: students, students, now: new Date() });
  return { database, env };
}

/** Rapport on the fake Discord (real discord.js client, logged in over the fake gateway). */
export async function rapportOnDiscord(fake: FakeDiscord, students: number): Promise<DeliveryRig> {
  const { database, env } = await scheduleNudges(`discord:${fake.guild.id}`, students);
  const config = loadConfig({ ...env, DISCORD_TOKEN: fake.token, DISCORD_APPLICATION_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl });
  if (config.discord === undefined) throw new Error('No Discord settings.');
  const app = createApp(config, database, systemClock, silentLogger());
  const adapter = await startDiscord(app, config.discord, silentLogger());
  return {
    app,
    database,
    stop: async () => {
      await adapter.stop();
      await database.close();
    },
  };
}

/** Rapport on the fake Slack (real Bolt app and Web API client, over HTTP). */
export async function rapportOnSlack(fake: SlackFake, students: number): Promise<DeliveryRig> {
  const { database, env } = await scheduleNudges('slack:T0TEST', students);
  const config = loadConfig({ ...env, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 'bench-secret', SLACK_API_URL: fake.apiUrl });
  if (config.slack === undefined) throw new Error('No Slack settings.');
  const names = slackCommandNames(
    COMMANDS.map((command) => command.name),
    {},
  );
  const app = createApp(config, database, systemClock, silentLogger());
  const running = await startSlack({ app, config: { ...config.slack, port: 0 }, names, clock: systemClock, logger: silentLogger(), host: '127.0.0.1' });
  return {
    app,
    database,
    stop: async () => {
      await running.stop();
      await database.close();
    },
  };
}

/**
 * Runs the scheduler as its timer would, but without waiting 30 s between runs: a run, then a
 * pause until the next reminder falls due (a rate limit's end), until nothing is left or
 * `deadlineMs` has passed. Resolves with the milliseconds it took.
 */
export async function deliverAll(app: App, deadlineMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < deadlineMs) {
    await app.scheduler.runDue();
    const next = await app.scheduler.nextDueAt();
    if (next === undefined) break;
    await sleep(Math.min(Math.max(next.getTime() - Date.now(), 20), 5_000));
  }
  return performance.now() - start;
}

/** How many reminders of the schedule are in each status. */
export async function statusCounts(database: Database): Promise<Record<string, number>> {
  const rows = await database.db
    .selectFrom('reminders')
    .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}
