import type { Reply } from '../core/reply.js';
import type { Recipient } from '../storage/reminder-repository.js';

/** How a delivery went. A permanent failure (the person left, DMs closed) is never retried. */
export type DeliveryOutcome =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly permanent: boolean;
      readonly reason: string;
      /** What to tell the person next time, when the platform knows better than the default (how to open DMs). */
      readonly notice?: string;
    };

/**
 * Sends replies to one person as a direct message: each platform adapter provides one (the
 * console prints; Slack and Discord open a DM). The idempotency key is the same for every
 * attempt at the same delivery, so a platform that can deduplicate (Discord's nonce) does.
 */
export interface DirectMessenger {
  deliver(recipient: Recipient, replies: readonly Reply[], idempotencyKey: string): Promise<DeliveryOutcome>;
}
