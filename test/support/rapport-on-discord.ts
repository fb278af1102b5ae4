import type { Logger } from 'pino';
import { startDiscord } from '../../adapters/discord/discord-adapter.js';
import { createApp, type App, type RunningAdapter } from '../../src/app.js';
import { loadConfig, type DiscordShard } from '../../src/config.js';
import { ManualClock } from '../../src/core/clock.js';
import { IN_MEMORY, type Database } from '../../src/storage/database.js';
import { openDatabase } from '../../src/storage/open-database.js';
import { FakeDiscord, type FakeDiscordOptions } from '../fakes/discord/fake-discord.js';
import { captureLogger } from './capture-logger.js';
import { passTime } from '../../src/scheduler/simulated-time.js';

/** Rapport served on the fake Discord by the real discord.js client, in this process. */
export interface RapportOnDiscord {
  readonly fake: FakeDiscord;
  readonly app: App;
  readonly clock: ManualClock;
  readonly database: Database;
  readonly logs: () => Record<string, unknown>[];
  /** Lets simulated time pass to `target`, delivering each nudge as it falls due. */
  passTime(milliseconds: number): Promise<void>;
  /** Disconnects and closes what it started (a shared fake Discord stays up). */
  stop(): Promise<void>;
}

/** How a test wants Rapport set up. */
export interface RapportOnDiscordOptions {
  /** How to set up the fake Discord this instance starts (and stops). */
  readonly fake?: FakeDiscordOptions;
  /** A fake Discord already running, shared with other instances, to log in to instead; `stop()` leaves it running. */
  readonly sharedFake?: FakeDiscord;
  /** The database settings (`freshDatabaseEnv().env` for one that several instances share); default a fresh in-memory SQLite. */
  readonly databaseEnv?: Readonly<Record<string, string>>;
  /** The gateway shard this instance serves (SHARD_ID and SHARD_COUNT); default all. */
  readonly shard?: DiscordShard;
  readonly start?: Date;
  /** Defer an interaction after this long (default: the adapter's own). */
  readonly deferAfterMs?: number;
  /** Replaces parts of the app, e.g. a dispatcher over test commands. */
  readonly customize?: (app: App, deps: { clock: ManualClock; logger: Logger }) => App;
}

/**
 * Starts the fake Discord (or joins a shared one), a Rapport with a manual clock on its own
 * connection to the database (in memory unless told), and the Discord adapter logged in to the
 * fake; resolves once the gateway session is open.
 */
export async function startRapportOnDiscord(options: RapportOnDiscordOptions = {}): Promise<RapportOnDiscord> {
  const fake = options.sharedFake ?? (await FakeDiscord.start(options.fake));
  const closeFake = async (): Promise<void> => {
    if (options.sharedFake === undefined) await fake.close();
  };
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DEFAULT_TIMEZONE: 'America/Toronto',
    ...(options.databaseEnv ?? { DATABASE_PATH: IN_MEMORY }),
    ...(options.shard === undefined ? {} : { SHARD_ID: String(options.shard.id), SHARD_COUNT: String(options.shard.count) }),
  });
  const discord = config.discord;
  if (discord === undefined) throw new Error('The test configuration has no Discord settings.');
  const database = await openDatabase(config.database);
  const clock = new ManualClock(options.start ?? new Date('2026-11-23T14:00:00Z'));
  const { logger, lines } = captureLogger();
  const base = createApp(config, database, clock, logger);
  const app = options.customize?.(base, { clock, logger }) ?? base;
  let adapter: RunningAdapter | undefined;
  const opened = fake.gateway.identifies.length + fake.gateway.resumes.length;
  try {
    adapter = await startDiscord(app, discord, logger, options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs });
    await fake.gateway.sessions(opened + 1);
  } catch (error) {
    await closeFake();
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
    passTime: (milliseconds) => passTime(new Date(clock.now().getTime() + milliseconds), clock, [app.scheduler]),
    stop: async () => {
      await running.stop();
      await closeFake();
      await database.close();
    },
  };
}
