import { describe, expect, it } from 'vitest';
import { commandRef, writeCommandsIn } from '../../src/core/command-ref.js';
import { userErrorReply } from '../../src/core/error-replies.js';
import { UserError } from '../../src/core/errors.js';
import { DISCORD_COMMANDS, SLACK_COMMANDS } from '../support/command-writers.js';

describe('userErrorReply', () => {
  const error = new UserError(
    'bad-input',
    `Pick a time that ${commandRef('remind')} understands.`,
    `See ${commandRef('remind', 'list')}.`,
    commandRef('remind', undefined, { reminder: '"call Dana" tomorrow 9am' }),
    'reminder',
  );

  it('carries the commands it names as values, which each platform writes, the field error beside a form field included', () => {
    const onSlack = writeCommandsIn(userErrorReply(error), SLACK_COMMANDS);
    expect(onSlack.fieldErrors).toEqual({ reminder: 'Pick a time that /nudge understands.' });
    const shown = JSON.stringify(onSlack.blocks);
    expect(shown).toContain('See /nudge list.');
    expect(shown).toContain('Example: `/nudge');
    expect(shown).not.toContain('/remind');
  });

  it("writes the example with Discord's fields there", () => {
    const onDiscord = JSON.stringify(writeCommandsIn(userErrorReply(error), DISCORD_COMMANDS).blocks);
    expect(onDiscord).toContain('Example: `/remind set reminder:');
    expect(onDiscord).not.toMatch(/(^|\s)--[a-z]/);
  });
});
