import { createHash } from 'node:crypto';
import { DiscordAPIError, RESTJSONErrorCodes, type Client, type MessageCreateOptions } from 'discord.js';
import type { Reply } from '../../src/core/reply.js';
import type { DeliveryOutcome, DirectMessenger } from '../../src/scheduler/direct-messenger.js';
import type { Recipient } from '../../src/storage/reminder-repository.js';
import { messageOptions, type ReplyMessages } from './reply-messages.js';
import type { RenderedMessage } from './discord.render.js';

/**
 * What a student whose DMs are closed is told the next time they use a command (the dispatcher
 * shows it ephemerally): why the nudge did not come, and how to let Rapport's DMs in.
 * @see https://support.discord.com/hc/en-us/articles/217916488-Blocking-Privacy-Settings
 */
export const DMS_CLOSED_NOTICE =
  'I tried to send you a reminder, but your Discord settings do not let me message you. To get nudges, open this server\'s menu (click its name), choose Privacy Settings and turn on Direct Messages. Meanwhile, /remind list shows what is coming up.';

/**
 * Errors that will not go away by retrying: the person does not accept DMs (50007) or is
 * unknown to Discord (10013); the channel is gone (10003), or Rapport may not see it or post,
 * start a thread or write in one there (50001, 50013) until someone changes its permissions.
 * Anything else (a network error, a 5xx after the REST client's own retries) is worth another
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
 * Sends nudges as DMs, with their buttons. Each message carries a nonce derived from the
 * delivery's idempotency key with `enforce_nonce`, so Discord drops a repeat of a message it
 * already has (a retry after a lost response). A 429 is waited out by the REST client on that
 * route alone, so other work goes on.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export class DiscordMessenger implements DirectMessenger {
  constructor(
    private readonly client: Client,
    private readonly messages: ReplyMessages,
  ) {}

  async deliver(recipient: Recipient, replies: readonly Reply[], idempotencyKey: string): Promise<DeliveryOutcome> {
    try {
      const channel = await this.client.users.createDM(recipient.userId);
      const rendered = this.messages.render(replies, { tenant: recipient.tenant, userId: recipient.userId, direct: true });
      for (const [index, message] of rendered.entries()) {
        await channel.send(sendOnceOptions(message, idempotencyKey, index));
      }
      return { ok: true };
    } catch (error) {
      return deliveryFailure(error);
    }
  }
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

/** What a failed Discord request means for a delivery (a DM or a channel post): permanent for the codes above, with how to open DMs for 50007. */
export function deliveryFailure(error: unknown): DeliveryOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  if (!(error instanceof DiscordAPIError) || !PERMANENT_CODES.includes(error.code)) return { ok: false, permanent: false, reason };
  const closed = error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser;
  return { ok: false, permanent: true, reason: `Discord error ${error.code}: ${reason}`, ...(closed ? { notice: DMS_CLOSED_NOTICE } : {}) };
}
