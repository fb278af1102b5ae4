import { describe, expect, it } from 'vitest';
import { textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** More failures than any test makes requests: Discord stays down until `recover()`. */
const UNTIL_RECOVERED = 10_000;

describe('Discord outages: nudges wait them out, and students are told what happened, never to open their DMs', () => {
  const rapport = useRapportOnDiscord();

  const ana = fakeUser('ana');
  const mine = () => ({ tenant: { platform: 'discord' as const, workspaceId: rapport().fake.guild.id }, userId: ana.id });
  /** Every DM open and every message post answers 502, as when Discord's API is down. */
  const discordDown = () => {
    rapport().fake.rest.fail(
      { method: 'POST', path: /^\/(users\/@me\/channels|channels\/\d+\/messages)$/, status: 502, body: { message: 'Bad Gateway', code: 0 } },
      UNTIL_RECOVERED,
    );
  };
  const nudgeIn = async (reminder: string) => {
    const set = await rapport().fake.slash(ana, rapport().fake.inGuild(), 'remind', 'set', { reminder });
    expect(textOf(set.callback.data ?? {})).toContain("I'll remind you");
  };
  const refused = () => rapport().fake.rest.calls.filter((call) => call.status === 502);

  it('keeps a nudge through 6 hours of 502s and sends it once, marked late, when Discord is back', async () => {
    await nudgeIn('"send the thank-you note" in 1 hour');
    discordDown();
    await rapport().passTime(7 * HOUR);
    expect(refused().length).toBeGreaterThan(6);
    expect(refused().length).toBeLessThanOrEqual(16 + 6 * 4);
    const [waiting] = await rapport().app.services.reminders.upcoming(mine(), 5);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0 });
    expect(waiting?.unreachableSince).toEqual(new Date('2026-11-23T15:00:00Z'));

    rapport().fake.rest.recover();
    await rapport().passTime(20 * MINUTE);
    const messages = rapport().fake.rest.messagesIn(rapport().fake.rest.dmChannelOf(ana.id));
    expect(messages).toHaveLength(1);
    const text = textOf(messages[0] ?? {});
    expect(text).toMatch(/Discord could not be reached from .* to .*, so this reminder arrives late:/);
    expect(text).toContain('send the thank-you note');

    const next = await rapport().fake.slash(ana, rapport().fake.inGuild(), 'remind', 'list');
    expect(textOf(next.callback.data ?? {})).not.toMatch(/📭|Privacy Settings/);
  });

  it('after a whole day of 502s, counts the nudge missed and says why: Discord was unreachable, not their settings', async () => {
    await nudgeIn('"send the thank-you note" in 1 hour');
    discordDown();
    await rapport().passTime(26 * HOUR);
    expect(await rapport().app.services.reminders.upcoming(mine(), 5)).toEqual([]);
    rapport().fake.rest.recover();
    const next = await rapport().fake.slash(ana, rapport().fake.inGuild(), 'remind', 'list');
    const notice = textOf(next.callback.data ?? {});
    expect(notice).toMatch(/📭 Discord could not be reached from .* to .*, so 1 reminder was missed: “send the thank-you note”\./);
    expect(notice).not.toMatch(/Privacy Settings|allowed/);
  });
});
