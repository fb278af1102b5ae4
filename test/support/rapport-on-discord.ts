import type { Logger } from 'pino';
import { startDiscord } from '../../adapters/discord/discord-adapter.js';
import { createApp, type App, type RunningAdapter } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { IN_MEMORY, openSqliteDatabase, type Database } from '../../src/storage/database.js';
import { FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/fake-discord.js';
import { captureLogger } from './capture-logger.js';

/** Rapport served on the fake Discord by the real discord.js client, in this process. */
export interface RapportOnDiscord {
  readonly fake: FakeDiscord;
  readonly app: App;
  readonly clock: ManualClock;
  readonly database: Database;
  readonly logs: () => Record<string, unknown>[];
  /** Lets simulated time pass to `target`, delivering each nudge as it falls due. */
  passTime(milliseconds: number): Promise<void>;
  /** Disconnects and closes everything. */
  stop(): Promise<void>;
}

/** How a test wants Rapport set up. */
export interface RapportOnDiscordOptions {
  readonly fake?: FakeDiscordOptions;
  readonly start?: Date;
  /** Defer an interaction after this long (default: the adapter's own). */
  readonly deferAfterMs?: number;
  /** Replaces parts of the app, e.g. a dispatcher over test commands. */
  readonly customize?: (app: App, deps: { clock: ManualClock; logger: Logger }) => App;
}

/**
 * Starts the fake Discord, an in-memory Rapport with a manual clock, and the Discord adapter
 * logged in to the fake; resolves once the gateway session is open.
 */
export async function startRapportOnDiscord(options: RapportOnDiscordOptions = {}): Promise<RapportOnDiscord> {
  const fake = await FakeDiscord.start(options.fake);
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DATABASE_PATH: IN_MEMORY,
    DEFAULT_TIMEZONE: 'America/Toronto',
  });
  const discord = config.discord;
  if (discord === undefined) throw new Error('The test configuration has no Discord settings.');
  const database = await openSqliteDatabase(IN_MEMORY);
  const clock = new ManualClock(options.start ?? new Date('2026-11-23T14:00:00Z'));
  const { logger, lines } = captureLogger();
  const base = createApp(config, database, clock, logger, (_platform, name) => `/${name}`);
  const app = options.customize?.(base, { clock, logger }) ?? base;
  let adapter: RunningAdapter | undefined;
  try {
    adapter = await startDiscord(app, discord, logger, options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs });
    await fake.gateway.sessions(1);
  } catch (error) {
    await fake.close();
    await database.close();
    throw error;
  }
  const running = adapter;
  return {
    fake,
    app,
    clock,
    database,
    logs: lines,
    passTime: (milliseconds) => app.scheduler.runUntil(new Date(clock.now().getTime() + milliseconds), clock),
    stop: async () => {
      await running.stop();
      await fake.close();
      await database.close();
    },
  };
}
