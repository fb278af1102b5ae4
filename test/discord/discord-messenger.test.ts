import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nonceOf } from '../../adapters/discord/discord-messenger.js';
import { text } from '../../src/core/reply-builders.js';
import type { Recipient } from '../../src/domain/reminders/reminder-repository.js';
import type { DeliveryContext, DirectMessenger } from '../../src/core/direct-messenger.js';
import { startRapportOnDiscord, type RapportOnDiscord } from '../support/rapport-on-discord.js';

const nudge = [{ visibility: 'ephemeral' as const, blocks: [text('⏰ Time to thank Dana')] }];
const context = (extra: Partial<DeliveryContext> = {}): DeliveryContext => ({ maybeSentBefore: false, signal: new AbortController().signal, ...extra });

describe('DiscordMessenger against the fake Discord', () => {
  let rapport: RapportOnDiscord;
  let messenger: DirectMessenger;
  let student: Recipient;
  beforeEach(async () => {
    rapport = await startRapportOnDiscord();
    const registered = rapport.app.messengers.get('discord');
    if (registered === undefined) throw new Error('The Discord adapter registered no DM messenger.');
    messenger = registered;
    student = { tenant: { platform: 'discord', workspaceId: rapport.fake.guild.id }, userId: '41771983423143937' };
  });
  afterEach(async () => {
    await rapport.stop();
  });

  const dmOpens = () => rapport.fake.rest.calls.filter((call) => call.method === 'POST' && call.path === '/users/@me/channels');
  const dm = () => rapport.fake.rest.dmChannelOf(student.userId);

  it('opens the DM once and hands its channel back; with the channel given, sends one request per message', async () => {
    expect(await messenger.deliver(student, nudge, 'k1', context())).toEqual({ ok: true, dmChannelId: dm() });
    expect(await messenger.deliver(student, nudge, 'k2', context({ dmChannelId: dm() }))).toEqual({ ok: true });
    expect(dmOpens()).toHaveLength(1);
    expect(rapport.fake.rest.messagesIn(dm())).toHaveLength(2);
    const sent = rapport.fake.rest.calls.filter((call) => call.path === `/channels/${dm()}/messages`);
    expect(sent.map((call) => [call.body.nonce, call.body.enforce_nonce, call.body.allowed_mentions])).toEqual([
      [nonceOf('k1', 0), true, { parse: [] }],
      [nonceOf('k2', 0), true, { parse: [] }],
    ]);
  });

  it('shows a message once when Discord created it and then failed with a 500: the REST client does not repeat it, the next delivery carries the same nonce', async () => {
    rapport.fake.rest.fail({
      method: 'POST',
      path: new RegExp(`^/channels/${dm()}/messages$`),
      status: 500,
      body: { message: 'Internal Server Error', code: 0 },
      accepted: true,
    });
    const failed = await messenger.deliver(student, nudge, 'k1', context({ dmChannelId: dm() }));
    expect(failed).toMatchObject({ ok: false, permanent: false, maybeSent: true, unreachable: true });
    expect(rapport.fake.rest.calls.filter((call) => call.path === `/channels/${dm()}/messages`)).toHaveLength(1);
    expect(await messenger.deliver(student, nudge, 'k1', context({ dmChannelId: dm(), maybeSentBefore: true }))).toEqual({ ok: true });
    expect(rapport.fake.rest.messagesIn(dm())).toHaveLength(1);
  });

  it('posts once when Discord has forgotten the nonce: a delivery that may have arrived reads the DM first and sends only what is missing', async () => {
    const acceptedThenFailed = () => {
      rapport.fake.rest.fail({
        method: 'POST',
        path: new RegExp(`^/channels/${dm()}/messages$`),
        status: 500,
        body: { message: 'Internal Server Error', code: 0 },
        accepted: true,
      });
    };
    acceptedThenFailed();
    expect(await messenger.deliver(student, nudge, 'k1', context({ dmChannelId: dm() }))).toMatchObject({ ok: false, maybeSent: true });
    rapport.fake.rest.forgetNonces();
    expect(await messenger.deliver(student, nudge, 'k1', context({ dmChannelId: dm(), maybeSentBefore: true }))).toEqual({ ok: true });
    expect(rapport.fake.rest.messagesIn(dm())).toHaveLength(1);

    // A message from before the reminders' previous delivery (then a snooze) is not this delivery's.
    acceptedThenFailed();
    await messenger.deliver(student, nudge, 'k2', context({ dmChannelId: dm() }));
    rapport.fake.rest.forgetNonces();
    const later = new Date(Date.now() + 1000);
    expect(await messenger.deliver(student, nudge, 'k3', context({ dmChannelId: dm(), maybeSentBefore: true, notBefore: later }))).toEqual({ ok: true });
    expect(rapport.fake.rest.messagesIn(dm())).toHaveLength(3);
    expect(rapport.fake.rest.calls.filter((call) => call.method === 'GET' && call.path === `/channels/${dm()}/messages`)).toHaveLength(2);
  });

  it('sends at once, without reading the DM, when no earlier attempt may have arrived', async () => {
    expect(await messenger.deliver(student, nudge, 'k1', context({ dmChannelId: dm() }))).toEqual({ ok: true });
    expect(rapport.fake.rest.calls.filter((call) => call.method === 'GET' && call.path === `/channels/${dm()}/messages`)).toHaveLength(0);
    expect(rapport.fake.rest.messagesIn(dm())).toHaveLength(1);
  });

  it('hands a long rate limit to the scheduler instead of waiting it out', async () => {
    rapport.fake.rest.rateLimit('POST', new RegExp(`^/channels/${dm()}/messages$`), 40);
    const limited = await messenger.deliver(student, nudge, 'k1', context({ dmChannelId: dm() }));
    expect(limited).toMatchObject({ ok: false, permanent: false, maybeSent: false });
    expect(limited.ok ? 0 : limited.retryAfterMs).toBeGreaterThanOrEqual(40_000);
  });

  it("gives up when the delivery's signal aborts a request that got no answer", async () => {
    rapport.fake.rest.fail({ method: 'POST', path: new RegExp(`^/channels/${dm()}/messages$`), status: 0, body: undefined, hang: true });
    const outcome = await messenger.deliver(student, nudge, 'k1', context({ dmChannelId: dm(), signal: AbortSignal.timeout(200) }));
    expect(outcome).toMatchObject({ ok: false, permanent: false, maybeSent: true, unreachable: true });
  });
});
