import { describe, expect, it } from 'vitest';
import { commandRef, commandRefsIn, optionRef, writeCommandRefs, writeCommandsIn, type CommandWriter } from '../../src/core/command-ref.js';
import { createRegistry } from '../../src/core/registry.js';
import { actions, button, ephemeral, text } from '../../src/core/reply-builders.js';
import { typedRef } from '../../src/core/typed-ref.js';
import { withoutReserved } from '../../src/core/user-text.js';
import { SAMPLE_COMMANDS } from '../support/sample-commands.js';

/** Writes a ref as what it holds, and says where it stood, so a test sees exactly what a renderer is given. */
const spy: CommandWriter = (ref, plain) => `[${ref.form} ${ref.command} ${ref.subcommand ?? '-'} ${JSON.stringify(ref.args)}${plain ? ' plain' : ''}]`;

describe('a command named in a reply', () => {
  it('is a value (command, subcommand, arguments) that a renderer reads back whole, whatever the arguments hold', () => {
    const token = commandRef('log', 'thanked', { contact: 'Zoë "Z" Martin <@U1> `x`', keep: undefined });
    expect(commandRefsIn(`Once it is sent: ${token}.`)).toEqual([
      { form: 'run', command: 'log', subcommand: 'thanked', args: { contact: 'Zoë "Z" Martin <@U1> `x`' } },
    ]);
    expect(writeCommandRefs(`Once it is sent: ${token}.`, spy)).toBe('Once it is sent: [run log thanked {"contact":"Zoë \\"Z\\" Martin <@U1> `x`"}].');
  });

  it('tells the writer when it stands in a code span, where markup and mentions do not show', () => {
    const written = writeCommandRefs(`Try \`${commandRef('log', 'list')}\` or ${optionRef('log', 'list', 'stage')}.`, spy);
    expect(written).toBe('Try `[run log list {} plain]` or [option log list {}].');
  });

  it('is written in every text of a reply, labels as plain text, and nowhere else', () => {
    const reply = ephemeral(
      text(`See ${commandRef('remind', 'list')}.`),
      actions(button(`Run ${commandRef('remind', 'list')}`, { command: 'remind', action: 'done', payload: 'r1' })),
    );
    const written = writeCommandsIn(reply, spy);
    expect(written.blocks[0]).toEqual({ type: 'text', text: 'See [run remind list {}].' });
    expect(written.blocks[1]).toMatchObject({
      elements: [{ label: 'Run [run remind list {} plain]', action: { command: 'remind', action: 'done', payload: 'r1' } }],
    });
  });

  it('cannot be forged: what people send loses the token mark, and a token that does not read is dropped', () => {
    const forged = withoutReserved(commandRef('privacy', 'delete'));
    expect(commandRefsIn(forged)).toEqual([]);
    expect(writeCommandRefs(forged, spy)).toBe(forged);
    expect(writeCommandRefs(`${commandRef('log').slice(0, -3)}>`, spy)).toBe('');
  });
});

describe('typedRef', () => {
  const registry = createRegistry(SAMPLE_COMMANDS);

  it('reads a command as typed on the console into its value, the subcommand only when it was typed', () => {
    expect(commandRefsIn(typedRef(registry, '/demo occupation "graphic designer" --minutes 30 --focus skills --focus culture') ?? '')).toEqual([
      { form: 'run', command: 'demo', args: { target: 'occupation', subject: 'graphic designer', minutes: '30', focus: ['skills', 'culture'] } },
    ]);
    expect(commandRefsIn(typedRef(registry, '/demo greet Dana --loud') ?? '')).toEqual([
      { form: 'run', command: 'demo', subcommand: 'greet', args: { name: 'Dana', loud: true } },
    ]);
  });

  it('does not read what is no command of the registry, an option it does not take, or an open quote', () => {
    expect(typedRef(registry, '/nothing here')).toBeUndefined();
    expect(typedRef(registry, '/demo greet Dana --shout')).toBeUndefined();
    expect(typedRef(registry, '/demo greet "Dana')).toBeUndefined();
  });

  it('is how the registry checks every declared example at start', () => {
    const [help, demo] = SAMPLE_COMMANDS;
    if (help === undefined || demo === undefined) throw new Error('The sample commands changed.');
    expect(() => createRegistry([help, { ...demo, examples: ['/demo greet Dana --shout'] }])).toThrow(
      'the example "/demo greet Dana --shout" does not read as a command',
    );
  });
});
