import type { Reply } from '../../src/core/reply.js';
import type { DeliveryOutcome, DirectMessenger } from '../../src/scheduler/direct-messenger.js';
import type { Recipient } from '../../src/storage/reminder-repository.js';
import type { ReplySender } from './reply-sender.js';
import { slackErrorCode } from './web-api.js';

/**
 * Slack's answers that mean a direct message can never reach the person: they left or were
 * deactivated, the id is a bot's, or the conversation is gone. Anything else (rate limits that
 * outlast a wait, Slack being down) is worth another try later.
 * @see https://docs.slack.dev/reference/methods/conversations.open#errors
 * @see https://docs.slack.dev/reference/methods/chat.postMessage#errors
 */
const PERMANENT_ERRORS = new Set(['user_not_found', 'user_not_visible', 'account_inactive', 'user_disabled', 'cannot_dm_bot', 'channel_not_found', 'is_archived', 'not_in_channel', 'messages_tab_disabled']);

/**
 * Delivers nudges as Slack direct messages, buttons and all. Slack's chat.postMessage has no
 * idempotency key, so a delivery repeated after a crash (rare: the scheduler records deliveries
 * every few messages) arrives twice; its buttons act once.
 */
export class SlackMessenger implements DirectMessenger {
  constructor(
    private readonly sender: ReplySender,
    private readonly teamId: string,
    private readonly afterDelivery: (recipient: Recipient) => void,
  ) {}

  async deliver(recipient: Recipient, replies: readonly Reply[]): Promise<DeliveryOutcome> {
    if (recipient.tenant.workspaceId !== this.teamId) {
      return { ok: false, permanent: true, reason: `workspace ${recipient.tenant.workspaceId} is not the one this bot token serves (${this.teamId})` };
    }
    try {
      await this.sender.directMessage(recipient.userId, replies);
    } catch (error) {
      return deliveryFailure(error);
    }
    this.afterDelivery(recipient);
    return { ok: true };
  }
}

/** What a failed Slack call means for a delivery. */
export function deliveryFailure(error: unknown): DeliveryOutcome {
  const code = slackErrorCode(error);
  if (code !== undefined) return { ok: false, permanent: PERMANENT_ERRORS.has(code), reason: `slack: ${code}` };
  return { ok: false, permanent: false, reason: error instanceof Error ? error.message : String(error) };
}
