import { ConsoleMessenger } from '../adapters/console/console-messenger.js';
import { ConsoleSession } from '../adapters/console/console-session.js';
import { runConsole } from '../adapters/console/console-adapter.js';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { OffsetClock } from './core/clock.js';
import { createLogger } from './logger.js';
import { openSqliteDatabase } from './storage/database.js';

/**
 * The composition root: config, then the store, the app (registry, dispatcher, scheduler),
 * then the adapter the configuration selects. Exits non-zero with one clear line when it cannot start.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  refuseUnavailableFeatures(config);
  const database = await openSqliteDatabase(config.databasePath).catch((error: unknown) =>
    exit(`Cannot open the database at DATABASE_PATH=${config.databasePath}: ${error instanceof Error ? error.message : String(error)}`),
  );
  const clock = new OffsetClock();
  const app = createApp(config, database, clock, logger, (_platform, name) => `/${name}`);
  const session = new ConsoleSession({
    dispatcher: app.dispatcher,
    clock,
    style: { ansi: process.stdout.isTTY },
    timezone: config.defaultTimezone,
    afterClockMoved: async () => {
      await app.scheduler.runDue();
    },
  });
  app.messengers.set('console', new ConsoleMessenger(session, (text) => process.stdout.write(`${text}\n\n`)));

  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await app.scheduler.stop();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void shutdown().then(() => process.exit(0));
    });
  }
  logger.info({ adapter: 'console', database: config.databasePath }, 'Rapport started');
  await app.scheduler.runDue();
  app.scheduler.start();
  await runConsole(session, { input: process.stdin, output: process.stdout }, (error) => {
    logger.error({ err: error }, 'console line failed');
  });
  await shutdown();
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exit(`Configuration error: ${error.message}`);
    throw error;
  }
}

/** Settings reserved for adapters and backends that later versions bring. */
function refuseUnavailableFeatures(config: Config): void {
  if (config.databaseUrl !== undefined) exit('Configuration error: DATABASE_URL (PostgreSQL) is not supported by this version yet: unset DATABASE_URL to use SQLite at DATABASE_PATH');
  if (config.slack !== undefined) exit('Configuration error: SLACK_BOT_TOKEN is set but this version has no Slack adapter yet: unset the SLACK_* variables to use the console');
  if (config.discord !== undefined) exit('Configuration error: DISCORD_TOKEN is set but this version has no Discord adapter yet: unset the DISCORD_* variables to use the console');
}

function exit(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(2);
}

await main();
