import { createRegistry } from '../../src/core/registry.js';
import { typedCommands } from '../../src/core/typed-invocation.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { SAMPLE_COMMANDS } from '../support/sample-commands.js';
import { TEST_TENANT } from '../support/harness.js';

describe('Dispatcher', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ commands: SAMPLE_COMMANDS });
  });
  afterEach(() => harness.close());

  describe('parsing and validation', () => {
    it('binds positional words, a rest option, flags, defaults and repeated flags', async () => {
      const replies = await harness.as('ana').send('/demo occupation graphic designer --minutes 30 --focus skills --focus culture');
      expect(replies.text).toContain('plan occupation [graphic designer] 30min focus=skills+culture by ana');
      const defaults = await harness.as('ana').send('/demo program "MSc Data Science"');
      expect(defaults.text).toContain('plan program [MSc Data Science] 15min focus=none');
    });

    it('keeps line breaks in free text that takes the remaining words', async () => {
      const replies = await harness.as('ana').send('/demo occupation first line\nsecond line');
      expect(replies.text).toContain('[first line\nsecond line]');
    });

    it('joins free text with spaces when an option sits in the middle', async () => {
      const replies = await harness.as('ana').send('/demo occupation graphic --minutes 20 designer');
      expect(replies.text).toContain('[graphic designer] 20min');
    });

    it('accepts choices in any case', async () => {
      expect((await harness.as('ana').send('/demo Occupation nurse')).text).toContain('plan occupation [nurse]');
    });

    it('suggests the nearest choice for a typo, with an example', async () => {
      const replies = await harness.as('ana').send('/demo ocupation nurse');
      expect(replies.text).toMatch(/did you mean occupation\?/);
      expect(replies.text).toContain('Example: `/demo occupation "graphic designer" --minutes 30`');
      expect(replies.list[0]?.visibility).toBe('ephemeral');
    });

    it('says what a missing positional is, with the usage line', async () => {
      const replies = await harness.as('ana').send('/demo occupation');
      expect(replies.text).toContain('Please give the subject');
      expect(replies.text).toContain('Usage: /demo [plan] <occupation|industry|organization|program> <subject...> [--minutes N]');
    });

    it('refuses out-of-range numbers and says the range', async () => {
      const replies = await harness.as('ana').send('/demo occupation nurse --minutes 200');
      expect(replies.text).toContain('--minutes must be a whole number from 5 to 90');
      expect((await harness.as('ana').send('/demo occupation nurse --minutes soon')).text).toContain('from 5 to 90');
    });

    it('refuses text over its limit and says the limit', async () => {
      const replies = await harness.as('ana').send(`/demo occupation ${'x'.repeat(101)}`);
      expect(replies.text).toContain('is 101 characters long; the limit is 100');
    });

    it('suggests the nearest flag for an unknown one', async () => {
      const replies = await harness.as('ana').send('/demo occupation nurse --minuts 20');
      expect(replies.text).toContain('There is no --minuts option here: did you mean --minutes?');
    });

    it('refuses a flag without its value, and a flag given twice', async () => {
      expect((await harness.as('ana').send('/demo occupation nurse --minutes')).text).toContain('--minutes needs a value');
      expect((await harness.as('ana').send('/demo greet x --note a --note b')).text).toContain('--note is given twice');
    });

    it('refuses extra words a command does not take', async () => {
      const replies = await harness.as('ana').send('/demo greet Dana Lee');
      expect(replies.text).toContain('I did not expect "Lee" here');
      expect(replies.text).toContain('double quotes');
    });

    it('reads a person as their id: from a mention the adapters made a person token, or from a name', async () => {
      expect((await harness.as('ana').send('/demo greet Sam --from <u:U123>')).text).toContain('hello [Sam] from id U123');
      expect((await harness.as('ana').send('/demo greet Sam --from @ben')).text).toContain('hello [Sam] from id ben');
      expect((await harness.as('ana').send('/demo greet Sam --from ""')).text).toContain('--from cannot be empty');
    });

    it('reads boolean flags and named subcommands', async () => {
      const replies = await harness.as('ana').send('/demo greet "Dana Lee" --loud');
      expect(replies.text).toContain('HELLO [Dana Lee]');
      expect(replies.list[0]?.visibility).toBe('public');
    });

    it('validates values a platform already parsed (Discord) with the same rules', async () => {
      const ok = await harness
        .as('ana')
        .dispatch({ kind: 'structured-command', command: 'demo', subcommand: 'plan', values: { target: 'industry', subject: 'fintech', minutes: 20 } });
      expect(ok.text).toContain('plan industry [fintech] 20min');
      const bad = await harness
        .as('ana')
        .dispatch({ kind: 'structured-command', command: 'demo', subcommand: 'plan', values: { target: 'industry', subject: 'fintech', minutes: 2 } });
      expect(bad.text).toContain('from 5 to 90');
    });
  });

  describe('errors', () => {
    it('suggests the closest command for an unknown one', async () => {
      const replies = await harness.as('ana').send('/helpp');
      expect(replies.text).toContain('There is no /helpp command: did you mean /help?');
    });

    it('names the platform spelling of commands in suggestions', async () => {
      const slack = await Harness.create({
        commands: SAMPLE_COMMANDS,
        commandWriter: typedCommands(createRegistry(SAMPLE_COMMANDS), (name) => (name === 'demo' ? '/rapport-demo' : `/${name}`)),
      });
      const replies = await slack.as('ana').send('/demo ocupation nurse');
      expect(replies.text).toContain('Example: `/rapport-demo occupation');
      await slack.close();
    });

    it('shows a user error as it is, with what to do and an example', async () => {
      const replies = await harness.as('ana').send('/demo refuse');
      expect(replies.text).toContain('That cannot be done today.');
      expect(replies.text).toContain('Try again tomorrow.');
      expect(replies.text).toContain('Example: `/demo refuse`');
    });

    it('logs an unexpected failure with an error id and apologises quoting the id, without internals', async () => {
      const replies = await harness.as('ana').send('/demo boom');
      const id = /E-[0-9A-F]{8}/.exec(replies.text)?.[0];
      expect(id).toBeDefined();
      expect(replies.text).not.toContain('kaboom');
      const logged = harness.logs().find((line) => line.errorId === id);
      expect(logged?.msg).toBe('handler failed');
      expect(JSON.stringify(logged)).toContain('kaboom');
      // The dispatcher keeps serving after a failure.
      expect((await harness.as('ana').send('/demo greet Sam')).text).toContain('hello [Sam]');
    });

    it('refuses an advisor subcommand to a member, and allows it to an advisor', async () => {
      expect((await harness.as('ana').send('/demo secret')).text).toContain('Only advisors can do that with /demo');
      expect((await harness.as('lee', ['member', 'advisor']).send('/demo secret')).text).toContain('the secret');
    });
  });

  describe('actions, forms and messages', () => {
    it('routes a button press back to its command with its payload', async () => {
      const plan = await harness.as('ana').send('/demo program nursing');
      expect((await harness.as('ana').press(plan, 'Save')).text).toContain('saved program');
    });

    it('routes a form submission with its values', async () => {
      const plan = await harness.as('ana').send('/demo program nursing');
      const edit = await harness.as('ana').press(plan, 'Edit');
      expect(edit.form().fields.map((field) => field.name)).toEqual(['name', 'stage', 'note']);
      const submitted = await harness.as('ana').submit(edit, { name: 'Dana', stage: 'scheduled' });
      expect(submitted.text).toContain('submitted {"name":"Dana","stage":"scheduled"}');
    });

    it('names the field at fault when a submitted value breaks its option rules, so a modal can show it inline', async () => {
      expect((await harness.as('ana').send('/demo refuse')).list[0]?.fieldErrors).toBeUndefined();
      const log = await Harness.create();
      try {
        const values = { contact: 'Dana Lee', learned: 'x'.repeat(3000) };
        const refused = await log.as('ana').dispatch({ kind: 'action', action: { command: 'log', action: 'interview-submit' }, values });
        expect(refused.list[0]?.fieldErrors).toEqual({ learned: expect.stringContaining('the limit is') as unknown });
        expect(refused.text).toContain('the limit is');
      } finally {
        await log.close();
      }
    });

    it('routes a menu choice', async () => {
      const menu = await harness.as('ana').dispatch({ kind: 'action', action: { command: 'demo', action: 'menu' } });
      expect((await harness.as('ana').choose(menu, 'Choose a stage', 'scheduled')).text).toContain('picked scheduled');
    });

    it('checks the role of an action on the server side', async () => {
      const forged = await harness.as('ana').dispatch({ kind: 'action', action: { command: 'demo', action: 'admin' } });
      expect(forged.text).toContain('Only advisors');
    });

    it('answers a stale or unknown action clearly', async () => {
      const replies = await harness.as('ana').dispatch({ kind: 'action', action: { command: 'demo', action: 'gone' } });
      expect(replies.text).toContain('That button no longer does anything.');
    });

    it('offers plain messages to commands, and explains when none takes it', async () => {
      expect((await harness.as('ana').send('echo hi there')).text).toContain('hi there');
      expect((await harness.as('ana').send('hello?')).text).toContain('I only understand commands here.');
    });
  });

  it('records each person it meets, scoped by tenant', async () => {
    harness.clock.advance(60_000);
    await harness.as('ana').send('/help');
    const profile = await harness.services.users.find(TEST_TENANT, 'ana');
    expect(profile?.lastActiveAt.toISOString()).toBe('2026-11-23T14:01:00.000Z');
    expect(await harness.services.users.find({ platform: 'slack', workspaceId: 'test' }, 'ana')).toBeUndefined();
  });
});
