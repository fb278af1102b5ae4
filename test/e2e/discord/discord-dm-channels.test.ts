import { describe, expect, it } from 'vitest';
import { textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const HOUR = 3_600_000;

describe('Discord DM channels, opened when a nudge is scheduled rather than when it is due', () => {
  const rapport = useRapportOnDiscord();

  const ana = fakeUser('ana');
  const opens = () => rapport().fake.rest.calls.filter((call) => call.method === 'POST' && call.path === '/users/@me/channels');
  const storedChannel = async () =>
    (await rapport().app.services.users.find({ platform: 'discord', workspaceId: rapport().fake.guild.id }, ana.id))?.dmChannelId;
  const nudgeIn = async (reminder: string) => {
    const set = await rapport().fake.slash(ana, rapport().fake.inGuild(), 'remind', 'set', { reminder });
    expect(textOf(set.callback.data ?? {})).toContain("I'll remind you");
  };

  it('opens and stores the channel once, after the reply, so the due nudges are one request each', async () => {
    await nudgeIn('"send the thank-you note" in 1 hour');
    await rapport().app.dmChannels.settled();
    expect(opens()).toHaveLength(1);
    expect(await storedChannel()).toBe(rapport().fake.rest.dmChannelOf(ana.id));
    await nudgeIn('"email Priya" in 2 hours');
    await rapport().app.dmChannels.settled();
    expect(opens()).toHaveLength(1);

    await rapport().passTime(3 * HOUR);
    expect(rapport().fake.rest.messagesIn(rapport().fake.rest.dmChannelOf(ana.id))).toHaveLength(2);
    expect(opens()).toHaveLength(1);
  });

  it('opens the channel of nudges a command schedules in one transaction (/log interview) once it commits', async () => {
    const place = rapport().fake.inGuild();
    const logged = await rapport().fake.slash(ana, place, 'log', 'interview');
    const noted = await rapport().fake.submit(ana, place, logged, { contact: 'Dana Lee', learned: 'Portfolio matters more', advice: '' });
    await rapport().fake.press(ana, place, await rapport().fake.answer(noted), 'Send without the rest');
    await rapport().app.dmChannels.settled();
    expect(opens()).toHaveLength(1);
    expect(await storedChannel()).toBe(rapport().fake.rest.dmChannelOf(ana.id));
  });

  it('never fails the command when the open fails: the delivery opens the channel itself', async () => {
    rapport().fake.rest.fail({ method: 'POST', path: /^\/users\/@me\/channels$/, status: 502, body: { message: 'Bad Gateway', code: 0 } });
    await nudgeIn('"send the thank-you note" in 1 hour');
    await rapport().app.dmChannels.settled();
    expect(await storedChannel()).toBeUndefined();
    expect(
      rapport()
        .logs()
        .some((line) => line.msg === 'opening a DM channel ahead of a nudge failed'),
    ).toBe(true);

    await rapport().passTime(2 * HOUR);
    expect(rapport().fake.rest.messagesIn(rapport().fake.rest.dmChannelOf(ana.id))).toHaveLength(1);
    expect(opens().map((call) => call.status)).toEqual([502, 200]);
    expect(await storedChannel()).toBe(rapport().fake.rest.dmChannelOf(ana.id));
  });
});
