import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHomeOpened, eventCallback } from '../../fakes/slack/payloads.js';
import { FAKE_TEAM } from '../../fakes/slack/slack-fake.js';
import { ANA, SlackWorld, textOf } from './slack-world.js';

const tenant = { platform: 'slack' as const, workspaceId: FAKE_TEAM };
const mine = { tenant, userId: ANA.id };

describe('Slack end to end: the everyday flows a student relies on', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start('http');
  });
  afterEach(() => world.stop());

  it('asks about a command word instead of storing it, and the button adds the contact only when pressed', async () => {
    const { responseUrl } = await world.slash(ANA, '/log lsit');
    const asked = await world.reply(responseUrl, /Did you mean `\/log list`\?/);
    expect(await world.app.services.contacts.list(mine)).toEqual([]);
    const pressUrl = world.fake.responseUrl();
    await world.press(ANA, asked, 'Add contact “lsit”', { type: 'message', channelId: `D${ANA.id}`, responseUrl: pressUrl });
    await world.reply(pressUrl, /Added \*lsit\* to your journal/);
    expect((await world.app.services.contacts.list(mine)).map((contact) => contact.name)).toEqual(['lsit']);
  });

  it("shows help after a subcommand with --help, in Slack's spelling of the command, and each option once", async () => {
    const { responseUrl } = await world.slash(ANA, '/nudge snooze --help');
    const help = await world.reply(responseUrl, /\/nudge snooze/);
    expect(textOf(help)).toMatch(/`\/nudge snooze (<|&lt;)number(>|&gt;) (<|&lt;)duration\.\.\.(>|&gt;)`/);
    expect(await world.app.services.reminders.upcoming(mine, 5)).toEqual([]);
    const page = await world.reply((await world.slash(ANA, '/log help')).responseUrl, /\/log/);
    const blocks = textOf(page.blocks);
    expect(blocks.match(/`--role &lt;role&gt;`: Their job title/g)).toHaveLength(1);
    expect(blocks.match(/`--org &lt;[a-z]+&gt;`:/g)).toHaveLength(1);
  });

  it('takes an unquoted multi-word name', async () => {
    const { responseUrl } = await world.slash(ANA, '/log request Dana Lee');
    await world.reply(responseUrl, /Request sent to \*Dana Lee\*/);
  });

  it('refuses an impossible date, reads half-recognised text back, and never snoozes earlier', async () => {
    const refused = await world.slash(ANA, '/nudge call Dana on Feb 30 at 9am');
    await world.reply(refused.responseUrl, /"Feb 30" is not a date: February has 28 days/);
    const set = await world.slash(ANA, '/nudge review lecture 11 in 2 days');
    const reading = await world.reply(set.responseUrl, /I read/);
    expect(textOf(reading)).toContain('I read “review lecture 11 in 2 days” as: *review lecture 11*');
    expect(textOf(reading)).toContain('/nudge edit 1 "review lecture 11" in 2 days');
    const snoozed = await world.slash(ANA, '/nudge snooze 1 tomorrow');
    await world.reply(snoozed.responseUrl, /a snooze only moves a reminder later/);
    expect((await world.app.services.reminders.upcoming(mine, 1))[0]?.dueAt).toEqual(new Date('2026-11-25T08:00:00Z'));
  });

  it('edits a contact and undoes it with the Undo button', async () => {
    await world.reply((await world.slash(ANA, '/log request Dana Lee')).responseUrl, /Request sent/);
    const { responseUrl } = await world.slash(ANA, '/log edit Dana Lee --name "Dana Park" --org SickKids');
    const edited = await world.reply(responseUrl, /Dana Park/);
    expect((await world.app.services.reminders.upcoming(mine, 1))[0]?.title).toBe('Follow up with Dana Park?');
    const undoUrl = world.fake.responseUrl();
    await world.press(ANA, edited, 'Undo', { type: 'message', channelId: `D${ANA.id}`, responseUrl: undoUrl });
    await world.reply(undoUrl, /Undone: your changes to Dana Lee/);
    expect(await world.app.services.contacts.findByName(mine, 'Dana Lee')).toMatchObject({ name: 'Dana Lee' });
    expect((await world.app.services.reminders.upcoming(mine, 1))[0]?.title).toBe('Follow up with Dana Lee?');
  });

  it('pages /nudge list with Next and Previous, soonest first, naming the command for the rest', async () => {
    const now = world.clock.now().getTime();
    for (let index = 1; index <= 20; index++) {
      await world.app.services.reminders.schedule(
        { ...mine, kind: 'custom', title: `task ${index}`, details: { text: `task ${index}` }, dueAt: new Date(now + (21 - index) * 7_200_000) },
        new Date(now),
      );
    }
    const first = await world.reply((await world.slash(ANA, '/nudge list')).responseUrl, /upcoming reminders: 20/);
    expect(textOf(first)).toContain('5 more: `/nudge list --page 2`');
    expect(textOf(first).indexOf('#20 ')).toBeLessThan(textOf(first).indexOf('#19 '));
    const nextUrl = world.fake.responseUrl();
    await world.press(ANA, first, 'Next', { type: 'message', channelId: `D${ANA.id}`, responseUrl: nextUrl });
    const second = await world.reply(nextUrl, /Page 2 of 2/);
    expect(textOf(second)).toContain('#1 *task 1*');
    const backUrl = world.fake.responseUrl();
    await world.press(ANA, second, 'Previous', { type: 'message', channelId: `D${ANA.id}`, responseUrl: backUrl });
    expect(textOf(await world.reply(backUrl, /Page 1 of 2/))).toContain('#20 *task 20*');
  });

  it('shows each nudge on the Home tab at the time it will really arrive, after quiet hours, as /nudge list does', async () => {
    await world.reply((await world.slash(ANA, '/nudge "call Sam" today 7pm')).responseUrl, /call Sam/);
    await world.reply((await world.slash(ANA, '/nudge quiet 6pm 8am')).responseUrl, /quiet/i);
    const listed = await world.reply((await world.slash(ANA, '/nudge list')).responseUrl, /call Sam/);
    const arrives = Math.floor(new Date('2026-11-24T07:00:00Z').getTime() / 1000);
    expect(textOf(listed)).toContain(`<!date^${arrives}^`);
    await world.driver.event(eventCallback(appHomeOpened(ANA.id)));
    const home = await world.fake.waitFor(
      () => world.fake.callsOf('views.publish').find((call) => textOf(call.args.view).includes('call Sam')),
      3_000,
      'a Home tab',
    );
    expect(textOf(home.args.view)).toContain(`call Sam: <!date^${arrives}^`);
    expect(textOf(home.args.view)).toContain('|Tuesday, November 24 at 8:00 AM GMT+1>');
  });

  it('asks for the time zone in the first DM, offering the zone Slack reports with one tap', async () => {
    const { responseUrl } = await world.slash(ANA, '/log list');
    const asked = await world.reply(responseUrl, /which time zone are you in/);
    expect(textOf(asked)).toContain('Your account suggests *Europe/Paris*');
    const pressUrl = world.fake.responseUrl();
    await world.press(ANA, asked, 'Yes, Europe/Paris', { type: 'message', channelId: `D${ANA.id}`, responseUrl: pressUrl });
    await world.reply(pressUrl, /Your time zone is now \*Europe\/Paris\*/);
    expect((await world.app.services.users.find(tenant, ANA.id))?.timezone).toBe('Europe/Paris');
  });
});
