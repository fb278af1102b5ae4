import { typedCommands } from './core/typed-invocation.js';
import { ConsoleChannelMessenger } from '../adapters/console/console-channel-messenger.js';
import type { ConsoleStyle } from '../adapters/console/console.render.js';
import { savePicture } from '../adapters/console/image-files.js';
import { ConsoleMessenger } from '../adapters/console/console-messenger.js';
import { ConsoleSession } from '../adapters/console/console-session.js';
import { attachmentFilesIn } from '../adapters/console/attachment-files.js';
import { slackCommandNames, type SlackCommandNames } from '../adapters/slack/command-names.js';
import { COMMANDS } from '../commands/index.js';
import type { Logger } from 'pino';
import { runConsole } from '../adapters/console/console-adapter.js';
import { createApp, type App, type RunningAdapter } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { readEnvironment } from './env-file.js';
import { OffsetClock, systemClock, type Clock } from './core/clock.js';
import { createLogger } from './logger.js';
import { passTime } from './scheduler/simulated-time.js';
import { cannotOpenDatabase, describeDatabase, openDatabase } from './storage/open-database.js';
import { exitOnOldNode, exitWithLine } from './cli-exit.js';
import { SHUTDOWN_DEADLINE_MS, shutdownWithin } from './observability/graceful-shutdown.js';

/**
 * The composition root: config (the environment, then `.env`), then the store, the app (registry, dispatcher, scheduler),
 * then the adapters the configuration selects: Slack and/or Discord when their credentials are
 * set, the console otherwise. Exits non-zero with one clear line when it cannot start.
 */
async function main(): Promise<void> {
  exitOnOldNode();
  const warnings = readEnvironment();
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  for (const warning of warnings) logger.warn(warning);
  const onPlatform = config.slack !== undefined || config.discord !== undefined;
  const database = await openDatabase(config.database, {
    onBackgroundError: (error) => {
      logger.warn(
        { err: error },
        'background database work failed; Rapport goes on (the PostgreSQL pool replaces the connection, the next SQLite checkpoint tries again); restart Rapport if this repeats',
      );
    },
  }).catch((error: unknown) => exitWithLine(cannotOpenDatabase(config.database, error)));
  // The console's clock can be moved on (/clock); a platform runs on real time.
  const consoleClock = onPlatform ? undefined : new OffsetClock();
  const clock = consoleClock ?? systemClock;
  const slackNames = slackNamesOrExit(config);
  // Loaded only when METRICS_PORT is set: prom-client and the endpoint cost nothing otherwise.
  const operations = config.metricsPort === undefined ? undefined : new (await import('./observability/operations.js')).Operations();
  const app = createApp(config, database, clock, logger, operations?.observers());

  const adapters = onPlatform ? await startPlatforms(app, config, { logger, clock, slackNames }) : [];
  if (operations !== undefined && config.metricsPort !== undefined) {
    const port = await operations
      .start(config.metricsPort, { database, adapters, scheduler: app.scheduler, clock })
      .catch((error: unknown) =>
        exitWithLine(
          `Cannot serve /healthz and /metrics on METRICS_PORT=${String(config.metricsPort)}: ${error instanceof Error ? error.message : String(error)}; choose a free port or leave METRICS_PORT unset`,
        ),
      );
    logger.info({ port, paths: ['/healthz', '/metrics'] }, 'operations endpoint listening');
  }
  let closing = false;
  // The scheduler and the digests finish the deliveries in progress while the adapters can still send them; then the adapters disconnect.
  const shutdown = async (): Promise<void> => {
    if (closing) return;
    closing = true;
    await app.scheduler.stop();
    await app.digests.stop();
    await app.retention.stop();
    for (const adapter of adapters) await adapter.stop();
    await operations?.stop();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void shutdownWithin(shutdown, SHUTDOWN_DEADLINE_MS, logger).then((finished) => process.exit(finished ? 0 : 1));
    });
  }
  // The console registers its messengers before the first run, so what fell due while Rapport was off is delivered at once.
  const session = consoleClock === undefined ? undefined : openConsole(app, consoleClock, config);
  logger.info(
    { adapters: onPlatform ? adapters.map((adapter) => adapter.platform) : ['console'], database: describeDatabase(config.database) },
    'Rapport started',
  );
  // A first run that fails (the database briefly away) is logged; the schedule tries again in 30 s.
  const retriedOnSchedule = (what: string) => (error: unknown) => {
    logger.error({ err: error }, `${what} at start-up failed; Rapport goes on and tries again on schedule`);
  };
  await app.scheduler.runDue().catch(retriedOnSchedule('reminder run'));
  app.scheduler.start();
  await app.digests.runDue().catch(retriedOnSchedule('digest run'));
  app.digests.start();
  await app.retention.runDue().catch(retriedOnSchedule('retention run'));
  app.retention.start();
  if (session !== undefined) {
    await runConsole(session, { input: process.stdin, output: process.stdout }, (error) => {
      logger.error({ err: error }, 'console line failed');
    });
    await shutdown();
  }
}

/** The Slack spellings of the commands (SLACK_COMMAND_NAMES over the defaults), or one clear line and exit. */
function slackNamesOrExit(config: Config): SlackCommandNames {
  try {
    return slackCommandNames(
      COMMANDS.map((command) => command.name),
      config.slackApp.commandNames,
    );
  } catch (error) {
    return exitWithLine(`Configuration error: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** What the platform adapters need besides the app and the configuration. */
interface PlatformDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  readonly slackNames: SlackCommandNames;
}

/**
 * Starts the Slack and Discord adapters that are configured. Each platform's SDK is loaded only
 * when that platform is configured: @slack/bolt weighs 16 MiB, discord.js 22 MiB.
 */
async function startPlatforms(app: App, config: Config, deps: PlatformDeps): Promise<RunningAdapter[]> {
  const running: RunningAdapter[] = [];
  if (config.slack !== undefined) {
    const slack = config.slack;
    const { startSlack } = await import('../adapters/slack/slack-adapter.js');
    running.push(
      await startSlack({ app, config: slack, names: deps.slackNames, clock: deps.clock, logger: deps.logger }).catch((error: unknown) =>
        exitWithLine(`Cannot start on Slack: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  }
  if (config.discord !== undefined) {
    const discord = config.discord;
    const { startDiscord } = await import('../adapters/discord/discord-adapter.js');
    running.push(
      await startDiscord(app, discord, deps.logger).catch((error: unknown) =>
        exitWithLine(`Cannot start on Discord: ${error instanceof Error ? error.message : String(error)}`),
      ),
    );
  }
  return Promise.resolve(running);
}

/** The console session, with the messengers that print nudges and digests on standard output. */
function openConsole(app: App, clock: OffsetClock, config: Config): ConsoleSession {
  const consoleStyle: ConsoleStyle = { ansi: process.stdout.isTTY, commands: typedCommands(app.registry), savePicture: (image) => savePicture(image) };
  const session = new ConsoleSession({
    dispatcher: app.dispatcher,
    clock,
    style: consoleStyle,
    timezone: config.defaultTimezone,
    passTime: (target) => passTime(target, clock, [app.scheduler, app.digests, app.retention]),
    saveAttachment: attachmentFilesIn(config.exportDirectory),
  });
  app.messengers.set('console', new ConsoleMessenger(session, (text) => process.stdout.write(`${text}\n\n`)));
  app.channels.set('console', new ConsoleChannelMessenger(consoleStyle, (text) => process.stdout.write(`${text}\n\n`)));
  return session;
}

function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWithLine(`Configuration error: ${error.message}`);
    throw error;
  }
}

await main();
