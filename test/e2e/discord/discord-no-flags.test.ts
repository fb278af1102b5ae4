import { describe, expect, it } from 'vitest';
import { tokensToRawValues } from '../../../src/core/bind-arguments.js';
import { SOLE_SUBCOMMAND, pickSubcommand, type Command } from '../../../src/core/command.js';
import { numberedOptionName, type OptionsShape } from '../../../src/core/options.js';
import { tokenize } from '../../../src/core/tokenize.js';
import type { OptionValue } from '../../fakes/discord/fake-discord.js';
import { fakeUser, type FakeUser, type Place } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const DAY = 86_400_000;
/** Option syntax as typed on the console (`--role`), which a Discord user can never type. */
const FLAG = /(^|\s|`)--[a-z]/;

/** What a request carries that nobody reads: ids and keys. */
const UNSHOWN = new Set(['nonce', 'custom_id', 'id', 'url', 'token']);

/** Every string a request body shows, wherever it sits (content, embeds, components, modals). */
function shownStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(shownStrings);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => (UNSHOWN.has(key) ? [] : shownStrings(item)));
}

/** A declared example (`/log add "Dana Lee" --role "UX designer"`) as the subcommand and option values Discord would send. */
function asDiscordOptions(
  command: Command,
  example: string,
  person: FakeUser,
): { subcommand: string | undefined; values: Record<string, OptionValue> } | undefined {
  const text = example.replace(/^\/[a-z-]+\s*/, '');
  const picked = pickSubcommand(command, tokenize(text));
  if (picked === undefined) return undefined;
  const raw = tokensToRawValues(text, picked.rest, picked.subcommand.options, { command: command.name, subcommand: picked.name, example: '' });
  return { subcommand: picked.name === SOLE_SUBCOMMAND ? undefined : picked.name, values: discordValues(picked.subcommand.options, raw, person) };
}

function discordValues(options: OptionsShape, raw: Record<string, unknown>, person: FakeUser): Record<string, OptionValue> {
  const values: Record<string, OptionValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    const spec = options[name];
    if (spec === undefined || value === undefined) continue;
    if (spec.kind === 'person') values[name] = person;
    else if (spec.kind === 'integer') values[name] = Number(value);
    else if (spec.kind === 'boolean') values[name] = value === true;
    // Texts that may hold commas come in numbered fields (prompt1, prompt2), one value each.
    else if (spec.maxCount !== undefined && Array.isArray(value)) value.forEach((each: string, at) => (values[numberedOptionName(name, at + 1)] = each));
    // Typed words are strings, and a repeatable option's are a list of them, which Discord takes separated by commas.
    else values[name] = Array.isArray(value) ? value.join(', ') : (value as string);
  }
  return values;
}

describe('Rapport on Discord never shows --option syntax', () => {
  const rapport = useRapportOnDiscord({}, 'suite');

  it('in any reply to any command: help, every subcommand with its examples and with nothing given, hints, errors and nudges', async () => {
    const { fake, app } = rapport();
    const ana = fakeUser('ana');
    const ben = fakeUser('ben');
    const advisorRole = fake.guild.roles.find((role) => role.name === 'Career Advisor')?.id ?? '';
    const here: Place = fake.inGuild({ roleIds: [advisorRole] });
    const run = (command: string, subcommand?: string, values: Readonly<Record<string, OptionValue>> = {}) =>
      fake.slash(ana, here, command, subcommand, values);

    // Something to act on: a cohort in this channel and a contact with an interview.
    await run('cohort', 'create', { name: 'fall' });
    await run('log', 'add', { contact: 'Dana Lee', role: 'UX designer' });
    const shown: string[] = [];
    await run('help');
    for (const command of app.registry.all()) {
      await run('help', undefined, { command: command.name });
      for (const [name, subcommand] of Object.entries(command.subcommands)) {
        const discordName = name === SOLE_SUBCOMMAND ? undefined : name;
        if (discordName !== undefined) await run('help', undefined, { command: `${command.name} ${name}` });
        await run(command.name, discordName);
        for (const example of subcommand.examples) {
          const options = asDiscordOptions(command, example, ben);
          expect(options, example).toBeDefined();
          if (options !== undefined) await run(command.name, options.subcommand, options.values);
          shown.push(example);
        }
      }
    }
    // The hints and errors that once showed flags: sharing before any interview, a digest time that does not read, a bad goal date, an unknown zone.
    await run('log', 'add', { contact: 'Sam Ortiz' });
    await run('cohort', 'share', { contact: 'Sam Ortiz' });
    await run('cohort', 'digest', { time: '9 in the morning' });
    await run('cohort', 'digest', { day: 'monday', timezone: 'Nowhere/Special' });
    await run('cohort', 'goal', { interviews: 3, by: 'the day after never' });
    await run('log', 'interview', { contact: 'Dana Lee', learned: 'a lot', on: 'next week' });
    await run('log', 'scheduled', { contact: 'Sam Ortiz', when: 'whenever' });
    await run('questions', 'plan', { kind: 'occupation', subject: 'x'.repeat(99), minutes: 5, questions: 60 });
    // The same for assignments and reflections: a title taken, an edit that changes nothing, a due day that does not read, a reflection for no such assignment.
    await run('cohort', 'assign', { title: 'Explore a career', interviews: 3, due: '2027-02-15', prompt1: 'What surprised you?' });
    await run('cohort', 'assign', { title: 'Explore a career', interviews: 3, due: '2027-02-15', prompt1: 'What surprised you?' });
    await run('cohort', 'assignment', { action: 'edit', title: 'Explore a career' });
    await run('cohort', 'assignment', { action: 'edit', title: 'Explore a career', due: 'someday' });
    await run('log', 'reflect', { contact: 'Dana Lee', assignment: 'No such assignment' });
    await run('log', 'reflect', { contact: 'Sam Ortiz' });
    // A command typed as a plain DM, slash forgotten, flags and all.
    const dmChannel = fake.rest.dmChannelOf(ana.id);
    const before = fake.rest.calls.filter((call) => call.path === `/channels/${dmChannel}/messages`).length;
    fake.dm(ana, 'log list --stage interviewed');
    await fake.channelMessages(dmChannel, before + 1);
    // Nudges by DM for the contacts logged above, as days pass.
    await rapport().passTime(30 * DAY);

    const texts = fake.rest.calls.flatMap((call) => shownStrings(call.body));
    expect(shown.length).toBeGreaterThan(50);
    expect(texts.some((text) => text.includes('/cohort share contact:'))).toBe(true);
    expect(texts.some((text) => text.includes('Say what changes: `rename`'))).toBe(true);
    expect(texts.some((text) => text.includes('/cohort assign title:Explore a career interviews:3 due:2027-02-15 prompt1:'))).toBe(true);
    expect(texts.flatMap((text) => text.split('\n')).filter((line) => FLAG.test(line))).toEqual([]);
  });
});
