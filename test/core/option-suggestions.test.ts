import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/core/command.js';
import { textOption } from '../../src/core/options.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import { matchingOptions } from '../../src/core/suggest.js';
import { COMMANDS } from '../../commands/index.js';
import { Harness } from '../support/harness.js';

const failing = defineCommand({
  name: 'fragile',
  description: 'Has a suggester that fails',
  examples: ['/fragile x'],
  options: {
    thing: textOption({
      description: 'A thing',
      positional: true,
      suggest: () => Promise.reject(new Error('database down')),
    }),
  },
  run: () => ephemeral(text('ok')),
});
const secret = defineCommand({
  name: 'secret',
  description: 'Advisors only',
  role: 'advisor',
  examples: ['/secret x'],
  options: { thing: textOption({ description: 'A thing', positional: true, suggest: () => Promise.resolve([{ label: 'hidden', value: 'hidden' }]) }) },
  run: () => ephemeral(text('ok')),
});

describe('matchingOptions', () => {
  it('keeps options whose label contains what was typed, those starting with it first', () => {
    const options = ['Sam Ortiz', 'Dana Lee', 'Adam Samson'].map((name) => ({ label: name, value: name }));
    expect(matchingOptions(options, 'sam').map((option) => option.value)).toEqual(['Sam Ortiz', 'Adam Samson']);
    expect(matchingOptions(options, '  ')).toEqual(options);
  });
});

describe('Dispatcher.suggest', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ commands: [...COMMANDS, failing, secret] });
  });
  afterEach(async () => {
    await harness.close();
  });

  const suggest = (
    userId: string,
    command: string,
    subcommand: string | undefined,
    option: string,
    typed: string,
    roles: ('member' | 'advisor')[] = ['member'],
  ) => {
    const { actor, conversation } = harness.as(userId, roles);
    return harness.dispatcher.suggest({ actor, conversation }, { command, ...(subcommand === undefined ? {} : { subcommand }), option, typed });
  };

  it("suggests the student's own contacts, reminders and saved plans as they type", async () => {
    const ana = harness.as('ana');
    await ana.send('/log add "Dana Lee"');
    await ana.send('/log add "Sam Ortiz"');
    await ana.send('/remind "call back Sam" tomorrow 9am');
    await ana.send('/questions occupation nurse');
    await ana.send('/questions save');
    await harness.as('bo').send('/log add "Dana Smith"');
    expect(await suggest('ana', 'log', 'show', 'contact', 'da')).toEqual([{ label: 'Dana Lee', value: 'Dana Lee' }]);
    expect(await suggest('ana', 'log', 'interview', 'contact', '')).toHaveLength(2);
    expect(await suggest('ana', 'remind', 'cancel', 'number', '')).toEqual([{ label: '#1 call back Sam', value: '1' }]);
    expect(await suggest('ana', 'questions', 'export', 'number', 'nur')).toEqual([{ label: '1. nurse', value: '1' }]);
  });

  it('suggests nothing for an option without a suggester, an unknown command, or a role the person lacks', async () => {
    expect(await suggest('ana', 'questions', 'plan', 'subject', 'nu')).toEqual([]);
    expect(await suggest('ana', 'nope', undefined, 'x', '')).toEqual([]);
    expect(await suggest('ana', 'secret', undefined, 'thing', '')).toEqual([]);
    expect(await suggest('ana', 'secret', undefined, 'thing', '', ['member', 'advisor'])).toEqual([{ label: 'hidden', value: 'hidden' }]);
  });

  it('never throws: a failing suggester is logged and suggests nothing', async () => {
    expect(await suggest('ana', 'fragile', undefined, 'thing', 'x')).toEqual([]);
    expect(harness.logs().some((line) => line.msg === 'suggestions failed')).toBe(true);
  });
});
