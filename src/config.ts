import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { IANAZone } from 'luxon';
import * as z from 'zod';
import { MIN_RETENTION_DAYS } from './domain/privacy/retention-policy.js';
import { DEFAULT_CADENCE, cadenceOverridesSchema, mergeCadence, type CadenceSettings } from './domain/reminders/cadence-settings.js';

/** A setting is missing, malformed or inconsistent; the message names it and the fix, on one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** An optional whole number from `min` to `max`; the message shows `example`. */
const wholeNumber = (name: string, min: number, max: number, example: number) => {
  const error = `${name} must be a whole number from ${min} to ${max}, e.g. ${name}=${example}`;
  return optionalText.pipe(z.coerce.number<string | undefined>({ error }).int({ error }).min(min, { error }).max(max, { error }).optional());
};

const optionalUrl = (name: string) =>
  optionalText.refine((value) => value === undefined || URL.canParse(value), {
    error: `${name} must be a full URL such as http://127.0.0.1:8080/api/`,
  });

/**
 * A Discord id: a snowflake, digits only.
 * @see https://discord.com/developers/docs/reference#snowflakes
 */
const discordId = (name: string, where: string) =>
  optionalText.refine((value) => value === undefined || /^\d{1,20}$/.test(value), {
    error: `${name} must be digits only, e.g. ${name}=1234567890123456789: copy it from ${where}`,
  });

/** A platform user id (Slack U123ABC, a Discord snowflake) or a console user name. */
const ADVISOR_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A bound on SHARD_COUNT that no real deployment nears: Discord allows at most 2,500 servers a
 * shard, so this is room for 25 million servers.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
const MAX_SHARDS = 10_000;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable Rapport reads, with its rules. `.env.example` documents each one. */
const environmentSchema = z.object({
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_API_URL: optionalUrl('SLACK_API_URL'),
  SLACK_PUBLIC_URL: optionalUrl('SLACK_PUBLIC_URL'),
  SLACK_COMMAND_NAMES: optionalText,
  PORT: wholeNumber('PORT', 1, 65535, 3000),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: discordId(
    'DISCORD_APPLICATION_ID',
    'the General Information page of your application in the Discord developer portal (the Application ID, not the public key)',
  ),
  DISCORD_GUILD_ID: discordId('DISCORD_GUILD_ID', 'Discord: with Developer Mode on (User Settings, Advanced), right-click the server and Copy Server ID'),
  DISCORD_API_URL: optionalUrl('DISCORD_API_URL'),
  DISCORD_ADVISOR_ROLE: optionalText.refine((value) => value === undefined || value.length <= 100, {
    error: 'DISCORD_ADVISOR_ROLE must be a role name of at most 100 characters, e.g. DISCORD_ADVISOR_ROLE="Career Advisor"',
  }),
  SHARD_ID: wholeNumber('SHARD_ID', 0, MAX_SHARDS - 1, 0),
  SHARD_COUNT: wholeNumber('SHARD_COUNT', 1, MAX_SHARDS, 2),
  DATABASE_PATH: optionalText,
  DATABASE_URL: optionalText.refine((value) => value === undefined || (/^postgres(ql)?:\/\//.test(value) && URL.canParse(value)), {
    error: 'DATABASE_URL must be a URL starting with postgres:// (e.g. postgres://rapport@127.0.0.1:5432/rapport), or be left unset to use SQLite',
  }),
  DATABASE_POOL_SIZE: wholeNumber('DATABASE_POOL_SIZE', 1, 1000, 10),
  DEFAULT_TIMEZONE: optionalText.refine((value) => value === undefined || IANAZone.isValidZone(value), {
    error: 'DEFAULT_TIMEZONE must be an IANA time zone such as America/Toronto or Europe/London',
  }),
  CADENCE_OVERRIDES: optionalText,
  ADVISOR_IDS: optionalText.refine((value) => value === undefined || value.split(',').every((id) => ADVISOR_ID.test(id.trim())), {
    error: 'ADVISOR_IDS must be user ids separated by commas (on the console, user names), e.g. ADVISOR_IDS=U024BE7LH,U0G9QF9C6',
  }),
  LOG_LEVEL: optionalText.pipe(z.enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).optional()),
  METRICS_PORT: wholeNumber('METRICS_PORT', 1, 65535, 9464),
  RETENTION_DAYS: wholeNumber('RETENTION_DAYS', MIN_RETENTION_DAYS, 36_500, 365),
  EXPORT_DIR: optionalText,
});

/** The names of every environment variable Rapport reads. */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape) as readonly (keyof z.infer<typeof environmentSchema>)[];

/** Slack credentials and transport. */
export interface SlackConfig {
  readonly botToken: string;
  /** Socket Mode when set (no public URL needed). */
  readonly appToken?: string;
  /** HTTP mode when set (and no app token). */
  readonly signingSecret?: string;
  readonly apiUrl?: string;
  readonly port: number;
}

/** Slack settings needed before any credentials exist: for the app manifest and the command names. */
export interface SlackAppConfig {
  /** Slack spellings that replace the defaults, by command name, without the slash (`{ remind: 'nudge' }`). */
  readonly commandNames: Readonly<Record<string, string>>;
  /** The public HTTPS base URL Slack sends HTTP-mode requests to (for the manifest). */
  readonly publicUrl?: string;
}

/** Discord credentials. */
export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId?: string;
  readonly apiUrl?: string;
  /** Members with a role of this name (or the Manage Server permission) are advisors. */
  readonly advisorRole: string;
  /** The gateway shard this instance serves (SHARD_ID of SHARD_COUNT); unset, it serves them all. */
  readonly shard?: DiscordShard;
}

/**
 * One shard of the Discord gateway: Discord sends this instance the events of the servers with
 * `(server id >> 22) % count === id`, and DMs only to shard 0. Any instance can send over REST.
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
export interface DiscordShard {
  /** From 0 to `count - 1`. */
  readonly id: number;
  /** How many shards all instances together serve. */
  readonly count: number;
}

/** The Discord role that makes its members advisors when DISCORD_ADVISOR_ROLE is not set. */
export const DEFAULT_DISCORD_ADVISOR_ROLE = 'Career Advisor';

/** Rapport's whole configuration, parsed once at start. */
export interface Config {
  readonly slack?: SlackConfig;
  readonly slackApp: SlackAppConfig;
  readonly discord?: DiscordConfig;
  readonly database: DatabaseConfig;
  readonly defaultTimezone: string;
  /** The follow-up cadence: the defaults with this deployment's overrides. */
  readonly cadence: CadenceSettings;
  /** Advisors in every workspace, by platform user id (on the console, user name). */
  readonly advisorIds: readonly string[];
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** The port serving /healthz and /metrics; unset, neither is served. */
  readonly metricsPort?: number;
  /** RETENTION_DAYS: a person's data is deleted this many days after their last activity; unset, it is kept until they delete it. */
  readonly retentionDays?: number;
  /** Where the console writes the files sent with replies (exports): EXPORT_DIR, default `./exports`. */
  readonly exportDirectory: string;
}

/** Where the console writes exports when EXPORT_DIR is not set. */
export const DEFAULT_EXPORT_DIR = './exports';

/** SQLite (a file, or ':memory:') by default; PostgreSQL when DATABASE_URL is set. */
export type DatabaseConfig =
  { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string; readonly poolSize: number };

/** Connections in the PostgreSQL pool when DATABASE_POOL_SIZE is not set. */
export const DEFAULT_DATABASE_POOL_SIZE = 10;

/** Where the database lives when DATABASE_PATH is not set. */
export const DEFAULT_DATABASE_PATH = './data/rapport.db';

/**
 * Reads and checks the environment. Throws a {@link ConfigError} whose one-line message names
 * the setting and the fix.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'a setting');
    const message = issue?.message ?? 'is not valid';
    throw new ConfigError(message.includes(variable) ? message : `${variable}: ${message}`);
  }
  const vars = parsed.data;
  return {
    ...slackConfig(vars),
    slackApp: slackAppConfig(vars),
    ...discordConfig(vars),
    database: databaseConfig(vars),
    defaultTimezone: vars.DEFAULT_TIMEZONE ?? systemTimezone(),
    cadence: cadenceConfig(vars.CADENCE_OVERRIDES),
    advisorIds: vars.ADVISOR_IDS === undefined ? [] : vars.ADVISOR_IDS.split(',').map((id) => id.trim()),
    logLevel: vars.LOG_LEVEL ?? 'info',
    ...(vars.METRICS_PORT === undefined ? {} : { metricsPort: vars.METRICS_PORT }),
    ...(vars.RETENTION_DAYS === undefined ? {} : { retentionDays: vars.RETENTION_DAYS }),
    exportDirectory: vars.EXPORT_DIR ?? DEFAULT_EXPORT_DIR,
  };
}

type Vars = z.infer<typeof environmentSchema>;

function databaseConfig(vars: Vars): DatabaseConfig {
  if (vars.DATABASE_URL !== undefined) {
    if (vars.DATABASE_PATH !== undefined)
      throw new ConfigError('DATABASE_URL and DATABASE_PATH are both set: keep DATABASE_URL for PostgreSQL or DATABASE_PATH for SQLite, not both');
    return { kind: 'postgres', url: vars.DATABASE_URL, poolSize: vars.DATABASE_POOL_SIZE ?? DEFAULT_DATABASE_POOL_SIZE };
  }
  if (vars.DATABASE_POOL_SIZE !== undefined)
    throw new ConfigError(
      'DATABASE_POOL_SIZE is set but DATABASE_URL is not: the pool is for PostgreSQL; set DATABASE_URL (e.g. postgres://rapport@127.0.0.1:5432/rapport) or leave DATABASE_POOL_SIZE unset for SQLite',
    );
  const path = vars.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
  checkDatabasePath(path);
  return { kind: 'sqlite', path };
}

function slackConfig(vars: Vars): { slack?: SlackConfig } {
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret } = vars;
  if (botToken === undefined) {
    if (appToken !== undefined || signingSecret !== undefined) {
      const given = appToken === undefined ? 'SLACK_SIGNING_SECRET' : 'SLACK_APP_TOKEN';
      throw new ConfigError(`${given} is set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN to the app's bot token (xoxb-...), or unset ${given}`);
    }
    return {};
  }
  if (appToken === undefined && signingSecret === undefined) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN nor SLACK_SIGNING_SECRET is: set SLACK_APP_TOKEN (xapp-..., Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)',
    );
  }
  return {
    slack: {
      botToken,
      ...(appToken === undefined ? {} : { appToken }),
      ...(signingSecret === undefined ? {} : { signingSecret }),
      ...(vars.SLACK_API_URL === undefined ? {} : { apiUrl: vars.SLACK_API_URL }),
      port: vars.PORT ?? 3000,
    },
  };
}

/** A Slack command name: lowercase letters, digits, dashes and underscores, up to 32 characters with the slash. */
const SLACK_COMMAND_NAME = /^[a-z0-9][a-z0-9_-]{0,30}$/;

function slackAppConfig(vars: Vars): SlackAppConfig {
  const example = 'e.g. SLACK_COMMAND_NAMES={"remind":"nudge","help":"rapport"}';
  let value: unknown = {};
  try {
    if (vars.SLACK_COMMAND_NAMES !== undefined) value = JSON.parse(vars.SLACK_COMMAND_NAMES);
  } catch {
    throw new ConfigError(`SLACK_COMMAND_NAMES must be a JSON object, ${example}`);
  }
  const parsed = z.record(z.string(), z.string()).safeParse(value);
  if (!parsed.success) throw new ConfigError(`SLACK_COMMAND_NAMES must map command names to Slack names, ${example}`);
  const commandNames: Record<string, string> = {};
  for (const [command, spelled] of Object.entries(parsed.data)) {
    const name = spelled.trim().replace(/^\//, '');
    if (!SLACK_COMMAND_NAME.test(name))
      throw new ConfigError(
        `SLACK_COMMAND_NAMES: "${spelled}" is not a Slack command name (lowercase letters, digits, - or _, up to 31 characters), ${example}`,
      );
    commandNames[command] = name;
  }
  return { commandNames, ...(vars.SLACK_PUBLIC_URL === undefined ? {} : { publicUrl: vars.SLACK_PUBLIC_URL }) };
}

function discordConfig(vars: Vars): { discord?: DiscordConfig } {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = vars;
  const shard = shardConfig(vars);
  if (token === undefined && applicationId === undefined) {
    if (shard !== undefined)
      throw new ConfigError(
        'SHARD_ID and SHARD_COUNT are set but DISCORD_TOKEN is not: they split the Discord gateway between instances; set DISCORD_TOKEN and DISCORD_APPLICATION_ID, or unset both',
      );
    return {};
  }
  if (token === undefined)
    throw new ConfigError('DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not: set DISCORD_TOKEN to the bot token from the Discord developer portal');
  if (applicationId === undefined)
    throw new ConfigError(
      'DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: set DISCORD_APPLICATION_ID to the application id from the Discord developer portal',
    );
  return {
    discord: {
      token,
      applicationId,
      ...(vars.DISCORD_GUILD_ID === undefined ? {} : { guildId: vars.DISCORD_GUILD_ID }),
      ...(vars.DISCORD_API_URL === undefined ? {} : { apiUrl: vars.DISCORD_API_URL }),
      advisorRole: vars.DISCORD_ADVISOR_ROLE ?? DEFAULT_DISCORD_ADVISOR_ROLE,
      ...(shard === undefined ? {} : { shard }),
    },
  };
}

/** The gateway shard SHARD_ID and SHARD_COUNT name: both or neither, the id below the count. */
function shardConfig(vars: Vars): DiscordShard | undefined {
  const { SHARD_ID: id, SHARD_COUNT: count } = vars;
  const example = 'e.g. SHARD_ID=0 and SHARD_COUNT=2 on one instance, SHARD_ID=1 and SHARD_COUNT=2 on the other';
  if (id === undefined && count === undefined) return undefined;
  if (count === undefined) throw new ConfigError(`SHARD_ID is set but SHARD_COUNT is not: set both, ${example}, or neither`);
  if (id === undefined) throw new ConfigError(`SHARD_COUNT is set but SHARD_ID is not: set both, ${example}, or neither`);
  if (id >= count)
    throw new ConfigError(`SHARD_ID must be below SHARD_COUNT (shards are numbered from 0), but SHARD_ID=${id} and SHARD_COUNT=${count}: ${example}`);
  return { id, count };
}

/** The cadence with the overrides given as JSON, e.g. `{"requestFollowUpDays":5}`. */
function cadenceConfig(json: string | undefined): CadenceSettings {
  if (json === undefined) return DEFAULT_CADENCE;
  const example = 'e.g. CADENCE_OVERRIDES={"requestFollowUpDays":5,"nudgeTime":"10:00"}';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ConfigError(`CADENCE_OVERRIDES must be a JSON object, ${example}`);
  }
  const parsed = cadenceOverridesSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(
      `CADENCE_OVERRIDES: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'is not valid'}; known settings are ${Object.keys(DEFAULT_CADENCE).join(', ')}, ${example}`,
    );
  }
  try {
    return mergeCadence(parsed.data);
  } catch (error) {
    throw new ConfigError(`CADENCE_OVERRIDES: ${error instanceof Error ? error.message.replace(/\s+/g, ' ') : 'invalid'}, ${example}`);
  }
}

/** Refuses a database path Rapport could not create or write, before anything starts. */
function checkDatabasePath(path: string): void {
  if (path === ':memory:') return;
  const absolute = resolve(path);
  const fix = 'set DATABASE_PATH to a file in a writable folder (e.g. DATABASE_PATH=./data/rapport.db) or to :memory:';
  if (existsSync(absolute)) {
    if (statSync(absolute).isDirectory()) throw new ConfigError(`DATABASE_PATH ${path} is a folder, not a file: ${fix}`);
    if (!writable(absolute)) throw new ConfigError(`DATABASE_PATH ${path} cannot be written: ${fix}`);
    return;
  }
  let ancestor = dirname(absolute);
  while (!existsSync(ancestor)) ancestor = dirname(ancestor);
  if (!statSync(ancestor).isDirectory()) throw new ConfigError(`DATABASE_PATH ${path} cannot be created because ${ancestor} is a file, not a folder: ${fix}`);
  if (!writable(ancestor)) throw new ConfigError(`DATABASE_PATH ${path} cannot be created because ${ancestor} is not writable: ${fix}`);
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function systemTimezone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return IANAZone.isValidZone(zone) ? zone : 'UTC';
}
