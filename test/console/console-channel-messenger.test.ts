import { CONSOLE_COMMANDS } from '../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { ConsoleChannelMessenger, renderChannelPost } from '../../adapters/console/console-channel-messenger.js';
import { heading, publicReply, text } from '../../src/core/reply-builders.js';

describe('the console channel messenger', () => {
  const message = publicReply(heading('📣 fall: the week in numbers'), text('2 interviews this week.'));
  const thread = [publicReply(text('*Totals*')), publicReply(text('Tip: thank them within two days.'))];

  it('prints the channel, the message, and the thread indented beneath it', () => {
    expect(renderChannelPost('#fall', message, thread, { commands: CONSOLE_COMMANDS, ansi: false })).toBe(
      [
        '📣 #fall:',
        'rapport:',
        '## 📣 fall: the week in numbers',
        '2 interviews this week.',
        '    │ rapport:',
        '    │ Totals',
        '    │ rapport:',
        '    │ Tip: thank them within two days.',
      ].join('\n'),
    );
  });

  it('posts by writing that text', async () => {
    const written: string[] = [];
    const messenger = new ConsoleChannelMessenger({ commands: CONSOLE_COMMANDS, ansi: false }, (output) => written.push(output));
    const conversation = { tenant: { platform: 'console', workspaceId: 'local' }, channelId: '#fall', isDirect: false } as const;
    expect(await messenger.post(conversation, message, thread)).toEqual({ ok: true });
    expect(written[0]?.startsWith('📣 #fall:\nrapport:')).toBe(true);
  });
});
