import { describe, expect, it } from 'vitest';
import { discordCommands } from '../../adapters/discord/invocation.render.js';
import { briefUsageRef, commandRef, optionRef, optionUsageRef, syntaxRef, usageRef, writeCommandRefs } from '../../src/core/command-ref.js';
import { createRegistry } from '../../src/core/registry.js';
import { textParts, unmarked } from '../../src/core/user-text.js';
import { DISCORD_COMMANDS } from '../support/command-writers.js';
import { SAMPLE_COMMANDS } from '../support/sample-commands.js';

const registry = createRegistry(SAMPLE_COMMANDS);
const discord = discordCommands(registry, (name) => (name === 'demo' ? '111' : undefined));
const shown = (text: string): string => unmarked(writeCommandRefs(text, discord));

describe('commands as Discord writes them', () => {
  it('writes a slash command with named options, the subcommand always, required options first', () => {
    expect(shown(`\`${commandRef('demo', 'greet', { from: 'ben', loud: true, name: 'Zoë Martin' })}\``)).toBe(
      '`/demo greet name:Zoë Martin loud:True from:ben`',
    );
    expect(shown(`\`${commandRef('demo', undefined, { minutes: 30, target: 'occupation', subject: 'nurse', focus: ['skills', 'culture'] })}\``)).toBe(
      '`/demo plan target:occupation subject:nurse minutes:30 focus:skills, culture`',
    );
    expect(shown(commandRef('help', undefined, { command: 'demo' }))).toBe('/help command:demo');
  });

  it('keeps what the student typed marked as typed', () => {
    expect(textParts(writeCommandRefs(`\`${commandRef('demo', 'greet', { name: '*Zoë*' })}\``, discord))).toEqual([
      { written: false, text: '`/demo greet name:' },
      { written: true, text: '*Zoë*' },
      { written: false, text: '`' },
    ]);
  });

  it('mentions a registered command it knows the id of when nothing is given and markup shows, never inside code', () => {
    expect(shown(`Run ${commandRef('demo', 'boom')}.`)).toBe('Run </demo boom:111>.');
    expect(shown(`Run \`${commandRef('demo', 'boom')}\`.`)).toBe('Run `/demo boom`.');
    expect(shown(`Run ${commandRef('help')}.`)).toBe('Run /help.');
  });

  it('writes usage lines, a subcommand in brief and options as fields, never as --flags', () => {
    expect(shown(usageRef('demo', 'greet'))).toBe('/demo greet name:<name> [loud:True] [note:<note>] [from:@person]');
    expect(shown(briefUsageRef('demo', 'greet'))).toBe('/demo greet name:<name> [options]');
    expect(shown(optionRef('demo', 'greet', 'note'))).toBe('`note`');
    expect(shown(`\`${optionUsageRef('demo', 'plan', 'focus')}\``)).toBe('`focus:<skills|culture>`');
    const all = [usageRef('demo'), briefUsageRef('demo', 'plan'), optionRef('demo', 'plan', 'minutes'), syntaxRef()].map(shown).join('\n');
    expect(all).not.toMatch(/(^|\s|`)--[a-z]/);
  });

  it('writes an option given as numbered fields (texts that may hold commas) as one field per value, and its usage as the numbered fields', () => {
    const onDiscord = (text: string): string => unmarked(writeCommandRefs(text, DISCORD_COMMANDS));
    const assign = commandRef('cohort', 'assign', {
      title: 'Explore a career',
      interviews: 3,
      due: '2027-02-15',
      prompt: ['What surprised you, and why?', 'What next?'],
    });
    expect(onDiscord(assign)).toBe('/cohort assign title:Explore a career interviews:3 due:2027-02-15 prompt1:What surprised you, and why? prompt2:What next?');
    expect(onDiscord(usageRef('cohort', 'assign'))).toMatch(/ prompt1:\S+ \[prompt2\.\.\.prompt5\]/);
  });
});
