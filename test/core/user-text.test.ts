import { SLACK_COMMANDS } from '../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { fit } from '../../src/core/markdown-lite.js';
import { mentionedUserId, typedMention, userToken } from '../../src/core/mention-token.js';
import { graphemePrefix, renderAround, textParts, unmarked, userText, withoutReserved } from '../../src/core/user-text.js';
import { renderReply as renderSlack } from '../../adapters/slack/slack.render.js';
import { discordMarkdown } from '../../adapters/discord/discord.render.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';

describe('text a person wrote', () => {
  it("is rendered apart from Rapport's markup, which still wraps it", () => {
    const rendered = renderAround(
      `*${userText('a *b*')}* and ${userText('c')}`,
      (markup) => markup.toUpperCase(),
      (written) => `[${written}]`,
    );
    expect(rendered).toBe('*[a *b*]* AND [c]');
  });

  it("leaves text without any part a person wrote to Rapport's markup alone, and knows when a part sits in a code span", () => {
    expect(
      renderAround(
        'plain *bold*',
        (markup) => markup.toUpperCase(),
        () => 'never',
      ),
    ).toBe('PLAIN *BOLD*');
    expect(textParts('')).toEqual([]);
    const insideCode = (text: string): boolean[] => {
      const seen: boolean[] = [];
      renderAround(
        text,
        (markup) => markup,
        (written, inCode) => (seen.push(inCode), written),
      );
      return seen;
    };
    expect(insideCode(`\`${userText('a')}\` then ${userText('b')} and \`\`\`${userText('c')}`)).toEqual([true, false, true]);
  });

  it('reads a piece cut out of a longer text: a close with no open ends a part begun before the piece', () => {
    const whole = `before ${userText('written text')} after`;
    const cut = whole.indexOf('text');
    expect(textParts(whole.slice(cut))).toEqual([
      { written: true, text: 'text' },
      { written: false, text: ' after' },
    ]);
    expect(textParts(whole.slice(0, cut))).toEqual([
      { written: false, text: 'before ' },
      { written: true, text: 'written ' },
    ]);
  });

  it('cannot forge a mark, a token or NUL, and a half surrogate pair becomes a replacement character', () => {
    expect(withoutReserved('a\u0000b\uE010c\uE012<u:U1>\uD83D')).toBe('abc<u:U1>\uFFFD');
    expect(unmarked(userText(`\uE011${userToken('U1')}`))).toBe('@U1');
  });

  it('shows a typed mention by id, while an option that takes a person still reads it', () => {
    expect(mentionedUserId(typedMention('U1'))).toBe('U1');
    expect(unmarked(userText(`thanks ${typedMention('U1')}`))).toBe('thanks @U1');
  });

  it("never becomes a mention, a link or a broadcast on Slack, where Rapport's own tokens still do", () => {
    const [message] = renderSlack(
      ephemeral(text(`${userToken('U0OWN')} wrote: ${userText('<!channel> <@U0X> <u:U0X> <https://evil.example|click> & more')}`)),
      SLACK_COMMANDS,
    );
    const block = message?.blocks[0];
    expect(block?.type === 'section' ? block.text?.text : '').toBe(
      '<@U0OWN> wrote: &lt;!channel&gt; &lt;@U0X&gt; @U0X &lt;https://evil.example|click&gt; &amp; more',
    );
  });

  it('shows as written on Discord: no mention, masked link, spoiler, heading or broadcast', () => {
    expect(discordMarkdown(`Saved *${userText('[site](https://evil.example) ||x|| <@123> @everyone')}*`)).toBe(
      'Saved **\\[site\\](https://evil.example) \\|\\|x\\|\\| \\<@123\\> @\u200beveryone**',
    );
    expect(discordMarkdown(userText('# big\n> quote\n- item'))).toBe('\\# big\n\\> quote\n\\- item');
    expect(discordMarkdown(`Try \`/log show "${userText('a`b <@1>')}"\``)).toBe('Try `/log show "aˋb <\u200b@1>"`');
  });
});

describe('cutting text to a limit', () => {
  it('never splits an emoji or a letter and its accent, and keeps the ellipsis within the limit', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(graphemePrefix(`ab${family}`, 5)).toBe('ab');
    expect(fit(`a${'😀'.repeat(10)}`, 4)).toBe('a😀…');
    expect(fit('cafe\u0301 au lait', 5)).toBe('caf…');
    expect(fit('cafe\u0301 au lait', 6)).toBe('cafe\u0301…');
    expect(graphemePrefix(`x${'\u0301'.repeat(500)}`, 10)).toHaveLength(10);
  });
});
