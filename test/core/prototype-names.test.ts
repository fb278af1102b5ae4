import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';

describe('names Object carries on every object', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ advisorIds: ['ana'] });
  });
  afterEach(() => harness.close());

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('are read as any unknown word, never as a subcommand or an action: %s', async (name) => {
    const typed = await harness.as('ana').in('#fall').send(`/cohort ${name}`);
    const unknown = await harness.as('ana').in('#fall').send('/cohort frobnicate');
    expect(typed.text).toBe(unknown.text.replaceAll('frobnicate', name));
    const pressed = await harness.as('ana').dispatch({ kind: 'action', action: { command: 'log', action: name } });
    expect(pressed.text).not.toContain('error id');
    expect(harness.logs().filter((line) => line.msg === 'handler failed')).toEqual([]);
  });
});
