import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slashCommandFields } from '../fakes/slack/payloads.js';
import { PROJECT_ROOT, startRapport } from '../support/run-rapport.js';
import { useSlackFake } from '../support/use-slack-fake.js';
import { textOf } from './slack/slack-world.js';

const USER = { id: 'UANA', name: 'ana' };

/**
 * A copy of the built project, as after `git clone` and `npm ci` (its package.json, dist/ and
 * node_modules/), with `.env` holding `lines`: an admin's setup, started with `npm start` there.
 */
function builtProjectWithEnvFile(lines: readonly string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapport-clone-'));
  copyFileSync(join(PROJECT_ROOT, 'package.json'), join(folder, 'package.json'));
  copyFileSync(join(PROJECT_ROOT, '.npmrc'), join(folder, '.npmrc'));
  for (const built of ['dist', 'node_modules']) symlinkSync(join(PROJECT_ROOT, built), join(folder, built));
  writeFileSync(join(folder, '.env'), `${lines.join('\n')}\n`);
  return folder;
}

describe('npm start with the settings in .env', () => {
  const slack = useSlackFake({ ...USER, tz: 'Europe/Paris' });

  it('connects to Slack with the tokens of .env, the environment winning over the file, and names a misspelled setting', async () => {
    const fake = slack();
    const folder = builtProjectWithEnvFile([
      '# Slack test credentials',
      'SLACK_BOT_TOKEN=xoxb-test',
      'SLACK_APP_TOKEN=xapp-test',
      // Nothing listens there: the environment's SLACK_API_URL must be the one used.
      'SLACK_API_URL=http://127.0.0.1:9/api/',
      'DATABASE_PATH=./rapport.db',
      'DEFUALT_TIMEZONE=Europe/Paris',
    ]);
    const rapport = startRapport({ SLACK_API_URL: fake.apiUrl }, folder);
    try {
      await rapport.waitForLog('"msg":"Rapport started"');
      expect(rapport.stderr()).toContain('"transport":"socket-mode"');
      expect(rapport.stderr()).toContain('DEFUALT_TIMEZONE (in .env) is not a Rapport setting and is ignored: did you mean DEFAULT_TIMEZONE?');
      await fake.waitForSocket(5_000);
      expect(fake.callsOf('apps.connections.open')[0]?.token).toBe('xapp-test');
      const responseUrl = fake.responseUrl();
      await fake.sendEnvelope('slash_commands', slashCommandFields('/rapport', '', USER, 'DUANA', responseUrl));
      const reply = await fake.waitFor(() => fake.responsesTo(responseUrl)[0], 5_000, 'the reply');
      expect(textOf(reply)).toContain('informational-interview coach');
    } finally {
      await rapport.kill();
    }
  });
});
