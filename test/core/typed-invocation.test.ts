import { describe, expect, it } from 'vitest';
import { briefUsageRef, commandRef, optionRef, optionUsageRef, syntaxRef, usageRef, writeCommandRefs } from '../../src/core/command-ref.js';
import { createRegistry } from '../../src/core/registry.js';
import { typedCommands } from '../../src/core/typed-invocation.js';
import { textParts, unmarked } from '../../src/core/user-text.js';
import { CONSOLE_COMMANDS, SLACK_COMMANDS } from '../support/command-writers.js';
import { SAMPLE_COMMANDS } from '../support/sample-commands.js';

const demo = typedCommands(createRegistry(SAMPLE_COMMANDS));
const shown = (text: string, writer = demo): string => unmarked(writeCommandRefs(text, writer));

describe('commands as typed (the console and Slack)', () => {
  it('writes the command, the subcommand, positional values quoted where they must be, then options in declared order', () => {
    expect(shown(commandRef('demo', 'greet', { from: 'ben', loud: true, name: 'Zoë Martin' }))).toBe('/demo greet "Zoë Martin" --loud --from ben');
    expect(shown(commandRef('demo', undefined, { target: 'occupation', subject: 'graphic designer', minutes: 30, focus: ['skills', 'culture'] }))).toBe(
      '/demo occupation "graphic designer" --minutes 30 --focus skills --focus culture',
    );
    expect(shown(commandRef('demo', 'greet', { name: 'say "hi"', loud: false }))).toBe('/demo greet "say \\"hi\\""');
  });

  it('keeps what the student typed marked as typed, so each platform escapes it', () => {
    const parts = textParts(writeCommandRefs(commandRef('log', 'thanked', { contact: '*Zoë*' }), CONSOLE_COMMANDS));
    expect(parts).toEqual([
      { written: false, text: '/log thanked ' },
      { written: true, text: '*Zoë*' },
    ]);
  });

  it('writes a value for the rest of the words that has quotes of its own as it is, so it reads back the same', () => {
    expect(shown(commandRef('remind', undefined, { reminder: '"call back Sam" tomorrow 9am' }), CONSOLE_COMMANDS)).toBe('/remind "call back Sam" tomorrow 9am');
  });

  it("uses Slack's names for the commands Slack renames", () => {
    expect(shown(commandRef('remind', 'list'), SLACK_COMMANDS)).toBe('/nudge list');
    expect(shown(`${commandRef('help')} lists every command`, SLACK_COMMANDS)).toBe('/rapport lists every command');
  });

  it('writes usage lines, a subcommand in brief, one option, and how to type at all', () => {
    expect(shown(usageRef('demo', 'greet'))).toBe('/demo greet <name> [--loud] [--note <note>] [--from <from>]');
    expect(shown(usageRef('demo'))).toBe('/demo [plan] <occupation|industry|organization|program> <subject...> [--minutes N] [--focus <skills|culture>]...');
    expect(shown(briefUsageRef('demo', 'greet'))).toBe('/demo greet <name> [options]');
    expect(shown(optionRef('demo', 'greet', 'note'))).toBe('--note');
    expect(shown(optionRef('demo', 'greet', 'name'))).toBe('<name>');
    expect(shown(optionUsageRef('demo', 'plan', 'focus'))).toBe('--focus <skills|culture>');
    expect(shown(syntaxRef())).toContain('Options start with two dashes');
  });
});
