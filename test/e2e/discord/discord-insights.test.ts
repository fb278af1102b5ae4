import { describe, expect, it } from 'vitest';
import { textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const EPHEMERAL = 64;

describe('Rapport on Discord: /log insights', () => {
  const rapport = useRapportOnDiscord();

  it('answers in the server only to the student: themes with a quote, the referral to contact and next steps written as Discord commands', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const place = fake.inGuild();
    await fake.slash(ana, place, 'log', 'interview', {
      contact: 'Dana Lee',
      learned: 'SQL every day; she got in through a co-op at Shopify',
      referrals: 'Sam Ortiz',
    });
    await rapport().passTime(86_400_000);
    await fake.slash(ana, place, 'log', 'interview', {
      contact: 'Priya Shah',
      learned: 'explaining numbers to managers **is** the job, and SQL',
      advice: 'build a portfolio',
    });
    const insights = await fake.slash(ana, place, 'log', 'insights');
    expect(insights.callback.data?.flags).toBe(EPHEMERAL);
    const shown = textOf(insights.callback.data ?? {});
    expect(shown).toContain('**Skills**: 2 of 2 interviews, data and spreadsheets (2), communication');
    expect(shown).toContain('“explaining numbers to managers \\*\\*is\\*\\* the job, and SQL” (Priya Shah)');
    expect(shown).toContain('Shopify');
    expect(shown).toContain('`/log request contact:Sam Ortiz`');
    expect(shown).toContain('`/log thanked contact:Priya Shah`');
    expect(shown).toContain('`/questions plan kind:occupation subject:graphic designer focus:skills`');
  });
});
