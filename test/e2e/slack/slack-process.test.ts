import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slashCommandFields } from '../../fakes/slack/payloads.js';
import { SignedSender } from '../../fakes/slack/signed-requests.js';
import { SlackFake } from '../../fakes/slack/slack-fake.js';
import { startRapport } from '../../support/run-rapport.js';
import { textOf } from './slack-world.js';
import { freePort } from '../../support/free-port.js';

const USER = { id: 'UANA', name: 'ana' };
const freshDatabase = () => join(mkdtempSync(join(tmpdir(), 'rapport-slack-')), 'rapport.db');

describe('npm start on Slack, against the Slack fake', () => {
  let fake: SlackFake;
  beforeEach(async () => {
    fake = await SlackFake.start();
    fake.addUsers({ id: USER.id, name: USER.name, tz: 'Europe/Paris' });
  });
  afterEach(() => fake.stop());

  it('serves a command over HTTP with SLACK_SIGNING_SECRET, on PORT', async () => {
    const port = await freePort();
    const rapport = startRapport({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      DATABASE_PATH: freshDatabase(),
    });
    try {
      await rapport.waitForLog('"msg":"Rapport started"');
      expect(rapport.stderr()).toContain('"transport":"http"');
      const responseUrl = fake.responseUrl();
      const sent = await new SignedSender(`http://127.0.0.1:${port}/slack/events`, 'secret').slashCommand(
        slashCommandFields('/nudge', 'list', USER, 'DUANA', responseUrl),
      );
      expect(sent.status).toBe(200);
      const reply = await fake.waitFor(() => fake.responsesTo(responseUrl)[0], 5_000, 'the reply');
      expect(textOf(reply)).toContain('You have no upcoming reminders');
      expect(rapport.stderr()).not.toMatch(/xoxb-test|"secret"/);
    } finally {
      await rapport.kill();
    }
  });

  it('uses Socket Mode instead when SLACK_APP_TOKEN is set', async () => {
    const rapport = startRapport({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: fake.apiUrl, DATABASE_PATH: freshDatabase() });
    try {
      await rapport.waitForLog('"msg":"Rapport started"');
      expect(rapport.stderr()).toContain('"transport":"socket-mode"');
      await fake.waitForSocket(5_000);
      const responseUrl = fake.responseUrl();
      await fake.sendEnvelope('slash_commands', slashCommandFields('/rapport', '', USER, 'DUANA', responseUrl));
      const reply = await fake.waitFor(() => fake.responsesTo(responseUrl)[0], 5_000, 'the reply');
      expect(textOf(reply)).toContain('informational-interview coach');
      expect(fake.callsOf('apps.connections.open')[0]?.token).toBe('xapp-test');
    } finally {
      await rapport.kill();
    }
  });

  it('stops with one clear line when Slack refuses the bot token', async () => {
    const rapport = startRapport({
      SLACK_BOT_TOKEN: 'xoxp-not-a-bot',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: fake.apiUrl,
      PORT: String(await freePort()),
      DATABASE_PATH: freshDatabase(),
    });
    try {
      await rapport.waitForLog('Cannot start on Slack');
      expect(rapport.stderr()).toMatch(/Cannot start on Slack: Slack refused SLACK_BOT_TOKEN \(auth\.test: invalid_auth\)/);
    } finally {
      await rapport.kill();
    }
  });
});
