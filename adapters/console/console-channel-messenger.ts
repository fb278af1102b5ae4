import type { Conversation } from '../../src/core/identity.js';
import type { Reply } from '../../src/core/reply.js';
import type { ChannelMessenger } from '../../src/core/channel-messenger.js';
import type { DeliveryOutcome } from '../../src/core/direct-messenger.js';
import { renderReply, type ConsoleStyle } from './console.render.js';

/** A channel post as terminal text: `📣 #fall:` and the message, then its thread indented beneath. */
export function renderChannelPost(channelId: string, message: Reply, thread: readonly Reply[], style: ConsoleStyle): string {
  const lines = [`📣 ${channelId}:`, renderReply(message, 1, style).text];
  for (const reply of thread) {
    lines.push(
      ...renderReply(reply, 1, style)
        .text.split('\n')
        .map((line) => `    │ ${line}`),
    );
  }
  return lines.join('\n');
}

/** Posts in a channel on the console: prints the message with its thread indented (the weekly cohort digest). */
export class ConsoleChannelMessenger implements ChannelMessenger {
  constructor(
    private readonly style: ConsoleStyle,
    private readonly write: (text: string) => void,
  ) {}

  post(conversation: Conversation, message: Reply, thread: readonly Reply[]): Promise<DeliveryOutcome> {
    this.write(renderChannelPost(conversation.channelId, message, thread, this.style));
    return Promise.resolve({ ok: true });
  }
}
