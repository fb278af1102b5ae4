import { commandRef, writeCommandRefs, type CommandWriter } from '../../../src/core/command-ref.js';
import { typedCommands } from '../../../src/core/typed-invocation.js';
import { unmarked } from '../../../src/core/user-text.js';
import { CONSOLE_COMMANDS, REGISTRY, SLACK_COMMANDS } from '../../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, NUDGE_KINDS, mergeCadence, nudgeMessage } from '../../../src/domain/reminders/cadence.js';
import type { NudgeDetails, NudgeKind } from '../../../src/domain/reminders/cadence.js';
import { local } from './time-helpers.js';

const NY = 'America/New_York';
/** Names a command as a reply does, then shows it as `writer` writes it, without the marks of what people typed. */
const writtenWith =
  (writer: CommandWriter): NudgeDetails['command'] =>
  (command, subcommand, args) =>
    unmarked(writeCommandRefs(commandRef(command, subcommand, args), writer));
/** Commands as typed on the console. */
const WORDS = writtenWith(CONSOLE_COMMANDS);
/** Slack's spelling: /nudge for /remind. */
const SLACK = writtenWith(SLACK_COMMANDS);
/** A platform that spells every command its own way. */
const ODD_NAMES: Readonly<Record<string, string>> = { questions: '!ask', remind: '!later', log: '!journal' };
const ODD = writtenWith(typedCommands(REGISTRY, (name) => ODD_NAMES[name] ?? `/${name}`));

const details: NudgeDetails = {
  command: WORDS,
  zone: NY,
  now: local('2026-11-02T10:00', NY),
  subject: 'UX research',
  interviewAt: local('2026-11-05T14:00', NY),
  text: 'Bring the printed portfolio',
};

function render(kind: NudgeKind, extra: Partial<NudgeDetails> = {}) {
  return nudgeMessage({ kind, contactName: 'Sam Rivera', referralName: 'Ana Ruiz' }, { ...details, ...extra });
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

describe('nudgeMessage', () => {
  it.each(NUDGE_KINDS)('%s: short, specific, no placeholders leaking', (kind) => {
    const { title, body } = render(kind);
    expect(title.length).toBeGreaterThan(3);
    expect(title.length).toBeLessThan(60);
    expect(words(body)).toBeLessThan(75);
    expect(`${title} ${body}`).not.toMatch(/undefined|null|NaN|\$\{/);
    if (kind !== 'custom') expect(body).toContain('Sam Rivera');
  });

  it('follow-ups mention the real day counts and the log command', () => {
    expect(render('request-follow-up').body).toContain(`${DEFAULT_CADENCE.requestFollowUpDays} days`);
    expect(render('request-last-follow-up').body).toContain('14 days');
    const custom = render('request-follow-up', { settings: mergeCadence({ requestFollowUpDays: 5 }) });
    expect(custom.body).toContain('5 days');
    expect(custom.body).toContain('/log scheduled "Sam Rivera" --when "friday 2pm"');
    expect(custom.body).toContain('/log declined "Sam Rivera"');
  });

  it('mark-no-response offers to mark the contact "no response"', () => {
    const { title, body } = render('mark-no-response');
    expect(title).toBe('Mark Sam Rivera as no response?');
    expect(body).toContain('/log no-response "Sam Rivera"');
    expect(body).toContain('21 days');
  });

  it('prepare points to the questions command for the subject and gives the time', () => {
    const { body } = render('prepare');
    expect(body).toContain('/questions occupation "UX research"');
    expect(body).toContain('Thursday, November 5 at 2:00 PM EST');
  });

  it('prepare without a subject or time still reads well', () => {
    const { body } = nudgeMessage({ kind: 'prepare', contactName: 'Sam' }, { command: WORDS, zone: NY });
    expect(body).toContain('/questions occupation "graphic designer"');
    expect(body).toContain('coming up soon');
  });

  it('thank-you mentions the 48-hour window in words and asks for nothing new', () => {
    const { body } = render('thank-you');
    expect(body).toContain('2 days');
    expect(body).toMatch(/something specific|specific thing/);
    expect(body).toContain('log it: /log thanked "Sam Rivera"');
    expect(nudgeMessage({ kind: 'thank-you', contactName: 'Zoë Martin' }, details).body).toContain('/log thanked "Zoë Martin"');
  });

  it("writes every command through the platform's writer", () => {
    const values: NudgeDetails['command'] = (command, subcommand, args) => `[${command} ${subcommand ?? ''} ${JSON.stringify(args)}]`;
    expect(render('thank-you', { command: values }).body).toContain('[log thanked {"contact":"Sam Rivera"}]');
    expect(render('contact-referral', { command: values }).body).toContain('[log request {"contact":"Ana Ruiz"}]');
  });

  it('contact-referral names both people', () => {
    const { title, body } = render('contact-referral');
    expect(title).toBe('Reach out to Ana Ruiz');
    expect(body).toContain('Sam Rivera suggested you talk to Ana Ruiz');
    expect(body).toContain('a week');
  });

  it('keep-in-touch mentions the interval', () => {
    expect(render('keep-in-touch').body).toContain('3 months');
  });

  it('custom shows the student text and the platform remind command', () => {
    const discord = render('custom');
    expect(discord.body).toContain('Bring the printed portfolio');
    expect(discord.body).toContain('/remind "Bring the printed portfolio" tomorrow 9am');
    expect(discord.title).toBe('Reminder about Sam Rivera');
    const slack = nudgeMessage({ kind: 'custom' }, { command: SLACK, zone: NY, text: 'Update the tracker' });
    expect(slack).toEqual({ title: 'Reminder', body: 'Update the tracker\n\nNeed more time? Set a new one: /nudge "Update the tracker" tomorrow 9am.' });
    const empty = nudgeMessage({ kind: 'custom', contactName: '  ' }, { command: SLACK, zone: NY });
    expect(empty.title).toBe('Reminder');
    expect(empty.body).toContain('reminder you set');
  });

  it('never hard-codes command names', () => {
    for (const kind of NUDGE_KINDS) {
      const { title, body } = render(kind, { command: ODD });
      expect(`${title} ${body}`).not.toMatch(/\/(remind|nudge|log|questions)\b/);
    }
    expect(render('prepare', { command: ODD }).body).toContain('!ask occupation "UX research"');
  });

  it('falls back to neutral words when names are missing', () => {
    const { title, body } = nudgeMessage({ kind: 'contact-referral' }, { command: WORDS, zone: NY });
    expect(title).toBe('Reach out to the person they suggested');
    expect(body.startsWith('Your contact suggested')).toBe(true);
  });
});
