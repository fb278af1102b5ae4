import { describe, expect, it } from 'vitest';
import { createCohortStores } from '../../../src/storage/cohort-stores.js';
import { KyselyUserRepository } from '../../../src/storage/user-repository.js';
import { T1, actor, at, contactWithInterview, newCohort, student, useTestDatabase } from './fixtures.js';

describe('createCohortStores', () => {
  const database = useTestDatabase();

  it('builds every cohort store on the one database: what one writes, the others read', async () => {
    const stores = createCohortStores(database().db);
    const me = student('U1');
    await new KyselyUserRepository(database().db).recordActivity(actor('U1'), at(0));
    const cohort = await stores.cohorts.create(T1, newCohort('Fall', 'C1'), at(0));
    if (typeof cohort === 'string') throw new Error(`cohort refused: ${cohort}`);
    await stores.cohorts.join(T1, cohort.id, 'U1', at(1));
    await stores.questions.add(T1, cohort.id, 'What surprised you?', 'A1', at(2));
    const { interview } = await contactWithInterview(database(), me, 'Dana Lee');
    await stores.shares.share(me, cohort.id, interview.id, at(3));
    await stores.audit.record({ tenant: T1, advisorId: 'A1', cohortName: cohort.name, what: 'shared summaries', at: at(4) }, ['U1']);

    expect(await stores.questions.advisorQuestionsFor(actor('U1'))).toEqual(['What surprised you?']);
    expect(await stores.shares.sharedWith(T1, cohort.id)).toHaveLength(1);
    expect(await stores.audit.viewsOf(me, 5)).toHaveLength(1);
    expect((await stores.activity.activityOf(T1, ['U1']))[0]?.interviews).toHaveLength(1);
  });
});
