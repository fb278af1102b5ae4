import { describe, expect, it } from 'vitest';
import { KyselyAdvisorAuditLog } from '../../../src/storage/advisor-audit.js';
import type { ViewRecord } from '../../../src/domain/cohorts/advisor-audit.js';
import { KyselyUserRepository } from '../../../src/storage/user-repository.js';
import { OTHERS, T1, T2, UNICODE_TEXT, actor, at, student, useTestDatabase } from './fixtures.js';

const me = student('U1');

/** Advisor A1 viewing the Fall cohort's progress report at `minutes`. */
const view = (minutes: number, extra: Partial<ViewRecord> = {}): ViewRecord => ({
  tenant: T1,
  advisorId: 'A1',
  cohortName: 'Fall',
  what: 'progress report',
  at: at(minutes),
  ...extra,
});

describe('KyselyAdvisorAuditLog', () => {
  const database = useTestDatabase();
  const audit = () => new KyselyAdvisorAuditLog(database().db);

  it('records one view for each student shown, read back exactly by each', async () => {
    await audit().record(view(5, { cohortName: UNICODE_TEXT, what: 'shared summaries' }), ['U1', 'U2']);
    for (const userId of ['U1', 'U2'])
      expect(await audit().viewsOf(student(userId), 10)).toEqual([{ advisorId: 'A1', cohortName: UNICODE_TEXT, what: 'shared summaries', at: at(5) }]);
    expect(await audit().viewsOf(student('U3'), 10)).toEqual([]);
  });

  it('records nothing for no students', async () => {
    await audit().record(view(5), []);
    expect(await database().db.selectFrom('advisor_views').selectAll().execute()).toEqual([]);
  });

  it('lists views newest first, up to the limit', async () => {
    for (const minutes of [10, 30, 20]) await audit().record(view(minutes, { what: `view at ${minutes}` }), ['U1']);
    expect((await audit().viewsOf(me, 10)).map((entry) => entry.what)).toEqual(['view at 30', 'view at 20', 'view at 10']);
    expect((await audit().viewsOf(me, 2)).map((entry) => entry.what)).toEqual(['view at 30', 'view at 20']);
  });

  it('names the advisor as Rapport last saw them in the same workspace', async () => {
    const users = new KyselyUserRepository(database().db);
    await users.recordActivity({ ...actor('A1'), displayName: 'Ana Advisor' }, at(0));
    await users.recordActivity({ ...actor('A2', T2), displayName: 'Someone Elsewhere' }, at(0));
    await audit().record(view(1), ['U1']);
    await audit().record(view(2, { advisorId: 'A2' }), ['U1']);
    const [unknown, named] = await audit().viewsOf(me, 10);
    expect(named).toMatchObject({ advisorId: 'A1', advisorName: 'Ana Advisor' });
    expect(unknown).toMatchObject({ advisorId: 'A2' });
    expect(unknown).not.toHaveProperty('advisorName');
  });

  it('shows a student the views of their own data in their workspace only', async () => {
    await audit().record(view(1), ['U1']);
    for (const other of OTHERS) expect(await audit().viewsOf(other, 10)).toEqual([]);
  });
});
