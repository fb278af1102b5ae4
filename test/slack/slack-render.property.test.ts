import { SLACK_COMMANDS } from '../support/command-writers.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { types } from '@slack/bolt';
import { BLOCK_KIT_LIMITS, blockTextLength, renderReply } from '../../adapters/slack/slack.render.js';
import { renderModal } from '../../adapters/slack/modal.render.js';
import { OWN_CHANNEL, OWN_USER, allStrings, formArbitrary, hasLoneSurrogate, hasReserved, replyArbitrary } from '../support/reply-arbitraries.js';

/** The mrkdwn texts of a block: where Slack reads `<...>` as a mention, a link or a date. */
function mrkdwnTexts(block: types.KnownBlock): string[] {
  if (block.type === 'section') return [...(block.text?.type === 'mrkdwn' ? [block.text.text] : []), ...(block.fields ?? []).map((field) => field.text)];
  if (block.type === 'context') return block.elements.flatMap((element) => (element.type === 'mrkdwn' ? [element.text] : []));
  return [];
}

/** What Slack would read as markup: every `<...>`, and every `&` that does not start one of the three escapes. */
function slackMarkup(text: string): string[] {
  return [...(text.match(/<[^>]*>?/g) ?? []), ...(text.match(/&(?!(?:amp|lt|gt);)/g) ?? [])];
}

const ALLOWED_MARKUP = [`<@${OWN_USER}>`, `<#${OWN_CHANNEL}>`];

describe('Slack rendering of any reply (property)', () => {
  it('keeps every Block Kit limit, splits long replies over messages of at most 50 blocks and 12,000 characters, and lets no student text become a mention, a link or half a character', () => {
    fc.assert(
      fc.property(replyArbitrary, (reply) => {
        const messages = renderReply(reply, SLACK_COMMANDS);
        for (const message of messages) {
          expect(message.blocks.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.messageBlocks);
          expect(message.blocks.reduce((sum, block) => sum + blockTextLength(block), 0)).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.messageText);
          expect(message.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.fallbackText);
          for (const block of message.blocks) {
            if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.headerText);
            if (block.type === 'section') {
              expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionText);
              expect(block.fields?.length ?? 0).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionFields);
              for (const field of block.fields ?? []) expect(field.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.fieldText);
            }
            if (block.type === 'context')
              for (const element of block.elements) expect('text' in element ? element.text.length : 0).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.sectionText);
            if (block.type === 'actions') {
              expect(block.elements.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.actionElements);
              for (const element of block.elements) {
                if (element.type === 'button') expect(element.text.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.buttonText);
                if (element.type === 'static_select') {
                  expect(element.options?.length ?? 0).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.selectOptions);
                  for (const option of element.options ?? []) expect(option.text.text.length).toBeLessThanOrEqual(BLOCK_KIT_LIMITS.buttonText);
                }
              }
            }
            for (const text of mrkdwnTexts(block)) {
              for (const markup of slackMarkup(text)) {
                if (!markup.startsWith('<!date^')) expect(ALLOWED_MARKUP).toContain(markup);
              }
            }
          }
          for (const text of allStrings(message)) {
            expect(hasLoneSurrogate(text)).toBe(false);
            expect(hasReserved(text)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("renders any form as a modal within Slack's limits, its prefilled values cut between characters", () => {
    fc.assert(
      fc.property(formArbitrary, (form) => {
        const modal = renderModal(form, [], { responseUrl: 'https://hooks.slack.test/r', channelId: 'C1' }, SLACK_COMMANDS);
        expect(modal.title.text.length).toBeLessThanOrEqual(24);
        expect(modal.submit?.text.length ?? 0).toBeLessThanOrEqual(24);
        expect(modal.blocks.length).toBeLessThanOrEqual(100);
        for (const block of modal.blocks.filter((each): each is types.InputBlock => each.type === 'input')) {
          expect(block.label.text.length).toBeLessThanOrEqual(2000);
          expect(block.hint?.text.length ?? 0).toBeLessThanOrEqual(2000);
          if (block.element.type === 'plain_text_input') expect(block.element.initial_value?.length ?? 0).toBeLessThanOrEqual(block.element.max_length ?? 3000);
          if (block.element.type === 'static_select') {
            expect(block.element.options?.length ?? 0).toBeLessThanOrEqual(100);
            for (const option of block.element.options ?? []) expect(option.text.text.length).toBeLessThanOrEqual(75);
          }
        }
        for (const text of allStrings(modal)) {
          expect(hasLoneSurrogate(text)).toBe(false);
          expect(hasReserved(text)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
