import { describe, expect, it } from 'vitest';
import { KyselyCohortQuestionRepository } from '../../../src/storage/cohort-questions.js';
import { at, atOnce, createCohort, DISCORD_T1, LONG_TEXT, T1, T2, UNICODE_TEXT, useTestDatabase } from './fixtures.js';

describe('KyselyCohortQuestionRepository: a cohort’s question set', () => {
  const database = useTestDatabase();
  const questions = () => new KyselyCohortQuestionRepository(database().db);
  const words = async (cohortId: string, tenant = T1) => (await questions().list(tenant, cohortId)).map((question) => question.question);

  it('adds questions numbered from 1 in the order added, with their words exact', async () => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    const first = await questions().add(T1, fall.id, UNICODE_TEXT, 'A1', at(5));
    const second = await questions().add(T1, fall.id, LONG_TEXT, 'A2', at(1));
    expect(first).toEqual({ id: first.id, number: 1, question: UNICODE_TEXT, addedBy: 'A1' });
    expect(second).toEqual({ id: second.id, number: 2, question: LONG_TEXT, addedBy: 'A2' });
    expect(await questions().list(T1, fall.id)).toEqual([first, second]);
  });

  it('numbers each cohort’s set on its own', async () => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    const winter = await createCohort(database(), 'Winter', 'C2');
    await questions().add(T1, fall.id, 'Fall one?', 'A1', at(0));
    expect((await questions().add(T1, winter.id, 'Winter one?', 'A1', at(1))).number).toBe(1);
    expect(await words(winter.id)).toEqual(['Winter one?']);
  });

  it('replaces a question’s words in place, and says when it is gone', async () => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    const question = await questions().add(T1, fall.id, 'What does a typical day look like', 'A1', at(0));
    await questions().add(T1, fall.id, 'How did you start?', 'A1', at(1));
    expect(await questions().replace(T1, fall.id, question.id, 'What does a typical day look like?')).toBe(true);
    expect(await words(fall.id)).toEqual(['What does a typical day look like?', 'How did you start?']);
    expect(await questions().replace(T1, fall.id, 'cq_gone', 'Anything?')).toBe(false);
  });

  it('removes a question and renumbers the rest; a later question takes the next position', async () => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    const [one, two] = [await questions().add(T1, fall.id, 'One?', 'A1', at(0)), await questions().add(T1, fall.id, 'Two?', 'A1', at(1))];
    await questions().add(T1, fall.id, 'Three?', 'A1', at(2));
    expect(await questions().remove(T1, fall.id, two.id)).toBe(true);
    expect(await questions().remove(T1, fall.id, two.id)).toBe(false);
    expect((await questions().list(T1, fall.id)).map((question) => [question.number, question.question])).toEqual([
      [1, 'One?'],
      [2, 'Three?'],
    ]);
    expect(await questions().add(T1, fall.id, 'Four?', 'A1', at(3))).toMatchObject({ number: 3 });
    expect(await questions().remove(T1, fall.id, one.id)).toBe(true);
    expect(await words(fall.id)).toEqual(['Three?', 'Four?']);
  });

  it('neither shows nor changes a cohort’s questions from another workspace', async () => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    const question = await questions().add(T1, fall.id, 'Mine?', 'A1', at(0));
    for (const tenant of [T2, DISCORD_T1]) {
      expect(await questions().list(tenant, fall.id)).toEqual([]);
      expect(await questions().replace(tenant, fall.id, question.id, 'Hijacked?')).toBe(false);
      expect(await questions().remove(tenant, fall.id, question.id)).toBe(false);
    }
    expect(await questions().list(T1, fall.id)).toEqual([question]);
  });

  it('keeps every question when several are added at once', async () => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    const added = await atOnce(database(), 6, (index) => questions().add(T1, fall.id, `Question ${index}?`, 'A1', at(index)));
    expect(new Set(added.map((question) => question.id)).size).toBe(6);
    expect((await questions().list(T1, fall.id)).map((question) => question.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('goes with its cohort when the cohort is deleted', async () => {
    const fall = await createCohort(database(), 'Fall', 'C1');
    await questions().add(T1, fall.id, 'One?', 'A1', at(0));
    await database().db.deleteFrom('cohorts').where('id', '=', fall.id).execute();
    expect(await database().db.selectFrom('cohort_questions').selectAll().execute()).toEqual([]);
  });
});
