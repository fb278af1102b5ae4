import { describe, expect, it } from 'vitest';
import { userErrorReply } from '../../src/core/error-replies.js';
import { UserError } from '../../src/core/errors.js';

const asOnSlack = (text: string): string => text.replaceAll('/remind', '/nudge');

describe('userErrorReply', () => {
  it('spells command names as the platform does everywhere, the field error beside a form field included', () => {
    const reply = userErrorReply(new UserError('bad-input', 'Pick a time that /remind understands.', 'See /remind help.', '/remind add "call Dana" tomorrow 9am', 'when'), asOnSlack);
    expect(reply.fieldErrors).toEqual({ when: 'Pick a time that /nudge understands.' });
    const shown = JSON.stringify(reply.blocks);
    expect(shown).toContain('Pick a time that /nudge understands.');
    expect(shown).toContain('See /nudge help.');
    expect(shown).toContain('/nudge add');
    expect(shown).not.toContain('/remind');
  });
});
