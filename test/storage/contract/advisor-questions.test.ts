import { describe, expect, it } from 'vitest';
import type { AdvisorQuestionSource } from '../../../src/domain/questions/advisor-questions.js';
import { KyselyCohortQuestionRepository } from '../../../src/storage/cohort-questions.js';
import { KyselyCohortRepository } from '../../../src/storage/cohort-repository.js';
import { DISCORD_T1, T1, T2, actor, at, createCohort, useTestDatabase } from './fixtures.js';

describe('KyselyCohortQuestionRepository as the AdvisorQuestionSource', () => {
  const database = useTestDatabase();
  const questions = () => new KyselyCohortQuestionRepository(database().db);
  const source = (): AdvisorQuestionSource => questions();
  /** A cohort with these questions (in this order) and these members. */
  const cohortWith = async (name: string, channelId: string, words: readonly string[], members: readonly string[], tenant = T1) => {
    const cohort = await createCohort(database(), name, channelId, tenant);
    for (const [index, question] of words.entries()) await questions().add(tenant, cohort.id, question, 'A1', at(index));
    for (const userId of members) await new KyselyCohortRepository(database().db).join(tenant, cohort.id, userId, at(0));
    return cohort;
  };

  it('gives a member their cohort’s questions as written, in the set’s order', async () => {
    await cohortWith('Fall', 'C1', ['How did you get into {subject}?', 'What surprised you?'], ['U1']);
    expect(await source().advisorQuestionsFor(actor('U1'))).toEqual(['How did you get into {subject}?', 'What surprised you?']);
  });

  it('gives nothing to someone in no cohort, or in a cohort of another workspace', async () => {
    await cohortWith('Fall', 'C1', ['Mine?'], ['U1']);
    await cohortWith('Fall', 'C1', ['Theirs?'], ['U2'], T2);
    expect(await source().advisorQuestionsFor(actor('U2'))).toEqual([]);
    expect(await source().advisorQuestionsFor(actor('U1', T2))).toEqual([]);
    expect(await source().advisorQuestionsFor(actor('U1', DISCORD_T1))).toEqual([]);
    expect(await source().advisorQuestionsFor(actor('U2', T2))).toEqual(['Theirs?']);
  });

  it('merges the sets of every cohort of the member without repeating a question', async () => {
    await cohortWith('Fall', 'C1', ['Shared?', 'Fall only?'], ['U1']);
    await cohortWith('Winter', 'C2', ['Winter only?', 'Shared?'], ['U1']);
    await cohortWith('Spring', 'C3', ['Not mine?'], ['U2']);
    const merged = await source().advisorQuestionsFor(actor('U1'));
    expect([...merged].sort()).toEqual(['Fall only?', 'Shared?', 'Winter only?']);
  });

  it('gives at most 12 questions', async () => {
    await cohortWith(
      'Fall',
      'C1',
      Array.from({ length: 15 }, (_, index) => `Question ${index + 1}?`),
      ['U1'],
    );
    const given = await source().advisorQuestionsFor(actor('U1'));
    expect(given).toEqual(Array.from({ length: 12 }, (_, index) => `Question ${index + 1}?`));
  });

  it('stops giving a cohort’s questions once the student left it', async () => {
    const fall = await cohortWith('Fall', 'C1', ['Mine?'], ['U1']);
    await new KyselyCohortRepository(database().db).leave(T1, fall.id, 'U1');
    expect(await source().advisorQuestionsFor(actor('U1'))).toEqual([]);
  });
});
