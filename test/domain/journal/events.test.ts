import { describe, expect, it } from 'vitest';
import { JOURNAL_EVENT_TYPES, stageAfterEvent } from '../../../src/domain/journal/events.js';
import { canMove } from '../../../src/domain/journal/stages.js';

describe('journal events', () => {
  it('map to the stage they move a contact to', () => {
    expect(JOURNAL_EVENT_TYPES.map((type) => [type, stageAfterEvent(type)])).toEqual([
      ['request-sent', 'request-sent'],
      ['reply-received', undefined],
      ['scheduled', 'scheduled'],
      ['interviewed', 'interviewed'],
      ['thanked', 'thanked'],
      ['declined', 'declined'],
      ['no-response', 'no-response'],
      ['keep-in-touch-done', 'keeping-in-touch'],
    ]);
  });

  it('the usual path is a chain of allowed moves', () => {
    const path = ['request-sent', 'scheduled', 'interviewed', 'thanked', 'keep-in-touch-done', 'keep-in-touch-done'] as const;
    let stage = stageAfterEvent(path[0])!;
    for (const type of path.slice(1)) {
      const next = stageAfterEvent(type)!;
      expect(canMove(stage, next)).toBe(true);
      stage = next;
    }
  });
});
