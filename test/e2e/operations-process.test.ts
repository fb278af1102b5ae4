import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slashCommandFields } from '../fakes/slack/payloads.js';
import { freePort } from '../support/free-port.js';
import { useSlackFake } from '../support/use-slack-fake.js';
import { startRapport } from '../support/run-rapport.js';

const USER = { id: 'UANA', name: 'ana' };

describe('npm start with METRICS_PORT, on Slack against the Slack fake', () => {
  const slack = useSlackFake({ ...USER, tz: 'Europe/Paris' });

  it('serves /healthz with Slack connected and /metrics counting the commands served', async () => {
    const fake = slack();
    const metricsPort = await freePort();
    const databasePath = join(mkdtempSync(join(tmpdir(), 'rapport-ops-')), 'rapport.db');
    const rapport = startRapport({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
      SLACK_API_URL: fake.apiUrl,
      DATABASE_PATH: databasePath,
      METRICS_PORT: String(metricsPort),
    });
    try {
      await rapport.waitForLog('"msg":"operations endpoint listening"');
      await fake.waitForSocket(5_000);
      const health = await fetch(`http://127.0.0.1:${metricsPort}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ healthy: true, database: { reachable: true }, platforms: [{ platform: 'slack', connected: true }] });

      const responseUrl = fake.responseUrl();
      await fake.sendEnvelope('slash_commands', slashCommandFields('/rapport', '', USER, 'DUANA', responseUrl));
      await fake.waitFor(() => fake.responsesTo(responseUrl)[0], 5_000, 'the reply');
      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(metrics).toContain('rapport_commands_total{command="help",kind="command",outcome="ok"} 1');
      expect(metrics).toContain('rapport_command_duration_seconds_count{command="help",kind="command"} 1');
    } finally {
      await rapport.kill();
    }
  });
});
