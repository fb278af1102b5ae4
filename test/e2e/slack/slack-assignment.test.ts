import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passTime } from '../../../src/scheduler/simulated-time.js';
import { appHomeOpened, eventCallback, type FakePerson } from '../../fakes/slack/payloads.js';
import type { FakeUser } from '../../fakes/slack/slack-fake.js';
import { LEA, SlackWorld, textOf, type SentMessage } from './slack-world.js';

/** Two students of the cohort, in the cohort's zone. */
const BEA: FakeUser & FakePerson = { id: 'UBEA', name: 'bea', tz: 'America/Toronto' };
const CAL: FakeUser & FakePerson = { id: 'UCAL', name: 'cal', tz: 'America/Toronto' };

/** Tuesday 2026-12-15, 11:00 in Toronto: the reminder (three days before the due date, 10:00) is due. */
const REMINDER_DAY = new Date('2026-12-15T16:00:00Z');
/** Saturday 2026-12-19 in Toronto: the day after the due date. */
const AFTER_DUE = new Date('2026-12-19T16:00:00Z');

describe('Slack end to end: a whole assignment', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start('http');
    world.fake.addUsers(BEA, CAL);
  });
  afterEach(() => world.stop());

  /** The assignment reminders delivered by DM to one person. */
  const reminders = (user: FakePerson) =>
    world.fake.callsOf('chat.postMessage').filter((call) => call.args.channel === `D${user.id}` && /Explore a career is due/.test(textOf(call.args)));

  /** Types a command and waits for the reply that matches. */
  const ask = async (user: FakePerson, line: string, pattern: RegExp, channel?: string): Promise<SentMessage> => {
    const { responseUrl } = await world.slash(user, line, channel);
    return world.reply(responseUrl, pattern);
  };

  it('sets it; students reflect in modals (one late); one private reminder; the report, the export and the Home tab show it', async () => {
    await ask(LEA, '/cohort create fall --timezone America/Toronto', /Created \*fall\*/, 'CFALL');
    await ask(BEA, '/cohort join', /Welcome to \*fall\*/, 'CFALL');
    await ask(CAL, '/cohort join', /Welcome to \*fall\*/, 'CFALL');
    const set = await ask(
      LEA,
      '/cohort assign "Explore a career" --interviews 1 --due 2026-12-18 --prompt "What surprised you?" --prompt "What will you do next?"',
      /Assignment for \*fall\*/,
      'CFALL',
    );
    expect(set.response_type).toBe('ephemeral');
    await ask(LEA, '/cohort assign "Again" --interviews 1 --due 2026-11-20 --prompt "Why?"', /Give a due date from today on/, 'CFALL');

    const logged = await ask(BEA, '/log interview "Dana Lee" --learned "design reviews every week"', /Saved your notes from \*Dana Lee\*/);
    expect(textOf(logged)).toContain('Your advisors in fall will read this reflection; nobody else sees it.');
    const pressUrl = world.fake.responseUrl();
    await world.press(BEA, logged, 'Reflect for Explore a career', { type: 'message', channelId: `D${BEA.id}`, responseUrl: pressUrl });
    const form = await world.openedView();
    expect(form.blocks.filter((block) => block.type === 'input').map((block) => block.block_id)).toEqual(['answer1', 'answer2']);
    expect(textOf(form)).toContain('Your advisors will read this reflection.');
    const tooLong = await world.submit(BEA, form, { answer1: 'x'.repeat(3001), answer2: 'Ask for a review' });
    expect(tooLong).toEqual({ response_action: 'errors', errors: { answer1: expect.stringContaining('the limit is 3000') as unknown } });
    expect(await world.submit(BEA, form, { answer1: 'How much the team writes', answer2: 'Ask for a review' })).toBe('');
    expect(textOf(await world.reply(pressUrl, /Saved your reflection on \*Dana Lee\*/))).toContain('1 of 1 interview · 1 of 1 reflection');

    await ask(CAL, '/log interview "Sam Ortiz" --learned "start with the help desk"', /Saved your notes from \*Sam Ortiz\*/);
    await passTime(REMINDER_DAY, world.clock, [world.app.scheduler]);
    await world.posted(`D${CAL.id}`, /Explore a career is due Friday, December 18, 2026/);
    expect(reminders(CAL)).toHaveLength(1);
    expect(reminders(BEA)).toHaveLength(0);

    await passTime(AFTER_DUE, world.clock, [world.app.scheduler]);
    const opened = world.fake.callsOf('views.open').length;
    const { responseUrl } = await world.slash(CAL, '/log reflect "Sam Ortiz"');
    const late = await world.openedView(opened);
    expect(await world.submit(CAL, late, { answer1: 'Certificates matter', answer2: 'Apply' })).toBe('');
    expect(textOf(await world.reply(responseUrl, /Saved your reflection on \*Sam Ortiz\*/))).toContain('it still counts, marked late');
    await passTime(new Date(AFTER_DUE.getTime() + 7 * 86_400_000), world.clock, [world.app.scheduler]);
    expect(reminders(CAL)).toHaveLength(1);

    const report = textOf(await ask(LEA, '/cohort report', /progress report/, 'CFALL'));
    expect(report).toContain('*Assignment: Explore a career*, due Friday, December 18, 2026: 2 of 2 done');
    expect(report).toContain('bea: 1 of 1 interview · 1 of 1 reflection: done on time');
    expect(report).toContain('cal: 1 of 1 interview · 1 of 1 reflection (1 late): done, partly late');
    expect(textOf(await ask(LEA, '/cohort export', /The progress of \*fall\*/, 'CFALL'))).toContain('to our DM, where only you can see them');
    // The CSV files go to the advisor's DM as uploads, never into the channel's messages.
    const files = await world.fake.waitFor(
      () => {
        const completed = world.fake.uploads.filter((upload) => upload.completed && upload.channelId === `D${LEA.id}`);
        return completed.length >= 2 ? completed : undefined;
      },
      5_000,
      'the two export files',
    );
    const exported = files.map((file) => Buffer.from(file.bytes ?? new Uint8Array()).toString('utf8')).join('\n');
    expect(exported).toContain('Explore a career: interviews,Explore a career: reflections,Explore a career: late reflections,Explore a career: status');
    expect(exported).toContain('cal,Explore a career,Sam Ortiz,2026-11-23,2026-12-19,late,What surprised you?,Certificates matter');
    const read = textOf(await ask(LEA, '/cohort reflections <@UBEA>', /Reflections in fall/, 'CFALL'));
    expect(read).toContain('How much the team writes');

    const publishes = world.fake.callsOf('views.publish').length;
    await world.driver.event(eventCallback(appHomeOpened(CAL.id)));
    const home = await world.fake.waitFor(() => world.fake.callsOf('views.publish')[publishes], 3_000, 'a Home tab');
    expect(textOf(home.args.view)).toMatch(
      /Your assignments[\s\S]*Explore a career\* \(fall, due Friday, December 18, 2026\): 1 of 1 interview · 1 of 1 reflection \(1 late\)/,
    );
    const channelPosts = world.fake.callsOf('chat.postMessage').filter((call) => call.args.channel === 'CFALL');
    expect(textOf(channelPosts.map((call) => call.args))).not.toMatch(/Explore a career|\bcal\b/);
  });
});
