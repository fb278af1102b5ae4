import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { dmChannelObject, messageObject, snowflake, textChannelObject, threadObject, type FakeBotSetup } from './payloads.js';

/** A file uploaded with a message (multipart form data). */
export interface UploadedFile {
  readonly name: string;
  readonly contentType: string;
  /** The file as UTF-8 text (a CSV export, say). */
  readonly content: string;
  /** The file's bytes as sent (a PNG chart, say). */
  readonly bytes: Buffer;
}

/** One REST request the fake answered. */
export interface RestCall {
  readonly method: string;
  /** The route below `/api/v10`, e.g. `/interactions/1/token/callback`. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** The JSON body, or `payload_json` of a multipart body. */
  readonly body: Record<string, unknown>;
  readonly files: readonly UploadedFile[];
  readonly status: number;
  /** What the fake answered (a created message, say). */
  readonly response: unknown;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
}

/** A message the fake holds, as the API returns it. */
export type StoredMessage = ReturnType<typeof messageObject>;

/** A thread the fake holds, as the API returns it. */
export type StoredThread = ReturnType<typeof threadObject>;

/** An answer the fake gives instead of the normal one, to requests that match. */
export interface Failure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** How many more requests it answers; Infinity for all. */
  remaining: number;
  /** Do what the request asks, then answer with the failure (as when Discord fails after creating the message). */
  readonly accepted?: boolean;
  /** Give no answer at all (the connection stays open until the fake stops). */
  readonly hang?: boolean;
}

/** How the fake REST API behaves as a whole. */
export interface RestBehaviour {
  /**
   * Discord's own rate limits: 50 requests a second for the bot (global), and 5 messages per
   * 5 seconds per channel; a request beyond them is answered 429 with Retry-After.
   * @see https://discord.com/developers/docs/topics/rate-limits#global-rate-limit
   */
  readonly rateLimits?: boolean;
  /** How long each answer takes, as a round trip to Discord would (default none). */
  readonly latencyMs?: number;
}

/** How long Discord remembers a message's nonce for `enforce_nonce` ("the past few minutes"). */
const NONCE_WINDOW_MS = 5 * 60_000;

/** An interaction the fake sent, so callbacks and webhooks can be tied back to it. */
export interface SentInteraction {
  readonly id: string;
  readonly token: string;
  readonly channelId: string;
  readonly guildId?: string;
  /** The message a component was on. */
  readonly sourceMessageId?: string;
}

/**
 * The REST half of the fake Discord API (v10): the gateway address, command registration,
 * interaction callbacks (204, no body), webhook follow-ups and edits, DM channels, the servers'
 * channels, channel messages and threads started on them. It keeps the messages and threads it
 * was asked to create, records every request, and can be told to answer some with a failure (a
 * 429 with Retry-After, a 403 with code 50007).
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-callback
 */
export class FakeRest {
  readonly calls: RestCall[] = [];
  readonly messages = new Map<string, StoredMessage>();
  /** Threads by id (a thread started on a message has the message's id). */
  readonly threads = new Map<string, StoredThread>();
  private readonly failures: Failure[] = [];
  private readonly interactions = new Map<string, SentInteraction>();
  private readonly originals = new Map<string, string>();
  private readonly dmChannels = new Map<string, string>();
  private readonly waiters = new Set<() => void>();
  private readonly nonces = new Map<string, { readonly id: string; readonly at: number }>();
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly options: FakeBotSetup & {
      readonly gatewayUrl: () => string;
      /** The shard count `GET /gateway/bot` recommends. */
      readonly shardCount: number;
      readonly behaviour?: RestBehaviour;
    },
  ) {}

  /** The messages the fake holds in one channel, oldest first. */
  messagesIn(channelId: string): StoredMessage[] {
    return [...this.messages.values()].filter((message) => message.channel_id === channelId);
  }

  /**
   * Forgets every request, message, thread and interaction seen so far (the DM channels and
   * failures still to come stay), so that a long benchmark holds no more than one round's.
   */
  forgetHistory(): void {
    this.calls.length = 0;
    for (const history of [this.messages, this.threads, this.interactions, this.originals]) history.clear();
  }

  /** Remembers an interaction sent over the gateway. */
  sent(interaction: SentInteraction): void {
    this.interactions.set(interaction.token, interaction);
  }

  /** The DM channel between the bot and `userId` (the same every time, as on Discord). */
  dmChannelOf(userId: string): string {
    const existing = this.dmChannels.get(userId);
    if (existing !== undefined) return existing;
    const id = snowflake();
    this.dmChannels.set(userId, id);
    return id;
  }

  /** The message that answered an interaction (its @original), once there is one. */
  original(token: string): StoredMessage | undefined {
    const id = this.originals.get(token);
    return id === undefined ? undefined : this.messages.get(id);
  }

  /** Forgets every nonce it was sent, as Discord does a few minutes after each message. */
  forgetNonces(): void {
    this.nonces.clear();
  }

  /** Answers the next `times` requests matching `method` and `path` with a failure. */
  fail(failure: Omit<Failure, 'remaining'>, times = 1): void {
    this.failures.push({ ...failure, remaining: times });
  }

  /** Drops every failure still to answer: Discord is well again. */
  recover(): void {
    this.failures.length = 0;
  }

  /**
   * Answers the next `times` requests to `path` with 429 and a Retry-After of `seconds`, as
   * Discord does when a route's bucket is empty.
   * @see https://discord.com/developers/docs/topics/rate-limits#exceeding-a-rate-limit
   */
  rateLimit(method: string, path: RegExp, seconds: number, times = 1): void {
    this.fail(
      {
        method,
        path,
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
        headers: { 'retry-after': String(seconds), 'x-ratelimit-scope': 'user' },
      },
      times,
    );
  }

  /** From now on, refuses every message to `userId`'s DM with 403 and code 50007, as for a person who does not accept DMs. */
  closeDms(userId: string): void {
    this.fail(
      {
        method: 'POST',
        path: new RegExp(`^/channels/${this.dmChannelOf(userId)}/messages$`),
        status: 403,
        body: { message: 'Cannot send messages to this user', code: 50007 },
      },
      Infinity,
    );
  }

  /** Resolves with the first recorded call, from `from` on, for which `find` returns a value. */
  waitFor<T>(find: (call: RestCall) => T | undefined, timeoutMs = 5000, from = 0): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        for (const call of this.calls.slice(from)) {
          const found = find(call);
          if (found !== undefined) {
            resolve(found);
            return true;
          }
        }
        return false;
      };
      if (check()) return;
      const waiter = (): void => {
        if (!check()) return;
        this.waiters.delete(waiter);
        clearTimeout(timer);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(
            `The fake Discord API did not receive the expected request within ${timeoutMs} ms; it received: ${
              this.calls
                .slice(from)
                .map((call) => `${call.method} ${call.path}`)
                .join(', ') || 'nothing'
            }`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Handles one HTTP request under `/api/v10`. */
  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(request.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = request.method ?? 'GET';
    const { body, files } = await readBody(request);
    if (this.options.behaviour?.latencyMs !== undefined) await new Promise((resolve) => setTimeout(resolve, this.options.behaviour?.latencyMs));
    const failure =
      this.failures.find((candidate) => candidate.remaining > 0 && candidate.method === method && candidate.path.test(path)) ?? this.overLimit(method, path);
    let status: number;
    let answer: unknown;
    let headers: Readonly<Record<string, string>> = {};
    if (failure?.hang === true) {
      failure.remaining--;
      return;
    }
    if (failure !== undefined) {
      failure.remaining--;
      if (failure.accepted === true) this.route(method, path, body, files, url.searchParams);
      ({ status, body: answer } = failure);
      headers = failure.headers ?? {};
    } else if (!this.authorized(path, request.headers.authorization)) {
      [status, answer] = [401, { message: '401: Unauthorized', code: 0 }];
    } else {
      [status, answer] = this.route(method, path, body, files, url.searchParams);
    }
    this.calls.push({ method, path, query: url.searchParams, body, files, status, response: answer, at });
    response.writeHead(status, { ...(answer === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
    response.end(answer === undefined ? undefined : JSON.stringify(answer));
    for (const waiter of [...this.waiters]) waiter();
  }

  /** A 429 when the request goes beyond Discord's limits (with rate limits on): the global one, or a channel's messages. */
  private overLimit(method: string, path: string): Failure | undefined {
    if (this.options.behaviour?.rateLimits !== true || /^\/(interactions|webhooks)\//.test(path)) return undefined;
    const global = this.counted('global', 50, 1000);
    if (global !== undefined) return rateLimited(global, true);
    const channel = method === 'POST' ? /^\/channels\/(\d+)\/messages$/.exec(path)?.[1] : undefined;
    const perChannel = channel === undefined ? undefined : this.counted(`messages ${channel}`, 5, 5000);
    return perChannel === undefined ? undefined : rateLimited(perChannel, false);
  }

  /** Counts a request in a fixed window of `limit` per `windowMs`; the seconds to wait when it is over. */
  private counted(bucket: string, limit: number, windowMs: number): number | undefined {
    const now = performance.now();
    const window = this.windows.get(bucket);
    if (window === undefined || now - window.start >= windowMs) {
      this.windows.set(bucket, { start: now, count: 1 });
      return undefined;
    }
    if (window.count >= limit) return (window.start + windowMs - now) / 1000;
    window.count++;
    return undefined;
  }

  /** Interaction callbacks and webhooks are authorized by their token; everything else needs the bot token. */
  private authorized(path: string, authorization: string | undefined): boolean {
    return /^\/(interactions|webhooks)\//.test(path) || authorization === `Bot ${this.options.token}`;
  }

  private route(method: string, path: string, body: Record<string, unknown>, files: readonly UploadedFile[], query: URLSearchParams): [number, unknown] {
    const { applicationId, bot } = this.options;
    let match: RegExpExecArray | null;
    if (method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      return [
        200,
        {
          url: this.options.gatewayUrl(),
          shards: this.options.shardCount,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      ];
    }
    if (method === 'PUT' && (match = /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/.exec(path)) !== null && match[1] === applicationId) {
      const guildId = match[2];
      const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
      return [
        200,
        list.map((command) => ({
          ...command,
          id: snowflake(),
          application_id: applicationId,
          version: snowflake(),
          ...(guildId === undefined ? {} : { guild_id: guildId }),
        })),
      ];
    }
    if (method === 'POST' && (match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) !== null) return this.callback(match[2] ?? '', body, files);
    if ((match = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path)) !== null)
      return this.webhook(method, match[2] ?? '', match[3] !== undefined, body, files);
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String(body.recipient_id);
      return [200, dmChannelObject(this.dmChannelOf(recipient), { id: recipient, username: `user-${recipient}` })];
    }
    if (method === 'GET' && (match = /^\/channels\/(\d+)$/.exec(path)) !== null) return this.channel(match[1] ?? '');
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages$/.exec(path)) !== null) return [200, this.createOnce(match[1] ?? '', body, files)];
    if (method === 'GET' && (match = /^\/channels\/(\d+)\/messages$/.exec(path)) !== null) return [200, this.latest(match[1] ?? '', query)];
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path)) !== null)
      return this.startThread(match[1] ?? '', match[2] ?? '', body);
    if (method === 'GET' && path === '/users/@me') return [200, { id: bot.id, username: bot.username, discriminator: '0', bot: true, avatar: null }];
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /**
   * A channel's latest messages, newest first: at most `limit` (default 50), only those after
   * the message id (a snowflake, so a time) `after` when given.
   * @see https://discord.com/developers/docs/resources/message#get-channel-messages
   */
  private latest(channelId: string, query: URLSearchParams): StoredMessage[] {
    const after = BigInt(query.get('after') ?? '0');
    const newestFirst = this.messagesIn(channelId)
      .filter((message) => BigInt(message.id) > after)
      .reverse();
    return newestFirst.slice(0, Number(query.get('limit') ?? 50));
  }

  /** A server's text channel or a thread; anything else is unknown (10003), as a channel Rapport cannot see is. */
  private channel(channelId: string): [number, unknown] {
    const guild = this.options.guilds.find((candidate) => candidate.channelId === channelId);
    if (guild !== undefined) return [200, textChannelObject(guild)];
    const thread = this.threads.get(channelId);
    return thread === undefined ? [404, { message: 'Unknown Channel', code: 10003 }] : [200, thread];
  }

  /**
   * Starts a public thread on a message of a server channel; a message has one thread at most (160004).
   * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
   */
  private startThread(channelId: string, messageId: string, body: Record<string, unknown>): [number, unknown] {
    const message = this.messages.get(messageId);
    const guildId = this.guildOf(channelId);
    if (message?.channel_id !== channelId || guildId === undefined) return [404, { message: 'Unknown Message', code: 10008 }];
    if (this.threads.has(messageId)) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
    const thread = threadObject({
      messageId,
      parentId: channelId,
      guildId,
      owner: this.options.bot,
      name: String(body.name),
      autoArchiveDuration: Number(body.auto_archive_duration ?? 1440),
    });
    this.threads.set(messageId, thread);
    this.messages.set(messageId, { ...message, flags: message.flags | MESSAGE_HAS_THREAD });
    return [201, thread];
  }

  /** The server a channel or thread belongs to; undefined for a DM. */
  private guildOf(channelId: string): string | undefined {
    return this.options.guilds.find((guild) => guild.channelId === channelId)?.id ?? this.threads.get(channelId)?.guild_id;
  }

  private callback(token: string, body: Record<string, unknown>, files: readonly UploadedFile[]): [number, unknown] {
    const interaction = this.interactions.get(token);
    if (interaction === undefined) return [404, { message: 'Unknown interaction', code: 10062 }];
    const data = (body.data ?? {}) as Record<string, unknown>;
    if (body.type === 4 || body.type === 5) {
      const message = this.store(interaction.channelId, { ...data, content: body.type === 5 ? '' : data.content }, files, interaction.guildId);
      this.originals.set(token, message.id);
    }
    if (body.type === 7 && interaction.sourceMessageId !== undefined) this.update(interaction.sourceMessageId, data);
    return [204, undefined];
  }

  private webhook(method: string, token: string, original: boolean, body: Record<string, unknown>, files: readonly UploadedFile[]): [number, unknown] {
    const interaction = this.interactions.get(token);
    if (interaction === undefined) return [404, { message: 'Unknown Webhook', code: 10015 }];
    const originalId = this.originals.get(token);
    if (original && method === 'PATCH' && originalId !== undefined) return [200, this.update(originalId, body)];
    if (original && method === 'DELETE') return [204, undefined];
    if (!original && method === 'POST') return [200, this.store(interaction.channelId, body, files, interaction.guildId)];
    return [404, { message: 'Unknown Message', code: 10008 }];
  }

  /**
   * Creates a message, unless it carries `enforce_nonce` and a nonce seen in the same channel in
   * the past few minutes: then the message already created is returned.
   * @see https://discord.com/developers/docs/resources/message#create-message-jsonform-params
   */
  private createOnce(channelId: string, body: Record<string, unknown>, files: readonly UploadedFile[]): StoredMessage {
    const nonce =
      body.enforce_nonce === true && (typeof body.nonce === 'string' || typeof body.nonce === 'number') ? `${channelId} ${String(body.nonce)}` : undefined;
    const seen = nonce === undefined ? undefined : this.nonces.get(nonce);
    const existing = seen === undefined || performance.now() - seen.at > NONCE_WINDOW_MS ? undefined : this.messages.get(seen.id);
    if (existing !== undefined) return existing;
    const message = this.store(channelId, body, files, this.guildOf(channelId));
    if (nonce !== undefined) this.nonces.set(nonce, { id: message.id, at: performance.now() });
    return message;
  }

  private store(channelId: string, body: Record<string, unknown>, files: readonly UploadedFile[], guildId?: string): StoredMessage {
    const message = messageObject({
      channelId,
      author: this.options.bot,
      content: typeof body.content === 'string' ? body.content : '',
      embeds: (body.embeds as unknown[] | undefined) ?? [],
      components: (body.components as unknown[] | undefined) ?? [],
      flags: typeof body.flags === 'number' ? body.flags : 0,
      attachments: files.map((file) => ({
        id: snowflake(),
        filename: file.name,
        size: file.content.length,
        url: `https://cdn.invalid/${file.name}`,
        proxy_url: `https://cdn.invalid/${file.name}`,
      })),
      ...(guildId === undefined ? {} : { guildId }),
    });
    this.messages.set(message.id, message);
    return message;
  }

  private update(messageId: string, body: Record<string, unknown>): StoredMessage | undefined {
    const message = this.messages.get(messageId);
    if (message === undefined) return undefined;
    const updated: StoredMessage = { ...message, ...pick(body, ['content', 'embeds', 'components']) };
    this.messages.set(messageId, updated);
    return updated;
  }
}

/** A 429 as Discord answers it, for the global limit or a route's. */
function rateLimited(seconds: number, global: boolean): Failure {
  const retryAfter = Math.max(seconds, 0.001);
  return {
    method: '',
    path: /$^/,
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfter, global },
    headers: {
      'retry-after': String(Math.ceil(retryAfter)),
      ...(global ? { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' } : { 'x-ratelimit-scope': 'user' }),
    },
    remaining: 1,
  };
}

/** The message flag HAS_THREAD. @see https://discord.com/developers/docs/resources/message#message-object-message-flags */
const MESSAGE_HAS_THREAD = 1 << 5;

function pick(body: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in body).map((key) => [key, body[key]]));
}

/** A JSON body, or a multipart one (`payload_json` and `files[n]`), as discord.js sends them. */
async function readBody(request: IncomingMessage): Promise<{ body: Record<string, unknown>; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(request.headers['content-type'] ?? '');
  if (raw.length === 0) return { body: {}, files: [] };
  if (boundary === null) return { body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files: [] };
  let body: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  // Split as latin1, which maps each byte to one character and back, so binary files arrive intact.
  for (const part of raw
    .toString('latin1')
    .split(`--${boundary[1] ?? boundary[2] ?? ''}`)
    .slice(1, -1)) {
    const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
    const bytes = Buffer.from(rest.join('\r\n\r\n').replace(/\r\n$/, ''), 'latin1');
    const content = bytes.toString('utf8');
    const name = /name="([^"]*)"/.exec(head)?.[1];
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (name === 'payload_json') body = JSON.parse(content) as Record<string, unknown>;
    else if (filename !== undefined)
      files.push({ name: Buffer.from(filename, 'latin1').toString('utf8'), contentType: /content-type: *([^\r\n]+)/i.exec(head)?.[1] ?? '', content, bytes });
  }
  return { body, files };
}
