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
    expect(config.databasePath).toBe(DEFAULT_DATABASE_PATH);
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
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', DISCORD_GUILD_ID: 'g' }).discord).toEqual({ token: 't', applicationId: '1', guildId: 'g', advisorRole: 'Career Advisor' });
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '1', DISCORD_ADVISOR_ROLE: 'Mentors' }).discord?.advisorRole).toBe('Mentors');
  });

  it('rejects malformed values with the variable named', () => {
    expect(errorOf({ PORT: 'eighty' })).toMatch(/^PORT must be a number/);
    expect(errorOf({ PORT: '70000' })).toMatch(/^PORT must be from 1 to 65535/);
    expect(errorOf({ DEFAULT_TIMEZONE: 'Mars/Olympus' })).toMatch(/^DEFAULT_TIMEZONE must be an IANA time zone/);
    expect(errorOf({ LOG_LEVEL: 'loud' })).toMatch(/^LOG_LEVEL must be one of/);
    expect(errorOf({ SLACK_API_URL: 'not a url' })).toMatch(/^SLACK_API_URL must be a full URL/);
    expect(errorOf({ DATABASE_URL: 'mysql://x' })).toMatch(/^DATABASE_URL must start with postgres:\/\//);
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

  it('accepts a path in folders that do not exist yet, and :memory:', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-config-'));
    expect(loadConfig({ DATABASE_PATH: join(dir, 'a', 'b', 'x.db') }).databasePath).toContain('x.db');
    expect(loadConfig({ DATABASE_PATH: ':memory:' }).databasePath).toBe(':memory:');
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
