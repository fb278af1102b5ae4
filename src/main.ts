import { ConsoleChannelMessenger } from '../adapters/console/console-channel-messenger.js';
import { ConsoleMessenger } from '../adapters/console/console-messenger.js';
import { ConsoleSession } from '../adapters/console/console-session.js';
import { slackCommandNames, type SlackCommandNames } from '../adapters/slack/command-names.js';
import { startDiscord } from '../adapters/discord/discord-adapter.js';
import { startSlack } from '../adapters/slack/slack-adapter.js';
import { COMMANDS } from '../commands/index.js';
import type { Logger } from 'pino';
import { runConsole } from '../adapters/console/console-adapter.js';
import { createApp, type App, type RunningAdapter } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { OffsetClock, systemClock, type Clock } from './core/clock.js';
import type { Platform } from './core/identity.js';
import { createLogger } from './logger.js';
import { passTime } from './scheduler/simulated-time.js';
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
  const slackNames = slackNamesOrExit(config);
  const app = createApp(config, database, clock, logger, slashNames(slackNames));

  const adapters = onPlatform ? await startPlatforms(app, config, { logger, clock, slackNames }) : [];
  let closing = false;
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await app.scheduler.stop();
    await app.digests.stop();
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
  await app.digests.runDue();
  app.digests.start();
  if (!onPlatform && clock instanceof OffsetClock) {
    await runConsoleUntilEnd(app, clock, config, (error) => {
      logger.error({ err: error }, 'console line failed');
    });
    await shutdown();
  }
}

/** How each platform types a command name. */
function slashNames(slack: SlackCommandNames): (platform: Platform, commandName: string) => string {
  return (platform, name) => (platform === 'slack' ? slack.slashOf(name) : `/${name}`);
}

/** The Slack spellings of the commands (SLACK_COMMAND_NAMES over the defaults), or one clear line and exit. */
function slackNamesOrExit(config: Config): SlackCommandNames {
  try {
    return slackCommandNames(COMMANDS.map((command) => command.name), config.slackApp.commandNames);
  } catch (error) {
    return exit(`Configuration error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What the platform adapters need besides the app and the configuration. */
interface PlatformDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  readonly slackNames: SlackCommandNames;
}

/** Starts the Slack and Discord adapters that are configured. */
async function startPlatforms(app: App, config: Config, deps: PlatformDeps): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  if (config.slack !== undefined) {
    const slack = config.slack;
    running.push(
      await startSlack({ app, config: slack, names: deps.slackNames, clock: deps.clock, logger: deps.logger }).catch((error: unknown) =>
        exit(`Cannot start on Slack: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  }
  if (config.discord !== undefined) {
    const discord = config.discord;
    running.push(await startDiscord(app, discord, deps.logger).catch((error: unknown) => exit(`Cannot start on Discord: ${error instanceof Error ? error.message : String(error)}`)));
  }
  return Promise.resolve(running);
}

/** The console: reads standard input until it ends, printing replies and nudges on standard output. */
async function runConsoleUntilEnd(app: App, clock: OffsetClock, config: Config, onError: (error: unknown) => void): Promise<void> {
  const session = new ConsoleSession({
    dispatcher: app.dispatcher,
    clock,
    style: { ansi: process.stdout.isTTY },
    timezone: config.defaultTimezone,
    passTime: (target) => passTime(target, clock, [app.scheduler, app.digests]),
  });
  app.messengers.set('console', new ConsoleMessenger(session, (text) => process.stdout.write(`${text}\n\n`)));
  app.channels.set('console', new ConsoleChannelMessenger({ ansi: process.stdout.isTTY }, (text) => process.stdout.write(`${text}\n\n`)));
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
