import { createRegistry } from '../../src/core/registry.js';
import { typedCommands } from '../../src/core/typed-invocation.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.js';
import { SAMPLE_COMMANDS } from '../support/sample-commands.js';

describe('/help', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create({ commands: SAMPLE_COMMANDS });
  });
  afterEach(() => harness.close());

  it('lists every command with its description and an example, and explains the grammar', async () => {
    const replies = await harness.as('ana').send('/help');
    expect(replies.text).toContain('/help: Show what Rapport can do and how to type each command. e.g. `/help`');
    expect(replies.text).toContain('/demo: Exercise the command core. e.g. `/demo occupation nurse`');
    expect(replies.text).toContain('double quotes');
    expect(replies.text).toContain('--minutes 30');
    expect(replies.list[0]?.visibility).toBe('ephemeral');
  });

  it('shows one command in full: usage of each subcommand, options and examples', async () => {
    const text = (await harness.as('ana').send('/help demo')).text;
    expect(text).toContain('`/demo [plan] <occupation|industry|organization|program> <subject...> [options]`: Plan something about a subject.');
    expect(text).toContain('`/demo greet <name> [options]`: Greet someone. e.g. `/demo greet "Dana Lee" --loud`');
    expect(text).toContain('`--minutes N`: How long (plan)');
    const greet = (await harness.as('ana').send('/help demo greet')).text;
    expect(greet).toContain('`/demo greet <name> [--loud] [--note <note>] [--from <from>]`');
    expect(greet).toContain('`--note <note>`: A note');
    expect(greet).toContain('Examples: `/demo greet "Dana Lee" --loud`');
  });

  it('accepts the command with its slash', async () => {
    expect((await harness.as('ana').send('/help /demo')).text).toContain('/demo greet');
  });

  it('suggests the nearest command for a typo', async () => {
    const text = (await harness.as('ana').send('/help dmeo')).text;
    expect(text).toContain('There is no /dmeo command: did you mean /demo?');
  });

  it("uses each platform's spelling of command names", async () => {
    const slack = await Harness.create({
      commands: SAMPLE_COMMANDS,
      commandWriter: typedCommands(createRegistry(SAMPLE_COMMANDS), (name) => (name === 'demo' ? '/try-demo' : `/${name}`)),
    });
    const text = (await slack.as('ana').send('/help')).text;
    expect(text).toContain('/try-demo: Exercise the command core. e.g. `/try-demo occupation nurse`');
    await slack.close();
  });
});
