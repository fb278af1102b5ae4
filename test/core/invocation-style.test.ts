import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { invocationStyleOf } from '../../adapters/discord/invocation-style.js';
import { styledInvocation, styledOptionUsage, styledUsageLine } from '../../src/core/invocation-style.js';
import { createRegistry } from '../../src/core/registry.js';
import { Harness } from '../support/harness.js';

const registry = createRegistry(COMMANDS);
const canonical = (name: string): string => `/${name}`;
const onSlack = (name: string): string => (name === 'remind' ? '/nudge' : `/${name}`);

describe('invocation styles', () => {
  it('writes options as fields on Discord and as words elsewhere', () => {
    expect(invocationStyleOf('discord')).toBe('fields');
    expect(invocationStyleOf('slack')).toBe('words');
    expect(invocationStyleOf('console')).toBe('words');
  });

  it('writes a canonical example with fields: the subcommand written out, each option name:value, required ones first', () => {
    const fields = (example: string): string => styledInvocation(example, 'fields', registry, canonical);
    expect(fields('/questions occupation "graphic designer" --minutes 30 --focus skills --focus culture')).toBe('/questions plan kind:occupation subject:graphic designer minutes:30 focus:skills, culture');
    expect(fields('/cohort goal 3 --by 2026-12-18')).toBe('/cohort goal interviews:3 by:2026-12-18');
    expect(fields('/log add "Dana Lee" --role "UX designer" --org Shopify')).toBe('/log add contact:Dana Lee role:UX designer org:Shopify');
    expect(fields('/help questions')).toBe('/help command:questions');
    expect(fields('/cohort assign "Explore a career" --interviews 3 --due 2027-02-15 --prompt "What surprised you, and why?" --prompt "What next?"')).toBe(
      '/cohort assign title:Explore a career interviews:3 due:2027-02-15 prompt1:What surprised you, and why? prompt2:What next?',
    );
    expect(fields('/help')).toBe('/help');
  });

  it('keeps the words of what does not read as a command, and only renames commands in the words style', () => {
    expect(styledInvocation('/nosuch thing --x', 'fields', registry, canonical)).toBe('/nosuch thing --x');
    expect(styledInvocation('/questions occupation nurse --minutes', 'fields', registry, canonical)).toBe('/questions occupation nurse --minutes');
    expect(styledInvocation('/remind timezone America/Toronto', 'words', registry, onSlack)).toBe('/nudge timezone America/Toronto');
  });

  it('writes usage lines and options in either style', () => {
    const questions = registry.find('questions')!;
    expect(styledUsageLine('words', questions, 'plan', canonical)).toBe('/questions <occupation|industry|organization|program> <subject...> [--minutes N] [--focus <path|day-to-day|skills|conditions|rewards|entry|trends|culture|education|advice|resources>]... [--questions N]');
    expect(styledUsageLine('fields', questions, 'plan', canonical)).toBe('/questions plan kind:<occupation|industry|organization|program> subject:<subject> [minutes:N] [focus:<path|day-to-day|skills|conditions|rewards|entry|trends|culture|education|advice|resources>, ...] [questions:N]');
    const advisor = registry.find('cohort')!.subcommands.advisor!;
    expect(styledOptionUsage('fields', 'user', advisor.options.user!)).toBe('[user:@person]');
  });
});

describe('messages on Discord name commands as Discord writes them', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ invocationStyleFor: invocationStyleOf });
  });
  afterEach(() => harness.close());

  it('/help explains fields, not --flags, and shows usage and examples as fields', async () => {
    const onDiscord = harness.as('ana').on('discord');
    const overview = (await onDiscord.dispatch({ kind: 'structured-command', command: 'help', values: {} })).text;
    expect(overview).toContain('each option gets a field of its own');
    expect(overview).not.toContain('two dashes');
    expect(overview).toContain('`/help command:questions` shows everything one command can do.');
    const details = (await onDiscord.dispatch({ kind: 'structured-command', command: 'help', values: { command: 'questions' } })).text;
    expect(details).toContain('/questions plan kind:<occupation|industry|organization|program> subject:<subject> [options]');
    expect(details).toContain('`minutes:N`: ');
    expect(details).not.toMatch(/--minutes|--focus/);
    const onConsole = (await harness.as('ana').send('/help questions')).text;
    expect(onConsole).toContain('`--minutes N`');
    expect(onConsole).toContain('two dashes');
  });

  it('names a refused option as its field and gives the example as fields', async () => {
    const refused = (await harness.as('ana').on('discord').dispatch({ kind: 'structured-command', command: 'questions', subcommand: 'plan', values: { kind: 'occupation', subject: 'x'.repeat(101) } })).text;
    expect(refused).toContain('`subject` is 101 characters long; the limit is 100.');
    expect(refused).toMatch(/Usage: \/questions plan kind:<occupation\|industry\|organization\|program> subject:<subject>/);
    expect(refused).toMatch(/Example: `\/questions plan kind:\w+ subject:[^`]+`/);
    expect(refused).not.toContain('--');
  });
});
