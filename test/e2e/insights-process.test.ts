import { describe, expect, it } from 'vitest';
import { databaseEnvForTest } from '../support/database-env-for-test.js';
import { runRapport } from '../support/run-rapport.js';

describe('npm start: /log insights on the console', () => {
  it('adds up two interviews into themes with a quote, the referral to contact and next steps', async () => {
    const script = [
      '/log add "Dana Lee" --role "data analyst" --subject "data analyst"',
      '/log interview "Dana Lee" --learned "SQL every day; she got in through a co-op at the City of Toronto" --referrals "Sam Ortiz"',
      '/clock +1d',
      '/log interview "Priya Shah" --learned "explaining numbers to managers is the job, and SQL" --advice "build a portfolio"',
      '/log insights',
    ].join('\n');
    const result = await runRapport(`${script}\n`, { ...(await databaseEnvForTest()), DEFAULT_TIMEZONE: 'UTC' });
    expect(result.code).toBe(0);
    const out = result.stdout.slice(result.stdout.indexOf('## What your interviews add up to'));
    expect(out).toContain('From your notes on 2 interviews. Only you can see this.');
    expect(out).toContain('Skills: 2 of 2 interviews, data and spreadsheets (2), communication');
    expect(out).toContain('“explaining numbers to managers is the job, and SQL” (Priya Shah)');
    expect(out).toContain('Companies and organisations: 1 of 2 interviews, City of Toronto');
    expect(out).toContain('Sam Ortiz, suggested by Dana Lee: when you write, `/log request "Sam Ortiz"`');
    expect(out).toContain(
      'data and spreadsheets came up in 2 interviews: ask your next contact about it: `/questions occupation "data analyst" --focus skills`',
    );
  });
});
