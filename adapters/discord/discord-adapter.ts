import { discordCommands } from './invocation.render.js';
import { Client, DiscordAPIError, DiscordjsError, DiscordjsErrorCodes, Events, GatewayIntentBits, Options, Partials, RESTEvents } from 'discord.js';
import type { Logger } from 'pino';
import type { App, RunningAdapter } from '../../src/app.js';
import type { DiscordConfig } from '../../src/config.js';
import { CustomIds } from './custom-ids.js';
import { DiscordChannelMessenger } from './discord-channel-messenger.js';
import { TenantLocator } from './discord-inbound.js';
import { DiscordMessenger } from './discord-messenger.js';
import { DirectMessageHandler } from './direct-messages.js';
import { DEFER_AFTER_MS, InteractionResponder } from './interaction-responder.js';
import { InteractionRouter } from './interaction-router.js';
import { ReplyMessages } from './reply-messages.js';
import { DISCORD_REST_OPTIONS } from './rest-options.js';

/** Timing settings, which tests shorten. */
export interface DiscordTiming {
  /** How long a handler may run before its interaction is deferred (Discord allows 3 s). */
  readonly deferAfterMs?: number;
}

/**
 * The least the bot asks of the gateway: server structure (Guilds: the servers, their roles
 * and channels, for advisor roles) and DMs (DirectMessages: a rehearsal's turns). No
 * privileged intent: interactions need none, and a DM's text comes without Message Content.
 * @see https://discord.com/developers/docs/events/gateway#list-of-intents
 */
const DISCORD_INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages] as const;

/**
 * The longest rate-limit wait the REST client sits out inside a request; the scheduler waits
 * out longer ones (Retry-After) without holding a delivery slot or counting a failed attempt.
 */
const LONGEST_RATE_LIMIT_WAIT_MS = 5_000;

/**
 * Connects Rapport to Discord with discord.js: logs the bot in over the gateway (whose URL comes
 * from `GET /gateway/bot` on the REST base, `DISCORD_API_URL` when set), routes interactions
 * and DMs into the dispatcher, and registers the DM messenger the scheduler delivers nudges
 * with and the channel messenger the digest runner posts cohort digests with. With a shard
 * configured, it opens only that shard's gateway session (discord.js `shards` and `shardCount`);
 * the scheduler still sends every student's DMs from here, since claims are shared in the
 * database. Resolves once the gateway session is ready; rejects when Discord refuses the token.
 * @see https://discord.com/developers/docs/events/gateway#connecting
 * @see https://discord.js.org/docs/packages/discord.js/stable/ClientOptions:Interface
 */
export async function startDiscord(app: App, config: DiscordConfig, logger: Logger, timing: DiscordTiming = {}): Promise<RunningAdapter> {
  const client = new Client({
    intents: [...DISCORD_INTENTS],
    // DM channels are not in the cache until a DM arrives; without this partial discord.js drops it.
    partials: [Partials.Channel],
    // Rapport never reads a message back from the cache, and every DM nudge sent stayed in it (up to 200 a student, never swept).
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    allowedMentions: { parse: [] },
    // Embeds and components are rendered as Discord's own JSON already: discord.js need not re-key each one to snake case.
    jsonTransformer: (json) => json,
    rest: {
      ...DISCORD_REST_OPTIONS,
      // A wait longer than this is handed back (RateLimitError): a nudge's delivery is deferred, not held in the pool.
      rejectOnRateLimit: (limit) => limit.retryAfter > LONGEST_RATE_LIMIT_WAIT_MS,
      ...(config.apiUrl === undefined ? {} : { api: config.apiUrl }),
    },
    // One shard of SHARD_COUNT: Discord sends only its servers' events (and, on shard 0, the DMs).
    ...(config.shard === undefined ? {} : { shards: [config.shard.id], shardCount: config.shard.count }),
  });
  const messages = new ReplyMessages(new CustomIds(config.token), discordCommands(app.registry));
  const tenants = new TenantLocator(app.services.users, config.guildId);
  const deferAfterMs = timing.deferAfterMs ?? DEFER_AFTER_MS;
  const router = new InteractionRouter({
    dispatcher: app.dispatcher,
    registry: app.registry,
    tenants,
    messages,
    responder: new InteractionResponder(messages, deferAfterMs),
    advisorRole: config.advisorRole,
    logger,
    suggestWithinMs: deferAfterMs,
  });
  const direct = new DirectMessageHandler({ dispatcher: app.dispatcher, tenants, messages, logger });
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.MessageCreate, (message) => void direct.handle(message));
  client.on(Events.ClientReady, (ready) => {
    logger.info({ bot: ready.user.tag, servers: ready.guilds.cache.size }, 'Discord ready');
  });
  client.on(Events.Error, (error) => {
    logger.error({ err: error }, 'Discord client error');
  });
  client.on(Events.ShardError, (error, shard) => {
    logger.warn({ err: error, shard }, 'Discord gateway connection error; discord.js reconnects');
  });
  client.on(Events.ShardResume, (shard) => {
    logger.info({ shard }, 'Discord gateway session resumed');
  });
  client.rest.on(RESTEvents.RateLimited, (limit) => {
    logger.warn({ route: limit.route, retryAfterMs: limit.retryAfter, global: limit.global }, 'Discord rate limit: that route waits, others go on');
  });
  if (config.shard !== undefined) {
    logger.info(
      { shard: config.shard.id, shardCount: config.shard.count },
      "Discord gateway: connecting one shard (its servers' events; DMs arrive on shard 0); nudges are sent by DM from every instance",
    );
  }
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw new Error(loginFailure(error), { cause: error });
  }
  const messenger = new DiscordMessenger(client, messages);
  const channels = new DiscordChannelMessenger(client, messages);
  app.messengers.set('discord', messenger);
  app.channels.set('discord', channels);
  return {
    platform: 'discord',
    connected: () => client.isReady(),
    stop: async () => {
      if (app.messengers.get('discord') === messenger) app.messengers.delete('discord');
      if (app.channels.get('discord') === channels) app.channels.delete('discord');
      await client.destroy();
    },
  };
}

/** What a failed login means and what to do about it, in one line. */
function loginFailure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  const refused =
    (error instanceof DiscordjsError && error.code === DiscordjsErrorCodes.TokenInvalid) || (error instanceof DiscordAPIError && error.status === 401);
  return refused
    ? `Discord refused DISCORD_TOKEN (${reason}); copy the bot token from the Bot page of your application in the Discord developer portal (Reset Token shows a new one)`
    : `cannot reach Discord to log in with DISCORD_TOKEN (${reason}); check DISCORD_API_URL (unset it for discord.com) and the network`;
}
