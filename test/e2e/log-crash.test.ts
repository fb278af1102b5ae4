import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTenant } from '../../src/core/identity.js';
import { KyselyContactRepository } from '../../src/storage/contact-repository.js';
import { KyselyReminderRepository } from '../../src/storage/reminder-repository.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/storage/open-database.js';
import { PROJECT_ROOT } from '../support/run-rapport.js';
import { freshDatabaseEnv, type DatabaseEnv } from '../support/test-database.js';

const CHILD = join(PROJECT_ROOT, 'test', 'support', 'log-stream-child.ts');
const COUNT = 40;
const KILLS = 25;

/** Starts the stream child on the database `env` names; resolves with its output once it printed `until` (then kills it with SIGKILL) or once it exits. */
function runStream(env: Record<string, string>, until?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_PATH: '', DATABASE_URL: '', ...env, COUNT: String(COUNT) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until !== undefined && stdout.split('\n').includes(until)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', () => {
      resolve(stdout);
    });
  });
}

/** On SQLite, and on PostgreSQL in its run (a schema of its own). */
describe('/log interview across crashes', () => {
  let target: DatabaseEnv | undefined;
  afterEach(async () => {
    await target?.drop();
  });

  it(`leaves every interview with its thank-you nudge and no note twice after ${KILLS} SIGKILLs during a stream, each retried from the start`, async () => {
    target = await freshDatabaseEnv();
    const { env } = target;
    for (let kill = 0; kill < KILLS; kill++) {
      // Killed right after an answer, while the next command is under way; the kill point moves along the stream.
      const printed = await runStream(env, `done ${(kill * 7) % (COUNT - 1)}`);
      expect(printed).not.toContain('finished');
    }
    expect(await runStream(env)).toContain('finished');

    const database = await openDatabase(loadConfig(env).database);
    const student = { tenant: parseTenant('console:local'), userId: 'ana' };
    const contacts = new KyselyContactRepository(database.db);
    const reminders = new KyselyReminderRepository(database.db, database.dialect);
    const all = await contacts.list(student);
    expect(all).toHaveLength(2 * COUNT);
    for (let index = 0; index < COUNT; index++) {
      const contact = all.find((each) => each.name === `Contact ${index}`);
      expect(contact?.stage, `Contact ${index}`).toBe('interviewed');
      expect(await contacts.interviews(student, contact?.id ?? ''), `Contact ${index}`).toHaveLength(1);
      const nudges = await reminders.pendingForContact(student, contact?.id ?? '');
      expect(
        nudges.filter((nudge) => nudge.kind === 'thank-you'),
        `Contact ${index}`,
      ).toHaveLength(1);
      expect(all.filter((each) => each.name === `Referral ${index}`)).toHaveLength(1);
    }
    await database.close();
  }, 300_000);
});
