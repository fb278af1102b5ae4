import type { Conversation } from './identity.js';
import type { Reply } from './reply.js';
import type { DeliveryOutcome } from './direct-messenger.js';

/**
 * Posts a message in a channel with replies threaded under it: the weekly cohort digest. Each
 * platform adapter provides one (the console prints; Slack posts and replies with `thread_ts`;
 * Discord posts and starts a thread on the message). The idempotency key is the same for every
 * attempt at the same post, so a platform that can deduplicate (Discord's nonce) does.
 */
export interface ChannelMessenger {
  post(conversation: Conversation, message: Reply, thread: readonly Reply[], idempotencyKey: string): Promise<DeliveryOutcome>;
}

/** A digest ready to post: the channel message and its thread, what {@link ChannelMessenger.post} is given. */
export interface DigestPost {
  readonly message: Reply;
  readonly thread: readonly Reply[];
}
