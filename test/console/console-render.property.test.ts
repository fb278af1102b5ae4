import { CONSOLE_COMMANDS } from '../support/command-writers.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReply } from '../../adapters/console/console.render.js';
import { text } from '../../src/core/reply-builders.js';
import { userText, withoutReserved } from '../../src/core/user-text.js';
import { hasLoneSurrogate, hasReserved, hostileText, replyArbitrary } from '../support/reply-arbitraries.js';

describe('console rendering of any reply (property)', () => {
  it("prints no mark of Rapport's and no half character, whatever the reply holds", () => {
    fc.assert(
      fc.property(replyArbitrary, (reply) => {
        const { text: printed } = renderReply(reply, 1, { commands: CONSOLE_COMMANDS, ansi: false });
        expect(hasReserved(printed)).toBe(false);
        expect(hasLoneSurrogate(printed)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("prints what a person wrote exactly as written, inside Rapport's own markup", () => {
    fc.assert(
      fc.property(hostileText, (written) => {
        const printed = renderReply({ visibility: 'ephemeral', blocks: [text(`Saved *${userText(written)}*.`)] }, 1, {
          commands: CONSOLE_COMMANDS,
          ansi: false,
        }).text;
        expect(printed).toContain(`Saved ${withoutReserved(written).replace(/<u:([^\s<>|]{1,100})>/g, '@$1')}.`);
      }),
      { numRuns: 300 },
    );
  });
});
