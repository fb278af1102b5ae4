import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../../adapters/discord/discord.render.js';
import { renderReply as renderSlack, blockTextLength } from '../../../adapters/slack/slack.render.js';
import { expectWithinLimits, foreignMarkup, markdownOf } from '../../support/discord-message-checks.js';
import { DISCORD_COMMANDS, SLACK_COMMANDS } from '../../support/command-writers.js';
import { Harness, type Speaker } from '../../support/harness.js';

/** Notes in the ways students write them, cycled to fill a long journal. */
const NOTES = [
  { learned: 'SQL every day, and dashboards in Tableau. She got in through a co-op at Shopify.', advice: 'take the Google data analytics certificate' },
  { learned: 'explaining numbers to managers is half the job', advice: 'build a portfolio with two projects, and go to the local data meetup' },
  { learned: 'networking got him his first role at the City of Toronto, the pay is ok but hours are stable', advice: 'learn Excel properly' },
  { learned: 'lots of overtime in busy season; communication with clients matters more than the degree', advice: 'read the Morning Brew newsletter' },
];

describe('/log insights', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create();
  });
  afterEach(() => harness.close());

  const ana = (): Speaker => harness.as('ana');

  async function logInterviews(count: number, speaker = ana()): Promise<void> {
    await speaker.send('/log add "Dana Lee" --role "data analyst" --subject "data analyst"');
    for (let index = 0; index < count; index++) {
      const note = NOTES[index % NOTES.length]!;
      const name = index === 0 ? 'Dana Lee' : `Contact ${index}`;
      const referrals = index === 0 ? ' --referrals "Sam Ortiz; Lee Park"' : '';
      await speaker.send(`/log interview "${name}" --learned "${note.learned}" --advice "${note.advice}"${referrals}`);
      harness.clock.advance(3_600_000);
    }
  }

  it('with two interviews: themes with counts and quotes, the referrals to contact and next steps, each with its command, only for the student', async () => {
    await logInterviews(2);
    await ana().send('/log request "Lee Park"');
    const replies = await ana().in('#general').send('/log insights');
    expect(replies.list.map((reply) => reply.visibility)).toEqual(['ephemeral']);
    const shown = replies.text;
    expect(shown).toContain('From your notes on 2 interviews.');
    expect(shown).toContain('Skills: 2 of 2 interviews, data and spreadsheets, communication');
    expect(shown).toContain('“SQL every day, and dashboards in Tableau.” (Dana Lee)');
    expect(shown).toContain('Companies and organisations: 1 of 2 interviews, Shopify');
    expect(shown).toContain('Sam Ortiz, suggested by Dana Lee: when you write, `/log request "Sam Ortiz"`');
    expect(shown).not.toContain('Lee Park, suggested');
    expect(shown).toContain('Thank Contact 1 for their time, then log it: `/log thanked "Contact 1"`');
    expect(shown).toContain('Reach out to Sam Ortiz, whom Dana Lee suggested, then log it: `/log request "Sam Ortiz"`');
    expect(shown).toContain('Plan the next one: `/questions occupation "data analyst"`');
  });

  it('writes each command as Discord does, and what the student wrote can never ping or link', async () => {
    await harness.close();
    harness = await Harness.create({ commandWriter: DISCORD_COMMANDS });
    const discord = ana().on('discord');
    await discord.send(
      '/log interview "Dana <@U0BOSS>" --learned "<u:U0BOSS> @everyone told me SQL is key, ||see|| [here](https://evil.example)" --referrals "Sam `Ortiz`"',
    );
    const replies = await discord.send('/log insights');
    expect(replies.text).toContain('`/log request contact:Sam `Ortiz``');
    expect(replies.text).toContain('“@U0BOSS @everyone told me SQL is key, ||see|| [here](https://evil.example)” (Dana <@U0BOSS>)');
    const messages = replies.list.flatMap((reply) => renderDiscord(reply, { commands: DISCORD_COMMANDS, customId: () => 'id', ephemeral: true }).flat());
    for (const message of messages) expectWithinLimits(message);
    const markdown = messages.flatMap(markdownOf).join('\n');
    expect(foreignMarkup(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/(?<!\\)@everyone/);
  });

  it('with thirty interviews: the top themes in one message within Slack and Discord limits, not a wall', async () => {
    await logInterviews(30);
    const replies = await ana().send('/log insights');
    const shown = replies.text;
    expect(shown).toContain('From your notes on 30 interviews.');
    expect(shown.match(/^(Skills|Paths and ways in|Resources|Companies and organisations|Work life): \d+ of 30 interviews/gm)?.length).toBeLessThanOrEqual(5);
    expect(shown).toMatch(/Skills: 30 of 30 interviews, data and spreadsheets \(15\), communication \(15\)/);
    expect(shown).toContain('28 others wait for a thank-you too: `/log list --stage interviewed`');
    expect(shown).toMatch(/came up in \d+ interviews: ask your next contact about it: `\/questions occupation "data analyst" --focus /);
    expect(shown).not.toContain('Plan the next one');
    const [reply] = replies.list;
    const slack = renderSlack(reply!, SLACK_COMMANDS);
    expect(slack).toHaveLength(1);
    expect(slack[0]!.blocks.length).toBeLessThanOrEqual(50);
    for (const block of slack[0]!.blocks) expect(blockTextLength(block)).toBeLessThanOrEqual(3000);
    const discord = renderDiscord(reply!, { commands: DISCORD_COMMANDS, customId: () => 'id', ephemeral: true });
    expect(discord.flat()).toHaveLength(1);
    expectWithinLimits(discord.flat()[0]!);
  });

  it('gives the same reply for the same journal', async () => {
    await logInterviews(6);
    expect((await ana().send('/log insights')).text).toBe((await ana().send('/log insights')).text);
  });

  it('with an empty journal, says where insights come from and how to start', async () => {
    const shown = (await ana().send('/log insights')).text;
    expect(shown).toContain('No interview notes yet.');
    expect(shown).toContain('`/log interview "Dana Lee" --learned "portfolio matters more than the degree"`');
    expect(shown).toContain('Plan your first interview: `/questions occupation "graphic designer"` (with your own field in place of graphic designer)');
  });

  it('is listed in /help log with its example', async () => {
    const help = (await ana().send('/help log insights')).text;
    expect(help).toContain('What your interviews add up to');
    expect(help).toContain('/log insights');
  });
});
