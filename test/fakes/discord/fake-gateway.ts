import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreate, userObject, type FakeGuild, type FakeUser } from './payloads.js';

/**
 * Gateway opcodes and close codes the fake speaks.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes
 */
const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, invalidSession: 9, hello: 10, heartbeatAck: 11 } as const;
const AUTHENTICATION_FAILED = 4004;

/** What a client sent to identify itself. */
export interface Identify {
  readonly token: string;
  readonly intents: number;
}

/** A dispatch the fake sent, with when (`performance.now()`). */
export interface SentDispatch {
  readonly type: string;
  readonly sequence: number;
  readonly data: unknown;
  readonly at: number;
}

/**
 * The gateway half of the fake Discord (v10, JSON, no compression): HELLO, IDENTIFY checked
 * against the bot token, READY then a GUILD_CREATE per server, heartbeats acknowledged, RESUME
 * replaying the dispatches a dropped connection missed, and dispatches of any event.
 * @see https://discord.com/developers/docs/events/gateway#connection-lifecycle
 */
export class FakeGateway {
  readonly identifies: Identify[] = [];
  readonly resumes: number[] = [];
  heartbeats = 0;
  private readonly server = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private sequence = 0;
  private readonly sent: SentDispatch[] = [];
  private readonly sessionId = `session-${Date.now()}`;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly options: {
      readonly token: string;
      readonly applicationId: string;
      readonly bot: FakeUser;
      readonly guilds: readonly FakeGuild[];
      readonly url: () => string;
      readonly heartbeatIntervalMs: number;
    },
  ) {}

  /** Takes over an HTTP upgrade to the gateway path. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(request, socket, head, (ws) => {
      this.connected(ws);
    });
  }

  /** Sends a dispatch event (INTERACTION_CREATE, MESSAGE_CREATE...) now, or on resume if no client is connected. */
  dispatch(type: string, data: unknown): SentDispatch {
    const event = { type, sequence: ++this.sequence, data, at: performance.now() };
    this.sent.push(event);
    if (this.socket !== undefined && this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify({ op: OP.dispatch, t: type, s: event.sequence, d: data }));
    return event;
  }

  /** Drops the connection as a network failure would (the client should resume). */
  drop(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** Resolves once the client has identified or resumed `count` times in all. */
  sessions(count: number, timeoutMs = 5000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => this.identifies.length + this.resumes.length >= count;
      if (check()) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`The client did not open gateway session ${count} within ${timeoutMs} ms.`));
      }, timeoutMs);
      const waiter = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve();
      };
      this.waiters.add(waiter);
    });
  }

  /** Closes every connection. */
  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  private connected(ws: WebSocket): void {
    this.socket?.terminate();
    this.socket = ws;
    ws.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
    ws.on('message', (raw: Buffer) => {
      this.received(ws, JSON.parse(raw.toString('utf8')) as { op: number; d: Record<string, unknown> | number | null });
    });
  }

  private received(ws: WebSocket, payload: { op: number; d: Record<string, unknown> | number | null }): void {
    const data = typeof payload.d === 'object' && payload.d !== null ? payload.d : {};
    switch (payload.op) {
      case OP.heartbeat:
        this.heartbeats++;
        ws.send(JSON.stringify({ op: OP.heartbeatAck }));
        return;
      case OP.identify:
        if (data.token !== this.options.token) {
          ws.close(AUTHENTICATION_FAILED, 'Authentication failed.');
          return;
        }
        this.identifies.push({ token: this.options.token, intents: Number(data.intents) });
        this.ready(ws);
        break;
      case OP.resume:
        if (data.token !== this.options.token || data.session_id !== this.sessionId) {
          ws.send(JSON.stringify({ op: OP.invalidSession, d: false }));
          return;
        }
        this.resumes.push(Number(data.seq));
        for (const missed of this.sent.filter((event) => event.sequence > Number(data.seq))) ws.send(JSON.stringify({ op: OP.dispatch, t: missed.type, s: missed.sequence, d: missed.data }));
        this.send(ws, 'RESUMED', {});
        break;
    }
    for (const waiter of [...this.waiters]) waiter();
  }

  private ready(ws: WebSocket): void {
    const { bot, applicationId, guilds } = this.options;
    this.send(ws, 'READY', {
      v: 10,
      user: { ...userObject(bot), bot: true, verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.options.url(),
      shard: [0, 1],
      application: { id: applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      user_settings: {},
    });
    for (const guild of guilds) this.send(ws, 'GUILD_CREATE', guildCreate(guild, bot));
  }

  private send(ws: WebSocket, type: string, data: unknown): void {
    const sequence = ++this.sequence;
    this.sent.push({ type, sequence, data, at: performance.now() });
    ws.send(JSON.stringify({ op: OP.dispatch, t: type, s: sequence, d: data }));
  }
}
