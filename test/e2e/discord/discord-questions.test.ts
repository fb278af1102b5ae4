import { describe, expect, it } from 'vitest';
import { componentsOf, textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { useRapportOnDiscord } from '../../support/use-rapport-on-discord.js';

const EPHEMERAL = 64;

describe('Rapport on Discord: logging in and planning questions', () => {
  const rapport = useRapportOnDiscord({ fake: { heartbeatIntervalMs: 50 } }, 'suite');

  it('logs in with only the Guilds and DirectMessages intents and keeps the heartbeat going', async () => {
    expect(rapport().fake.gateway.identifies).toEqual([{ token: 'test-token', intents: (1 << 0) | (1 << 12), shard: [0, 1] }]);
    const gateway = rapport().fake.rest.calls.find((call) => call.path === '/gateway/bot');
    expect(gateway?.status).toBe(200);
    await expect.poll(() => rapport().fake.gateway.heartbeats, { timeout: 2000 }).toBeGreaterThan(1);
  });

  it('explains in /help how Discord asks for options, with usage and examples written as Discord writes them', async () => {
    const { fake } = rapport();
    const help = textOf((await fake.slash(fakeUser('ana'), fake.inGuild(), 'help', undefined, { command: 'questions' })).callback.data ?? {});
    expect(help).toContain('each option gets a field of its own');
    expect(help).toContain('`/questions plan kind:<occupation|industry|organization|program> subject:<subject> [options]`');
    expect(help).toContain('`minutes:N`');
    expect(help).toMatch(/e\.g\. `\/questions plan kind:occupation subject:[^`]+`/);
    expect(help).not.toContain('--minutes');
  });

  it('answers /questions plan with a private plan, its buttons, and saves it with "Save plan"', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana');
    const plan = await fake.slash(ana, fake.inGuild(), 'questions', 'plan', { kind: 'occupation', subject: 'nurse', minutes: 30, focus: 'skills, culture' });
    expect(plan.callback.type).toBe(4);
    expect(plan.callback.data?.flags).toBe(EPHEMERAL);
    expect(plan.callback.data?.allowed_mentions).toEqual({ parse: [] });
    const shown = await fake.answer(plan);
    expect(textOf(shown)).toMatch(/Questions for your conversation about nurse \(occupation, 30 minutes, focus: skills and qualities, culture/);
    expect(componentsOf(shown).map((component) => component.label)).toEqual(['Save plan', 'More questions', 'Export script']);

    const saved = await fake.press(ana, fake.inGuild(), shown, 'Save plan');
    expect(saved.callback.type).toBe(4);
    expect(textOf(saved.callback.data ?? {})).toContain('💾 Saved as plan 1: nurse');
    const again = await fake.press(ana, fake.inGuild(), shown, 'Save plan');
    expect(textOf(again.callback.data ?? {})).toContain('This plan is already saved as plan 1');
  });

  it('sends an exported script as a file, and "More questions" pages through the extras', async () => {
    const { fake } = rapport();
    const bo = fakeUser('bo');
    const shown = await fake.answer(await fake.slash(bo, fake.inGuild(), 'questions', 'plan', { kind: 'industry', subject: 'renewable energy' }));
    const exported = await fake.press(bo, fake.inGuild(), shown, 'Export script');
    const callback = rapport().fake.rest.calls.find((call) => call.path === `/interactions/${exported.id}/${exported.token}/callback`);
    expect(callback?.files).toEqual([
      {
        name: 'interview-script-renewable-energy.txt',
        contentType: 'application/octet-stream',
        content: expect.stringContaining('renewable energy') as unknown,
        bytes: expect.any(Buffer) as unknown,
      },
    ]);
    expect(textOf(callback?.body.data as Record<string, unknown>)).toContain('📄 Your interview script for renewable energy');
    const more = await fake.press(bo, fake.inGuild(), shown, 'More questions');
    expect(textOf(more.callback.data ?? {})).toContain('More questions about renewable energy');
  });

  it('suggests as the student types: the focus choices, and their saved plans', async () => {
    const { fake } = rapport();
    const cy = fakeUser('cy');
    expect((await fake.autocomplete(cy, fake.inGuild(), 'questions', 'plan', 'focus', 'skills, cul')).map((choice) => choice.value)).toEqual([
      'skills, culture',
    ]);
    await fake.slash(cy, fake.inGuild(), 'questions', 'plan', { kind: 'program', subject: 'BScN at Humber' });
    await fake.slash(cy, fake.inGuild(), 'questions', 'save');
    expect(await fake.autocomplete(cy, fake.inGuild(), 'questions', 'export', 'number', '')).toEqual([{ name: '1. BScN at Humber', value: 1 }]);
    expect(await fake.autocomplete(fakeUser('dee'), fake.inGuild(), 'questions', 'export', 'number', '')).toEqual([]);
  });

  it('answers an unknown, forged or outdated button with "this has expired" instead of an error', async () => {
    const { fake } = rapport();
    const ana = fakeUser('ana2');
    const shown = await fake.answer(await fake.slash(ana, fake.inGuild(), 'questions', 'plan', { kind: 'occupation', subject: 'pilot' }));
    const save = String(componentsOf(shown)[0]?.custom_id);
    for (const customId of ['questions:save:x', `${save.slice(0, -1)}Z`, `0${save.slice(1)}`, 'not-ours']) {
      const answered = await fake.pressId(ana, fake.inGuild(), shown, customId);
      expect(answered.callback.type).toBe(4);
      expect(answered.callback.data?.flags).toBe(EPHEMERAL);
      expect(textOf(answered.callback.data ?? {})).toContain('⌛ This has expired');
    }
  });
});
