import { describe, expect, it } from 'vitest';
import { EMAIL_EXAMPLES } from '../fixtures/practice/email.js';
import { runRapport } from '../support/run-rapport.js';
import { databaseEnvForTest } from '../support/database-env-for-test.js';

/** A message as typed in the console: every line but the last ends with a backslash. */
const typed = (message: string): string => `${message.split('\n').join('\\\n')}\n`;

describe('npm start: a rehearsal survives a restart', () => {
  it('starts an email rehearsal in one process and finishes it in the next, on the same database file', async () => {
    const env = { ...(await databaseEnvForTest()), DEFAULT_TIMEZONE: 'UTC' };
    const [subject = '', body = ''] = EMAIL_EXAMPLES.find((ex) => ex.id === 'email-strong-separate-subject-first')?.messages ?? [];
    expect(body.split('\n').length).toBeGreaterThan(5);

    const first = await runRapport(`/practice email --persona lena-fischer\n${typed(subject)}`, env);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('## 🎭 Write an outreach email (realistic)');
    expect(first.stdout).toContain('[Got your subject line. Now send the body of the email.]');
    expect(first.stdout).not.toContain('Score:');

    const second = await runRapport(`${typed(body)}/practice history\n`, env);
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('I only understand commands');
    const score = /Score: (\d+)\/100/.exec(second.stdout)?.[1];
    expect(Number(score)).toBeGreaterThanOrEqual(85);
    expect(second.stdout).toContain(`• Write an outreach email: ${score ?? ''} (best ${score ?? ''}, 1 rehearsal)`);
    expect(second.stderr).not.toContain('"level":50');
  });
});
