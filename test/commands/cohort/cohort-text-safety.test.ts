import { DISCORD_COMMANDS, SLACK_COMMANDS } from '../../support/command-writers.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../../adapters/discord/discord.render.js';
import { renderReply as renderSlack } from '../../../adapters/slack/slack.render.js';
import type { Reply } from '../../../src/core/reply.js';
import { foreignMarkup, markdownOf } from '../../support/discord-message-checks.js';
import type { Harness } from '../../support/harness.js';
import { allStrings } from '../../support/reply-arbitraries.js';
import { cohortHarness } from './cohort-setup.js';

/** Slack's plain_text objects are never read as markup; everything else may be. */
const withoutPlainText = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_key, each: unknown) =>
      typeof each === 'object' && each !== null && (each as { type?: unknown }).type === 'plain_text' ? undefined : each,
    ),
  );

/** What Slack would read as mrkdwn and everything Discord would be sent for these replies, each as one text. */
function asSent(replies: readonly Reply[]): { slack: string; discord: string } {
  return {
    slack: allStrings(withoutPlainText(replies.flatMap((reply) => renderSlack(reply, SLACK_COMMANDS)))).join('\n'),
    discord: replies
      .flatMap((reply) =>
        renderDiscord(reply, { commands: DISCORD_COMMANDS, customId: () => 'id', ephemeral: true })
          .flat()
          .flatMap(markdownOf),
      )
      .join('\n'),
  };
}

describe('/cohort: what students and advisors type never pings or links anyone', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it('shows a typed mention, a broadcast, a masked link and a spoiler as written in the public welcome and in a shared summary', async () => {
    const ana = harness.as('ana').in('#fall');
    const bea = harness.as('bea').in('#fall');
    const welcome = await ana.send('/cohort create "<u:U0BOSS> <!channel> [x](https://e.x)"');
    await bea.send('/cohort join');
    await bea.send('/log interview "Dana <@U0BOSS>" --learned "<u:U0BOSS> @everyone ||spoiler|| [click](https://evil.example)"');
    await bea.send('/cohort share "Dana <@U0BOSS>"');
    const report = await ana.send('/cohort report');
    expect(report.text).toContain('@U0BOSS @everyone ||spoiler|| [click](https://evil.example)');

    for (const replies of [welcome.list, report.list]) {
      const { slack, discord } = asSent(replies);
      expect(slack).not.toMatch(/<@U0BOSS>|<!channel>|<https?:/);
      expect(slack).toContain('&lt;!channel&gt;');
      // The one tag Rapport writes itself here: the cohort's channel.
      expect(foreignMarkup(discord).filter((tag) => tag !== '<##fall>')).toEqual([]);
    }
  });

  it('shows a hostile assignment title, prompt and reflection as written to students and advisors, and in the reminder', async () => {
    const ana = harness.as('ana').in('#fall');
    const bea = harness.as('bea');
    await ana.send('/cohort create fall');
    await harness.as('bea').in('#fall').send('/cohort join');
    await ana.send('/cohort assign "<!channel> *Explore*" --interviews 1 --due 2026-12-18 --prompt "<u:U0BOSS> [click](https://evil.example)?"');
    const logged = await bea.send('/log interview "Dana Lee" --learned "design reviews"');
    const saved = await bea.send('/log reflect "Dana Lee" --answer "@everyone ||spoiler|| <@U0BOSS>"');
    const me = await bea.send('/cohort me');
    const read = await ana.send('/cohort reflections');
    expect(read.text).toContain('@everyone ||spoiler|| <@U0BOSS>');
    await harness.as('cal').in('#fall').send('/cohort join');
    await harness.passTime(new Date('2026-12-16T15:00:00Z'));
    const [reminder] = harness.dms('cal').filter((dm) => dm.text.includes('Explore'));
    expect(reminder).toBeDefined();
    for (const replies of [logged.list, saved.list, me.list, read.list, reminder?.list ?? []]) {
      const { slack, discord } = asSent(replies);
      expect(slack).not.toMatch(/<@U0BOSS>|<!channel>|<https?:/);
      expect(discord).not.toMatch(/(?<!\\)@everyone|<@U0BOSS>/);
      expect(foreignMarkup(discord)).toEqual([]);
      // The title's asterisks are the advisor's, shown as written, never bold.
      expect(discord).toContain('\\*Explore\\*');
    }
  });
});
