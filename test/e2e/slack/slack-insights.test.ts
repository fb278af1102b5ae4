import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, SlackWorld, textOf } from './slack-world.js';

describe('Slack end to end: /log insights', () => {
  let world: SlackWorld;
  beforeEach(async () => {
    world = await SlackWorld.start('http');
  });
  afterEach(() => world.stop());

  it('answers in a channel only to the student, what they wrote escaped, commands in Slack spelling', async () => {
    await world.reply(
      (
        await world.slash(
          ANA,
          '/log interview "Dana Lee" --learned "SQL every day in R&D <tag>; she got in through a co-op at Shopify" --referrals "Sam Ortiz"',
          'CGENERAL',
        )
      ).responseUrl,
      /Saved your notes/,
    );
    const { responseUrl } = await world.slash(ANA, '/log insights', 'CGENERAL');
    const insights = await world.reply(responseUrl, /What your interviews add up to/);
    expect(insights.response_type).toBe('ephemeral');
    const shown = textOf(insights);
    expect(shown).toContain('*Skills*: 1 of 1 interview, data and spreadsheets');
    expect(shown).toContain('“SQL every day in R&amp;D');
    expect(shown).not.toContain('<tag>');
    expect(shown).toContain('`/log request "Sam Ortiz"`');
    expect(shown).toContain('`/log thanked "Dana Lee"`');
  });
});
