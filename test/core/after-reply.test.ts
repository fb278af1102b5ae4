import { afterEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../../src/core/command.js';
import { textOption } from '../../src/core/options.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import { Harness } from '../support/harness.js';

/** What the bookkeeping did, in order, and a gate that holds a task until the test opens it. */
const journal: string[] = [];
let gate: Promise<void> = Promise.resolve();

/** `/mark <word>` replies at once and records the word afterwards; `/mark fail` leaves failing bookkeeping; `/mark crash` fails after leaving some. */
const markCommand = defineCommand({
  name: 'mark',
  description: 'Record a word after replying',
  examples: ['/mark hello'],
  options: { word: textOption({ description: 'The word', positional: true, maxLength: 20 }) },
  run: (ctx, args) => {
    if (args.word === 'fail') ctx.afterReply(() => Promise.reject(new Error('the disk is full')));
    else
      ctx.afterReply(async () => {
        await gate;
        journal.push(`${ctx.actor.userId} wrote ${args.word}`);
      });
    if (args.word === 'crash') throw new Error('the handler broke');
    journal.push(`${ctx.actor.userId} was answered about ${args.word}`);
    return ephemeral(text(`noted ${args.word}; so far: ${journal.join(', ') || 'nothing'}`));
  },
});

describe('bookkeeping after a reply', () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.close();
    journal.length = 0;
    gate = Promise.resolve();
  });

  it('runs after the reply is returned, and before the same person’s next event is handled', async () => {
    harness = await Harness.create({ commands: [markCommand] });
    await harness.as('ana').send('/mark first');
    expect(journal).toEqual(['ana was answered about first']);
    const second = await harness.as('ana').send('/mark second');
    expect(second.text).toContain('so far: ana was answered about first, ana wrote first');
    await harness.dispatcher.settled();
    expect(journal.at(-1)).toBe('ana wrote second');
  });

  it('does not hold up other people while one person’s bookkeeping is still running', async () => {
    harness = await Harness.create({ commands: [markCommand] });
    let open = (): void => undefined;
    gate = new Promise((resolve) => {
      open = resolve;
    });
    await harness.as('ana').send('/mark slow');
    const bob = await harness.as('bob').send('/mark quick');
    expect(bob.text).toContain('noted quick');
    expect(journal).not.toContain('ana wrote slow');
    open();
    await harness.dispatcher.settled();
    expect(journal).toEqual(['ana was answered about slow', 'bob was answered about quick', 'ana wrote slow', 'bob wrote quick']);
  });

  it('logs a failure with an error id, keeps the reply, and goes on with the next event', async () => {
    harness = await Harness.create({ commands: [markCommand] });
    expect((await harness.as('ana').send('/mark fail')).text).toContain('noted fail');
    expect((await harness.as('ana').send('/mark next')).text).toContain('noted next');
    const failure = harness.logs().find((line) => line.msg === 'bookkeeping after a reply failed');
    expect(failure).toMatchObject({ inbound: '/mark', user: 'ana', err: { message: 'the disk is full' } });
    expect(failure?.errorId).toMatch(/^E-[0-9A-F]{8}$/);
  });

  it('drops the bookkeeping of a handler that failed', async () => {
    harness = await Harness.create({ commands: [markCommand] });
    expect((await harness.as('ana').send('/mark crash')).text).toMatch(/E-[0-9A-F]{8}/);
    await harness.dispatcher.settled();
    expect(journal).toEqual([]);
  });
});
