import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway } from './fake-gateway.js';
import { FakeRest, type RestBehaviour, type RestCall, type StoredMessage } from './fake-rest.js';
import { fakeGuild, fakeUser, interactionBase, messageObject, snowflake, userObject, type FakeGuild, type FakeUser, type Place } from './payloads.js';

/** How the fake is set up; everything has a default. */
export interface FakeDiscordOptions {
  readonly token?: string;
  readonly applicationId?: string;
  readonly guilds?: readonly FakeGuild[];
  /** The heartbeat interval HELLO announces (Discord's is about 41 s). */
  readonly heartbeatIntervalMs?: number;
  /** The shard count `GET /gateway/bot` recommends (default 1). Clients may open a session for each shard. */
  readonly shardCount?: number;
  /** The port on 127.0.0.1 (default: a free one). */
  readonly port?: number;
  /** Discord's rate limits and a round-trip time for the REST API (default: neither). */
  readonly rest?: RestBehaviour;
}

/** An interaction the fake sent and the callback Rapport answered it with. */
export interface Answered {
  readonly id: string;
  readonly token: string;
  /** The interaction callback: `type` 4 message, 5 deferred, 7 update, 8 autocomplete, 9 modal. */
  readonly callback: { readonly type: number; readonly data?: Record<string, unknown> };
  /** The shard whose gateway session carried INTERACTION_CREATE. */
  readonly shard: number;
  /** `performance.now()` when the gateway sent INTERACTION_CREATE, and when the callback arrived. */
  readonly sentAt: number;
  readonly answeredAt: number;
}

/** Interaction types and option types. @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type */
const INTERACTION = { command: 2, component: 3, autocomplete: 4, modalSubmit: 5 } as const;
const OPTION_TYPE = { subcommand: 1, string: 3, integer: 4, boolean: 5, user: 6 } as const;

/** What a slash command option can be given as: text, a number, a switch, or a person picked. */
export type OptionValue = string | number | boolean | FakeUser;

const isPerson = (value: OptionValue): value is FakeUser => typeof value === 'object';

/**
 * A protocol-level Discord on 127.0.0.1: REST under `/api/v10` and a v10 gateway WebSocket on
 * the same port, which the real discord.js client logs in to (or several, one per shard, each
 * sent only its shard's events). Tests drive it as people would:
 * slash commands, button presses, menu choices, modal submissions, autocomplete and DMs, and
 * read what Rapport answered from the requests it received.
 */
export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: FakeUser = fakeUser('Rapport', true);
  readonly guilds: readonly FakeGuild[];
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  private port = 0;

  private constructor(
    private readonly server: Server,
    options: FakeDiscordOptions,
  ) {
    this.token = options.token ?? 'test-token';
    this.applicationId = options.applicationId ?? snowflake();
    this.guilds = options.guilds ?? [fakeGuild()];
    const gatewayUrl = (): string => `ws://127.0.0.1:${this.port}/gateway`;
    const setup = { token: this.token, applicationId: this.applicationId, bot: this.bot, guilds: this.guilds };
    this.rest = new FakeRest({ ...setup, gatewayUrl, shardCount: options.shardCount ?? 1, ...(options.rest === undefined ? {} : { behaviour: options.rest }) });
    this.gateway = new FakeGateway({ ...setup, url: gatewayUrl, heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250 });
    server.on('request', (request, response) => {
      void this.rest.handle(request, response);
    });
    server.on('upgrade', (request, socket, head: Buffer) => {
      if (request.url?.startsWith('/gateway') === true) this.gateway.upgrade(request, socket, head);
      else socket.destroy();
    });
  }

  /** Starts the fake on 127.0.0.1, on a free port unless told which. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(createServer(), options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(options.port ?? 0, '127.0.0.1', resolve);
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** The REST base URL to give Rapport as DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The first server. */
  get guild(): FakeGuild {
    const guild = this.guilds[0];
    if (guild === undefined) throw new Error('The fake has no server.');
    return guild;
  }

  /** A server channel as `user` sees it, with these roles (ids) and permissions. */
  inGuild(options: { roleIds?: readonly string[]; permissions?: string } = {}): Place {
    return { guild: this.guild, ...options };
  }

  /** The DM between `user` and the bot. */
  inDm(user: FakeUser): Place {
    return { dmChannelId: this.rest.dmChannelOf(user.id) };
  }

  /**
   * Runs a slash command; resolves with Rapport's callback. A person given as an option's value
   * goes as Discord sends a person picked in a user option: their id, with the user resolved.
   */
  slash(user: FakeUser, place: Place, command: string, subcommand?: string, values: Readonly<Record<string, OptionValue>> = {}): Promise<Answered> {
    const options = Object.entries(values).map(([name, value]) =>
      isPerson(value) ? { name, type: OPTION_TYPE.user, value: value.id } : { name, type: optionType(value), value },
    );
    const people = Object.values(values).filter(isPerson);
    const resolved = people.length === 0 ? {} : { resolved: { users: Object.fromEntries(people.map((person) => [person.id, userObject(person)])) } };
    const data = {
      id: snowflake(),
      name: command,
      type: 1,
      options: subcommand === undefined ? options : [{ type: OPTION_TYPE.subcommand, name: subcommand, options }],
      ...resolved,
    };
    return this.interact(user, place, INTERACTION.command, data);
  }

  /** Types into an option; resolves with the choices Rapport suggested. */
  async autocomplete(
    user: FakeUser,
    place: Place,
    command: string,
    subcommand: string,
    option: string,
    typed: string,
  ): Promise<{ name: string; value: string | number }[]> {
    const focused = [{ name: option, type: OPTION_TYPE.string, value: typed, focused: true }];
    const answered = await this.interact(user, place, INTERACTION.autocomplete, {
      id: snowflake(),
      name: command,
      type: 1,
      options: [{ type: OPTION_TYPE.subcommand, name: subcommand, options: focused }],
    });
    return (answered.callback.data?.choices ?? []) as { name: string; value: string | number }[];
  }

  /** Presses the button labelled `label` on a message; resolves with Rapport's callback. */
  press(user: FakeUser, place: Place, message: StoredMessage, label: string): Promise<Answered> {
    const button = componentsOf(message).find((component) => component.type === 2 && component.label === label);
    if (button === undefined)
      throw new Error(
        `No button "${label}"; there are: ${componentsOf(message)
          .map((component) => String(component.label ?? component.placeholder))
          .join(', ')}`,
      );
    return this.pressId(user, place, message, String(button.custom_id));
  }

  /** Presses a button by custom id (a stale or forged one, say). */
  pressId(user: FakeUser, place: Place, message: StoredMessage, customId: string): Promise<Answered> {
    return this.interact(user, place, INTERACTION.component, { custom_id: customId, component_type: 2 }, message);
  }

  /** Chooses `value` in the select menu with this placeholder. */
  choose(user: FakeUser, place: Place, message: StoredMessage, placeholder: string, value: string): Promise<Answered> {
    const select = componentsOf(message).find((component) => component.type === 3 && component.placeholder === placeholder);
    if (select === undefined) throw new Error(`No select menu "${placeholder}".`);
    return this.interact(user, place, INTERACTION.component, { custom_id: select.custom_id, component_type: 3, values: [value] }, message);
  }

  /** Submits the modal a callback opened, with these answers by field. */
  submit(user: FakeUser, place: Place, modal: Pick<Answered, 'callback'>, values: Readonly<Record<string, string>>): Promise<Answered> {
    if (modal.callback.type !== 9 || modal.callback.data === undefined) throw new Error(`The callback is type ${modal.callback.type}, not a modal.`);
    const labels = modal.callback.data.components as { component: { type: number; custom_id: string } }[];
    const components = labels.map(({ component }, index) => ({
      type: 18,
      id: index * 2 + 1,
      component:
        component.type === 3
          ? {
              type: 3,
              id: index * 2 + 2,
              custom_id: component.custom_id,
              values: values[component.custom_id] === undefined ? [] : [values[component.custom_id]],
            }
          : { type: 4, id: index * 2 + 2, custom_id: component.custom_id, value: values[component.custom_id] ?? '' },
    }));
    return this.interact(user, place, INTERACTION.modalSubmit, { custom_id: modal.callback.data.custom_id, components });
  }

  /** Writes a plain message in `user`'s DM with the bot. */
  dm(user: FakeUser, content: string): void {
    this.gateway.dispatch('MESSAGE_CREATE', messageObject({ channelId: this.rest.dmChannelOf(user.id), author: user, content }));
  }

  /** Sends any interaction and waits for its (accepted) callback. */
  async interact(user: FakeUser, place: Place, type: number, data: unknown, message?: StoredMessage): Promise<Answered> {
    const from = this.rest.calls.length;
    const payload = { ...interactionBase(this.applicationId, user, place, type, data), ...(message === undefined ? {} : { message }) };
    this.rest.sent({
      id: payload.id,
      token: payload.token,
      channelId: payload.channel_id,
      ...('guild_id' in payload ? { guildId: payload.guild_id } : {}),
      ...(message === undefined ? {} : { sourceMessageId: message.id }),
    });
    const sent = this.gateway.dispatch('INTERACTION_CREATE', payload);
    const callback = `/interactions/${payload.id}/${payload.token}/callback`;
    const call = await this.rest.waitFor((candidate) => (candidate.path === callback && candidate.status === 204 ? candidate : undefined), 5000, from);
    return { id: payload.id, token: payload.token, callback: call.body as Answered['callback'], shard: sent.shard, sentAt: sent.at, answeredAt: call.at };
  }

  /** The message that answered an interaction, waiting for a deferred one to be filled in. */
  async answer(answered: Answered): Promise<StoredMessage> {
    if (answered.callback.type === 5) await this.rest.waitFor((call) => (call.method === 'PATCH' && call.path.includes(answered.token) ? call : undefined));
    const message = this.rest.original(answered.token);
    if (message === undefined) throw new Error(`Interaction callback type ${answered.callback.type} made no message.`);
    return message;
  }

  /** The follow-up messages of an interaction, once there are `count`. */
  async followUps(answered: Answered, count: number): Promise<RestCall[]> {
    const path = `/webhooks/${this.applicationId}/${answered.token}`;
    const posts = (): RestCall[] => this.rest.calls.filter((call) => call.method === 'POST' && call.path === path);
    await this.rest.waitFor(() => (posts().length >= count ? true : undefined));
    return posts();
  }

  /** The messages Rapport sent to a channel (a DM), once there are `count`. */
  async channelMessages(channelId: string, count: number, timeoutMs = 5000): Promise<RestCall[]> {
    const sent = (): RestCall[] =>
      this.rest.calls.filter((call) => call.method === 'POST' && call.path === `/channels/${channelId}/messages` && call.status === 200);
    await this.rest.waitFor(() => (sent().length >= count ? true : undefined), timeoutMs);
    return sent();
  }

  /** The stored message a request created. */
  messageOf(call: RestCall): StoredMessage {
    const id = (call.response as { id?: string } | undefined)?.id;
    const found = id === undefined ? undefined : this.rest.messages.get(id);
    if (found === undefined) throw new Error(`${call.method} ${call.path} created no message.`);
    return found;
  }

  /** Forgets what the fake recorded so far (requests, messages, dispatches), as a benchmark does between rounds. */
  forgetHistory(): void {
    this.rest.forgetHistory();
    this.gateway.forgetSent();
  }

  /** Stops the fake. */
  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }
}

/** All that a message shows, as text: content, embed titles, descriptions and fields, for assertions. */
export function textOf(message: { content?: unknown; embeds?: unknown } | Record<string, unknown>): string {
  const embeds = (message.embeds ?? []) as { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  const parts = [typeof message.content === 'string' ? message.content : ''];
  for (const embed of embeds) parts.push(embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).map((field) => `${field.name}: ${field.value}`));
  return parts.filter((part) => part !== '').join('\n');
}

/** Every component of a message, rows flattened. */
export function componentsOf(message: { components?: unknown }): Record<string, unknown>[] {
  return ((message.components ?? []) as { components: Record<string, unknown>[] }[]).flatMap((row) => row.components);
}

function optionType(value: string | number | boolean): number {
  if (typeof value === 'number') return OPTION_TYPE.integer;
  return typeof value === 'boolean' ? OPTION_TYPE.boolean : OPTION_TYPE.string;
}
