import { describe, expect, it } from 'vitest';
import { CustomIds, MAX_CUSTOM_ID_LENGTH, isSnowflake, type CustomIdTarget } from '../../adapters/discord/custom-ids.js';
import { actionRef, decodeActionRef, encodeActionRef } from '../../src/core/reply-builders.js';
import { MAX_ACTION_REF_LENGTH } from '../../src/core/reply.js';

const ids = new CustomIds('bot-token');
const longest = actionRef('questions', 'more', 'x'.repeat(MAX_ACTION_REF_LENGTH - 'questions:more:'.length));
const guildId = '18446744073709551615';

describe('CustomIds', () => {
  it('reads back every kind of target, with or without the server of a DM', () => {
    const targets: CustomIdTarget[] = [
      { kind: 'action', ref: actionRef('questions', 'more', 'sp_abc:2') },
      { kind: 'action', ref: actionRef('privacy', 'keep') },
      { kind: 'form', ref: actionRef('log', 'edit-submit', 'c_1') },
      { kind: 'step', draftId: 'AbC-d_12', step: 1 },
      { kind: 'page', pagesId: 'XyZ', page: 12 },
    ];
    for (const target of targets) {
      expect(ids.decode(ids.encode(target))).toEqual({ target });
      expect(ids.decode(ids.encode(target, '1234567890123'))).toEqual({ target, guildId: '1234567890123' });
    }
  });

  it('fits the longest action reference and a server id in the 100 characters Discord allows', () => {
    const id = ids.encode({ kind: 'action', ref: longest }, guildId);
    expect(id.length).toBeLessThanOrEqual(MAX_CUSTOM_ID_LENGTH);
    expect(ids.decode(id)).toEqual({ target: { kind: 'action', ref: longest }, guildId });
  });

  it('reads a forged, altered, foreign or older id as expired', () => {
    const id = ids.encode({ kind: 'action', ref: actionRef('privacy', 'erase') });
    const altered = id.replace('privacy:erase', 'privacy:keep');
    expect(ids.decode(altered)).toBeUndefined();
    expect(new CustomIds('another-token').decode(id)).toBeUndefined();
    expect(ids.decode(`0${id.slice(1)}`)).toBeUndefined();
    expect(ids.decode('privacy:erase')).toBeUndefined();
    expect(ids.decode('')).toBeUndefined();
  });

  it('takes only Discord ids as servers', () => {
    expect(isSnowflake('1234')).toBe(true);
    expect(isSnowflake(guildId)).toBe(true);
    expect(isSnowflake('18446744073709551616')).toBe(false);
    expect(isSnowflake('@me')).toBe(false);
    expect(() => ids.encode({ kind: 'page', pagesId: 'p', page: 0 }, '@me')).toThrow(RangeError);
  });
});

describe('decodeActionRef', () => {
  it('reverses encodeActionRef, keeping colons in the payload', () => {
    for (const ref of [actionRef('a', 'b'), actionRef('questions', 'more', 'sp_1:3')]) expect(decodeActionRef(encodeActionRef(ref))).toEqual(ref);
    expect(decodeActionRef('nocolon')).toBeUndefined();
    expect(decodeActionRef(':x')).toBeUndefined();
  });
});
