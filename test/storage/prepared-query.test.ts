import { describe, expect, it } from 'vitest';
import { PreparedQuery } from '../../src/storage/prepared-query.js';
import { useTestDatabase } from '../support/use-test-database.js';

describe('PreparedQuery', () => {
  const database = useTestDatabase();
  const addGrant = (tenant: string, advisorId: string) =>
    database().db.insertInto('advisor_grants').values({ tenant, advisor_id: advisorId, granted_by: 'ana', granted_at: '2026-11-22T10:00:00.000Z' }).execute();

  it('builds its query once per database and runs it with each call’s values, constants kept', async () => {
    let builds = 0;
    const grantsOf = new PreparedQuery((db, p: { tenant: string; prefix: string }) => {
      builds++;
      return db.selectFrom('advisor_grants').select('advisor_id').where('tenant', '=', p.tenant).where('advisor_id', 'like', p.prefix).where('granted_by', '=', 'ana').orderBy('advisor_id');
    });
    await addGrant('slack:T1', 'bo');
    await addGrant('slack:T1', 'bea');
    await addGrant('slack:T1', 'cy');
    await addGrant('slack:T2', 'bob');

    expect(await grantsOf.rows(database().db, { tenant: 'slack:T1', prefix: 'b%' })).toEqual([{ advisor_id: 'bea' }, { advisor_id: 'bo' }]);
    expect(await grantsOf.rows(database().db, { tenant: 'slack:T2', prefix: 'b%' })).toEqual([{ advisor_id: 'bob' }]);
    expect(await grantsOf.rows(database().db, { tenant: 'slack:T1', prefix: 'c%' })).toEqual([{ advisor_id: 'cy' }]);
    expect(builds).toBe(1);
  });

  it('uses a parameter wherever it appears, and reports what a write changed', async () => {
    await addGrant('slack:T1', 'bo');
    const regrant = new PreparedQuery((db, p: { at: string; who: string }) => db.updateTable('advisor_grants').set({ granted_at: p.at, granted_by: p.who }).where('advisor_id', '=', p.who));
    expect((await regrant.run(database().db, { at: '2026-11-23T09:00:00.000Z', who: 'bo' })).numAffectedRows).toBe(1n);
    expect((await regrant.run(database().db, { at: '2026-11-23T09:00:00.000Z', who: 'nobody' })).numAffectedRows).toBe(0n);
    expect(await database().db.selectFrom('advisor_grants').select(['granted_by', 'granted_at']).execute()).toEqual([{ granted_by: 'bo', granted_at: '2026-11-23T09:00:00.000Z' }]);
  });

  it('refuses a build that computes with a parameter instead of passing it in, naming it', async () => {
    const computed = new PreparedQuery((db, p: { tenant: string }) => db.selectFrom('advisor_grants').select('advisor_id').where('tenant', '=', `slack:${p.tenant}`));
    await expect(computed.rows(database().db, { tenant: 'T1' })).rejects.toThrow(/computed with tenant/);
  });
});
