import type { webApi } from '@slack/bolt';
import type { Conversation } from '../../src/core/identity.js';
import type { Reply } from '../../src/core/reply.js';
import type { ChannelMessenger } from '../../src/scheduler/channel-messenger.js';
import type { DeliveryOutcome } from '../../src/scheduler/direct-messenger.js';
import { deliveryFailure } from './slack-messenger.js';
import { renderReply } from './slack.render.js';

/**
 * Posts a message in a channel with its thread (a cohort's weekly digest): the message with
 * chat.postMessage, then each thread reply with the message's `thread_ts`. Rapport must be a
 * member of the channel (/invite @Rapport): the app does not ask for chat:write.public.
 * @see https://docs.slack.dev/messaging/#threading
 */
export class SlackChannelMessenger implements ChannelMessenger {
  constructor(private readonly client: webApi.WebClient) {}

  async post(conversation: Conversation, message: Reply, thread: readonly Reply[]): Promise<DeliveryOutcome> {
    const channel = conversation.channelId;
    try {
      const [first, ...rest] = [message, ...thread].flatMap(renderReply);
      if (first === undefined) return { ok: true };
      const posted = await this.client.chat.postMessage({ channel, text: first.text, blocks: first.blocks });
      for (const reply of rest) {
        await this.client.chat.postMessage({ channel, text: reply.text, blocks: reply.blocks, ...(posted.ts === undefined ? {} : { thread_ts: posted.ts }) });
      }
      return { ok: true };
    } catch (error) {
      return deliveryFailure(error);
    }
  }
}
