import { mkdtempSync, readFileSync, writeFileSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, DEFAULT_DATABASE_PATH, loadConfig } from '../src/config.js';

const errorOf = (env: NodeJS.ProcessEnv): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a configuration error');
};

describe('loadConfig', () => {
  it('starts the console with defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.database).toEqual({ kind: 'sqlite', path: DEFAULT_DATABASE_PATH });
    expect(config.logLevel).toBe('info');
    expect(config.defaultTimezone.length).toBeGreaterThan(0);
  });

  it('treats empty values as unset, as a copied .env.example leaves them', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', PORT: '', DATABASE_PATH: '' }).slack).toBeUndefined();
  });

  it('selects Slack Socket Mode or HTTP from the tokens given', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack).toEqual({ botToken: 'xoxb-1', appToken: 'xapp-1', port: 3000 });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080' }).slack?.port).toBe(8080);
  });

  it('names the missing Slack setting and the fix', () => {
    const message = errorOf({ SLACK_BOT_TOKEN: 'x' });
    expect(message).toMatch(/^SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN nor SLACK_SIGNING_SECRET is/);
    expect(message).not.toContain('\n');
    expect(errorOf({ SLACK_APP_TOKEN: 'xapp-1' })).toMatch(/SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/);
  });

  it('reads Slack command spellings and the public URL, with or without Slack credentials', () => {
    expect(loadConfig({}).slackApp).toEqual({ commandNames: {} });
    const config = loadConfig({ SLACK_COMMAND_NAMES: '{"remind":"/nudge","help":"rapport"}', SLACK_PUBLIC_URL: 'https://rapport.example.org' });
    expect(config.slackApp).toEqual({ commandNames: { remind: 'nudge', help: 'rapport' }, publicUrl: 'https://rapport.example.org' });
    expect(errorOf({ SLACK_COMMAND_NAMES: 'remind=nudge' })).toMatch(/^SLACK_COMMAND_NAMES must be a JSON object/);
    expect(errorOf({ SLACK_COMMAND_NAMES: '{"remind":"Nudge Me"}' })).toMatch(/^SLACK_COMMAND_NAMES: "Nudge Me" is not a Slack command name/);
    expect(errorOf({ SLACK_PUBLIC_URL: 'rapport.example.org' })).toMatch(/^SLACK_PUBLIC_URL must be a full URL/);
  });

  it('needs both Discord settings', () => {
    expect(errorOf({ DISCORD_TOKEN: 't' })).toMatch(/DISCORD_APPLICATION_ID/);
    expect(errorOf({ DISCORD_APPLICATION_ID: '1' })).toMatch(/DISCORD_TOKEN/);
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', DISCORD_GUILD_ID: '22' }).discord).toEqual({
      token: 't',
      applicationId: '1',
      guildId: '22',
      advisorRole: 'Career Advisor',
    });
    expect(errorOf({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'a1b2c3d4e5f6' })).toMatch(
      /^DISCORD_APPLICATION_ID must be digits only, e\.g\. DISCORD_APPLICATION_ID=\d+: copy it from .*Application ID, not the public key/,
    );
    expect(errorOf({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', DISCORD_GUILD_ID: 'my server' })).toMatch(
      /^DISCORD_GUILD_ID must be digits only.*Copy Server ID/,
    );
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', DISCORD_ADVISOR_ROLE: 'Mentors' }).discord?.advisorRole).toBe('Mentors');
  });

  describe('Discord gateway shards', () => {
    const discord = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1' };

    it('serves every shard when neither SHARD_ID nor SHARD_COUNT is set', () => {
      expect(loadConfig(discord).discord?.shard).toBeUndefined();
      expect(loadConfig({ ...discord, SHARD_ID: '', SHARD_COUNT: '' }).discord?.shard).toBeUndefined();
    });

    it('serves shard SHARD_ID of SHARD_COUNT, from 0 to SHARD_COUNT - 1', () => {
      expect(loadConfig({ ...discord, SHARD_ID: '0', SHARD_COUNT: '2' }).discord?.shard).toEqual({ id: 0, count: 2 });
      expect(loadConfig({ ...discord, SHARD_ID: '1', SHARD_COUNT: '2' }).discord?.shard).toEqual({ id: 1, count: 2 });
      expect(loadConfig({ ...discord, SHARD_ID: '0', SHARD_COUNT: '1' }).discord?.shard).toEqual({ id: 0, count: 1 });
    });

    it('needs both, with an example', () => {
      expect(errorOf({ ...discord, SHARD_ID: '1' })).toBe(
        'SHARD_ID is set but SHARD_COUNT is not: set both, e.g. SHARD_ID=0 and SHARD_COUNT=2 on one instance, SHARD_ID=1 and SHARD_COUNT=2 on the other, or neither',
      );
      expect(errorOf({ ...discord, SHARD_COUNT: '2' })).toMatch(/^SHARD_COUNT is set but SHARD_ID is not: set both, e\.g\. SHARD_ID=0 and SHARD_COUNT=2/);
    });

    it('needs the id below the count', () => {
      const message = errorOf({ ...discord, SHARD_ID: '2', SHARD_COUNT: '2' });
      expect(message).toMatch(
        /^SHARD_ID must be below SHARD_COUNT \(shards are numbered from 0\), but SHARD_ID=2 and SHARD_COUNT=2: e\.g\. SHARD_ID=0 and SHARD_COUNT=2/,
      );
      expect(message).not.toContain('\n');
    });

    it('takes whole numbers only: the id from 0, the count from 1', () => {
      expect(errorOf({ ...discord, SHARD_ID: '-1', SHARD_COUNT: '2' })).toBe('SHARD_ID must be a whole number from 0 to 9999, e.g. SHARD_ID=0');
      expect(errorOf({ ...discord, SHARD_ID: '0.5', SHARD_COUNT: '2' })).toBe('SHARD_ID must be a whole number from 0 to 9999, e.g. SHARD_ID=0');
      expect(errorOf({ ...discord, SHARD_ID: '0', SHARD_COUNT: '0' })).toBe('SHARD_COUNT must be a whole number from 1 to 10000, e.g. SHARD_COUNT=2');
      expect(errorOf({ ...discord, SHARD_ID: '0', SHARD_COUNT: 'two' })).toBe('SHARD_COUNT must be a whole number from 1 to 10000, e.g. SHARD_COUNT=2');
    });

    it('refuses shards without Discord', () => {
      expect(errorOf({ SHARD_ID: '0', SHARD_COUNT: '2' })).toMatch(/^SHARD_ID and SHARD_COUNT are set but DISCORD_TOKEN is not/);
    });
  });

  it('rejects malformed values with the variable named', () => {
    expect(errorOf({ PORT: 'eighty' })).toBe('PORT must be a whole number from 1 to 65535, e.g. PORT=3000');
    expect(errorOf({ PORT: '70000' })).toBe('PORT must be a whole number from 1 to 65535, e.g. PORT=3000');
    expect(errorOf({ DEFAULT_TIMEZONE: 'Mars/Olympus' })).toMatch(/^DEFAULT_TIMEZONE must be an IANA time zone/);
    expect(errorOf({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
    expect(errorOf({ SLACK_API_URL: 'not a url' })).toMatch(/^SLACK_API_URL must be a full URL/);
    expect(errorOf({ DATABASE_URL: 'mysql://x' })).toMatch(/^DATABASE_URL must be a URL starting with postgres:\/\//);
  });

  it('merges cadence overrides over the defaults, and names a bad one', () => {
    expect(loadConfig({}).cadence.requestFollowUpDays).toBe(7);
    const config = loadConfig({ CADENCE_OVERRIDES: '{"requestFollowUpDays":5,"nudgeTime":"10:00"}' });
    expect(config.cadence).toMatchObject({ requestFollowUpDays: 5, nudgeTime: '10:00', requestLastFollowUpDays: 14 });
    expect(errorOf({ CADENCE_OVERRIDES: 'five days' })).toMatch(/^CADENCE_OVERRIDES must be a JSON object/);
    expect(errorOf({ CADENCE_OVERRIDES: '{"followUpDays":5}' })).toMatch(/^CADENCE_OVERRIDES: .*known settings are/);
    expect(errorOf({ CADENCE_OVERRIDES: '{"requestFollowUpDays":20}' })).toMatch(/^CADENCE_OVERRIDES: /);
    expect(errorOf({ CADENCE_OVERRIDES: '{"requestFollowUpDays":20}' })).not.toContain('\n');
  });

  it('refuses a database path whose parent is a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    writeFileSync(join(dir, 'notes.md'), 'x');
    expect(errorOf({ DATABASE_PATH: join(dir, 'notes.md', 'x.db') })).toMatch(/^DATABASE_PATH .* is a file, not a folder/);
    expect(errorOf({ DATABASE_PATH: dir })).toMatch(/is a folder, not a file/);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a database path in a folder it cannot write', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    expect(errorOf({ DATABASE_PATH: join(locked, 'x.db') })).toMatch(/not writable/);
  });

  it('selects PostgreSQL with DATABASE_URL, with a pool of DATABASE_POOL_SIZE (default 10)', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://rapport@127.0.0.1:5432/rapport' }).database).toEqual({
      kind: 'postgres',
      url: 'postgres://rapport@127.0.0.1:5432/rapport',
      poolSize: 10,
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/rapport', DATABASE_POOL_SIZE: '25' }).database).toMatchObject({ kind: 'postgres', poolSize: 25 });
    expect(errorOf({ DATABASE_URL: 'mysql://db/rapport' })).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\//);
    expect(errorOf({ DATABASE_URL: 'postgres://user@host:notaport/db' })).toMatch(/DATABASE_URL must be a URL starting with postgres:\/\//);
    expect(errorOf({ DATABASE_URL: 'postgres://db/rapport', DATABASE_POOL_SIZE: 'lots' })).toBe(
      'DATABASE_POOL_SIZE must be a whole number from 1 to 1000, e.g. DATABASE_POOL_SIZE=10',
    );
    expect(errorOf({ DATABASE_URL: 'postgres://db/rapport', DATABASE_PATH: './x.db' })).toMatch(/both set/);
    expect(errorOf({ DATABASE_POOL_SIZE: '25' })).toBe(
      'DATABASE_POOL_SIZE is set but DATABASE_URL is not: the pool is for PostgreSQL; set DATABASE_URL (e.g. postgres://rapport@127.0.0.1:5432/rapport) or leave DATABASE_POOL_SIZE unset for SQLite',
    );
  });

  it('accepts a path in folders that do not exist yet, and :memory:', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    expect(loadConfig({ DATABASE_PATH: join(dir, 'a', 'b', 'x.db') }).database).toMatchObject({
      kind: 'sqlite',
      path: expect.stringContaining('x.db') as string,
    });
    expect(loadConfig({ DATABASE_PATH: ':memory:' }).database).toEqual({ kind: 'sqlite', path: ':memory:' });
  });
});

describe('.env.example', () => {
  const lines = readFileSync(new URL('../.env.example', import.meta.url), 'utf8').split('\n');
  const documented = lines.filter((line) => /^[A-Z_]+=/.test(line)).map((line) => line.split('=')[0]);

  it('lists exactly the variables the configuration reads', () => {
    expect([...documented].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('explains every variable in a comment just above it', () => {
    for (const variable of documented) {
      const index = lines.findIndex((line) => line.startsWith(`${variable}=`));
      expect(lines[index - 1], variable).toMatch(/^# \S/);
    }
  });

  it('is a valid configuration as it stands', () => {
    const env: NodeJS.ProcessEnv = Object.fromEntries(documented.map((variable) => [String(variable), '']));
    expect(() => loadConfig(env)).not.toThrow();
  });
});
