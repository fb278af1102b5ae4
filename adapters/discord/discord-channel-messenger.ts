import { ChannelType, ThreadAutoArchiveDuration, type Client } from 'discord.js';
import type { Conversation } from '../../src/core/identity.js';
import type { Reply } from '../../src/core/reply.js';
import type { ChannelMessenger } from '../../src/core/channel-messenger.js';
import type { DeliveryOutcome } from '../../src/core/direct-messenger.js';
import { deliveryFailure, sendOnceOptions } from './discord-messenger.js';
import type { ReplyMessages } from './reply-messages.js';

/**
 * The name of a digest's thread, from the day its message was posted (UTC, as a thread name
 * cannot show each reader's own date): well within Discord's 100 characters.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message-json-params
 */
export function threadName(postedAt: Date): string {
  return `Weekly digest – ${postedAt.toISOString().slice(0, 10)}`;
}

/**
 * Posts a message in a server channel with its thread (a cohort's weekly digest): the message,
 * then a public thread started on it, then each thread reply in that thread. Every message
 * carries a nonce derived from the post's idempotency key with `enforce_nonce`, as the DM
 * messenger's do. The thread stays open a week, until the next digest. Rapport needs Send
 * Messages, Embed Links, Create Public Threads and Send Messages in Threads in the channel; a
 * refusal is mapped to a delivery outcome like a DM's.
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
 */
export class DiscordChannelMessenger implements ChannelMessenger {
  constructor(
    private readonly client: Client,
    private readonly messages: ReplyMessages,
  ) {}

  async post(conversation: Conversation, message: Reply, thread: readonly Reply[], idempotencyKey: string): Promise<DeliveryOutcome> {
    try {
      const channel = await this.client.channels.fetch(conversation.channelId);
      if (channel?.type !== ChannelType.GuildText && channel?.type !== ChannelType.GuildAnnouncement) {
        return {
          ok: false,
          permanent: true,
          reason: `channel ${conversation.channelId} is not a server text or announcement channel, where a thread can start: create the cohort again in a text channel`,
        };
      }
      // Everyone in the channel reads the post: no one person is its audience.
      const [first, ...rest] = this.messages.render([message, ...thread], { tenant: conversation.tenant, userId: '', direct: false });
      if (first === undefined) return { ok: true };
      const posted = await channel.send(sendOnceOptions(first, idempotencyKey, 0));
      if (rest.length === 0) return { ok: true };
      const replies = await posted.startThread({ name: threadName(posted.createdAt), autoArchiveDuration: ThreadAutoArchiveDuration.OneWeek });
      for (const [index, reply] of rest.entries()) {
        await replies.send(sendOnceOptions(reply, idempotencyKey, index + 1));
      }
      return { ok: true };
    } catch (error) {
      return deliveryFailure(error);
    }
  }
}
