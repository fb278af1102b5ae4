import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/storage/open-database.js';
import { runRapport } from '../support/run-rapport.js';
import { databaseEnvForTest } from '../support/database-env-for-test.js';

const freshDatabase = async () => ({ ...(await databaseEnvForTest()), DEFAULT_TIMEZONE: 'UTC' });

describe('npm start (the console, scripted through standard input)', () => {
  it('answers every line, prints only replies on stdout and exits 0 at end of input', async () => {
    const started = Date.now();
    const result = await runRapport('/help\n/helpp\n/as ana\n/clock +2d\n/clock\n', await freshDatabase());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('## Rapport: your informational-interview coach');
    expect(result.stdout).toContain('did you mean /help?');
    expect(result.stdout).toContain('Now speaking as ana.');
    const shown = [...result.stdout.matchAll(/Simulated time: \w+ (\d+ \w+ \d{4}, \d\d:\d\d)/g)].map((match) => match[1]);
    expect(shown).toHaveLength(2);
    const twoDaysAhead = new Date(started + 2 * 86_400_000);
    expect(shown[1]).toContain(`${twoDaysAhead.getUTCDate()} `);
    expect(result.stdout).not.toMatch(/"level":|^> rapport@/m);
    expect(result.stderr).toContain('"msg":"Rapport started"');
  });

  it('joins a line ending with a backslash to the next one', async () => {
    const result = await runRapport('/help \\\nquestionz\n', await freshDatabase());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('There is no /questionz command');
  });

  it('stops with one clear line when Slack is half configured', async () => {
    const result = await runRapport('', { ...(await freshDatabase()), SLACK_BOT_TOKEN: 'x' });
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN nor SLACK_SIGNING_SECRET is/);
  });

  it('stops with one clear line when the database path cannot be created', async () => {
    const result = await runRapport('', { DATABASE_PATH: 'README.md/x.db' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: DATABASE_PATH README\.md\/x\.db cannot be created because .*README\.md is a file, not a folder/);
  });

  it('stops with one line saying what to check when PostgreSQL cannot be reached', async () => {
    const result = await runRapport('', { DATABASE_URL: 'postgres://rapport:secret@127.0.0.1:1/rapport' });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^Cannot open the database \(PostgreSQL at 127\.0\.0\.1:1\/rapport\): .*; check DATABASE_URL \(user, host, port, database\) and that PostgreSQL is running there/,
    );
    expect(result.stderr).not.toContain('secret');
  });

  it('refuses with one clear line a database that a newer Rapport migrated', async () => {
    const env = await freshDatabase();
    expect((await runRapport('', env)).code).toBe(0);
    const database = await openDatabase(loadConfig(env).database);
    await sql`insert into kysely_migration (name, timestamp) values ('9001-from-the-future', '2027-01-01T00:00:00.000Z')`.execute(database.db);
    await database.close();

    const result = await runRapport('/help\n', env);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^Cannot open the database \((SQLite|PostgreSQL) at .*\): the database schema is newer than this version of Rapport \(it has migration 9001-from-the-future/,
    );
  });
});

describe('npm start: the journal and reminders, as a student would try them', () => {
  it('thanks, Done, a reminder delivered once, and a 3 a.m. reminder held until 08:00', async () => {
    const script = [
      '/log interview "Dana Lee" --learned "portfolio matters more than the degree"',
      '/clock +2d',
      '/press 1',
      '/remind "call back Sam" tomorrow 9am',
      '/clock +2d',
      '/clock +2d',
      '/remind "check the job board" tomorrow 3am',
      '/clock +2d',
    ].join('\n');
    const result = await runRapport(`${script}\n`, { ...(await freshDatabase()), DEFAULT_TIMEZONE: 'America/Toronto' });
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(
      /📬 Direct message to you, \w+ \d+ \w+ \d{4}, 09:00 \(America\/Toronto\):\nrapport:\n## 🔔 Time to thank Dana Lee[\s\S]*\[1\] Done[\s\S]*Snooze[\s\S]*Not needed[\s\S]*Draft note/,
    );
    expect(out).toContain('Done: Time to thank Dana Lee');
    expect(out.match(/call back Sam\n\nNeed more time/g)).toHaveLength(1);
    expect(out).toMatch(
      /I'll remind you to [^\n]* on \w+, \w+ \d+ at 8:00 AM [^\n]*\nYou asked for \w+, \w+ \d+ at 3:00 AM [A-Z]+, which falls in your quiet hours \(21:00–08:00\)/,
    );
    expect(out).toMatch(/📬 Direct message to you, \w+ \d+ \w+ \d{4}, 08:00 \(America\/Toronto\):\nrapport:\n## ⏰ Reminder\ncheck the job board/);
  });
});
