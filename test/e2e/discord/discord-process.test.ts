import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REST } from 'discord.js';
import { registerCommands } from '../../../adapters/discord/command-registration.js';
import { inviteUrl } from '../../../adapters/discord/invite.js';
import { COMMANDS } from '../../../commands/index.js';
import { FakeDiscord, textOf } from '../../fakes/discord/fake-discord.js';
import { fakeUser } from '../../fakes/discord/payloads.js';
import { PROJECT_ROOT, runRapport, startRapport } from '../../support/run-rapport.js';

const run = promisify(execFile);

describe('Rapport on Discord as a process', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await FakeDiscord.start();
  });
  afterEach(async () => {
    await fake.close();
  });

  const env = () => ({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'rapport-discord-')), 'rapport.db'),
    DEFAULT_TIMEZONE: 'UTC',
  });

  it('`npm start` logs in to a Discord-compatible API and serves a command', async () => {
    const rapport = startRapport(env());
    try {
      await fake.gateway.sessions(1, 30_000);
      await rapport.waitForLog('"msg":"Rapport started"');
      const answered = await fake.slash(fakeUser('ana'), fake.inGuild(), 'questions', 'plan', { kind: 'occupation', subject: 'nurse' });
      expect(textOf(answered.callback.data ?? {})).toContain('Questions for your conversation about nurse');
      expect(rapport.stderr()).toContain('"adapters":["discord"]');
    } finally {
      await rapport.kill();
    }
  });

  it('`npm start` with a token Discord refuses stops with one line naming DISCORD_TOKEN and where to find the right one', async () => {
    const result = await runRapport('', { ...env(), DISCORD_TOKEN: 'not-the-bot-token' });
    expect(result.code).not.toBe(0);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('{')),
    ).toEqual([expect.stringMatching(/^Cannot start on Discord: Discord refused DISCORD_TOKEN \(.*\); copy the bot token from the Bot page/)]);
  });

  it('`npm run discord:register` puts the full command list on the test server in one request, the same every time, and prints the invite link', async () => {
    const options = { cwd: PROJECT_ROOT, env: { ...process.env, ...env(), DISCORD_GUILD_ID: fake.guild.id }, timeout: 30_000 };
    const first = await run('npm', ['run', '--silent', 'discord:register'], options);
    const rest = new REST({ api: fake.apiUrl }).setToken(fake.token);
    expect(await registerCommands(rest, fake.applicationId, fake.guild.id, COMMANDS)).toEqual({ count: COMMANDS.length, scope: 'server' });
    expect(first.stdout).toBe(
      `Registered ${COMMANDS.length} commands on server ${fake.guild.id}: they show at once.\nInvite the bot to a server with ${inviteUrl(fake.applicationId)}\n`,
    );
    const puts = fake.rest.calls.filter((call) => call.method === 'PUT');
    expect(puts.map((call) => call.path)).toEqual([
      `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`,
      `/applications/${fake.applicationId}/guilds/${fake.guild.id}/commands`,
    ]);
    expect(puts[1]?.body).toEqual(puts[0]?.body);
    expect((puts[0]?.body as unknown as { name: string }[]).map((command) => command.name)).toEqual(COMMANDS.map((command) => command.name));
  });
});
