import type { Reply } from './reply.js';
import type { Recipient } from '../domain/reminders/reminder-repository.js';

/**
 * How a delivery went. A permanent failure (the person left, DMs closed) is never retried; an
 * `unreachable` platform is waited out as an outage; a rate limit (`retryAfterMs`) is waited out
 * without counting as a failed attempt; `maybeSent` says the message may have arrived all the same (a timeout, a 5xx after the platform took the
 * request), so the next attempt checks before sending again.
 */
export type DeliveryOutcome =
  | {
      readonly ok: true;
      /** The person's DM channel, when the platform opened one the delivery was not given. */
      readonly dmChannelId?: string;
    }
  | {
      readonly ok: false;
      readonly permanent: boolean;
      readonly reason: string;
      /** What to tell the person next time, when the platform knows better than the default (how to open DMs). */
      readonly notice?: string;
      /** The platform asked to wait this long before trying that request again. */
      readonly retryAfterMs?: number;
      /**
       * The platform could not be reached (a timeout, a 5xx, a dropped connection): an outage,
       * waited out for hours without counting attempts, and never blamed on the person's settings.
       */
      readonly unreachable?: boolean;
      /** True when the message may have arrived; false when it surely did not; absent when the messenger cannot tell. */
      readonly maybeSent?: boolean;
      /** The person's DM channel, when it was opened before the failure. */
      readonly dmChannelId?: string;
    };

/** What a messenger knows of a delivery besides its replies and key. */
export interface DeliveryContext {
  /** The person's DM channel, if it was opened before (stored in the database). */
  readonly dmChannelId?: string;
  /** True when an earlier attempt at this delivery (same key) may have arrived: check before sending again. */
  readonly maybeSentBefore: boolean;
  /** No earlier attempt at this delivery was made before this time: the reminders' previous delivery, if they had one (a snooze). */
  readonly notBefore?: Date;
  /** Aborted when the delivery's time is up: requests still running should stop. */
  readonly signal: AbortSignal;
}

/**
 * Sends replies to one person as a direct message: each platform adapter provides one (the
 * console prints; Slack and Discord open a DM). The idempotency key is the same for every
 * attempt at the same delivery, so a platform that can deduplicate (Discord's nonce) does, and
 * one that cannot (Slack) can be asked whether a message with that key arrived.
 */
export interface DirectMessenger {
  /**
   * The platform's name as the people on it know it, written to open a sentence ("Slack could
   * not be reached…"): each adapter declares its own, the one place that name is written.
   */
  readonly platformName: string;
  deliver(recipient: Recipient, replies: readonly Reply[], idempotencyKey: string, context?: DeliveryContext): Promise<DeliveryOutcome>;
  /**
   * Opens (or finds) the person's DM channel and resolves with its id, ahead of a delivery; a
   * platform whose opens are worth moving out of a burst of deliveries provides it (Discord).
   */
  openChannel?(recipient: Recipient, signal: AbortSignal): Promise<string>;
}
