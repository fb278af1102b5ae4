import { CONSOLE_COMMANDS } from '../support/command-writers.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../../adapters/console/console-session.js';
import { Harness } from '../support/harness.js';
import { SAMPLE_COMMANDS } from '../support/sample-commands.js';

describe('ConsoleSession', () => {
  let harness: Harness;
  let session: ConsoleSession;
  let clockRuns: Date[];

  beforeEach(async () => {
    harness = await Harness.create({ commands: SAMPLE_COMMANDS, start: new Date('2026-11-23T14:00:00Z') });
    clockRuns = [];
    session = new ConsoleSession({
      dispatcher: harness.dispatcher,
      clock: harness.clock,
      style: { commands: CONSOLE_COMMANDS, ansi: false },
      timezone: 'America/Toronto',
      passTime: (target) => {
        clockRuns.push(target);
        harness.clock.advanceTo(target);
        return Promise.resolve();
      },
    });
  });
  afterEach(() => harness.close());

  it('sends commands as "you" in a DM until told otherwise', async () => {
    expect(await session.handle('/demo occupation nurse')).toContain('by you');
    expect(await session.handle('/as Ana')).toBe('Now speaking as ana.');
    expect(await session.handle('/demo occupation nurse')).toContain('by ana');
    expect(session.promptLabel()).toBe('ana> ');
  });

  it('moves between channels and back to the DM', async () => {
    expect(await session.handle('/in #career-club')).toBe('Now in #career-club.');
    expect(session.promptLabel()).toBe('you in #career-club> ');
    expect(await session.handle('/in dm')).toContain('direct messages');
    expect(await session.handle('/in career club')).toContain('Usage: /in <#channel>');
  });

  it('shows and moves the simulated clock, running what became due', async () => {
    expect(await session.handle('/clock')).toBe('🕒 Simulated time: Monday 23 November 2026, 09:00 (America/Toronto)');
    expect(await session.handle('/clock +2d')).toBe('🕒 Simulated time: Wednesday 25 November 2026, 09:00 (America/Toronto)');
    expect(await session.handle('/clock +90m')).toContain('10:30');
    expect(clockRuns.map((run) => run.toISOString())).toEqual(['2026-11-25T14:00:00.000Z', '2026-11-25T15:30:00.000Z']);
    expect(await session.handle('/clock tomorrow')).toContain('Usage: /clock +<n>m|h|d|w');
  });

  it('presses numbered buttons and menu options', async () => {
    const shown = await session.handle('/demo program nursing');
    expect(shown).toContain('[1] Save');
    expect(shown).toContain('(type /press 1-2 to press a button)');
    expect(await session.handle('/press 1')).toContain('saved program');
    expect(await session.handle('/press 1')).toBe('There is nothing to press right now.');
  });

  it('explains /press when the number is wrong', async () => {
    await session.handle('/demo program nursing');
    expect(await session.handle('/press 9')).toBe('Type /press followed by a number from 1 to 2.');
  });

  it('fills a form field by field, re-asking invalid answers', async () => {
    await session.handle('/demo program nursing');
    const opened = await session.handle('/press 2');
    expect(opened).toContain('📝 Edit the plan');
    expect(opened).toMatch(/Name \(required, up to 10 characters\)$/);
    expect(await session.handle('A name far too long')).toContain('the limit is 10');
    expect(await session.handle('Dana')).toContain('(a) Identified');
    expect(await session.handle('maybe')).toContain('Stage must be one of');
    expect(await session.handle('b')).toContain('Note (optional)');
    expect(await session.handle('')).toContain('submitted {"name":"Dana","stage":"scheduled"}');
  });

  it('re-asks a required field left empty', async () => {
    await session.handle('/demo program nursing');
    await session.handle('/press 2');
    expect(await session.handle('')).toContain('Name is required');
  });

  it('fills a form all at once with --field value options', async () => {
    await session.handle('/demo program nursing');
    await session.handle('/press 2');
    expect(await session.handle('--name Dana --stage identified --note "met at the fair"')).toContain(
      'submitted {"name":"Dana","stage":"identified","note":"met at the fair"}',
    );
  });

  it('asks only for what the all-at-once line left out', async () => {
    await session.handle('/demo program nursing');
    await session.handle('/press 2');
    expect(await session.handle('--name Dana')).toContain('Stage (required)');
    expect(await session.handle('--colour blue')).toContain('This form has no --colour field');
  });

  it('cancels a form on /cancel or on another command, saving nothing', async () => {
    await session.handle('/demo program nursing');
    await session.handle('/press 2');
    expect(await session.handle('/cancel')).toBe('Form cancelled; nothing was saved.');
    await session.handle('/demo program nursing');
    await session.handle('/press 2');
    const after = await session.handle('/demo greet Sam');
    expect(after).toContain('The open form was cancelled');
    expect(after).toContain('hello [Sam]');
  });

  it('shows /help inside a form and keeps the form and its answers', async () => {
    await session.handle('/demo program nursing');
    await session.handle('/press 2');
    expect(await session.handle('Dana')).toContain('(a) Identified');
    const help = await session.handle('/help demo');
    expect(help).toContain('## /demo');
    expect(help).toContain('Your form is still open');
    expect(help).toMatch(/Stage \(required\)/);
    expect(await session.handle('b')).toContain('Note (optional)');
    expect(await session.handle('')).toContain('submitted {"name":"Dana","stage":"scheduled"}');
  });

  it('keeps a multi-line message whole', async () => {
    expect(await session.handle('/demo occupation line one\nline two')).toContain('[line one\nline two]');
  });

  it('passes plain text to commands that take messages', async () => {
    expect(await session.handle('echo practice line')).toContain('practice line');
  });
});
