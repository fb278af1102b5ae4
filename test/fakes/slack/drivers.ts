import type { SignedSender } from './signed-requests.js';
import type { SlackFake } from './slack-fake.js';

/** How requests reach the app under test: signed HTTP requests, or Socket Mode envelopes. */
export interface SlackDriver {
  readonly transport: 'http' | 'socket-mode';
  /** Sends a slash command; resolves with the acknowledgement's body ('' when empty). */
  command(fields: Readonly<Record<string, string>>): Promise<unknown>;
  /** Sends a block_actions or view_submission payload; resolves with the acknowledgement's body. */
  interaction(payload: unknown): Promise<unknown>;
  /** Sends an Events API callback, as a retry when `retryNum` is given. */
  event(body: unknown, retryNum?: number): Promise<void>;
}

/** Sends signed HTTP requests, expecting 200 for each. */
export function httpDriver(sender: SignedSender): SlackDriver {
  const acknowledged = (sent: { status: number; text: string }): unknown => {
    if (sent.status !== 200) throw new Error(`The app answered HTTP ${sent.status}: ${sent.text}`);
    return sent.text === '' ? '' : (JSON.parse(sent.text) as unknown);
  };
  return {
    transport: 'http',
    command: async (fields) => acknowledged(await sender.slashCommand(fields)),
    interaction: async (payload) => acknowledged(await sender.interaction(payload)),
    event: async (body, retryNum) => {
      acknowledged(await sender.event(body, retryNum === undefined ? {} : { retryNum }));
    },
  };
}

/** Sends Socket Mode envelopes through the fake, waiting for each acknowledgement. */
export function socketDriver(fake: SlackFake): SlackDriver {
  const body = (ack: unknown): unknown => (typeof ack === 'object' && ack !== null && Object.keys(ack).length === 0 ? '' : ack);
  return {
    transport: 'socket-mode',
    command: async (fields) => body(await fake.sendEnvelope('slash_commands', fields)),
    interaction: async (payload) => body(await fake.sendEnvelope('interactive', payload)),
    event: async (callback, retryNum) => {
      await fake.sendEnvelope('events_api', callback, retryNum === undefined ? undefined : { attempt: retryNum, reason: 'timeout' });
    },
  };
}
