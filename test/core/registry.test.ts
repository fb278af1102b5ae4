import { describe, expect, it } from 'vitest';
import { defineCommand, defineSubcommand } from '../../src/core/command.js';
import { textOption } from '../../src/core/options.js';
import { ephemeral, text } from '../../src/core/reply-builders.js';
import { createRegistry } from '../../src/core/registry.js';
import { COMMANDS } from '../../commands/index.js';

const simple = (name: string, description = 'Does a thing') =>
  defineCommand({ name, description, examples: [`/${name}`], options: {}, run: () => ephemeral(text('ok')) });

describe('createRegistry', () => {
  it('accepts the real command list', () => {
    const registry = createRegistry(COMMANDS);
    expect(registry.find('help')?.name).toBe('help');
    expect(registry.find('HELP')?.name).toBe('help');
  });

  it('rejects two commands with the same name at start', () => {
    expect(() => createRegistry([simple('log'), simple('log')])).toThrow(/Two commands are named "log"/);
  });

  it('rejects names and descriptions Discord would refuse', () => {
    expect(() => createRegistry([simple('Log')])).toThrow(/lowercase/);
    expect(() => createRegistry([simple('a'.repeat(33))])).toThrow(/1-32/);
    expect(() => createRegistry([simple('log', 'x'.repeat(101))])).toThrow(/description/);
  });

  it('rejects a positional option after one that takes all remaining words', () => {
    const bad = defineCommand({
      name: 'bad',
      description: 'Badly declared',
      examples: ['/bad x y'],
      subcommands: {
        go: defineSubcommand({
          description: 'Go',
          examples: ['/bad go x y'],
          options: {
            all: textOption({ description: 'Everything', positional: true, rest: true }),
            more: textOption({ description: 'More', positional: true }),
          },
          run: () => ephemeral(text('x')),
        }),
      },
    });
    expect(() => createRegistry([bad])).toThrow(/after an option that takes all remaining words/);
  });

  it('rejects a default subcommand that does not exist', () => {
    const bad = defineCommand({
      name: 'bad',
      description: 'Badly declared',
      examples: ['/bad'],
      defaultSubcommand: 'missing',
      subcommands: { go: defineSubcommand({ description: 'Go', examples: ['/bad go'], options: {}, run: () => ephemeral(text('x')) }) },
    });
    expect(() => createRegistry([bad])).toThrow(/default subcommand "missing"/);
  });

  it('suggests the closest command name', () => {
    const registry = createRegistry([simple('help'), simple('questions')]);
    expect(registry.suggest('helpp')).toBe('help');
    expect(registry.suggest('zzz')).toBeUndefined();
  });
});
