import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import type { OptionSpec } from '../../../src/core/options.js';
import { VOICEMAIL_EXAMPLES } from '../../fixtures/practice/voicemail.js';
import { textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser, messageObject } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

/** A value Discord could send for a required option: the first choice, the minimum, the example. */
function sampleValue(spec: OptionSpec<unknown>): string | number | boolean {
  if (spec.kind === 'integer') return spec.min ?? 1;
  if (spec.kind === 'boolean') return false;
  return spec.choices?.[0] ?? spec.example.replace(/^"|"$/g, '');
}

describe('Rapport on Discord: DMs, and every command', () => {
  const rapport = useRapportOnDiscord({}, 'suite');

  it("runs a rehearsal in the student's DM: the command starts it, plain messages carry it to the scorecard", async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const example = VOICEMAIL_EXAMPLES[0]!;
    const started = await fake.slash(ana, fake.inDm(ana), 'practice', 'voicemail', { persona: example.personaId });
    expect(started.callback.data?.flags ?? 0).toBe(0);
    expect(textOf(started.callback.data ?? {})).toContain('Send what you would say or write as a message');
    fake.dm(ana, example.messages[0] ?? '');
    const replies = await fake.channelMessages(fake.rest.dmChannelOf(ana.id), 2);
    expect(replies.map((call) => textOf(call.body)).join('\n')).toMatch(/Scorecard: [\s\S]*Score: \d+\/100/);
  });

  it('continues a DM in the server where the student last used Rapport', async () => {
    const { fake } = rapport();
    const bo = fakeUser('bo');
    await fake.slash(bo, fake.inGuild(), 'log', 'add', { contact: 'Dana Lee' });
    const listed = await fake.slash(bo, fake.inDm(bo), 'log', 'list');
    expect(textOf(listed.callback.data ?? {})).toContain('Dana Lee');
  });

  it("ignores its own messages and other bots', and answers a stray DM with how commands work", async () => {
    const { fake } = rapport();
    const cy = fakeUser('cy');
    const dm = fake.rest.dmChannelOf(cy.id);
    fake.gateway.dispatch('MESSAGE_CREATE', messageObject({ channelId: dm, author: fake.bot, content: 'my own words' }));
    fake.gateway.dispatch('MESSAGE_CREATE', messageObject({ channelId: dm, author: fakeUser('other-bot', true), content: 'beep' }));
    fake.dm(cy, 'hello?');
    const [answer] = await fake.channelMessages(dm, 1);
    expect(textOf(answer?.body ?? {})).toContain('I only understand commands here');
    // A DM's messages are handled in order: once a later one is answered, the bots' were handled (ignored) too.
    fake.dm(cy, 'still there?');
    await fake.channelMessages(dm, 2);
    expect(fake.rest.calls.filter((call) => call.path === `/channels/${dm}/messages`)).toHaveLength(2);
  });

  it('answers every subcommand of every command, with no unexpected error', async () => {
    const { fake } = rapport();
    const dee = fakeUser('dee');
    for (const command of COMMANDS) {
      for (const [name, subcommand] of Object.entries(command.subcommands)) {
        const values = Object.fromEntries(
          Object.entries(subcommand.options)
            .filter(([, spec]) => spec.required)
            .map(([option, spec]) => [option, sampleValue(spec)]),
        );
        const answered = await fake.slash(dee, fake.inGuild(), command.name, name === '_' ? undefined : name, values);
        expect([4, 5, 9], `/${command.name} ${name}`).toContain(answered.callback.type);
        if (answered.callback.type === 4) expect(textOf(answered.callback.data ?? {}), `/${command.name} ${name}`).not.toContain('something went wrong');
      }
    }
  });
});
