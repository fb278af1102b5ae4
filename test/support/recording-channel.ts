import type { Conversation } from '../../src/core/identity.js';
import type { Reply } from '../../src/core/reply.js';
import type { ChannelMessenger } from '../../src/core/channel-messenger.js';
import type { DeliveryOutcome } from '../../src/core/direct-messenger.js';

/** One channel post a test messenger received. */
export interface RecordedPost {
  readonly channelId: string;
  readonly message: Reply;
  readonly thread: readonly Reply[];
  readonly idempotencyKey: string;
}

/** A channel messenger for tests: records every post (the weekly digests). */
export class RecordingChannel implements ChannelMessenger {
  readonly posts: RecordedPost[] = [];

  post(conversation: Conversation, message: Reply, thread: readonly Reply[], idempotencyKey: string): Promise<DeliveryOutcome> {
    this.posts.push({ channelId: conversation.channelId, message, thread, idempotencyKey });
    return Promise.resolve({ ok: true });
  }
}
