import { DISCORD_COMMANDS } from '../support/command-writers.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply, withNavigation, type RenderContext } from '../../adapters/discord/discord.render.js';
import { MODAL_LIMITS, formSteps, renderModal } from '../../adapters/discord/modal.render.js';
import { messageOptions } from '../../adapters/discord/reply-messages.js';
import { expectWithinLimits, foreignMarkup, markdownOf } from '../support/discord-message-checks.js';
import { allStrings, formArbitrary, hasLoneSurrogate, hasReserved, replyArbitrary } from '../support/reply-arbitraries.js';

/** Every component gets an id of its own, so the renderer keeps them all and the limits are reached. */
function numberingContext(): RenderContext {
  let next = 0;
  return { commands: DISCORD_COMMANDS, customId: () => `id-${next++}`, ephemeral: true };
}

describe('Discord rendering of any reply (property)', () => {
  it("keeps every message within Discord's limits, pages included, lets no student text become a mention, a masked link or a spoiler or leave half a character, and allows no mention to notify", () => {
    fc.assert(
      fc.property(replyArbitrary, (reply) => {
        const messages = renderReply(reply, numberingContext()).flatMap((pages) => withNavigation(pages, (index) => `page-${index}`));
        for (const message of messages) {
          expectWithinLimits(message);
          for (const markdown of markdownOf(message)) expect(foreignMarkup(markdown)).toEqual([]);
          for (const text of allStrings({ ...message, files: [] })) {
            expect(hasLoneSurrogate(text)).toBe(false);
            expect(hasReserved(text)).toBe(false);
          }
          expect(messageOptions(message).allowedMentions).toEqual({ parse: [] });
        }
      }),
      { numRuns: 150 },
    );
  });

  it("renders every step of any form as a modal within Discord's limits", () => {
    fc.assert(
      fc.property(formArbitrary, (form) => {
        formSteps(form).forEach((_, step) => {
          const modal = renderModal(form, step, 'form-id');
          expect(modal.title.length).toBeLessThanOrEqual(MODAL_LIMITS.title);
          expect(modal.components.length).toBeLessThanOrEqual(MODAL_LIMITS.components);
          for (const label of modal.components) {
            if (!('label' in label)) continue;
            expect(label.label.length).toBeLessThanOrEqual(MODAL_LIMITS.label);
            expect(label.description?.length ?? 0).toBeLessThanOrEqual(MODAL_LIMITS.description);
            const input = label.component;
            if ('value' in input && input.value !== undefined)
              expect(input.value.length).toBeLessThanOrEqual(Math.min(input.max_length ?? MODAL_LIMITS.textInput, MODAL_LIMITS.textInput));
            if ('options' in input) {
              expect(input.options.length).toBeLessThanOrEqual(MODAL_LIMITS.selectOptions);
              for (const option of input.options) expect(option.label.length).toBeLessThanOrEqual(MODAL_LIMITS.optionText);
            }
          }
          for (const text of allStrings(modal)) {
            expect(hasLoneSurrogate(text)).toBe(false);
            expect(hasReserved(text)).toBe(false);
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});
