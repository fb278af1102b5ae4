import { describe, expect, it } from 'vitest';
import { useStudent } from '../support/use-student.js';

describe('command words are never stored as data', () => {
  const { harness, ana, mine } = useStudent();
  const contactNames = async () => (await harness().services.contacts.list(mine)).map((contact) => contact.name);

  it('asks about a typo of a subcommand, stores nothing, and runs whichever the student picks', async () => {
    const asked = await ana().send('/log lsit');
    expect(asked.text).toContain('Did you mean `/log list`?');
    expect(asked.text).toContain('add the contact “lsit”');
    expect(asked.text).toContain('put it in quotes: `/log "lsit"`');
    expect(await contactNames()).toEqual([]);

    expect((await ana().press(asked, 'Run /log list')).text).not.toContain('Added');
    expect(await contactNames()).toEqual([]);
    expect((await ana().press(asked, 'Add contact “lsit”')).text).toContain('Added lsit to your journal');
    expect(await contactNames()).toEqual(['lsit']);
  });

  it('keeps the words after a typo when correcting it, and a quoted word is always data', async () => {
    await ana().send('/remind "call back Sam" tomorrow 9am');
    const asked = await ana().send('/remind snoze 1 2h');
    expect(asked.text).toContain('Did you mean `/remind snooze 1 2h`?');
    expect((await ana().press(asked, 'Run /remind snooze 1 2h')).text).toContain('Snoozed');
    expect((await ana().send('/log "Lsit"')).text).toContain('Added Lsit to your journal');
  });

  it('shows help for help, -h and --help after any command or subcommand, storing nothing', async () => {
    for (const line of [
      '/log help',
      '/log -h',
      '/log --help',
      '/log add help',
      '/log add --help',
      '/remind help',
      '/remind --help',
      '/remind snooze --help',
      '/practice help',
    ]) {
      const reply = await ana().send(line);
      expect(reply.text, line).toMatch(/^rapport \(only you can see this\):\n## \/(log|remind|practice)/);
      expect(reply.text, line).not.toContain('⚠️');
    }
    expect((await ana().send('/remind snooze help')).text).toContain('## /remind snooze');
    expect(await contactNames()).toEqual([]);
    expect(await harness().services.reminders.upcoming(mine, 10)).toEqual([]);
  });

  it('suggests the nearest subcommand where a command takes no free words', async () => {
    const reply = await ana().send('/practice cal');
    expect(reply.text).toContain('/practice has no "cal" subcommand: did you mean /practice call?');
    expect(reply.text).toContain('Example: `/practice call`');
  });

  it('takes a multi-word name without quotes where nothing else can follow it', async () => {
    expect((await ana().send('/log request Dana Lee --channel email')).text).toContain('Request sent to Dana Lee');
    expect((await ana().send('/log show Dana Lee')).text).toContain('Dana Lee');
    expect(await contactNames()).toEqual(['Dana Lee']);
    await ana().send('/log edit Dana Lee --name Dana Park --role nurse educator --channel email');
    expect(await harness().services.contacts.findByName(mine, 'Dana Park')).toMatchObject({ role: 'nurse educator', channel: 'email' });
    expect((await ana().send('/log add --role designer Sam Ortiz')).text).toContain('Added Sam Ortiz (designer)');
  });

  it('explains /log with each option once and one subcommand in full on request', async () => {
    const page = (await ana().send('/help log')).text;
    expect(page.split('`--role <role>`')).toHaveLength(2);
    expect(page).toContain('`/log [add] [<contact...>] [options]`');
    expect(page).toContain('`/log request <contact...> [options]`');
    // 13 subcommands and 19 options, each on one line, stay one screen.
    expect(page.split('\n').length).toBeLessThan(45);
    const add = (await ana().send('/help log add')).text;
    expect(add).toContain('## /log add');
    expect(add).toContain('`/log [add] [<contact...>] [--role <role>]');
    expect(add).toContain('Examples: `/log add "Dana Lee"');
  });
});
