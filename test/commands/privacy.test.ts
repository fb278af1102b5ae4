import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STUDENT_TABLES } from '../../src/storage/student-data.js';
import { Harness, TEST_TENANT } from '../support/harness.js';

describe('/privacy', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create();
  });
  afterEach(() => harness.close());

  it('explains what is kept and that notes stay private', async () => {
    const shown = await harness.as('ana').send('/privacy');
    expect(shown.text).toContain('Your notes are visible only to you');
    expect(shown.text).toContain('/privacy delete');
  });

  it('erases everything of the student after confirmation, and nothing of anyone else', async () => {
    for (const user of ['ana', 'ben']) {
      await harness.as(user).send('/log interview "Dana Lee" --learned "a lot" --referrals "Sam Ortiz"');
      await harness.as(user).send('/remind "call Sam" tomorrow 10am');
    }
    const ask = await harness.as('ana').send('/privacy delete');
    expect((await harness.as('ana').press(ask, 'Keep my data')).text).toContain('nothing was erased');
    expect(await harness.services.contacts.list({ tenant: TEST_TENANT, userId: 'ana' })).toHaveLength(2);
    expect((await harness.as('ana').press(ask, 'Yes, erase everything')).text).toContain('everything Rapport stored about you is erased');
    for (const table of STUDENT_TABLES) {
      const left = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where user_id = 'ana'`.execute(harness.database.db);
      expect(left.rows[0]?.n, table).toBe(0);
    }
    expect(await harness.services.contacts.list({ tenant: TEST_TENANT, userId: 'ben' })).toHaveLength(2);
    expect(await harness.services.reminders.upcoming({ tenant: TEST_TENANT, userId: 'ben' }, 10)).not.toHaveLength(0);
  });

  it("knows every table that stores a student's rows", async () => {
    const tables = await harness.database.db.introspection.getTables();
    const withUserId = new Set(tables.filter((table) => table.columns.some((column) => column.name === 'user_id')).map((table) => table.name));
    expect([...withUserId].sort()).toEqual([...STUDENT_TABLES].sort());
  });
});
