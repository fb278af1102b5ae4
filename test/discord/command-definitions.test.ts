import { ApplicationCommandOptionType, InteractionContextType, type APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { applicationCommands } from '../../adapters/discord/command-definitions.js';
import { COMMANDS } from '../../commands/index.js';
import { defineCommand } from '../../src/core/command.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import { demoCommand } from '../support/sample-commands.js';

const generated = applicationCommands(COMMANDS);
const commandNamed = (name: string) => {
  const found = generated.find((command) => command.name === name);
  if (found === undefined) throw new Error(`No /${name}`);
  return found;
};
const subcommand = (command: string, name: string) => {
  const found = commandNamed(command).options?.find((option) => option.name === name);
  if (found?.type !== ApplicationCommandOptionType.Subcommand) throw new Error(`No /${command} ${name}`);
  return found.options ?? [];
};
const option = (options: readonly APIApplicationCommandOption[], name: string) => options.find((each) => each.name === name);

/** Every name, description and choice as Discord counts them toward a command's 8,000 characters. */
function characters(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + characters(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce(
    (sum, [key, item]) => sum + (['name', 'description', 'value'].includes(key) && typeof item === 'string' ? item.length : characters(item)),
    0,
  );
}

describe('applicationCommands', () => {
  it('makes one slash command per command, each within Discord limits', () => {
    expect(generated.map((command) => command.name)).toEqual(COMMANDS.map((command) => command.name));
    for (const command of generated) {
      expect(characters(command)).toBeLessThanOrEqual(8000);
      const top: readonly APIApplicationCommandOption[] = command.options ?? [];
      const all = [...top, ...top.flatMap((each) => (each.type === ApplicationCommandOptionType.Subcommand ? (each.options ?? []) : []))];
      for (const each of all) expect(each.description.length).toBeLessThanOrEqual(100);
    }
  });

  it('turns a default subcommand into an explicit one: /questions plan, with typed options, required ones first', () => {
    expect(commandNamed('questions').options?.map((each) => each.name)).toEqual([
      'plan',
      'check',
      'save',
      'mine',
      'export',
      'rename',
      'add',
      'remove',
      'delete',
    ]);
    const plan = subcommand('questions', 'plan');
    expect(plan.map((each) => [each.name, each.required])).toEqual([
      ['kind', true],
      ['subject', true],
      ['minutes', false],
      ['focus', false],
      ['questions', false],
    ]);
    expect(option(plan, 'kind')).toMatchObject({
      type: ApplicationCommandOptionType.String,
      choices: ['occupation', 'industry', 'organization', 'program'].map((kind) => ({ name: kind, value: kind })),
    });
    expect(option(plan, 'subject')).toMatchObject({ type: ApplicationCommandOptionType.String, max_length: 100 });
    expect(option(plan, 'minutes')).toMatchObject({ type: ApplicationCommandOptionType.Integer, min_value: 5, max_value: 90 });
  });

  it('makes a repeatable option one comma-separated text option with autocomplete', () => {
    expect(option(subcommand('questions', 'plan'), 'focus')).toEqual({
      type: ApplicationCommandOptionType.String,
      name: 'focus',
      description: 'A topic to favour: one or more, separated by commas',
      required: false,
      autocomplete: true,
    });
  });

  it('gives a repeatable text, which may hold commas, one numbered field per value: the first required, the rest after every required option', () => {
    const assign = subcommand('cohort', 'assign');
    expect(assign.map((each) => [each.name, each.required])).toEqual([
      ['title', true],
      ['interviews', true],
      ['due', true],
      ['prompt1', true],
      ['prompt2', false],
      ['prompt3', false],
      ['prompt4', false],
      ['prompt5', false],
      ['cohort', false],
    ]);
    expect(option(assign, 'prompt2')).toEqual({
      type: ApplicationCommandOptionType.String,
      name: 'prompt2',
      description: expect.stringContaining('(2 of up to 5)') as unknown,
      required: false,
      max_length: 300,
    });
    expect(
      subcommand('cohort', 'assignment')
        .filter((each) => each.name.startsWith('prompt'))
        .every((each) => each.required === false),
    ).toBe(true);
  });

  it('offers autocomplete where suggestions help: contacts, reminder numbers, saved plans', () => {
    expect(option(subcommand('log', 'show'), 'contact')).toMatchObject({ type: ApplicationCommandOptionType.String, autocomplete: true });
    expect(option(subcommand('log', 'interview'), 'contact')).toMatchObject({ autocomplete: true, required: false });
    expect(option(subcommand('remind', 'cancel'), 'number')).toMatchObject({ type: ApplicationCommandOptionType.Integer, autocomplete: true, min_value: 1 });
    expect(option(subcommand('questions', 'export'), 'number')).toMatchObject({ autocomplete: true });
    expect(option(subcommand('log', 'show'), 'contact')).not.toHaveProperty('choices');
  });

  it('puts the options of a command without subcommands on the command itself', () => {
    expect(commandNamed('help').options).toEqual([
      {
        type: ApplicationCommandOptionType.String,
        name: 'command',
        description: 'A command (and a subcommand) to explain in full',
        required: false,
        max_length: 60,
      },
    ]);
  });

  it('offers member commands in servers and DMs to everyone, and hides advisor commands behind Manage Server', () => {
    expect(commandNamed('log')).toMatchObject({
      default_member_permissions: null,
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
      integration_types: [0],
    });
    const advisors = defineCommand({
      name: 'report',
      description: 'For advisors',
      role: 'advisor',
      examples: ['/report'],
      options: {},
      run: () => ephemeral(text('ok')),
    });
    expect(applicationCommands([advisors])[0]).toMatchObject({ default_member_permissions: '32', contexts: [InteractionContextType.Guild] });
  });

  it('maps every option kind, booleans and people included', () => {
    const greet = applicationCommands([demoCommand])[0]?.options?.find((each) => each.name === 'greet');
    expect(greet && 'options' in greet ? greet.options : []).toEqual([
      { type: ApplicationCommandOptionType.String, name: 'name', description: 'Who to greet', required: true, max_length: 60 },
      { type: ApplicationCommandOptionType.Boolean, name: 'loud', description: 'Shout it', required: false },
      { type: ApplicationCommandOptionType.String, name: 'note', description: 'A note', required: false, max_length: 20 },
      { type: ApplicationCommandOptionType.User, name: 'from', description: 'Who it is from', required: false },
    ]);
    expect(option(subcommand('cohort', 'advisor'), 'user')).toMatchObject({ type: ApplicationCommandOptionType.User });
  });
});
