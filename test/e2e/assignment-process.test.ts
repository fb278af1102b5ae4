import { describe, expect, it } from 'vitest';
import { databaseEnvForTest } from '../support/database-env-for-test.js';
import { runRapport } from '../support/run-rapport.js';
import { savedFile, section } from '../support/console-output.js';

/** Each message that starts with `header`, as printed (up to the next blank line). */
function messages(out: string, header: string): string[] {
  const found: string[] = [];
  for (let at = out.indexOf(header); at >= 0; at = out.indexOf(header, at + 1)) found.push(section(out, header, at));
  return found;
}

/** How many times `part` occurs in `text`. */
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('npm start: a whole assignment, as an advisor and two students would run it', () => {
  it('sets it; students log interviews and reflect (one late, by the form and typed); one private reminder; report, export and reflections show it', async () => {
    const script = [
      '/as ana',
      '/in #fall',
      '/cohort create fall --day monday --time 09:00 --timezone America/Toronto',
      '/as bea',
      '/cohort join',
      '/as cal',
      '/cohort join',
      '/as ana',
      '/cohort assign "Explore a career" --interviews 2 --due "in 10 days" --prompt "What surprised you?" --prompt "What will you do next?"',
      '/cohort assign "Explore a career" --interviews 0 --due "in 10 days" --prompt "Why?"',
      '/as bea',
      '/in dm',
      '/log interview "Dana Lee" --learned "design reviews every week"',
      '/press 3',
      'How much the team writes',
      'Ask Sam for a portfolio review',
      '/log interview "Lee Park" --learned "night shifts are optional"',
      '/log reflect "Lee Park" --answer "Flexible hours" --answer "Shadow a shift"',
      '/as cal',
      '/in dm',
      '/log interview "Sam Ortiz" --learned "start with the help desk"',
      '/log reflect "Sam Ortiz" --answer "Certificates matter" --answer "Apply for the help desk"',
      '/clock +8d',
      '/clock +1d',
      '/clock +3d',
      '/log interview "Ria Shah" --learned "on-call weeks are rare"',
      '/log reflect "Ria Shah" --answer "Calmer than I thought" --answer "Ask about the rotation"',
      '/clock +7d',
      '/as ana',
      '/in #fall',
      '/cohort report',
      '/cohort export',
      '/cohort reflections cal',
    ].join('\n');
    const env = { ...(await databaseEnvForTest()), DEFAULT_TIMEZONE: 'America/Toronto', ADVISOR_IDS: 'ana' };
    const result = await runRapport(`${script}\n`, env);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(out).toContain('📚 Assignment for fall: Explore a career, 2 interviews by');
    expect(out).toContain('--interviews must be a whole number from 1 to 50.');
    expect(out).toContain('Your advisors in fall will read this reflection; nobody else sees it.');
    expect(out).toContain('Saved your reflection on Dana Lee for Explore a career.\nYour progress: 1 of 2 interviews · 1 of 2 reflections.');
    expect(out).toMatch(/Saved your reflection on Ria Shah for Explore a career\. It came after the due date \([^)]+\): it still counts, marked late\./);

    expect(messages(out, '📬 Direct message to cal,').filter((dm) => dm.includes('📓 Explore a career is due'))).toHaveLength(1);
    expect(messages(out, '📬 Direct message to bea,').length).toBeGreaterThan(0);
    expect(messages(out, '📬 Direct message to bea,').filter((dm) => dm.includes('Explore a career'))).toHaveLength(0);
    expect(occurrences(out, '📓 Explore a career is due')).toBe(1);
    const digests = messages(out, '📣 #fall:');
    expect(digests.length).toBeGreaterThan(0);
    // The digest's chart marks the assignment's due date for the whole cohort; nothing public names who is behind.
    for (const digest of digests) expect(digest).not.toMatch(/\bcal\b|\bbea\b|behind/);
    expect(digests.some((digest) => /Explore a career is due Dec \d+\./.test(digest))).toBe(true);

    const report = section(out, '## 📋 fall: progress report');
    expect(report).toMatch(/Assignment: Explore a career, due \w+, December \d+, 2026: 1 of 2 done/);
    expect(report).toContain('bea: 2 of 2 interviews · 2 of 2 reflections: done on time');
    expect(report).toContain('cal: 1 of 2 interviews · 2 of 2 reflections (1 late): not done by the due date');

    const exported = savedFile(out, 'fall-progress-');
    expect(exported).toContain('Explore a career: interviews,Explore a career: reflections,Explore a career: late reflections,Explore a career: status');
    expect(exported).toMatch(/\nbea,.*,2,2,0,done/);
    expect(exported).toMatch(/\ncal,.*,1,2,1,overdue/);
    const reflections = savedFile(out, 'fall-reflections-');
    expect(reflections).toMatch(/cal,Explore a career,Ria Shah,[\d-]+,[\d-]+,late,What surprised you\?,Calmer than I thought/);
    expect(reflections).toMatch(/bea,Explore a career,Dana Lee,[\d-]+,[\d-]+,yes,What will you do next\?,Ask Sam for a portfolio review/);

    const read = section(out, '## 📓 Reflections in fall: cal');
    expect(read).toContain('What surprised you? Certificates matter');
    expect(read).not.toContain('Flexible hours');
  });

  it('keeps the one reminder across restarts: scheduled by one process, delivered by the next, never again by a third', async () => {
    const env = { ...(await databaseEnvForTest()), DEFAULT_TIMEZONE: 'America/Toronto', ADVISOR_IDS: 'ana' };
    const setUp = [
      '/as ana',
      '/in #fall',
      '/cohort create fall --timezone America/Toronto',
      '/as cal',
      '/cohort join',
      '/as ana',
      '/cohort assign "Explore a career" --interviews 1 --due "in 10 days" --prompt "What surprised you?"',
    ].join('\n');
    expect((await runRapport(`${setUp}\n`, env)).code).toBe(0);
    const delivered = await runRapport('/clock +8d\n', env);
    expect(messages(delivered.stdout, '📬 Direct message to cal,').filter((dm) => dm.includes('📓 Explore a career is due'))).toHaveLength(1);
    const later = await runRapport('/clock +9d\n/clock +2d\n', env);
    expect(later.code).toBe(0);
    expect(later.stdout).not.toContain('Explore a career is due');
  });
});
