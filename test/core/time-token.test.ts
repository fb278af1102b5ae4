import { CONSOLE_COMMANDS } from '../support/command-writers.js';
import { describe, expect, it } from 'vitest';
import { replaceTimeTokens, timeToken } from '../../src/core/time-token.js';
import { TOKEN_MARK } from '../../src/core/user-text.js';
import { renderReply } from '../../adapters/console/console.render.js';
import { publicReply, text } from '../../src/core/reply-builders.js';

describe('time tokens', () => {
  const at = new Date('2026-11-24T14:00:00Z');

  it('carry the instant and the fallback, and can be rewritten per platform', () => {
    const token = timeToken(at, 'Tuesday, November 24 at 9:00 AM EST');
    expect(token).toBe(`${TOKEN_MARK}<t:1795528800|Tuesday, November 24 at 9:00 AM EST>`);
    expect(replaceTimeTokens(`due ${token}.`, (seconds) => `<t:${seconds}:f>`)).toBe('due <t:1795528800:f>.');
  });

  it("are Rapport's alone: the same text typed by a person is not a token", () => {
    expect(replaceTimeTokens('due <t:1795528800|soon>.', () => 'TOKEN')).toBe('due <t:1795528800|soon>.');
  });

  it('read as the fallback on the console', () => {
    const reply = publicReply(text(`Due ${timeToken(at, 'Tuesday at 9:00 AM')} and ${timeToken(at, 'again')}`));
    expect(renderReply(reply, 1, { commands: CONSOLE_COMMANDS, ansi: false }).text).toContain('Due Tuesday at 9:00 AM and again');
  });

  it('cannot be broken by a ">" in the fallback', () => {
    expect(replaceTimeTokens(timeToken(at, 'a > b'), (_s, fallback) => fallback)).toBe('a  b');
  });
});
