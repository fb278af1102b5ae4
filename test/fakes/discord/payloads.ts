/**
 * Discord API v10 objects as the real service sends them, as far as the discord.js client and
 * Rapport read them: users, servers, members, messages, DM and server channels, threads and the
 * INTERACTION_CREATE payloads of every interaction type.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */

const DISCORD_EPOCH = 1_420_070_400_000n;
let sequence = 0n;

/** A fresh snowflake, increasing with time like Discord's. */
export function snowflake(): string {
  sequence = (sequence + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | sequence).toString();
}

/** A person on the fake Discord. */
export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly bot?: boolean;
}

/** A role of a fake server. */
export interface FakeRole {
  readonly id: string;
  readonly name: string;
  /** The role's permission bits, as Discord writes them (a decimal string). */
  readonly permissions: string;
}

/** A fake server with one text channel and its roles (the first, @everyone, has the server's id). */
export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly channelId: string;
  readonly roles: readonly FakeRole[];
}

/** What both halves of the fake (REST and gateway) know: the bot's credentials, its user and its servers. */
export interface FakeBotSetup {
  readonly token: string;
  readonly applicationId: string;
  readonly bot: FakeUser;
  readonly guilds: readonly FakeGuild[];
}

/** Permission bits used by the tests. @see https://discord.com/developers/docs/topics/permissions */
export const PERMISSIONS = {
  viewAndSend: ((1n << 10n) | (1n << 11n) | (1n << 31n)).toString(),
  manageGuild: (1n << 5n).toString(),
} as const;

/** A new server with @everyone and a "Career Advisor" role; `id` chooses its shard (see `guildIdOnShard`). */
export function fakeGuild(name = 'Career Club', id = snowflake()): FakeGuild {
  return {
    id,
    name,
    channelId: snowflake(),
    roles: [
      { id, name: '@everyone', permissions: PERMISSIONS.viewAndSend },
      { id: snowflake(), name: 'Career Advisor', permissions: '0' },
    ],
  };
}

/** A new person. */
export function fakeUser(username: string, bot = false): FakeUser {
  return { id: snowflake(), username, ...(bot ? { bot } : {}) };
}

/** A user object. */
export function userObject(user: FakeUser) {
  return { id: user.id, username: user.username, global_name: user.username, discriminator: '0', avatar: null, bot: user.bot ?? false, public_flags: 0 };
}

/** The GUILD_CREATE payload of a server. */
export function guildCreate(guild: FakeGuild, botUser: FakeUser) {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    owner_id: snowflake(),
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    preferred_locale: 'en-US',
    features: [],
    emojis: [],
    stickers: [],
    roles: guild.roles.map((role, position) => ({
      id: role.id,
      name: role.name,
      permissions: role.permissions,
      position,
      color: 0,
      colors: { primary_color: 0 },
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
      icon: null,
      unicode_emoji: null,
    })),
    channels: [textChannelObject(guild)],
    threads: [],
    members: [{ user: userObject(botUser), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: new Date().toISOString(),
  };
}

/** The text channel of a fake server, as GUILD_CREATE and `GET /channels/{id}` carry it. */
export function textChannelObject(guild: FakeGuild) {
  return {
    id: guild.channelId,
    type: 0,
    name: 'career-club',
    position: 0,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    rate_limit_per_user: 0,
    guild_id: guild.id,
  };
}

/**
 * A public thread started on a message: it has the message's id.
 * @see https://discord.com/developers/docs/resources/channel#start-thread-from-message
 */
export function threadObject(fields: { messageId: string; parentId: string; guildId: string; owner: FakeUser; name: string; autoArchiveDuration: number }) {
  const now = new Date().toISOString();
  return {
    id: fields.messageId,
    type: 11,
    guild_id: fields.guildId,
    parent_id: fields.parentId,
    owner_id: fields.owner.id,
    name: fields.name,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: fields.autoArchiveDuration, archive_timestamp: now, locked: false },
    member: { id: fields.messageId, user_id: fields.owner.id, join_timestamp: now, flags: 0 },
  };
}

/** Where an interaction happens: a server channel (with the person's roles there) or the person's DM with the bot. */
export type Place = { readonly guild: FakeGuild; readonly roleIds?: readonly string[]; readonly permissions?: string } | { readonly dmChannelId: string };

/** The parts of an INTERACTION_CREATE payload every interaction type shares. */
export function interactionBase(applicationId: string, user: FakeUser, place: Place, type: number, data: unknown) {
  const id = snowflake();
  const common = {
    id,
    application_id: applicationId,
    type,
    data,
    token: `interaction-token-${id}`,
    version: 1,
    app_permissions: PERMISSIONS.viewAndSend,
    locale: 'en-US',
    entitlements: [],
    attachment_size_limit: 10_485_760,
  };
  if ('dmChannelId' in place) {
    return {
      ...common,
      user: userObject(user),
      channel_id: place.dmChannelId,
      channel: { id: place.dmChannelId, type: 1, last_message_id: null, flags: 0, recipients: [userObject(user)] },
      authorizing_integration_owners: { '0': '0' },
      context: 1,
    };
  }
  const { guild } = place;
  return {
    ...common,
    guild_id: guild.id,
    guild: { id: guild.id, locale: 'en-US', features: [] },
    guild_locale: 'en-US',
    member: {
      user: userObject(user),
      roles: [...(place.roleIds ?? [])],
      permissions: place.permissions ?? PERMISSIONS.viewAndSend,
      joined_at: new Date().toISOString(),
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      premium_since: null,
      communication_disabled_until: null,
    },
    channel_id: guild.channelId,
    channel: { ...textChannelObject(guild), flags: 0, last_message_id: null },
    authorizing_integration_owners: { '0': guild.id },
    context: 0,
  };
}

/** A message object as the REST API returns it and MESSAGE_CREATE carries it. */
export function messageObject(fields: {
  id?: string;
  channelId: string;
  author: FakeUser;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  flags?: number;
  attachments?: unknown[];
  guildId?: string;
}) {
  return {
    id: fields.id ?? snowflake(),
    channel_id: fields.channelId,
    ...(fields.guildId === undefined ? { channel_type: 1 } : { guild_id: fields.guildId }),
    author: userObject(fields.author),
    content: fields.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: fields.attachments ?? [],
    embeds: fields.embeds ?? [],
    components: fields.components ?? [],
    pinned: false,
    type: 0,
    flags: fields.flags ?? 0,
  };
}

/** A DM channel object. */
export function dmChannelObject(channelId: string, recipient: FakeUser) {
  return { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [userObject(recipient)] };
}
