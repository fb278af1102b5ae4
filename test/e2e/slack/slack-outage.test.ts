import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_TEAM } from '../../fakes/slack/slack-fake.js';
import { passTime } from '../../../src/scheduler/simulated-time.js';
import { SAM, SlackWorld, textOf } from './slack-world.js';

const tenant = { platform: 'slack' as const, workspaceId: FAKE_TEAM };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** More failures than any test makes requests: Slack stays down until `recover()`. */
const UNTIL_RECOVERED = 10_000;

describe('Slack outages: nudges wait them out, and students are told what happened, never to open their DMs', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start('http');
  });
  afterEach(() => world.stop());

  const slackDown = () => {
    for (const method of ['conversations.open', 'chat.postMessage']) world.fake.httpErrorNext(method, 503, UNTIL_RECOVERED);
  };
  const wait = (ms: number) => passTime(new Date(world.clock.now().getTime() + ms), world.clock, [world.app.scheduler]);
  const nudgeIn = async (line: string) => {
    const { responseUrl } = await world.slash(SAM, `/nudge ${line}`);
    await world.reply(responseUrl, /I'll remind you/);
  };

  it('keeps a nudge through 6 hours of 503s (beyond the 6 attempts of other failures) and sends it once, marked late, when Slack is back', async () => {
    await nudgeIn('"send the thank-you note" in 1 hour');
    slackDown();
    await wait(7 * HOUR);
    const opens = world.fake.callsOf('conversations.open').length;
    expect(opens).toBeGreaterThan(6);
    // Quicker tries in the first hour (at most 16), then one every 15 minutes: no storm of requests.
    expect(opens).toBeLessThanOrEqual(16 + 6 * 4);
    expect(world.fake.callsOf('chat.postMessage')).toHaveLength(0);
    const [waiting] = await world.app.services.reminders.upcoming({ tenant, userId: SAM.id }, 5);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0 });
    expect(waiting?.unreachableSince).toEqual(new Date('2026-11-23T16:00:00Z'));

    world.fake.recover();
    await wait(20 * MINUTE);
    const messages = world.fake.messagesIn(`D${SAM.id}`);
    expect(messages).toHaveLength(1);
    const text = textOf(messages[0]);
    expect(text).toMatch(/Slack could not be reached from .* to .*, so this reminder arrives late:/);
    expect(text).toContain('send the thank-you note');
    expect(await world.app.services.reminders.upcoming({ tenant, userId: SAM.id }, 5)).toEqual([]);

    const next = await world.slash(SAM, '/nudge list');
    const answer = await world.reply(next.responseUrl, /.+/);
    expect(textOf(answer)).not.toMatch(/📭|allowed/);
  });

  it('after a whole day of 503s, counts the nudges missed and says why: Slack was unreachable, not their settings', async () => {
    await nudgeIn('"send the thank-you note" in 1 hour');
    await nudgeIn('"email Priya" in 1 hour');
    slackDown();
    await wait(26 * HOUR);
    expect(world.fake.callsOf('chat.postMessage')).toHaveLength(0);
    expect(await world.app.services.reminders.upcoming({ tenant, userId: SAM.id }, 5)).toEqual([]);
    world.fake.recover();

    const next = await world.slash(SAM, '/nudge list');
    const notice = textOf(await world.reply(next.responseUrl, /📭/));
    expect(notice).toMatch(/Slack could not be reached from .* to .*, so 2 reminders were missed: “send the thank-you note”, “email Priya”\./);
    expect(notice).not.toMatch(/allowed|direct messages from Rapport/);
  });

  it('still asks a student whose account Slack refuses to open their DMs (not an outage)', async () => {
    world.fake.failNext('conversations.open', 'cannot_dm_bot');
    await nudgeIn('"send the thank-you note" in 1 hour');
    await wait(2 * HOUR);
    const next = await world.slash(SAM, '/nudge list');
    expect(textOf(await world.reply(next.responseUrl, /📭/))).toMatch(/make sure direct messages from Rapport are allowed/);
  });
});
