import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/discord-adapter.js';
import { Dispatcher } from '../../../src/core/dispatcher.js';
import { silentLogger } from '../../../src/logger.js';
import { defineCommand } from '../../../src/core/command.js';
import { createRegistry } from '../../../src/core/registry.js';
import { bullets, ephemeral, heading, text } from '../../../src/core/reply-builders.js';
import { COMMANDS } from '../../../commands/index.js';
import { componentsOf, textOf } from '../../fakes/discord/fake-discord.js';
import { PERMISSIONS, fakeUser } from '../../fakes/discord/payloads.js';
import { demoCommand } from '../../support/sample-commands.js';
import { startRapportOnDiscord, type RapportOnDiscord, type RapportOnDiscordOptions } from '../../support/rapport-on-discord.js';

const HOUR = 3_600_000;

/** Ends the slow command's work; the test calls it once it has seen the interaction deferred. */
let finishSlowWork = (): void => undefined;

/** Test commands: a slow one, and one whose reply needs pages. */
const slowCommand = defineCommand({
  name: 'slow',
  description: 'Takes its time',
  examples: ['/slow'],
  options: {},
  run: async () => {
    await new Promise<void>((resolve) => {
      finishSlowWork = resolve;
    });
    return ephemeral(text('done at last'));
  },
});
const longCommand = defineCommand({
  name: 'long',
  description: 'Answers at length',
  examples: ['/long'],
  options: {},
  run: () => ephemeral(heading('A long answer'), bullets(Array.from({ length: 150 }, (_, index) => `Point ${index}: ${'more words '.repeat(8)}`))),
});

const withTestCommands: RapportOnDiscordOptions['customize'] = (app, { clock, logger }) => {
  const registry = createRegistry([...COMMANDS, demoCommand, slowCommand, longCommand]);
  return { ...app, registry, dispatcher: new Dispatcher({ registry, services: app.services, clock, logger }) };
};

describe('Rapport on Discord: timing, failures and roles', () => {
  let rapport: RapportOnDiscord | undefined;
  afterEach(async () => {
    await rapport?.stop();
    rapport = undefined;
  });

  const start = async (options: RapportOnDiscordOptions = {}): Promise<RapportOnDiscord> => {
    rapport = await startRapportOnDiscord({ customize: withTestCommands, ...options });
    return rapport;
  };

  it('defers an interaction whose work outlasts the window, then fills the answer in', async () => {
    const { fake } = await start({ deferAfterMs: 50 });
    const answered = await fake.slash(fakeUser('ana'), fake.inGuild(), 'slow');
    expect(answered.callback).toEqual({ type: 5, data: { flags: 64 } });
    finishSlowWork();
    expect(textOf(await fake.answer(answered))).toBe('done at last');
  });

  it('answers a failing handler with an apology quoting an error id, logged with it', async () => {
    const { fake, logs } = await start();
    const answered = await fake.slash(fakeUser('ana'), fake.inGuild(), 'demo', 'boom');
    const shown = textOf(answered.callback.data ?? {});
    expect(answered.callback.data?.flags).toBe(64);
    const errorId = /error id: (E-[0-9A-F]{8})/.exec(shown)?.[1];
    expect(errorId).toBeDefined();
    expect(shown).not.toContain('kaboom');
    expect(logs().some((line) => line.errorId === errorId)).toBe(true);
  });

  it('still answers when Discord refuses the first answer: the apology goes out instead, never an unanswered interaction', async () => {
    const { fake, logs } = await start();
    fake.rest.fail({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 400, body: { message: 'Invalid Form Body', code: 50035 } });
    const answered = await fake.slash(fakeUser('ana'), fake.inGuild(), 'help');
    expect(textOf(answered.callback.data ?? {})).toMatch(/something went wrong on my side[\s\S]*error id: E-/);
    expect(logs().some((line) => line.msg === 'Discord interaction failed')).toBe(true);
  });

  it('answers a form submitted after it expired with what the student wrote, so nothing is lost', async () => {
    const { fake } = await start();
    const form = {
      id: '',
      token: '',
      sentAt: 0,
      answeredAt: 0,
      callback: { type: 9, data: { custom_id: 'from-before-a-restart', components: [{ type: 18, component: { type: 4, custom_id: 'learned' } }] } },
    };
    const answered = await fake.submit(fakeUser('ana'), fake.inGuild(), form, { learned: 'Portfolio matters more than the degree' });
    expect(textOf(answered.callback.data ?? {})).toMatch(
      /⌛ This has expired[\s\S]*What you wrote, to copy into a fresh form:\n- Portfolio matters more than the degree/,
    );
  });

  it('refuses to start with a token Discord does not accept', async () => {
    const { fake, app } = await start();
    const messenger = app.messengers.get('discord');
    await expect(
      startDiscord(app, { token: 'wrong-token', applicationId: fake.applicationId, apiUrl: fake.apiUrl, advisorRole: 'Career Advisor' }, silentLogger()),
    ).rejects.toThrow(/token/i);
    expect(app.messengers.get('discord')).toBe(messenger);
  });

  it('cuts a long answer into pages that Previous and Next update in place', async () => {
    const { fake } = await start();
    const ana = fakeUser('ana');
    const first = await fake.answer(await fake.slash(ana, fake.inGuild(), 'long'));
    const pages = Number(/^Page 1 of (\d+)$/.exec(String(componentsOf(first)[0]?.label))?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(textOf(first)).toContain('Point 0:');
    const next = await fake.press(ana, fake.inGuild(), first, 'Next ▶');
    expect(next.callback.type).toBe(7);
    expect(componentsOf(next.callback.data ?? {}).map((component) => component.label)).toEqual(['◀ Previous', `Page 2 of ${pages}`, 'Next ▶']);
    const back = await fake.press(ana, fake.inGuild(), fake.rest.messages.get(first.id) ?? first, '◀ Previous');
    expect(textOf(back.callback.data ?? {})).toContain('Point 0:');
  });

  it('lets only advisors (the advisor role, or Manage Server) use an advisor command, checked on the server side', async () => {
    const { fake } = await start();
    const advisorRole = fake.guild.roles.find((role) => role.name === 'Career Advisor')?.id ?? '';
    const student = await fake.slash(fakeUser('ana'), fake.inGuild(), 'demo', 'secret');
    expect(textOf(student.callback.data ?? {})).toContain('Only advisors can do that');
    const byRole = await fake.slash(fakeUser('ms-lee'), fake.inGuild({ roleIds: [advisorRole] }), 'demo', 'secret');
    expect(textOf(byRole.callback.data ?? {})).toBe('the secret');
    const byPermission = await fake.slash(fakeUser('owner'), fake.inGuild({ permissions: PERMISSIONS.manageGuild }), 'demo', 'secret');
    expect(textOf(byPermission.callback.data ?? {})).toBe('the secret');
  });

  it('waits out a 429 on the DM route alone: other interactions are answered meanwhile, then the nudge goes out once', async () => {
    const { fake } = await start();
    const ana = fakeUser('ana');
    await fake.slash(ana, fake.inGuild(), 'remind', 'set', { reminder: '"call back Sam" in 1 hour' });
    const dm = fake.rest.dmChannelOf(ana.id);
    fake.rest.rateLimit('POST', new RegExp(`^/channels/${dm}/messages$`), 0.6);
    const delivering = rapport!.passTime(2 * HOUR);
    await fake.rest.waitFor((call) => (call.status === 429 ? call : undefined));
    const help = await fake.slash(fakeUser('bo'), fake.inGuild(), 'help');
    const helpAt = fake.rest.calls.find((call) => call.path.includes(help.token))?.at ?? Infinity;
    await delivering;
    const sent = fake.rest.calls.filter((call) => call.path === `/channels/${dm}/messages`);
    expect(sent.map((call) => call.status)).toEqual([429, 200]);
    expect(helpAt).toBeLessThan(sent[1]?.at ?? 0);
    expect(textOf(sent[1]?.body ?? {})).toContain('call back Sam');
  });

  it('loses nothing across a gateway reconnect: the session resumes, a missed interaction is replayed and nudges still go out', async () => {
    const { fake } = await start();
    const ana = fakeUser('ana');
    await fake.slash(ana, fake.inGuild(), 'remind', 'set', { reminder: '"email Priya" in 1 hour' });
    fake.gateway.drop();
    const duringDrop = fake.slash(ana, fake.inGuild(), 'remind', 'list');
    await fake.gateway.sessions(2);
    expect(fake.gateway.resumes).toHaveLength(1);
    expect(textOf((await duringDrop).callback.data ?? {})).toContain('email Priya');
    await rapport!.passTime(2 * HOUR);
    const [nudge] = await fake.channelMessages(fake.rest.dmChannelOf(ana.id), 1);
    expect(textOf(nudge?.body ?? {})).toContain('email Priya');
  });
});
