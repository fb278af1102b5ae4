import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Harness, Speaker } from '../../support/harness.js';
import { cohortHarness } from './cohort-setup.js';

const ASSIGN = '/cohort assign "Explore a career" --interviews 2 --due 2026-12-18 --prompt "What surprised you?" --prompt "What will you do next?"';
/** Tuesday 2026-12-15, 10:00 in Toronto: three days before the due date, when the reminder is due. */
const REMINDER_DAY = new Date('2026-12-15T15:30:00Z');
/** Saturday 2026-12-19 in Toronto: the day after the due date. */
const AFTER_DUE = new Date('2026-12-19T16:00:00Z');

/** Everyone of the scenario: ana (the cohort's advisor), bea and cal (students), all in #fall. */
async function cohortWithStudents(harness: Harness): Promise<{ ana: Speaker; bea: Speaker; cal: Speaker }> {
  const ana = harness.as('ana').in('#fall');
  const bea = harness.as('bea').in('#fall');
  const cal = harness.as('cal').in('#fall');
  await ana.send('/cohort create fall --day monday --time 09:00 --timezone America/Toronto');
  await bea.send('/cohort join');
  await cal.send('/cohort join');
  return { ana, bea: harness.as('bea'), cal: harness.as('cal') };
}

/** How many assignments and reflections are stored, whoever they belong to. */
async function stored(harness: Harness): Promise<{ assignments: number; reflections: number }> {
  const db = harness.database.db;
  const [assignments, reflections] = await Promise.all([
    db.selectFrom('assignments').select('id').execute(),
    db.selectFrom('reflections').select('id').execute(),
  ]);
  return { assignments: assignments.length, reflections: reflections.length };
}

/** The assignment reminders one person received. */
const assignmentDms = (harness: Harness, userId: string) => harness.dms(userId).filter((dm) => dm.text.includes('Explore a career'));

describe('/cohort assign and /log reflect: coursework with reflections', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await cohortHarness();
  });
  afterEach(() => harness.close());

  it('runs a whole assignment: offered reflections, one reminder for the student behind, a late reflection, the report and the export', async () => {
    const { ana, bea, cal } = await cohortWithStudents(harness);
    const set = await ana.send(ASSIGN);
    expect(set.text).toContain('Assignment for fall: Explore a career, 2 interviews by Friday, December 18, 2026 (America/Toronto)');
    expect(set.list[0]?.visibility).toBe('ephemeral');

    const logged = await bea.send('/log interview "Dana Lee" --learned "design reviews every week"');
    expect(logged.text).toContain('Your assignment asks for a reflection on each interview.');
    expect(logged.text).toContain('Explore a career (due Friday, December 18, 2026): "What surprised you?", "What will you do next?"');
    expect(logged.text).toContain('Your advisors in fall will read this reflection; nobody else sees it.');
    const form = await bea.press(logged, 'Reflect for Explore a career');
    expect(form.form().fields.map((field) => field.label)).toEqual(['What surprised you?', 'What will you do next?']);
    const first = await bea.submit(form, { answer1: 'How much the team writes', answer2: 'Ask Sam for a portfolio review' });
    expect(first.text).toContain('Saved your reflection on Dana Lee for Explore a career.');
    expect(first.text).toContain('Your progress: 1 of 2 interviews · 1 of 2 reflections.');
    await bea.send('/log interview "Lee Park" --learned "night shifts are optional"');
    await bea.send('/log reflect "Lee Park" --answer "Flexible hours" --answer "Shadow a shift"');
    await cal.send('/log interview "Sam Ortiz" --learned "start with the help desk"');
    await cal.send('/log reflect "Sam Ortiz" --answer "Certificates matter" --answer "Apply for the help desk"');

    expect((await bea.send('/cohort me')).text).toContain(
      'Explore a career (fall, due Friday, December 18, 2026): 2 of 2 interviews · 2 of 2 reflections: done, well done!',
    );
    expect((await cal.send('/cohort me')).text).toContain('1 of 2 interviews · 1 of 2 reflections: in progress');

    await harness.passTime(REMINDER_DAY);
    await harness.passTime(new Date(REMINDER_DAY.getTime() + 2 * 86_400_000));
    const reminders = assignmentDms(harness, 'cal');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.text).toContain('Explore a career is due Friday, December 18, 2026');
    expect(reminders[0]?.text).toContain('This reminder is only for you');
    expect(assignmentDms(harness, 'bea')).toHaveLength(0);

    await harness.passTime(AFTER_DUE);
    await cal.send('/log interview "Ria Shah" --learned "on-call weeks are rare"');
    const late = await cal.send('/log reflect "Ria Shah" --answer "Calmer than I thought" --answer "Ask about the rotation"');
    expect(late.text).toContain('It came after the due date (Friday, December 18, 2026): it still counts, marked late.');
    await harness.passTime(new Date(AFTER_DUE.getTime() + 7 * 86_400_000));
    expect(assignmentDms(harness, 'cal')).toHaveLength(1);

    const report = (await ana.in('#fall').send('/cohort report')).text;
    expect(report).toContain('Assignment: Explore a career, due Friday, December 18, 2026: 1 of 2 done');
    expect(report).toContain('bea: 2 of 2 interviews · 2 of 2 reflections: done on time');
    expect(report).toContain('cal: 1 of 2 interviews · 2 of 2 reflections (1 late): not done by the due date');
    expect(report).not.toContain('Calmer than I thought');

    const exported = await ana.in('#fall').send('/cohort export');
    const [progress, reflections] = exported.list[0]?.attachments ?? [];
    expect(progress?.filename).toBe('fall-progress-2026-12-26.csv');
    const [header = '', ...rows] = progress?.content.trim().split('\r\n') ?? [];
    expect(header).toContain('Explore a career: interviews,Explore a career: reflections,Explore a career: late reflections,Explore a career: status');
    expect(rows.find((row) => row.startsWith('bea,'))).toMatch(/,2,2,0,done$/);
    expect(rows.find((row) => row.startsWith('cal,'))).toMatch(/,1,2,1,overdue$/);
    expect(reflections?.filename).toBe('fall-reflections-2026-12-26.csv');
    expect(reflections?.content).toContain('cal,Explore a career,Ria Shah,2026-12-19,2026-12-19,late,What surprised you?,Calmer than I thought');
    expect(reflections?.content).toContain('bea,Explore a career,Dana Lee,2026-11-23,2026-11-23,yes,What will you do next?,Ask Sam for a portfolio review');

    const read = (await ana.in('#fall').send('/cohort reflections cal')).text;
    expect(read).toContain('cal on the interview with Ria Shah (Dec 19), submitted Dec 19, late:');
    expect(read).toContain('What surprised you? Calmer than I thought');
    expect(read).not.toContain('Flexible hours');
    expect((await cal.send('/privacy log')).text).toContain('assignment reflections');
  });

  it('keeps what was submitted when the assignment is edited or closed, and sends no reminder after closing', async () => {
    const { ana, bea, cal } = await cohortWithStudents(harness);
    await ana.send(ASSIGN);
    await bea.send('/log interview "Dana Lee" --learned "design reviews every week"');
    await bea.send('/log reflect "Dana Lee" --answer "How much the team writes" --answer "Ask for a review"');
    const edited = await ana.send('/cohort assignment edit "explore a career" --interviews 3 --due 2027-01-08 --prompt "What surprised you?"');
    expect(edited.text).toContain('Updated Explore a career: 3 interviews by Friday, January 8, 2027, prompts: "What surprised you?"');
    expect((await bea.send('/cohort me')).text).toContain('1 of 3 interviews · 1 of 3 reflections: in progress');
    const closed = await ana.send('/cohort assignment close "Explore a career"');
    expect(closed.text).toContain('Closed Explore a career. The reflections students wrote stay');
    expect((await ana.send('/cohort reflections')).text).toContain('How much the team writes');
    expect((await ana.send('/cohort assignment list')).text).toContain('Explore a career (closed)');
    await harness.passTime(new Date('2027-01-09T15:00:00Z'));
    expect(assignmentDms(harness, 'bea')).toHaveLength(0);
    expect(assignmentDms(harness, 'cal')).toHaveLength(0);
    expect((await cal.send('/log interview "Sam Ortiz" --learned "start small"')).text).not.toContain('Reflect for');
  });

  it('moves a reminder not yet sent with the due date, and never sends a second one', async () => {
    const { ana } = await cohortWithStudents(harness);
    await ana.send(ASSIGN);
    await ana.send('/cohort assignment edit "Explore a career" --due 2026-12-04');
    await harness.passTime(new Date('2026-12-01T16:00:00Z'));
    expect(assignmentDms(harness, 'cal')).toHaveLength(1);
    await ana.send('/cohort assignment edit "Explore a career" --due 2026-12-18');
    await harness.passTime(REMINDER_DAY);
    expect(assignmentDms(harness, 'cal')).toHaveLength(1);
  });

  it('reminds a student who joins after the assignment was set, and lets several assignments run side by side', async () => {
    const { ana } = await cohortWithStudents(harness);
    await ana.send(ASSIGN);
    await ana.send('/cohort assign "Meet an alum" --interviews 1 --due 2026-12-11 --prompt "What would you ask next time?"');
    const joined = await harness.as('dee').in('#fall').send('/cohort join');
    expect(joined.text).toContain('Assignments: Meet an alum (due Friday, December 11, 2026), Explore a career (due Friday, December 18, 2026).');
    const asked = await harness.as('dee').send('/log interview "Ada Ng" --learned "alumni love to help"');
    expect(asked.text).toContain('Reflect for Meet an alum');
    expect(asked.text).toContain('Reflect for Explore a career');
    expect((await harness.as('dee').send('/log reflect "Ada Ng" --answer "Prepare more"')).text).toContain('Which assignment is this reflection for?');
    expect((await harness.as('dee').send('/log reflect "Ada Ng" --assignment "Meet an alum" --answer "Prepare more"')).text).toContain(
      'Saved your reflection on Ada Ng for Meet an alum.',
    );
    await harness.passTime(REMINDER_DAY);
    const dee = harness.dms('dee').map((dm) => dm.text);
    expect(dee.filter((text) => text.includes('Meet an alum'))).toHaveLength(0);
    expect(dee.filter((text) => text.includes('Explore a career'))).toHaveLength(1);
  });

  it('cancels the reminder when the last step is an interview, reflections already written', async () => {
    const { ana, cal } = await cohortWithStudents(harness);
    await cal.send('/log interview "Sam Ortiz" --on 2026-11-20 --learned "start with the help desk"');
    await ana.send(ASSIGN.replace('--interviews 2', '--interviews 1'));
    await cal.send('/log reflect "Sam Ortiz" --answer "Certificates matter" --answer "Apply"');
    expect((await cal.send('/cohort me')).text).toContain('0 of 1 interview · 1 of 1 reflection: in progress');
    await cal.send('/log interview "Ria Shah" --learned "on-call weeks are rare"');
    await harness.passTime(REMINDER_DAY);
    expect(assignmentDms(harness, 'cal')).toHaveLength(0);
    expect(assignmentDms(harness, 'bea')).toHaveLength(1);
  });

  describe('refuses bad input with a clear message and an example, storing nothing', () => {
    const cases: readonly (readonly [string, string, RegExp])[] = [
      ['a due date in the past', '/cohort assign "Explore a career" --interviews 3 --due 2026-11-20 --prompt "What surprised you?"', /past|already/i],
      [
        'zero interviews',
        '/cohort assign "Explore a career" --interviews 0 --due 2026-12-18 --prompt "What surprised you?"',
        /--interviews must be a whole number from 1 to 50/,
      ],
      ['no prompt', '/cohort assign "Explore a career" --interviews 3 --due 2026-12-18', /Please give --prompt/],
      [
        'six prompts',
        `/cohort assign "Explore a career" --interviews 3 --due 2026-12-18 ${Array.from({ length: 6 }, (_, at) => `--prompt "Question ${at + 1}?"`).join(' ')}`,
        /--prompt is given 6 times; the limit is 5/,
      ],
      [
        'a prompt over 300 characters',
        `/cohort assign "Explore a career" --interviews 3 --due 2026-12-18 --prompt "${'Why '.repeat(76)}"`,
        /--prompt is 303 characters long; the limit is 300/,
      ],
      ['an unreadable due date', '/cohort assign "Explore a career" --interviews 3 --due "the twelfth of never" --prompt "Why?"', /the twelfth of never/],
      ['no due date', '/cohort assign "Explore a career" --interviews 3 --prompt "Why?"', /Please give --due/],
    ];
    it.each(cases)('%s', async (_, line, message) => {
      const { ana } = await cohortWithStudents(harness);
      const refused = await ana.send(line);
      expect(refused.text).toMatch(message);
      expect(refused.text).toContain('/cohort assign "Explore a career" --interviews 3 --due 2027-02-15');
      expect(await stored(harness)).toEqual({ assignments: 0, reflections: 0 });
    });

    it('a title already used in the cohort', async () => {
      const { ana } = await cohortWithStudents(harness);
      await ana.send(ASSIGN);
      expect((await ana.send(ASSIGN.replace('--interviews 2', '--interviews 4'))).text).toContain('fall already has an assignment called "Explore a career".');
      expect((await harness.database.db.selectFrom('assignments').select('interviews').execute()).map((row) => row.interviews)).toEqual([2]);
    });

    it('a reflection over 3,000 characters, typed or in the form, and a missing answer', async () => {
      const { ana, bea } = await cohortWithStudents(harness);
      await ana.send(ASSIGN);
      const logged = await bea.send('/log interview "Dana Lee" --learned "design reviews every week"');
      const long = 'a'.repeat(3001);
      expect((await bea.send(`/log reflect "Dana Lee" --answer "${long}" --answer "Next"`)).text).toContain(
        '--answer is 3001 characters long; the limit is 3000',
      );
      const form = await bea.press(logged, 'Reflect for Explore a career');
      const refused = await bea.submit(form, { answer1: 'Fine', answer2: long });
      expect(refused.text).toContain('Your answer to "What will you do next?" is 3001 characters long; the limit is 3000.');
      expect(refused.list.find((reply) => reply.fieldErrors !== undefined)?.fieldErrors).toHaveProperty('answer2');
      expect((await bea.send('/log reflect "Dana Lee" --answer "Only one"')).text).toContain(
        '"Explore a career" has 2 prompts: give one answer to each, in order.',
      );
      expect((await stored(harness)).reflections).toBe(0);
    });

    it('a reflection with no assignment, or no interview to reflect on', async () => {
      const { ana, bea } = await cohortWithStudents(harness);
      await bea.send('/log add "Dana Lee"');
      expect((await bea.send('/log reflect "Dana Lee" --answer "x"')).text).toContain('None of your cohorts has an open assignment asking for reflections.');
      await ana.send(ASSIGN);
      expect((await bea.send('/log reflect "Dana Lee" --answer "x" --answer "y"')).text).toContain('You have not logged an interview with Dana Lee yet.');
      expect((await stored(harness)).reflections).toBe(0);
    });
  });

  it('shows reflections only to the cohort advisor and the one who set the assignment, never to another advisor', async () => {
    const { ana, bea } = await cohortWithStudents(harness);
    await ana.send(ASSIGN);
    await bea.send('/log interview "Dana Lee" --learned "design reviews every week"');
    await bea.send('/log reflect "Dana Lee" --answer "QUOKKA-5521 private doubt" --answer "Ask for a review"');
    const other = harness.as('ada', ['member', 'advisor']).in('#fall');
    expect((await other.send('/cohort reflections')).text).not.toContain('QUOKKA-5521');
    const [, reflections] = (await other.send('/cohort export')).list[0]?.attachments ?? [];
    expect(reflections).toBeUndefined();
    expect((await other.send('/cohort report')).text).toContain('bea: 1 of 2 interviews · 1 of 2 reflections: in progress');
    expect((await harness.as('cal').in('#fall').send('/cohort reflections')).text).toContain('Only advisors can do that');

    await ana.send('/cohort advisor add ada --cohort fall');
    expect((await other.send('/cohort reflections')).text).toContain('QUOKKA-5521');
    expect(((await other.send('/cohort export')).list[0]?.attachments ?? [])[1]?.content).toContain('QUOKKA-5521');
  });
});
