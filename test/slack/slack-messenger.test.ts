import { SLACK_COMMANDS } from '../support/command-writers.js';
import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackMessenger } from '../../adapters/slack/slack-messenger.js';
import { deliveryClientOptions } from '../../adapters/slack/web-api.js';
import { parseTenant } from '../../src/core/identity.js';
import { text } from '../../src/core/reply-builders.js';
import type { DeliveryContext } from '../../src/core/direct-messenger.js';
import { silentLogger } from '../../src/logger.js';
import { FAKE_TEAM, SlackFake } from '../fakes/slack/slack-fake.js';

const ANA = { tenant: parseTenant(`slack:${FAKE_TEAM}`), userId: 'UANA' };
const BEN = { tenant: ANA.tenant, userId: 'UBEN' };
const nudge = [{ visibility: 'ephemeral' as const, blocks: [text('⏰ Time to thank Dana')] }];
const first = (dmChannelId?: string): DeliveryContext => ({
  maybeSentBefore: false,
  signal: new AbortController().signal,
  ...(dmChannelId === undefined ? {} : { dmChannelId }),
});
const retry = (dmChannelId: string): DeliveryContext => ({ maybeSentBefore: true, signal: new AbortController().signal, dmChannelId });

describe('SlackMessenger, against the Slack fake through the real Web API client', () => {
  let fake: SlackFake;
  let messenger: SlackMessenger;
  beforeEach(async () => {
    fake = await SlackFake.start();
    const client = new webApi.WebClient('xoxb-test', { ...deliveryClientOptions(fake.apiUrl, silentLogger()), timeout: 300 });
    messenger = new SlackMessenger(client, FAKE_TEAM, () => undefined, SLACK_COMMANDS);
  });
  afterEach(() => fake.stop());

  it('opens the DM once, hands its channel back to be stored, and marks the message with its delivery key', async () => {
    expect(await messenger.deliver(ANA, nudge, 'k1', first())).toEqual({ ok: true, dmChannelId: 'DUANA' });
    expect(await messenger.deliver(ANA, nudge, 'k2', first('DUANA'))).toEqual({ ok: true });
    expect(fake.callsOf('conversations.open')).toHaveLength(1);
    expect(fake.messagesIn('DUANA').map((message) => message.metadata)).toEqual([
      { event_type: 'rapport_nudge', event_payload: { key: 'k1.0' } },
      { event_type: 'rapport_nudge', event_payload: { key: 'k2.0' } },
    ]);
  });

  it('does not post again a message Slack took before failing with a 500: it finds it in the history', async () => {
    fake.acceptThenFailNext('chat.postMessage', 500);
    expect(await messenger.deliver(ANA, nudge, 'k1', first('DUANA'))).toMatchObject({ ok: false, permanent: false, maybeSent: true });
    expect(fake.callsOf('chat.postMessage')).toHaveLength(1); // the client did not retry it by itself
    expect(await messenger.deliver(ANA, nudge, 'k1', retry('DUANA'))).toEqual({ ok: true });
    expect(fake.callsOf('conversations.history')).toHaveLength(1);
    expect(fake.messagesIn('DUANA')).toHaveLength(1);
  });

  it('posts after a request that got no answer, once the history shows it never arrived', async () => {
    fake.hangNext('chat.postMessage');
    expect(await messenger.deliver(ANA, nudge, 'k1', first('DUANA'))).toMatchObject({ ok: false, maybeSent: true, unreachable: true });
    expect(await messenger.deliver(ANA, nudge, 'k1', retry('DUANA'))).toEqual({ ok: true });
    expect(fake.messagesIn('DUANA')).toHaveLength(1);
  });

  it('hands a rate limit to the scheduler and pauses that method for everyone, without calling it again', async () => {
    fake.rateLimitNext('conversations.open', 30);
    const limited = await messenger.deliver(ANA, nudge, 'k1', first());
    expect(limited).toMatchObject({ ok: false, permanent: false, retryAfterMs: 30_000, maybeSent: false });
    const paused = await messenger.deliver(BEN, nudge, 'k2', first());
    expect(paused).toMatchObject({ ok: false, maybeSent: false });
    expect(paused.ok ? 0 : paused.retryAfterMs).toBeGreaterThan(28_000);
    expect(fake.callsOf('conversations.open')).toHaveLength(1);
    expect(await messenger.deliver(BEN, nudge, 'k2', first('DUBEN'))).toEqual({ ok: true });
  });

  it('counts a refusal as permanent when the person cannot be reached, and as surely not sent', async () => {
    fake.failNext('conversations.open', 'user_disabled');
    expect(await messenger.deliver(ANA, nudge, 'k1', first())).toMatchObject({ ok: false, permanent: true, reason: 'slack: user_disabled', maybeSent: false });
  });

  it("applies Slack's Tier 3 limit with rate limits on: the 51st DM opened in a minute is refused with Retry-After", async () => {
    const limited = await SlackFake.start({ rateLimits: true });
    try {
      const client = new webApi.WebClient('xoxb-test', deliveryClientOptions(limited.apiUrl, silentLogger()));
      const opened = await Promise.allSettled(Array.from({ length: 51 }, (_, index) => client.conversations.open({ users: `U${index}` })));
      expect(opened.filter((result) => result.status === 'fulfilled')).toHaveLength(50);
      expect(opened.filter((result) => result.status === 'rejected')).toHaveLength(1);
    } finally {
      await limited.stop();
    }
  });
});
