import { createHash } from 'node:crypto';
import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
  SnowflakeUtil,
  type APIChannel,
  type APIMessage,
  type Client,
  type MessageCreateOptions,
  type RawFile,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { Reply } from '../../src/core/reply.js';
import type { DeliveryContext, DeliveryOutcome, DirectMessenger } from '../../src/core/direct-messenger.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { messageOptions, type ReplyMessages } from './reply-messages.js';
import type { RenderedMessage } from './discord.render.js';

/**
 * What a student whose DMs are closed is told the next time they use a command (the dispatcher
 * shows it ephemerally): why the nudge did not come, and how to let Rapport's DMs in.
 * @see https://support.discord.com/hc/en-us/articles/217916488-Blocking-Privacy-Settings
 */
export const DMS_CLOSED_NOTICE =
  "I tried to send you a reminder, but your Discord settings do not let me message you. To get nudges, open this server's menu (click its name), choose Privacy Settings and turn on Direct Messages. Meanwhile, /remind list shows what is coming up.";

/**
 * Errors that will not go away by retrying: the person does not accept DMs (50007) or is
 * unknown to Discord (10013); the channel is gone (10003), or Rapport may not see it or post,
 * start a thread or write in one there (50001, 50013) until someone changes its permissions.
 * Anything else (a network error, a 5xx: the REST client repeats nothing, rest-options.ts) is worth another
 * attempt later.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes
 */
const PERMANENT_CODES: readonly (number | string)[] = [
  RESTJSONErrorCodes.CannotSendMessagesToThisUser,
  RESTJSONErrorCodes.UnknownUser,
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
];

/**
 * Sends nudges as DMs, with their buttons, exactly once. Each message carries a nonce derived
 * from the delivery's idempotency key with `enforce_nonce`, so Discord drops a repeat of a
 * message it already has (a retry after a lost response, or after a crash before the outcome
 * was recorded). Discord keeps a nonce for a few minutes only, less than a claim's lease, so a
 * delivery that may have arrived earlier (`maybeSentBefore`) first reads the DM's recent
 * messages and sends only the parts it does not find there. The DM channel is opened once per person and kept in the database by the
 * scheduler; messages go straight to it through the REST client, one request each, and are not
 * kept in discord.js's cache. A short 429 is waited out by the REST client on that route alone;
 * a long one (see the adapter's `rejectOnRateLimit`) is handed to the scheduler, which does not
 * count it as a failed attempt.
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/user#create-dm
 */
export class DiscordMessenger implements DirectMessenger {
  readonly platformName = 'Discord';
  constructor(
    private readonly client: Client,
    private readonly messages: ReplyMessages,
  ) {}

  async deliver(recipient: Recipient, replies: readonly Reply[], idempotencyKey: string, context?: DeliveryContext): Promise<DeliveryOutcome> {
    const signal = context?.signal;
    let channelId = context?.dmChannelId;
    try {
      channelId ??= await this.openChannel(recipient, signal);
      const rendered = this.messages.render(replies, { tenant: recipient.tenant, userId: recipient.userId, direct: true });
      const arrived = context?.maybeSentBefore === true ? await this.partsPosted(channelId, rendered, context) : new Set<number>();
      for (const [index, message] of rendered.entries()) {
        if (arrived.has(index)) continue;
        await this.client.rest.post(Routes.channelMessages(channelId), {
          ...createMessageRequest(message, idempotencyKey, index),
          ...(signal === undefined ? {} : { signal }),
        });
      }
      return { ok: true, ...(channelId === context?.dmChannelId ? {} : { dmChannelId: channelId }) };
    } catch (error) {
      return { ...deliveryFailure(error), ...(channelId === undefined || channelId === context?.dmChannelId ? {} : { dmChannelId: channelId }) };
    }
  }

  /**
   * The person's DM channel, opened (Discord returns the existing one). Every open is the same
   * route, which discord.js sends one request at a time, so Rapport opens it when a nudge is
   * scheduled (`DmChannelPreparer`) and a delivery opens it only when none was stored.
   * @see https://discord.com/developers/docs/resources/user#create-dm
   */
  async openChannel(recipient: Recipient, signal?: AbortSignal): Promise<string> {
    const channel = (await this.client.rest.post(Routes.userChannels(), {
      body: { recipient_id: recipient.userId },
      ...(signal === undefined ? {} : { signal }),
    })) as APIChannel;
    return channel.id;
  }

  /**
   * Which parts of a delivery an earlier attempt already posted in the DM: Rapport's messages
   * there since `notBefore` (the previous delivery of the same reminders), recognised by their
   * buttons, which name the reminders, or, for a part without buttons, by their text.
   * @see https://discord.com/developers/docs/resources/message#get-channel-messages
   */
  private async partsPosted(channelId: string, rendered: readonly RenderedMessage[], context: DeliveryContext): Promise<Set<number>> {
    const query = new URLSearchParams({ limit: String(RECHECK_MESSAGES) });
    if (context.notBefore !== undefined) query.set('after', SnowflakeUtil.generate({ timestamp: context.notBefore }).toString());
    const recent = (await this.client.rest.get(Routes.channelMessages(channelId), { query, signal: context.signal })) as APIMessage[];
    const botId = this.client.user?.id;
    const posted = recent.filter((message) => message.author.id === botId).map(fingerprintOf);
    return new Set(rendered.flatMap((message, index) => (posted.includes(fingerprintOf(message)) ? [index] : [])));
  }
}

/** How many of a DM's latest messages are read to find an earlier attempt's parts (a DM gets a few a day). */
const RECHECK_MESSAGES = 50;

/** What identifies a message of a delivery: its buttons' custom ids (which name the reminders), or its text when it has none. */
function fingerprintOf(message: { readonly content?: string; readonly components?: readonly unknown[] }): string {
  const ids = customIdsIn(message.components ?? []);
  return ids.length > 0 ? ids.join(' ') : `text:${message.content ?? ''}`;
}

/** Every custom id in a message's component tree (rows, buttons, menus, sections), in order. */
function customIdsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(customIdsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'custom_id' && typeof inner === 'string' ? [inner] : customIdsIn(inner)));
}

/**
 * A rendered message as the body and files of a Create Message request, as discord.js's
 * `send` would write them, with the delivery's nonce enforced and no mention allowed.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 */
export function createMessageRequest(
  message: RenderedMessage,
  idempotencyKey: string,
  index: number,
): { body: RESTPostAPIChannelMessageJSONBody; files: RawFile[] } {
  const body: RESTPostAPIChannelMessageJSONBody = {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: [...message.embeds],
    components: [...message.components],
    allowed_mentions: { parse: [] },
    nonce: nonceOf(idempotencyKey, index),
    enforce_nonce: true,
    ...(message.files.length === 0
      ? {}
      : {
          attachments: message.files.map((file, id) => ({
            id,
            filename: file.name,
            ...(file.description === undefined ? {} : { description: file.description }),
          })),
        }),
  };
  return { body, files: message.files.map((file) => ({ name: file.name, data: file.data })) };
}

/**
 * A message's nonce: at most 25 characters, the same for every attempt at the same delivery and
 * different for different ones. The key is hashed rather than cut, since keys that share their
 * first characters (`digest:<cohort>:<week>`) would otherwise share a nonce.
 */
export function nonceOf(idempotencyKey: string, index: number): string {
  return `${createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 21)}.${index}`;
}

/**
 * A rendered message as one part of a delivery: sent with its nonce, enforced, so that Discord
 * drops a repeat of the same part of the same delivery.
 * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
 */
export function sendOnceOptions(message: RenderedMessage, idempotencyKey: string, index: number): MessageCreateOptions {
  return { ...messageOptions(message), nonce: nonceOf(idempotencyKey, index), enforceNonce: true };
}

/**
 * Whether a request failed because Discord could not be reached: a 5xx, no answer in time (the
 * REST client's timeout or the delivery's abort), or a connection that failed or dropped (Node's
 * fetch rejects with a TypeError whose cause is the socket's error).
 */
function discordUnreachable(error: unknown): boolean {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) return error.status >= 500;
  if (!(error instanceof Error)) return false;
  return error.name === 'AbortError' || error.name === 'TimeoutError' || (error instanceof TypeError && error.message === 'fetch failed');
}

/**
 * What a failed Discord request means for a delivery (a DM or a channel post): permanent for the
 * codes above, with how to open DMs for 50007; a long rate limit is a wait, not a failure; a 5xx
 * or no answer is an outage (`unreachable`).
 * Discord refused a 4xx or a 429 outright; after anything else the message may have arrived,
 * which its nonce takes care of.
 */
export function deliveryFailure(error: unknown): DeliveryOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof RateLimitError)
    return { ok: false, permanent: false, reason: `Discord rate limit on ${error.route}`, retryAfterMs: error.retryAfter, maybeSent: false };
  const refused = (error instanceof DiscordAPIError || error instanceof HTTPError) && error.status < 500;
  if (!(error instanceof DiscordAPIError) || !PERMANENT_CODES.includes(error.code))
    return { ok: false, permanent: false, reason, maybeSent: !refused, ...(discordUnreachable(error) ? { unreachable: true } : {}) };
  const closed = error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser;
  return { ok: false, permanent: true, reason: `Discord error ${error.code}: ${reason}`, maybeSent: false, ...(closed ? { notice: DMS_CLOSED_NOTICE } : {}) };
}
