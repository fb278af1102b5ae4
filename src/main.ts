import { ConsoleMessenger } from '../adapters/console/console-messenger.js';
import { ConsoleSession } from '../adapters/console/console-session.js';
import { runConsole } from '../adapters/console/console-adapter.js';
import { createApp, type App, type RunningAdapter } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { OffsetClock, systemClock } from './core/clock.js';
import type { Platform } from './core/identity.js';
import { createLogger } from './logger.js';
import { openSqliteDatabase } from './storage/database.js';

/**
 * The composition root: config, then the store, the app (registry, dispatcher, scheduler),
 * then the adapters the configuration selects: Slack and/or Discord when their credentials are
 * set, the console otherwise. Exits non-zero with one clear line when it cannot start.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  if (config.databaseUrl !== undefined) exit('Configuration error: DATABASE_URL (PostgreSQL) is not supported by this version yet: unset DATABASE_URL to use SQLite at DATABASE_PATH');
  const database = await openSqliteDatabase(config.databasePath).catch((error: unknown) =>
    exit(`Cannot open the database at DATABASE_PATH=${config.databasePath}: ${error instanceof Error ? error.message : String(error)}`),
  );
  const onPlatform = config.slack !== undefined || config.discord !== undefined;
  const clock = onPlatform ? systemClock : new OffsetClock();
  const app = createApp(config, database, clock, logger, slashNames(config));

  const adapters = onPlatform ? await startPlatforms(app, config) : [];
  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await app.scheduler.stop();
    for (const adapter of adapters) await adapter.stop();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void shutdown().then(() => process.exit(0));
    });
  }
  logger.info({ adapters: onPlatform ? adapters.map((adapter) => adapter.platform) : ['console'], database: config.databasePath }, 'Rapport started');
  await app.scheduler.runDue();
  app.scheduler.start();
  if (!onPlatform && clock instanceof OffsetClock) {
    await runConsoleUntilEnd(app, clock, config, (error) => {
      logger.error({ err: error }, 'console line failed');
    });
    await shutdown();
  }
}

/** How each platform types a command name. */
function slashNames(_config: Config): (platform: Platform, commandName: string) => string {
  return (_platform, name) => `/${name}`;
}

/** Starts the Slack and Discord adapters that are configured. */
async function startPlatforms(_app: App, config: Config): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  if (config.slack !== undefined) exit('Configuration error: SLACK_BOT_TOKEN is set but this version has no Slack adapter yet: unset the SLACK_* variables to use the console');
  if (config.discord !== undefined) exit('Configuration error: DISCORD_TOKEN is set but this version has no Discord adapter yet: unset the DISCORD_* variables to use the console');
  return Promise.resolve(running);
}

/** The console: reads standard input until it ends, printing replies and nudges on standard output. */
async function runConsoleUntilEnd(app: App, clock: OffsetClock, config: Config, onError: (error: unknown) => void): Promise<void> {
  const session = new ConsoleSession({
    dispatcher: app.dispatcher,
    clock,
    style: { ansi: process.stdout.isTTY },
    timezone: config.defaultTimezone,
    passTime: (target) => app.scheduler.runUntil(target, clock),
  });
  app.messengers.set('console', new ConsoleMessenger(session, (text) => process.stdout.write(`${text}\n\n`)));
  await runConsole(session, { input: process.stdin, output: process.stdout }, onError);
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exit(`Configuration error: ${error.message}`);
    throw error;
  }
}

function exit(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}

await main();
