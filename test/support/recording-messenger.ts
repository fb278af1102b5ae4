import type { Reply } from '../../src/core/reply.js';
import type { DeliveryOutcome, DirectMessenger } from '../../src/core/direct-messenger.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';

/** One direct message a test messenger received. */
export interface RecordedDelivery {
  readonly userId: string;
  readonly replies: readonly Reply[];
  readonly idempotencyKey: string;
}

/**
 * A direct messenger for tests: records every delivery, and can be told to fail the next ones
 * (for a while, or for good) to exercise retries and undeliverable nudges.
 */
export class RecordingMessenger implements DirectMessenger {
  readonly platformName = 'The test inbox';
  readonly deliveries: RecordedDelivery[] = [];
  readonly attempts: RecordedDelivery[] = [];
  private failures: { remaining: number; permanent: boolean; notice?: string } | undefined;

  /** Fails the next `times` deliveries (transient), or every one from now on (permanent). */
  failNext(times: number, permanent = false, notice?: string): void {
    this.failures = { remaining: times, permanent, ...(notice === undefined ? {} : { notice }) };
  }

  deliver(recipient: Recipient, replies: readonly Reply[], idempotencyKey: string): Promise<DeliveryOutcome> {
    const delivery = { userId: recipient.userId, replies, idempotencyKey };
    this.attempts.push(delivery);
    if (this.failures !== undefined && this.failures.remaining > 0) {
      this.failures.remaining--;
      const { permanent, notice } = this.failures;
      return Promise.resolve({
        ok: false,
        permanent,
        reason: permanent ? 'user has closed DMs' : 'platform timeout',
        ...(notice === undefined ? {} : { notice }),
      });
    }
    this.deliveries.push(delivery);
    return Promise.resolve({ ok: true });
  }

  /** The deliveries to one person. */
  to(userId: string): RecordedDelivery[] {
    return this.deliveries.filter((delivery) => delivery.userId === userId);
  }
}
