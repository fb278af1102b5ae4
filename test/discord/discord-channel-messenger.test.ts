import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { threadName } from '../../adapters/discord/discord-channel-messenger.js';
import { nonceOf } from '../../adapters/discord/discord-messenger.js';
import type { Conversation } from '../../src/core/identity.js';
import { bullets, heading, publicReply, text } from '../../src/core/reply-builders.js';
import type { ChannelMessenger } from '../../src/core/channel-messenger.js';
import { textOf } from '../fakes/discord/fake-discord.js';
import type { RestCall } from '../fakes/discord/fake-rest.js';
import { startRapportOnDiscord, type RapportOnDiscord } from '../support/rapport-on-discord.js';

const KEY = 'digest:co_abcdefghijk:2026-11-30T14:00:00.000Z';
const MESSAGE = publicReply(heading('📣 fall: the week in numbers'), text('3 interviews this week.'));
const THREAD = [
  publicReply(text('*Totals and funnel*'), bullets(['2 students, 2 active this week'])),
  publicReply(text('*Tip of the week:* say thank you within two days.')),
];

describe('DiscordChannelMessenger against the fake Discord', () => {
  let rapport: RapportOnDiscord;
  let messenger: ChannelMessenger;
  let conversation: Conversation;
  beforeEach(async () => {
    rapport = await startRapportOnDiscord();
    const registered = rapport.app.channels.get('discord');
    if (registered === undefined) throw new Error('The Discord adapter registered no channel messenger.');
    messenger = registered;
    conversation = { tenant: { platform: 'discord', workspaceId: rapport.fake.guild.id }, channelId: rapport.fake.guild.channelId, isDirect: false };
  });
  afterEach(async () => {
    await rapport.stop();
  });

  /** The bot's POSTs, as `POST <path>`, in order. */
  const posts = (): string[] => rapport.fake.rest.calls.filter((call) => call.method === 'POST').map((call) => `POST ${call.path}`);
  const messagesTo = (channelId: string): RestCall[] =>
    rapport.fake.rest.calls.filter((call) => call.method === 'POST' && call.path === `/channels/${channelId}/messages`);

  it('posts the message with a nonce, starts a public thread on it and posts each reply in the thread', async () => {
    const { fake } = rapport;
    expect(await messenger.post(conversation, MESSAGE, THREAD, KEY)).toEqual({ ok: true });

    const [posted] = messagesTo(conversation.channelId);
    const message = fake.messageOf(posted!);
    expect(posts()).toEqual([
      `POST /channels/${conversation.channelId}/messages`,
      `POST /channels/${conversation.channelId}/messages/${message.id}/threads`,
      `POST /channels/${message.id}/messages`,
      `POST /channels/${message.id}/messages`,
    ]);
    expect(textOf(posted!.body)).toBe('📣 fall: the week in numbers\n3 interviews this week.');
    expect(posted!.body).toMatchObject({ nonce: nonceOf(KEY, 0), enforce_nonce: true, allowed_mentions: { parse: [] } });

    const started = fake.rest.calls.find((call) => call.path.endsWith('/threads'));
    expect(started?.body).toMatchObject({ name: threadName(new Date(message.timestamp)), auto_archive_duration: 10080, type: 11 });
    expect(String(started?.body.name)).toMatch(/^Weekly digest – \d{4}-\d{2}-\d{2}$/);
    expect(fake.rest.threads.get(message.id)).toMatchObject({ parent_id: conversation.channelId, guild_id: fake.guild.id, type: 11 });

    const replies = messagesTo(message.id);
    expect(replies.map((call) => textOf(call.body))).toEqual([
      '**Totals and funnel**\n- 2 students, 2 active this week',
      '**Tip of the week:** say thank you within two days.',
    ]);
    expect(replies.map((call) => [call.body.nonce, call.body.enforce_nonce])).toEqual([
      [nonceOf(KEY, 1), true],
      [nonceOf(KEY, 2), true],
    ]);
  });

  it('starts no thread for a message without replies', async () => {
    expect(await messenger.post(conversation, MESSAGE, [], KEY)).toEqual({ ok: true });
    expect(posts()).toEqual([`POST /channels/${conversation.channelId}/messages`]);
  });

  it('gives each post its own nonces, even when keys share their first characters', () => {
    const nextWeek = KEY.replace('2026-11-30', '2026-12-07');
    expect(nonceOf(KEY, 0)).toMatch(/^[\w-]{21}\.0$/);
    expect(nonceOf(KEY, 0)).toBe(nonceOf(KEY, 0));
    expect(nonceOf(nextWeek, 0)).not.toBe(nonceOf(KEY, 0));
  });

  it('reports a refused post (50013, Missing Permissions) as a permanent failure and starts no thread', async () => {
    rapport.fake.rest.fail({ method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    const outcome = await messenger.post(conversation, MESSAGE, THREAD, KEY);
    expect(outcome).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining('Discord error 50013') as unknown });
    expect(outcome).not.toHaveProperty('notice');
    expect(posts()).toEqual([`POST /channels/${conversation.channelId}/messages`]);
  });

  it('reports a thread Discord will not start (no Create Public Threads) as a permanent failure and posts no reply', async () => {
    rapport.fake.rest.fail({ method: 'POST', path: /\/threads$/, status: 403, body: { message: 'Missing Permissions', code: 50013 } });
    expect(await messenger.post(conversation, MESSAGE, THREAD, KEY)).toMatchObject({ ok: false, permanent: true });
    expect(posts()).toHaveLength(2);
  });

  it('refuses to post in a thread, where no thread can start', async () => {
    await messenger.post(conversation, MESSAGE, THREAD, KEY);
    const [threadId] = [...rapport.fake.rest.threads.keys()];
    const outcome = await messenger.post({ ...conversation, channelId: threadId ?? '' }, MESSAGE, THREAD, `${KEY}:again`);
    expect(outcome).toEqual({
      ok: false,
      permanent: true,
      reason: `channel ${threadId ?? ''} is not a server text or announcement channel, where a thread can start: create the cohort again in a text channel`,
    });
    expect(messagesTo(threadId ?? '')).toHaveLength(THREAD.length);
  });

  it('reports a channel Rapport cannot see (10003, Unknown Channel) as a permanent failure', async () => {
    const outcome = await messenger.post({ ...conversation, channelId: '123456789012345678' }, MESSAGE, THREAD, KEY);
    expect(outcome).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining('Discord error 10003') as unknown });
    expect(rapport.fake.rest.calls.map((call) => `${call.method} ${call.path}`)).toContain('GET /channels/123456789012345678');
    expect(posts()).toEqual([]);
  });
});
