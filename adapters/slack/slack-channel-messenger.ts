import type { CommandWriter } from '../../src/core/command-ref.js';
import type { webApi } from '@slack/bolt';
import type { Conversation } from '../../src/core/identity.js';
import type { Reply } from '../../src/core/reply.js';
import type { ChannelMessenger } from '../../src/core/channel-messenger.js';
import type { DeliveryOutcome } from '../../src/core/direct-messenger.js';
import { deliveryFailure } from './slack-messenger.js';
import { renderReply } from './slack.render.js';
import { replyFiles, uploadFiles } from './file-upload.js';

/**
 * Posts a message in a channel with its thread (a cohort's weekly digest): the message with
 * chat.postMessage, then each thread reply with the message's `thread_ts`, its files (the chart)
 * uploaded into the thread after its reply's text. Rapport must be a
 * member of the channel (/invite @Rapport): the app does not ask for chat:write.public.
 * @see https://docs.slack.dev/messaging/#threading
 */
export class SlackChannelMessenger implements ChannelMessenger {
  constructor(
    private readonly client: webApi.WebClient,
    /** Writes the commands replies name, with Slack's command names. */
    private readonly commands: CommandWriter,
  ) {}

  async post(conversation: Conversation, message: Reply, thread: readonly Reply[]): Promise<DeliveryOutcome> {
    const channel = conversation.channelId;
    try {
      const [first, ...rest] = renderReply(message, this.commands);
      if (first === undefined) return { ok: true };
      const posted = await this.client.chat.postMessage({ channel, text: first.text, blocks: first.blocks });
      const threadTs = posted.ts;
      const inThread = threadTs === undefined ? {} : { thread_ts: threadTs };
      for (const reply of rest) await this.client.chat.postMessage({ channel, text: reply.text, blocks: reply.blocks, ...inThread });
      for (const reply of thread) {
        for (const part of renderReply(reply, this.commands))
          await this.client.chat.postMessage({ channel, text: part.text, blocks: part.blocks, ...inThread });
        await uploadFiles(this.client, replyFiles(reply), { channelId: channel, ...(threadTs === undefined ? {} : { threadTs }) });
      }
      return { ok: true };
    } catch (error) {
      return deliveryFailure(error);
    }
  }
}
