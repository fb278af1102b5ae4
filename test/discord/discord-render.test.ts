import { DISCORD_COMMANDS } from '../support/command-writers.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { expectWithinLimits } from '../support/discord-message-checks.js';
import {
  MESSAGE_LIMITS,
  discordMarkdown,
  renderReply,
  withNavigation,
  type RenderContext,
  type RenderedMessage,
} from '../../adapters/discord/discord.render.js';
import type { CustomIdTarget } from '../../adapters/discord/custom-ids.js';
import {
  actionRef,
  actions,
  bullets,
  button,
  context,
  divider,
  ephemeral,
  fields,
  heading,
  numbered,
  publicReply,
  select,
  text,
} from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { EVERY_BLOCK_REPLY } from '../fixtures/sample-replies.js';
import { channelToken, userToken } from '../../src/core/mention-token.js';
import { timeToken } from '../../src/core/time-token.js';

const inChannel: RenderContext = { commands: DISCORD_COMMANDS, customId: (target: CustomIdTarget) => JSON.stringify(target), ephemeral: true };
const inDm: RenderContext = { ...inChannel, ephemeral: false };

/** Renders and flattens: every page of every message. */
const pagesOf = (reply: Reply, context = inChannel): RenderedMessage[] => renderReply(reply, context).flat();

describe('renderReply', () => {
  it('writes a short reply without headings as plain content, ephemeral when private', () => {
    const [message] = pagesOf(ephemeral(text('✅ Done: *Time to thank Dana Lee*.'), context('Reminder #3')));
    expect(message).toEqual({ content: '✅ Done: **Time to thank Dana Lee**.\n-# Reminder #3', embeds: [], components: [], files: [], ephemeral: true });
  });

  it('is never ephemeral in a DM, where only the student reads anyway', () => {
    expect(pagesOf(ephemeral(text('hi')), inDm)[0]?.ephemeral).toBe(false);
    expect(pagesOf(publicReply(text('hi')))[0]?.ephemeral).toBe(false);
  });

  it('shows times as Discord timestamps, which each reader sees in their own zone', () => {
    const at = new Date('2026-11-24T14:00:00Z');
    expect(discordMarkdown(`Due ${timeToken(at, 'Tuesday at 9:00 AM')}.`)).toBe(`Due <t:${at.getTime() / 1000}:f>.`);
  });

  it('shows channel and person tokens as Discord mentions', () => {
    expect(discordMarkdown(`Created *fall* in ${channelToken('1200')} by ${userToken('1300')}.`)).toBe('Created **fall** in <#1200> by <@1300>.');
  });

  it('writes button labels and menu options as plain text, which Discord shows without mentions or timestamps', () => {
    const at = new Date('2026-12-08T14:00:00Z');
    const reply = ephemeral(
      text('Next steps'),
      actions(
        button(`Show ${userToken('1300')}`, actionRef('log', 'show')),
        select(`By ${timeToken(at, 'Tuesday')}`, actionRef('log', 'pick'), [{ label: `${channelToken('1200')} digest`, value: 'digest' }]),
      ),
    );
    const components = JSON.stringify(pagesOf(reply)[0]?.components);
    expect(components).toContain('"label":"Show @1300"');
    expect(components).toContain('"placeholder":"By Tuesday"');
    expect(components).toContain('"label":"#1200 digest"');
    expect(components).not.toMatch(/<[ut]:|<c:/);
  });

  it('keeps text that would become Discord headings or quotes as it was typed', () => {
    expect(discordMarkdown('# not a heading\n> not a quote\n-# not small')).toBe('\\# not a heading\n\\> not a quote\n\\-# not small');
  });

  it('renders every kind of block: an embed up to the divider, then one for the small print, and a row per menu', () => {
    const [message] = pagesOf(EVERY_BLOCK_REPLY);
    expect(message?.embeds.map(({ title, description, fields: embedFields }) => ({ title, description, fields: embedFields }))).toEqual([
      {
        title: 'Your plan',
        description:
          'Ask the **most important** questions first.\nKeep to _time_.\n1. What does a typical week hold?\n2. Which skills matter most?\n- Thank them within 48 hours',
        fields: [
          { name: 'Time', value: '15 minutes', inline: true },
          { name: 'Role', value: '\u200b', inline: true },
        ],
      },
      { title: undefined, description: '-# Saved plans: /questions mine', fields: undefined },
    ]);
    expect(message?.components.map((row) => row.components.map((component) => component.type))).toEqual([[ComponentType.Button], [ComponentType.StringSelect]]);
    expect(message?.components[0]?.components[0]).toMatchObject({ label: 'Done', style: ButtonStyle.Primary });
    expect(message?.components[1]?.components[0]).toMatchObject({ placeholder: 'Snooze', options: [{ label: '1 hour', value: '1h', description: 'soon' }] });
    expect(message?.ephemeral).toBe(true);
  });

  it('makes a reply with a heading an embed: the heading its title, lists and later headings in the description', () => {
    const [message] = pagesOf(
      ephemeral(heading('Your plan'), text('*Open with:* hello'), heading('Must ask'), numbered(['One?', 'Two?\n→ probe']), bullets(['spare'])),
    );
    expect(message?.content).toBeUndefined();
    expect(message?.embeds).toHaveLength(1);
    expect(message?.embeds[0]?.title).toBe('Your plan');
    expect(message?.embeds[0]?.description).toBe('**Open with:** hello\n### Must ask\n1. One?\n2. Two?\n   → probe\n- spare');
  });

  it('keeps fields in their place: text after fields starts a new embed; a divider does too', () => {
    const [message] = pagesOf(
      ephemeral(
        heading('Dana Lee'),
        fields([
          { label: 'Stage', value: 'Interviewed' },
          { label: 'Notes', value: 'x'.repeat(60) },
        ]),
        text('after'),
        divider,
        text('next'),
      ),
    );
    expect(message?.embeds.map((embed) => embed.description ?? '')).toEqual(['', 'after', 'next']);
    expect(message?.embeds[0]?.fields).toEqual([
      { name: 'Stage', value: 'Interviewed', inline: true },
      { name: 'Notes', value: 'x'.repeat(60), inline: false },
    ]);
  });

  it('turns buttons into rows of five and each select menu into a row of its own, with styles and custom ids', () => {
    const buttons = Array.from({ length: 7 }, (_, index) =>
      button(`B${index}`, actionRef('demo', 'press', String(index)), index === 0 ? 'primary' : index === 1 ? 'danger' : undefined),
    );
    const menu = select('Snooze', actionRef('remind', 'snooze', 'r_1'), [{ label: '1 hour', value: '1h' }]);
    const [message] = pagesOf(ephemeral(text('Pick'), actions(...buttons.slice(0, 3), menu, ...buttons.slice(3))));
    expect(message?.components.map((row) => row.components.map((component) => component.type))).toEqual([
      [ComponentType.Button, ComponentType.Button, ComponentType.Button],
      [ComponentType.StringSelect],
      [ComponentType.Button, ComponentType.Button, ComponentType.Button, ComponentType.Button],
    ]);
    const first = message?.components[0]?.components[0];
    expect(first).toEqual({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: 'B0',
      custom_id: JSON.stringify({ kind: 'action', ref: actionRef('demo', 'press', '0') }),
    });
    expect(message?.components[0]?.components[1]).toMatchObject({ style: ButtonStyle.Danger });
    expect(message?.components[0]?.components[2]).toMatchObject({ style: ButtonStyle.Secondary });
  });

  it('trims labels and options to Discord limits and skips a second element with the same custom id', () => {
    const options = Array.from({ length: 30 }, (_, index) => ({ label: `Option ${index} ${'y'.repeat(120)}`, value: `v${index}` }));
    const same = actionRef('demo', 'same');
    const [message] = pagesOf(
      ephemeral(text('x'), actions(button('z'.repeat(100), same), button('again', same), select('p'.repeat(200), actionRef('demo', 'menu'), options))),
    );
    expectWithinLimits(message!);
    expect(message?.components[0]?.components).toHaveLength(1);
    const menu = message?.components[1]?.components[0];
    expect(menu?.type === ComponentType.StringSelect && menu.options[0]?.label.endsWith('…')).toBe(true);
  });

  it('starts a new message when content follows buttons, so each set of buttons stays under what it acts on', () => {
    const nudge = (title: string) => [text(`*${title}*`), context('Reminder'), actions(button('Done', actionRef('remind', 'done', title)))];
    const messages = renderReply(publicReply(heading('2 reminders for you'), ...nudge('Thank Dana'), divider, ...nudge('Call Sam')), inDm);
    expect(messages).toHaveLength(2);
    expect(messages[0]?.[0]?.embeds[0]?.title).toBe('2 reminders for you');
    expect(messages[1]?.[0]?.embeds[0]?.description).toContain('Call Sam');
    expect(messages.map((pages) => pages[0]?.components.length)).toEqual([1, 1]);
  });

  it('cuts a long reply into pages within every limit, leaving a row for the page controls', () => {
    const items = Array.from({ length: 120 }, (_, index) => `Question ${index}: ${'why '.repeat(30)}`);
    const many = Array.from({ length: 40 }, (_, index) => ({ label: `Field ${index}`, value: 'v'.repeat(300) }));
    const buttons = Array.from({ length: 25 }, (_, index) => button(`B${index}`, actionRef('demo', 'b', String(index))));
    const [pages] = renderReply(ephemeral(heading('Long'), bullets(items), fields(many), actions(...buttons)), inChannel);
    expect(pages!.length).toBeGreaterThan(1);
    for (const page of pages!) {
      expectWithinLimits(page);
      expect(page.components.length).toBeLessThanOrEqual(MESSAGE_LIMITS.rows - 1);
    }
    const shown = pages!.flatMap((page) => page.embeds.map((embed) => embed.description ?? '')).join('\n');
    expect(shown).toContain('Question 0:');
    expect(shown).toContain('Question 119:');
    expect(pages!.flatMap((page) => page.embeds.flatMap((embed) => embed.fields ?? []))).toHaveLength(40);
    expect(pages!.flatMap((page) => page.components.flatMap((row) => row.components))).toHaveLength(25);
  });

  it('never cuts a timestamp in half when a long field value or line is shortened', () => {
    const when = timeToken(new Date('2026-11-24T14:00:00Z'), 'Tuesday at 9:00 AM');
    const rendered = discordMarkdown(when);
    for (let padding = MESSAGE_LIMITS.fieldValue - rendered.length - 2; padding < MESSAGE_LIMITS.fieldValue + 2; padding += 1) {
      const value = `${'a'.repeat(padding)} ${when}`;
      const messages = pagesOf(ephemeral(heading('Plan'), fields([{ label: 'When', value }]), text(`${'b'.repeat(padding + 3000)} ${when}`)));
      const shown = messages.flatMap((message) =>
        message.embeds.flatMap((embed) => [embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)]),
      );
      for (const each of shown) expect(each.replaceAll(rendered, '')).not.toMatch(/<t:|:f>/);
    }
  });

  it('adds Previous, "Page i of n" and Next to each page', () => {
    const pages: RenderedMessage[] = [1, 2, 3].map((page) => ({ content: `p${page}`, embeds: [], components: [], files: [], ephemeral: true }));
    const navigable = withNavigation(pages, (index) => `page-${index}`);
    const labels = navigable.map((page) => page.components.at(-1)?.components.map((component) => ('label' in component ? component.label : '')));
    expect(labels).toEqual([
      ['Page 1 of 3', 'Next ▶'],
      ['◀ Previous', 'Page 2 of 3', 'Next ▶'],
      ['◀ Previous', 'Page 3 of 3'],
    ]);
    expect(navigable[1]?.components[0]?.components.map((component) => ('custom_id' in component ? component.custom_id : ''))).toEqual([
      'page-0',
      'page-1',
      'page-2',
    ]);
    expect(withNavigation(pages.slice(0, 1), String)).toEqual(pages.slice(0, 1));
  });

  it('sends attachments as files with the first message', () => {
    const reply: Reply = { ...ephemeral(text('📄 Your script')), attachments: [{ filename: 'script.txt', contentType: 'text/plain', content: 'Hello' }] };
    const [message] = pagesOf(reply);
    expect(message?.files).toEqual([{ name: 'script.txt', data: Buffer.from('Hello') }]);
  });

  it('adds trailing rows (a form button) after the reply, and never sends an empty message', () => {
    const row = {
      type: ComponentType.ActionRow as const,
      components: [{ type: ComponentType.Button as const, style: ButtonStyle.Primary as const, label: 'Open', custom_id: 'open' }],
    };
    expect(renderReply(ephemeral(text('Fill it in')), inChannel, [row])[0]?.[0]?.components).toEqual([row]);
    expect(pagesOf(ephemeral())[0]?.content).toBe('👍');
  });
});
