import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import { guildCreate, userObject, type FakeBotSetup } from './payloads.js';
import { shardOfGuild } from './sharding.js';

/**
 * Gateway opcodes and close codes the fake speaks.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-opcodes
 */
const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, invalidSession: 9, hello: 10, heartbeatAck: 11 } as const;
const AUTHENTICATION_FAILED = 4004;

/** `[shard_id, num_shards]`, as IDENTIFY and READY carry it. */
export type ShardKey = readonly [id: number, count: number];

/** What a client sent to identify itself. */
export interface Identify {
  readonly token: string;
  readonly intents: number;
  /** The shard it asked for; `[0, 1]` when it named none, as on Discord. */
  readonly shard: ShardKey;
}

/** A dispatch the fake sent, with when (`performance.now()`). */
export interface SentDispatch {
  readonly type: string;
  /** The shard whose session carried it. */
  readonly shard: number;
  readonly sequence: number;
  readonly data: unknown;
  readonly at: number;
}

/** One shard's gateway session: its connection while open, and what it sent, for RESUME. */
interface Session {
  readonly id: string;
  readonly shard: ShardKey;
  socket: WebSocket | undefined;
  sequence: number;
  readonly sent: SentDispatch[];
}

/**
 * The gateway half of the fake Discord (v10, JSON, no compression): HELLO, IDENTIFY checked
 * against the bot token, READY then a GUILD_CREATE per server of the shard, heartbeats
 * acknowledged, RESUME replaying the dispatches a dropped connection missed, and dispatches of
 * any event. Several sessions can be open at once, one per shard: a server's events go to the
 * session of its shard (`(guild_id >> 22) % num_shards`), DMs to shard 0's.
 * @see https://discord.com/developers/docs/events/gateway#connection-lifecycle
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
export class FakeGateway {
  readonly identifies: Identify[] = [];
  readonly resumes: number[] = [];
  heartbeats = 0;
  private readonly server = new WebSocketServer({ noServer: true });
  /** The latest session of each shard, by shard id. */
  private readonly byShard = new Map<number, Session>();
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly options: FakeBotSetup & {
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

  /**
   * Sends a dispatch event (INTERACTION_CREATE, MESSAGE_CREATE...) on the session of the shard
   * its `guild_id` falls on (shard 0 without one): now, or on resume if that shard's client is
   * not connected.
   */
  dispatch(type: string, data: unknown): SentDispatch {
    const guildId = (data as { guild_id?: unknown } | null)?.guild_id;
    const session = [...this.byShard.values()].find(({ shard: [id, count] }) => (typeof guildId === 'string' ? shardOfGuild(guildId, count) : 0) === id);
    if (session === undefined)
      throw new Error(`No gateway session serves ${typeof guildId === 'string' ? `server ${guildId}` : 'DMs'}: no client identified for its shard.`);
    return this.send(session, type, data);
  }

  /** Drops a shard's connection as a network failure would (the client should resume). */
  drop(shard = 0): void {
    const session = this.byShard.get(shard);
    session?.socket?.terminate();
    if (session !== undefined) session.socket = undefined;
  }

  /** Resolves once clients have identified or resumed `count` times in all. */
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

  /** Forgets the dispatches sent so far: a session resumed after this replays only later ones. */
  forgetSent(): void {
    for (const session of this.byShard.values()) session.sent.length = 0;
  }

  private connected(ws: WebSocket): void {
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
      case OP.identify: {
        if (data.token !== this.options.token) {
          ws.close(AUTHENTICATION_FAILED, 'Authentication failed.');
          return;
        }
        const shard: ShardKey = Array.isArray(data.shard) ? [Number(data.shard[0]), Number(data.shard[1])] : [0, 1];
        this.identifies.push({ token: this.options.token, intents: Number(data.intents), shard });
        // A new session of a shard replaces the one before, and its connection.
        const session: Session = { id: randomUUID(), shard, socket: this.byShard.get(shard[0])?.socket, sequence: 0, sent: [] };
        this.byShard.set(shard[0], session);
        this.attach(session, ws);
        this.ready(session);
        break;
      }
      case OP.resume: {
        const session = [...this.byShard.values()].find((candidate) => candidate.id === data.session_id);
        if (data.token !== this.options.token || session === undefined) {
          ws.send(JSON.stringify({ op: OP.invalidSession, d: false }));
          return;
        }
        this.resumes.push(Number(data.seq));
        this.attach(session, ws);
        for (const missed of session.sent.filter((event) => event.sequence > Number(data.seq)))
          ws.send(JSON.stringify({ op: OP.dispatch, t: missed.type, s: missed.sequence, d: missed.data }));
        this.send(session, 'RESUMED', {});
        break;
      }
    }
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Makes `ws` the session's connection, closing one it replaces. */
  private attach(session: Session, ws: WebSocket): void {
    if (session.socket !== ws) session.socket?.terminate();
    session.socket = ws;
  }

  /** READY with the shard's servers (unavailable until their GUILD_CREATE), then a GUILD_CREATE each. */
  private ready(session: Session): void {
    const { bot, applicationId } = this.options;
    const [id, count] = session.shard;
    const guilds = this.options.guilds.filter((guild) => shardOfGuild(guild.id, count) === id);
    this.send(session, 'READY', {
      v: 10,
      user: { ...userObject(bot), bot: true, verified: true, mfa_enabled: false, flags: 0 },
      guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.options.url(),
      shard: [id, count],
      application: { id: applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      user_settings: {},
    });
    for (const guild of guilds) this.send(session, 'GUILD_CREATE', guildCreate(guild, bot));
  }

  /** Sends a dispatch on a session's connection if it is open, and keeps it for a resume. */
  private send(session: Session, type: string, data: unknown): SentDispatch {
    const event = { type, shard: session.shard[0], sequence: ++session.sequence, data, at: performance.now() };
    session.sent.push(event);
    if (session.socket !== undefined && session.socket.readyState === session.socket.OPEN)
      session.socket.send(JSON.stringify({ op: OP.dispatch, t: type, s: event.sequence, d: data }));
    return event;
  }
}
