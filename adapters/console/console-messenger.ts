import type { Reply } from '../../src/core/reply.js';
import type { DeliveryOutcome, DirectMessenger } from '../../src/core/direct-messenger.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import type { ConsoleSession } from './console-session.js';

/**
 * Delivers nudges on the console: prints them as a direct message to the person, numbering
 * their buttons for `/press` when that person is the one speaking.
 */
export class ConsoleMessenger implements DirectMessenger {
  readonly platformName = 'The console';
  constructor(
    private readonly session: ConsoleSession,
    private readonly write: (text: string) => void,
  ) {}

  deliver(recipient: Recipient, replies: readonly Reply[]): Promise<DeliveryOutcome> {
    this.write(this.session.showDirect(recipient.userId, replies));
    return Promise.resolve({ ok: true });
  }
}
