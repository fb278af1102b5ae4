import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSlashLine } from '../../fakes/discord/slash-line.js';
import { outputIncludes } from '../../support/output-wait.js';
import { PROJECT_ROOT, startRapport } from '../../support/run-rapport.js';

describe("parseSlashLine: a slash command as typed in Discord's box", () => {
  it('reads the command, the subcommand and name:value options, quoted or not, typed as Discord types them', () => {
    expect(parseSlashLine('/questions plan kind:occupation subject:"graphic designer" minutes:30 focus:skills,culture')).toEqual({
      command: 'questions',
      subcommand: 'plan',
      values: { kind: 'occupation', subject: 'graphic designer', minutes: 30, focus: 'skills,culture' },
    });
    expect(parseSlashLine('/help command:log')).toEqual({ command: 'help', values: { command: 'log' } });
    expect(parseSlashLine('/cohort nudges enabled:false')).toEqual({ command: 'cohort', subcommand: 'nudges', values: { enabled: false } });
  });
});

describe('npm run discord:fake', () => {
  it("prints how to start Rapport against it, then turns typed lines into interactions and prints Rapport's answers", async () => {
    const cli = spawn('npm', ['run', 'discord:fake'], { cwd: PROJECT_ROOT, stdio: ['pipe', 'pipe', 'inherit'], detached: true });
    let output = '';
    cli.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => cli.on('close', resolve));
    const shown = (text: string): Promise<void> => outputIncludes(cli.stdout, () => output, text, 15_000, 'The fake');
    let rapport: ReturnType<typeof startRapport> | undefined;
    try {
      await shown('npm start\n');
      const command = /^ {2}(DISCORD_TOKEN=\S+ DISCORD_APPLICATION_ID=\d+ DISCORD_API_URL=http:\/\/127\.0\.0\.1:\d+\/api) npm start$/m.exec(output)?.[1] ?? '';
      expect(command).not.toBe('');
      const env = Object.fromEntries(command.split(' ').map((assignment) => assignment.split('=') as [string, string]));
      rapport = startRapport({ ...env, DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'rapport-fake-cli-')), 'rapport.db') });
      await shown('Rapport is connected');

      cli.stdin.write('press Save plan\nsubmit contact:Dana\n');
      await shown('There is no message to press a button on yet: run a command first');
      await shown('Rapport has not opened a form: run a command that opens one first, e.g. /log interview');

      cli.stdin.write('/questions plan kind:occupation subject:nurse\n');
      await shown('Questions for your conversation about nurse');
      expect(output).toContain('[Save plan] [More questions] [Export script]');
      cli.stdin.write('press Save plan\n');
      await shown('💾 Saved as plan 1: nurse');
      cli.stdin.write('/log interview\n');
      await shown('── Rapport opens a form: Log an interview (1/2)');
      cli.stdin.write('jump\n');
      await shown('"jump" is not something a student does here.');
      cli.stdin.write('quit\n');
      expect(await exited).toBe(0);
    } finally {
      await rapport?.kill();
      if (cli.exitCode === null && cli.pid !== undefined) process.kill(-cli.pid, 'SIGKILL');
    }
  }, 60_000);
});
