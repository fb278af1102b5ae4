import { SLACK_COMMANDS } from '../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { refOfActionId } from '../../adapters/slack/action-id.js';
import { BLOCK_KIT_LIMITS, chunkText, mrkdwn, renderReply } from '../../adapters/slack/slack.render.js';
import { actionRef, actions, button, ephemeral, fields, heading, text } from '../../src/core/reply-builders.js';
import type { Reply } from '../../src/core/reply.js';
import { EVERY_BLOCK_REPLY } from '../fixtures/sample-replies.js';
import { channelToken, userToken } from '../../src/core/mention-token.js';
import { timeToken } from '../../src/core/time-token.js';

const ref = actionRef('remind', 'done', 'r1');

describe('renderReply (Block Kit)', () => {
  it('renders every kind of block', () => {
    const [message] = renderReply(EVERY_BLOCK_REPLY, SLACK_COMMANDS);
    expect(message?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Your plan', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: 'Ask the *most important* questions first.\nKeep to _time_.' } },
      { type: 'section', text: { type: 'mrkdwn', text: '1. What does a typical week hold?\n2. Which skills matter most?' } },
      { type: 'section', text: { type: 'mrkdwn', text: '• Thank them within 48 hours' } },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*Time*\n15 minutes' },
          { type: 'mrkdwn', text: '*Role*\n-' },
        ],
      },
      { type: 'divider' },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Saved plans: /questions mine' }] },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: 'Done', emoji: true }, action_id: 'rapport.0.remind:done:r1', style: 'primary' },
          {
            type: 'static_select',
            action_id: 'rapport.1.remind:snooze:r1',
            placeholder: { type: 'plain_text', text: 'Snooze', emoji: true },
            options: [
              { text: { type: 'plain_text', text: '1 hour', emoji: true }, value: '1h', description: { type: 'plain_text', text: 'soon', emoji: true } },
            ],
          },
        ],
      },
    ]);
    expect(message?.text).toBe(
      [
        'Your plan',
        'Ask the *most important* questions first.\nKeep to _time_.',
        '1. What does a typical week hold?\n2. Which skills matter most?',
        '• Thank them within 48 hours',
        '*Time*\n15 minutes\n*Role*\n-',
        'Saved plans: /questions mine',
      ].join('\n'),
    );
  });

  it("escapes &, < and > and shows time tokens in each reader's zone, with the student's time as fallback", () => {
    const at = new Date('2026-11-24T14:00:00Z');
    expect(mrkdwn(`R&D <team> at ${timeToken(at, 'Tuesday, November 24 at 9:00 AM EST')}`)).toBe(
      'R&amp;D &lt;team&gt; at <!date^1795528800^{date_long_pretty} at {time}|Tuesday, November 24 at 9:00 AM EST>',
    );
    const [message] = renderReply(ephemeral(heading(`Due ${timeToken(at, 'tomorrow 9:00')}`), text(`Due ${timeToken(at, 'tomorrow 9:00')}`)), SLACK_COMMANDS);
    expect(message?.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Due tomorrow 9:00', emoji: true } });
    expect(message?.text).toBe('Due tomorrow 9:00\nDue tomorrow 9:00');
  });

  it('shows channel and person tokens as Slack links, which read as their names, and by id where no link can show', () => {
    expect(mrkdwn(`Created *fall* in ${channelToken('C0FALL')} by ${userToken('UANA')} <3`)).toBe('Created *fall* in <#C0FALL> by <@UANA> &lt;3');
    const [message] = renderReply(ephemeral(heading(`Digest for ${channelToken('C0FALL')}`)), SLACK_COMMANDS);
    expect(message?.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Digest for #C0FALL', emoji: true } });
  });

  it('splits long text over sections of at most 3,000 characters, never inside a time token', () => {
    const token = timeToken(new Date('2026-11-24T14:00:00Z'), 'Tuesday at 9:00 AM');
    const long = Array.from({ length: 400 }, (_, index) => `line ${index} ${token} & more words here`).join('\n');
    const sections = renderReply(ephemeral(text(long)), SLACK_COMMANDS).flatMap((message) => message.blocks);
    expect(sections.length).toBeGreaterThan(4);
    for (const block of sections) {
      const body = block.type === 'section' ? (block.text?.text ?? '') : '';
      expect(body.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionText);
      expect(body.match(/<!date/g)?.length).toBe(body.match(/\|Tuesday at 9:00 AM>/g)?.length);
    }
    expect(sections.map((block) => (block.type === 'section' ? block.text?.text : '')).join('\n')).toBe(mrkdwn(long));
    expect(chunkText('x'.repeat(7000), 3000, (part) => part.length).map((part) => part.length)).toEqual([3000, 3000, 1000]);
  });

  it('splits a reply of more than 50 blocks over several messages, and fields over sections of 10', () => {
    const many: Reply = ephemeral(...Array.from({ length: 120 }, (_, index) => text(`paragraph ${index}`)));
    expect(renderReply(many, SLACK_COMMANDS).map((message) => message.blocks.length)).toEqual([50, 50, 20]);
    const wide = renderReply(ephemeral(fields(Array.from({ length: 23 }, (_, index) => ({ label: `L${index}`, value: 'v' })))), SLACK_COMMANDS);
    expect(wide[0]?.blocks.map((block) => (block.type === 'section' ? block.fields?.length : 0))).toEqual([10, 10, 3]);
  });

  it('keeps the action reference of every element, and numbers elements so each action id is unique', () => {
    const [message] = renderReply(ephemeral(actions(button('A', ref), button('B', ref))), SLACK_COMMANDS);
    const ids =
      message?.blocks.flatMap((block) =>
        block.type === 'actions' ? block.elements.map((element) => ('action_id' in element ? element.action_id : '')) : [],
      ) ?? [];
    expect(new Set(ids).size).toBe(2);
    expect(ids.map((id) => refOfActionId(id ?? ''))).toEqual([ref, ref]);
  });

  it("renders a reply's text only: its files are uploaded apart, never pasted into messages", () => {
    const csv = Array.from({ length: 300 }, (_, index) => `name ${index},stage,"R&D <lab>"`).join('\r\n');
    const reply: Reply = { ...ephemeral(text('Your export')), attachments: [{ filename: 'journal.csv', contentType: 'text/csv', content: csv }] };
    expect(renderReply(reply, SLACK_COMMANDS)).toEqual(renderReply(ephemeral(text('Your export')), SLACK_COMMANDS));
  });

  it('renders a header too long for a header block as bold text, and a reply with only a form as no message', () => {
    const [message] = renderReply(ephemeral(heading('x'.repeat(200))), SLACK_COMMANDS);
    expect(message?.blocks[0]?.type).toBe('section');
    expect(renderReply({ visibility: 'ephemeral', blocks: [], form: { title: 't', submitLabel: 's', fields: [], submit: ref } }, SLACK_COMMANDS)).toEqual([]);
  });
});
