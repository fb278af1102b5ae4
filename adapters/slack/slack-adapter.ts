import { typedCommands } from '../../src/core/typed-invocation.js';
import type { Server } from 'node:http';
import { App as BoltApp, webApi } from '@slack/bolt';
import PQueue from 'p-queue';
import type { Logger } from 'pino';
import type { App, RunningAdapter } from '../../src/app.js';
import type { SlackConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/clock.js';
import type { SlackCommandNames } from './command-names.js';
import { startDeliveryPruning } from './delivery-pruning.js';
import { HomeTab } from './home-tab.js';
import { ReplySender } from './reply-sender.js';
import { registerHandlers } from './slack-handlers.js';
import { SlackChannelMessenger } from './slack-channel-messenger.js';
import { SlackMessenger } from './slack-messenger.js';
import { UserDirectory } from './user-directory.js';
import { boltLogger, deliveryClientOptions, requestClientOptions, slackErrorCode } from './web-api.js';

/** What the Slack adapter is built from. */
export interface SlackAdapterDeps {
  readonly app: App;
  readonly config: SlackConfig;
  readonly names: SlackCommandNames;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The address HTTP mode listens on (all interfaces by default; tests use 127.0.0.1). */
  readonly host?: string;
}

/** The Slack adapter, serving. */
export interface RunningSlack extends RunningAdapter {
  readonly transport: 'socket-mode' | 'http';
  /** The port HTTP mode listens on (useful when it was 0: any free port). */
  readonly port?: number;
}

/** How many requests are dispatched and answered at once; the rest wait in line, already acknowledged. */
const WORK_CONCURRENCY = 8;

/** The path Slack sends HTTP-mode requests to (Bolt's default): commands, interactivity and events alike. */
export const SLACK_EVENTS_PATH = '/slack/events';

/**
 * Starts Rapport on Slack with Bolt: checks the bot token (auth.test), then serves over Socket
 * Mode when an app-level token is configured, or over HTTP on `config.port` at
 * {@link SLACK_EVENTS_PATH} otherwise, where Bolt checks each request's signature and timestamp
 * and refuses a bad or stale one with 401. Direct messages for nudges go through the
 * {@link SlackMessenger} it registers, cohort digests through the {@link SlackChannelMessenger}.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/socket-mode
 * @see https://docs.slack.dev/authentication/verifying-requests-from-slack
 */
export async function startSlack(deps: SlackAdapterDeps): Promise<RunningSlack> {
  const { app, config, logger } = deps;
  // Two clients of the same token: deliveries must never repeat a post by themselves; answers to requests may.
  const clientOptions = requestClientOptions(config.apiUrl, logger);
  const client = new webApi.WebClient(config.botToken, clientOptions);
  const deliveryClient = new webApi.WebClient(config.botToken, deliveryClientOptions(config.apiUrl, logger));
  const identity = await checkToken(client);
  const socketMode = config.appToken !== undefined;
  const bolt = new BoltApp({
    token: config.botToken,
    botId: identity.botId,
    botUserId: identity.botUserId,
    tokenVerificationEnabled: false,
    clientOptions,
    logger: boltLogger(logger),
    convoStore: false,
    ...(config.appToken === undefined ? { signingSecret: config.signingSecret ?? '' } : { socketMode: true, appToken: config.appToken }),
  });
  const commands = typedCommands(app.registry, deps.names.slashOf);
  const sender = new ReplySender(client, logger, commands);
  const queue = new PQueue({ concurrency: WORK_CONCURRENCY });
  const home = new HomeTab({
    client,
    services: app.services,
    clock: deps.clock,
    logger,
    commands,
    run: (task) => queue.add(task, { throwOnTimeout: true }),
    page: app.homePage,
  });
  registerHandlers(bolt, {
    dispatcher: app.dispatcher,
    names: deps.names,
    people: new UserDirectory(client, logger),
    sender,
    home,
    queue,
    logger,
    botUserId: identity.botUserId,
    deliveries: app.services.inboundDeliveries,
  });
  app.messengers.set(
    'slack',
    new SlackMessenger(
      deliveryClient,
      identity.teamId,
      (recipient) => {
        home.refresh(recipient);
      },
      commands,
    ),
  );
  app.channels.set('slack', new SlackChannelMessenger(deliveryClient, commands));
  const server = socketMode ? undefined : ((await bolt.start({ port: config.port, ...(deps.host === undefined ? {} : { host: deps.host }) })) as Server);
  if (socketMode) await bolt.start();
  const address = server?.address();
  const port = typeof address === 'object' && address !== null ? address.port : undefined;
  const pruning = startDeliveryPruning(app.services.inboundDeliveries, deps.clock, logger);
  logger.info(
    { transport: socketMode ? 'socket-mode' : 'http', team: identity.teamId, ...(port === undefined ? {} : { port, path: SLACK_EVENTS_PATH }) },
    'Slack adapter started',
  );
  return {
    platform: 'slack',
    transport: socketMode ? 'socket-mode' : 'http',
    ...(port === undefined ? {} : { port }),
    connected: () => (server === undefined ? socketOpen(bolt) : server.listening),
    stop: async () => {
      app.messengers.delete('slack');
      app.channels.delete('slack');
      await bolt.stop();
      await Promise.all([home.drain(), pruning.stop()]);
    },
  };
}

/** Who the bot token belongs to; a refused token or an unreachable Slack stops the start with a clear line. */
async function checkToken(client: webApi.WebClient): Promise<{ botId: string; botUserId: string; teamId: string }> {
  let answer: webApi.AuthTestResponse;
  try {
    answer = await client.auth.test();
  } catch (error) {
    const code = slackErrorCode(error);
    throw new Error(
      code === undefined
        ? `cannot reach Slack's Web API to check SLACK_BOT_TOKEN (${error instanceof Error ? error.message : String(error)}); check SLACK_API_URL and the network`
        : `Slack refused SLACK_BOT_TOKEN (auth.test: ${code}); copy the Bot User OAuth Token (xoxb-...) from the app's "OAuth & Permissions" page`,
    );
  }
  const { bot_id: botId, user_id: botUserId, team_id: teamId } = answer;
  if (botId === undefined || botUserId === undefined || teamId === undefined)
    throw new Error('SLACK_BOT_TOKEN is not a bot token (auth.test gave no bot id): use the Bot User OAuth Token (xoxb-...)');
  return { botId, botUserId, teamId };
}

/**
 * Whether Bolt's Socket Mode WebSocket is open. Bolt keeps its receiver private; its Socket Mode
 * client's `websocket.isActive()` is public. Read defensively: a Bolt that keeps it elsewhere
 * reads as connected while the adapter runs, rather than failing /healthz for good.
 */
function socketOpen(bolt: BoltApp): boolean {
  const { receiver } = bolt as unknown as { receiver?: { client?: { websocket?: { isActive(): boolean } } } };
  const websocket = receiver?.client?.websocket;
  return websocket === undefined ? receiver?.client === undefined : websocket.isActive();
}
