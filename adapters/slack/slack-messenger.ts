import type { CommandWriter } from '../../src/core/command-ref.js';
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../src/core/reply.js';
import type { DeliveryContext, DeliveryOutcome, DirectMessenger } from '../../src/core/direct-messenger.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import { RoutePauses } from './route-pauses.js';
import { renderReply } from './slack.render.js';
import { retryAfterMs, slackErrorCode, slackUnreachable } from './web-api.js';

/**
 * Slack's answers that mean a direct message can never reach the person: they left or were
 * deactivated, the id is a bot's, or the conversation is gone. Anything else (rate limits that
 * outlast a wait, Slack being down) is worth another try later.
 * @see https://docs.slack.dev/reference/methods/conversations.open#errors
 * @see https://docs.slack.dev/reference/methods/chat.postMessage#errors
 */
const PERMANENT_ERRORS = new Set([
  'user_not_found',
  'user_not_visible',
  'account_inactive',
  'user_disabled',
  'cannot_dm_bot',
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'messages_tab_disabled',
]);

/**
 * Slack's answers that mean Slack itself is not working (it could not serve the request): an
 * outage to wait out, like a timeout or a 5xx.
 * @see https://docs.slack.dev/reference/methods/chat.postMessage#errors
 */
const OUTAGE_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/**
 * The metadata event type that marks Rapport's nudges; its payload carries the delivery's key.
 * @see https://docs.slack.dev/messaging/message-metadata
 */
export const NUDGE_EVENT_TYPE = 'rapport_nudge';

/** How far back in a DM Rapport looks for a nudge that may have arrived: a nudge is rarely followed by this many messages before its retry. */
const HISTORY_LOOKBACK = 100;

/**
 * Delivers nudges as Slack direct messages, buttons and all, exactly once. chat.postMessage has
 * no idempotency key, so each message carries its delivery's key in its metadata; when an
 * earlier attempt may have arrived (a timeout, a 5xx, a crash before the outcome was recorded),
 * the DM's recent history is read first and only the messages not there are sent. The DM
 * channel is opened once per person and kept in the database by the scheduler. A 429 pauses
 * that method for every delivery of this process and hands the wait to the scheduler, which
 * does not count it as a failed attempt.
 * @see https://docs.slack.dev/reference/methods/conversations.history
 */
export class SlackMessenger implements DirectMessenger {
  readonly platformName = 'Slack';
  private readonly pauses = new RoutePauses();

  constructor(
    private readonly client: webApi.WebClient,
    private readonly teamId: string,
    private readonly afterDelivery: (recipient: Recipient) => void,
    /** Writes the commands nudges name, with Slack's command names. */
    private readonly commands: CommandWriter,
  ) {}

  async deliver(recipient: Recipient, replies: readonly Reply[], idempotencyKey: string, context?: DeliveryContext): Promise<DeliveryOutcome> {
    if (recipient.tenant.workspaceId !== this.teamId) {
      return { ok: false, permanent: true, reason: `workspace ${recipient.tenant.workspaceId} is not the one this bot token serves (${this.teamId})` };
    }
    const maybeSentBefore = context?.maybeSentBefore ?? false;
    let channel = context?.dmChannelId;
    let posted = false;
    try {
      channel ??= await this.call('conversations.open', () => this.openDm(recipient.userId));
      const dmChannel = channel;
      const arrived = maybeSentBefore ? await this.call('conversations.history', () => this.keysIn(dmChannel)) : new Set<string>();
      for (const [index, message] of replies.flatMap((reply) => renderReply(reply, this.commands)).entries()) {
        const key = `${idempotencyKey}.${index}`;
        if (arrived.has(key)) continue;
        await this.call('chat.postMessage', () =>
          this.client.chat.postMessage({
            channel: dmChannel,
            text: message.text,
            blocks: message.blocks,
            metadata: { event_type: NUDGE_EVENT_TYPE, event_payload: { key } },
          }),
        );
        posted = true;
      }
    } catch (error) {
      return {
        ...deliveryFailure(error, maybeSentBefore || posted),
        ...(channel === undefined || channel === context?.dmChannelId ? {} : { dmChannelId: channel }),
      };
    }
    this.afterDelivery(recipient);
    return { ok: true, ...(channel === context?.dmChannelId ? {} : { dmChannelId: channel }) };
  }

  /** Calls `method` unless Slack paused it; a 429 pauses it for as long as Slack says. */
  private async call<T>(method: string, request: () => Promise<T>): Promise<T> {
    const paused = this.pauses.remaining(method);
    if (paused > 0) throw new PausedError(method, paused);
    try {
      return await request();
    } catch (error) {
      const wait = retryAfterMs(error);
      if (wait !== undefined) this.pauses.pause(method, wait);
      throw error;
    }
  }

  /** @see https://docs.slack.dev/reference/methods/conversations.open */
  private async openDm(userId: string): Promise<string> {
    const opened = await this.client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (channel === undefined) throw new Error('conversations.open returned no channel');
    return channel;
  }

  /** The delivery keys of Rapport's recent messages in a DM. */
  private async keysIn(channel: string): Promise<Set<string>> {
    const history = await this.client.conversations.history({ channel, limit: HISTORY_LOOKBACK, include_all_metadata: true });
    const keys = (history.messages ?? []).map((message) =>
      message.metadata?.event_type === NUDGE_EVENT_TYPE ? (message.metadata.event_payload as Record<string, unknown> | undefined)?.key : undefined,
    );
    return new Set(keys.filter((key): key is string => typeof key === 'string'));
  }
}

/** A call not made because Slack asked Rapport to wait: the delivery waits too. */
class PausedError extends Error {
  constructor(
    method: string,
    readonly retryAfterMs: number,
  ) {
    super(`${method} is rate limited for another ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/**
 * What a failed Slack call means for a delivery. An `ok: false` answer or a 429 means Slack
 * posted nothing; anything else (a timeout, a 5xx, a dropped connection) may have followed a
 * post Slack made, so `maybeSent` is true unless nothing could have been sent. Slack was
 * `unreachable` when the request got no answer or a 5xx, or Slack said it is failing.
 */
export function deliveryFailure(error: unknown, sentBefore = true): DeliveryOutcome {
  const wait = error instanceof PausedError ? error.retryAfterMs : retryAfterMs(error);
  if (wait !== undefined)
    return { ok: false, permanent: false, reason: `slack: rate limited for ${Math.ceil(wait / 1000)} s`, retryAfterMs: wait, maybeSent: sentBefore };
  const code = slackErrorCode(error);
  if (code !== undefined)
    return {
      ok: false,
      permanent: PERMANENT_ERRORS.has(code),
      reason: `slack: ${code}`,
      maybeSent: sentBefore,
      ...(OUTAGE_ERRORS.has(code) ? { unreachable: true } : {}),
    };
  return {
    ok: false,
    permanent: false,
    reason: error instanceof Error ? error.message : String(error),
    maybeSent: true,
    ...(slackUnreachable(error) ? { unreachable: true } : {}),
  };
}
