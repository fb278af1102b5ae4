import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** A person the fake's users.info knows. */
export interface FakeUser {
  readonly id: string;
  readonly name: string;
  readonly realName?: string;
  /** IANA zone of their profile. */
  readonly tz?: string;
  readonly isAdmin?: boolean;
  readonly isOwner?: boolean;
  /** A deactivated account: DMs to it fail. */
  readonly deleted?: boolean;
}

/** One Web API call the fake received. */
export interface RecordedCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  /** The bearer token it came with. */
  readonly token: string | undefined;
  readonly at: number;
}

/** One POST to a response_url. */
export interface RecordedResponse {
  readonly url: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

/** A file uploaded through files.getUploadURLExternal, the upload URL and files.completeUploadExternal. */
export interface RecordedUpload {
  readonly fileId: string;
  readonly filename: string;
  /** The `length` announced to files.getUploadURLExternal. */
  readonly length: number;
  readonly altText: string | undefined;
  /** The bytes POSTed to the upload URL. */
  bytes?: Buffer;
  /** Set by files.completeUploadExternal: where the file was shared. */
  channelId?: string;
  threadTs?: string;
  initialComment?: string;
  completed: boolean;
}

/** The team, bot and app the fake answers for. */
export const FAKE_TEAM = 'T0TEST';
export const FAKE_BOT_USER = 'UBOT';
export const FAKE_BOT_ID = 'BBOT';
export const FAKE_APP_ID = 'A0RAPPORT';

type Failure =
  | { readonly kind: 'error'; readonly error: string }
  | { readonly kind: 'rate-limited'; readonly retryAfter: number }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'accepted-then-http'; readonly status: number }
  | { readonly kind: 'hang' };

/** A message the fake holds, as conversations.history returns it. */
export interface PostedMessage {
  readonly ts: string;
  readonly text: unknown;
  readonly blocks: unknown;
  readonly metadata?: { readonly event_type: string; readonly event_payload: Record<string, unknown> };
}

/** How the fake behaves as a whole. */
export interface SlackFakeOptions {
  /**
   * Slack's own rate limits: Tier 3 (50 a minute) for conversations.open and
   * conversations.history, and one message a second per channel for chat.postMessage; a call
   * beyond them is answered 429 with Retry-After.
   * @see https://docs.slack.dev/apis/web-api/rate-limits
   */
  readonly rateLimits?: boolean;
  /** How long the fake's minute lasts (default 60,000 ms), to run a rate-limited benchmark in less time: every limit scales with it. */
  readonly minuteMs?: number;
  /** How long each Web API answer takes, as a round trip to Slack would (default none). */
  readonly latencyMs?: number;
}

/** Calls a method may take per minute, and what they are counted by (the method, or the method and channel). */
const LIMITS: Readonly<Record<string, { readonly perMinute: number; readonly perChannel: boolean }>> = {
  'conversations.open': { perMinute: 50, perChannel: false },
  'conversations.history': { perMinute: 50, perChannel: false },
  'chat.postMessage': { perMinute: 60, perChannel: true },
};

/**
 * A protocol-level fake of Slack on 127.0.0.1, for tests: its Web API (`/api/<method>`, form or
 * JSON bodies, `Authorization: Bearer` tokens) records every call and answers like Slack;
 * `response_url`s it hands out (`/response/<n>`) record what is posted to them; and a Socket Mode
 * server (`apps.connections.open` hands out its `ws://` URL) sends envelopes and waits for their
 * acknowledgements. It keeps the messages posted (with their metadata) for conversations.history.
 * Any method can be made to fail next: `ok: false` with an error, HTTP 429 with Retry-After,
 * another HTTP status before or after doing what was asked, or no answer at all; with
 * {@link SlackFakeOptions} it also applies Slack's rate limits and a round-trip time.
 */
export class SlackFake {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  /** Files announced, uploaded and shared, in the order they were announced. */
  readonly uploads: RecordedUpload[] = [];
  private readonly users = new Map<string, FakeUser>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly sockets = new Set<WebSocket>();
  private readonly acks = new Map<string, (payload: unknown) => void>();
  private readonly listeners = new Set<() => void>();
  private readonly awaited = new Map<string, (response: RecordedResponse) => void>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly posted = new Map<string, PostedMessage[]>();
  private readonly windows = new Map<string, { start: number; count: number }>();
  private nextResponse = 0;
  private nextTs = 1_700_000_000;
  private port = 0;

  private constructor(
    private readonly server: Server,
    private readonly options: SlackFakeOptions,
  ) {}

  /** Starts the fake on a free port of 127.0.0.1. */
  static async start(options: SlackFakeOptions = {}): Promise<SlackFake> {
    const server = createServer();
    const fake = new SlackFake(server, options);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void fake.handle(request, response);
    });
    server.on('upgrade', (request, socket, head) => {
      fake.wss.handleUpgrade(request, socket, head, (ws) => {
        fake.connect(ws);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** The Web API base URL, for SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url that records what is posted to it. */
  responseUrl(): string {
    this.nextResponse++;
    return `http://127.0.0.1:${this.port}/response/${this.nextResponse}`;
  }

  /** Adds people users.info knows. */
  addUsers(...users: FakeUser[]): void {
    for (const user of users) this.users.set(user.id, user);
  }

  /** Makes the next `times` calls of `method` answer `ok: false` with `error`. */
  failNext(method: string, error: string, times = 1): void {
    this.queueFailure(method, { kind: 'error', error }, times);
  }

  /** Makes the next `times` calls of `method` answer HTTP 429 with `Retry-After: seconds`. */
  rateLimitNext(method: string, seconds: number, times = 1): void {
    this.queueFailure(method, { kind: 'rate-limited', retryAfter: seconds }, times);
  }

  /** Makes the next `times` calls of `method` answer with an HTTP error status. */
  httpErrorNext(method: string, status: number, times = 1): void {
    this.queueFailure(method, { kind: 'http', status }, times);
  }

  /** Makes the next `times` calls of `method` do what they ask, then answer with an HTTP error status (as when Slack fails after posting). */
  acceptThenFailNext(method: string, status: number, times = 1): void {
    this.queueFailure(method, { kind: 'accepted-then-http', status }, times);
  }

  /** Makes the next `times` calls of `method` get no answer at all (the connection stays open until the fake stops). */
  hangNext(method: string, times = 1): void {
    this.queueFailure(method, { kind: 'hang' }, times);
  }

  /** Drops every failure still queued: Slack is well again. */
  recover(): void {
    this.failures.clear();
  }

  /** The messages posted to a channel, oldest first. */
  messagesIn(channel: string): readonly PostedMessage[] {
    return this.posted.get(channel) ?? [];
  }

  /** Every channel a message was posted to, with how many. */
  messageCounts(): Map<string, number> {
    return new Map([...this.posted].map(([channel, messages]) => [channel, messages.length]));
  }

  /** The calls of one method, in order. */
  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** What was posted to one response_url. */
  responsesTo(url: string): Record<string, unknown>[] {
    return this.responses.filter((response) => response.url === url).map((response) => response.body);
  }

  /** Resolves with the first post to `url` (for many requests at once: no polling). */
  nextResponseTo(url: string): Promise<RecordedResponse> {
    return new Promise((resolve) => this.awaited.set(url, resolve));
  }

  /** Resolves when `check` returns something (re-checked on every recorded call), or rejects after `timeoutMs`. */
  async waitFor<T>(check: () => T | undefined, timeoutMs = 3_000, what = 'the expected Slack traffic'): Promise<T> {
    const now = check();
    if (now !== undefined) return now;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const listener = (): void => {
        const value = check();
        if (value === undefined) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(value);
      };
      this.listeners.add(listener);
    });
  }

  /** Resolves once a Socket Mode client is connected (it said hello). */
  waitForSocket(timeoutMs = 3_000): Promise<true> {
    return this.waitFor(() => (this.sockets.size > 0 ? true : undefined), timeoutMs, 'a Socket Mode connection');
  }

  /**
   * Sends an envelope over Socket Mode and resolves with the client's acknowledgement payload.
   * @see https://docs.slack.dev/apis/events-api/using-socket-mode#acknowledge
   */
  async sendEnvelope(type: 'slash_commands' | 'interactive' | 'events_api', payload: unknown, retry?: { attempt: number; reason: string }): Promise<unknown> {
    const socket = [...this.sockets][0];
    if (socket === undefined) throw new Error('No Socket Mode client is connected.');
    const envelopeId = randomUUID();
    const acked = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`No acknowledgement for the ${type} envelope within 3 s`));
      }, 3_000);
      this.acks.set(envelopeId, (ackPayload) => {
        clearTimeout(timer);
        resolve(ackPayload);
      });
    });
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...(retry === undefined ? { retry_attempt: 0, retry_reason: '' } : { retry_attempt: retry.attempt, retry_reason: retry.reason }),
      }),
    );
    return acked;
  }

  /** Closes every connection and the server. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server.close(() => {
        resolve();
      }),
    );
  }

  private queueFailure(method: string, failure: Failure, times: number): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]);
  }

  private connect(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id !== undefined) this.acks.get(message.envelope_id)?.(message.payload ?? {});
    });
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: FAKE_APP_ID }, debug_info: { host: 'fake' } }));
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const bytes = await readBody(request);
    const raw = bytes.toString('utf8');
    const url = request.url ?? '/';
    if (url.startsWith('/upload/')) {
      // The upload URL files.getUploadURLExternal hands out: Slack takes the raw bytes (or a multipart form) and answers 200.
      const upload = this.uploads.find((candidate) => `/upload/${candidate.fileId}` === url);
      if (upload === undefined) send(response, 404, { ok: false });
      else {
        upload.bytes = bytes;
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(`OK - ${bytes.length}`);
      }
      this.notify();
      return;
    }
    if (url.startsWith('/response/')) {
      const recorded = { url: `http://127.0.0.1:${this.port}${url}`, body: JSON.parse(raw) as Record<string, unknown>, at: Date.now() };
      this.responses.push(recorded);
      send(response, 200, { ok: true });
      this.awaited.get(recorded.url)?.(recorded);
      this.awaited.delete(recorded.url);
      this.notify();
      return;
    }
    const method = /^\/api\/([\w.]+)$/.exec(url)?.[1];
    if (method === undefined) {
      send(response, 404, { ok: false, error: 'unknown_method' });
      return;
    }
    const args = parseArgs(raw, request.headers['content-type'] ?? '');
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? (typeof args.token === 'string' ? args.token : undefined);
    this.calls.push({ method, args, token, at: Date.now() });
    if (this.options.latencyMs !== undefined) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    const failure = this.failures.get(method)?.shift() ?? this.overLimit(method, args);
    if (failure?.kind === 'hang') return;
    if (failure?.kind === 'rate-limited') send(response, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    else if (failure?.kind === 'http') send(response, failure.status, { ok: false, error: 'fatal_error' });
    else if (failure?.kind === 'error') send(response, 200, { ok: false, error: failure.error });
    else if (failure?.kind === 'accepted-then-http') {
      this.answer(method, args, token);
      send(response, failure.status, { ok: false, error: 'fatal_error' });
    } else send(response, 200, this.answer(method, args, token));
    this.notify();
  }

  /** A 429 when the call goes beyond Slack's limit for its method (with rate limits on). */
  private overLimit(method: string, args: Record<string, unknown>): Failure | undefined {
    const limit = LIMITS[method];
    if (this.options.rateLimits !== true || limit === undefined) return undefined;
    const minute = this.options.minuteMs ?? 60_000;
    const key = limit.perChannel ? `${method} ${String(args.channel)}` : method;
    const now = Date.now();
    const window = this.windows.get(key);
    if (window === undefined || now - window.start >= minute) {
      this.windows.set(key, { start: now, count: 1 });
      return undefined;
    }
    if (window.count < limit.perMinute) {
      window.count++;
      return undefined;
    }
    return { kind: 'rate-limited', retryAfter: Math.max(1, Math.ceil((window.start + minute - now) / 1000)) };
  }

  private answer(method: string, args: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return token?.startsWith('xoxb-') === true
          ? { ok: true, url: 'https://fake.slack.test/', team: 'Test Team', user: 'rapport', team_id: FAKE_TEAM, user_id: FAKE_BOT_USER, bot_id: FAKE_BOT_ID }
          : { ok: false, error: 'invalid_auth' };
      case 'apps.connections.open':
        return token?.startsWith('xapp-') === true
          ? { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${randomUUID()}` }
          : { ok: false, error: 'not_allowed_token_type' };
      case 'users.info': {
        const user = this.users.get(String(args.user));
        if (user === undefined) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            team_id: FAKE_TEAM,
            name: user.name,
            real_name: user.realName ?? user.name,
            deleted: user.deleted === true,
            tz: user.tz ?? 'America/Los_Angeles',
            is_admin: user.isAdmin === true,
            is_owner: user.isOwner === true,
            is_bot: false,
            profile: { display_name: user.name, real_name: user.realName ?? user.name },
          },
        };
      }
      case 'conversations.open': {
        const user = this.users.get(String(args.users));
        if (user?.deleted === true) return { ok: false, error: 'user_disabled' };
        if (String(args.users) === FAKE_BOT_USER) return { ok: false, error: 'cannot_dm_bot' };
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      }
      case 'chat.postMessage': {
        const message = {
          ts: this.ts(),
          text: args.text,
          blocks: args.blocks,
          ...(args.metadata === undefined ? {} : { metadata: args.metadata as PostedMessage['metadata'] }),
        };
        this.posted.set(String(args.channel), [...this.messagesIn(String(args.channel)), message]);
        return { ok: true, channel: args.channel, ts: message.ts, message: { text: args.text, blocks: args.blocks } };
      }
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: this.ts(), message: { text: args.text, blocks: args.blocks } };
      case 'conversations.history': {
        const withMetadata = String(args.include_all_metadata) === 'true';
        const newestFirst = [...this.messagesIn(String(args.channel))].reverse().slice(0, Number(args.limit ?? 100));
        return {
          ok: true,
          has_more: false,
          messages: newestFirst.map(({ metadata, ...message }) => ({
            type: 'message',
            user: FAKE_BOT_USER,
            ...message,
            ...(withMetadata && metadata !== undefined ? { metadata } : {}),
          })),
        };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.ts() };
      case 'files.getUploadURLExternal': {
        if (Number(args.length) <= 0) return { ok: false, error: 'missing_argument' };
        if (typeof args.alt_txt === 'string' && args.alt_txt.length > 1000) return { ok: false, error: 'alt_txt_too_large' };
        const fileId = `F${String(this.uploads.length + 1).padStart(8, '0')}`;
        this.uploads.push({
          fileId,
          filename: String(args.filename),
          length: Number(args.length),
          altText: typeof args.alt_txt === 'string' ? args.alt_txt : undefined,
          completed: false,
        });
        return { ok: true, upload_url: `http://127.0.0.1:${this.port}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal':
        return this.completeUploads(args);
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${this.calls.length}`, ...(args.view as Record<string, unknown>) } };
      default:
        return { ok: true };
    }
  }

  /** Shares uploaded files; refuses a file never announced or whose bytes never arrived, as Slack does. */
  private completeUploads(args: Record<string, unknown>): Record<string, unknown> {
    const files = (Array.isArray(args.files) ? args.files : []) as { id?: string; title?: string }[];
    const uploads = files.map((file) => this.uploads.find((upload) => upload.fileId === file.id));
    if (files.length === 0 || uploads.some((upload) => upload?.bytes === undefined)) return { ok: false, error: 'file_not_found' };
    for (const upload of uploads) {
      if (upload === undefined) continue;
      if (typeof args.channel_id === 'string') upload.channelId = args.channel_id;
      if (typeof args.thread_ts === 'string') upload.threadTs = args.thread_ts;
      if (typeof args.initial_comment === 'string') upload.initialComment = args.initial_comment;
      upload.completed = true;
    }
    return { ok: true, files: uploads.map((upload) => ({ id: upload?.fileId, name: upload?.filename })) };
  }

  private ts(): string {
    this.nextTs++;
    return `${this.nextTs}.000100`;
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    request.on('error', reject);
  });
}

/** A Web API body: JSON, or a form whose JSON-looking values (blocks, view) are parsed. */
function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = key === 'blocks' || key === 'view' || key === 'metadata' || key === 'files' ? (JSON.parse(value) as unknown) : value;
  }
  return args;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}
