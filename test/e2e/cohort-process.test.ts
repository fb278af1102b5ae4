import { describe, expect, it } from 'vitest';
import { runRapport } from '../support/run-rapport.js';
import { databaseEnvForTest } from '../support/database-env-for-test.js';
import { section } from '../support/console-output.js';

const VOICEMAIL =
  'Hello Ms. Park, it is Bea Lee, at 604-555-0199. Jamal Wright, my advisor, gave me your number. I am curious how you built the evening certificate and would value 15 minutes. Email: bea.lee@uni.ca. Again, 604-555-0199. I will call back Tuesday afternoon. Thank you!';
const CAL_PRIVATE = 'QUOKKA-7731 worried about the salary talk';
const BEA_SHARED = 'portfolio reviews matter more than grades';

describe('npm start: a cohort, as an advisor and two students would try it', () => {
  it('creates a cohort with a goal; students join, log and practise; the report, the digest and privacy hold', async () => {
    const script = [
      '/as ana',
      '/in #fall',
      '/cohort create fall --day monday --time 09:00 --timezone America/Toronto',
      '/cohort goal 2 --thank-yous 1 --rehearsals 1 --by "in 4 weeks"',
      '/as bea',
      '/cohort join',
      '/in dm',
      '/log request "Dana Lee" --channel email',
      `/log interview "Dana Lee" --learned "${BEA_SHARED}" --advice "join the UX guild"`,
      '/log thanked "Dana Lee"',
      '/cohort share "Dana Lee"',
      '/practice voicemail --persona helen-park',
      VOICEMAIL,
      '/cohort report',
      '/as cal',
      '/in #fall',
      '/cohort join',
      '/in dm',
      `/log interview "Lee Park" --learned "${CAL_PRIVATE}"`,
      '/practice voicemail --persona helen-park',
      'hi, call me back',
      '/as ana',
      '/in #fall',
      '/cohort report',
      '/clock +7d',
    ].join('\n');
    const env = { ...(await databaseEnvForTest()), DEFAULT_TIMEZONE: 'America/Toronto', ADVISOR_IDS: 'ana' };
    const result = await runRapport(`${script}\n`, env);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('## 👋 Welcome to the fall cohort');
    expect(out).toContain('🎯 Goal for fall: 2 interviews, 1 thank-you and 1 rehearsal by');

    expect(out).toMatch(
      /rapport \(only you can see this\):\n⚠️ Only advisors can do that with \/cohort\.\nAsk your career advisor if you think you should have access\./,
    );

    const report = section(out, '## 📋 fall: progress report');
    expect(report).toMatch(
      /• bea: 1 interview · thank-yous within 48 h: 1 of 1 \(100%\) · practice: \d+ \(1 rehearsal\) · last active \w+ \d+ · goal: on track/,
    );
    expect(report).toMatch(/• cal: 1 interview · thank-yous within 48 h: none due yet · practice: \d+ \(1 rehearsal\) · last active \w+ \d+ · goal: on track/);
    expect(report).toContain('Students: 2');
    expect(report).toContain('Interviews: 2');
    expect(report).toContain('Rehearsals: 2');
    expect(report).toContain('Funnel: requests 2 → replies 2 → interviews 2 → thank-yous 1 → referrals 0');
    expect(report).toContain(`bea on Dana Lee (`);
    expect(report).toContain(`learned: ${BEA_SHARED}; advice: join the UX guild`);
    expect(report).not.toContain(CAL_PRIVATE);
    expect(report).not.toContain('Lee Park');

    const digest = section(out, '📣 #fall:');
    expect(digest).toContain('## 📣 fall: the week in numbers');
    expect(digest).toContain('│ Totals and funnel');
    expect(digest).toContain('│   • 2 students, 2 active this week');
    expect(digest).toContain('│   • Interviews held: 2 (2 this week)');
    expect(digest).toContain('│   • Practice rehearsals: 2 (2 this week)');
    expect(digest).toContain('│   • Funnel: requests 2 → replies 2 → interviews 2 → thank-yous 1 → referrals 0');
    expect(digest).toContain('│ Tip of the week:');
    expect(digest).not.toMatch(/\bbea\b|\bcal\b/);
    for (const secret of [CAL_PRIVATE, BEA_SHARED, 'Dana Lee', 'Lee Park']) expect(digest).not.toContain(secret);
    expect(out.match(/📣 #fall:/g)).toHaveLength(1);
    expect(result.stderr).toContain('"msg":"digest posted"');
    expect(result.stderr).not.toContain('"level":50');
  });
});
